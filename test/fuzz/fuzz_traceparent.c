/* fuzz_traceparent.c - tw_parse_traceparent. Property: it accepts exactly what W3C Trace Context
   level 1 defines (checked here independently: lowercase hex, version not ff, version 00 exactly 55
   characters, ids not all zero), and what it accepts comes back out of tw_traceparent unchanged. */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include "fuzz_check.h"
#include <stdint.h>

static int lhex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }
static int w3c_valid(const char *v, size_t n) {
    size_t i;
    int nz = 0;
    while (n && (*v == ' ' || *v == '\t')) v++, n--; /* optional white space around a header value */
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t')) n--;
    if (n < 55 || v[2] != '-' || v[35] != '-' || v[52] != '-') return 0;
    if (!lhex(v[0]) || !lhex(v[1]) || (v[0] == 'f' && v[1] == 'f')) return 0;
    if (v[0] == '0' && v[1] == '0' && n != 55) return 0;
    if (n > 55 && v[55] != '-') return 0;
    for (i = 3; i < 35; i++) { if (!lhex(v[i])) return 0; nz |= v[i] != '0'; }
    if (!nz) return 0;
    nz = 0;
    for (i = 36; i < 52; i++) { if (!lhex(v[i])) return 0; nz |= v[i] != '0'; }
    if (!nz) return 0;
    return lhex(v[53]) && lhex(v[54]);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *s = (char *)malloc(size + 1);
    tw_context c;
    int r, want;
    memcpy(s, data, size);
    s[size] = 0;
    want = w3c_valid(s, strlen(s)); /* the API takes a C string: what comes before a NUL */
    r = tw_parse_traceparent(s, &c);
    FUZZ_ASSERT((r == TW_OK) == want, "'%s': parse %d, W3C says %s", s, r, want ? "valid" : "invalid");
    if (r == TW_OK) {
        char out[64];
        const char *v = s;
        size_t i;
        static const char hx[] = "0123456789abcdef";
        while (*v == ' ' || *v == '\t') v++;
        for (i = 0; i < 16; i++) out[2 * i] = hx[c.trace_id[i] >> 4], out[2 * i + 1] = hx[c.trace_id[i] & 15];
        FUZZ_ASSERT(memcmp(out, v + 3, 32) == 0 && c.valid == 1, "trace id");
        for (i = 0; i < 8; i++) out[2 * i] = hx[c.span_id[i] >> 4], out[2 * i + 1] = hx[c.span_id[i] & 15];
        FUZZ_ASSERT(memcmp(out, v + 36, 16) == 0, "span id");
        FUZZ_ASSERT(hx[c.flags >> 4] == v[53] && hx[c.flags & 15] == v[54], "flags");
    }
    free(s);
    return 0;
}
