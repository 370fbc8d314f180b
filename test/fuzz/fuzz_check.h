/* fuzz_check.h - what the fuzz targets assert: a strict, independent JSON validator (RFC 8259,
   with UTF-8 checked as RFC 3629 has it) and an assertion that aborts, so that libFuzzer keeps the
   input that broke a property, not only one that crashed. */
#ifndef FUZZ_CHECK_H
#define FUZZ_CHECK_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(cond, ...)                                                              \
    do {                                                                                    \
        if (!(cond)) {                                                                      \
            fprintf(stderr, "property failed at %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                                   \
            fputc('\n', stderr);                                                            \
            abort();                                                                        \
        }                                                                                   \
    } while (0)

/* Length of the well-formed UTF-8 sequence at s (n bytes left), 0 if none starts there. */
static size_t fz_utf8(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    size_t k, want;
    unsigned lo = 0x80, hi = 0xBF;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) want = 2;
    else if (c >= 0xE0 && c <= 0xEF) want = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4) want = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else return 0;
    if (n < want || s[1] < lo || s[1] > hi) return 0;
    for (k = 2; k < want; k++)
        if ((s[k] & 0xC0) != 0x80) return 0;
    return want;
}

typedef struct fz_json {
    const unsigned char *p, *end;
    int depth;
} fz_json;

static void fz_ws(fz_json *j) {
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) j->p++;
}
static int fz_value(fz_json *j);
static int fz_string(fz_json *j) {
    if (j->p >= j->end || *j->p != '"') return 0;
    j->p++;
    while (j->p < j->end) {
        unsigned c = *j->p;
        if (c == '"') return j->p++, 1;
        if (c < 0x20) return 0;
        if (c == '\\') {
            if (++j->p >= j->end) return 0;
            c = *j->p++;
            if (c == 'u') {
                int k;
                for (k = 0; k < 4; k++, j->p++)
                    if (j->p >= j->end || !strchr("0123456789abcdefABCDEF", *j->p) || !*j->p) return 0;
            } else if (!strchr("\"\\/bfnrt", (int)c) || !c) {
                return 0;
            }
            continue;
        }
        {
            size_t l = fz_utf8(j->p, (size_t)(j->end - j->p));
            if (!l) return 0;
            j->p += l;
        }
    }
    return 0;
}
static int fz_number(fz_json *j) {
    const unsigned char *s = j->p;
    if (j->p < j->end && *j->p == '-') j->p++;
    if (j->p >= j->end) return 0;
    if (*j->p == '0') j->p++;
    else if (*j->p >= '1' && *j->p <= '9') while (j->p < j->end && *j->p >= '0' && *j->p <= '9') j->p++;
    else return 0;
    if (j->p < j->end && *j->p == '.') {
        j->p++;
        if (j->p >= j->end || *j->p < '0' || *j->p > '9') return 0;
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9') j->p++;
    }
    if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
        j->p++;
        if (j->p < j->end && (*j->p == '+' || *j->p == '-')) j->p++;
        if (j->p >= j->end || *j->p < '0' || *j->p > '9') return 0;
        while (j->p < j->end && *j->p >= '0' && *j->p <= '9') j->p++;
    }
    return j->p > s;
}
static int fz_lit(fz_json *j, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n) != 0) return 0;
    j->p += n;
    return 1;
}
static int fz_value(fz_json *j) {
    int ok;
    fz_ws(j);
    if (j->p >= j->end) return 0;
    if (*j->p == '{' || *j->p == '[') {
        int obj = *j->p == '{';
        if (++j->depth > 200) return 0;
        j->p++;
        fz_ws(j);
        if (j->p < j->end && *j->p == (obj ? '}' : ']')) return j->p++, j->depth--, 1;
        for (;;) {
            fz_ws(j);
            if (obj) {
                if (!fz_string(j)) return 0;
                fz_ws(j);
                if (j->p >= j->end || *j->p++ != ':') return 0;
            }
            if (!fz_value(j)) return 0;
            fz_ws(j);
            if (j->p < j->end && *j->p == ',') { j->p++; continue; }
            if (j->p < j->end && *j->p == (obj ? '}' : ']')) return j->p++, j->depth--, 1;
            return 0;
        }
    }
    if (*j->p == '"') return fz_string(j);
    ok = fz_lit(j, "true") || fz_lit(j, "false") || fz_lit(j, "null") || fz_number(j);
    return ok;
}
/* Whether [s, s + n) is exactly one JSON value (white space around it allowed). */
static int fz_json_valid(const char *s, size_t n) {
    fz_json j;
    j.p = (const unsigned char *)s, j.end = j.p + n, j.depth = 0;
    if (!fz_value(&j)) return 0;
    fz_ws(&j);
    return j.p == j.end;
}
/* The end of the JSON string that starts at p (a '"'), past its closing quote. */
static const char *fz_str_end(const char *p, const char *end) {
    for (p++; p < end && *p != '"'; p++)
        if (*p == '\\') p++;
    return p < end ? p + 1 : end;
}
/* Every "attributes":[{"key":...},...] list in a body (valid JSON) has each key once, as OTLP
   requires (compared as serialized: two keys that differ only in invalid UTF-8 are one key). */
static int fz_unique_keys(const char *s, size_t n, char *why, size_t whylen) {
    const char *end = s + n, *p = s;
    static const char open[] = "\"attributes\":[";
    while ((p = (const char *)memmem(p, (size_t)(end - p), open, sizeof open - 1)) != NULL) {
        const char *keys[256];
        size_t lens[256], nk = 0, i, k;
        p += sizeof open - 1;
        while (p < end && *p == '{') {
            int depth = 0;
            if ((size_t)(end - p) > 7 && memcmp(p, "{\"key\":", 7) == 0 && nk < 256) {
                const char *ke = fz_str_end(p + 7, end);
                keys[nk] = p + 7, lens[nk++] = (size_t)(ke - (p + 7));
            }
            for (; p < end; p++) { /* to the end of this entry */
                if (*p == '"') { p = fz_str_end(p, end) - 1; continue; }
                if (*p == '{') depth++;
                if (*p == '}' && --depth == 0) { p++; break; }
            }
            if (p < end && *p == ',') p++;
        }
        for (i = 0; i < nk; i++)
            for (k = i + 1; k < nk; k++)
                if (lens[i] == lens[k] && memcmp(keys[i], keys[k], lens[i]) == 0) {
                    snprintf(why, whylen, "key %.*s twice in one attribute list", (int)(lens[i] > 80 ? 80 : lens[i]), keys[i]);
                    return 0;
                }
    }
    return 1;
}
#endif
