/* Link test: the implementation of every header in this translation unit... */
#include "../../twtokenize.h"
#define TWTRACE_IMPLEMENTATION
#include "../../twtokenize.h"
#include "../../twtrace.h"
int link_b_work(void);
int main(void) {
    tw_config c = tw_config_default();
    c.enabled = 1, c.exporter = "none";
    if (tw_init(&c) != TW_OK) return 1;
    if (link_b_work() <= 0) return 2;
    return tw_shutdown() == TW_OK ? 0 : 3;
}
