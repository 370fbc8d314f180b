/* ctl.h - the C side of test/otlp/receiver.mjs's control port (for test_otlp.c and the soak):
   include after declaring `static int ctl_port;`. */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* GET path on the control port; the answer's body into out. */
static int ctl(const char *path, char *out, size_t cap) {
    struct sockaddr_in a;
    char req[2048], buf[65536];
    size_t n = 0;
    ssize_t k;
    char *body;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET, a.sin_port = htons((uint16_t)ctl_port), a.sin_addr.s_addr = htonl(0x7F000001);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(fd);
        return -1;
    }
    snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", path);
    if (write(fd, req, strlen(req)) < 0) {
        close(fd);
        return -1;
    }
    while (n + 1 < sizeof buf && (k = read(fd, buf + n, sizeof buf - 1 - n)) > 0) n += (size_t)k;
    close(fd);
    buf[n] = 0;
    body = strstr(buf, "\r\n\r\n");
    if (out) snprintf(out, cap, "%s", body ? body + 4 : "");
    return 0;
}
static long report_num(const char *key) {
    char r[65536], k[64];
    const char *p;
    snprintf(k, sizeof k, "\n%s=", key);
    ctl("/report", r + 1, sizeof r - 1);
    r[0] = '\n';
    p = strstr(r, k);
    return p ? strtol(p + strlen(k), NULL, 10) : -1;
}

/* This process's resident memory in KB. */
static long proc_rss_kb(void) {
    long pages = 0, res = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &res) != 2) res = 0;
        fclose(f);
    }
    return res * (sysconf(_SC_PAGESIZE) / 1024);
}
