/* Leaving an encoding out (TWTOK_NO_CL100K / TWTOK_NO_O200K): the rest works and the one left out
   is reported missing. Exit status 0 when the build has exactly what the macros say. */
#define TWTOKENIZE_IMPLEMENTATION
#include "../../twtokenize.h"
int main(void) {
    const twtok_encoding *cl = twtok_encoding_get("cl100k_base"), *o = twtok_encoding_get("o200k_base");
#ifdef TWTOK_NO_CL100K
    if (cl || twtok_encoding_for_model("gpt-4")) return 1;
#else
    if (!cl || twtok_count(cl, "hello world", 11) != 2) return 2;
#endif
#ifdef TWTOK_NO_O200K
    if (o || twtok_encoding_for_model("gpt-4o")) return 3;
#else
    if (!o || twtok_count(o, "hello world", 11) != 2) return 4;
#endif
    return 0;
}
