/* fuzz_prices.c - the price file reader and the model matcher on any bytes. The first byte chooses:
   even: the bytes are a price file (parsed from a heap block of exactly their size), then priced
   for a few model names; odd: the bytes are a regular expression and a name (split at the first
   NUL) for the "regex" match. Properties: a file is accepted or refused with "name:line:column";
   a cost is never negative; a regex answers -1, 0 or 1, and a pattern of plain letters and digits
   matches exactly when it is a substring. */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include "fuzz_check.h"
#include <stdint.h>

static void quiet(int level, const char *msg, void *user) { (void)level, (void)msg, (void)user; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tw_set_log_function(quiet, NULL);
    if (size < 1) return 0;
    if (!(data[0] & 1)) {
        static const char *const names[] = {"gpt-4o", "my-model", "claude-3-5-sonnet-20241022", "x", ""};
        char *buf = (char *)malloc(size - 1 ? size - 1 : 1), err[400];
        tw__price_table t;
        size_t i;
        memset(&t, 0, sizeof t);
        memcpy(buf, data + 1, size - 1);
        if (tw__price_parse(&t, buf, size - 1, "fuzz.json", err, sizeof err) != 0) {
            FUZZ_ASSERT(strncmp(err, "fuzz.json", 9) == 0, "error '%s'", err);
        } else {
            for (i = 0; i < sizeof names / sizeof names[0]; i++) {
                const tw__jv *m = tw__price_lookup(&t.root, i & 1 ? "openai" : NULL, names[i]);
                const tw__jv *p = m ? tw__price_at(m, 1760000000) : NULL;
                int64_t u[5] = {1000000, 500000, 1000, 2000, 300}, micros = -7;
                if (p && tw__price_compute(p, u, &micros) == 0) FUZZ_ASSERT(micros >= 0, "cost %lld", (long long)micros);
            }
        }
        tw__arena_free(t.ar);
        free(buf);
    } else {
        const uint8_t *nul = (const uint8_t *)memchr(data + 1, 0, size - 1);
        size_t pl = nul ? (size_t)(nul - data - 1) : size - 1, sl = nul ? size - 2 - pl : 0, i;
        char *pat = (char *)malloc(pl + 1), *sub = (char *)malloc(sl + 1);
        int r, plain = pl > 0;
        memcpy(pat, data + 1, pl), pat[pl] = 0;
        if (sl) memcpy(sub, nul + 1, sl);
        sub[sl] = 0;
        if (strlen(pat) == pl && strlen(sub) == sl) {
            r = tw__rx_test(pat, sub);
            FUZZ_ASSERT(r >= -1 && r <= 1, "result %d", r);
            for (i = 0; i < pl; i++) plain &= (pat[i] >= 'a' && pat[i] <= 'z') || (pat[i] >= '0' && pat[i] <= '9');
            if (plain) FUZZ_ASSERT(r == (strstr(sub, pat) != NULL), "literal /%s/ on \"%s\": %d", pat, sub, r);
        }
        free(pat), free(sub);
    }
    return 0;
}
