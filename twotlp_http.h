/* twotlp_http.h - v0.2 - OTLP/HTTP exporter (JSON bodies) for twtrace.h over POSIX sockets

   The "otlp" exporter of tracing.exporter: it POSTs the OTLP JSON that twtrace.h serializes to an
   OpenTelemetry Collector (or any OTLP/HTTP receiver) at /v1/traces and /v1/metrics. HTTP/1.1 with
   keep-alive over TCP (IPv4 and IPv6), and over TLS when built with OpenSSL. It is written against
   twtrace.h's public API only, as any exporter of a program's own can be.

   Use: include it (it includes twtrace.h); in the one file that defines TWTRACE_IMPLEMENTATION,
   include it there too (it then compiles its implementation and registers itself as the otlp
   exporter when the program loads, with GCC and Clang; elsewhere call twotlp_register()).

       #define TWTRACE_IMPLEMENTATION
       #include "twtrace.h"
       #include "twotlp_http.h"
       ...
       tw_init_from_file("project.json");   // {"tracing.enabled": true, "tracing.exporter": "otlp"}

   Settings (environment over the config file, as the OTLP exporter spec says):
     OTEL_EXPORTER_OTLP_ENDPOINT   base URL, /v1/traces and /v1/metrics appended (tracing.endpoint;
                                   default http://localhost:4318)
     OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, _METRICS_ENDPOINT   full URLs, used as given
     OTEL_EXPORTER_OTLP_HEADERS    key=value,... percent-decoded (tracing.otlp_headers); also _TRACES_
                                   and _METRICS_ variants, whose keys win
     OTEL_EXPORTER_OTLP_TIMEOUT    ms for one export with its retries (tracing.otlp_timeout_ms; 10000)
     OTEL_EXPORTER_OTLP_COMPRESSION  gzip or none (tracing.otlp_compression); gzip needs zlib
     OTEL_EXPORTER_OTLP_CERTIFICATE  PEM file of the CAs that verify the collector (tracing.otlp_
                                   certificate; default: the system's store)
     OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE, _CLIENT_KEY  mutual TLS (tracing.otlp_client_certificate,
                                   tracing.otlp_client_key); all three also per signal
   TLS: https:// endpoints with -DTWOTLP_USE_OPENSSL and -lssl -lcrypto (Debian libssl-dev): TLS 1.2
   or later, the certificate and the host name (or address) verified; a certificate that does not
   verify fails the export at once, clearly, and is not retried. Without the define https:// fails at
   tw_init with a message saying so, and nothing of OpenSSL is linked.
   Retries: 429, 502, 503, 504 and transport failures, with exponential backoff and jitter,
   honouring Retry-After (seconds or HTTP date), within the timeout. Other statuses are final and
   logged once per status with the server's message; partialSuccess answers are logged with counts.

   Macros: TWOTLP_USE_ZLIB (gzip; link with -lz), TWOTLP_USE_OPENSSL (TLS; link with -lssl -lcrypto),
   TWOTLP_API (linkage, defaults to TWTRACE_API), TWOTLP_MALLOC/_REALLOC/_FREE (default: twtrace's
   TW_MALLOC ones when given, else malloc).

   History: 0.1 first version. 0.2 TLS (OpenSSL), mutual TLS; only twtrace.h's public API.
   License: MIT (end of file). */
#ifndef TWOTLP_HTTP_H
#define TWOTLP_HTTP_H
#if !defined(TWTRACE_H) || (defined(TWTRACE_IMPLEMENTATION) && !defined(TWTRACE_IMPLEMENTATION_INCLUDED))
#include "twtrace.h" /* its public API only: this is an exporter like any a program could write */
#endif

#define TWOTLP_VERSION "0.2.0"
#ifndef TWOTLP_API
#define TWOTLP_API TWTRACE_API
#endif

#define TWOTLP_RESULT_LIST(X)                                                                       \
    X(TWOTLP_OK, 0, "ok")                                                                           \
    X(TWOTLP_ERR_URL, -1, "bad endpoint URL: expected http://host[:port][/path]")                   \
    X(TWOTLP_ERR_TLS, -2, "https:// needs TLS, which this build of twotlp_http.h leaves out: build with " \
                          "-DTWOTLP_USE_OPENSSL and link -lssl -lcrypto, or export to a local OpenTelemetry " \
                          "Collector at http://localhost:4318 and let it forward over TLS") \
    X(TWOTLP_ERR_HEADERS, -3, "bad OTLP headers: expected key=value,key=value (percent-encoded), no control characters") \
    X(TWOTLP_ERR_COMPRESSION, -4, "bad compression: gzip or none; gzip needs a build with TWOTLP_USE_ZLIB and -lz") \
    X(TWOTLP_ERR_NOMEM, -5, "out of memory")                                                        \
    X(TWOTLP_ERR_CONNECT, -6, "cannot connect to the collector")                                    \
    X(TWOTLP_ERR_TIMEOUT, -7, "the collector did not answer in time")                               \
    X(TWOTLP_ERR_IO, -8, "the connection failed while sending or receiving")                        \
    X(TWOTLP_ERR_PROTOCOL, -9, "the collector's answer is not valid HTTP/1.1")                      \
    X(TWOTLP_ERR_STATUS, -10, "the collector refused the export")                                   \
    X(TWOTLP_ERR_TIMEOUT_VALUE, -11, "bad timeout: a whole number of milliseconds above 0")             \
    X(TWOTLP_ERR_TLS_SETUP, -12, "the TLS settings cannot be used (a certificate or key file)")          \
    X(TWOTLP_ERR_TLS_VERIFY, -13, "the collector's certificate did not verify")

typedef enum twotlp_result {
#define TWOTLP__ENUM(name, value, text) name = value,
    TWOTLP_RESULT_LIST(TWOTLP__ENUM)
#undef TWOTLP__ENUM
    TWOTLP__RESULT_END = 1
} twotlp_result;

#ifdef __cplusplus
extern "C" {
#endif
TWOTLP_API const char *twotlp_result_string(int result);
/* The otlp exporter's constructor (a tw_exporter_factory): reads cfg and the environment. Returns
   0, or a twotlp_result after logging what was wrong. */
TWOTLP_API int twotlp_create(const tw_config *cfg, tw_exporter *out);
/* Makes twotlp_create twtrace's otlp exporter (done at load time with GCC and Clang). */
TWOTLP_API void twotlp_register(void);
#ifdef __cplusplus
}
#endif
#endif /* TWOTLP_HTTP_H */

/* ============================================================================================ */
#if (defined(TWTRACE_IMPLEMENTATION) || defined(TWOTLP_IMPLEMENTATION)) && !defined(TWOTLP_IMPLEMENTATION_INCLUDED)
#define TWOTLP_IMPLEMENTATION_INCLUDED

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#if defined(TWOTLP_MALLOC) && defined(TWOTLP_REALLOC) && defined(TWOTLP_FREE)
#elif !defined(TWOTLP_MALLOC) && !defined(TWOTLP_REALLOC) && !defined(TWOTLP_FREE)
#if defined(TW_MALLOC) && defined(TW_REALLOC) && defined(TW_FREE) /* twtrace's, when given */
#define TWOTLP_MALLOC(n) TW_MALLOC(n)
#define TWOTLP_REALLOC(p, n) TW_REALLOC(p, n)
#define TWOTLP_FREE(p) TW_FREE(p)
#else
#define TWOTLP_MALLOC(n) malloc(n)
#define TWOTLP_REALLOC(p, n) realloc(p, n)
#define TWOTLP_FREE(p) free(p)
#endif
#else
#error "twotlp_http.h: define all of TWOTLP_MALLOC, TWOTLP_REALLOC and TWOTLP_FREE, or none"
#endif

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <ctype.h>
#include <strings.h>
#ifdef TWOTLP_USE_ZLIB
#include <zlib.h>
#endif
#ifdef TWOTLP_USE_OPENSSL
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <pthread.h>
#include <signal.h>
#endif

/* --- platform --- */
#ifdef MSG_NOSIGNAL
#define TWOTLP__SEND_FLAGS MSG_NOSIGNAL
#else
#define TWOTLP__SEND_FLAGS 0
#endif
#ifdef SOCK_CLOEXEC
#define TWOTLP__SOCK_FLAGS (SOCK_CLOEXEC | SOCK_NONBLOCK)
#else
#define TWOTLP__SOCK_FLAGS 0
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* --- text --- */
static int twotlp__hexdig(int c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The length of the valid UTF-8 sequence at s (n bytes left), or 0 if none starts there. */
static size_t twotlp__utf8_len(const unsigned char *s, size_t n) {
    unsigned c = s[0], need, i;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) return 1;
    if (c < 0xC2 || c > 0xF4) return 0;
    need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    if (n < need || s[1] < lo || s[1] > hi) return 0;
    for (i = 2; i < need; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    return need;
}

TWOTLP_API const char *twotlp_result_string(int result) {
    switch (result) {
#define TWOTLP__CASE(name, value, text) \
    case value: return text;
        TWOTLP_RESULT_LIST(TWOTLP__CASE)
#undef TWOTLP__CASE
    default: return "unknown result";
    }
}

/* --- endpoints --- */
typedef struct twotlp__endpoint {
    char url[1024];       /* as configured, for messages */
    char host[256];       /* name or address, without brackets */
    char port[8];
    char hostport[300];   /* the Host header */
    char path[1024];
    char *headers;        /* "Key: value\r\n..." */
    int timeout_ms;
    int gzip;
    int fd;               /* kept-alive connection, or -1 */
    int tls;              /* https:// */
    void *ssl_ctx;        /* SSL_CTX (TLS builds) */
    void *ssl;            /* the connection's SSL, or NULL */
    int failing;          /* the last export failed (log the recovery) */
    int hopeless;         /* the last connect failed in a way a retry within seconds will not fix
                             (refused, no route, no such host): not retried at shutdown */
    unsigned char logged[100]; /* final 4xx/5xx statuses already logged (status - 400) */
} twotlp__endpoint;

typedef struct twotlp__exp {
    twotlp__endpoint ep[2]; /* traces, metrics */
    char *resp;             /* response buffer */
    size_t resp_cap;
    unsigned char *zbuf;    /* compressed body */
    size_t zcap;
    uint64_t rng;
    char last_error[512];   /* why the last lost export was lost (one line) */
} twotlp__exp;

/* Parses http://host[:port][/path]. */
static int twotlp__parse_url(const char *url, twotlp__endpoint *ep) {
    const char *p = url, *h, *he, *pe;
    size_t n;
    if (strlen(url) >= sizeof ep->url) return TWOTLP_ERR_URL;
    strcpy(ep->url, url);
    ep->tls = strncasecmp(p, "https://", 8) == 0;
#ifndef TWOTLP_USE_OPENSSL
    if (ep->tls) return TWOTLP_ERR_TLS;
#endif
    if (!ep->tls && strncasecmp(p, "http://", 7) != 0) return TWOTLP_ERR_URL;
    p += ep->tls ? 8 : 7;
    pe = p + strcspn(p, "/?#");
    if (memchr(p, '@', (size_t)(pe - p))) return TWOTLP_ERR_URL; /* no user info */
    if (*p == '[') {
        h = p + 1;
        he = (const char *)memchr(h, ']', (size_t)(pe - h));
        if (!he) return TWOTLP_ERR_URL;
        p = he + 1;
    } else {
        h = p;
        he = p;
        while (he < pe && *he != ':') he++;
        p = he;
    }
    n = (size_t)(he - h);
    if (n == 0 || n >= sizeof ep->host) return TWOTLP_ERR_URL;
    memcpy(ep->host, h, n), ep->host[n] = 0;
    if (h > url && h[-1] == '[' && strspn(ep->host, "0123456789abcdefABCDEF:.") != n) return TWOTLP_ERR_URL; /* [IPv6] */
    for (n = 0; ep->host[n]; n++) {
        unsigned char c = (unsigned char)ep->host[n];
        if (c <= ' ' || c >= 0x7F || c == '%' || c == '\\' || c == '[' || c == ']') return TWOTLP_ERR_URL;
    }
    if (p < pe && *p == ':') {
        long port = 0;
        const char *d = ++p;
        if (d == pe || pe - d > 5) return TWOTLP_ERR_URL;
        for (; p < pe; p++) {
            if (*p < '0' || *p > '9') return TWOTLP_ERR_URL;
            port = port * 10 + (*p - '0');
        }
        if (port < 1 || port > 65535) return TWOTLP_ERR_URL;
        snprintf(ep->port, sizeof ep->port, "%ld", port);
    } else if (p != pe) {
        return TWOTLP_ERR_URL;
    } else {
        strcpy(ep->port, ep->tls ? "443" : "80");
    }
    {
        char hp[sizeof ep->hostport];
        int six = strchr(ep->host, ':') != NULL;
        snprintf(hp, sizeof hp, "%s%s%s:%s", six ? "[" : "", ep->host, six ? "]" : "", ep->port);
        memcpy(ep->hostport, hp, sizeof hp);
    }
    if (*pe == 0 || *pe == '#') {
        strcpy(ep->path, "/");
    } else {
        n = strcspn(pe, "#");
        if (*pe == '?') {
            if (n + 1 >= sizeof ep->path) return TWOTLP_ERR_URL;
            ep->path[0] = '/';
            memcpy(ep->path + 1, pe, n), ep->path[n + 1] = 0;
        } else {
            if (n >= sizeof ep->path) return TWOTLP_ERR_URL;
            memcpy(ep->path, pe, n), ep->path[n] = 0;
        }
    }
    for (n = 0; ep->path[n]; n++) {
        unsigned char c = (unsigned char)ep->path[n];
        if (c <= ' ' || c >= 0x7F) return TWOTLP_ERR_URL;
    }
    return TWOTLP_OK;
}

static const char *twotlp__env2(const char *signal_var, const char *general_var) {
    const char *v = getenv(signal_var);
    if (v && *v) return v;
    v = getenv(general_var);
    return v && *v ? v : NULL;
}

/* --- headers --- */
static int twotlp__tchar(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c && strchr("!#$%&'*+-.^_`|~", c));
}

/* Appends the headers of a "k=v,k=v" list to *out ("Key: value\r\n" each), replacing earlier ones
   with the same key. Fails on anything that could break the request: control characters (after
   percent-decoding), keys that are not HTTP tokens, and the headers the exporter writes itself. */
static int twotlp__add_headers(const char *list, char **out, const char *what) {
    static const char *const reserved[] = {"host", "content-length", "content-type", "content-encoding",
                                           "transfer-encoding", "connection", "user-agent", "te", "upgrade", "expect"};
    const char *p = list;
    while (p && *p) {
        const char *end = p + strcspn(p, ","), *eq = (const char *)memchr(p, '=', (size_t)(end - p));
        const char *ks = p, *ke, *vs, *ve;
        char key[256], val[4096];
        size_t kn, vn = 0, i;
        if (end == p || strspn(p, " \t") == (size_t)(end - p)) {
            p = *end ? end + 1 : end;
            continue;
        }
        if (!eq) {
            tw_log(TW_LOG_ERROR, "%s: \"%.*s\" is not key=value", what, (int)(end - p > 80 ? 80 : end - p), p);
            return TWOTLP_ERR_HEADERS;
        }
        while (ks < eq && (*ks == ' ' || *ks == '\t')) ks++;
        ke = eq;
        while (ke > ks && (ke[-1] == ' ' || ke[-1] == '\t')) ke--;
        kn = (size_t)(ke - ks);
        if (kn == 0 || kn >= sizeof key) {
            tw_log(TW_LOG_ERROR, "%s: empty or over-long header name", what);
            return TWOTLP_ERR_HEADERS;
        }
        for (i = 0; i < kn; i++) {
            if (!twotlp__tchar((unsigned char)ks[i])) {
                tw_log(TW_LOG_ERROR, "%s: header name \"%.*s\" has a character not allowed in HTTP header names", what, (int)kn, ks);
                return TWOTLP_ERR_HEADERS;
            }
            key[i] = ks[i];
        }
        key[kn] = 0;
        for (i = 0; i < sizeof reserved / sizeof reserved[0]; i++) {
            if (strcasecmp(key, reserved[i]) == 0) {
                tw_log(TW_LOG_ERROR, "%s: header %s is written by the exporter and cannot be set", what, key);
                return TWOTLP_ERR_HEADERS;
            }
        }
        vs = eq + 1, ve = end;
        while (vs < ve && (*vs == ' ' || *vs == '\t')) vs++;
        while (ve > vs && (ve[-1] == ' ' || ve[-1] == '\t')) ve--;
        for (; vs < ve; vs++) {
            int c = (unsigned char)*vs;
            if (c == '%' && ve - vs >= 3 && twotlp__hexdig(vs[1]) >= 0 && twotlp__hexdig(vs[2]) >= 0) {
                c = twotlp__hexdig(vs[1]) * 16 + twotlp__hexdig(vs[2]);
                vs += 2;
            }
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                tw_log(TW_LOG_ERROR, "%s: the value of header %s contains control character 0x%02x (CR, LF and the like are not allowed)",
                       what, key, c);
                return TWOTLP_ERR_HEADERS;
            }
            if (vn + 1 >= sizeof val) {
                tw_log(TW_LOG_ERROR, "%s: the value of header %s is longer than %zu bytes", what, key, sizeof val - 1);
                return TWOTLP_ERR_HEADERS;
            }
            val[vn++] = (char)c;
        }
        val[vn] = 0;
        {
            /* drop an earlier header with this key, then append */
            size_t old = *out ? strlen(*out) : 0, add = kn + vn + 4;
            char *o = *out, *line = o, *nb;
            while (line && *line) {
                char *eol = strstr(line, "\r\n");
                if ((size_t)(strchr(line, ':') - line) == kn && strncasecmp(line, key, kn) == 0) {
                    memmove(line, eol + 2, strlen(eol + 2) + 1);
                    old = strlen(o);
                    continue;
                }
                line = eol + 2;
            }
            nb = (char *)TWOTLP_REALLOC(o, old + add + 1);
            if (!nb) return TWOTLP_ERR_NOMEM;
            snprintf(nb + old, add + 1, "%s: %s\r\n", key, val);
            *out = nb;
        }
        p = *end ? end + 1 : end;
    }
    return TWOTLP_OK;
}

/* --- sockets --- */
/* Waits for fd to be ready for `events` until the deadline: 1 ready, 0 timed out, -1 error. */
static int twotlp__wait(int fd, short events, uint64_t deadline) {
    for (;;) {
        struct pollfd pf;
        uint64_t now = tw_monotonic_ms();
        int r;
        if (now >= deadline) return 0;
        pf.fd = fd, pf.events = events, pf.revents = 0;
        r = poll(&pf, 1, (int)(deadline - now > 1000 ? 1000 : deadline - now));
        if (r > 0) return (pf.revents & (events | POLLHUP | POLLERR)) ? 1 : -1;
        if (r < 0 && errno != EINTR) return -1;
    }
}

/* --- TLS (OpenSSL, with -DTWOTLP_USE_OPENSSL) --- */
#ifdef TWOTLP_USE_OPENSSL
/* OpenSSL writes with write(), which raises SIGPIPE on a connection the peer closed: the exporter
   thread blocks the signal around its TLS calls and takes a pending one back, so that the program
   never sees it. */
typedef struct twotlp__nopipe {
    sigset_t old;
    int pending_before;
} twotlp__nopipe;
static void twotlp__nopipe_begin(twotlp__nopipe *np) {
    sigset_t pipe_set, pend;
    sigemptyset(&pipe_set), sigaddset(&pipe_set, SIGPIPE);
    sigpending(&pend);
    np->pending_before = sigismember(&pend, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, &np->old);
}
static void twotlp__nopipe_end(twotlp__nopipe *np) {
    sigset_t pipe_set, pend;
    sigemptyset(&pipe_set), sigaddset(&pipe_set, SIGPIPE);
    sigpending(&pend);
    if (!np->pending_before && sigismember(&pend, SIGPIPE)) {
        struct timespec zero = {0, 0};
        while (sigtimedwait(&pipe_set, NULL, &zero) < 0 && errno == EINTR) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &np->old, NULL);
}

/* The last OpenSSL error as text. */
static void twotlp__ssl_error(char *out, size_t cap) {
    unsigned long e = ERR_get_error(), next;
    while ((next = ERR_get_error()) != 0) e = next; /* the last is the most specific */
    if (e) ERR_error_string_n(e, out, cap);
    else snprintf(out, cap, "%s", errno ? strerror(errno) : "connection closed during the handshake");
    ERR_clear_error();
}

/* The endpoint's TLS context: verification against ca (or the system's store), the client's
   certificate and key for mutual TLS. */
static int twotlp__tls_setup(twotlp__endpoint *ep, const char *ca, const char *cert, const char *key, const char *what) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    char err[256];
    if (!ctx) {
        twotlp__ssl_error(err, sizeof err);
        tw_log(TW_LOG_ERROR, "otlp: cannot set up TLS: %s", err);
        return TWOTLP_ERR_TLS_SETUP;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    if (ca && *ca ? SSL_CTX_load_verify_locations(ctx, ca, NULL) != 1 : SSL_CTX_set_default_verify_paths(ctx) != 1) {
        twotlp__ssl_error(err, sizeof err);
        tw_log(TW_LOG_ERROR, "otlp: %s: cannot load the certificate authorities %s%s%s: %s", what, ca && *ca ? "\"" : "",
               ca && *ca ? ca : "of the system", ca && *ca ? "\"" : "", err);
        SSL_CTX_free(ctx);
        return TWOTLP_ERR_TLS_SETUP;
    }
    if ((cert && *cert) != (key && *key)) {
        tw_log(TW_LOG_ERROR, "otlp: %s: mutual TLS needs both a client certificate and its key (OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE "
                             "and OTEL_EXPORTER_OTLP_CLIENT_KEY, or tracing.otlp_client_certificate and tracing.otlp_client_key)",
               what);
        SSL_CTX_free(ctx);
        return TWOTLP_ERR_TLS_SETUP;
    }
    if (cert && *cert) {
        if (SSL_CTX_use_certificate_chain_file(ctx, cert) != 1) {
            twotlp__ssl_error(err, sizeof err);
            tw_log(TW_LOG_ERROR, "otlp: %s: cannot load the client certificate \"%s\": %s", what, cert, err);
            SSL_CTX_free(ctx);
            return TWOTLP_ERR_TLS_SETUP;
        }
        if (SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1 || SSL_CTX_check_private_key(ctx) != 1) {
            twotlp__ssl_error(err, sizeof err);
            tw_log(TW_LOG_ERROR, "otlp: %s: cannot use the client key \"%s\" with certificate \"%s\": %s", what, key, cert, err);
            SSL_CTX_free(ctx);
            return TWOTLP_ERR_TLS_SETUP;
        }
    }
    ep->ssl_ctx = ctx;
    return TWOTLP_OK;
}

/* The handshake on the connected ep->fd, with the host name (or address) verified. */
static int twotlp__tls_connect(twotlp__endpoint *ep, uint64_t deadline, char *why, size_t whylen) {
    SSL *ssl = SSL_new((SSL_CTX *)ep->ssl_ctx);
    unsigned char addr[16];
    int is_ip = inet_pton(AF_INET, ep->host, addr) == 1 || inet_pton(AF_INET6, ep->host, addr) == 1;
    twotlp__nopipe np;
    if (!ssl) {
        snprintf(why, whylen, "TLS with %s: out of memory", ep->hostport);
        return TWOTLP_ERR_NOMEM;
    }
    SSL_set_fd(ssl, ep->fd);
    if (is_ip) X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), ep->host);
    else SSL_set1_host(ssl, ep->host), SSL_set_tlsext_host_name(ssl, ep->host);
    twotlp__nopipe_begin(&np);
    for (;;) {
        int r = SSL_connect(ssl), e, w;
        if (r == 1) break;
        e = SSL_get_error(ssl, r);
        if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) {
            w = twotlp__wait(ep->fd, e == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, deadline);
            if (w > 0) continue;
            twotlp__nopipe_end(&np);
            SSL_free(ssl);
            snprintf(why, whylen, "TLS handshake with %s: %s", ep->hostport, w == 0 ? "no answer in time" : "connection failed");
            return w == 0 ? TWOTLP_ERR_TIMEOUT : TWOTLP_ERR_IO;
        }
        twotlp__nopipe_end(&np);
        {
            long v = SSL_get_verify_result(ssl);
            char err[256];
            if (v != X509_V_OK) {
                snprintf(why, whylen, "TLS with %s: the collector's certificate did not verify: %s%s", ep->hostport,
                         X509_verify_cert_error_string(v),
                         v == X509_V_ERR_HOSTNAME_MISMATCH || v == X509_V_ERR_IP_ADDRESS_MISMATCH
                             ? " (the certificate is for another name than the endpoint's host)"
                             : " (is OTEL_EXPORTER_OTLP_CERTIFICATE / tracing.otlp_certificate the CA that signed it?)");
                ERR_clear_error();
                SSL_free(ssl);
                return TWOTLP_ERR_TLS_VERIFY;
            }
            twotlp__ssl_error(err, sizeof err);
            snprintf(why, whylen, "TLS handshake with %s failed: %s", ep->hostport, err);
        }
        SSL_free(ssl);
        return TWOTLP_ERR_IO;
    }
    twotlp__nopipe_end(&np);
    ep->ssl = ssl;
    return TWOTLP_OK;
}
#endif

static void twotlp__close(twotlp__endpoint *ep) {
#ifdef TWOTLP_USE_OPENSSL
    if (ep->ssl) {
        twotlp__nopipe np;
        twotlp__nopipe_begin(&np);
        SSL_shutdown((SSL *)ep->ssl); /* close_notify, without waiting for the answer */
        twotlp__nopipe_end(&np);
        SSL_free((SSL *)ep->ssl);
        ep->ssl = NULL;
    }
#endif
    if (ep->fd >= 0) close(ep->fd);
    ep->fd = -1;
}

/* One send or receive on the connection, plain or TLS: bytes moved (> 0), 0 at the end of the
   stream (receive), or -1 with *wait set to POLLIN/POLLOUT when it must wait, 0 on an error. */
static long twotlp__io(twotlp__endpoint *ep, int fd, int sending, void *p, size_t n, short *wait) {
    long k;
    *wait = 0;
#ifdef TWOTLP_USE_OPENSSL
    if (ep && ep->ssl) {
        SSL *ssl = (SSL *)ep->ssl;
        twotlp__nopipe np;
        int e;
        if (n > 1 << 30) n = 1 << 30;
        twotlp__nopipe_begin(&np);
        k = sending ? SSL_write(ssl, p, (int)n) : SSL_read(ssl, p, (int)n);
        e = k > 0 ? SSL_ERROR_NONE : SSL_get_error(ssl, (int)k);
        twotlp__nopipe_end(&np);
        if (k > 0) return k;
        if (e == SSL_ERROR_WANT_READ) return *wait = POLLIN, -1;
        if (e == SSL_ERROR_WANT_WRITE) return *wait = POLLOUT, -1;
        ERR_clear_error();
        if (!sending && (e == SSL_ERROR_ZERO_RETURN || (e == SSL_ERROR_SYSCALL && errno == 0))) return 0;
        if (errno == 0) errno = ECONNRESET;
        return -1;
    }
#endif
    (void)ep;
    k = sending ? (long)send(fd, p, n, TWOTLP__SEND_FLAGS) : (long)recv(fd, p, n, 0);
    if (k >= 0) return k;
    if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) *wait = sending ? POLLOUT : POLLIN;
    return -1;
}

static int twotlp__connect(twotlp__endpoint *ep, uint64_t deadline, char *why, size_t whylen) {
    struct addrinfo hints, *res = NULL, *ai;
    int r, last = 0;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM; /* no AI_ADDRCONFIG: with only loopback up it can hide localhost */
    ep->hopeless = 0;
    r = getaddrinfo(ep->host, ep->port, &hints, &res);
    if (r != 0) {
        snprintf(why, whylen, "cannot resolve %s: %s", ep->host, gai_strerror(r));
        ep->hopeless = r != EAI_AGAIN;
        return TWOTLP_ERR_CONNECT;
    }
    for (ai = res; ai; ai = ai->ai_next) {
        int fd = socket(ai->ai_family, ai->ai_socktype | TWOTLP__SOCK_FLAGS, ai->ai_protocol), one = 1, w;
        if (fd < 0) {
            last = errno;
            continue;
        }
#if !defined(SOCK_CLOEXEC)
        fcntl(fd, F_SETFD, FD_CLOEXEC);
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
#endif
#ifdef SO_NOSIGPIPE
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#endif
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
            ep->fd = fd;
            freeaddrinfo(res);
            return TWOTLP_OK;
        }
        if (errno == EINPROGRESS && (w = twotlp__wait(fd, POLLOUT, deadline)) == 1) {
            int err = 0;
            socklen_t el = sizeof err;
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el);
            if (err == 0) {
                ep->fd = fd;
                freeaddrinfo(res);
                return TWOTLP_OK;
            }
            last = err;
        } else {
            last = errno == EINPROGRESS ? ETIMEDOUT : errno;
        }
        close(fd);
    }
    freeaddrinfo(res);
    if (!last) last = ECONNREFUSED;
    ep->hopeless = last == ECONNREFUSED || last == ENETUNREACH || last == EHOSTUNREACH;
    snprintf(why, whylen, "cannot connect to %s: %s%s", ep->hostport, strerror(last),
             last == ECONNREFUSED ? " (nothing listens there: is the OpenTelemetry Collector running?)" : "");
    return TWOTLP_ERR_CONNECT;
}

static int twotlp__send_all(twotlp__endpoint *ep, const char *p, size_t n, uint64_t deadline) {
    while (n) {
        short wait;
        long w = twotlp__io(ep, ep->fd, 1, (void *)(uintptr_t)p, n, &wait);
        if (w > 0) {
            p += w, n -= (size_t)w;
        } else if (wait) {
            int r = twotlp__wait(ep->fd, wait, deadline);
            if (r == 0) return TWOTLP_ERR_TIMEOUT;
            if (r < 0) return TWOTLP_ERR_IO;
        } else {
            return TWOTLP_ERR_IO;
        }
    }
    return TWOTLP_OK;
}

/* --- responses --- */
/* A response as read: what the exporter needs of it. The body is kept up to TWOTLP__BODY_KEEP
   bytes (for messages); the rest is read and discarded. */
#define TWOTLP__HEAD_MAX 16384
#define TWOTLP__BODY_KEEP 65536
#define TWOTLP__BODY_MAX ((size_t)64 << 20)
typedef struct twotlp__resp {
    int status;
    int close;            /* the server closes the connection after this response */
    long retry_after_ms;  /* -1 if none */
    char *body;           /* kept part, NUL-terminated */
    size_t body_len;
} twotlp__resp;

/* A buffered reader over the socket. */
typedef struct twotlp__rd {
    int fd;
    twotlp__endpoint *ep; /* for TLS; NULL reads the socket as it is */
    uint64_t deadline;
    char buf[8192];
    size_t at, n;
    int eof;
} twotlp__rd;

static int twotlp__fill(twotlp__rd *r) {
    for (;;) {
        long k;
        short wait;
        if (r->at < r->n) return TWOTLP_OK;
        if (r->eof) return TWOTLP_ERR_IO;
        if (tw_monotonic_ms() >= r->deadline) return TWOTLP_ERR_TIMEOUT; /* an endless answer that never pauses, too */
        k = twotlp__io(r->ep, r->fd, 0, r->buf, sizeof r->buf, &wait);
        if (k > 0) {
            r->at = 0, r->n = (size_t)k;
            return TWOTLP_OK;
        }
        if (k == 0) {
            r->eof = 1;
            return TWOTLP_ERR_IO;
        }
        if (wait) {
            int w = twotlp__wait(r->fd, wait, r->deadline);
            if (w == 0) return TWOTLP_ERR_TIMEOUT;
            if (w < 0) return TWOTLP_ERR_IO;
            continue;
        }
        if (errno == ECONNRESET) r->eof = 1; /* closed by the peer, as far as a reused connection goes */
        return TWOTLP_ERR_IO;
    }
}

/* One line without its CRLF (a bare LF is accepted) into line (cap bytes); PROTOCOL if longer. */
static int twotlp__line(twotlp__rd *r, char *line, size_t cap, size_t *len) {
    size_t n = 0;
    for (;;) {
        int e = twotlp__fill(r);
        char c;
        if (e) return e;
        c = r->buf[r->at++];
        if (c == '\n') break;
        if (n + 1 >= cap) return TWOTLP_ERR_PROTOCOL;
        line[n++] = c;
    }
    if (n && line[n - 1] == '\r') n--;
    line[n] = 0;
    *len = n;
    return TWOTLP_OK;
}

/* Reads n body bytes (n = (size_t)-1: until the connection closes), keeping the first ones. */
static int twotlp__body(twotlp__rd *r, twotlp__resp *resp, twotlp__exp *x, size_t n, size_t *total) {
    int until_close = n == (size_t)-1;
    while (n) {
        size_t k;
        int e = twotlp__fill(r);
        if (e == TWOTLP_ERR_IO && until_close && r->eof) return TWOTLP_OK;
        if (e) return e;
        k = r->n - r->at;
        if (!until_close && k > n) k = n;
        if (resp->body_len < TWOTLP__BODY_KEEP) {
            size_t keep = TWOTLP__BODY_KEEP - resp->body_len < k ? TWOTLP__BODY_KEEP - resp->body_len : k;
            memcpy(x->resp + resp->body_len, r->buf + r->at, keep);
            resp->body_len += keep;
            x->resp[resp->body_len] = 0;
        }
        r->at += k;
        if (!until_close) n -= k;
        *total += k;
        if (*total > TWOTLP__BODY_MAX) return TWOTLP_ERR_PROTOCOL;
    }
    return TWOTLP_OK;
}

/* Retry-After: delay-seconds or an HTTP date (IMF-fixdate, as servers send it). */
static long twotlp__retry_after(const char *v) {
    static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char wd[4], m[4];
    int d, y, hh, mm, ss, i;
    while (*v == ' ' || *v == '\t') v++;
    if (*v >= '0' && *v <= '9') {
        long s = 0;
        for (; *v >= '0' && *v <= '9'; v++)
            if (s < 86400) s = s * 10 + (*v - '0');
        return s >= 86400 ? 86400000 : s * 1000;
    }
    /* the fields are checked before any arithmetic: no value a server sends can overflow it */
    if (sscanf(v, "%3s, %d %3s %d %d:%d:%d GMT", wd, &d, m, &y, &hh, &mm, &ss) == 7 && d >= 1 && d <= 31 && y >= 1970 &&
        y <= 9999 && hh >= 0 && hh <= 23 && mm >= 0 && mm <= 59 && ss >= 0 && ss <= 60) {
        for (i = 0; i < 12; i++) {
            if (strcmp(m, mon[i]) == 0) {
                /* days from civil (proleptic Gregorian) */
                long yy = y - (i < 2), era = yy / 400, yoe = yy - era * 400;
                long doy = (153 * (i + (i < 2 ? 9 : -3)) + 2) / 5 + d - 1, doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
                long long t = (long long)(era * 146097 + doe - 719468) * 86400 + hh * 3600 + mm * 60 + ss;
                long long now = (long long)time(NULL), wait = t - now;
                return wait <= 0 ? 0 : wait >= 86400 ? 86400000 : (long)(wait * 1000);
            }
        }
    }
    return -1;
}

/* Reads one response (skipping 1xx ones). */
static int twotlp__read_response(twotlp__exp *x, twotlp__rd *r, twotlp__resp *resp) {
    char line[TWOTLP__HEAD_MAX];
    for (;;) {
        size_t len, head = 0, clen = (size_t)-1, total = 0;
        int chunked = 0, minor, e, keep = 0;
        resp->status = 0, resp->close = 0, resp->retry_after_ms = -1, resp->body_len = 0, x->resp[0] = 0;
        if ((e = twotlp__line(r, line, sizeof line, &len)) != 0) return e;
        if (len < 12 || strncmp(line, "HTTP/1.", 7) != 0 || (line[7] != '0' && line[7] != '1') || line[8] != ' ' ||
            !isdigit((unsigned char)line[9]) || !isdigit((unsigned char)line[10]) || !isdigit((unsigned char)line[11]) ||
            (len > 12 && line[12] != ' '))
            return TWOTLP_ERR_PROTOCOL;
        minor = line[7] - '0';
        resp->status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
        if (resp->status < 100) return TWOTLP_ERR_PROTOCOL;
        for (;;) {
            char *colon, *v, *ve;
            if ((e = twotlp__line(r, line, sizeof line, &len)) != 0) return e == TWOTLP_ERR_IO ? TWOTLP_ERR_PROTOCOL : e;
            if (len == 0) break;
            head += len;
            if (head > TWOTLP__HEAD_MAX) return TWOTLP_ERR_PROTOCOL;
            colon = strchr(line, ':');
            if (!colon || colon == line) return TWOTLP_ERR_PROTOCOL;
            *colon = 0;
            v = colon + 1;
            while (*v == ' ' || *v == '\t') v++;
            ve = v + strlen(v);
            while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t')) *--ve = 0;
            if (strcasecmp(line, "content-length") == 0) {
                size_t c = 0;
                if (!*v || clen != (size_t)-1) return TWOTLP_ERR_PROTOCOL;
                for (; *v; v++) {
                    if (*v < '0' || *v > '9' || c > TWOTLP__BODY_MAX) return TWOTLP_ERR_PROTOCOL;
                    c = c * 10 + (size_t)(*v - '0');
                }
                clen = c;
            } else if (strcasecmp(line, "transfer-encoding") == 0) {
                if (strcasecmp(v, "chunked") != 0) return TWOTLP_ERR_PROTOCOL; /* nothing else is sent to a client here */
                chunked = 1;
            } else if (strcasecmp(line, "connection") == 0) {
                if (strstr(v, "close") || strstr(v, "Close")) resp->close = 1;
                if (strstr(v, "keep-alive") || strstr(v, "Keep-Alive")) keep = 1;
            } else if (strcasecmp(line, "retry-after") == 0) {
                resp->retry_after_ms = twotlp__retry_after(v);
            }
        }
        if (minor == 0 && !keep) resp->close = 1;
        if (resp->status >= 100 && resp->status < 200) continue; /* 100 Continue and the like */
        if (resp->status == 204 || resp->status == 304) return TWOTLP_OK;
        if (chunked) {
            for (;;) {
                size_t sz = 0;
                char *p;
                if ((e = twotlp__line(r, line, 256, &len)) != 0) return e == TWOTLP_ERR_IO ? TWOTLP_ERR_PROTOCOL : e;
                for (p = line; twotlp__hexdig(*p) >= 0; p++) {
                    if (sz > TWOTLP__BODY_MAX) return TWOTLP_ERR_PROTOCOL;
                    sz = sz * 16 + (size_t)twotlp__hexdig(*p);
                }
                if (p == line || (*p && *p != ';' && *p != ' ' && *p != '\t')) return TWOTLP_ERR_PROTOCOL;
                if (sz == 0) {
                    do { /* trailers */
                        if ((e = twotlp__line(r, line, sizeof line, &len)) != 0) return e == TWOTLP_ERR_IO ? TWOTLP_ERR_PROTOCOL : e;
                    } while (len);
                    break;
                }
                if ((e = twotlp__body(r, resp, x, sz, &total)) != 0) return e == TWOTLP_ERR_IO ? TWOTLP_ERR_PROTOCOL : e;
                if ((e = twotlp__line(r, line, 8, &len)) != 0 || len != 0) return e == TWOTLP_ERR_TIMEOUT ? e : TWOTLP_ERR_PROTOCOL;
            }
        } else if (clen != (size_t)-1) {
            if ((e = twotlp__body(r, resp, x, clen, &total)) != 0) return e == TWOTLP_ERR_IO ? TWOTLP_ERR_PROTOCOL : e;
        } else {
            resp->close = 1;
            if ((e = twotlp__body(r, resp, x, (size_t)-1, &total)) != 0) return e;
        }
        if (r->at < r->n) resp->close = 1; /* bytes nobody asked for: do not reuse this connection */
        return TWOTLP_OK;
    }
}

/* --- one request --- */
static uint64_t twotlp__rand(twotlp__exp *x) {
    x->rng ^= x->rng << 13, x->rng ^= x->rng >> 7, x->rng ^= x->rng << 17;
    return x->rng;
}

/* POSTs body to the endpoint (reconnecting once at once if a kept-alive connection turns out
   closed) and reads the answer. */
static int twotlp__post(twotlp__exp *x, twotlp__endpoint *ep, const char *body, size_t len, uint64_t deadline,
                        twotlp__resp *resp, char *why, size_t whylen) {
    char head[8192];
    int attempt, n;
    n = snprintf(head, sizeof head,
                 "POST %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: twtrace/" TWTRACE_VERSION " (twotlp_http.h " TWOTLP_VERSION
                 ")\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n%s%s\r\n",
                 ep->path, ep->hostport, len, ep->gzip ? "Content-Encoding: gzip\r\n" : "", ep->headers ? ep->headers : "");
    if (n < 0 || (size_t)n >= sizeof head) {
        snprintf(why, whylen, "request head over %zu bytes (too many OTLP headers)", sizeof head);
        return TWOTLP_ERR_HEADERS;
    }
    for (attempt = 0; attempt < 2; attempt++) {
        int reused = ep->fd >= 0, e;
        twotlp__rd *rd;
        if (!reused && (e = twotlp__connect(ep, deadline, why, whylen)) != 0) return e;
#ifdef TWOTLP_USE_OPENSSL
        if (!reused && ep->tls && (e = twotlp__tls_connect(ep, deadline, why, whylen)) != 0) {
            twotlp__close(ep);
            return e;
        }
#endif
        e = twotlp__send_all(ep, head, (size_t)n, deadline);
        if (!e) e = twotlp__send_all(ep, body, len, deadline);
        if (e) {
            twotlp__close(ep);
            if (reused && e == TWOTLP_ERR_IO) continue; /* the server closed the idle connection */
            snprintf(why, whylen, "%s while sending to %s", e == TWOTLP_ERR_TIMEOUT ? "timed out" : strerror(errno), ep->hostport);
            return e;
        }
        rd = (twotlp__rd *)TWOTLP_MALLOC(sizeof *rd);
        if (!rd) {
            twotlp__close(ep);
            return TWOTLP_ERR_NOMEM;
        }
        rd->fd = ep->fd, rd->ep = ep, rd->deadline = deadline, rd->at = rd->n = 0, rd->eof = 0;
        e = twotlp__read_response(x, rd, resp);
        if (e == TWOTLP_ERR_IO && reused && rd->n == 0 && rd->eof) {
            /* closed before answering a reused connection: the request was not seen */
            TWOTLP_FREE(rd);
            twotlp__close(ep);
            continue;
        }
        TWOTLP_FREE(rd);
        if (e || resp->close) twotlp__close(ep);
        if (e) {
            snprintf(why, whylen, "%s from %s", e == TWOTLP_ERR_TIMEOUT ? "no answer in time" : e == TWOTLP_ERR_PROTOCOL ? "a malformed HTTP response" : "connection lost before the answer", ep->hostport);
            return e;
        }
        return TWOTLP_OK;
    }
    snprintf(why, whylen, "connection to %s closed twice before an answer", ep->hostport);
    return TWOTLP_ERR_IO;
}

/* --- messages --- */
/* Text from a server, made safe for one log line: at most max bytes of it, trailing white space
   dropped, control characters and invalid UTF-8 escaped (\n, \r, \t, \xHH), the length given when
   cut. out gets at most cap bytes with its NUL. */
static void twotlp__clean(char *out, size_t cap, const char *s, size_t n, size_t max) {
    size_t i = 0, o = 0, total = n;
    static const char hx[] = "0123456789abcdef";
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    total = n;
    if (n > max) n = max;
    if (!cap) return;
    while (i < n && o + 5 < cap) {
        unsigned char c = (unsigned char)s[i];
        size_t l = c >= 0x80 ? twotlp__utf8_len((const unsigned char *)s + i, n - i) : 1;
        if (c >= 0x20 && c < 0x7F) {
            out[o++] = (char)c, i++;
        } else if (c >= 0x80 && l) {
            if (o + l + 1 >= cap) break;
            memcpy(out + o, s + i, l), o += l, i += l;
        } else {
            out[o++] = '\\';
            if (c == '\n') out[o++] = 'n';
            else if (c == '\r') out[o++] = 'r';
            else if (c == '\t') out[o++] = 't';
            else out[o++] = 'x', out[o++] = hx[c >> 4], out[o++] = hx[c & 15];
            i++;
        }
    }
    out[o] = 0;
    if (i < total) snprintf(out + o, cap - o, "... (%zu bytes)", total);
}

/* --- partialSuccess --- */
/* Logs {"partialSuccess":{"rejectedSpans":"N","errorMessage":"..."}} if N > 0 or there is a message. */
static void twotlp__partial(const char *body, const char *what) {
    const char *p = strstr(body, "\"partialSuccess\""), *r, *m;
    long long rejected = 0;
    if (!p) return;
    r = strstr(p, what);
    if (r) {
        r += strlen(what);
        while (*r == '"' || *r == ':' || *r == ' ') r++;
        rejected = strtoll(r, NULL, 10);
    }
    m = strstr(p, "\"errorMessage\"");
    if (m) {
        m += 14;
        while (*m == ':' || *m == ' ') m++;
    }
    if (rejected > 0 || (m && *m == '"' && m[1] != '"')) {
        char msg[400];
        twotlp__clean(msg, sizeof msg, m ? m : "(none)", m ? strlen(m) : 6, 300);
        tw_log(TW_LOG_WARN, "otlp: the collector accepted part of an export: %lld %s, message: %s", rejected, what + 1, msg);
    }
}

/* --- export --- */
static void twotlp__sleep_ms(uint64_t ms) {
    struct timespec ts;
    ts.tv_sec = (time_t)(ms / 1000), ts.tv_nsec = (long)(ms % 1000) * 1000000L;
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

static const unsigned char *twotlp__compress(twotlp__exp *x, const char *body, size_t *len) {
#ifdef TWOTLP_USE_ZLIB
    z_stream z;
    size_t need = *len + *len / 1000 + 64;
    if (x->zcap < need) {
        unsigned char *nb = (unsigned char *)TWOTLP_REALLOC(x->zbuf, need);
        if (!nb) return NULL;
        x->zbuf = nb, x->zcap = need;
    }
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return NULL;
    z.next_in = (Bytef *)(uintptr_t)body, z.avail_in = (uInt)*len;
    z.next_out = x->zbuf, z.avail_out = (uInt)x->zcap;
    if (deflate(&z, Z_FINISH) != Z_STREAM_END) {
        deflateEnd(&z);
        return NULL;
    }
    *len = z.total_out;
    deflateEnd(&z);
    return x->zbuf;
#else
    (void)x, (void)body, (void)len;
    return NULL;
#endif
}

/* Keeps why an export was lost, for the shutdown report. */
static void twotlp__lost(twotlp__exp *x, const char *why) {
    size_t n = strlen(why);
    if (n >= sizeof x->last_error) n = sizeof x->last_error - 1;
    memcpy(x->last_error, why, n);
    x->last_error[n] = 0;
}

/* Delivers one body with retries; 0 when delivered (or accepted in part), -1 when lost. */
static int twotlp__export(twotlp__exp *x, int sig, const char *json, size_t len, size_t count) {
    twotlp__endpoint *ep = &x->ep[sig];
    uint64_t start = tw_monotonic_ms(), deadline = start + (uint64_t)ep->timeout_ms, backoff = 100;
    const char *body = json;
    char why[2048] = "", what[48];
    int attempt;
    if (sig) snprintf(what, sizeof what, "this metrics export");
    else snprintf(what, sizeof what, "%zu span%s", count, count == 1 ? "" : "s");
    if (ep->gzip) {
        body = (const char *)twotlp__compress(x, json, &len);
        if (!body) {
            tw_log(TW_LOG_ERROR, "otlp: gzip compression failed; %s lost", what);
            return -1;
        }
    }
    for (attempt = 1;; attempt++) {
        twotlp__resp resp;
        uint64_t give_up = tw_export_give_up_ms(), now, wait;
        int e, retry;
        if (give_up && give_up < deadline) deadline = give_up;
        e = twotlp__post(x, ep, body, len, deadline, &resp, why, sizeof why);
        if (!e && resp.status >= 200 && resp.status < 300) {
            if (ep->failing) tw_log(TW_LOG_INFO, "otlp: %s reachable again", ep->url);
            ep->failing = 0;
            twotlp__partial(x->resp, sig ? "\"rejectedDataPoints\"" : "\"rejectedSpans\"");
            return 0;
        }
        retry = e ? (e != TWOTLP_ERR_NOMEM && e != TWOTLP_ERR_HEADERS && e != TWOTLP_ERR_TLS_VERIFY)
                  : (resp.status == 429 || resp.status == 502 || resp.status == 503 || resp.status == 504);
        if (!e) {
            char said[400];
            twotlp__clean(said, sizeof said, x->resp, resp.body_len, 300);
            snprintf(why, sizeof why, "HTTP %d from %.1023s: %s", resp.status, ep->url, said[0] ? said : "(no message)");
            if (!retry) {
                int k = resp.status - 400;
                if (k < 0 || k >= 100 || !ep->logged[k])
                    tw_log(TW_LOG_ERROR, "otlp: %s; %s not retried (status %d is final)", why, what,
                           resp.status);
                if (k >= 0 && k < 100) ep->logged[k] = 1;
                ep->failing = 1;
                twotlp__lost(x, why);
                return -1;
            }
        }
        if (!retry) { /* out of memory, headers too long for a request, a certificate that does not verify:
                         trying again cannot help (said once until an export succeeds again) */
            if (!ep->failing || e != TWOTLP_ERR_TLS_VERIFY)
                tw_log(TW_LOG_ERROR, "otlp: %s; %s lost%s", why[0] ? why : twotlp_result_string(e), what,
                       e == TWOTLP_ERR_TLS_VERIFY ? " (and every export until it verifies; said once)" : "");
            ep->failing = 1;
            twotlp__lost(x, why[0] ? why : twotlp_result_string(e));
            return -1;
        }
        if (e == TWOTLP_ERR_CONNECT && ep->hopeless && give_up) {
            /* shutting down: a refused connection will not be accepted in time; the shutdown
               report names the loss and this reason */
            ep->failing = 1;
            twotlp__lost(x, why);
            return -1;
        }
        now = tw_monotonic_ms();
        wait = backoff / 2 + twotlp__rand(x) % (backoff / 2 + 1); /* jitter: half to all of the backoff */
        if (!e && resp.retry_after_ms >= 0) wait = (uint64_t)resp.retry_after_ms;
        if (now + wait >= deadline) {
            tw_log(TW_LOG_ERROR, "otlp: %s; giving up after %d attempt%s in %llu ms: %s lost", why, attempt, attempt > 1 ? "s" : "",
                   (unsigned long long)(now - start), what);
            ep->failing = 1;
            twotlp__lost(x, why);
            return -1;
        }
        if (!ep->failing && attempt == 1) tw_log(TW_LOG_WARN, "otlp: %s; retrying", why);
        ep->failing = 1;
        while (wait) { /* in slices, so that a shutdown is noticed */
            uint64_t slice = wait > 50 ? 50 : wait;
            twotlp__sleep_ms(slice);
            wait -= slice;
            give_up = tw_export_give_up_ms();
            /* a shutdown began: a refused connection is tried once more at once (and then given
               up), anything else waits no longer than the shutdown's deadline */
            if (give_up && (ep->hopeless || tw_monotonic_ms() >= give_up)) break;
        }
        if (backoff < 5000) backoff *= 2;
    }
}

static int twotlp__export_traces(void *ctx, const char *json, size_t len, size_t nspans) {
    return twotlp__export((twotlp__exp *)ctx, 0, json, len, nspans);
}
static int twotlp__export_metrics(void *ctx, const char *json, size_t len) {
    return twotlp__export((twotlp__exp *)ctx, 1, json, len, 0);
}
static const char *twotlp__last_error(void *ctx) { return ((twotlp__exp *)ctx)->last_error; }
static void twotlp__destroy(void *ctx) {
    twotlp__exp *x = (twotlp__exp *)ctx;
    int i;
    if (!x) return;
    for (i = 0; i < 2; i++) {
        twotlp__close(&x->ep[i]), TWOTLP_FREE(x->ep[i].headers);
#ifdef TWOTLP_USE_OPENSSL
        if (x->ep[i].ssl_ctx) SSL_CTX_free((SSL_CTX *)x->ep[i].ssl_ctx);
#endif
    }
    TWOTLP_FREE(x->resp), TWOTLP_FREE(x->zbuf), TWOTLP_FREE(x);
}

/* --- construction --- */
static int twotlp__setup(twotlp__exp *x, int sig, const tw_config *cfg) {
    static const char *const SIG[2] = {"TRACES", "METRICS"}, *const PATH[2] = {"v1/traces", "v1/metrics"};
    twotlp__endpoint *ep = &x->ep[sig];
    char var[64], gvar[64], url[1100];
    const char *v, *src;
    int r;
    ep->fd = -1;
    /* endpoint */
    snprintf(var, sizeof var, "OTEL_EXPORTER_OTLP_%s_ENDPOINT", SIG[sig]);
    if ((v = getenv(var)) != NULL && *v) {
        src = var;
        snprintf(url, sizeof url, "%s", v);
    } else {
        const char *base = getenv("OTEL_EXPORTER_OTLP_ENDPOINT");
        size_t bl;
        src = base && *base ? "OTEL_EXPORTER_OTLP_ENDPOINT" : "tracing.endpoint";
        if (!base || !*base) base = cfg->endpoint && *cfg->endpoint ? cfg->endpoint : "http://localhost:4318";
        bl = strlen(base);
        snprintf(url, sizeof url, "%s%s%s", base, bl && base[bl - 1] == '/' ? "" : "/", PATH[sig]);
        while (bl && base[bl - 1] == '/') bl--;
        if (sig == 0) {
            int k;
            for (k = 0; k < 2; k++) {
                size_t pl = strlen(PATH[k]);
                if (bl > pl && memcmp(base + bl - pl, PATH[k], pl) == 0 && base[bl - pl - 1] == '/')
                    tw_log(TW_LOG_WARN, "otlp: %s \"%s\" ends in /%s, but it is a base URL to which /v1/traces and /v1/metrics are "
                                        "appended (traces go to %s): give the base (http://host:4318), or a full URL in "
                                        "OTEL_EXPORTER_OTLP_%s_ENDPOINT",
                           src, base, PATH[k], url, SIG[k]);
            }
        }
    }
    if ((r = twotlp__parse_url(url, ep)) != 0) {
        tw_log(TW_LOG_ERROR, "otlp: %s \"%s\": %s", src, url, twotlp_result_string(r));
        return r;
    }
    if (strcmp(ep->port, "4317") == 0)
        tw_log(TW_LOG_WARN, "otlp: %s \"%s\" uses port 4317, the OTLP/gRPC port; this exporter speaks OTLP/HTTP, whose port is 4318", src, url);
    /* headers: the general list, then the signal's (its keys win) */
    v = getenv("OTEL_EXPORTER_OTLP_HEADERS");
    if ((r = twotlp__add_headers(v ? v : cfg->otlp_headers, &ep->headers,
                                 v ? "OTEL_EXPORTER_OTLP_HEADERS" : "tracing.otlp_headers")) != 0)
        return r;
    snprintf(var, sizeof var, "OTEL_EXPORTER_OTLP_%s_HEADERS", SIG[sig]);
    if ((v = getenv(var)) != NULL && (r = twotlp__add_headers(v, &ep->headers, var)) != 0) return r;
    /* timeout */
    snprintf(var, sizeof var, "OTEL_EXPORTER_OTLP_%s_TIMEOUT", SIG[sig]);
    v = twotlp__env2(var, "OTEL_EXPORTER_OTLP_TIMEOUT");
    ep->timeout_ms = cfg->otlp_timeout_ms > 0 ? cfg->otlp_timeout_ms : 10000;
    if (v) {
        char *end;
        long t = strtol(v, &end, 10);
        if (end == v || *end || t <= 0 || t > 3600000) {
            tw_log(TW_LOG_ERROR, "otlp: timeout \"%s\": %s (at most 3600000)", v, twotlp_result_string(TWOTLP_ERR_TIMEOUT_VALUE));
            return TWOTLP_ERR_TIMEOUT_VALUE;
        }
        ep->timeout_ms = (int)t;
    }
    /* the batch processor's bound on one export (OTEL_BSP_EXPORT_TIMEOUT) holds too */
    if (cfg->export_timeout_ms > 0 && cfg->export_timeout_ms < ep->timeout_ms) ep->timeout_ms = cfg->export_timeout_ms;
    /* compression */
    snprintf(gvar, sizeof gvar, "OTEL_EXPORTER_OTLP_%s_COMPRESSION", SIG[sig]);
    v = twotlp__env2(gvar, "OTEL_EXPORTER_OTLP_COMPRESSION");
    if (!v) v = cfg->otlp_compression && *cfg->otlp_compression ? cfg->otlp_compression : "none";
    if (strcmp(v, "gzip") == 0) {
#ifdef TWOTLP_USE_ZLIB
        ep->gzip = 1;
#else
        tw_log(TW_LOG_ERROR, "otlp: compression \"gzip\" needs zlib: build with -DTWOTLP_USE_ZLIB and -lz, or set compression to none");
        return TWOTLP_ERR_COMPRESSION;
#endif
    } else if (strcmp(v, "none") != 0) {
        tw_log(TW_LOG_ERROR, "otlp: compression \"%s\": %s", v, twotlp_result_string(TWOTLP_ERR_COMPRESSION));
        return TWOTLP_ERR_COMPRESSION;
    }
    /* TLS: the CA file, and the client's certificate and key for mutual TLS */
    if (ep->tls) {
#ifdef TWOTLP_USE_OPENSSL
        static const char *const K[3] = {"CERTIFICATE", "CLIENT_CERTIFICATE", "CLIENT_KEY"};
        const char *val[3], *from[3];
        char names[3][64];
        int k;
        for (k = 0; k < 3; k++) {
            snprintf(var, sizeof var, "OTEL_EXPORTER_OTLP_%s_%s", SIG[sig], K[k]);
            snprintf(gvar, sizeof gvar, "OTEL_EXPORTER_OTLP_%s", K[k]);
            val[k] = getenv(var), from[k] = var;
            if (!val[k] || !*val[k]) val[k] = getenv(gvar), from[k] = gvar;
            if (!val[k] || !*val[k]) {
                val[k] = k == 0 ? cfg->otlp_certificate : k == 1 ? cfg->otlp_client_certificate : cfg->otlp_client_key;
                from[k] = k == 0 ? "tracing.otlp_certificate" : k == 1 ? "tracing.otlp_client_certificate" : "tracing.otlp_client_key";
            }
            snprintf(names[k], sizeof names[k], "%s", from[k]);
        }
        if ((r = twotlp__tls_setup(ep, val[0], val[1], val[2], val[0] && *val[0] ? names[0] : val[1] && *val[1] ? names[1] : "TLS")) != 0)
            return r;
#else
        return TWOTLP_ERR_TLS;
#endif
    }
    return TWOTLP_OK;
}

TWOTLP_API int twotlp_create(const tw_config *cfg, tw_exporter *out) {
    twotlp__exp *x = (twotlp__exp *)TWOTLP_MALLOC(sizeof *x);
    int r, i;
    if (!x) return TWOTLP_ERR_NOMEM;
    memset(x, 0, sizeof *x);
    x->ep[0].fd = x->ep[1].fd = -1;
    x->resp = (char *)TWOTLP_MALLOC(TWOTLP__BODY_KEEP + 1);
    x->rng = (uint64_t)time(NULL) ^ tw_monotonic_ms() ^ ((uint64_t)getpid() << 32) ^ (uint64_t)(uintptr_t)x;
    if (!x->rng) x->rng = 1;
    if (!x->resp) {
        twotlp__destroy(x);
        return TWOTLP_ERR_NOMEM;
    }
    for (i = 0; i < 2; i++) {
        if ((r = twotlp__setup(x, i, cfg)) != 0) {
            twotlp__destroy(x);
            return r;
        }
    }
    out->ctx = x;
    out->export_traces = twotlp__export_traces;
    out->export_metrics = twotlp__export_metrics;
    out->shutdown = twotlp__destroy;
    out->last_error = twotlp__last_error;
    return TWOTLP_OK;
}

static int twotlp__factory(const tw_config *cfg, tw_exporter *out) { return twotlp_create(cfg, out) == TWOTLP_OK ? 0 : TW_ERR_EXPORTER; }
TWOTLP_API void twotlp_register(void) { (void)tw_register_exporter("otlp", twotlp__factory, NULL); }

#if defined(__GNUC__) || defined(__clang__)
__attribute__((constructor)) static void twotlp__autoregister(void) { twotlp_register(); }
#endif

#ifdef __cplusplus
}
#endif
#endif /* TWOTLP_IMPLEMENTATION */

/*
MIT License

Copyright (c) 2026 the twtrace kit authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/
