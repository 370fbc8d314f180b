/* twtok - count, encode, decode and show tokens from the command line (in the spirit of ttok).

   twtok [-m MODEL | -e ENCODING] [--encode | --decode | --tokens] [-t N] [-i FILE] [--allow-special] [TEXT...]

   Options may come anywhere on the line; "--" ends them (what follows is text). With TEXT the
   arguments joined by spaces are read, else the file of -i, else standard input. The default model
   is gpt-4 (cl100k_base). Exit status: 0 ok, 2 bad usage or input (one line on stderr). */
#define TWTOKENIZE_IMPLEMENTATION
#include "../twtokenize.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TWTOK_TOOL_VERSION "0.3"

static const char usage[] =
    "usage: twtok [-m MODEL | -e ENCODING] [--encode | --decode | --tokens] [-t N] [-i FILE] [--allow-special] [TEXT...]\n"
    "  prints the number of tokens of TEXT (or of FILE, or of standard input)\n"
    "  -m, --model MODEL     tiktoken model name (default gpt-4)\n"
    "  -e, --encoding NAME   encoding name (cl100k_base, o200k_base)\n"
    "  --encode              print the token ids\n"
    "  --decode              read token ids and print the text\n"
    "  --tokens              print each token: id and its bytes (partial UTF-8 as \\xHH)\n"
    "  -t, --truncate N      keep the first N tokens: print that text (or those ids, tokens)\n"
    "  -i, --input FILE      read FILE ('-': standard input)\n"
    "  --allow-special       encode special token strings as their ids (default: they are plain text)\n"
    "  --version             print the version\n"
    "  --                    the rest of the line is text, even if it starts with '-'\n";

static int fail(const char *msg, const char *arg) {
    fprintf(stderr, "twtok: %s%s%s\n", msg, arg ? arg : "", arg ? "'" : "");
    return 2;
}

static char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0, got;
    char *b = (char *)malloc(cap);
    while (b && (got = fread(b + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = (char *)realloc(b, cap *= 2);
            if (!nb) free(b);
            b = nb;
        }
    }
    *len = n;
    return b;
}

/* A token's bytes as a quoted string: valid UTF-8 as is, a partial or invalid sequence as \xHH. */
static void print_escaped(const char *s, size_t n) {
    size_t i = 0;
    putchar('"');
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t l = 0;
        if (c >= 0xC2 && c <= 0xF4) {
            size_t want = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4, k;
            int ok = i + want <= n;
            for (k = 1; ok && k < want; k++) ok = ((unsigned char)s[i + k] & 0xC0) == 0x80;
            if (ok && c == 0xE0) ok = (unsigned char)s[i + 1] >= 0xA0;
            if (ok && c == 0xED) ok = (unsigned char)s[i + 1] < 0xA0;
            if (ok && c == 0xF0) ok = (unsigned char)s[i + 1] >= 0x90;
            if (ok && c == 0xF4) ok = (unsigned char)s[i + 1] < 0x90;
            if (ok) l = want;
        }
        if (l) {
            fwrite(s + i, 1, l, stdout);
            i += l;
            continue;
        }
        if (c == '"' || c == '\\') printf("\\%c", c);
        else if (c == '\n') printf("\\n");
        else if (c == '\r') printf("\\r");
        else if (c == '\t') printf("\\t");
        else if (c < 0x20 || c >= 0x7f) printf("\\x%02x", c);
        else putchar(c);
        i++;
    }
    putchar('"');
}

int main(int argc, char **argv) {
    const char *model = NULL, *encname = NULL, *input = NULL;
    int mode = 0, allow_special = 0, i, ntext = 0, opts = 1; /* mode: 0 count, 1 encode, 2 decode, 3 tokens */
    long truncate = -1;
    const twtok_encoding *enc;
    char *text, **texts = (char **)malloc(sizeof(char *) * (size_t)(argc + 1));
    size_t len = 0;
    if (!texts) return fail("out of memory", NULL);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!opts || a[0] != '-' || a[1] == 0) { texts[ntext++] = argv[i]; continue; }
        if (strcmp(a, "--") == 0) { opts = 0; continue; }
        if (strcmp(a, "-m") == 0 || strcmp(a, "--model") == 0) {
            if (++i == argc) return fail("-m needs a model name, e.g. -m gpt-4", NULL);
            model = argv[i];
        } else if (strcmp(a, "-e") == 0 || strcmp(a, "--encoding") == 0) {
            if (++i == argc) return fail("-e needs an encoding name, e.g. -e cl100k_base", NULL);
            encname = argv[i];
        } else if (strcmp(a, "-t") == 0 || strcmp(a, "--truncate") == 0) {
            char *e;
            if (++i == argc) return fail("-t needs a number of tokens, e.g. -t 100", NULL);
            errno = 0;
            truncate = strtol(argv[i], &e, 10);
            if (e == argv[i] || *e || truncate < 0 || errno) return fail("-t needs a whole number of tokens from 0, not '", argv[i]);
        } else if (strcmp(a, "-i") == 0 || strcmp(a, "--input") == 0) {
            if (++i == argc) return fail("-i needs a file name ('-' for standard input)", NULL);
            input = argv[i];
        } else if (strcmp(a, "--encode") == 0) mode = 1;
        else if (strcmp(a, "--decode") == 0) mode = 2;
        else if (strcmp(a, "--tokens") == 0) mode = 3;
        else if (strcmp(a, "--allow-special") == 0) allow_special = 1;
        else if (strcmp(a, "--version") == 0) { printf("twtok %s (twtokenize.h)\n", TWTOK_TOOL_VERSION); return 0; }
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) { fputs(usage, stdout); return 0; }
        else return fail("unknown option (twtok --help lists them): '", a);
    }
    if (input && ntext) return fail("give TEXT or -i FILE, not both", NULL);
    if (truncate >= 0 && mode == 2) return fail("-t does not apply to --decode", NULL);
    if (model && encname) return fail("give -m or -e, not both", NULL);
    if (encname) {
        enc = twtok_encoding_get(encname);
        if (!enc) return fail("unknown encoding (this build has cl100k_base and o200k_base): '", encname);
    } else {
        const char *m = model ? model : "gpt-4";
        enc = twtok_encoding_for_model(m);
        if (!enc) {
            const char *e = twtok_encoding_name_for_model(m);
            if (e) {
                fprintf(stderr, "twtok: model '%s' uses %s, which this build does not have\n", m, e);
                return 2;
            }
            return fail("unknown model (try gpt-4, gpt-3.5-turbo, text-embedding-3-small): '", m);
        }
    }
    if (ntext) {
        size_t cap = 1;
        for (i = 0; i < ntext; i++) cap += strlen(texts[i]) + 1;
        text = (char *)malloc(cap);
        if (!text) return fail("out of memory", NULL);
        for (i = 0; i < ntext; i++) {
            size_t l = strlen(texts[i]);
            if (i) text[len++] = ' ';
            memcpy(text + len, texts[i], l);
            len += l;
        }
    } else if (input && strcmp(input, "-") != 0) {
        FILE *f = fopen(input, "rb");
        if (!f) {
            fprintf(stderr, "twtok: cannot read '%s': %s\n", input, strerror(errno));
            return 2;
        }
        text = read_all(f, &len);
        fclose(f);
        if (!text) return fail("out of memory", NULL);
    } else {
        text = read_all(stdin, &len);
        if (!text) return fail("out of memory", NULL);
    }
    if (mode == 2) { /* decode */
        size_t n = 0, cap = 16, outlen = 0;
        uint32_t *ids = (uint32_t *)malloc(cap * sizeof *ids);
        char *p = text, *end = text + len, *out;
        int r;
        while (ids && p < end) {
            char *e;
            unsigned long v;
            while (p < end && (*p == ' ' || *p == '\n' || *p == '\t' || *p == ',' || *p == '\r')) p++;
            if (p == end) break;
            v = strtoul(p, &e, 10);
            if (e == p || (e < end && !strchr(" \n\t,\r", *e)) || v > 0xFFFFFFFFul) {
                fprintf(stderr, "twtok: --decode reads token ids (decimal numbers), not '%.*s'\n",
                        (int)(strcspn(p, " \n\t,\r") > 20 ? 20 : strcspn(p, " \n\t,\r")), p);
                return 2;
            }
            if (n == cap) ids = (uint32_t *)realloc(ids, (cap *= 2) * sizeof *ids);
            if (ids) ids[n++] = (uint32_t)v;
            p = e;
        }
        if (!ids) return fail("out of memory", NULL);
        twtok_decode(enc, ids, n, NULL, 0, &outlen);
        out = (char *)malloc(outlen + 1);
        r = out ? twtok_decode(enc, ids, n, out, outlen + 1, &outlen) : TWTOK_ERR_NOMEM;
        if (r == TWTOK_ERR_UNKNOWN_ID) {
            fprintf(stderr, "twtok: token id %u is not in %s\n", ids[outlen], twtok_encoding_name(enc));
            return 2;
        }
        if (r != TWTOK_OK) return fail(twtok_result_string(r), NULL);
        fwrite(out, 1, outlen, stdout);
        putchar('\n');
        return 0;
    }
    {
        twtok_special_policy pol = {allow_special, NULL, 0, !allow_special};
        size_t n = 0, k;
        uint32_t *ids;
        if (mode == 0 && !allow_special && truncate < 0) {
            printf("%zu\n", twtok_count(enc, text, len));
            return 0;
        }
        twtok_encode(enc, text, len, &pol, NULL, 0, &n, NULL);
        ids = (uint32_t *)malloc((n + 1) * sizeof *ids);
        if (!ids) return fail("out of memory", NULL);
        twtok_encode(enc, text, len, &pol, ids, n, &n, NULL);
        if (truncate >= 0 && n > (size_t)truncate) n = (size_t)truncate;
        if (mode == 0 && truncate >= 0) { /* the text of the first N tokens, as ttok -t prints it */
            size_t outlen = 0;
            char *out;
            twtok_decode(enc, ids, n, NULL, 0, &outlen);
            out = (char *)malloc(outlen + 1);
            if (!out || twtok_decode(enc, ids, n, out, outlen + 1, &outlen) != TWTOK_OK) return fail("out of memory", NULL);
            fwrite(out, 1, outlen, stdout);
            putchar('\n');
            return 0;
        }
        if (mode == 0) printf("%zu\n", n);
        for (k = 0; mode == 1 && k < n; k++) printf(k + 1 < n ? "%u " : "%u\n", ids[k]);
        for (k = 0; mode == 3 && k < n; k++) {
            size_t tl;
            const char *tb = twtok_token_bytes(enc, ids[k], &tl);
            printf("%u\t", ids[k]);
            print_escaped(tb, tl);
            putchar('\n');
        }
    }
    return 0;
}
