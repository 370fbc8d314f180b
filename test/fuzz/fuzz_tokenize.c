/* fuzz_tokenize.c - the tokenizer on arbitrary bytes, both encodings. Properties: decode(encode(x))
   is x byte for byte; twtok_count equals the number of ids; every id is known; with special
   tokens as text twtok_encode equals twtok_encode_ordinary; with all special tokens allowed the
   round trip holds too; tiktoken's default policy fails exactly when the text holds a special
   token string. The first byte picks the encoding. */
#define TWTOKENIZE_IMPLEMENTATION
#include "../../twtokenize.h"
#include "fuzz_check.h"
#include <stdint.h>

static int has_special(const twtok_encoding *enc, const char *t, size_t n) {
    uint32_t id;
    for (id = twtok_vocab_size(enc); id < twtok_vocab_size(enc) + 1100; id++) {
        size_t l;
        const char *b = twtok_token_bytes(enc, id, &l);
        size_t i;
        if (!b || !l) continue;
        for (i = 0; i + l <= n; i++)
            if (memcmp(t + i, b, l) == 0) return 1;
    }
    return 0;
}

static void round_trip(const twtok_encoding *enc, const uint32_t *ids, size_t k, const char *t, size_t n, const char *what) {
    char *out = (char *)malloc(n + 1);
    size_t got = 0;
    int r = twtok_decode(enc, ids, k, out, n + 1, &got);
    FUZZ_ASSERT(r == TWTOK_OK && got == n && memcmp(out, t, n) == 0, "%s: decode(encode(x)) != x (%zu bytes, %zu ids)", what, n, k);
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const twtok_encoding *enc;
    const char *t;
    size_t n, k, k2, k3, i;
    uint32_t *ids, *ids2;
    twtok_special_policy as_text = {0, NULL, 0, 1}, all = {1, NULL, 0, 0}, deflt = {0, NULL, 0, 0};
    int r;
    if (size < 1) return 0;
    enc = twtok_encoding_get(data[0] & 1 ? "o200k_base" : "cl100k_base");
    t = (const char *)data + 1, n = size - 1;
    ids = (uint32_t *)malloc(sizeof *ids * (n + 1));
    ids2 = (uint32_t *)malloc(sizeof *ids2 * (n + 1));
    k = twtok_encode_ordinary(enc, t, n, ids, n + 1);
    FUZZ_ASSERT(k <= n, "%zu ids for %zu bytes", k, n);
    FUZZ_ASSERT(twtok_count(enc, t, n) == k, "count %zu, ids %zu", twtok_count(enc, t, n), k);
    for (i = 0; i < k; i++) FUZZ_ASSERT(ids[i] < twtok_vocab_size(enc), "ordinary id %u", ids[i]);
    round_trip(enc, ids, k, t, n, "ordinary");
    r = twtok_encode(enc, t, n, &as_text, ids2, n + 1, &k2, NULL);
    FUZZ_ASSERT(r == TWTOK_OK && k2 == k && memcmp(ids, ids2, k * sizeof *ids) == 0, "as text differs from ordinary");
    r = twtok_encode(enc, t, n, &all, ids2, n + 1, &k3, NULL);
    FUZZ_ASSERT(r == TWTOK_OK && k3 <= n, "allow_all: %d", r);
    round_trip(enc, ids2, k3, t, n, "allow_all");
    r = twtok_encode(enc, t, n, &deflt, NULL, 0, &k3, NULL);
    FUZZ_ASSERT((r == TWTOK_ERR_SPECIAL) == has_special(enc, t, n), "default policy %d", r);
    free(ids), free(ids2);
    return 0;
}
