/* bench_otlp.c - the export side: spans per second serialized to OTLP JSON (spans of five
   attributes), delivered end to end by twotlp_http.h to a receiver on loopback, and the exporter
   thread's share of a core at 10,000 spans per second. The receiver is a minimal HTTP/1.1 server in
   this program (it reads each request by Content-Length and answers 200), so that the figures are
   the exporter's and not a peer's. Times are the exporter thread's CPU time. */
#define _GNU_SOURCE /* memmem */
#define TWTRACE_IMPLEMENTATION
#include "../twtrace.h"
#include "../twotlp_http.h"
#include "bench.h"
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double exporter_cpu_s(void) {
    clockid_t id;
    struct timespec t;
    if (pthread_getcpuclockid(tw__g.thread, &id) != 0 || clock_gettime(id, &t) != 0) return 0;
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* --- a counting exporter (serialization alone) --- */
static size_t counted_bytes;
static int count_traces(void *ctx, const char *json, size_t len, size_t n) {
    (void)ctx, (void)json, (void)n;
    counted_bytes += len;
    return 0;
}
static int count_metrics(void *ctx, const char *json, size_t len) { (void)ctx, (void)json, (void)len; return 0; }
static int count_factory(const tw_config *cfg, tw_exporter *out) {
    (void)cfg;
    out->ctx = NULL, out->export_traces = count_traces, out->export_metrics = count_metrics, out->shutdown = NULL;
    return 0;
}

/* --- a minimal loopback receiver --- */
static int listen_fd, recv_port;
static long recv_requests;
static void *receiver(void *arg) {
    (void)arg;
    for (;;) {
        int fd = accept(listen_fd, NULL, NULL);
        char *buf;
        size_t cap = 1 << 20, n = 0;
        if (fd < 0) return NULL;
        buf = (char *)malloc(cap);
        for (;;) { /* requests on a kept-alive connection */
            char *he;
            ssize_t k;
            size_t clen, need;
            while ((he = (char *)memmem(buf, n, "\r\n\r\n", 4)) == NULL) {
                if (n == cap) buf = (char *)realloc(buf, cap *= 2);
                if ((k = read(fd, buf + n, cap - n)) <= 0) goto done;
                n += (size_t)k;
            }
            {
                char *cl = (char *)memmem(buf, (size_t)(he - buf), "Content-Length: ", 16);
                clen = cl ? strtoul(cl + 16, NULL, 10) : 0;
            }
            need = (size_t)(he - buf) + 4 + clen;
            while (n < need) {
                if (need > cap) buf = (char *)realloc(buf, cap = need);
                if ((k = read(fd, buf + n, cap - n)) <= 0) goto done;
                n += (size_t)k;
            }
            memmove(buf, buf + need, n - need);
            n -= need;
            __atomic_add_fetch(&recv_requests, 1, __ATOMIC_RELAXED);
            if (write(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 72) != 72) goto done;
        }
    done:
        free(buf);
        close(fd);
    }
}

static void five_attribute_spans(long n) {
    long i;
    for (i = 0; i < n; i++) {
        {
            TW_SPAN("CodeGenerator.reply");
            tw_set_span_attribute_str("role", "CodeGenerator");
            tw_set_span_attribute_str("prompt", "Write Python code that loads sales.csv and reports the best month.");
            tw_set_span_attribute_int("prompt_size", 17);
            tw_set_span_attribute_double("temperature", 0.2);
            tw_set_span_attribute_bool("stream", 0);
        }
    }
}

/* n spans in bursts that fit the queue; returns the exporter thread's CPU seconds */
static double run_bursts(long n) {
    long done = 0;
    double c0 = exporter_cpu_s();
    while (done < n) {
        five_attribute_spans(50000);
        tw_flush(60000);
        done += 50000;
    }
    return exporter_cpu_s() - c0;
}

int main(void) {
    tw_config c = tw_config_default();
    struct sockaddr_in a;
    socklen_t al = sizeof a;
    pthread_t th;
    char url[64];
    double cpu, t0, wall;
    long n = 1000000;
    c.enabled = 1, c.exporter = "otlp", c.max_queue_size = 65536, c.max_export_batch_size = 512, c.schedule_delay_ms = 1000;

    /* serialization */
    tw_register_otlp_factory(count_factory);
    tw_init(&c);
    run_bursts(100000);
    counted_bytes = 0;
    cpu = run_bursts(n);
    printf("OTLP JSON serialization (5 attributes/span), exporter thread: %8.0f spans/s  (%.0f bytes/span)\n", (double)n / cpu,
           (double)counted_bytes / (double)n);
    tw_shutdown();

    /* end to end over loopback */
    listen_fd = socket(AF_INET, SOCK_STREAM, 0);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET, a.sin_addr.s_addr = htonl(0x7F000001), a.sin_port = 0;
    if (bind(listen_fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(listen_fd, 16) != 0) return 1;
    getsockname(listen_fd, (struct sockaddr *)&a, &al);
    recv_port = ntohs(a.sin_port);
    pthread_create(&th, NULL, receiver, NULL);
    snprintf(url, sizeof url, "http://127.0.0.1:%d", recv_port);
    tw_register_otlp_factory(twotlp_create);
    c.endpoint = url;
    tw_init(&c);
    run_bursts(50000);
    n = 500000;
    t0 = now_s();
    cpu = run_bursts(n);
    wall = now_s() - t0;
    printf("delivered to a loopback receiver (twotlp_http.h):            %8.0f spans/s of exporter CPU, %.0f spans/s wall (%ld requests)\n",
           (double)n / cpu, (double)n / wall, recv_requests);
    /* 10,000 spans a second for 3 seconds */
    {
        double c0 = exporter_cpu_s(), start = now_s();
        long k;
        for (k = 0; k < 300; k++) {
            struct timespec ts = {0, 0};
            double next = start + (double)(k + 1) * 0.01;
            five_attribute_spans(100);
            if (next > now_s()) {
                ts.tv_nsec = (long)((next - now_s()) * 1e9);
                nanosleep(&ts, NULL);
            }
        }
        tw_flush(10000);
        wall = now_s() - start;
        printf("exporter thread at 10,000 spans/s for %.1f s:                %8.2f %% of one core\n", wall,
               100.0 * (exporter_cpu_s() - c0) / wall);
    }
    printf("spans lost: %llu\n", (unsigned long long)(tw_get_stats().spans_dropped + tw_get_stats().spans_failed));
    tw_shutdown();
    return 0;
}
