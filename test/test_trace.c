/* test_trace.c - twtrace.h: config, spans and context, attributes and limits, status and
   exceptions, counters and token counts, the queue bound, flush and shutdown, threads, fork.
   A capturing exporter (registered as the otlp factory) receives the OTLP JSON bodies. */
#include "../twtokenize.h"
#define TWTRACE_IMPLEMENTATION
#include "../twtokenize.h"
#include "../twtrace.h"
#include "tw_test.h"
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* --- capture --- */
static pthread_mutex_t cap_mu = PTHREAD_MUTEX_INITIALIZER;
static char *cap_traces;     /* all trace bodies, one per line */
static size_t cap_len;
static char *cap_metrics;    /* the last metrics body */
static size_t cap_spans, cap_trace_calls;
static int cap_stall_ms; /* read by the exporter thread: atomic */
static char last_log[1024];
static int log_count;

static int cap_block, cap_blocked; /* while cap_block is set, an export waits (cap_blocked says one does) */
static int cap_export_traces(void *ctx, const char *json, size_t len, size_t n) {
    (void)ctx;
    int stall = __atomic_load_n(&cap_stall_ms, __ATOMIC_RELAXED);
    if (stall) usleep((useconds_t)stall * 1000);
    while (__atomic_load_n(&cap_block, __ATOMIC_ACQUIRE)) {
        __atomic_store_n(&cap_blocked, 1, __ATOMIC_RELEASE);
        usleep(1000);
    }
    __atomic_store_n(&cap_blocked, 0, __ATOMIC_RELEASE);
    pthread_mutex_lock(&cap_mu);
    cap_traces = (char *)realloc(cap_traces, cap_len + len + 2);
    memcpy(cap_traces + cap_len, json, len);
    cap_len += len;
    cap_traces[cap_len++] = '\n';
    cap_traces[cap_len] = 0;
    cap_spans += n, cap_trace_calls++;
    pthread_mutex_unlock(&cap_mu);
    return 0;
}
static int cap_export_metrics(void *ctx, const char *json, size_t len) {
    (void)ctx;
    pthread_mutex_lock(&cap_mu);
    free(cap_metrics);
    cap_metrics = (char *)malloc(len + 1);
    memcpy(cap_metrics, json, len);
    cap_metrics[len] = 0;
    pthread_mutex_unlock(&cap_mu);
    return 0;
}
static int cap_factory(const tw_config *cfg, tw_exporter *out) {
    (void)cfg;
    out->ctx = NULL, out->export_traces = cap_export_traces, out->export_metrics = cap_export_metrics, out->shutdown = NULL;
    return 0;
}
static void cap_reset(void) {
    pthread_mutex_lock(&cap_mu);
    free(cap_traces), free(cap_metrics);
    cap_traces = cap_metrics = NULL, cap_len = cap_spans = cap_trace_calls = 0;
    pthread_mutex_unlock(&cap_mu);
}
static void quiet_log(int level, const char *msg, void *user) {
    (void)level, (void)user;
    snprintf(last_log, sizeof last_log, "%s", msg);
    log_count++;
}

static int start(int queue, int batch) {
    tw_config c = tw_config_default();
    c.enabled = 1, c.exporter = "otlp", c.max_queue_size = queue, c.max_export_batch_size = batch;
    c.schedule_delay_ms = 50;
    cap_reset();
    return tw_init(&c);
}

/* Every exported body must be valid JSON (the kit's own strict reader). */
static int valid_json_lines(const char *s) {
    while (s && *s) {
        const char *nl = strchr(s, '\n');
        tw__json j;
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        j.p = j.start = s, j.end = s + n, j.name = "body", j.err = NULL, j.errlen = 0, j.failed = 0;
        tw__json_skip(&j, 0);
        if (j.failed || j.p != j.end) return 0;
        s = nl ? nl + 1 : s + n;
    }
    return 1;
}

static size_t count_str(const char *hay, const char *needle) {
    size_t n = 0;
    while (hay && (hay = strstr(hay, needle)) != NULL) n++, hay++;
    return n;
}

TEST(disabled_is_a_no_op) {
    tw_config c = tw_config_default();
    CHECK(c.enabled == 0);
    CHECK(tw_init(&c) == TW_OK);
    CHECK(!tw_is_enabled());
    CHECK(tw_span_start("x") == NULL);
    { TW_SPAN("y"); tw_set_span_attribute_str("k", "v"); CHECK(tw_current_span() == NULL); }
    tw_add_prompt_size(5, "input");
    CHECK(tw_flush(10) == TW_ERR_STATE);
    CHECK(tw_shutdown() == TW_OK);
}

TEST(config_file_keys_and_errors) {
    tw_config c = tw_config_default();
    char err[256];
    const char *good = "{\n  \"tracing.enabled\": true,\n  \"tracing.exporter\": \"console\",\n"
                       "  \"tracing.endpoint\": \"http://127.0.0.1:4318\",\n  \"tracing.service_name\": \"svc\\u00e9\",\n"
                       "  \"tracing.tokenizer_target_model\": \"gpt-3.5-turbo\",\n  \"llm.api_key\": {\"nested\": [1, 2.5e3, null]},\n"
                       "  \"tracing.max_queue_size\": 100\n}";
    log_count = 0;
    CHECK(tw_config_load_string(good, strlen(good), "p.json", &c, err, sizeof err) == TW_OK);
    CHECK(c.enabled == 1 && strcmp(c.exporter, "console") == 0 && strcmp(c.endpoint, "http://127.0.0.1:4318") == 0);
    CHECK(strcmp(c.service_name, "svc\xc3\xa9") == 0 && strcmp(c.tokenizer_target_model, "gpt-3.5-turbo") == 0);
    CHECK(c.max_queue_size == 100 && log_count == 0);
    /* unknown tracing.* key: warned by name, not an error */
    c = tw_config_default();
    { const char *u = "{\"tracing.enabeld\": true}"; CHECK(tw_config_load_string(u, strlen(u), "p.json", &c, err, sizeof err) == TW_OK); }
    CHECK(log_count == 1 && strstr(last_log, "tracing.enabeld") != NULL && strstr(last_log, "p.json:1") != NULL);
    /* type errors and malformed JSON: file, line, column, what was expected */
    CHECK(tw_config_load_string("{\n\"tracing.enabled\": \"yes\"}", 26, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG);
    CHECKF(strstr(err, "p.json:2:20") && strstr(err, "true or false"), "%s", err);
    CHECK(tw_config_load_string("{\"tracing.exporter\": \"jaeger\"}", 30, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG);
    CHECKF(strstr(err, "otlp") && strstr(err, "console"), "%s", err);
    CHECK(tw_config_load_string("{\"tracing.max_queue_size\": 0}", 29, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG);
    CHECK(tw_config_load_string("{\"tracing.max_queue_size\": 1.5}", 31, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG);
    CHECK(tw_config_load_string("{\"a\": 1,}", 9, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG);
    CHECKF(strstr(err, "p.json:1:9") && strstr(err, "key"), "%s", err);
    CHECK(tw_config_load_string("{\"a\": 1", 7, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG && strstr(err, "','"));
    CHECK(tw_config_load_string("[1]", 3, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG && strstr(err, "object"));
    CHECK(tw_config_load_string("{} x", 4, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG && strstr(err, "end of the file"));
    CHECK(tw_config_load_string("{\"a\": \"\\q\"}", 11, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG && strstr(err, "escape"));
    CHECK(tw_config_load_file("/nonexistent/p.json", &c, err, sizeof err) == TW_ERR_IO && strstr(err, "/nonexistent/p.json"));
    {
        char deep[300];
        memset(deep, '[', sizeof deep);
        memcpy(deep, "{\"a\":", 5);
        CHECK(tw_config_load_string(deep, sizeof deep, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG && strstr(err, "nesting"));
    }
}

TEST(config_fuzz_never_crashes) {
    /* random mutations of a valid file: any result is fine, a crash or hang is not (ASan run) */
    const char *base = "{\"tracing.enabled\": true, \"tracing.exporter\": \"file\", \"x\": [1, {\"y\": \"\\u00e9\\ud83d\\ude00\"}]}";
    size_t n = strlen(base), i;
    unsigned seed = 7;
    char buf[256];
    for (i = 0; i < 20000; i++) {
        tw_config c = tw_config_default();
        size_t len = n, k, muts = 1 + i % 4;
        memcpy(buf, base, n);
        for (k = 0; k < muts; k++) {
            seed = seed * 1103515245u + 12345u;
            buf[(seed >> 8) % n] = (char)(seed >> 20);
        }
        if (i % 3 == 0) len = (seed >> 4) % n;
        tw_config_load_string(buf, len, "fuzz", &c, NULL, 0);
    }
    CHECK(1);
}

TEST(env_overrides) {
    tw_config c = tw_config_default();
    c.enabled = 1;
    setenv("OTEL_SDK_DISABLED", "TRUE", 1);
    setenv("OTEL_SERVICE_NAME", "from-env", 1);
    setenv("OTEL_BSP_MAX_QUEUE_SIZE", "77", 1);
    setenv("OTEL_BSP_SCHEDULE_DELAY", "oops", 1);
    log_count = 0;
    tw_config_apply_env(&c);
    CHECK(c.enabled == 0 && strcmp(c.service_name, "from-env") == 0 && c.max_queue_size == 77);
    CHECK(c.schedule_delay_ms == 5000 && log_count == 1 && strstr(last_log, "OTEL_BSP_SCHEDULE_DELAY"));
    unsetenv("OTEL_SDK_DISABLED"), unsetenv("OTEL_SERVICE_NAME"), unsetenv("OTEL_BSP_MAX_QUEUE_SIZE"), unsetenv("OTEL_BSP_SCHEDULE_DELAY");
}

TEST(spans_nest_and_export_as_otlp_json) {
    tw_span *outer;
    char tp[64];
    CHECK(start(2048, 512) == TW_OK);
    outer = tw_span_start("Session.send_message");
    CHECK(outer != NULL && tw_current_span() == outer);
    CHECK(tw_traceparent(tp, sizeof tp) == TW_OK && strlen(tp) == 55 && strncmp(tp, "00-", 3) == 0 && strcmp(tp + 52, "-01") == 0);
    {
        TW_SPAN("Planner.reply");
        tw_context in = tw_current_context(), parsed;
        char tp2[64];
        CHECK(tw_current_span() != outer);
        CHECK(tw_traceparent(tp2, sizeof tp2) == TW_OK && memcmp(tp, tp2, 35) == 0 && strcmp(tp, tp2) != 0);
        CHECK(tw_parse_traceparent(tp2, &parsed) == TW_OK && memcmp(parsed.span_id, in.span_id, 8) == 0);
        tw_set_span_attribute_str("prompt", "hello \"world\"\n\x01\xff\xfe end");
        tw_set_span_attribute_int("prompt_size", 42);
        tw_set_span_attribute_int("prompt_size", 43); /* overwrite: the last value is exported */
        tw_set_span_attribute_double("temperature", 0.25);
        tw_set_span_attribute_bool("cached", 1);
        tw_set_span_status(TW_STATUS_OK, "ignored message");
        tw_set_span_status(TW_STATUS_ERROR, "OK is final");
    }
    CHECK(tw_current_span() == outer);
    {
        TW_SPAN("CodeExecutor.execute");
        tw_set_span_exception("ZeroDivisionError", "division by zero", "Traceback (most recent call last): ...");
    }
    tw_span_end(outer);
    CHECK(tw_current_span() == NULL);
    CHECK(tw_traceparent(tp, sizeof tp) == TW_ERR_STATE);
    CHECK(tw_flush(5000) == TW_OK);
    pthread_mutex_lock(&cap_mu);
    CHECK(cap_spans == 3 && valid_json_lines(cap_traces));
    CHECK(count_str(cap_traces, "\"traceId\":\"") == 3);
    CHECK(count_str(cap_traces, "\"parentSpanId\":") == 2);
    CHECK(strstr(cap_traces, "\"key\":\"prompt_size\",\"value\":{\"intValue\":\"43\"}") != NULL);
    CHECK(count_str(cap_traces, "\"key\":\"prompt_size\"") == 1);
    CHECK(strstr(cap_traces, "hello \\\"world\\\"\\n\\u0001\xEF\xBF\xBD\xEF\xBF\xBD end") != NULL);
    CHECK(strstr(cap_traces, "{\"doubleValue\":0.25}") && strstr(cap_traces, "{\"boolValue\":true}"));
    CHECK(strstr(cap_traces, "\"status\":{\"code\":1}") != NULL); /* OK without message */
    CHECK(strstr(cap_traces, "\"name\":\"exception\",\"attributes\":[{\"key\":\"exception.type\",\"value\":{\"stringValue\":\"ZeroDivisionError\"}}") != NULL);
    CHECK(strstr(cap_traces, "\"exception.stacktrace\"") != NULL);
    CHECK(strstr(cap_traces, "\"status\":{\"code\":2,\"message\":\"division by zero\"}") != NULL);
    CHECK(strstr(cap_traces, "\"key\":\"service.name\",\"value\":{\"stringValue\":\"taskweaver.otlp.tracer\"}") != NULL);
    CHECK(strstr(cap_traces, "\"telemetry.sdk.language\"") && strstr(cap_traces, "\"process.pid\"") && strstr(cap_traces, "\"host.name\""));
    pthread_mutex_unlock(&cap_mu);
    CHECK(tw_shutdown() == TW_OK);
}

static uint64_t unix_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}
/* The k-th number after `key` in the captured bodies (0 if missing). */
static uint64_t nth_time(const char *key, int k) {
    const char *p = cap_traces;
    size_t kl = strlen(key);
    while (p && (p = strstr(p, key)) != NULL) {
        if (k-- == 0) return strtoull(p + kl, NULL, 10);
        p += kl;
    }
    return 0;
}

/* Span and event times are Unix nanoseconds whichever clock reads them (the CPU's time-stamp
   counter through calibration epochs, or clock_gettime), across the epoch boundaries at 10 ms and
   100 ms, and in the order the program saw them. */
TEST(times_are_unix_nanoseconds_with_either_clock) {
    int cpu;
    for (cpu = 1; cpu >= 0; cpu--) {
        tw_config c = tw_config_default();
        uint64_t t0, t1, t2, cs, ce, ps, pe, ev, cs2, ce2;
        tw_span *parent;
        c.enabled = 1, c.exporter = "otlp", c.schedule_delay_ms = 50, c.cpu_clock = cpu;
        cap_reset();
        CHECK(tw_init(&c) == TW_OK);
        t0 = unix_ns();
        parent = tw_span_start("parent");
        usleep(3000);
        {
            TW_SPAN("child");
            usleep(15000); /* past the 10 ms epoch */
            tw_add_span_event("midway", NULL, 0);
            usleep(2000);
        }
        tw_span_end(parent);
        t1 = unix_ns();
        CHECK(tw_flush(5000) == TW_OK);
        usleep(120000); /* past the 100 ms epoch; the exporter has calibrated meanwhile */
        t2 = unix_ns();
        { TW_SPAN("late"); usleep(1000); }
        CHECK(tw_flush(5000) == TW_OK);
        pthread_mutex_lock(&cap_mu);
        cs = nth_time("\"startTimeUnixNano\":\"", 0), ce = nth_time("\"endTimeUnixNano\":\"", 0);
        ps = nth_time("\"startTimeUnixNano\":\"", 1), pe = nth_time("\"endTimeUnixNano\":\"", 1);
        cs2 = nth_time("\"startTimeUnixNano\":\"", 2), ce2 = nth_time("\"endTimeUnixNano\":\"", 2);
        ev = nth_time("{\"timeUnixNano\":\"", 0);
        CHECKF(t0 - 1000000 <= ps && ps + 3000000 <= cs && cs < ev && ev < ce && ce <= pe && pe <= t1 + 1000000,
               "cpu_clock %d: %llu <= %llu < %llu < %llu < %llu <= %llu <= %llu", cpu, (unsigned long long)t0,
               (unsigned long long)ps, (unsigned long long)cs, (unsigned long long)ev, (unsigned long long)ce,
               (unsigned long long)pe, (unsigned long long)t1);
        CHECKF(ce - cs >= 17000000 && ce - cs < t1 - t0, "cpu_clock %d: child lasted %llu ns", cpu, (unsigned long long)(ce - cs));
        CHECKF(t2 - 1000000 <= cs2 && cs2 + 1000000 <= ce2 && ce2 <= unix_ns() + 1000000, "cpu_clock %d: late span %llu..%llu after %llu",
               cpu, (unsigned long long)cs2, (unsigned long long)ce2, (unsigned long long)t2);
        pthread_mutex_unlock(&cap_mu);
        CHECK(tw_shutdown() == TW_OK);
    }
}

TEST(ids_are_random_nonzero_and_unique) {
    int i;
    tw_context seen[200];
    CHECK(start(4096, 512) == TW_OK);
    for (i = 0; i < 200; i++) {
        tw_span *s = tw_span_start("root");
        int k, zt = 1, zs = 1;
        seen[i] = tw_current_context();
        for (k = 0; k < 16; k++) zt &= seen[i].trace_id[k] == 0;
        for (k = 0; k < 8; k++) zs &= seen[i].span_id[k] == 0;
        CHECK(!zt && !zs);
        for (k = 0; k < i; k++) CHECK(memcmp(seen[k].trace_id, seen[i].trace_id, 16) != 0 && memcmp(seen[k].span_id, seen[i].span_id, 8) != 0);
        tw_span_end(s);
    }
    CHECK(tw_shutdown() == TW_OK);
}

TEST(traceparent_env_joins_the_remote_trace) {
    tw_context c;
    char tp[64];
    const char *parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    CHECK(tw_parse_traceparent(parent, &c) == TW_OK && c.flags == 1);
    CHECK(tw_parse_traceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01", &c) == TW_ERR_ARG);
    CHECK(tw_parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", &c) == TW_ERR_ARG);
    CHECK(tw_parse_traceparent("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", &c) == TW_ERR_ARG);
    CHECK(tw_parse_traceparent("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", &c) == TW_ERR_ARG);
    CHECK(tw_parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0A", &c) == TW_ERR_ARG); /* W3C: lowercase hex */
    CHECK(tw_parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0a", &c) == TW_OK && c.flags == 10);
    CHECK(tw_parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x", &c) == TW_ERR_ARG);
    CHECK(tw_parse_traceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future", &c) == TW_OK);
    setenv("TRACEPARENT", parent, 1);
    CHECK(start(2048, 512) == TW_OK);
    {
        TW_SPAN("CodeExecutor.child_process");
        CHECK(tw_traceparent(tp, sizeof tp) == TW_OK && strncmp(tp, parent, 36) == 0);
    }
    tw_flush(5000);
    pthread_mutex_lock(&cap_mu);
    CHECK(strstr(cap_traces, "\"traceId\":\"4bf92f3577b34da6a3ce929d0e0e4736\"") != NULL);
    CHECK(strstr(cap_traces, "\"parentSpanId\":\"00f067aa0ba902b7\"") != NULL);
    pthread_mutex_unlock(&cap_mu);
    tw_shutdown();
    unsetenv("TRACEPARENT");
}

TEST(large_and_limited_attributes) {
    size_t big = 100 * 1024, i;
    char *v = (char *)malloc(big + 1);
    tw_config c = tw_config_default();
    for (i = 0; i < big; i++) v[i] = (char)('a' + i % 26);
    v[big] = 0;
    CHECK(start(2048, 512) == TW_OK);
    { TW_SPAN("big"); tw_set_span_attribute_str("code", v); }
    tw_flush(5000);
    pthread_mutex_lock(&cap_mu);
    CHECK(cap_traces && strstr(cap_traces, v) != NULL && valid_json_lines(cap_traces));
    pthread_mutex_unlock(&cap_mu);
    tw_shutdown();
    /* limits: value length cut at a UTF-8 boundary; count limit drops and counts */
    c.enabled = 1, c.exporter = "otlp", c.attribute_value_length_limit = 4, c.attribute_count_limit = 2;
    cap_reset();
    CHECK(tw_init(&c) == TW_OK);
    {
        TW_SPAN("limited");
        tw_set_span_attribute_str("a", "ab\xc3\xa9z"); /* 'ab' + e-acute: 4 bytes fit, the z not */
        tw_set_span_attribute_str("b", "abc\xc3\xa9");  /* cut inside e-acute: 3 bytes */
        tw_set_span_attribute_int("c", 1);
    }
    tw_flush(5000);
    pthread_mutex_lock(&cap_mu);
    CHECK(strstr(cap_traces, "{\"stringValue\":\"ab\xc3\xa9\"}") != NULL);
    CHECK(strstr(cap_traces, "{\"stringValue\":\"abc\"}") != NULL);
    CHECK(strstr(cap_traces, "\"droppedAttributesCount\":1") != NULL);
    pthread_mutex_unlock(&cap_mu);
    tw_shutdown();
    free(v);
}

TEST(prompt_size_counter_and_token_counts) {
    const char *prompt = "You are the Planner. Split the user's request into sub-tasks.";
    int64_t n = tw_count_tokens(prompt, strlen(prompt));
    CHECK(n == (int64_t)twtok_count(twtok_encoding_get("cl100k_base"), prompt, strlen(prompt)) && n > 5);
    CHECK(start(2048, 512) == TW_OK);
    tw_add_prompt_size(n, "input");
    tw_add_prompt_size(7, "output");
    tw_add_prompt_size(3, "output");
    {
        tw_counter *c = tw_counter_get("prompt_size", NULL, NULL);
        CHECK(tw_counter_value(c, "direction", "input") >= n && tw_counter_value(c, "direction", "output") >= 10);
    }
    tw_flush(5000);
    pthread_mutex_lock(&cap_mu);
    CHECK(cap_metrics && valid_json_lines(cap_metrics));
    CHECK(strstr(cap_metrics, "\"name\":\"prompt_size\",\"description\":\"Counts the number of tokens in the prompt.\",\"unit\":\"1\"") != NULL);
    CHECK(strstr(cap_metrics, "\"aggregationTemporality\":2,\"isMonotonic\":true") != NULL);
    CHECK(strstr(cap_metrics, "{\"key\":\"direction\",\"value\":{\"stringValue\":\"output\"}}") != NULL);
    pthread_mutex_unlock(&cap_mu);
    tw_shutdown();
    { /* a GPT-4o agent counts with o200k_base */
        tw_config c = tw_config_default();
        const char *text = "Bonjour! 你好，世界。 The quick brown fox.";
        c.tokenizer_target_model = "gpt-4o-mini";
        CHECK(tw_init(&c) == TW_OK); /* disabled: the tokenizer still follows the config */
        CHECK(tw_count_tokens(text, strlen(text)) == (int64_t)twtok_count(twtok_encoding_get("o200k_base"), text, strlen(text)));
        CHECK(tw_count_tokens(text, strlen(text)) != (int64_t)twtok_count(twtok_encoding_get("cl100k_base"), text, strlen(text)));
        tw_shutdown();
    }
}

TEST(full_queue_drops_and_counts_never_blocks) {
    int i;
    tw_stats st;
    __atomic_store_n(&cap_stall_ms, 300, __ATOMIC_RELAXED); /* a stalled exporter */
    CHECK(start(64, 16) == TW_OK);
    for (i = 0; i < 5000; i++) {
        tw_span *s = tw_span_start("burst");
        tw_set_span_attribute_int("i", i);
        tw_span_end(s);
    }
    st = tw_get_stats();
    CHECK(st.spans_started == 5000 && st.spans_dropped > 4000);
    __atomic_store_n(&cap_stall_ms, 0, __ATOMIC_RELAXED);
    CHECK(tw_flush(10000) == TW_ERR_LOST); /* spans were dropped: the flush says so */
    CHECK(tw_flush(10000) == TW_OK);       /* and only once: nothing was lost since */
    st = tw_get_stats();
    CHECKF(st.spans_exported + st.spans_dropped == 5000, "exported %llu dropped %llu", (unsigned long long)st.spans_exported,
           (unsigned long long)st.spans_dropped);
    { /* the drops as a self-metric */
        char want[128];
        snprintf(want, sizeof want, "{\"key\":\"reason\",\"value\":{\"stringValue\":\"queue_full\"}}]");
        pthread_mutex_lock(&cap_mu);
        CHECK(cap_metrics && strstr(cap_metrics, "\"name\":\"twtrace.spans.dropped\"") && strstr(cap_metrics, want));
        snprintf(want, sizeof want, "\"asInt\":\"%llu\"", (unsigned long long)st.spans_dropped);
        CHECKF(cap_metrics && strstr(cap_metrics, want), "metrics: %.300s", cap_metrics ? cap_metrics : "(none)");
        pthread_mutex_unlock(&cap_mu);
    }
    log_count = 0;
    CHECK(tw_shutdown() == TW_ERR_LOST);
    CHECKF(log_count == 1 && strstr(last_log, "dropped at a full queue"), "%s", last_log); /* reported on shutdown */
}

TEST(shutdown_returns_within_timeout_with_a_stuck_exporter) {
    tw_config c = tw_config_default();
    c.enabled = 1, c.exporter = "otlp", c.shutdown_timeout_ms = 1000;
    cap_reset();
    __atomic_store_n(&cap_stall_ms, 1500, __ATOMIC_RELAXED);
    CHECK(tw_init(&c) == TW_OK);
    { TW_SPAN("slow"); }
    {
        uint64_t t0 = tw__mono_ms();
        CHECK(tw_flush(100) == TW_ERR_TIMEOUT || 1);
        log_count = 0;
        CHECK(tw_shutdown() == TW_ERR_TIMEOUT);
        CHECKF(tw__mono_ms() - t0 < 1200, "%llu ms", (unsigned long long)(tw__mono_ms() - t0));
        /* the span in the export still in flight is counted as lost in the report */
        CHECKF(log_count == 1 && strstr(last_log, "1 of 1 spans lost (1 not delivered within tracing.shutdown_timeout_ms (1000 ms))") &&
                   strstr(last_log, "still busy"),
               "%s", last_log);
    }
    usleep(1700 * 1000); /* let the detached exporter finish before the next test */
    __atomic_store_n(&cap_stall_ms, 0, __ATOMIC_RELAXED);
}

/* A span ended after tw_shutdown is discarded, not pushed into the freed queue. */
TEST(span_ended_after_shutdown_is_discarded) {
    tw_span *s;
    tw_stats st;
    CHECK(start(64, 8) == TW_OK);
    s = tw_span_start("outlives");
    CHECK(s != NULL);
    CHECK(tw_shutdown() == TW_OK);
    tw_set_span_attribute_str("k", "v");
    tw_span_end(s);
    CHECK(tw_current_span() == NULL);
    CHECK(start(64, 8) == TW_OK); /* and the next round works */
    { TW_SPAN("after"); }
    CHECK(tw_flush(2000) == TW_OK);
    st = tw_get_stats();
    CHECKF(st.spans_started == 1, "started %llu", (unsigned long long)st.spans_started);
    CHECK(tw_shutdown() == TW_OK);
}

static void *worker(void *arg) {
    tw_context *parent = (tw_context *)arg;
    int i;
    tw_context_attach(*parent);
    for (i = 0; i < 2000; i++) {
        {
            TW_SPAN("worker.step");
            tw_set_span_attribute_int("i", i);
            { TW_SPAN("worker.inner"); tw_set_span_attribute_str("k", "v"); }
        }
    }
    return NULL;
}

TEST(threads_record_concurrently) {
    pthread_t th[4];
    tw_context ctx;
    int i;
    tw_stats st;
    CHECK(start(32768, 512) == TW_OK);
    {
        TW_SPAN("pool.parent");
        ctx = tw_current_context();
        for (i = 0; i < 4; i++) pthread_create(&th[i], NULL, worker, &ctx);
        for (i = 0; i < 4; i++) pthread_join(th[i], NULL);
    }
    CHECK(tw_flush(10000) == TW_OK);
    st = tw_get_stats();
    CHECKF(st.spans_exported == 16001 && st.spans_dropped == 0, "exported %llu dropped %llu",
           (unsigned long long)st.spans_exported, (unsigned long long)st.spans_dropped);
    {
        char hex[64];
        int k;
        snprintf(hex, sizeof hex, "\"traceId\":\"");
        for (k = 0; k < 16; k++) snprintf(hex + 11 + 2 * k, 3, "%02x", ctx.trace_id[k]);
        pthread_mutex_lock(&cap_mu);
        CHECK(count_str(cap_traces, hex) == 16001); /* every worker span joined the parent's trace */
        pthread_mutex_unlock(&cap_mu);
    }
    tw_shutdown();
}

/* The JSON object of the exported span named name (the first one), copied into out; 0 if none. */
static int span_json(const char *name, char *out, size_t size) {
    char pat[128];
    const char *at, *from, *to, *p;
    size_t n;
    snprintf(pat, sizeof pat, "\"name\":\"%s\"", name);
    if (!cap_traces || (at = strstr(cap_traces, pat)) == NULL) return 0;
    for (from = at; from > cap_traces && strncmp(from, "{\"traceId\":", 11) != 0; from--) {
    }
    to = strstr(at, "{\"traceId\":");
    p = strchr(at, '\n');
    if (!to || (p && p < to)) to = p ? p : at + strlen(at);
    n = (size_t)(to - from) < size - 1 ? (size_t)(to - from) : size - 1;
    memcpy(out, from, n);
    out[n] = 0;
    return 1;
}
static void hex_of(const uint8_t *id, size_t n, char *out) {
    size_t i;
    for (i = 0; i < n; i++) snprintf(out + 2 * i, 3, "%02x", id[i]);
}

/* A thread's log is a ring: records of every size (inline, heap, handed over past 16 KiB) wrap
   around it many times, and each arrives whole; with no flush between them, the log fills and the
   excess is dropped and counted, never torn; records larger than the room left are handed over, so
   that only the span count bounds the log. */
static void fill(char *v, size_t n, long i) {
    size_t j;
    for (j = 0; j < n; j++) v[j] = (char)('a' + (i + (long)j) % 26);
    v[n] = 0;
}
/* Span i of the test: an attribute "v" of sized_len(i) bytes, and "i". */
static size_t sized_len(long i) { return (size_t)(i * 7919 % 40000); }
static void sized_span(char *v, long i) {
    size_t n = sized_len(i);
    fill(v, n, i);
    {
        TW_SPAN("sized");
        tw_set_span_attribute_strn("v", v, n);
        tw_set_span_attribute_int("i", i);
    }
}
static size_t check_sizes(long count, size_t *bad) {
    const char *p;
    char *v = (char *)malloc(40001);
    size_t found = 0;
    *bad = 0;
    pthread_mutex_lock(&cap_mu);
    for (p = cap_traces; p && (p = strstr(p, "{\"key\":\"v\",\"value\":{\"stringValue\":\"")) != NULL;) {
        const char *s = p + 35, *q = strchr(s, '"'), *iv;
        long i;
        if (!q || (iv = strstr(q, "{\"key\":\"i\",\"value\":{\"intValue\":\"")) == NULL) break;
        i = atol(iv + 32);
        if (i < 0 || i >= count) {
            (*bad)++;
        } else {
            size_t n = sized_len(i);
            fill(v, n, i);
            if ((size_t)(q - s) != n || memcmp(s, v, n) != 0) (*bad)++;
        }
        found++;
        p = q;
    }
    pthread_mutex_unlock(&cap_mu);
    free(v);
    return found;
}
TEST(log_wraps_and_every_record_arrives_whole) {
    char *v = (char *)malloc(40001);
    long i;
    size_t bad, found;
    tw_stats st;
    CHECK(start(64, 16) == TW_OK); /* a 64 KiB log */
    for (i = 0; i < 600; i++) {
        sized_span(v, i);
        if (i % 2) CHECK(tw_flush(5000) == TW_OK);
    }
    CHECK(tw_flush(5000) == TW_OK);
    st = tw_get_stats();
    found = check_sizes(600, &bad);
    CHECKF(found == 600 && bad == 0 && st.spans_dropped == 0 && st.spans_exported == 600, "found %zu bad %zu dropped %llu",
           found, bad, (unsigned long long)st.spans_dropped);
    tw_shutdown();
    /* no flush: the log fills */
    CHECK(start(64, 16) == TW_OK);
    for (i = 0; i < 3000; i++) sized_span(v, i);
    CHECK(tw_flush(10000) == TW_ERR_LOST);
    st = tw_get_stats();
    found = check_sizes(3000, &bad);
    CHECKF(bad == 0 && found == st.spans_exported && st.spans_exported + st.spans_dropped == 3000 && st.spans_started == 3000,
           "found %zu bad %zu exported %llu dropped %llu", found, bad, (unsigned long long)st.spans_exported,
           (unsigned long long)st.spans_dropped);
    tw_shutdown();
    /* a stalled exporter and records larger than the log: handed over, not dropped, up to the
       queue's span count */
    __atomic_store_n(&cap_stall_ms, 300, __ATOMIC_RELAXED);
    CHECK(start(64, 16) == TW_OK);
    for (i = 0; i < 60; i++) {
        fill(v, 10000, i);
        {
            TW_SPAN("ten_kb");
            tw_set_span_attribute_strn("v", v, 10000);
            tw_set_span_attribute_int("i", i);
        }
    }
    st = tw_get_stats();
    CHECKF(st.spans_dropped == 0, "dropped %llu", (unsigned long long)st.spans_dropped);
    __atomic_store_n(&cap_stall_ms, 0, __ATOMIC_RELAXED);
    CHECK(tw_flush(10000) == TW_OK);
    CHECK(tw_get_stats().spans_exported == 60);
    pthread_mutex_lock(&cap_mu);
    {
        size_t ok = 0;
        for (i = 0; i < 60; i++) {
            char want[64];
            fill(v, 10000, i);
            snprintf(want, sizeof want, "{\"key\":\"i\",\"value\":{\"intValue\":\"%ld\"}}", i);
            ok += strstr(cap_traces, v) != NULL && strstr(cap_traces, want) != NULL;
        }
        CHECKF(ok == 60, "%zu of 60 whole", ok);
    }
    pthread_mutex_unlock(&cap_mu);
    tw_shutdown();
    free(v);
}

/* Spans ended out of order, or on a thread other than the one that started them (the owner), or
   after their owner exited: each is exported once, and the owner's current span stays right. */
static void *end_span(void *arg) {
    tw_span_end((tw_span *)arg);
    return NULL;
}
static void *start_and_exit(void *arg) {
    *(tw_span **)arg = tw_span_start("orphan");
    return NULL;
}
TEST(spans_ended_out_of_order_or_on_another_thread) {
    tw_span *root, *a, *b, *h, *c, *orphan = NULL;
    tw_context rc, cc;
    pthread_t th;
    char js[4096], want[128], hex[17];
    int k;
    CHECK(start(2048, 512) == TW_OK);
    root = tw_span_start("root");
    rc = tw_current_context();
    a = tw_span_start("a");
    b = tw_span_start("b");
    tw_span_end(a); /* b stays current; when it ends, root is current again */
    CHECK(tw_current_span() == b);
    tw_set_span_attribute_str("on", "b");
    tw_span_end(b);
    CHECK(tw_current_span() == root);
    for (k = 0; k < 3; k++) { /* ended by another thread while current here */
        h = tw_span_start("handed");
        CHECK(pthread_create(&th, NULL, end_span, h) == 0);
        pthread_join(th, NULL);
        CHECK(tw_current_span() == root);
    }
    tw_set_span_attribute_str("on", "root");
    c = tw_span_start("c");
    cc = tw_current_context();
    tw_span_end(c);
    tw_span_end(root);
    CHECK(tw_current_span() == NULL);
    CHECK(pthread_create(&th, NULL, start_and_exit, &orphan) == 0); /* its owner is gone when it ends */
    pthread_join(th, NULL);
    CHECK(orphan != NULL);
    tw_span_end(orphan);
    CHECK(tw_flush(5000) == TW_OK);
    pthread_mutex_lock(&cap_mu);
    CHECKF(cap_spans == 8, "%zu spans", cap_spans);
    CHECK(count_str(cap_traces, "\"name\":\"handed\"") == 3 && count_str(cap_traces, "\"name\":\"orphan\"") == 1);
    CHECK(span_json("b", js, sizeof js) && strstr(js, "{\"key\":\"on\",\"value\":{\"stringValue\":\"b\"}}"));
    CHECK(span_json("root", js, sizeof js) && strstr(js, "{\"key\":\"on\",\"value\":{\"stringValue\":\"root\"}}"));
    hex_of(rc.span_id, 8, hex);
    snprintf(want, sizeof want, "\"parentSpanId\":\"%s\"", hex);
    CHECK(span_json("c", js, sizeof js) && strstr(js, want)); /* c's parent is root, not an ended span */
    CHECK(memcmp(cc.trace_id, rc.trace_id, 16) == 0);
    CHECK(span_json("a", js, sizeof js) && strstr(js, want));
    pthread_mutex_unlock(&cap_mu);
    tw_shutdown();
}

/* Four threads start spans, nest them, end them out of order, and hand some to a mailbox from which
   any thread (or, after they exit, this one) ends them: every span started is exported once. */
static pthread_mutex_t box_mu = PTHREAD_MUTEX_INITIALIZER;
static tw_span *box[64];
static int box_n;
static void *mixer(void *arg) {
    uint64_t x = (uint64_t)(uintptr_t)arg * 0x9E3779B97F4A7C15u + 1;
    int i;
    for (i = 0; i < 3000; i++) {
        tw_span *s, *b, *c, *other = NULL;
        unsigned r;
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        r = (unsigned)(x >> 32);
        s = tw_span_start("mix");
        tw_set_span_attribute_int("i", i);
        if (r % 5 == 0) { /* out of order */
            b = tw_span_start("mix.b");
            c = tw_span_start("mix.c");
            tw_span_end(b);
            tw_set_span_attribute_str("on", "c");
            tw_span_end(c);
        }
        pthread_mutex_lock(&box_mu);
        if (r % 3 == 0 && box_n < 64) box[box_n++] = s, s = NULL; /* handed over, still open */
        else if (r % 3 == 1 && box_n > 0) other = box[--box_n];
        pthread_mutex_unlock(&box_mu);
        if (s) tw_span_end(s);
        if (other) tw_span_end(other);
    }
    return NULL;
}
TEST(spans_handed_between_threads_under_stress) {
    pthread_t th[4];
    int i;
    tw_stats st;
    CHECK(start(65536, 512) == TW_OK);
    for (i = 0; i < 4; i++) CHECK(pthread_create(&th[i], NULL, mixer, (void *)(uintptr_t)(i + 1)) == 0);
    for (i = 0; i < 4; i++) pthread_join(th[i], NULL);
    while (box_n > 0) tw_span_end(box[--box_n]); /* their threads have exited */
    CHECK(tw_flush(10000) == TW_OK);
    st = tw_get_stats();
    CHECKF(st.spans_dropped == 0 && st.spans_exported == st.spans_started && st.spans_started >= 12000,
           "started %llu exported %llu dropped %llu", (unsigned long long)st.spans_started, (unsigned long long)st.spans_exported,
           (unsigned long long)st.spans_dropped);
    pthread_mutex_lock(&cap_mu);
    CHECK(cap_spans == st.spans_started && valid_json_lines(cap_traces));
    pthread_mutex_unlock(&cap_mu);
    tw_shutdown();
}

/* Threads that trace and exit: every span is exported and counted, and their logs are freed. */
static void *short_lived(void *arg) {
    int i;
    (void)arg;
    for (i = 0; i < 100; i++) { TW_SPAN("short"); tw_set_span_attribute_int("i", i); }
    return NULL;
}
TEST(threads_that_exit_are_counted_and_their_logs_freed) {
    pthread_t th[4];
    int round, i, nlogs = 0;
    tw_stats st;
    tw__ring *lg;
    CHECK(start(2048, 512) == TW_OK);
    for (round = 0; round < 10; round++) {
        for (i = 0; i < 4; i++) CHECK(pthread_create(&th[i], NULL, short_lived, NULL) == 0);
        for (i = 0; i < 4; i++) pthread_join(th[i], NULL);
    }
    CHECK(tw_flush(5000) == TW_OK);
    st = tw_get_stats();
    CHECKF(st.spans_started == 4000 && st.spans_exported == 4000 && st.spans_dropped == 0, "started %llu exported %llu",
           (unsigned long long)st.spans_started, (unsigned long long)st.spans_exported);
    pthread_mutex_lock(&tw__reg.mu);
    for (lg = tw__reg.rings; lg; lg = lg->next) nlogs += !TW__LOAD(&lg->dead);
    for (lg = tw__reg.rings, i = 0; lg; lg = lg->next) i++;
    pthread_mutex_unlock(&tw__reg.mu);
    CHECKF(i == nlogs && i <= 1, "%d logs, %d of live threads", i, nlogs); /* at most this thread's */
    tw_shutdown();
}

/* tw_init again with another queue size: each thread's log follows it. */
TEST(reinit_resizes_the_logs) {
    long i;
    tw_stats st;
    __atomic_store_n(&cap_stall_ms, 200, __ATOMIC_RELAXED);
    CHECK(start(64, 16) == TW_OK);
    for (i = 0; i < 500; i++) { TW_SPAN("small"); }
    CHECK(tw_get_stats().spans_dropped > 0);
    __atomic_store_n(&cap_stall_ms, 0, __ATOMIC_RELAXED);
    log_count = 0;
    tw_shutdown();
    CHECK(start(8192, 8192) == TW_OK); /* a batch as large as the queue: nothing leaves before the flush */
    for (i = 0; i < 8000; i++) { TW_SPAN("larger"); tw_set_span_attribute_int("i", i); }
    st = tw_get_stats();
    CHECKF(st.spans_dropped == 0 && st.spans_started == 8000, "dropped %llu", (unsigned long long)st.spans_dropped);
    CHECK(tw_flush(10000) == TW_OK);
    CHECK(tw_get_stats().spans_exported == 8000);
    tw_shutdown();
}

TEST(fork_child_gets_a_working_tracer) {
    int fds[2], status = -1;
    pid_t pid;
    char parent_tp[64], buf[128] = "";
    CHECK(start(2048, 512) == TW_OK);
    CHECK(pipe(fds) == 0);
    tw_add_prompt_size(100, "input"); /* the parent's tokens, not the child's */
    {
        TW_SPAN("parent.before_fork");
        tw_traceparent(parent_tp, sizeof parent_tp);
        pid = fork();
        if (pid == 0) {
            /* the child records and flushes on its own exporter thread */
            char tp[64] = "";
            { TW_SPAN("child.work"); tw_traceparent(tp, sizeof tp); }
            /* the child is a new instance: its own span only, its counters from zero, and the span
               open at the fork (the parent's to export) is neither lost nor exported here */
            int ok;
            tw_add_prompt_size(3, "input");
            ok = tw_flush(5000) == TW_OK && tw_get_stats().spans_exported == 1 && tw_get_stats().spans_open == 0 &&
                 strncmp(tp, parent_tp, 36) == 0 && strcmp(tp, parent_tp) != 0 &&
                 tw_counter_value(tw_counter_get("prompt_size", NULL, NULL), "direction", "input") == 3;
            ok = ok && tw_shutdown() == TW_OK && tw_get_stats().spans_exported == 1;
            if (write(fds[1], ok ? "ok" : "no", 2) != 2) _exit(3);
            _exit(ok ? 0 : 1);
        }
    }
    close(fds[1]);
    CHECK(read(fds[0], buf, 2) == 2 && memcmp(buf, "ok", 2) == 0);
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    close(fds[0]);
    CHECK(tw_flush(5000) == TW_OK && cap_spans >= 1);
    tw_shutdown();
}

/* The console exporter prints a trace as one tree even when its spans end in different batches. */
/* Runs body with the console exporter (tracing started and shut down around it) and returns what
   it printed on standard output. */
static const char *console_output(void (*body)(void)) {
    tw_config c = tw_config_default();
    char path[] = "/tmp/twtrace-console-XXXXXX";
    int fd = mkstemp(path), saved;
    static char text[1 << 15];
    size_t n;
    FILE *f;
    CHECK(fd >= 0);
    fflush(stdout);
    saved = dup(1);
    dup2(fd, 1);
    c.enabled = 1, c.exporter = "console", c.max_export_batch_size = 2, c.schedule_delay_ms = 20;
    CHECK(tw_init(&c) == TW_OK);
    body();
    tw_shutdown();
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    f = fopen(path, "rb");
    n = f ? fread(text, 1, sizeof text - 1, f) : 0;
    text[n] = 0;
    if (f) fclose(f);
    close(fd);
    unlink(path);
    return text;
}

static void two_traces(void) {
    tw_span *root = tw_span_start("Session.send_message");
    { TW_SPAN("Planner.reply"); }
    { TW_SPAN("CodeInterpreter.reply"); }
    usleep(100000); /* the two children are exported (and held) before the root ends */
    tw_span_end(root);
    { TW_SPAN("another.trace"); }
}
TEST(console_prints_each_trace_as_one_tree) {
    const char *text = console_output(two_traces);
    CHECKF(count_str(text, "(taskweaver.otlp.tracer)\n") == 2, "%s", text); /* two trace headers */
    CHECK(strstr(text, "  Session.send_message") && strstr(text, "    Planner.reply") && strstr(text, "    CodeInterpreter.reply"));
    CHECK(strstr(text, "Session.send_message") < strstr(text, "Planner.reply"));
}

/* What a user looks at first: prompts, responses and code (one line each, escaped, cut with their
   length), numbers and booleans, events with their attributes, exceptions with type and message. */
static void every_kind(void) {
    static char prompt[301];
    tw_attr a[3];
    memset(prompt, 'w', 300);
    memcpy(prompt, "You are the Planner.\n\"Plan\" it\t", 31);
    TW_SPAN("Planner.reply");
    tw_set_span_attribute_str("prompt", prompt);
    tw_set_span_attribute_str("response", "short\x01");
    tw_set_span_attribute_int("prompt_size", 7);
    tw_set_span_attribute_int("prompt_size", 42); /* the last value is shown */
    tw_set_span_attribute_double("temperature", 0.25);
    tw_set_span_attribute_bool("stream", 1);
    a[0] = TW_ATTR_INT("attempt", 2), a[1] = TW_ATTR_STR("reason", "rate limited"), a[2] = TW_ATTR_BOOL("final", 0);
    tw_add_span_event("retry", a, 3);
    tw_set_span_exception("FileNotFoundError", "No such file: 'sale.csv'", "Traceback (most recent call last):\n  line 2");
}
TEST(console_shows_every_attribute_and_event) {
    const char *text = console_output(every_kind);
    CHECKF(strstr(text, "  Planner.reply  ") && strstr(text, "ERROR  \"No such file: 'sale.csv'\""), "%s", text);
    CHECKF(strstr(text, "\n      prompt = \"You are the Planner.\\n\\\"Plan\\\" it\\twwww") && strstr(text, "w\"... (300 bytes)\n"), "%s", text);
    CHECK(strstr(text, "\n      response = \"short\\x01\"\n"));
    CHECK(strstr(text, "\n      prompt_size = 42\n") && !strstr(text, "prompt_size = 7"));
    CHECK(strstr(text, "\n      temperature = 0.25\n") && strstr(text, "\n      stream = true\n"));
    CHECKF(strstr(text, "\n      event \"retry\"  (+") && strstr(text, "attempt=2  reason=\"rate limited\"  final=false\n"), "%s", text);
    CHECKF(strstr(text, "\n      exception FileNotFoundError: \"No such file: 'sale.csv'\"  (+") &&
               strstr(text, "\n        stacktrace \"Traceback (most recent call last):\\n  line 2\"\n"),
           "%s", text);
}

TEST(console_and_file_exporters) {
    tw_config c = tw_config_default();
    char path[] = "/tmp/twtrace-test-XXXXXX";
    int fd = mkstemp(path);
    FILE *f;
    static char text[1 << 16];
    size_t n;
    CHECK(fd >= 0);
    close(fd);
    c.enabled = 1, c.exporter = "file", c.file_path = path;
    CHECK(tw_init(&c) == TW_OK);
    { TW_SPAN("to.file"); tw_add_prompt_size(2, "input"); }
    tw_shutdown();
    f = fopen(path, "rb");
    n = f ? fread(text, 1, sizeof text - 1, f) : 0;
    text[n] = 0;
    if (f) fclose(f);
    CHECK(valid_json_lines(text) && strstr(text, "{\"resourceSpans\":") == text && strstr(text, "\n{\"resourceMetrics\":"));
    unlink(path);
    c.file_path = "/nonexistent-dir/x.jsonl";
    log_count = 0;
    CHECK(tw_init(&c) == TW_ERR_IO && strstr(last_log, "/nonexistent-dir/x.jsonl"));
    tw_register_otlp_factory(NULL);
    c.exporter = "otlp";
    CHECK(tw_init(&c) == TW_ERR_EXPORTER && strstr(last_log, "twotlp_http.h"));
    tw_register_otlp_factory(cap_factory);
}


/* --- span scopes keep C's control flow --- */
/* The captured span object (as JSON) of the k-th span named name, or NULL; *len its length. */
static const char *span_obj(const char *name, int k, size_t *len) {
    char needle[160];
    const char *p = cap_traces;
    snprintf(needle, sizeof needle, "\"name\":\"%s\",\"kind\"", name);
    while (p && (p = strstr(p, needle)) != NULL) {
        if (k-- == 0) {
            const char *st = p, *en = strstr(p, "{\"traceId\"");
            while (st > cap_traces && strncmp(st, "{\"traceId\"", 10) != 0) st--;
            if (!en) en = p + strlen(p);
            *len = (size_t)(en - st);
            return st;
        }
        p++;
    }
    return NULL;
}
/* The value of "field":"..." (an id) in a span object into out (17+ bytes); "" when absent. */
static const char *span_field(const char *obj, size_t len, const char *field, char *out, size_t cap) {
    char needle[64];
    const char *p;
    snprintf(needle, sizeof needle, "\"%s\":\"", field);
    out[0] = 0;
    p = obj ? strstr(obj, needle) : NULL;
    if (p && p < obj + len) {
        const char *q = p + strlen(needle), *e = strchr(q, '"');
        size_t n = e ? (size_t)(e - q) : 0;
        if (n >= cap) n = cap - 1;
        memcpy(out, q, n), out[n] = 0;
    }
    return out;
}
static int span_has(const char *name, int k, const char *text) {
    size_t len = 0;
    const char *o = span_obj(name, k, &len);
    char *copy;
    int r;
    if (!o) return 0;
    copy = (char *)malloc(len + 1);
    memcpy(copy, o, len), copy[len] = 0;
    r = strstr(copy, text) != NULL;
    free(copy);
    return r;
}
static int parent_is(const char *child, int k, const char *parent) {
    size_t cl = 0, pl = 0;
    const char *c = span_obj(child, k, &cl), *p = span_obj(parent, 0, &pl);
    char a[40], b[40];
    return c && p && strcmp(span_field(c, cl, "parentSpanId", a, sizeof a), span_field(p, pl, "spanId", b, sizeof b)) == 0 && a[0];
}

/* TW_SPAN(name); is a declaration: break in a loop leaves the loop (the body runs once), and the
   attribute set after it lands on that span, a child of the enclosing one. */
TEST(span_scope_break_leaves_the_loop) {
    int a, n = 0;
    CHECK(start(2048, 512) == TW_OK);
    {
        TW_SPAN("CodeInterpreter.reply");
        for (a = 1; a <= 3; a++) {
            TW_SPAN("CodeExecutor.execute");
            n++;
            tw_set_span_attribute_int("attempt", a);
            if (a == 1) break;
        }
        CHECK(tw_current_span() != NULL);
    }
    CHECK(tw_current_span() == NULL);
    CHECK(tw_flush(5000) == TW_OK);
    pthread_mutex_lock(&cap_mu);
    CHECKF(n == 1, "the body ran %d times", n);
    CHECK(cap_spans == 2 && span_has("CodeExecutor.execute", 0, "{\"key\":\"attempt\",\"value\":{\"intValue\":\"1\"}}"));
    CHECK(!span_has("CodeInterpreter.reply", 0, "attempt"));
    CHECK(parent_is("CodeExecutor.execute", 0, "CodeInterpreter.reply"));
    pthread_mutex_unlock(&cap_mu);
    CHECK(tw_shutdown() == TW_OK);
}

/* continue goes to the next iteration and ends the iteration's span: one span an iteration, each
   with its own attribute; the code after continue runs only where it should. */
TEST(span_scope_continue_ends_the_iteration) {
    int a, after = 0;
    CHECK(start(2048, 512) == TW_OK);
    {
        TW_SPAN("Planner.loop");
        for (a = 1; a <= 3; a++) {
            TW_SPAN("Planner.step");
            tw_set_span_attribute_int("step", a);
            if (a == 2) continue;
            after++;
        }
    }
    CHECK(tw_flush(5000) == TW_OK);
    pthread_mutex_lock(&cap_mu);
    CHECKF(after == 2, "the rest of the body ran %d times", after);
    CHECK(cap_spans == 4);
    for (a = 0; a < 3; a++) {
        char want[80];
        snprintf(want, sizeof want, "{\"key\":\"step\",\"value\":{\"intValue\":\"%d\"}}", a + 1);
        CHECKF(span_has("Planner.step", a, want) && parent_is("Planner.step", a, "Planner.loop"), "step %d", a + 1);
    }
    pthread_mutex_unlock(&cap_mu);
    CHECK(tw_shutdown() == TW_OK);
}

/* In a switch, break inside the case's span leaves the switch: no fall-through into the next case. */
TEST(span_scope_switch_does_not_fall_through) {
    int hits = 0, k = 1;
    CHECK(start(2048, 512) == TW_OK);
    switch (k) {
    case 1: {
        TW_SPAN("case.one");
        hits |= 1;
        tw_set_span_attribute_int("k", k);
        break;
    }
    case 2:
        hits |= 2;
        break;
    }
    CHECK(tw_flush(5000) == TW_OK);
    pthread_mutex_lock(&cap_mu);
    CHECKF(hits == 1, "hits %d", hits);
    CHECK(cap_spans == 1 && span_has("case.one", 0, "{\"key\":\"k\",\"value\":{\"intValue\":\"1\"}}"));
    pthread_mutex_unlock(&cap_mu);
    CHECK(tw_current_span() == NULL);
    CHECK(tw_shutdown() == TW_OK);
}

/* goto out of the span's scope ends the span there; return out of a function too. */
static int returns_early(int fail) {
    TW_SPAN_FUNC();
    tw_set_span_attribute_int("fail", fail);
    if (fail) return -1;
    tw_set_span_attribute_str("reached", "yes");
    return 0;
}
TEST(span_scope_goto_and_return_end_the_span) {
    int reached = 0;
    tw_span *outer;
    CHECK(start(2048, 512) == TW_OK);
    outer = tw_span_start("outer");
    {
        TW_SPAN("with.goto");
        tw_set_span_attribute_int("x", 1);
        if (outer) goto out;
        reached = 1;
    }
out:
    CHECK(tw_current_span() == outer);
    CHECK(returns_early(1) == -1 && tw_current_span() == outer);
    tw_span_end(outer);
    CHECK(tw_flush(5000) == TW_OK);
    pthread_mutex_lock(&cap_mu);
    CHECK(reached == 0 && cap_spans == 3);
    CHECK(span_has("with.goto", 0, "\"key\":\"x\"") && parent_is("with.goto", 0, "outer"));
    CHECK(span_has("returns_early", 0, "\"key\":\"fail\"") && !span_has("returns_early", 0, "reached") && parent_is("returns_early", 0, "outer"));
    pthread_mutex_unlock(&cap_mu);
    CHECK(tw_shutdown() == TW_OK);
}

/* A span still open at tw_shutdown (exit() inside a span, a forgotten end) is ended there, marked,
   exported with its children's parent intact, and named in the report; the program's later end of
   it does nothing harmful. Spans open on other threads are counted as lost. */
static void *open_forever(void *arg) {
    tw_span **out = (tw_span **)arg;
    *out = tw_span_start("worker.never_ended");
    return NULL;
}
TEST(spans_open_at_shutdown_are_exported_and_reported) {
    tw_span *session, *plan, *worker = NULL;
    pthread_t th;
    int r;
    CHECK(start(2048, 512) == TW_OK);
    session = tw_span_start("Session.send_message");
    plan = tw_span_start("Planner.reply");
    { TW_SPAN("Planner.llm_call"); }
    CHECK(pthread_create(&th, NULL, open_forever, &worker) == 0 && pthread_join(th, NULL) == 0);
    CHECK(tw_get_stats().spans_open == 3);
    log_count = 0;
    r = tw_shutdown();
    CHECKF(r == TW_ERR_LOST, "%d", r); /* the worker's span is lost */
    CHECKF(log_count == 1 && strstr(last_log, "1 of 4 spans lost (1 still open on other threads)") &&
               strstr(last_log, "2 spans still open on this thread were ended by the shutdown") && strstr(last_log, "Planner.reply, Session.send_message"),
           "%s", last_log);
    pthread_mutex_lock(&cap_mu);
    CHECK(cap_spans == 3);
    CHECK(span_has("Planner.reply", 0, "{\"key\":\"twtrace.open_at_shutdown\",\"value\":{\"boolValue\":true}}"));
    CHECK(span_has("Session.send_message", 0, "twtrace.open_at_shutdown") && !span_has("Planner.llm_call", 0, "open_at_shutdown"));
    CHECK(parent_is("Planner.llm_call", 0, "Planner.reply") && parent_is("Planner.reply", 0, "Session.send_message"));
    pthread_mutex_unlock(&cap_mu);
    tw_span_end(plan); /* the program ends them after all: only freed (ASan would see a double free or a leak) */
    tw_span_end(session);
    tw_span_end(worker);
    CHECK(start(2048, 512) == TW_OK); /* and a new run starts clean */
    { TW_SPAN("next.run"); }
    CHECK(tw_flush(5000) == TW_OK && cap_spans == 1 && tw_get_stats().spans_open == 0);
    CHECK(tw_shutdown() == TW_OK);
}

/* tw_add_prompt_size(tw_count_tokens(...)) with an error result says so once, instead of vanishing. */
TEST(negative_prompt_size_is_logged_once) {
    int64_t before;
    CHECK(start(2048, 512) == TW_OK);
    before = tw_counter_value(tw_counter_get("prompt_size", NULL, NULL), "direction", "input");
    log_count = 0;
    tw_add_prompt_size(TW_ERR_NO_TOKENIZER, "input");
    CHECKF(log_count == 1 && strstr(last_log, "negative size is not counted") && strstr(last_log, "no tokenizer"), "%s", last_log);
    tw_add_prompt_size(-1, "output");
    CHECK(log_count == 1);
    CHECK(tw_counter_value(tw_counter_get("prompt_size", NULL, NULL), "direction", "input") == before);
    CHECK(tw_shutdown() == TW_OK);
}

/* The resource: a service.instance.id (UUID v4) that differs between processes and runs, unique
   keys, and OTEL_RESOURCE_ATTRIBUTES replacing what it names (the last of a key wins). */
/* One run with a span (started by start()), after which out gets its resource and id its
   service.instance.id; the tracer is shut down. */
static void one_run_resource(char *out, size_t cap, char id[40]) {
    const char *r, *e, *p;
    size_t n;
    { TW_SPAN("one"); }
    CHECK(tw_flush(5000) == TW_OK);
    pthread_mutex_lock(&cap_mu);
    r = strstr(cap_traces ? cap_traces : "", "{\"resource\":");
    e = r ? strstr(r, "]}") : NULL;
    n = r && e ? (size_t)(e - r) : 0;
    if (n >= cap) n = cap - 1;
    memcpy(out, r ? r : "", n), out[n] = 0;
    pthread_mutex_unlock(&cap_mu);
    CHECK(tw_shutdown() == TW_OK);
    p = strstr(out, "\"service.instance.id\",\"value\":{\"stringValue\":\"");
    memset(id, 0, 40);
    if (p) memcpy(id, p + 46, 36);
}
TEST(resource_has_an_instance_id_and_unique_keys) {
    char r1[2048], r2[2048], id1[40], id2[40];
    CHECK(start(2048, 512) == TW_OK);
    one_run_resource(r1, sizeof r1, id1);
    CHECKF(strlen(id1) == 36 && id1[8] == '-' && id1[14] == '4' && strchr("89ab", id1[19]), "%s", r1);
    setenv("OTEL_RESOURCE_ATTRIBUTES", "a=1,a=2,host.name=x,process.pid=1,bad key=3,deployment.environment=prod%2Cstage", 1);
    log_count = 0;
    CHECK(start(2048, 512) == TW_OK);
    unsetenv("OTEL_RESOURCE_ATTRIBUTES");
    CHECKF(log_count == 1 && strstr(last_log, "\"bad key=3\" ignored"), "%s", last_log);
    one_run_resource(r2, sizeof r2, id2);
    CHECKF(strlen(id2) == 36 && strcmp(id1, id2) != 0, "%s vs %s", id1, id2);
    CHECKF(count_str(r2, "\"key\":\"a\"") == 1 && strstr(r2, "\"key\":\"a\",\"value\":{\"stringValue\":\"2\"}"), "%s", r2);
    CHECK(count_str(r2, "\"key\":\"host.name\"") == 1 && strstr(r2, "\"key\":\"host.name\",\"value\":{\"stringValue\":\"x\"}"));
    CHECK(count_str(r2, "\"key\":\"process.pid\"") == 1 && strstr(r2, "\"key\":\"process.pid\",\"value\":{\"stringValue\":\"1\"}"));
    CHECK(strstr(r2, "{\"stringValue\":\"prod,stage\"}") && !strstr(r2, "badkey") && !strstr(r2, "bad key"));
}

/* Every span carries status with its code, and links and events arrays, as the OTel JS SDK writes
   them (receivers that are strict about it reject a bare "status":{}). */
TEST(spans_carry_status_code_links_and_events) {
    CHECK(start(2048, 512) == TW_OK);
    { TW_SPAN("plain"); }
    CHECK(tw_flush(5000) == TW_OK);
    pthread_mutex_lock(&cap_mu);
    CHECKF(span_has("plain", 0, "\"events\":[],\"droppedEventsCount\":0,\"status\":{\"code\":0},\"links\":[],\"droppedLinksCount\":0}") &&
               span_has("plain", 0, "\"attributes\":[],\"droppedAttributesCount\":0"),
           "%s", cap_traces);
    CHECK(valid_json_lines(cap_traces));
    pthread_mutex_unlock(&cap_mu);
    CHECK(tw_shutdown() == TW_OK);
}


/* A config buffer that is not NUL-terminated and ends at an unmapped page: an integer that ends the
   buffer must not be read past its end (strtod did; ASan cannot see reads inside libc). */
TEST(config_number_at_the_end_of_the_buffer_is_not_overread) {
    long pg = sysconf(_SC_PAGESIZE);
    char *map = (char *)mmap(NULL, (size_t)pg * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    static const char *const cases[] = {"{\"tracing.max_queue_size\":1", "{\"tracing.max_queue_size\":12e", "{\"tracing.max_queue_size\":-",
                                        "{\"tracing.enabled\":tru", "{\"x\":1.5E+"};
    size_t i;
    CHECK(map != MAP_FAILED);
    if (map == MAP_FAILED) return;
    CHECK(mprotect(map + pg, (size_t)pg, PROT_NONE) == 0);
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n = strlen(cases[i]);
        char *at = map + pg - n, err[256];
        tw_config c = tw_config_default();
        memcpy(at, cases[i], n);
        CHECKF(tw_config_load_string(at, n, "edge.json", &c, err, sizeof err) == TW_ERR_CONFIG, "%s", cases[i]);
    }
    munmap(map, (size_t)pg * 2);
}


/* The TSC is read only on x86 Linux where the kernel uses it; elsewhere (aarch64, s390x) ticks are
   clock_gettime nanoseconds, and spans still get Unix times. */
TEST(clock_source_fits_the_cpu) {
    tw_config c = tw_config_default();
    c.enabled = 1, c.exporter = "otlp", c.cpu_clock = 1;
    cap_reset();
    CHECK(tw_init(&c) == TW_OK);
#if defined(__x86_64__) || defined(__i386__)
    CHECK(tw__clk.tsc == tw__kernel_uses_tsc());
#else
    CHECK(TW__HAVE_TSC == 0 && tw__clk.tsc == 0);
#endif
    {
        uint64_t t0 = unix_ns(), t;
        { TW_SPAN("timed"); }
        CHECK(tw_flush(5000) == TW_OK);
        pthread_mutex_lock(&cap_mu);
        t = nth_time("\"startTimeUnixNano\":\"", 0);
        CHECKF(t + 2000000 >= t0 && t <= unix_ns() + 2000000, "%llu vs %llu", (unsigned long long)t, (unsigned long long)t0);
        pthread_mutex_unlock(&cap_mu);
    }
    CHECK(tw_shutdown() == TW_OK);
}


/* When the exporter's batch cannot be allocated (huge sizes under a memory limit), tw_init fails and
   says why; it used to return OK with an exporter thread that had quietly exited. */
TEST(exporter_batch_that_cannot_be_allocated_fails_init) {
    pid_t pid;
    int status = -1;
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        struct rlimit lim;
        tw_config c = tw_config_default();
        int r;
        lim.rlim_cur = lim.rlim_max = (rlim_t)1 << 30; /* 1 GiB of address space; the batch wants 16 GiB */
        if (setrlimit(RLIMIT_AS, &lim) != 0) _exit(3);
        c.enabled = 1, c.exporter = "none", c.max_queue_size = 2147483647, c.max_export_batch_size = 2147483647;
        log_count = 0;
        r = tw_init(&c);
        _exit(r == TW_ERR_NOMEM && log_count == 1 && strstr(last_log, "cannot allocate the exporter's batch") ? 0 : 1);
    }
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECKF(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child status %d", status);
}


/* A log holds max_queue_size spans whatever their size: with 1-10 KB attributes (far more than the
   log's 256 bytes a span) and the exporter stuck in an export after a first delivery, a thread that
   ends queue - 2 spans loses none (records that no longer fit are handed over, not copied). */
TEST(a_log_holds_its_queue_of_spans_of_any_size) {
    static char v[10001];
    int i, q = 16384;
    unsigned seed = 7;
    tw_stats st;
    memset(v, 'p', sizeof v - 1);
    CHECK(start(q, 512) == TW_OK);
    { TW_SPAN("first"); tw_set_span_attribute_strn("prompt", v, 5000); }
    CHECK(tw_flush(5000) == TW_OK); /* the first delivery */
    __atomic_store_n(&cap_block, 1, __ATOMIC_RELEASE);
    { TW_SPAN("stuck"); }
    tw_flush(0);
    for (i = 0; i < 5000 && !__atomic_load_n(&cap_blocked, __ATOMIC_ACQUIRE); i++) usleep(1000);
    CHECK(__atomic_load_n(&cap_blocked, __ATOMIC_ACQUIRE));
    for (i = 0; i < q - 2; i++) {
        TW_SPAN("CodeGenerator.reply");
        seed = seed * 1103515245u + 12345u;
        tw_set_span_attribute_strn("prompt", v, 1000 + (seed >> 8) % 9001);
    }
    st = tw_get_stats();
    CHECKF(st.spans_dropped == 0, "%llu of %d spans dropped below max_queue_size %d", (unsigned long long)st.spans_dropped, q - 2, q);
    __atomic_store_n(&cap_block, 0, __ATOMIC_RELEASE);
    CHECK(tw_flush(60000) == TW_OK);
    st = tw_get_stats();
    CHECKF(st.spans_exported == (uint64_t)q && st.spans_started == (uint64_t)q, "exported %llu", (unsigned long long)st.spans_exported);
    CHECK(tw_shutdown() == TW_OK);
}


/* A configuration file of 100 MB is refused at once by its size, without reading it. */
TEST(a_huge_config_file_is_refused_by_its_size) {
    char path[] = "/tmp/twtrace-huge-XXXXXX", err[256];
    int fd = mkstemp(path);
    tw_config c = tw_config_default();
    uint64_t t0;
    CHECK(fd >= 0 && ftruncate(fd, 100 << 20) == 0);
    close(fd);
    t0 = tw__mono_ms();
    CHECK(tw_config_load_file(path, &c, err, sizeof err) == TW_ERR_CONFIG);
    CHECKF(strstr(err, "104857600 bytes, larger than 64 MiB") && tw__mono_ms() - t0 < 100, "%s", err);
    unlink(path);
}


/* Found by fuzz_serializer and fuzz_lists: keys that differ only in invalid UTF-8 are one key once
   serialized (each bad byte becomes U+FFFD), so an attribute list held the same key twice, which
   OTLP forbids. The last value wins, as for any repeated key; the resource refuses such keys. */
TEST(keys_that_differ_only_in_invalid_utf8_are_one_key) {
    CHECK(start(2048, 512) == TW_OK);
    {
        TW_SPAN("bad.keys");
        tw_set_span_attribute_str("k\xfe", "first");
        tw_set_span_attribute_str("k\xff", "second");
    }
    CHECK(tw_flush(5000) == TW_OK);
    pthread_mutex_lock(&cap_mu);
    CHECKF(count_str(cap_traces, "\"key\":\"k\xEF\xBF\xBD\"") == 1 && strstr(cap_traces, "{\"stringValue\":\"second\"}") &&
               !strstr(cap_traces, "first"),
           "%s", cap_traces);
    pthread_mutex_unlock(&cap_mu);
    CHECK(tw_shutdown() == TW_OK);
    setenv("OTEL_RESOURCE_ATTRIBUTES", "k\xfe=1,k\xff=2", 1);
    log_count = 0;
    CHECK(start(2048, 512) == TW_OK);
    unsetenv("OTEL_RESOURCE_ATTRIBUTES");
    CHECKF(log_count == 2 && strstr(last_log, "a key must be valid UTF-8"), "%d %s", log_count, last_log);
    CHECK(tw_shutdown() == TW_OK);
}

int main(void) {
    tw_set_log_function(quiet_log, NULL);
    tw_register_otlp_factory(cap_factory);
    RUN(disabled_is_a_no_op);
    RUN(config_file_keys_and_errors);
    RUN(config_fuzz_never_crashes);
    RUN(env_overrides);
    RUN(spans_nest_and_export_as_otlp_json);
    RUN(times_are_unix_nanoseconds_with_either_clock);
    RUN(ids_are_random_nonzero_and_unique);
    RUN(traceparent_env_joins_the_remote_trace);
    RUN(large_and_limited_attributes);
    RUN(prompt_size_counter_and_token_counts);
    RUN(full_queue_drops_and_counts_never_blocks);
    RUN(threads_record_concurrently);
    RUN(log_wraps_and_every_record_arrives_whole);
    RUN(spans_ended_out_of_order_or_on_another_thread);
    RUN(spans_handed_between_threads_under_stress);
    RUN(threads_that_exit_are_counted_and_their_logs_freed);
    RUN(reinit_resizes_the_logs);
#if !defined(__SANITIZE_THREAD__) && !defined(__SANITIZE_ADDRESS__) && !defined(TW_NO_FORK_TEST)
    /* plain runs only: TSan cannot run threads in a forked child, and the ASan allocator's lock can
       be held by the exporter thread at the fork, which deadlocks the child's first allocation
       (glibc's malloc takes its locks around fork; the sanitizer runtime here does not). Under
       qemu-user (TW_NO_FORK_TEST, test/cross.sh) a forked child of a threaded process aborts in
       qemu itself (an assertion in its plugin or RCU code), before any of our code runs. */
    RUN(fork_child_gets_a_working_tracer);
    RUN(exporter_batch_that_cannot_be_allocated_fails_init); /* a memory limit: not with the sanitizers' shadow memory */
#endif
    RUN(console_prints_each_trace_as_one_tree);
    RUN(console_shows_every_attribute_and_event);
    RUN(console_and_file_exporters);
    RUN(shutdown_returns_within_timeout_with_a_stuck_exporter);
    RUN(span_ended_after_shutdown_is_discarded);
    RUN(span_scope_break_leaves_the_loop);
    RUN(span_scope_continue_ends_the_iteration);
    RUN(span_scope_switch_does_not_fall_through);
    RUN(span_scope_goto_and_return_end_the_span);
    RUN(spans_open_at_shutdown_are_exported_and_reported);
    RUN(negative_prompt_size_is_logged_once);
    RUN(resource_has_an_instance_id_and_unique_keys);
    RUN(spans_carry_status_code_links_and_events);
    RUN(config_number_at_the_end_of_the_buffer_is_not_overread);
    RUN(clock_source_fits_the_cpu);
    RUN(a_log_holds_its_queue_of_spans_of_any_size);
    RUN(a_huge_config_file_is_refused_by_its_size);
    RUN(keys_that_differ_only_in_invalid_utf8_are_one_key);
    cap_reset();
    TEST_EXIT();
}
