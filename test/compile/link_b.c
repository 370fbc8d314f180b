/* ...and only the declarations in this one. */
#include "../../twtokenize.h"
#include "../../twtrace.h"
#include <string.h>
int link_b_work(void);
int link_b_work(void) {
    const char *s = "tokens from the other translation unit";
    int64_t n = tw_count_tokens(s, strlen(s));
    tw_span *sp = tw_span_start("link_b");
    tw_set_span_attribute_int("n", n);
    tw_span_end(sp);
    return (int)twtok_count(twtok_encoding_get("cl100k_base"), s, strlen(s)) == n ? (int)n : -1;
}
