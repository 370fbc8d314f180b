/* fuzz_url.c - endpoint URL parsing. Properties: an accepted URL gives a host without control
   characters, spaces or brackets, a port from 1 to 65535, a path that starts with '/' and holds
   no byte that could break the request line, and a Host header that names them. */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include "../../twotlp_http.h"
#include "fuzz_check.h"
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *s = (char *)malloc(size + 1);
    twotlp__endpoint ep;
    int r;
    memcpy(s, data, size);
    s[size] = 0;
    memset(&ep, 0, sizeof ep);
    r = twotlp__parse_url(s, &ep);
    FUZZ_ASSERT(r == TWOTLP_OK || r == TWOTLP_ERR_URL || r == TWOTLP_ERR_TLS, "result %d", r);
    if (r == TWOTLP_OK) {
        size_t i;
        long port = strtol(ep.port, NULL, 10);
        FUZZ_ASSERT(ep.host[0] && port >= 1 && port <= 65535 && ep.path[0] == '/', "'%s': host '%s' port '%s' path '%s'", s, ep.host, ep.port, ep.path);
        for (i = 0; ep.host[i]; i++) FUZZ_ASSERT((unsigned char)ep.host[i] > ' ' && ep.host[i] != 0x7F && !strchr("[]/?#@", ep.host[i]), "host '%s'", ep.host);
        for (i = 0; ep.path[i]; i++) FUZZ_ASSERT((unsigned char)ep.path[i] > ' ' && (unsigned char)ep.path[i] < 0x7F, "path '%s'", ep.path);
        FUZZ_ASSERT(strstr(ep.hostport, ep.host) && strstr(ep.hostport, ep.port), "Host header '%s'", ep.hostport);
    }
    free(s);
    return 0;
}
