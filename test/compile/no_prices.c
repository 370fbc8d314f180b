/* no_prices.c - twtrace.h built with -DTW_NO_PRICES: no table, every cost unknown, calls still traced. */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include <stdio.h>

int main(void) {
    int64_t m = 0;
    int r = tw_price_cost("openai", "gpt-4o", 0, 1000, 1000, 0, 0, 0, &m);
    if (r != -1 || m != -1 || strstr(tw_price_table_version(), "none") == NULL) {
        printf("with TW_NO_PRICES: tw_price_cost %d, %lld, \"%s\"\n", r, (long long)m, tw_price_table_version());
        return 1;
    }
    return 0;
}
