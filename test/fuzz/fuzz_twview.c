/* fuzz_twview.c - tools/twview on any bytes as lines of OTLP JSON: every view is made (to
   /dev/null), the HTML page too. Properties: no crash; the critical path of each root covers exactly the root's
   interval (its sections, over the root's subtree, add up to the root's length); each span's
   sections lie within its (cut) interval, add up to its critical time, and no two sections of a
   trace of one root overlap; every span is in its trace's tree order exactly once. */
#define TWVIEW_NO_MAIN
#include "../../tools/twview.c"
#include "fuzz_check.h"

static int64_t subtree_critical(int i) {
    int64_t t = spans[i].critical_ns;
    int c;
    for (c = spans[i].first_child; c >= 0; c = spans[c].next_sibling) t += subtree_critical(c);
    return t;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *p = (const char *)data, *e = p + size;
    char err[400];
    size_t i;
    static FILE *null_f;
    if (!null_f) null_f = fopen("/dev/null", "w");
    out_f = null_f;
    keep_detail = 1; /* what the page needs is read too: attributes, events, metrics */
    while (p < e) {
        const char *nl = (const char *)memchr(p, '\n', (size_t)(e - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(e - p);
        char *line = (char *)malloc(n ? n : 1); /* exactly the line: ASan sees a read past it */
        memcpy(line, p, n);
        (void)load_line(line, n, err, sizeof err);
        free(line);
        p += n + (nl != NULL);
    }
    views(3);
    for (i = 0; i < nspans; i++)
        if (spans[i].parent_index < 0)
            FUZZ_ASSERT(subtree_critical((int)i) == spans[i].cend - spans[i].cstart, "the critical path of %s covers %lld of %lld ns",
                        spans[i].id, (long long)subtree_critical((int)i), (long long)(spans[i].cend - spans[i].cstart));
    { /* the sections: inside their span, summing to its time, disjoint within a trace */
        size_t lo, k;
        for (lo = 0; lo < nspans; lo = spans[lo].trace_end) {
            size_t hi = spans[lo].trace_end, m = 0, q;
            int64_t(*iv)[2] = (int64_t(*)[2])malloc((nsects ? nsects : 1) * sizeof *iv);
            char *seen = (char *)calloc(hi - lo, 1);
            for (k = lo; k < hi; k++) {
                int64_t sum = 0;
                int c;
                FUZZ_ASSERT(pre[k] >= (int)lo && pre[k] < (int)hi && !seen[pre[k] - (int)lo], "span %d twice in tree order", pre[k]);
                seen[pre[k] - (int)lo] = 1;
                for (c = spans[k].first_sect; c >= 0; c = sects[c].next) {
                    FUZZ_ASSERT(sects[c].a >= spans[k].cstart && sects[c].b <= spans[k].cend && sects[c].a < sects[c].b, "a section outside its span");
                    sum += sects[c].b - sects[c].a;
                    iv[m][0] = sects[c].a, iv[m][1] = sects[c].b, m++;
                }
                FUZZ_ASSERT(sum == spans[k].critical_ns, "sections sum to %lld, not %lld", (long long)sum, (long long)spans[k].critical_ns);
            }
            for (q = 1; q < m; q++) { /* insertion sort by start: traces here are small */
                int64_t a = iv[q][0], b = iv[q][1];
                size_t r = q;
                while (r > 0 && iv[r - 1][0] > a) iv[r][0] = iv[r - 1][0], iv[r][1] = iv[r - 1][1], r--;
                iv[r][0] = a, iv[r][1] = b;
            }
            for (q = lo, k = 0; q < hi; q++) k += spans[q].parent_index < 0; /* its roots: each has a path of its own */
            for (q = 1; k == 1 && q < m; q++) FUZZ_ASSERT(iv[q][0] >= iv[q - 1][1], "two sections of a trace overlap");
            free(iv), free(seen);
        }
    }
    views(1);
    views(2);
    views(5);
    (void)write_html("/dev/null");
    unload();
    return 0;
}
