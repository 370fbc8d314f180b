/* test_tokenize.c - twtokenize.h: golden ids from the reference, round trips, special tokens,
   invalid UTF-8, the model table, long pieces, first use from several threads at once, and the
   merge cache. */
#define TWTOKENIZE_IMPLEMENTATION
#include "../twtokenize.h"
#include "tw_test.h"
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

static const twtok_encoding *enc;

static int hexval(int c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

/* Parses "1 2 3" into ids; returns the count. */
static size_t parse_ids(const char *s, const char *end, uint32_t *ids, size_t cap) {
    size_t n = 0;
    while (s < end) {
        char *e;
        unsigned long v = strtoul(s, &e, 10);
        if (e == s) break;
        if (n < cap) ids[n] = (uint32_t)v;
        n++;
        s = e;
        while (s < end && *s == ' ') s++;
    }
    return n;
}

static int same_ids(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
    return na == nb && (na == 0 || memcmp(a, b, na * sizeof *a) == 0);
}

static int roundtrip(const char *s, size_t n) {
    size_t cnt = twtok_encode_ordinary(enc, s, n, NULL, 0), len = 0;
    uint32_t *ids = (uint32_t *)malloc((cnt + 1) * sizeof *ids);
    char *out = (char *)malloc(n + 1);
    int ok = ids && out && twtok_encode_ordinary(enc, s, n, ids, cnt) == cnt &&
             twtok_decode(enc, ids, cnt, out, n + 1, &len) == TWTOK_OK && len == n && memcmp(out, s, n) == 0 &&
             twtok_count(enc, s, n) == cnt;
    free(ids), free(out);
    return ok;
}

/* The golden file of an encoding: ids, counts, round trips and allow-all ids (uses and sets enc). */
static void run_golden(const char *encname, const char *path) {
    FILE *f = fopen(path, "rb");
    enc = twtok_encoding_get(encname);
    static char line[1 << 16];
    static char text[1 << 15];
    static uint32_t want[1 << 14], got[1 << 14], want_all[1 << 14];
    size_t cases = 0;
    CHECK(f != NULL);
    if (!f) return;
    while (fgets(line, sizeof line, f)) {
        char *t1, *t2, *end = line + strlen(line);
        size_t tn = 0, nw, ng, nall;
        const char *p;
        if (line[0] == '#') continue;
        while (end > line && (end[-1] == '\n' || end[-1] == '\r')) *--end = 0;
        t1 = strchr(line, '\t');
        t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        CHECK(t1 && t2);
        if (!t1 || !t2) break;
        for (p = line; p + 1 < t1; p += 2) text[tn++] = (char)(hexval(p[0]) * 16 + hexval(p[1]));
        nw = parse_ids(t1 + 1, t2, want, 1 << 14);
        ng = twtok_encode_ordinary(enc, text, tn, got, 1 << 14);
        CHECKF(same_ids(want, nw, got, ng), "case %zu (%.40s): %zu ids, reference %zu", cases, line, ng, nw);
        CHECKF(twtok_count(enc, text, tn) == nw, "count of case %zu", cases);
        CHECKF(roundtrip(text, tn), "round trip of case %zu", cases);
        if (strcmp(t2 + 1, "=") != 0) {
            twtok_special_policy all = {1, NULL, 0, 0};
            size_t n = 0;
            nall = parse_ids(t2 + 1, end, want_all, 1 << 14);
            CHECK(twtok_encode(enc, text, tn, &all, got, 1 << 14, &n, NULL) == TWTOK_OK);
            CHECKF(same_ids(want_all, nall, got, n), "allow-all ids of case %zu", cases);
        }
        cases++;
    }
    fclose(f);
    CHECKF(cases > 2000, "only %zu golden cases read from %s", cases, path);
}

TEST(golden_cases_match_reference) { run_golden("cl100k_base", "test/golden_cl100k.txt"); }

TEST(o200k_golden_cases_match_reference) {
    const twtok_encoding *keep = enc;
    run_golden("o200k_base", "test/golden_o200k.txt");
    enc = keep;
}

TEST(o200k_specials_models_and_round_trips) {
    const twtok_encoding *o = twtok_encoding_get("o200k_base"), *keep = enc;
    static const char *const models[] = {"gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-nano", "o1", "o3", "o4-mini", "gpt-5",
                                         "gpt-5-mini", "chatgpt-4o-latest", "gpt-4o-2099-01-01", "o3-2099-01-01", "ft:gpt-4o:org:x"};
    twtok_special_policy all = {1, NULL, 0, 0};
    uint32_t ids[16];
    size_t n = 0, i;
    unsigned char bytes[256];
    CHECK(o != NULL && twtok_vocab_size(o) == 199998 && o != twtok_encoding_get("cl100k_base"));
    for (i = 0; i < sizeof models / sizeof models[0]; i++) CHECKF(twtok_encoding_for_model(models[i]) == o, "%s", models[i]);
    CHECK(twtok_encode(o, "<|endoftext|><|endofprompt|>", 28, &all, ids, 16, &n, NULL) == TWTOK_OK && n == 2 &&
          ids[0] == 199999 && ids[1] == 200018);
    /* the fim tokens are cl100k's: plain text in o200k, so the default policy does not refuse them */
    CHECK(twtok_encode(o, "<|fim_prefix|>", 14, NULL, ids, 16, &n, NULL) == TWTOK_OK && n > 1);
    CHECK(twtok_encode(o, "a<|endoftext|>", 14, NULL, ids, 16, &n, NULL) == TWTOK_ERR_SPECIAL);
    enc = o;
    for (i = 0; i < 256; i++) bytes[i] = (unsigned char)i;
    CHECK(roundtrip((const char *)bytes, 256));
    {
        static const char mixed[] = "\xff\xfe caf\xc3\xa9 \xe4\xb8\xad\xe6\x96\x87 \xcc\x81" "A\xcc\x81" "b's /\n/";
        CHECK(roundtrip(mixed, sizeof mixed - 1));
    }
    enc = keep;
}

TEST(snprintf_style_capacity) {
    const char *s = "Hello, world! This is a test of the capacity contract.";
    uint32_t ids[64], small[3];
    size_t n = twtok_encode_ordinary(enc, s, strlen(s), ids, 64);
    small[0] = small[1] = small[2] = 0xFFFFFFFFu;
    CHECK(n > 3);
    CHECK(twtok_encode_ordinary(enc, s, strlen(s), small, 2) == n);
    CHECK(small[0] == ids[0] && small[1] == ids[1] && small[2] == 0xFFFFFFFFu);
    CHECK(twtok_encode_ordinary(enc, s, strlen(s), NULL, 0) == n);
    CHECK(twtok_encode_ordinary(enc, "", 0, ids, 64) == 0);
    CHECK(twtok_encode_ordinary(enc, NULL, 0, NULL, 0) == 0);
    CHECK(twtok_encode_ordinary(NULL, s, 3, ids, 64) == 0);
    CHECK(twtok_count(NULL, s, 3) == 0);
}

TEST(prepare_contract) {
    CHECK(twtok_prepare(NULL) == TWTOK_ERR_ARG);
    CHECK(twtok_prepare(enc) == TWTOK_OK);
    CHECK(twtok_prepare(enc) == TWTOK_OK);
}

TEST(decode_contract) {
    uint32_t ids[] = {15339, 1917}; /* "hello", " world" */
    uint32_t bad[] = {15339, 100256};
    uint32_t special[] = {100257};
    char out[32];
    size_t len = 0;
    CHECK(twtok_decode(enc, ids, 2, out, sizeof out, &len) == TWTOK_OK && len == 11 && strcmp(out, "hello world") == 0);
    CHECK(twtok_decode(enc, ids, 2, out, 4, &len) == TWTOK_OK && len == 11 && memcmp(out, "hell", 4) == 0);
    CHECK(twtok_decode(enc, ids, 2, NULL, 0, &len) == TWTOK_OK && len == 11);
    CHECK(twtok_decode(enc, bad, 2, out, sizeof out, &len) == TWTOK_ERR_UNKNOWN_ID && len == 1);
    CHECK(twtok_decode(enc, special, 1, out, sizeof out, &len) == TWTOK_OK && strcmp(out, "<|endoftext|>") == 0);
    CHECK(strstr(twtok_result_string(TWTOK_ERR_UNKNOWN_ID), "unknown token id") != NULL);
    CHECK(strcmp(twtok_result_string(12345), "unknown result") == 0);
}

TEST(special_token_policy) {
    const char *s = "a<|endoftext|>b<|fim_prefix|>";
    uint32_t ids[32];
    size_t n = 99;
    twtok_special_error err = {0, NULL};
    const char *only_eot[] = {"<|endoftext|>"};
    const char *not_special[] = {"<|im_start|>"};
    twtok_special_policy allow_eot = {0, only_eot, 1, 0};
    twtok_special_policy eot_rest_text = {0, only_eot, 1, 1};
    twtok_special_policy as_text = {0, NULL, 0, 1};
    twtok_special_policy bogus = {0, not_special, 1, 0};
    /* default: an error naming the first disallowed token */
    CHECK(twtok_encode(enc, s, strlen(s), NULL, ids, 32, &n, &err) == TWTOK_ERR_SPECIAL);
    CHECK(n == 0 && err.offset == 1 && strcmp(err.token, "<|endoftext|>") == 0);
    /* allowing one: the other still fails, at its own offset */
    CHECK(twtok_encode(enc, s, strlen(s), &allow_eot, ids, 32, &n, &err) == TWTOK_ERR_SPECIAL);
    CHECK(err.offset == 15 && strcmp(err.token, "<|fim_prefix|>") == 0);
    /* allowed one becomes its id, the rest is text */
    CHECK(twtok_encode(enc, s, strlen(s), &eot_rest_text, ids, 32, &n, NULL) == TWTOK_OK);
    CHECK(n >= 3 && ids[0] == 64 && ids[1] == 100257 && ids[2] == 65);
    {
        size_t k, seen = 0;
        for (k = 0; k < n; k++) seen += ids[k] >= 100257;
        CHECK(seen == 1);
    }
    /* all as text equals encode_ordinary */
    {
        uint32_t ord[32];
        size_t no = twtok_encode_ordinary(enc, s, strlen(s), ord, 32);
        CHECK(twtok_encode(enc, s, strlen(s), &as_text, ids, 32, &n, NULL) == TWTOK_OK && same_ids(ids, n, ord, no));
    }
    CHECK(twtok_encode(enc, s, strlen(s), &bogus, ids, 32, &n, NULL) == TWTOK_ERR_NOT_SPECIAL);
    CHECK(twtok_encode(enc, "no specials here", 16, NULL, ids, 32, &n, NULL) == TWTOK_OK && n == 3);
}

TEST(invalid_utf8_round_trips) {
    static const char *cases[] = {"\xff", "\xc0\x80", "\xed\xa0\x80", "abc\xe2\x82", "\xf4\x90\x80\x80", "\x80\x80x",
                                  "hello\xfe world", "\xc3", "\xe4\xbd", "\xf0\x9f\x98", "'\xc5", " \xa0\xa0 x"};
    size_t i;
    unsigned seed = 12345;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) CHECKF(roundtrip(cases[i], strlen(cases[i])), "case %zu", i);
    for (i = 0; i < 20000; i++) { /* random byte strings, biased to UTF-8 lead and continuation bytes */
        char buf[48];
        size_t n = 1 + (i % 47), k;
        for (k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            buf[k] = (char)((seed >> 16) & 1 ? (seed >> 8) : (0x80 | ((seed >> 8) & 0x7f)));
        }
        CHECKF(roundtrip(buf, n), "random byte string %zu", i);
    }
}

TEST(model_table) {
    const twtok_encoding *cl = twtok_encoding_get("cl100k_base");
    CHECK(cl != NULL && strcmp(twtok_encoding_name(cl), "cl100k_base") == 0);
    CHECK(twtok_vocab_size(cl) == 100256);
    CHECK(twtok_encoding_for_model("gpt-4") == cl);
    CHECK(twtok_encoding_for_model("gpt-4-0613") == cl);
    CHECK(twtok_encoding_for_model("gpt-3.5-turbo") == cl);
    CHECK(twtok_encoding_for_model("gpt-35-turbo") == cl);
    CHECK(twtok_encoding_for_model("text-embedding-3-small") == cl);
    CHECK(twtok_encoding_for_model("gpt-4-1106-preview") == cl);
    CHECK(twtok_encoding_for_model("gpt-4-some-future-snapshot") == cl); /* prefix gpt-4- */
    CHECK(twtok_encoding_for_model("gpt-35-turbo-16k-custom") == cl);    /* prefix gpt-35-turbo- */
    CHECK(twtok_encoding_for_model("ft:gpt-3.5-turbo:org:x") == cl);
    CHECK(strcmp(twtok_encoding_name_for_model("gpt-4o"), "o200k_base") == 0);
    CHECK(strcmp(twtok_encoding_name_for_model("gpt-4o-2099-01-01"), "o200k_base") == 0);
    CHECK(strcmp(twtok_encoding_name_for_model("text-davinci-003"), "p50k_base") == 0);
    CHECK(twtok_encoding_for_model("no-such-model") == NULL);
    CHECK(twtok_encoding_for_model(NULL) == NULL);
    CHECK(twtok_encoding_get("r50k_base") == NULL);
    CHECK(twtok_encoding_get(NULL) == NULL);
}

/* One megabyte in a single piece must encode in linear time (tiktoken's merge is quadratic there);
   an alarm turns a regression into a failure instead of a hang (a generous one under the
   sanitizers, whose runs on a loaded machine took over 60 s). */
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
#define TW_HANG_SECONDS 600
#else
#define TW_HANG_SECONDS 60
#endif
TEST(long_pieces_are_linear) {
    size_t n = 1 << 20, i;
    char *s = (char *)malloc(n);
    const char fill[] = {'a', ' ', '!', '\n', '7'};
    CHECK(s != NULL);
    if (!s) return;
    alarm(TW_HANG_SECONDS);
    for (i = 0; i < sizeof fill; i++) {
        size_t cnt;
        memset(s, fill[i], n);
        cnt = twtok_count(enc, s, n);
        CHECKF(cnt > 0 && cnt < n, "fill '%c' gave %zu tokens", fill[i], cnt);
        CHECKF(roundtrip(s, n), "fill '%c'", fill[i]);
    }
    for (i = 0; i < n; i++) s[i] = "ab"[(i * 7 / 3) % 2];
    CHECK(roundtrip(s, n));
    alarm(0);
    free(s);
}


/* Every golden text of a file, and their concatenation (about 3,000 diverse texts). */
static char *load_texts(const char *path, size_t *total, size_t *starts, size_t *n_texts, size_t max_texts) {
    FILE *f = fopen(path, "rb");
    static char line[1 << 16];
    size_t cap = 1 << 20, n = 0, k = 0;
    char *all = (char *)malloc(cap);
    if (!f || !all) {
        if (f) fclose(f);
        free(all);
        return NULL;
    }
    while (fgets(line, sizeof line, f)) {
        char *t1 = strchr(line, '\t'), *p;
        if (line[0] == '#' || !t1) continue;
        if (n + (size_t)(t1 - line) / 2 + 1 > cap) {
            char *na = (char *)realloc(all, cap *= 2);
            if (!na) break;
            all = na;
        }
        if (k < max_texts) starts[k++] = n;
        for (p = line; p + 1 < t1; p += 2) all[n++] = (char)(hexval(p[0]) * 16 + hexval(p[1]));
    }
    if (k < max_texts) starts[k] = n;
    fclose(f);
    *total = n, *n_texts = k;
    return all;
}

/* Feeds text in chunks of the sizes the generator gives; the stream's count. */
static uint64_t stream_count(const twtok_encoding *e, const char *text, size_t n, unsigned *seed, unsigned maxchunk,
                             size_t *held) {
    twtok_stream st;
    size_t i = 0;
    uint64_t c;
    twtok_stream_init(&st, e);
    while (i < n) {
        size_t k = maxchunk <= 1 ? 1 : 1 + (size_t)(rand_r(seed) % maxchunk);
        if (k > n - i) k = n - i;
        if (twtok_stream_feed(&st, text + i, k) != TWTOK_OK) break;
        i += k;
    }
    c = twtok_stream_count(&st);
    if (held) *held = st.max_held;
    twtok_stream_free(&st);
    return c;
}

/* The count of a text fed in chunks equals twtok_count of the whole text: every golden text cut at
   every place into two and fed byte by byte, their concatenation in random chunkings, for both
   encodings; and the stream holds little of a long text. */
static void run_stream(const char *encname, const char *path) {
    const twtok_encoding *e = twtok_encoding_get(encname);
    static size_t starts[8192];
    size_t total = 0, nt = 0, i, j, bad = 0, checks = 0, held = 0;
    unsigned seed = 12345;
    char *all = load_texts(path, &total, starts, &nt, 8191);
    CHECK(all != NULL && nt > 2000 && total > 50000);
    if (!all) return;
    for (i = 0; i < nt; i++) {
        const char *t = all + starts[i];
        size_t n = starts[i + 1] - starts[i];
        uint64_t want = twtok_count(e, t, n);
        for (j = 1; j < n && j < 64; j++) { /* two chunks, cut at j */
            twtok_stream st;
            twtok_stream_init(&st, e);
            twtok_stream_feed(&st, t, j);
            twtok_stream_feed(&st, t + j, n - j);
            if (twtok_stream_count(&st) != want) bad++;
            checks++;
            twtok_stream_free(&st);
        }
        if (stream_count(e, t, n, &seed, 1, NULL) != want) bad++;
        checks++;
    }
    CHECKF(bad == 0, "%s: %zu of %zu chunkings of the golden texts counted differently from the whole", encname, bad, checks);
    {
        uint64_t want = twtok_count(e, all, total);
        unsigned sizes[] = {1, 3, 7, 16, 64, 1000};
        for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
            uint64_t got = stream_count(e, all, total, &seed, sizes[i], &held);
            CHECKF(got == want, "%s: the %zu-byte concatenation in chunks of 1..%u: %llu tokens, whole %llu", encname, total,
                   sizes[i], (unsigned long long)got, (unsigned long long)want);
            if (sizes[i] <= 64)
                CHECKF(held < 20000, "%s: the stream held %zu bytes of %zu in chunks of 1..%u", encname, held, total, sizes[i]);
        }
    }
    free(all);
}

TEST(stream_counts_equal_whole_counts) {
    twtok_stream st;
    static const char *const tricky[] = {"don't", "they'll", "a  \n\n  b", "\n   \n", "x   ", "12345678", "Hello, world!\r\n\r\nNext",
                                         "caf\xc3\xa9 na\xc3\xafve \xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97", "\xf0\x9f\x98\x80\xf0\x9f\x98\x81 ok",
                                         "ABCdef GHI'S", "\xff\xfe invalid \xc3", "    def f(x):\n        return x\n"};
    size_t i, j, k;
    run_stream("cl100k_base", "test/golden_cl100k.txt");
    run_stream("o200k_base", "test/golden_o200k.txt");
    for (k = 0; k < 2; k++) {
        const twtok_encoding *e = twtok_encoding_get(k ? "o200k_base" : "cl100k_base");
        for (i = 0; i < sizeof tricky / sizeof tricky[0]; i++) {
            size_t n = strlen(tricky[i]);
            for (j = 0; j <= n; j++) {
                size_t m;
                for (m = j; m <= n; m++) { /* three chunks: [0,j) [j,m) [m,n) */
                    twtok_stream_init(&st, e);
                    twtok_stream_feed(&st, tricky[i], j);
                    twtok_stream_feed(&st, tricky[i] + j, m - j);
                    twtok_stream_feed(&st, tricky[i] + m, n - m);
                    CHECKF(twtok_stream_count(&st) == twtok_count(e, tricky[i], n), "%s: \"%s\" cut at %zu and %zu",
                           twtok_encoding_name(e), tricky[i], j, m);
                    twtok_stream_free(&st);
                }
            }
        }
    }
    /* contract: NULL text with a length, a count that goes on after being read */
    twtok_stream_init(&st, twtok_encoding_get("cl100k_base"));
    CHECK(twtok_stream_feed(&st, NULL, 3) == TWTOK_ERR_ARG);
    CHECK(twtok_stream_feed(&st, "Hello", 5) == TWTOK_OK);
    CHECK(twtok_stream_count(&st) == 1);
    CHECK(twtok_stream_feed(&st, " world", 6) == TWTOK_OK);
    CHECK(twtok_stream_count(&st) == 2);
    twtok_stream_free(&st);
    CHECK(twtok_stream_feed(NULL, "x", 1) == TWTOK_ERR_ARG);
}

static int prepare_rc[4] = {-99, -99, -99, -99};

static void *thread_encode(void *arg) {
    const char *s = "Concurrent first use: every thread gets the same tables and the same ids.";
    uint32_t *ids = (uint32_t *)arg;
    /* odd threads build the tables through twtok_prepare, racing the others' first encode */
    if (ids[0] & 1) prepare_rc[ids[0]] = twtok_prepare(twtok_encoding_get("cl100k_base"));
    ids[0] = (uint32_t)twtok_encode_ordinary(twtok_encoding_get("cl100k_base"), s, strlen(s), ids + 1, 63);
    return NULL;
}

TEST(threads_share_the_tables) {
    pthread_t th[4];
    uint32_t ids[4][64];
    int i;
    for (i = 0; i < 4; i++) ids[i][0] = (uint32_t)i;
    for (i = 0; i < 4; i++) CHECK(pthread_create(&th[i], NULL, thread_encode, ids[i]) == 0);
    for (i = 0; i < 4; i++) pthread_join(th[i], NULL);
    for (i = 1; i < 4; i++) CHECK(same_ids(ids[0] + 1, ids[0][0], ids[i] + 1, ids[i][0]));
    CHECK(ids[0][0] > 5);
    CHECK(prepare_rc[1] == TWTOK_OK && prepare_rc[3] == TWTOK_OK);
}

/* The merge cache (per thread): a piece found there has the tokens its own merge gives, whatever
   the pieces before it were: pieces that share their first 8, 16 or 24 bytes, that differ only in
   length, the same piece in the other encoding, long ones (25 to 128 bytes, the second table),
   many more than the cache holds (so entries are replaced, and pieces with the same first words
   meet in one entry). Each piece is merged through the
   cache twice (a miss, then mostly a hit) and compared with the merge without it. */
static int cache_checked, cache_bad;
static void cache_check(const char *p, size_t n) {
    const twtok_encoding *encs[2] = {twtok_encoding_get("cl100k_base"), twtok_encoding_get("o200k_base")};
    int k, round;
    for (k = 0; k < 2; k++) {
        const twtok__tables *t = twtok__tables_of(encs[k]);
        uint32_t want[256], got[256];
        twtok__out w = {want, 256, 0};
        if (twtok__lookup(t, (const unsigned char *)p, n, n) != TWTOK__NONE) continue; /* one token: never merged */
        twtok__piece_merge_uncached(t, encs[k]->maxlen, (const unsigned char *)p, n, n, &w);
        for (round = 0; round < 2; round++) {
            twtok__out g = {got, 256, 0};
            twtok__piece_merge(t, encs[k]->maxlen, (const unsigned char *)p, n, n, &g);
            cache_checked++;
            if (!same_ids(want, w.n, got, g.n) && cache_bad++ < 5)
                fprintf(stderr, "    the cached merge of %.*s (%zu bytes, %s, round %d) differs from its merge\n", (int)n, p, n,
                        twtok_encoding_name(encs[k]), round);
        }
    }
}
static void *cache_thread(void *arg) {
    static const char *stems[] = {"internationalization", "Überweisungsauftrag", "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd0\xb8\xd0\xb5",
                                  "//===----------------------------------------------------------------------===//",
                                  "                                                                                                                        "};
    char buf[160];
    unsigned seed = 12345;
    size_t s, n, i, r;
    (void)arg;
    for (r = 0; r < 3; r++)
        for (s = 0; s < sizeof stems / sizeof stems[0]; s++)
            for (n = 3; n <= strlen(stems[s]) && n <= 128; n++) {
                memcpy(buf, stems[s], n);
                cache_check(buf, n); /* the stem's every prefix: the same first bytes, other lengths */
                for (i = 0; i < 6; i++) { /* and variants of its last bytes */
                    seed = seed * 1103515245u + 12345u;
                    buf[n - 1 - (i % (n < 3 ? n : 3))] = (char)('a' + (seed >> 16) % 26);
                    cache_check(buf, n);
                }
            }
    for (i = 0; i < 6000; i++) { /* pieces of one length that share their first 8 or 16 bytes: more than
                                      the entries, so that two of them meet in one */
        n = i % 2 ? 20 : 12;
        memcpy(buf, "Aufenthaltsgenehmigung", n);
        for (s = n - 4; s < n; s++) seed = seed * 1103515245u + 12345u, buf[s] = (char)('a' + (seed >> 16) % 26);
        cache_check(buf, n);
    }
    for (i = 0; i < 20000; i++) { /* more pieces than the cache holds */
        seed = seed * 1103515245u + 12345u;
        n = 3 + (seed >> 16) % 40;
        for (s = 0; s < n; s++) seed = seed * 1103515245u + 12345u, buf[s] = (char)('a' + (seed >> 16) % 26);
        cache_check(buf, n);
    }
    return NULL;
}
TEST(merge_cache_gives_each_piece_its_own_merge) {
    pthread_t th;
    CHECK(pthread_create(&th, NULL, cache_thread, NULL) == 0); /* a thread of its own: its cache starts empty, and is freed at its exit */
    pthread_join(th, NULL);
    CHECK(cache_checked > 50000);
    CHECK(cache_bad == 0);
}

int main(void) {
    /* the thread test runs first so that it exercises the concurrent first use */
    RUN(threads_share_the_tables);
    enc = twtok_encoding_get("cl100k_base");
    RUN(golden_cases_match_reference);
    RUN(o200k_golden_cases_match_reference);
    RUN(o200k_specials_models_and_round_trips);
    RUN(snprintf_style_capacity);
    RUN(prepare_contract);
    RUN(decode_contract);
    RUN(special_token_policy);
    RUN(invalid_utf8_round_trips);
    RUN(model_table);
    RUN(long_pieces_are_linear);
    RUN(stream_counts_equal_whole_counts);
    RUN(merge_cache_gives_each_piece_its_own_merge);
    TEST_EXIT();
}
