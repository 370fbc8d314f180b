/* fuzz_twview.c - tools/twview on any bytes as lines of OTLP JSON: every view is made (to
   /dev/null). Properties: no crash; the critical path of each root covers exactly the root's
   interval (its sections, over the root's subtree, add up to the root's length). */
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
    views(1);
    views(2);
    unload();
    return 0;
}
