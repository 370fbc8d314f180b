/* price_cli.c - tw_price_cost for each line of standard input, for test/prices/check.mjs:
   provider TAB model TAB unix_seconds TAB input TAB output TAB cache_read TAB cache_write TAB reasoning
   (provider "-": none) -> the cost in micro-dollars, or "none". */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include <stdio.h>
#include <stdlib.h>

static void quiet(int level, const char *message, void *user) { (void)level, (void)message, (void)user; }

int main(void) {
    char line[4096];
    tw_set_log_function(quiet, NULL); /* unknown models are expected here */
    while (fgets(line, sizeof line, stdin)) {
        char *f[8], *p = line;
        int n = 0;
        int64_t micros = -1;
        line[strcspn(line, "\n")] = 0;
        while (n < 8) {
            f[n++] = p;
            p = strchr(p, '\t');
            if (!p) break;
            *p++ = 0;
        }
        if (n < 8) {
            printf("bad line\n");
            continue;
        }
        if (tw_price_cost(strcmp(f[0], "-") ? f[0] : NULL, f[1], atoll(f[2]), atoll(f[3]), atoll(f[4]), atoll(f[5]), atoll(f[6]),
                          atoll(f[7]), &micros) == 0)
            printf("%lld\n", (long long)micros);
        else
            printf("none\n");
    }
    return 0;
}
