/* Prints twtrace.h's configuration table (TW_CONFIG_LIST) as "key|default|environment" lines, for
   test/test_config_table.sh to compare with README.md's table. */
#include "../../twtrace.h"
#include <stdio.h>

static void str(const char *s) { printf("%s", s); }
static void num(double v) { printf("%.15g", v); }
static void env(const char *e) {
    for (; *e; e++) {
        if (*e == '!' || *e == '@') continue;
        if (*e == ',') printf(", ");
        else putchar(*e);
    }
}
#define TW__PRINT_B(def) str((def) ? "true" : "false")
#define TW__PRINT_I(def) num((double)(def))
#define TW__PRINT_D(def) num((double)(def))
#define TW__PRINT_S(def) str(def)
#define ROW(type, field, key, def, min, max, envs, check, doc) \
    printf("%s|", key), TW__PRINT_##type(def), printf("|"), env(envs), printf("\n");
int main(void) {
    TW_CONFIG_LIST(ROW)
    return 0;
}
