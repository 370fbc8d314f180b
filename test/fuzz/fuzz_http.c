/* fuzz_http.c - the HTTP response reader on any bytes, as a collector might send them (status
   line, headers, Content-Length / chunked / close-delimited bodies, Retry-After), through a real
   socket. Properties: it returns a result of its own list and never waits (the peer has closed);
   an accepted response has a three-digit status of at least 100, a kept body within its bound and
   NUL-terminated, and a Retry-After of at most a day. */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include "../../twotlp_http.h"
#include "fuzz_check.h"
#include <stdint.h>
#include <sys/socket.h>

static twotlp__exp x;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    int sv[2], r, big = 1 << 20;
    twotlp__rd *rd;
    twotlp__resp resp;
    uint64_t t0;
    if (size > 200000) return 0;
    if (!x.resp) x.resp = (char *)malloc(TWOTLP__BODY_KEEP + 1);
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) return 0;
    setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
    setsockopt(sv[1], SOL_SOCKET, SO_RCVBUF, &big, sizeof big);
    if (size && write(sv[0], data, size) != (ssize_t)size) {
        close(sv[0]), close(sv[1]);
        return 0;
    }
    close(sv[0]); /* the collector is done: the reader sees the end */
    rd = (twotlp__rd *)calloc(1, sizeof *rd);
    rd->fd = sv[1], rd->deadline = tw_monotonic_ms() + 5000;
    t0 = tw_monotonic_ms();
    r = twotlp__read_response(&x, rd, &resp);
    FUZZ_ASSERT(tw_monotonic_ms() - t0 < 2000, "the reader waited %llu ms on a closed peer", (unsigned long long)(tw_monotonic_ms() - t0));
    FUZZ_ASSERT(r == TWOTLP_OK || r == TWOTLP_ERR_PROTOCOL || r == TWOTLP_ERR_IO, "result %d", r);
    if (r == TWOTLP_OK) {
        FUZZ_ASSERT(resp.status >= 100 && resp.status <= 999, "status %d", resp.status);
        FUZZ_ASSERT(resp.body_len <= TWOTLP__BODY_KEEP && x.resp[resp.body_len] == 0, "body %zu", resp.body_len);
        FUZZ_ASSERT(resp.retry_after_ms >= -1 && resp.retry_after_ms <= 86400000, "retry after %ld", resp.retry_after_ms);
    }
    close(sv[1]);
    free(rd);
    return 0;
}
