/* test_otlp.c - twotlp_http.h against the Node test receiver (test/otlp/receiver.mjs): conformance
   to the OTLP schema and its meaning, endpoints and headers, and behaviour under trouble (collector
   down then up, 503 with Retry-After, resets, garbage, slow answers, 4xx, oversized batches,
   shutdown with the collector down). Run by test/otlp/run.sh, which starts the receiver and passes
   its ports in RECV_DATA and RECV_CTL. Without them only the tests that need no receiver run. */
#include "../../twtokenize.h"
#define TWTRACE_IMPLEMENTATION
#include "../../twtokenize.h"
#include "../../twtrace.h"
#include "../../twotlp_http.h"
#include "../tw_test.h"
#include <arpa/inet.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static int data_port, ctl_port;
#include "ctl.h"
static char data_url[64];
static pthread_mutex_t log_mu = PTHREAD_MUTEX_INITIALIZER;
static char logs[16384];

static void capture_log(int level, const char *msg, void *user) {
    size_t n;
    (void)user, (void)level;
    pthread_mutex_lock(&log_mu);
    n = strlen(logs);
    if (n + strlen(msg) + 2 < sizeof logs) snprintf(logs + n, sizeof logs - n, "%s\n", msg);
    pthread_mutex_unlock(&log_mu);
}
static int logged(const char *needle) {
    int r;
    pthread_mutex_lock(&log_mu);
    r = strstr(logs, needle) != NULL;
    pthread_mutex_unlock(&log_mu);
    return r;
}
static size_t logged_count(const char *needle) {
    size_t n = 0;
    const char *p = logs;
    pthread_mutex_lock(&log_mu);
    while ((p = strstr(p, needle)) != NULL) n++, p++;
    pthread_mutex_unlock(&log_mu);
    return n;
}
static void clear_log(void) {
    pthread_mutex_lock(&log_mu);
    logs[0] = 0;
    pthread_mutex_unlock(&log_mu);
}

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void report_str(const char *key, char *out, size_t cap) {
    char r[65536], k[64];
    const char *p;
    size_t n = 0;
    snprintf(k, sizeof k, "\n%s=", key);
    ctl("/report", r + 1, sizeof r - 1);
    r[0] = '\n';
    p = strstr(r, k);
    if (p) {
        p += strlen(k);
        while (p[n] && p[n] != '\n' && n + 1 < cap) n++;
        memcpy(out, p, n);
    }
    out[n] = 0;
}

static tw_config otlp_config(void) {
    tw_config c = tw_config_default();
    c.enabled = 1, c.exporter = "otlp", c.endpoint = data_url, c.schedule_delay_ms = 50;
    c.service_name = "twtrace.test";
    c.export_timeout_ms = 10000;
    c.otlp_timeout_ms = 8000;
    return c;
}
static void spans(int n, const char *name) {
    int i;
    for (i = 0; i < n; i++) {
        { TW_SPAN(name); tw_set_span_attribute_int("i", i); }
    }
}
static void unset_env(void) {
    unsetenv("OTEL_EXPORTER_OTLP_ENDPOINT"), unsetenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
    unsetenv("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"), unsetenv("OTEL_EXPORTER_OTLP_HEADERS");
    unsetenv("OTEL_EXPORTER_OTLP_TRACES_HEADERS"), unsetenv("OTEL_EXPORTER_OTLP_COMPRESSION");
    unsetenv("OTEL_EXPORTER_OTLP_TIMEOUT");
}

/* --- tests that need no receiver --- */
TEST(bad_settings_fail_at_init_with_a_clear_message) {
    tw_config c = tw_config_default();
    c.enabled = 1, c.exporter = "otlp";
    unset_env();
    clear_log();
    c.endpoint = "https://collector.example.com:4318";
#ifdef TWOTLP_USE_OPENSSL /* https works: a CA file that is not there fails clearly */
    setenv("OTEL_EXPORTER_OTLP_CERTIFICATE", "/nonexistent/ca.pem", 1);
    CHECKF(tw_init(&c) == TW_ERR_EXPORTER && logged("OTEL_EXPORTER_OTLP_CERTIFICATE") && logged("/nonexistent/ca.pem"), "%.400s", logs);
    unsetenv("OTEL_EXPORTER_OTLP_CERTIFICATE");
    clear_log();
    setenv("OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE", "/nonexistent/client.pem", 1);
    CHECKF(tw_init(&c) == TW_ERR_EXPORTER && logged("both a client certificate and its key"), "%.400s", logs);
    unsetenv("OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE");
#else
    CHECK(tw_init(&c) == TW_ERR_EXPORTER && logged("TLS") && logged("-DTWOTLP_USE_OPENSSL") && logged("local") && logged("Collector"));
#endif
    c.endpoint = "ftp://x";
    CHECK(tw_init(&c) == TW_ERR_EXPORTER && logged("expected http://host[:port][/path]"));
    c.endpoint = "http://host:99999";
    CHECK(tw_init(&c) == TW_ERR_EXPORTER);
    c.endpoint = "http://127.0.0.1:4318";
    setenv("OTEL_EXPORTER_OTLP_HEADERS", "api-key=ok,x-evil=a%0D%0AInjected: 1", 1);
    clear_log();
    CHECK(tw_init(&c) == TW_ERR_EXPORTER && logged("control character 0x0d"));
    setenv("OTEL_EXPORTER_OTLP_HEADERS", "bad key=1", 1);
    CHECK(tw_init(&c) == TW_ERR_EXPORTER && logged("not allowed in HTTP header names"));
    setenv("OTEL_EXPORTER_OTLP_HEADERS", "Content-Length=5", 1);
    CHECK(tw_init(&c) == TW_ERR_EXPORTER && logged("written by the exporter"));
    setenv("OTEL_EXPORTER_OTLP_HEADERS", "novalue", 1);
    CHECK(tw_init(&c) == TW_ERR_EXPORTER && logged("is not key=value"));
    unsetenv("OTEL_EXPORTER_OTLP_HEADERS");
    setenv("OTEL_EXPORTER_OTLP_COMPRESSION", "brotli", 1);
    CHECK(tw_init(&c) == TW_ERR_EXPORTER && logged("gzip or none"));
    setenv("OTEL_EXPORTER_OTLP_COMPRESSION", "gzip", 1);
    clear_log();
#ifdef TWOTLP_USE_ZLIB
    CHECK(tw_init(&c) == TW_OK && tw_shutdown() == TW_OK);
#else
    CHECK(tw_init(&c) == TW_ERR_EXPORTER && logged("needs zlib"));
#endif
    unsetenv("OTEL_EXPORTER_OTLP_COMPRESSION");
    setenv("OTEL_EXPORTER_OTLP_TIMEOUT", "soon", 1);
    CHECK(tw_init(&c) == TW_ERR_EXPORTER && logged("bad timeout"));
    unsetenv("OTEL_EXPORTER_OTLP_TIMEOUT");
    clear_log();
    c.endpoint = "http://127.0.0.1:4317";
    CHECK(tw_init(&c) == TW_OK && logged("4317, the OTLP/gRPC port") && logged("4318"));
    CHECK(tw_shutdown() == TW_OK);
}

TEST(urls_parse_as_the_spec_says) {
    twotlp__endpoint ep;
    memset(&ep, 0, sizeof ep);
    CHECK(twotlp__parse_url("http://[::1]:4318/v1/traces", &ep) == 0 && strcmp(ep.host, "::1") == 0 &&
          strcmp(ep.port, "4318") == 0 && strcmp(ep.path, "/v1/traces") == 0 && strcmp(ep.hostport, "[::1]:4318") == 0);
    CHECK(twotlp__parse_url("HTTP://Collector.local", &ep) == 0 && strcmp(ep.port, "80") == 0 && strcmp(ep.path, "/") == 0);
    CHECK(twotlp__parse_url("http://h:1/p?q=1#frag", &ep) == 0 && strcmp(ep.path, "/p?q=1") == 0);
    CHECK(twotlp__parse_url("http://user:pw@h/", &ep) == TWOTLP_ERR_URL);
    /* found by fuzz_url: a stray bracket in a host, and a bracketed host that is no IPv6 address */
    CHECK(twotlp__parse_url("http://h]:80", &ep) == TWOTLP_ERR_URL && twotlp__parse_url("http://[h/x]:80", &ep) == TWOTLP_ERR_URL);
    CHECK(twotlp__parse_url("http://h:0/", &ep) == TWOTLP_ERR_URL);
    CHECK(twotlp__parse_url("http://h:12x/", &ep) == TWOTLP_ERR_URL);
    CHECK(twotlp__parse_url("http:///x", &ep) == TWOTLP_ERR_URL);
    CHECK(twotlp__parse_url("http://h/a b", &ep) == TWOTLP_ERR_URL);
#ifdef TWOTLP_USE_OPENSSL
    CHECK(twotlp__parse_url("https://h/", &ep) == TWOTLP_OK && ep.tls && strcmp(ep.port, "443") == 0);
    CHECK(twotlp__parse_url("HTTPS://[::1]:4318/x", &ep) == TWOTLP_OK && ep.tls && strcmp(ep.port, "4318") == 0);
    CHECK(twotlp__parse_url("http://h/", &ep) == TWOTLP_OK && !ep.tls && strcmp(ep.port, "80") == 0);
#else
    CHECK(twotlp__parse_url("https://h/", &ep) == TWOTLP_ERR_TLS);
#endif
    CHECK(twotlp__retry_after("3") == 3000 && twotlp__retry_after("soon") == -1);
    CHECK(twotlp__retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0); /* in the past: at once */
    /* values that overflowed int arithmetic (undefined behaviour, caught by UBSan in the ASan build) */
    CHECK(twotlp__retry_after("Wed, 21 Oct 2099 999999:00:00 GMT") == -1);
    CHECK(twotlp__retry_after("Wed, 21 Oct 2000000000 07:28:00 GMT") == -1);
    CHECK(twotlp__retry_after("Wed, 99 Oct 2015 07:28:00 GMT") == -1 && twotlp__retry_after("Wed, 21 Oct 2015 07:28:-5 GMT") == -1);
    CHECK(twotlp__retry_after("Fri, 31 Dec 9999 23:59:59 GMT") == 86400000); /* far future: capped at a day */
    CHECK(twotlp__retry_after("99999999999999999999") == 86400000);
}

/* Feeds a response through a socket pair to the parser. */
static int parse_bytes(const char *bytes, size_t n, twotlp__resp *resp) {
    int sv[2], e;
    twotlp__exp x;
    static twotlp__rd rd;
    static char rbuf[TWOTLP__BODY_KEEP + 1];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) return -100;
    if (n && write(sv[1], bytes, n) < 0) return -101;
    close(sv[1]);
    memset(&x, 0, sizeof x);
    x.resp = rbuf;
    rd.fd = sv[0], rd.deadline = tw__mono_ms() + 1000, rd.at = rd.n = 0, rd.eof = 0;
    e = twotlp__read_response(&x, &rd, resp);
    close(sv[0]);
    return e;
}

TEST(http_responses_parse_and_garbage_is_refused) {
    twotlp__resp r;
    static const char chunked[] = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;ext=1\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\nX-T: 1\r\n\r\n";
    static const char cont[] = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 503 Busy\r\nRetry-After: 7\r\nContent-Length: 4\r\n\r\nbusy";
    static const char closing[] = "HTTP/1.0 200 OK\r\n\r\nall of it";
    unsigned seed = 12345;
    int i;
    CHECK(parse_bytes(chunked, sizeof chunked - 1, &r) == 0 && r.status == 200 && r.body_len == 7 && r.close == 0);
    CHECK(parse_bytes(cont, sizeof cont - 1, &r) == 0 && r.status == 503 && r.retry_after_ms == 7000 && r.body_len == 4);
    CHECK(parse_bytes(closing, sizeof closing - 1, &r) == 0 && r.status == 200 && r.close == 1 && r.body_len == 9);
    CHECK(parse_bytes("HELLO\r\n\r\n", 9, &r) == TWOTLP_ERR_PROTOCOL);
    CHECK(parse_bytes("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", 42, &r) == TWOTLP_ERR_PROTOCOL);
    CHECK(parse_bytes("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na", 56, &r) == TWOTLP_ERR_PROTOCOL);
    CHECK(parse_bytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 51, &r) == TWOTLP_ERR_PROTOCOL);
    CHECK(parse_bytes("", 0, &r) == TWOTLP_ERR_IO);
    /* fuzz: mutations of valid responses never crash, hang or read out of bounds */
    for (i = 0; i < 3000; i++) {
        char buf[256];
        const char *src = i % 3 == 0 ? chunked : i % 3 == 1 ? cont : closing;
        size_t n = strlen(src), k;
        memcpy(buf, src, n);
        for (k = 0; k < 1 + (size_t)(i % 4); k++) {
            seed = seed * 1103515245u + 12345u;
            buf[(seed >> 8) % n] = (char)(seed >> 20);
        }
        seed = seed * 1103515245u + 12345u;
        if (i % 5 == 0) n = (seed >> 8) % n;
        (void)parse_bytes(buf, n, &r);
    }
    CHECK(1);
}

/* --- tests against the receiver --- */
TEST(a_session_arrives_conforming_and_meaningful) {
    tw_config c = otlp_config();
    const char *prompt = "Plan: load the CSV and count the rows. \xF0\x9F\x98\x80 and bad bytes \xC3\x28.";
    int64_t in = 0, out = 0, n;
    char res[4096];
    unset_env();
    ctl("/reset", NULL, 0);
    CHECK(tw_init(&c) == TW_OK);
    {
        TW_SPAN("Session.send_message");
        {
            TW_SPAN("Planner.reply");
            n = tw_count_tokens(prompt, strlen(prompt));
            CHECK(n > 10);
            tw_set_span_attribute_str("prompt", prompt);
            tw_set_span_attribute_int("prompt_size", n);
            tw_add_prompt_size(n, "input"), in += n;
            tw_add_prompt_size(7, "output"), out += 7;
            tw_set_span_attribute_double("temperature", 0.5);
            tw_set_span_attribute_bool("stream", 0);
            tw_set_span_status(TW_STATUS_OK, NULL);
        }
        {
            TW_SPAN("CodeInterpreter.reply");
            { TW_SPAN("CodeGenerator.reply"); tw_set_span_attribute_str("code", "df = pd.read_csv('x.csv')\nprint(len(df))"); }
            {
                TW_SPAN("CodeExecutor.execute");
                tw_attr a[2];
                a[0] = TW_ATTR_INT("attempt", 1), a[1] = TW_ATTR_DOUBLE("nan", 0.0 / 0.0);
                tw_add_span_event("retry", a, 2);
                tw_set_span_exception("FileNotFoundError", "x.csv not found", "Traceback ...\n  File \"<stdin>\", line 1");
            }
            tw_add_prompt_size(100, "input"), in += 100;
        }
    }
    CHECK(tw_flush(5000) == TW_OK);
    CHECK(tw_shutdown() == TW_OK); /* sends the metrics */
    CHECK(report_num("spans") == 5 && report_num("schema_errors") == 0);
    {
        char q[256];
        snprintf(q, sizeof q, "/check?service=twtrace.test&input=%lld&output=%lld", (long long)in, (long long)out);
        ctl(q, res, sizeof res);
        CHECKF(strcmp(res, "ok\n") == 0, "receiver: %s", res);
    }
    report_str("path", res, sizeof res);
    CHECK(strcmp(res, "/v1/metrics") == 0);
}

/* A TaskWeaver round as agents, tools and LLM calls: the schema receiver checks every span and
   histogram, and the totals against what the program recorded. */
TEST(a_genai_round_arrives_conforming_and_meaningful) {
    tw_config c = otlp_config();
    char res[4096], q[512];
    int64_t in = 0, out = 0, cost = 0;
    int i;
    unset_env();
    ctl("/reset", NULL, 0);
    CHECK(tw_init(&c) == TW_OK);
    {
        TW_SPAN("Session.send_message");
        for (i = 0; i < 3; i++) {
            static const char *const agents[3] = {"Planner", "CodeInterpreter", "Planner"};
            tw_span *agent = tw_agent_start(agents[i], NULL);
            tw_llm_request rq = tw_llm_request_default();
            tw_llm_result r = tw_llm_result_default();
            tw_llm_call *call;
            tw_llm_summary sum;
            rq.provider = "openai", rq.model = i == 1 ? "gpt-4o-mini" : "gpt-4o", rq.temperature = 0;
            rq.server_address = "api.openai.com", rq.server_port = 443;
            call = tw_llm_start(&rq);
            tw_llm_message(call, "system", "You are a helpful \"agent\".", 26);
            tw_llm_message(call, "user", "Count the rows of x.csv \xF0\x9F\x98\x80", 28);
            if (i == 1) { /* streamed, counted here */
                tw_llm_chunk(call, "```python\nimport pandas", 23);
                tw_llm_chunk(call, " as pd\nprint(len(pd.read_csv('x.csv')))\n```", 43);
                r.finish_reason = "stop";
            } else { /* the provider's usage */
                tw_llm_response(call, "Plan: 1. load 2. count", 22);
                r.input_tokens = 50 + i, r.output_tokens = 9, r.cache_read_tokens = 10, r.response_model = "gpt-4o-2024-08-06";
                r.finish_reason = "stop";
            }
            sum = tw_llm_end(call, &r);
            CHECK(sum.input_tokens > 0 && sum.output_tokens > 0 && sum.cost_micros > 0);
            in += sum.input_tokens, out += sum.output_tokens, cost += sum.cost_micros;
            if (i == 1) {
                tw_span *tool = tw_tool_start("python", "call_1", NULL);
                tw_tool_end(tool);
            }
            tw_agent_end(agent);
        }
    }
    CHECK(tw_flush(5000) == TW_OK);
    CHECK(tw_shutdown() == TW_OK); /* sends the metrics */
    CHECK(report_num("schema_errors") == 0);
    snprintf(q, sizeof q, "/check?genai=1&calls=3&agents=3&tools=1&streamed=1&tokens=%lld,%lld&cost=%lld", (long long)in, (long long)out,
             (long long)cost);
    ctl(q, res, sizeof res);
    CHECKF(strcmp(res, "ok\n") == 0, "receiver: %s", res);
}

TEST(endpoints_headers_and_keep_alive) {
    tw_config c = otlp_config();
    char v[512], url[128];
    int i;
    ctl("/reset", NULL, 0);
    unset_env();
    /* a host name (resolution may offer ::1 first, where nothing listens: the next address is tried) */
    snprintf(url, sizeof url, "http://localhost:%d/", data_port);
    setenv("OTEL_EXPORTER_OTLP_ENDPOINT", url, 1);
    setenv("OTEL_EXPORTER_OTLP_HEADERS", "x-api-key=s%20e%2Ccret , x-team=agents,x-signal=any", 1);
    setenv("OTEL_EXPORTER_OTLP_TRACES_HEADERS", "x-signal=traces", 1);
    c.endpoint = "http://127.0.0.1:1"; /* the environment wins */
    CHECK(tw_init(&c) == TW_OK);
    for (i = 0; i < 5; i++) {
        spans(3, "kept-alive");
        CHECK(tw_flush(5000) == TW_OK);
    }
    CHECK(report_num("spans") == 15 && report_num("traces") == 5);
    CHECK(report_num("connections") == 1); /* one connection for five requests */
    report_str("path", v, sizeof v);
    CHECK(strcmp(v, "/v1/traces") == 0);
    report_str("x-api-key", v, sizeof v);
    CHECK(strcmp(v, "s e,cret") == 0);
    report_str("x-signal", v, sizeof v);
    CHECK(strcmp(v, "traces") == 0);
    CHECK(tw_shutdown() == TW_OK);
    /* a signal endpoint is used as given */
    ctl("/reset", NULL, 0);
    unset_env();
    snprintf(url, sizeof url, "http://127.0.0.1:%d/custom/traces", data_port);
    setenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", url, 1);
    CHECK(tw_init(&c) == TW_OK);
    spans(2, "custom");
    CHECK(tw_flush(5000) == TW_OK);
    report_str("path", v, sizeof v);
    CHECK(strcmp(v, "/custom/traces") == 0 && report_num("spans") == 2);
    CHECK(tw_shutdown() == TW_OK);
    unset_env();
}

TEST(server_closing_and_chunked_answers) {
    tw_config c = otlp_config();
    ctl("/reset", NULL, 0);
    ctl("/script?s=200-close,200-chunked,200-close,200", NULL, 0);
    c.schedule_delay_ms = 60000; /* export at the flushes only: the spans of a step go in one request, as the script expects */
    c.cpu_clock = 0;             /* (with the TSC the exporter also wakes to calibrate it, and would export then) */
    CHECK(tw_init(&c) == TW_OK);
    spans(2, "a");
    CHECK(tw_flush(5000) == TW_OK);
    spans(2, "b");
    CHECK(tw_flush(5000) == TW_OK);
    spans(2, "c");
    CHECK(tw_flush(5000) == TW_OK);
    spans(2, "d");
    CHECK(tw_flush(5000) == TW_OK);
    CHECK(report_num("spans") == 8 && report_num("duplicates") == 0 && report_num("connections") == 3);
    CHECK(tw_get_stats().spans_failed == 0);
    CHECK(tw_shutdown() == TW_OK);
}

TEST(retry_after_503_then_200_delivers_exactly_once) {
    tw_config c = otlp_config();
    double t0;
    ctl("/reset", NULL, 0);
    ctl("/script?s=503:1,503-date,429,502,504,200", NULL, 0);
    c.schedule_delay_ms = 60000; /* export at the flushes only: the spans of a step go in one request, as the script expects */
    c.cpu_clock = 0;             /* (with the TSC the exporter also wakes to calibrate it, and would export then) */
    clear_log();
    CHECK(tw_init(&c) == TW_OK);
    spans(20, "retried");
    t0 = now_s();
    CHECK(tw_flush(9000) == TW_OK);
    CHECKF(now_s() - t0 >= 1.9, "Retry-After 1 s and an HTTP date 1.5 s ahead were honoured: %.2f s", now_s() - t0);
    CHECK(report_num("spans") == 20 && report_num("duplicates") == 0 && report_num("trace_requests") == 6);
    CHECK(tw_get_stats().spans_failed == 0 && logged("HTTP 503") && logged("retrying"));
    CHECK(tw_shutdown() == TW_OK);
}

TEST(resets_garbage_and_truncated_answers_are_retried) {
    tw_config c = otlp_config();
    ctl("/reset", NULL, 0);
    ctl("/script?s=reset,garbage,truncated,200", NULL, 0);
    c.schedule_delay_ms = 60000; /* export at the flushes only: the spans of a step go in one request, as the script expects */
    c.cpu_clock = 0;             /* (with the TSC the exporter also wakes to calibrate it, and would export then) */
    CHECK(tw_init(&c) == TW_OK);
    spans(10, "survivor");
    CHECK(tw_flush(9000) == TW_OK);
    CHECK(report_num("spans") == 10 && report_num("duplicates") == 0 && report_num("schema_errors") == 0);
    CHECK(tw_get_stats().spans_failed == 0);
    CHECK(tw_shutdown() == TW_OK);
}

TEST(collector_down_at_start_then_up) {
    tw_config c = otlp_config();
    double t0, worst = 0;
    int i;
    ctl("/reset", NULL, 0);
    ctl("/close", NULL, 0);
    clear_log();
    CHECK(tw_init(&c) == TW_OK);
    for (i = 0; i < 50; i++) { /* recording never waits for the network */
        double a = now_s();
        { TW_SPAN("while-down"); tw_set_span_attribute_int("i", i); }
        if (now_s() - a > worst) worst = now_s() - a;
    }
    CHECKF(worst < 0.05, "slowest span while the collector was down: %.3f s", worst);
    CHECK(tw_flush(300) == TW_ERR_TIMEOUT);
    CHECK(logged("cannot connect") && logged("retrying"));
    ctl("/open", NULL, 0);
    t0 = now_s();
    CHECK(tw_flush(9000) == TW_OK);
    CHECK(now_s() - t0 < 7);
    CHECK(report_num("spans") == 50 && report_num("duplicates") == 0);
    CHECK(tw_get_stats().spans_failed == 0 && logged("reachable again"));
    CHECK(tw_shutdown() == TW_OK);
}

TEST(final_statuses_are_not_retried_and_logged_once) {
    tw_config c = otlp_config();
    ctl("/reset", NULL, 0);
    ctl("/script?s=400,400,413,partial", NULL, 0);
    c.schedule_delay_ms = 60000; /* export at the flushes only: the spans of a step go in one request, as the script expects */
    c.cpu_clock = 0;             /* (with the TSC the exporter also wakes to calibrate it, and would export then) */
    clear_log();
    CHECK(tw_init(&c) == TW_OK);
    spans(3, "refused");
    CHECK(tw_flush(5000) == TW_ERR_LOST);
    spans(3, "refused");
    CHECK(tw_flush(5000) == TW_ERR_LOST);
    spans(3, "too-large");
    CHECK(tw_flush(5000) == TW_ERR_LOST);
    spans(3, "partial");
    CHECK(tw_flush(5000) == TW_OK); /* accepted in part: the collector decided, the export did not fail */
    CHECK(report_num("trace_requests") == 4); /* nothing retried */
    CHECK(logged_count("HTTP 400") == 1 && logged("scripted refusal") && logged("HTTP 413"));
    CHECK(logged("accepted part of an export: 2 rejectedSpans") && logged("two spans were too old"));
    CHECK(tw_get_stats().spans_failed == 9 && tw_get_stats().spans_exported == 3);
    clear_log();
    CHECK(tw_shutdown() == TW_ERR_LOST);
    CHECKF(logged("9 of 12 spans lost (9 in exports that failed)") && logged("last export error: HTTP 413"), "log: %.400s", logs);
}

TEST(slow_collector_costs_the_timeout_not_a_hang) {
    tw_config c = otlp_config();
    double t0;
    ctl("/reset", NULL, 0);
    ctl("/script?s=slow:3000,slow:3000,slow:3000,slow:3000", NULL, 0);
    c.otlp_timeout_ms = 600;
    CHECK(tw_init(&c) == TW_OK);
    spans(5, "slow");
    t0 = now_s();
    CHECK(tw_flush(5000) == TW_ERR_LOST);
    CHECKF(now_s() - t0 < 2.0, "flush took %.2f s with a 0.6 s export timeout", now_s() - t0);
    CHECK(tw_get_stats().spans_failed == 5);
    CHECK(tw_shutdown() == TW_ERR_LOST);
    /* OTEL_BSP_EXPORT_TIMEOUT bounds one export too, whatever the exporter's own timeout */
    ctl("/script?s=slow:3000,slow:3000,slow:3000,slow:3000", NULL, 0);
    c.otlp_timeout_ms = 8000;
    setenv("OTEL_BSP_EXPORT_TIMEOUT", "600", 1);
    CHECK(tw_init(&c) == TW_OK);
    unsetenv("OTEL_BSP_EXPORT_TIMEOUT");
    spans(5, "slow");
    t0 = now_s();
    CHECK(tw_flush(5000) == TW_ERR_LOST);
    CHECKF(now_s() - t0 < 2.0, "flush took %.2f s with OTEL_BSP_EXPORT_TIMEOUT=600", now_s() - t0);
    CHECK(tw_shutdown() == TW_ERR_LOST);
}

TEST(large_batches_split_and_huge_spans_are_cut_not_dropped) {
    tw_config c = otlp_config();
    static char big[10001], huge[300001];
    char res[256];
    int i;
    memset(big, 'b', 10000), memset(huge, 'h', 300000);
    ctl("/reset", NULL, 0);
    c.max_request_bytes = 64 * 1024;
    clear_log();
    CHECK(tw_init(&c) == TW_OK);
    for (i = 0; i < 40; i++) { TW_SPAN("big"); tw_set_span_attribute_str("code", big); }
    { TW_SPAN("huge"); tw_set_span_attribute_str("prompt", huge); }
    CHECK(tw_flush(9000) == TW_OK);
    CHECK(report_num("spans") == 41 && report_num("schema_errors") == 0);
    CHECKF(report_num("max_body") <= 64 * 1024, "largest body %ld", report_num("max_body"));
    CHECK(report_num("traces") >= 8);
    ctl("/attr?key=prompt", res, sizeof res);
    CHECK(strncmp(res, "len=", 4) == 0 && atol(res + 4) > 10000 && atol(res + 4) < 64 * 1024);
    CHECK(logged("over tracing.max_request_bytes"));
    CHECK(tw_get_stats().spans_failed == 0);
    CHECK(tw_shutdown() == TW_OK);
}

#ifdef TWOTLP_USE_ZLIB
TEST(gzip_bodies_arrive) {
    tw_config c = otlp_config();
    ctl("/reset", NULL, 0);
    setenv("OTEL_EXPORTER_OTLP_COMPRESSION", "gzip", 1);
    CHECK(tw_init(&c) == TW_OK);
    spans(30, "compressed");
    tw_add_prompt_size(5, "input");
    CHECK(tw_shutdown() == TW_OK);
    CHECK(report_num("spans") == 30 && report_num("gzip") == 2 && report_num("schema_errors") == 0);
    unsetenv("OTEL_EXPORTER_OTLP_COMPRESSION");
}
#endif

TEST(headers_too_long_for_a_request_fail_at_once) {
    tw_config c = otlp_config();
    static char list[9000];
    double t0;
    int i;
    ctl("/reset", NULL, 0);
    strcpy(list, "x-a=");
    for (i = 0; i < 4090; i++) strcat(list, "a");
    strcat(list, ",x-b=");
    for (i = 0; i < 4090; i++) strcat(list, "b");
    setenv("OTEL_EXPORTER_OTLP_HEADERS", list, 1);
    clear_log();
    CHECK(tw_init(&c) == TW_OK);
    spans(4, "unsendable");
    t0 = now_s();
    CHECK(tw_flush(5000) == TW_ERR_LOST);
    CHECKF(now_s() - t0 < 1.0, "flush took %.2f s", now_s() - t0);
    CHECKF(tw_get_stats().spans_failed == 4 && logged("too many OTLP headers") && report_num("requests") == 0, "failed %llu requests %ld log: %.300s", (unsigned long long)tw_get_stats().spans_failed, report_num("requests"), logs);
    CHECK(tw_shutdown() == TW_ERR_LOST);
    unsetenv("OTEL_EXPORTER_OTLP_HEADERS");
}

/* tw_shutdown with a fresh log; *took gets how long it took. */
static int timed_shutdown(double *took) {
    double t0;
    int r;
    clear_log();
    t0 = now_s();
    r = tw_shutdown();
    *took = now_s() - t0;
    return r;
}

TEST(shutdown_with_the_collector_down_returns_in_time) {
    tw_config c = otlp_config();
    double took;
    int r;
    ctl("/reset", NULL, 0);
    ctl("/close", NULL, 0);
    c.export_timeout_ms = 30000, c.otlp_timeout_ms = 10000; /* the defaults: a refused connection is not retried for them */
    CHECK(tw_init(&c) == TW_OK);
    spans(10, "lost");
    usleep(1500 * 1000); /* the exporter is in its retries, sleeping between them */
    r = timed_shutdown(&took);
    CHECKF(took < 2.0, "tw_shutdown took %.2f s with nothing listening", took);
    CHECK(r == TW_ERR_LOST);
    CHECKF(logged("10 of 10 spans lost (10 in exports that failed)") && logged("Connection refused (nothing listens there"),
           "log: %.500s", logs);
    ctl("/open", NULL, 0);
}

/* A collector that accepts and never answers costs the shutdown budget, traces and metrics
   together, and the loss is counted in the report. */
TEST(shutdown_with_a_silent_collector_costs_its_budget) {
    tw_config c = otlp_config();
    double took;
    int r;
    ctl("/reset", NULL, 0);
    ctl("/script?s=slow:60000,slow:60000,slow:60000", NULL, 0);
    c.schedule_delay_ms = 60000; /* export at the flushes only: the spans of a step go in one request, as the script expects */
    c.cpu_clock = 0;             /* (with the TSC the exporter also wakes to calibrate it, and would export then) */
    c.shutdown_timeout_ms = 1500;
    CHECK(tw_init(&c) == TW_OK);
    spans(10, "unanswered");
    tw_add_prompt_size(5, "input");
    r = timed_shutdown(&took);
    CHECKF(took < 1.7 && took > 1.0, "tw_shutdown took %.2f s with a 1.5 s budget", took);
    CHECK(r == TW_ERR_LOST);
    CHECKF(logged("10 of 10 spans lost (10 in exports that failed)") && logged("no answer in time"), "log: %.500s", logs);
    ctl("/reset", NULL, 0);
}

/* fork() in a threaded program is tested in plain builds only: TSan cannot follow it, and the ASan
   allocator's lock can be held by the exporter thread at the fork (a deadlock in the child that
   glibc's own malloc avoids) */
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
#define TW_NO_FORK_TEST 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
#define TW_NO_FORK_TEST 1
#endif
#endif

TEST(a_child_process_joins_the_trace_through_traceparent) {
    tw_config c = otlp_config();
    char tp[64], res[4096], q[128];
    pid_t pid;
    int st = 0;
    ctl("/reset", NULL, 0);
    CHECK(tw_init(&c) == TW_OK);
    {
        TW_SPAN("CodeExecutor.execute");
        CHECK(tw_traceparent(tp, sizeof tp) == TW_OK);
        pid = fork();
        if (pid == 0) {
            /* the child as a fresh program would: a new tracer, TRACEPARENT from its parent */
            tw_shutdown();
            setenv("TRACEPARENT", tp, 1);
            if (tw_init(&c) != TW_OK) _exit(3);
            { TW_SPAN("kernel.run_cell"); tw_set_span_attribute_str("code", "print(1)"); }
            _exit(tw_shutdown() == TW_OK ? 0 : 4);
        }
        CHECK(pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0);
    }
    CHECK(tw_shutdown() == TW_OK);
    CHECK(report_num("spans") == 2);
    snprintf(q, sizeof q, "/check?service=twtrace.test");
    ctl(q, res, sizeof res);
    CHECKF(strcmp(res, "ok\n") == 0, "receiver: %s", res); /* the child's parent arrived: same trace */
    unsetenv("TRACEPARENT");
}


/* What a server says is logged on one line: control characters and invalid UTF-8 escaped, cut. */
TEST(server_error_text_is_logged_on_one_escaped_line) {
    tw_config c = otlp_config();
    const char *p, *e;
    ctl("/reset", NULL, 0);
    ctl("/script?s=400-noisy", NULL, 0);
    clear_log();
    CHECK(tw_init(&c) == TW_OK);
    spans(1, "noisy");
    CHECK(tw_flush(5000) == TW_ERR_LOST);
    pthread_mutex_lock(&log_mu);
    p = strstr(logs, "HTTP 400");
    e = p ? strchr(p, '\n') : NULL; /* the logger here ends each message with a newline */
    CHECKF(p && strstr(p, "bad request:\\r\\n\\x1b[31mred\\x1b[0m \\x07\\xff\\xfe xxx") && strstr(p, "... (2031 bytes)"), "%.600s", logs);
    CHECKF(e && (size_t)(e - p) < 600 && !memchr(p, '\x1b', (size_t)(e - p)) && !memchr(p, '\r', (size_t)(e - p)), "%.600s", p ? p : logs);
    pthread_mutex_unlock(&log_mu);
    tw_shutdown();
    { /* the helper itself: a trailing newline is dropped, not shown */
        char out[64];
        twotlp__clean(out, sizeof out, "not found\n", 10, 300);
        CHECKF(strcmp(out, "not found") == 0, "%s", out);
        twotlp__clean(out, sizeof out, "\xc3\xa9t\xc3\xa9\t1", 7, 300);
        CHECKF(strcmp(out, "\xc3\xa9t\xc3\xa9\\t1") == 0, "%s", out);
        twotlp__clean(out, 16, "0123456789abcdefghij", 20, 300);
        CHECKF(strlen(out) < 16, "%s", out);
    }
}

/* A base URL that already ends in /v1/traces is warned about, naming the variable for a full URL. */
TEST(endpoint_ending_in_a_signal_path_is_warned_about) {
    tw_config c = otlp_config();
    char url[300];
    snprintf(url, sizeof url, "%s/v1/traces", data_url);
    c.endpoint = url;
    clear_log();
    CHECK(tw_init(&c) == TW_OK);
    CHECKF(logged("tracing.endpoint") && logged("ends in /v1/traces") && logged("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") &&
               logged("/v1/traces/v1/traces"),
           "%.500s", logs);
    tw_shutdown();
    setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:1/v1/metrics/", 1);
    clear_log();
    CHECK(tw_init(&c) == TW_OK);
    CHECKF(logged("OTEL_EXPORTER_OTLP_ENDPOINT \"http://127.0.0.1:1/v1/metrics/\" ends in /v1/metrics") && logged("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"),
           "%.500s", logs);
    unsetenv("OTEL_EXPORTER_OTLP_ENDPOINT");
    c.shutdown_timeout_ms = 500;
    tw_shutdown();
    clear_log();
    c = otlp_config();
    CHECK(tw_init(&c) == TW_OK && !logged("ends in"));
    tw_shutdown();
}


/* A collector that answers with hostile bytes costs bounded time and memory: each export fails
   (counted, with a reason) within the exporter's timeout, and nothing is kept beyond the reader's
   bound. */
TEST(hostile_answers_cost_bounded_time_and_memory) {
    static const char *const modes[] = {"huge-length", "endless-chunked", "big-header", "garbage-status", "drip"};
    size_t m;
    for (m = 0; m < sizeof modes / sizeof modes[0]; m++) {
        tw_config c = otlp_config();
        char path[64];
        double t0, took;
        long rss0;
        ctl("/reset", NULL, 0);
        snprintf(path, sizeof path, "/mode?m=%s", modes[m]);
        ctl(path, NULL, 0);
        c.otlp_timeout_ms = 1500;
        clear_log();
        CHECK(tw_init(&c) == TW_OK);
        spans(3, modes[m]);
        rss0 = proc_rss_kb();
        t0 = now_s();
        CHECKF(tw_flush(10000) == TW_ERR_LOST, "%s", modes[m]);
        took = now_s() - t0;
        CHECKF(took < 2.5, "%s: the export took %.2f s with a 1.5 s timeout", modes[m], took);
        CHECKF(tw_get_stats().spans_failed == 3, "%s: %llu failed", modes[m], (unsigned long long)tw_get_stats().spans_failed);
        CHECKF(proc_rss_kb() - rss0 < 16384, "%s: resident memory grew by %ld KB", modes[m], proc_rss_kb() - rss0);
        CHECKF(logged("giving up after") || logged("not retried"), "%s: %.300s", modes[m], logs);
        ctl("/mode?m=200", NULL, 0);
        tw_shutdown();
    }
    ctl("/reset", NULL, 0);
}

/* An OTEL_EXPORTER_OTLP_HEADERS of a megabyte, an OTEL_RESOURCE_ATTRIBUTES of a megabyte: a clear
   message each, bounded memory, and tracing still starts (the resource) or refuses (the headers). */
TEST(environment_values_of_a_megabyte_are_refused_clearly) {
    char *big = (char *)malloc(1 << 20);
    tw_config c = otlp_config();
    memset(big, 'a', (1 << 20) - 1);
    big[(1 << 20) - 1] = 0;
    memcpy(big, "x-key=", 6);
    setenv("OTEL_EXPORTER_OTLP_HEADERS", big, 1);
    clear_log();
    CHECK(tw_init(&c) == TW_ERR_EXPORTER);
    CHECKF(logged("the value of header x-key is longer than"), "%.300s", logs);
    unsetenv("OTEL_EXPORTER_OTLP_HEADERS");
    memcpy(big, "k=v,", 4);
    setenv("OTEL_RESOURCE_ATTRIBUTES", big, 1);
    clear_log();
    CHECK(tw_init(&c) == TW_OK);
    CHECKF(logged("OTEL_RESOURCE_ATTRIBUTES ignored: 1048575 bytes, more than the 65536"), "%.300s", logs);
    unsetenv("OTEL_RESOURCE_ATTRIBUTES");
    tw_shutdown();
    free(big);
}

/* A prompt of a gigabyte is cut to tracing.max_request_bytes when it is set, with one message: no
   gigabyte copy, no allocation failure. */
TEST(a_gigabyte_prompt_is_cut_with_a_message) {
    size_t n = (size_t)1 << 30;
    char *p = (char *)mmap(NULL, n, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); /* zero pages, not resident */
    tw_config c = otlp_config();
    long rss0;
    CHECK(p != MAP_FAILED);
    if (p == MAP_FAILED) return;
    ctl("/reset", NULL, 0);
    CHECK(tw_init(&c) == TW_OK);
    clear_log();
    rss0 = proc_rss_kb();
    {
        TW_SPAN("Planner.reply");
        tw_set_span_attribute_strn("prompt", p, n);
    }
    CHECKF(logged("a value of 1073741824 bytes was cut to tracing.max_request_bytes (4194304)"), "%.300s", logs);
    CHECKF(proc_rss_kb() - rss0 < 64 * 1024, "resident memory grew by %ld KB", proc_rss_kb() - rss0);
    CHECK(tw_flush(20000) == TW_OK && report_num("spans") == 1);
    tw_shutdown();
    munmap(p, n);
}

#ifdef TWOTLP_USE_OPENSSL
/* --- TLS: the receiver's HTTPS ports, with the certificate authority run.sh made --- */
static int tls_port, mtls_port;
static char tls_dir[512];
static const char *tls_file(const char *name) {
    static char p[4][700];
    static int k;
    k = (k + 1) % 4;
    snprintf(p[k], sizeof p[k], "%s/%s", tls_dir, name);
    return p[k];
}
static void unset_tls_env(void) {
    unsetenv("OTEL_EXPORTER_OTLP_CERTIFICATE"), unsetenv("OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE");
    unsetenv("OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE"), unsetenv("OTEL_EXPORTER_OTLP_CLIENT_KEY");
    unsetenv("OTEL_EXPORTER_OTLP_METRICS_CERTIFICATE");
}
/* The start of a TLS test: the environment and the receiver cleared, the log too, and ca (a file in
   the test's directory, or NULL) as OTEL_EXPORTER_OTLP_CERTIFICATE; a config for port. */
static tw_config tls_begin(int port, char *url, size_t cap, const char *ca) {
    tw_config c = otlp_config();
    unset_env(), unset_tls_env();
    ctl("/reset", NULL, 0);
    clear_log();
    if (ca) setenv("OTEL_EXPORTER_OTLP_CERTIFICATE", tls_file(ca), 1);
    snprintf(url, cap, "https://localhost:%d", port);
    c.endpoint = url;
    c.schedule_delay_ms = 60000; /* at the flushes only */
    return c;
}

TEST(tls_delivers_with_the_given_ca_and_keeps_the_connection) {
    char url[96];
    tw_config c = tls_begin(tls_port, url, sizeof url, NULL);
    c.otlp_certificate = tls_file("ca.crt"); /* the config key */
    CHECK(tw_init(&c) == TW_OK);
    spans(5, "over-tls");
    CHECK(tw_flush(5000) == TW_OK);
    spans(3, "over-tls-again");
    CHECK(tw_flush(5000) == TW_OK);
    CHECK(tw_shutdown() == TW_OK);
    CHECK(report_num("spans") == 8 && report_num("schema_errors") == 0 && report_num("duplicates") == 0);
    CHECKF(report_num("connections") == 1, "%ld TLS connections for 3 exports (keep-alive)", report_num("connections"));
    /* the environment variable, per signal, wins over the key */
    ctl("/reset", NULL, 0);
    c.otlp_certificate = "/nonexistent/ca.pem";
    setenv("OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE", tls_file("ca.crt"), 1);
    setenv("OTEL_EXPORTER_OTLP_METRICS_CERTIFICATE", tls_file("ca.crt"), 1);
    CHECK(tw_init(&c) == TW_OK);
    spans(2, "env-ca");
    CHECK(tw_flush(5000) == TW_OK && report_num("spans") == 2);
    CHECK(tw_shutdown() == TW_OK);
    unset_tls_env();
}

TEST(tls_with_a_wrong_ca_fails_clearly_and_at_once) {
    char url[96];
    tw_config c = tls_begin(tls_port, url, sizeof url, "other/ca.crt");
    double t0;
    tw_stats st;
    CHECK(tw_init(&c) == TW_OK);
    spans(4, "untrusted");
    t0 = now_s();
    CHECK(tw_flush(5000) == TW_ERR_LOST);
    CHECKF(now_s() - t0 < 1.5, "a certificate that does not verify is not retried: %.2f s", now_s() - t0);
    st = tw_get_stats();
    CHECK(st.spans_failed == 4 && st.spans_exported == 0 && report_num("spans") == 0);
    CHECKF(logged("did not verify") && logged("OTEL_EXPORTER_OTLP_CERTIFICATE"), "%.500s", logs);
    spans(1, "untrusted-again");
    CHECK(tw_flush(5000) == TW_ERR_LOST);
    CHECKF(logged_count("did not verify") == 1, "said %zu times", logged_count("did not verify"));
    t0 = now_s();
    CHECK(tw_shutdown() == TW_ERR_LOST);
    CHECKF(now_s() - t0 < 2.0 && logged("last export error: TLS with localhost"), "%.2f s; %.600s", now_s() - t0, logs);
    /* no CA given: the system's store, which does not know the test's CA (verification is on by default) */
    unset_tls_env();
    clear_log();
    CHECK(tw_init(&c) == TW_OK);
    spans(1, "system-store");
    CHECK(tw_flush(5000) == TW_ERR_LOST && logged("did not verify") && report_num("spans") == 0);
    tw_shutdown();
}

TEST(tls_checks_the_host_name) {
    char url[96];
    tw_config c = tls_begin(tls_port, url, sizeof url, "ca.crt");
    snprintf(url, sizeof url, "https://127.0.0.1:%d", tls_port); /* the certificate is for localhost only */
    CHECK(tw_init(&c) == TW_OK);
    spans(2, "wrong-name");
    CHECK(tw_flush(5000) == TW_ERR_LOST && report_num("spans") == 0);
    CHECKF(logged("did not verify") && logged("another name"), "%.500s", logs);
    tw_shutdown();
    unset_tls_env();
}

TEST(mutual_tls_sends_the_client_certificate) {
    char url[96];
    tw_config c = tls_begin(mtls_port, url, sizeof url, "ca.crt");
    c.otlp_timeout_ms = 1500;
    CHECK(tw_init(&c) == TW_OK); /* without a client certificate the server refuses */
    spans(1, "anonymous");
    CHECK(tw_flush(5000) == TW_ERR_LOST && report_num("spans") == 0 && report_num("tls_errors") >= 1);
    tw_shutdown();
    ctl("/reset", NULL, 0);
    setenv("OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE", tls_file("client.crt"), 1);
    setenv("OTEL_EXPORTER_OTLP_CLIENT_KEY", tls_file("client.key"), 1);
    CHECK(tw_init(&c) == TW_OK);
    spans(3, "known-client");
    CHECK(tw_flush(5000) == TW_OK && report_num("spans") == 3);
    {
        char cn[128];
        report_str("client_cn", cn, sizeof cn);
        CHECKF(strcmp(cn, "twtrace-test-client") == 0, "client CN \"%s\"", cn);
    }
    CHECK(tw_shutdown() == TW_OK);
    /* a key that is not the certificate's */
    setenv("OTEL_EXPORTER_OTLP_CLIENT_KEY", tls_file("other/client.key"), 1);
    clear_log();
    CHECKF(tw_init(&c) == TW_ERR_EXPORTER && logged("cannot use the client key"), "%.400s", logs);
    unset_tls_env();
}

TEST(tls_trouble_503_resets_and_garbage_are_retried) {
    char url[96];
    tw_config c = tls_begin(tls_port, url, sizeof url, "ca.crt");
    ctl("/script?s=503:0,reset,garbage,truncated,200-close,200", NULL, 0);
    CHECK(tw_init(&c) == TW_OK);
    spans(6, "tls-survivor");
    CHECK(tw_flush(9000) == TW_OK);
    CHECK(report_num("spans") == 6 && report_num("duplicates") == 0 && report_num("schema_errors") == 0);
    spans(2, "after-close"); /* the server closed after its 200-close: a new handshake */
    CHECK(tw_flush(9000) == TW_OK && report_num("spans") == 8);
    CHECK(tw_get_stats().spans_failed == 0);
    CHECK(tw_shutdown() == TW_OK);
    /* and a silent TLS collector costs the shutdown's budget, not a hang */
    ctl("/reset", NULL, 0);
    ctl("/script?s=slow:60000", NULL, 0);
    c.shutdown_timeout_ms = 1500;
    CHECK(tw_init(&c) == TW_OK);
    spans(1, "tls-silent");
    {
        double t0 = now_s();
        CHECK(tw_shutdown() != TW_OK);
        CHECKF(now_s() - t0 < 2.5, "%.2f s", now_s() - t0);
    }
    unset_tls_env();
}
#endif

int main(void) {
    const char *d = getenv("RECV_DATA"), *k = getenv("RECV_CTL");
    tw_set_log_function(capture_log, NULL);
    RUN(bad_settings_fail_at_init_with_a_clear_message);
    RUN(urls_parse_as_the_spec_says);
    RUN(http_responses_parse_and_garbage_is_refused);
    if (d && k) {
        data_port = atoi(d), ctl_port = atoi(k);
        snprintf(data_url, sizeof data_url, "http://127.0.0.1:%d", data_port);
        RUN(a_session_arrives_conforming_and_meaningful);
        RUN(a_genai_round_arrives_conforming_and_meaningful);
        RUN(endpoints_headers_and_keep_alive);
        RUN(server_closing_and_chunked_answers);
        RUN(retry_after_503_then_200_delivers_exactly_once);
        RUN(resets_garbage_and_truncated_answers_are_retried);
        RUN(collector_down_at_start_then_up);
        RUN(final_statuses_are_not_retried_and_logged_once);
        RUN(slow_collector_costs_the_timeout_not_a_hang);
        RUN(large_batches_split_and_huge_spans_are_cut_not_dropped);
#ifdef TWOTLP_USE_ZLIB
        RUN(gzip_bodies_arrive);
#endif
        RUN(headers_too_long_for_a_request_fail_at_once);
        RUN(shutdown_with_the_collector_down_returns_in_time);
        RUN(shutdown_with_a_silent_collector_costs_its_budget);
        RUN(server_error_text_is_logged_on_one_escaped_line);
        RUN(endpoint_ending_in_a_signal_path_is_warned_about);
        RUN(hostile_answers_cost_bounded_time_and_memory);
        RUN(environment_values_of_a_megabyte_are_refused_clearly);
        RUN(a_gigabyte_prompt_is_cut_with_a_message);
#ifndef TW_NO_FORK_TEST
        RUN(a_child_process_joins_the_trace_through_traceparent);
#endif
#ifdef TWOTLP_USE_OPENSSL
        if (getenv("RECV_TLS") && *getenv("RECV_TLS") && getenv("TLS_DIR")) {
            tls_port = atoi(getenv("RECV_TLS")), mtls_port = atoi(getenv("RECV_MTLS"));
            snprintf(tls_dir, sizeof tls_dir, "%s", getenv("TLS_DIR"));
            RUN(tls_delivers_with_the_given_ca_and_keeps_the_connection);
            RUN(tls_with_a_wrong_ca_fails_clearly_and_at_once);
            RUN(tls_checks_the_host_name);
            RUN(mutual_tls_sends_the_client_certificate);
            RUN(tls_trouble_503_resets_and_garbage_are_retried);
        } else {
            printf("FAIL tls: the receiver has no HTTPS ports (TLS_DIR, RECV_TLS: run test/otlp/run.sh with openssl installed)\n");
        }
#endif
    } else {
        printf("FAIL receiver: RECV_DATA and RECV_CTL are not set (run test/otlp/run.sh)\n");
    }
    TEST_EXIT();
}
