/* tw_count_tokens whatever the include order and wherever the tokenizer's implementation is.
   Built by test/test_tokhook.sh in several ways: twtrace.h first and twtokenize.h after it in the
   implementation file (-DWITH_TOKENIZER_AFTER), the tokenizer in another translation unit (this
   file again with -DTOK_ONLY), no tokenizer at all, and -DTWTOK_NO_O200K. Prints the count of
   "hello world" with the model in argv[1] (default gpt-4), then what the log said. */
#ifdef TOK_ONLY
#define TWTOKENIZE_IMPLEMENTATION
#include "../../twtokenize.h"
#else
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#ifdef WITH_TOKENIZER_AFTER
#include "../../twtokenize.h"
#endif
#include <stdio.h>
#include <string.h>

static char said[4096];
static void keep(int level, const char *msg, void *user) {
    size_t n = strlen(said);
    (void)level, (void)user;
    snprintf(said + n, sizeof said - n, "%s\n", msg);
}

int main(int argc, char **argv) {
    tw_config c = tw_config_default();
    long long n;
    tw_set_log_function(keep, NULL);
    if (argc > 1) c.tokenizer_target_model = argv[1];
    c.enabled = 1, c.exporter = "none";
    if (tw_init(&c) != TW_OK) return 1;
    n = (long long)tw_count_tokens("hello world", 11);
    (void)tw_count_tokens("and again", 9); /* a problem is said once */
    tw_add_prompt_size(n, "input");
    tw_add_prompt_size(n, "input");
    tw_shutdown();
    printf("%lld\n%s", n, said);
    return 0;
}
#endif
