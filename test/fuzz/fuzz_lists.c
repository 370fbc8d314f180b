/* fuzz_lists.c - the key=value list readers: OTEL_RESOURCE_ATTRIBUTES (the resource) and
   OTEL_EXPORTER_OTLP_HEADERS (the request headers). Properties: the resource is valid JSON with
   unique keys and always service.name and service.instance.id; an accepted header list gives lines
   "Name: value\r\n" with token names and no control characters, so nothing can be injected. */
#define _GNU_SOURCE 1 /* memmem */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include "../../twotlp_http.h"
#include "fuzz_check.h"
#include <stdint.h>

static void quiet(int level, const char *msg, void *user) { (void)level, (void)msg, (void)user; }

static void check_resource(void) {
    const char *r = tw__g.resource_json, *p;
    size_t nkeys = 0, i, k;
    const char *keys[512];
    size_t lens[512];
    FUZZ_ASSERT(r && fz_json_valid(r, strlen(r)), "resource is not valid JSON: %.300s", r ? r : "(null)");
    for (p = r; (p = strstr(p, "{\"key\":\"")) != NULL && nkeys < 512; p += 8) {
        const char *e = p + 8;
        while (*e && !(*e == '"' && e[-1] != '\\')) e++;
        keys[nkeys] = p + 8, lens[nkeys++] = (size_t)(e - (p + 8));
    }
    for (i = 0; i < nkeys; i++)
        for (k = i + 1; k < nkeys; k++)
            FUZZ_ASSERT(lens[i] != lens[k] || memcmp(keys[i], keys[k], lens[i]) != 0, "key %.*s twice", (int)lens[i], keys[i]);
    FUZZ_ASSERT(strstr(r, "{\"key\":\"service.name\"") && strstr(r, "{\"key\":\"service.instance.id\""), "%.300s", r);
}

static void check_headers(const char *h) {
    const char *line = h;
    while (line && *line) {
        const char *eol = strstr(line, "\r\n"), *c = line;
        FUZZ_ASSERT(eol, "a header line without CRLF: %.100s", line);
        while (c < eol && twotlp__tchar((unsigned char)*c)) c++;
        FUZZ_ASSERT(c > line && c < eol && *c == ':' && c[1] == ' ', "header name: %.*s", (int)(eol - line), line);
        for (c += 2; c < eol; c++) FUZZ_ASSERT((unsigned char)*c >= 0x20 || *c == '\t', "control character in a header value");
        FUZZ_ASSERT(memchr(line, '\n', (size_t)(eol - line)) == NULL && memchr(line, '\r', (size_t)(eol - line)) == NULL, "bare CR/LF");
        line = eol + 2;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *s = (char *)malloc(size + 1), *out = NULL;
    size_t i;
    tw_set_log_function(quiet, NULL);
    memcpy(s, data, size);
    s[size] = 0;
    for (i = 0; i < size; i++) if (!s[i]) s[i] = ' '; /* an environment value holds no NUL */
    tw__g.cfg = tw_config_default();
    setenv("OTEL_RESOURCE_ATTRIBUTES", s, 1);
    tw__build_resource();
    check_resource();
    unsetenv("OTEL_RESOURCE_ATTRIBUTES");
    if (twotlp__add_headers(s, &out, "fuzz") == TWOTLP_OK) check_headers(out ? out : "");
    free(out), free(s);
    TW_FREE(tw__g.resource_json), tw__g.resource_json = NULL;
    return 0;
}
