/* soak.c - minutes of spans against a collector that flaps. Two application threads end spans with
   1-10 KB attributes at a steady rate while test/otlp/receiver.mjs cycles, a phase each, through
   answering 200, 503 with Retry-After, resetting connections, accepting and never answering, and
   not listening at all. Asserted at the end: no span arrived twice; every span was delivered or
   counted (started = exported + dropped + failed, and the receiver holds every exported one and
   nothing that was not sent: a failed export whose answer was lost may have arrived); resident memory stayed flat after the first cycle; tw_shutdown kept to its budget.
   Prints the figures. Run by test/soak/run.sh (SOAK_SECONDS, SOAK_RATE spans/s a thread). */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include "../../twotlp_http.h"
#include <time.h>
static int ctl_port;
#include "../otlp/ctl.h"

static int running = 1, rate = 400;
static char attr[10001];

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
static void *producer(void *arg) {
    unsigned seed = (unsigned)(uintptr_t)arg;
    double next = now_s(), period = 1.0 / rate;
    long i = 0;
    while (__atomic_load_n(&running, __ATOMIC_RELAXED)) {
        {
            TW_SPAN("soak.step");
            seed = seed * 1103515245u + 12345u;
            tw_set_span_attribute_strn("prompt", attr, 1000 + (seed >> 8) % 9001);
            tw_set_span_attribute_int("i", i++);
        }
        next += period;
        {
            double wait = next - now_s();
            if (wait > 0) {
                struct timespec ts;
                ts.tv_sec = (time_t)wait, ts.tv_nsec = (long)((wait - (double)ts.tv_sec) * 1e9);
                nanosleep(&ts, NULL);
            }
        }
    }
    return NULL;
}

static void quiet(int level, const char *msg, void *user) {
    (void)user;
    if (level >= TW_LOG_ERROR && !strstr(msg, "otlp:")) fprintf(stderr, "log: %s\n", msg); /* the collector's trouble is expected */
}

int main(void) {
    static const char *const modes[] = {"200", "503:1", "reset", "slow:60000", "closed"};
    const char *d = getenv("RECV_DATA"), *k = getenv("RECV_CTL"), *sec = getenv("SOAK_SECONDS"), *rt = getenv("SOAK_RATE");
    int seconds = sec ? atoi(sec) : 180, phase = 3, t, fails = 0, r;
    long rss[4096], peak_mid = 0, peak_end = 0;
    char url[64];
    pthread_t th[2];
    tw_config c = tw_config_default();
    tw_stats st;
    double t0, t_shut;
    long received, dups, schema;
    if (!d || !k) { printf("FAIL soak: RECV_DATA and RECV_CTL are not set (run test/soak/run.sh)\n"); return 1; }
    if (rt) rate = atoi(rt);
    if (seconds < 15) seconds = 15;
    if (seconds > 4000) seconds = 4000;
    ctl_port = atoi(k);
    snprintf(url, sizeof url, "http://127.0.0.1:%d", atoi(d));
    memset(attr, 'p', sizeof attr - 1);
    ctl("/reset", NULL, 0);
    ctl("/lean", NULL, 0);
    tw_set_log_function(quiet, NULL);
    c.enabled = 1, c.exporter = "otlp", c.endpoint = url, c.service_name = "twtrace.soak";
    c.schedule_delay_ms = 200, c.otlp_timeout_ms = 1500, c.max_queue_size = 2048;
    if (tw_init(&c) != TW_OK) { printf("FAIL soak: tw_init\n"); return 1; }
    t0 = now_s();
    pthread_create(&th[0], NULL, producer, (void *)1);
    pthread_create(&th[1], NULL, producer, (void *)2);
    for (t = 0; t < seconds; t++) {
        if (t % phase == 0) {
            const char *m = modes[(t / phase) % 5];
            char path[64];
            if (strcmp(m, "closed") == 0) {
                ctl("/close", NULL, 0);
            } else {
                ctl("/open", NULL, 0);
                snprintf(path, sizeof path, "/mode?m=%s", m);
                ctl(path, NULL, 0);
            }
        }
        sleep(1);
        rss[t] = proc_rss_kb();
        if (t >= seconds / 3 && t < 2 * seconds / 3 && rss[t] > peak_mid) peak_mid = rss[t];
        if (t >= 2 * seconds / 3 && rss[t] > peak_end) peak_end = rss[t];
    }
    __atomic_store_n(&running, 0, __ATOMIC_RELAXED);
    pthread_join(th[0], NULL), pthread_join(th[1], NULL);
    ctl("/open", NULL, 0);
    ctl("/mode?m=200", NULL, 0);
    t_shut = now_s();
    r = tw_shutdown();
    t_shut = now_s() - t_shut;
    st = tw_get_stats();
    received = report_num("spans"), dups = report_num("duplicates"), schema = report_num("schema_errors");
    printf("soak: %d s, %d phases of %d s (200, 503 Retry-After 1, reset, no answer, not listening), 2 threads at %d spans/s each\n",
           seconds, seconds / phase, phase, rate);
    printf("soak: started %llu (%.0f/s), exported %llu, dropped %llu, failed %llu, open %llu; received %ld, duplicates %ld, schema errors %ld\n",
           (unsigned long long)st.spans_started, (double)st.spans_started / (now_s() - t0), (unsigned long long)st.spans_exported,
           (unsigned long long)st.spans_dropped, (unsigned long long)st.spans_failed, (unsigned long long)st.spans_open, received, dups, schema);
    printf("soak: resident KB every 5 s:");
    for (t = 0; t < seconds; t += 5) printf(" %ld", rss[t]);
    printf("\nsoak: peak resident %ld KB in the middle third, %ld KB in the last; tw_shutdown %.2f s (result %d)\n", peak_mid, peak_end,
           t_shut, r);
#define SOAK_CHECK(cond, name)                     \
    do {                                           \
        if (cond) printf("PASS soak: %s\n", name); \
        else printf("FAIL soak: %s\n", name), fails++; \
    } while (0)
    SOAK_CHECK(dups == 0, "no span arrived twice");
    SOAK_CHECK(st.spans_started == st.spans_exported + st.spans_dropped + st.spans_failed && st.spans_open == 0,
               "every span delivered or counted: started = exported + dropped + failed");
    /* every span counted as exported arrived; a span counted as failed may have arrived too, when
       the collector took the request and the answer was lost (the receiver drops its connections as
       it stops listening, between recording a request and answering it): the client cannot know */
    SOAK_CHECK(received >= (long)st.spans_exported && received <= (long)(st.spans_exported + st.spans_failed),
               "the receiver holds every span counted as exported, and only spans that were sent");
    SOAK_CHECK(schema == 0, "what arrived passed the OTLP schema (one request in 20 checked)");
    SOAK_CHECK(peak_end <= peak_mid + peak_mid / 10 + 4096, "resident memory flat after warm-up (last third within 10 % of the middle third)");
    SOAK_CHECK(t_shut <= c.shutdown_timeout_ms / 1000.0 + 0.5, "tw_shutdown within its budget");
    SOAK_CHECK(st.spans_exported > 0 && st.spans_failed > 0, "the collector's trouble was met (some spans failed) and survived (some delivered)");
    return fails ? 1 : 0;
}
