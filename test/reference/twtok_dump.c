/* twtok_dump: reads records [u32 little-endian length][bytes] from stdin, writes for each one
   [u32 count][count u32 ids] to stdout (twtok_encode_ordinary), or with --allow-all the ids of
   twtok_encode with every special token allowed, or with --pieces the byte lengths of the pieces the
   pre-tokenizer cuts the text into. Used by check.mjs to compare with tiktoken and by pieces.mjs to
   compare the pre-tokenizers with the patterns run by a regular expression engine. */
#define TWTOKENIZE_IMPLEMENTATION
#include "../../twtokenize.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int read_all(unsigned char **buf, size_t *len) {
    size_t cap = 1 << 20, n = 0, got;
    unsigned char *b = malloc(cap);
    if (!b) return -1;
    while ((got = fread(b + n, 1, cap - n, stdin)) > 0) {
        n += got;
        if (n == cap) {
            unsigned char *nb = realloc(b, cap *= 2);
            if (!nb) return free(b), -1;
            b = nb;
        }
    }
    *buf = b, *len = n;
    return 0;
}

int main(int argc, char **argv) {
    const char *encname = "cl100k_base";
    int allow_all = 0, pieces = 0, i;
    unsigned char *in;
    size_t len, pos = 0, cap = 1 << 16;
    uint32_t *ids = malloc(sizeof(uint32_t) * cap);
    const twtok_encoding *enc;
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--allow-all") == 0) allow_all = 1;
        else if (strcmp(argv[i], "--pieces") == 0) pieces = 1;
        else encname = argv[i];
    }
    enc = twtok_encoding_get(encname);
    if (!enc || !ids || read_all(&in, &len) != 0) {
        fprintf(stderr, "twtok_dump: no encoding %s or no memory\n", encname);
        return 2;
    }
    while (pos + 4 <= len) {
        uint32_t n = (uint32_t)in[pos] | (uint32_t)in[pos + 1] << 8 | (uint32_t)in[pos + 2] << 16 | (uint32_t)in[pos + 3] << 24;
        size_t count;
        pos += 4;
        if (pos + n > len) return fprintf(stderr, "twtok_dump: truncated input\n"), 2;
        if (pieces) { /* the scanners the encoder runs, on exactly these bytes */
            const unsigned char *p = in + pos, *e = p + n;
            uint32_t c = 0;
            size_t at = 0;
            while (p < e) {
                size_t k = enc->pattern == TWTOK__PAT_O200K ? twtok__o200k_piece(p, e) : twtok__cl100k_piece(p, e);
                if (k == 0 || k > (size_t)(e - p)) return fprintf(stderr, "twtok_dump: a piece of %zu bytes\n", k), 3;
                if (at + 1 > cap && !(ids = realloc(ids, sizeof(uint32_t) * (cap *= 2)))) return 2;
                ids[at++] = (uint32_t)k, p += k, c++;
            }
            fwrite(&c, 4, 1, stdout);
            fwrite(ids, 4, at, stdout);
            pos += n;
            continue;
        }
        for (;;) {
            if (allow_all) {
                twtok_special_policy pol = {1, NULL, 0, 0};
                if (twtok_encode(enc, (const char *)in + pos, n, &pol, ids, cap, &count, NULL) != TWTOK_OK) return 2;
            } else {
                count = twtok_encode_ordinary(enc, (const char *)in + pos, n, ids, cap);
            }
            if (count <= cap) break;
            cap = count;
            ids = realloc(ids, sizeof(uint32_t) * cap);
            if (!ids) return 2;
        }
        {
            uint32_t c = (uint32_t)count;
            size_t k;
            if (twtok_count(enc, (const char *)in + pos, n) != count && !allow_all) {
                fprintf(stderr, "twtok_dump: twtok_count disagrees with twtok_encode_ordinary\n");
                return 3;
            }
            fwrite(&c, 4, 1, stdout);
            for (k = 0; k < count; k++) fwrite(&ids[k], 4, 1, stdout);
        }
        pos += n;
    }
    free(in), free(ids);
    return 0;
}
