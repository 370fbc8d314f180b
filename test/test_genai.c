/* test_genai.c - twtrace.h's GenAI layer: LLM-call spans with the semantic conventions' attributes,
   usage the provider reported or counted here exactly (streamed responses too), TaskWeaver's
   prompt_size, content capture and its switch, redaction before anything is exported, agent and
   tool spans, the histograms (from several threads), cost and the price file. A capturing
   exporter ("capture") takes span data, metric data and the OTLP JSON bodies. */
#define TWTRACE_IMPLEMENTATION
#include "../twtrace.h"
#include "../twtokenize.h"
#include "tw_test.h"
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

/* --- capture --- */
typedef struct cspan {
    char name[64];
    char *attrs; /* "key=value;" each (string values as they are) */
    char events[512], status_msg[128];
    int kind, status, recording;
    uint8_t span_id[8], parent[8];
} cspan;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static cspan got[512];
static size_t ngot;
static char *json; /* every exported body, traces and metrics */
static size_t json_len;
typedef struct cpoint {
    char name[64], attrs[512];
    int kind;
    int64_t value;
    uint64_t count, bucket_sum;
    double sum;
    size_t n_bounds;
    double bound0, bound_last;
} cpoint;
static cpoint points[256];
static size_t npoints;
static char last_log[1024];
static int log_count;

static void append(char **out, size_t *len, const char *s, size_t n) {
    *out = (char *)realloc(*out, *len + n + 1);
    memcpy(*out + *len, s, n);
    *len += n;
    (*out)[*len] = 0;
}
static void put_attr(char **out, size_t *len, const tw_attr_data *a) {
    char t[64];
    append(out, len, a->key, a->key_len);
    append(out, len, "=", 1);
    if (a->type == TW_ATTR_STRING) append(out, len, a->s, a->s_len);
    else if (a->type == TW_ATTR_STRING_ARRAY) {
        size_t i;
        append(out, len, "[", 1);
        for (i = 0; i < a->s_len; i++) append(out, len, a->s[i] ? a->s + i : ",", 1);
        append(out, len, "]", 1);
    } else {
        if (a->type == TW_ATTR_DOUBLE) snprintf(t, sizeof t, "%.17g", a->d);
        else if (a->type == TW_ATTR_BOOL) snprintf(t, sizeof t, "%s", a->i ? "true" : "false");
        else snprintf(t, sizeof t, "%lld", (long long)a->i);
        append(out, len, t, strlen(t));
    }
    append(out, len, ";", 1);
}
static int cap_spans(void *ctx, const tw_span_data *s, size_t n) {
    size_t i, k, j;
    (void)ctx;
    pthread_mutex_lock(&mu);
    for (i = 0; i < n && ngot < sizeof got / sizeof got[0]; i++) {
        cspan *c = &got[ngot++];
        size_t len = 0;
        memset(c, 0, sizeof *c);
        snprintf(c->name, sizeof c->name, "%.*s", (int)s[i].name_len, s[i].name);
        c->kind = (int)s[i].kind, c->status = (int)s[i].status;
        memcpy(c->span_id, s[i].context.span_id, 8), memcpy(c->parent, s[i].parent_span_id, 8);
        snprintf(c->status_msg, sizeof c->status_msg, "%.*s", (int)s[i].status_message_len, s[i].status_message ? s[i].status_message : "");
        append(&c->attrs, &len, "", 0);
        for (k = 0; k < s[i].n_attrs; k++) put_attr(&c->attrs, &len, &s[i].attrs[k]);
        for (k = 0; k < s[i].n_events; k++) {
            char *e = NULL;
            size_t el = 0;
            for (j = 0; j < s[i].events[k].n_attrs; j++) put_attr(&e, &el, &s[i].events[k].attrs[j]);
            snprintf(c->events + strlen(c->events), sizeof c->events - strlen(c->events), "%.*s(%s)", (int)s[i].events[k].name_len,
                     s[i].events[k].name, e ? e : "");
            free(e);
        }
    }
    pthread_mutex_unlock(&mu);
    return 0;
}
static int cap_json(void *ctx, const char *j, size_t len, size_t n) {
    (void)ctx, (void)n;
    pthread_mutex_lock(&mu);
    append(&json, &json_len, j, len);
    append(&json, &json_len, "\n", 1);
    pthread_mutex_unlock(&mu);
    return 0;
}
static int cap_json_metrics(void *ctx, const char *j, size_t len) { return cap_json(ctx, j, len, 0); }
static int cap_metric_data(void *ctx, const tw_metric_data *m, size_t n) {
    size_t i, k;
    (void)ctx;
    pthread_mutex_lock(&mu);
    npoints = 0;
    for (i = 0; i < n && npoints < sizeof points / sizeof points[0]; i++) {
        cpoint *p = &points[npoints++];
        char *a = NULL;
        size_t al = 0;
        memset(p, 0, sizeof *p);
        snprintf(p->name, sizeof p->name, "%s", m[i].name);
        for (k = 0; k < m[i].n_attrs; k++) put_attr(&a, &al, &m[i].attrs[k]);
        snprintf(p->attrs, sizeof p->attrs, "%s", a ? a : "");
        free(a);
        p->kind = (int)m[i].kind, p->value = m[i].value, p->count = m[i].count, p->sum = m[i].sum, p->n_bounds = m[i].n_bounds;
        if (m[i].kind == TW_METRIC_HISTOGRAM) {
            for (k = 0; k <= m[i].n_bounds; k++) p->bucket_sum += m[i].bucket_counts[k];
            if (m[i].n_bounds) p->bound0 = m[i].bounds[0], p->bound_last = m[i].bounds[m[i].n_bounds - 1];
        }
    }
    pthread_mutex_unlock(&mu);
    return 0;
}
static int cap_make(const tw_config *cfg, tw_exporter *out) {
    (void)cfg;
    out->export_spans = cap_spans;
    out->export_traces = cap_json;
    out->export_metrics = cap_json_metrics;
    out->export_metric_data = cap_metric_data;
    return 0;
}
static void reset(void) {
    size_t i;
    pthread_mutex_lock(&mu);
    for (i = 0; i < ngot; i++) free(got[i].attrs);
    ngot = 0, npoints = 0;
    free(json), json = NULL, json_len = 0;
    pthread_mutex_unlock(&mu);
}
static void quiet_log(int level, const char *msg, void *user) {
    (void)level, (void)user;
    snprintf(last_log, sizeof last_log, "%s", msg);
    log_count++;
}
static tw_config base(void) {
    tw_config c = tw_config_default();
    c.enabled = 1, c.exporter = "capture", c.schedule_delay_ms = 60000, c.max_queue_size = 65536;
    return c;
}
static const cspan *find(const char *name) {
    size_t i;
    const cspan *r = NULL;
    pthread_mutex_lock(&mu);
    for (i = 0; i < ngot && !r; i++)
        if (strcmp(got[i].name, name) == 0) r = &got[i];
    pthread_mutex_unlock(&mu);
    return r;
}
/* The value of key in "k=v;k=v;" (static buffer), or NULL. */
static const char *attr(const cspan *c, const char *key) {
    static char v[8192];
    const char *p = c ? c->attrs : NULL;
    size_t kl = strlen(key);
    while (p && *p) {
        const char *eq = strchr(p, '='), *end;
        if (!eq) break;
        if ((size_t)(eq - p) == kl && memcmp(p, key, kl) == 0) {
            const char *q = eq + 1, *stop = q + strlen(q);
            /* the value runs to the ';' that is followed by the next "key=" of the span, or the end */
            const char *s = q;
            while ((s = strchr(s, ';')) != NULL) {
                const char *nx = s + 1, *ne = strchr(nx, '=');
                if (!*nx || (ne && ne - nx < 64 && !memchr(nx, ' ', (size_t)(ne - nx)) && !memchr(nx, '"', (size_t)(ne - nx)) &&
                             !memchr(nx, '{', (size_t)(ne - nx)) && !memchr(nx, ']', (size_t)(ne - nx)))) {
                    stop = s;
                    break;
                }
                s++;
            }
            snprintf(v, sizeof v, "%.*s", (int)(stop - q), q);
            return v;
        }
        end = strchr(eq, ';');
        p = end ? end + 1 : NULL;
    }
    return NULL;
}
static long long attr_int(const cspan *c, const char *key) {
    const char *v = attr(c, key);
    return v ? atoll(v) : -1;
}
static const cpoint *point(const char *name, const char *must_have) {
    size_t i;
    const cpoint *r = NULL;
    pthread_mutex_lock(&mu);
    for (i = 0; i < npoints && !r; i++)
        if (strcmp(points[i].name, name) == 0 && (!must_have || strstr(points[i].attrs, must_have))) r = &points[i];
    pthread_mutex_unlock(&mu);
    return r;
}

/* A tiny JSON checker: whether s[0..n) is one valid JSON value. */
static const char *jv(const char *p, const char *e, int d);
static const char *jws(const char *p, const char *e) {
    while (p < e && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')) p++;
    return p;
}
static const char *jstr(const char *p, const char *e) {
    if (p >= e || *p != '"') return NULL;
    for (p++; p < e; p++) {
        if (*p == '"') return p + 1;
        if ((unsigned char)*p < 0x20) return NULL;
        if (*p == '\\') p++;
    }
    return NULL;
}
static const char *jv(const char *p, const char *e, int d) {
    p = jws(p, e);
    if (p >= e || d > 50) return NULL;
    if (*p == '"') return jstr(p, e);
    if (*p == '{' || *p == '[') {
        char close = *p == '{' ? '}' : ']';
        int obj = close == '}';
        p = jws(p + 1, e);
        if (p < e && *p == close) return p + 1;
        for (;;) {
            if (obj) {
                p = jstr(jws(p, e), e);
                if (!p || (p = jws(p, e)) >= e || *p != ':') return NULL;
                p++;
            }
            if (!(p = jv(p, e, d + 1))) return NULL;
            p = jws(p, e);
            if (p < e && *p == ',') {
                p++;
                continue;
            }
            return p < e && *p == close ? p + 1 : NULL;
        }
    }
    if (e - p >= 4 && (!memcmp(p, "true", 4) || !memcmp(p, "null", 4))) return p + 4;
    if (e - p >= 5 && !memcmp(p, "false", 5)) return p + 5;
    if (*p == '-' || (*p >= '0' && *p <= '9')) {
        while (p < e && strchr("+-.eE0123456789", *p)) p++;
        return p;
    }
    return NULL;
}
static int valid_json(const char *s) {
    const char *e = s + strlen(s), *p = jv(s, e, 0);
    return p && jws(p, e) == e;
}

/* Diverse text: the golden test texts of the tokenizer, one after another. */
static char *golden_text(size_t *n) {
    FILE *f = fopen("test/golden_cl100k.txt", "rb");
    static char line[1 << 16];
    char *all = NULL;
    size_t len = 0;
    while (f && fgets(line, sizeof line, f)) {
        char *t = strchr(line, '\t'), *p;
        if (line[0] == '#' || !t) continue;
        for (p = line; p + 1 < t; p += 2) {
            char c = (char)(strtol((char[]){p[0], p[1], 0}, NULL, 16));
            append(&all, &len, &c, 1);
        }
    }
    if (f) fclose(f);
    *n = len;
    return all;
}

static int64_t cookbook(const twtok_encoding *e, const char *const *roles, const char *const *contents, size_t n) {
    /* OpenAI's cookbook count for gpt-3.5-turbo/gpt-4/gpt-4o: 3 a message, its role's and content's
       tokens, and 3 that prime the reply */
    int64_t t = 3;
    size_t i;
    for (i = 0; i < n; i++) t += 3 + (int64_t)twtok_count(e, roles[i], strlen(roles[i])) + (int64_t)twtok_count(e, contents[i], strlen(contents[i]));
    return t;
}

/* --- tests --- */
TEST(an_llm_call_is_a_client_span_with_the_conventions_attributes) {
    tw_config c = base();
    tw_llm_request rq = tw_llm_request_default();
    tw_llm_result res = tw_llm_result_default();
    const char *stops[2] = {"END", "STOP"};
    const char *why[1] = {"stop"};
    tw_llm_summary sum;
    const cspan *s, *ag;
    tw_span *agent;
    reset();
    CHECK(tw_init(&c) == TW_OK);
    agent = tw_agent_start("Planner", NULL);
    rq.provider = "openai", rq.model = "gpt-4o", rq.temperature = 0.2, rq.max_tokens = 512, rq.top_p = 1.0, rq.seed = 7;
    rq.server_address = "api.openai.com", rq.server_port = 443, rq.conversation_id = "conv-1";
    rq.stop_sequences = stops, rq.n_stop_sequences = 2;
    {
        tw_llm_call *call = tw_llm_start(&rq);
        CHECK(call != NULL && tw_current_span() == tw_llm_span(call));
        tw_llm_message(call, "system", "You are the Planner.", 20);
        tw_llm_message(call, "user", "Plan the task.", 14);
        tw_llm_response(call, "1. Read the file.", 17);
        res.response_model = "gpt-4o-2024-08-06", res.response_id = "chatcmpl-123", res.finish_reasons = why, res.n_finish_reasons = 1;
        res.input_tokens = 120, res.output_tokens = 30, res.cache_read_tokens = 100, res.reasoning_tokens = 0;
        sum = tw_llm_end(call, &res);
    }
    tw_agent_end(agent);
    CHECK(sum.input_tokens == 120 && sum.output_tokens == 30 && sum.input_source == TW_USAGE_PROVIDER && sum.output_source == TW_USAGE_PROVIDER);
    CHECK(tw_flush(5000) == TW_OK);
    s = find("chat gpt-4o"), ag = find("invoke_agent Planner");
    CHECK(s != NULL && ag != NULL);
    if (!s || !ag) goto out;
    CHECK(s->kind == TW_SPAN_KIND_CLIENT && memcmp(s->parent, ag->span_id, 8) == 0);
    CHECK(attr(s, "gen_ai.operation.name") && strcmp(attr(s, "gen_ai.operation.name"), "chat") == 0);
    CHECK(attr(s, "gen_ai.provider.name") && strcmp(attr(s, "gen_ai.provider.name"), "openai") == 0);
    CHECK(attr(s, "gen_ai.request.model") && strcmp(attr(s, "gen_ai.request.model"), "gpt-4o") == 0);
    CHECK(attr(s, "gen_ai.request.temperature") && fabs(atof(attr(s, "gen_ai.request.temperature")) - 0.2) < 1e-12);
    CHECK(attr_int(s, "gen_ai.request.max_tokens") == 512 && attr_int(s, "gen_ai.request.seed") == 7);
    CHECK(attr(s, "gen_ai.request.frequency_penalty") == NULL && attr(s, "gen_ai.request.top_k") == NULL); /* not set */
    CHECK(attr(s, "gen_ai.request.stop_sequences") && strcmp(attr(s, "gen_ai.request.stop_sequences"), "[END,STOP,]") == 0);
    CHECK(attr(s, "server.address") && attr_int(s, "server.port") == 443);
    CHECK(attr(s, "gen_ai.conversation.id") && strcmp(attr(s, "gen_ai.conversation.id"), "conv-1") == 0);
    CHECK(attr(s, "gen_ai.agent.name") && strcmp(attr(s, "gen_ai.agent.name"), "Planner") == 0);
    CHECK(attr(s, "gen_ai.response.model") && strcmp(attr(s, "gen_ai.response.model"), "gpt-4o-2024-08-06") == 0);
    CHECK(attr(s, "gen_ai.response.id") && strcmp(attr(s, "gen_ai.response.id"), "chatcmpl-123") == 0);
    CHECK(attr(s, "gen_ai.response.finish_reasons") && strcmp(attr(s, "gen_ai.response.finish_reasons"), "[stop,]") == 0);
    CHECK(attr_int(s, "gen_ai.usage.input_tokens") == 120 && attr_int(s, "gen_ai.usage.output_tokens") == 30);
    CHECK(attr_int(s, "gen_ai.usage.cache_read.input_tokens") == 100 && attr_int(s, "gen_ai.usage.reasoning.output_tokens") == 0);
    CHECK(attr_int(s, "prompt_size") == 120 && attr_int(s, "output_size") == 30); /* TaskWeaver's names too */
    CHECK(attr(s, "twtrace.usage.input_source") && strcmp(attr(s, "twtrace.usage.input_source"), "provider") == 0);
    CHECK(attr(s, "gen_ai.response.time_to_first_chunk") == NULL); /* not streamed */
    CHECK(attr(ag, "gen_ai.operation.name") && strcmp(attr(ag, "gen_ai.operation.name"), "invoke_agent") == 0 && ag->kind == TW_SPAN_KIND_INTERNAL);
    /* the OTLP JSON carries the arrays as arrayValue */
    CHECK(json && strstr(json, "\"key\":\"gen_ai.response.finish_reasons\",\"value\":{\"arrayValue\":{\"values\":[{\"stringValue\":\"stop\"}]}}"));
out:
    tw_shutdown();
}

TEST(usage_not_reported_is_counted_exactly_even_streamed) {
    tw_config c = base();
    const twtok_encoding *e4o = twtok_encoding_get("o200k_base"), *e4 = twtok_encoding_get("cl100k_base");
    const char *roles[3] = {"system", "user", "assistant"};
    const char *contents[3] = {"You are the CodeInterpreter.", "Write code that counts words in a file.", "Here is the plan:"};
    size_t n = 0, i, at;
    char *text = golden_text(&n);
    unsigned seed = 99;
    int k;
    reset();
    CHECKF(text != NULL && n > 50000, "%zu bytes of golden text", n);
    CHECK(tw_init(&c) == TW_OK);
    for (k = 0; k < 2; k++) { /* gpt-4o (o200k_base) streamed in chunks of 1 to 200 bytes; gpt-4 (cl100k_base) in one piece */
        tw_llm_request rq = tw_llm_request_default();
        tw_llm_call *call;
        tw_llm_summary sum;
        const twtok_encoding *e = k ? e4 : e4o;
        rq.provider = "openai", rq.model = k ? "gpt-4" : "gpt-4o";
        call = tw_llm_start(&rq);
        for (i = 0; i < 3; i++) tw_llm_message(call, roles[i], contents[i], strlen(contents[i]));
        if (k) tw_llm_response(call, text, n);
        else
            for (at = 0; at < n;) {
                size_t len = 1 + (size_t)(rand_r(&seed) % 200);
                if (len > n - at) len = n - at;
                tw_llm_chunk(call, text + at, len);
                at += len;
            }
        sum = tw_llm_end(call, NULL);
        CHECKF(sum.output_tokens == (int64_t)twtok_count(e, text, n), "%s: streamed %lld tokens, whole text %zu", rq.model,
               (long long)sum.output_tokens, twtok_count(e, text, n));
        CHECKF(sum.input_tokens == cookbook(e, roles, contents, 3), "%s: %lld input tokens, the cookbook's count %lld", rq.model,
               (long long)sum.input_tokens, (long long)cookbook(e, roles, contents, 3));
        CHECK(sum.input_source == TW_USAGE_COUNTED && sum.output_source == TW_USAGE_COUNTED);
        CHECK(k || (sum.chunks > 300 && sum.time_to_first_chunk >= 0));
    }
    { /* a model twtokenize.h has no encoding for: estimated with tracing.tokenizer_target_model's */
        tw_llm_request rq = tw_llm_request_default();
        tw_llm_call *call;
        tw_llm_summary sum;
        rq.provider = "anthropic", rq.model = "claude-sonnet-4-20250514";
        call = tw_llm_start(&rq);
        tw_llm_message(call, "user", "Hello there", 11);
        tw_llm_response(call, "General Kenobi", 14);
        sum = tw_llm_end(call, NULL);
        CHECK(sum.input_source == TW_USAGE_ESTIMATED && sum.output_source == TW_USAGE_ESTIMATED);
        CHECK(sum.input_tokens == (int64_t)twtok_count(e4, "Hello there", 11)); /* content only: no chat-format tokens */
        CHECK(sum.output_tokens == (int64_t)twtok_count(e4, "General Kenobi", 14));
    }
    CHECK(tw_flush(5000) == TW_OK);
    {
        const cspan *s = find("chat gpt-4o");
        CHECK(s && attr(s, "twtrace.usage.output_source") && strcmp(attr(s, "twtrace.usage.output_source"), "counted") == 0);
        CHECK(s && attr(s, "gen_ai.response.time_to_first_chunk") && attr(s, "gen_ai.request.stream"));
        s = find("chat claude-sonnet-4-20250514");
        CHECK(s && attr(s, "twtrace.usage.input_source") && strcmp(attr(s, "twtrace.usage.input_source"), "estimated") == 0);
    }
    /* the histograms the conventions require, with the chunk ones for the streamed call */
    {
        const cpoint *p = point("gen_ai.client.token.usage", "gen_ai.token.type=output");
        CHECK(point("gen_ai.client.operation.duration", "gen_ai.request.model=gpt-4o;") != NULL);
        CHECK(point("gen_ai.client.operation.time_to_first_chunk", "gen_ai.request.model=gpt-4o;") != NULL);
        p = point("gen_ai.client.operation.time_per_output_chunk", "gen_ai.request.model=gpt-4o;");
        CHECK(p && p->count > 300 && p->bucket_sum == p->count && p->n_bounds == 14 && p->bound0 == 0.01 && p->bound_last == 81.92);
        CHECK(point("gen_ai.client.operation.time_to_first_chunk", "gen_ai.request.model=gpt-4;") == NULL); /* not streamed */
        p = point("gen_ai.client.token.usage", "gen_ai.request.model=gpt-4;gen_ai.token.type=output");
        CHECK(p && p->count == 1 && p->sum == (double)twtok_count(e4, text, n) && p->n_bounds == 14 && p->bound_last == 67108864);
    }
    tw_shutdown();
    free(text);
}

TEST(taskweavers_prompt_size_counter_keeps_counting) {
    tw_config c = base();
    tw_counter *ps;
    int64_t in0, out0;
    tw_llm_request rq = tw_llm_request_default();
    tw_llm_result res = tw_llm_result_default();
    tw_llm_call *call;
    reset();
    CHECK(tw_init(&c) == TW_OK);
    ps = tw_counter_get("prompt_size", "1", "");
    in0 = tw_counter_value(ps, "direction", "input"), out0 = tw_counter_value(ps, "direction", "output");
    if (in0 < 0) in0 = 0;
    if (out0 < 0) out0 = 0;
    rq.provider = "openai", rq.model = "gpt-4o";
    call = tw_llm_start(&rq);
    res.input_tokens = 1000, res.output_tokens = 250;
    tw_llm_end(call, &res);
    CHECK(tw_counter_value(ps, "direction", "input") == in0 + 1000);
    CHECK(tw_counter_value(ps, "direction", "output") == out0 + 250);
    tw_shutdown();
}

TEST(content_is_captured_as_json_that_stays_valid_when_cut) {
    tw_config c = base();
    tw_llm_request rq = tw_llm_request_default();
    tw_llm_result res = tw_llm_result_default();
    tw_llm_call *call;
    const cspan *s;
    char big[5000];
    size_t i;
    const char *first_msg = "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Say hi\\n\\ttwice\"}]},";
    reset();
    c.gen_ai_content_max_bytes = 1000;
    CHECK(tw_init(&c) == TW_OK);
    rq.provider = "anthropic", rq.model = "claude-opus-4-1", rq.operation = "chat";
    call = tw_llm_start(&rq);
    tw_llm_system(call, "Be \"brief\".", 11);
    tw_llm_message(call, "user", "Say hi\n\ttwice", 13);
    for (i = 0; i < sizeof big; i++) big[i] = "ab\"\\\xc3\xa9 \n"[i % 8];
    tw_llm_message(call, "user", big, sizeof big); /* cut at the budget, in the middle of an escape or a character */
    tw_llm_chunk(call, "Hi! ", 4);
    tw_llm_chunk(call, "Hi!", 3);
    res.finish_reason = "stop";
    tw_llm_end(call, &res);
    CHECK(tw_flush(5000) == TW_OK);
    s = find("chat claude-opus-4-1");
    CHECK(s != NULL);
    if (!s) goto out;
    CHECK(attr(s, "gen_ai.system_instructions") && strcmp(attr(s, "gen_ai.system_instructions"), "[{\"type\":\"text\",\"content\":\"Be \\\"brief\\\".\"}]") == 0);
    CHECK(attr(s, "gen_ai.input.messages") && valid_json(attr(s, "gen_ai.input.messages")));
    CHECK(attr(s, "gen_ai.input.messages") &&
          strncmp(attr(s, "gen_ai.input.messages"), first_msg, strlen(first_msg)) == 0);
    CHECK(attr(s, "gen_ai.input.messages") && strlen(attr(s, "gen_ai.input.messages")) < 1000 * 2 + 200);
    CHECK(attr(s, "twtrace.gen_ai.content_truncated") && strcmp(attr(s, "twtrace.gen_ai.content_truncated"), "true") == 0);
    CHECK(attr(s, "gen_ai.output.messages") &&
          strcmp(attr(s, "gen_ai.output.messages"), "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"Hi! Hi!\"}],\"finish_reason\":\"stop\"}]") == 0);
out:
    tw_shutdown();
    /* off: by the key, and by the GenAI instrumentations' variable */
    {
        int mode;
        for (mode = 0; mode < 2; mode++) {
            reset();
            c = base();
            if (mode == 0) c.gen_ai_capture_content = 0;
            else setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "NO_CONTENT", 1), tw_config_apply_env(&c);
            CHECK(c.gen_ai_capture_content == 0);
            CHECK(tw_init(&c) == TW_OK);
            call = tw_llm_start(&rq);
            tw_llm_message(call, "user", "private words", 13);
            tw_llm_response(call, "private answer", 14);
            tw_llm_end(call, NULL);
            CHECK(tw_flush(5000) == TW_OK);
            s = find("chat claude-opus-4-1");
            CHECK(s && !attr(s, "gen_ai.input.messages") && !attr(s, "gen_ai.output.messages") && attr_int(s, "gen_ai.usage.input_tokens") > 0);
            CHECK(json && !strstr(json, "private"));
            tw_shutdown();
            unsetenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT");
        }
        setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "SPAN_AND_EVENT", 1);
        c = base(), c.gen_ai_capture_content = 0, tw_config_apply_env(&c);
        CHECK(c.gen_ai_capture_content == 1);
        unsetenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT");
    }
}

/* Replaces every "sk-" key (sk- and the letters and digits after it) with [REDACTED]. */
static int redactions;
static size_t redact(void *user, const char *key, size_t kl, const char *v, size_t len, char *out, size_t cap) {
    size_t i = 0, o = 0;
    int changed = 0;
    (void)user, (void)key, (void)kl;
    while (i < len) {
        if (i + 3 <= len && memcmp(v + i, "sk-", 3) == 0) {
            i += 3;
            while (i < len && ((v[i] >= 'a' && v[i] <= 'z') || (v[i] >= 'A' && v[i] <= 'Z') || (v[i] >= '0' && v[i] <= '9'))) i++;
            if (o + 10 <= cap) memcpy(out + o, "[REDACTED]", 10);
            o += 10, changed = 1;
            continue;
        }
        if (o < cap) out[o] = v[i];
        o++, i++;
    }
    if (!changed) return (size_t)-1;
    __atomic_add_fetch(&redactions, 1, __ATOMIC_RELAXED);
    return o;
}

TEST(a_redactor_removes_secrets_before_anything_is_exported) {
    tw_config c = base();
    tw_llm_request rq = tw_llm_request_default();
    tw_llm_call *call;
    char long_value[3000];
    const cspan *s;
    size_t i;
    reset();
    tw_set_redactor(redact, NULL);
    CHECK(tw_init(&c) == TW_OK);
    rq.provider = "openai", rq.model = "gpt-4o";
    call = tw_llm_start(&rq);
    tw_llm_message(call, "user", "my key is sk-SECRET123abc, keep it", 34);
    tw_llm_chunk(call, "I will not repeat sk-SECRET123abc.", 34);
    tw_span_set_attribute_str(tw_llm_span(call), "note", "sk-SECRET123abc");
    {
        tw_attr a = TW_ATTR_STR("payload", "token=sk-SECRET123abc");
        tw_span_add_event(tw_llm_span(call), "request", &a, 1);
    }
    for (i = 0; i < sizeof long_value - 1; i++) long_value[i] = (char)('a' + i % 26); /* a value longer than the first buffer */
    memcpy(long_value + 2000, "sk-SECRET123abc ", 16);
    long_value[sizeof long_value - 1] = 0;
    tw_span_set_attribute_str(tw_llm_span(call), "long", long_value);
    tw_span_set_status(tw_llm_span(call), TW_STATUS_ERROR, "auth failed for sk-SECRET123abc");
    tw_llm_end(call, NULL);
    { /* a plain span too */
        TW_SPAN("CodeExecutor.execute");
        tw_set_span_attribute_str("code", "api_key = 'sk-SECRET123abc'");
    }
    CHECK(tw_flush(5000) == TW_OK);
    pthread_mutex_lock(&mu);
    CHECK(json && !strstr(json, "SECRET123"));
    CHECK(json && strstr(json, "[REDACTED]"));
    for (i = 0; i < ngot; i++) CHECK(!strstr(got[i].attrs, "SECRET123") && !strstr(got[i].events, "SECRET123") && !strstr(got[i].status_msg, "SECRET123"));
    pthread_mutex_unlock(&mu);
    s = find("chat gpt-4o");
    CHECK(s && strcmp(s->status_msg, "auth failed for [REDACTED]") == 0);
    CHECK(s && attr(s, "gen_ai.input.messages") && valid_json(attr(s, "gen_ai.input.messages")));
    CHECKF(s && attr(s, "long") && strlen(attr(s, "long")) == sizeof long_value - 1 - 15 + 10, "%zu", s && attr(s, "long") ? strlen(attr(s, "long")) : 0);
    CHECK(__atomic_load_n(&redactions, __ATOMIC_RELAXED) >= 6);
    tw_shutdown();
    tw_set_redactor(NULL, NULL);
}

static int loop_agents(void) {
    int i, rounds = 0;
    for (i = 0; i < 5; i++) {
        TW_AGENT("CodeInterpreter");
        rounds++;
        {
            TW_TOOL("python");
            if (i == 2) break; /* leaves both scopes: both spans end, the agent is popped */
        }
    }
    return rounds;
}

TEST(agent_and_tool_spans_name_what_runs_and_whose_tokens) {
    tw_config c = base();
    tw_span *outer, *tool;
    tw_llm_call *call;
    tw_llm_request rq = tw_llm_request_default();
    tw_agent_options o;
    const cspan *s;
    reset();
    CHECK(tw_init(&c) == TW_OK);
    memset(&o, 0, sizeof o);
    o.id = "planner-1", o.description = "plans the rounds", o.provider = "taskweaver";
    outer = tw_agent_start("Planner", &o);
    CHECK(loop_agents() == 3);
    rq.provider = "openai", rq.model = "gpt-4o";
    call = tw_llm_start(&rq); /* after the loop the agent is the Planner again */
    tw_llm_end(call, NULL);
    tool = tw_tool_start("read_file", "call_7", NULL);
    tw_tool_end(tool);
    tw_agent_end(outer);
    CHECK(tw_flush(5000) == TW_OK);
    s = find("chat gpt-4o");
    CHECK(s && attr(s, "gen_ai.agent.name") && strcmp(attr(s, "gen_ai.agent.name"), "Planner") == 0);
    s = find("execute_tool read_file");
    CHECK(s && attr(s, "gen_ai.tool.call.id") && strcmp(attr(s, "gen_ai.tool.call.id"), "call_7") == 0);
    CHECK(s && attr(s, "gen_ai.tool.type") && strcmp(attr(s, "gen_ai.tool.type"), "function") == 0);
    CHECK(s && attr(s, "gen_ai.operation.name") && strcmp(attr(s, "gen_ai.operation.name"), "execute_tool") == 0);
    s = find("invoke_agent Planner");
    CHECK(s && attr(s, "gen_ai.agent.id") && attr(s, "gen_ai.agent.description") && attr(s, "gen_ai.provider.name"));
    {
        size_t i, agents = 0, tools = 0;
        pthread_mutex_lock(&mu);
        for (i = 0; i < ngot; i++) agents += strcmp(got[i].name, "invoke_agent CodeInterpreter") == 0, tools += strcmp(got[i].name, "execute_tool python") == 0;
        pthread_mutex_unlock(&mu);
        CHECK(agents == 3 && tools == 3);
    }
    tw_shutdown();
}

static tw_histogram_point *shared_point;
static void *record_many(void *arg) {
    int i;
    (void)arg;
    for (i = 0; i < 100000; i++) tw_histogram_point_record(shared_point, (double)(i % 100));
    return NULL;
}

TEST(histograms_add_up_every_threads_cells) {
    tw_config c = base();
    static const double bounds[] = {10, 50, 90};
    tw_histogram *h;
    tw_attr a[2] = {TW_ATTR_STR("k", "v"), TW_ATTR_INT("n", 3)}, b[2] = {TW_ATTR_INT("n", 3), TW_ATTR_STR("k", "v")};
    pthread_t th[2];
    uint64_t counts[4];
    double sum = 0;
    const cpoint *p;
    int i;
    static const double bad[] = {1, 1};
    reset();
    CHECK(tw_init(&c) == TW_OK);
    h = tw_histogram_get("test.latency", "ms", "a test histogram", bounds, 3);
    CHECK(h != NULL && tw_histogram_get("test.latency", "ms", "", NULL, 0) == h);
    CHECK(tw_histogram_get("test.bad", "", "", bad, 2) == NULL); /* bounds must increase */
    shared_point = tw_histogram_bind(h, a, 2);
    CHECK(shared_point != NULL && tw_histogram_bind(h, b, 2) == shared_point); /* the same set in another order */
    for (i = 0; i < 2; i++) pthread_create(&th[i], NULL, record_many, NULL);
    for (i = 0; i < 2; i++) pthread_join(th[i], NULL); /* both threads have exited: their cells went to the totals */
    tw_histogram_record(h, 10.0, b, 2);   /* bucket 0: (-inf, 10] */
    tw_histogram_record(h, 1000.0, a, 2); /* the overflow bucket */
    tw_histogram_record(h, NAN, a, 2);    /* ignored */
    CHECK(tw_histogram_point_read(shared_point, counts, 4, &sum) == 200002);
    /* i % 100 over 100000: each value 0..99 1000 times a thread */
    CHECK(counts[0] == 2 * 11000 + 1 && counts[1] == 2 * 40000 && counts[2] == 2 * 40000 && counts[3] == 2 * 9000 + 1);
    CHECK(sum == 2 * 4950000.0 + 1010.0);
    CHECK(tw_flush(5000) == TW_OK);
    p = point("test.latency", NULL);
    CHECK(p && p->kind == TW_METRIC_HISTOGRAM && p->count == 200002 && p->bucket_sum == p->count && p->sum == sum);
    CHECK(json && strstr(json, "\"name\":\"test.latency\",\"description\":\"a test histogram\",\"unit\":\"ms\",\"histogram\":{\"dataPoints\":[{\"attributes\":[{\"key\":\"k\""));
    CHECK(json && strstr(json, "\"bucketCounts\":[\"22001\",\"80000\",\"80000\",\"18001\"],\"explicitBounds\":[10,50,90],\"min\":0,\"max\":1000}"));
    tw_shutdown();
}

TEST(each_call_gets_its_cost_and_the_cost_counter_adds_it) {
    tw_config c = base();
    tw_llm_request rq = tw_llm_request_default();
    tw_llm_result res = tw_llm_result_default();
    tw_llm_summary sum;
    tw_llm_call *call;
    int64_t want = -1;
    const cspan *s;
    int logs;
    int64_t cost0;
    tw_attr ca[3] = {TW_ATTR_STR("gen_ai.operation.name", "chat"), TW_ATTR_STR("gen_ai.provider.name", "openai"),
                     TW_ATTR_STR("gen_ai.request.model", "gpt-4o")};
    char path[] = "/tmp/twtrace-prices-XXXXXX";
    int fd;
    reset();
    tw_set_log_function(quiet_log, NULL);
    CHECK(tw_init(&c) == TW_OK);
    cost0 = tw_counter_value_attrs(tw_counter_get("twtrace.gen_ai.cost", "{microUSD}", ""), ca, 3);
    if (cost0 < 0) cost0 = 0;
    rq.provider = "openai", rq.model = "gpt-4o";
    call = tw_llm_start(&rq);
    res.input_tokens = 1200000, res.output_tokens = 300000, res.cache_read_tokens = 200000;
    sum = tw_llm_end(call, &res);
    /* gpt-4o: $2.50 a million input tokens, $1.25 cached, $10 output */
    CHECK(tw_price_cost("openai", "gpt-4o", 0, 1200000, 300000, 200000, 0, 0, &want) == 0 && want == 2500000 + 250000 + 3000000);
    CHECK(sum.cost_micros == want && strcmp(sum.currency, "USD") == 0);
    logs = log_count;
    rq.model = "my-local-llm"; /* unknown: no cost, one warning */
    call = tw_llm_start(&rq);
    CHECK(tw_llm_end(call, &res).cost_micros == -1);
    call = tw_llm_start(&rq);
    tw_llm_end(call, &res);
    CHECK(log_count == logs + 1 && strstr(last_log, "my-local-llm"));
    CHECK(tw_flush(5000) == TW_OK);
    s = find("chat gpt-4o");
    CHECK(s && attr_int(s, "twtrace.cost.micros") == want && attr(s, "gen_ai.usage.cost.currency") && attr(s, "gen_ai.usage.cost.amount"));
    CHECK(s && fabs(atof(attr(s, "gen_ai.usage.cost.amount")) - 5.75) < 1e-9);
    CHECK(find("chat my-local-llm") && !attr(find("chat my-local-llm"), "twtrace.cost.micros"));
    CHECK(tw_counter_value_attrs(tw_counter_get("twtrace.gen_ai.cost", NULL, NULL), ca, 3) == cost0 + want);
    tw_shutdown();
    /* a price file adds models, in the package's own shape, and comes first */
    fd = mkstemp(path);
    if (fd >= 0) {
        const char *pf = "[{\"id\":\"local\",\"models\":[{\"id\":\"my-local-llm\",\"match\":{\"starts_with\":\"my-local\"},"
                         "\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}}]},{\"id\":\"openai\",\"models\":[{\"id\":\"gpt-4o\",\"match\":{\"equals\":\"gpt-4o\"},"
                         "\"prices\":[{\"prices\":{\"input_mtok\":9}},{\"constraint\":{\"type\":\"start_date\",\"start_date\":\"2030-01-01\"},"
                         "\"prices\":{\"input_mtok\":1}}]}]}]";
        CHECK(write(fd, pf, strlen(pf)) == (ssize_t)strlen(pf));
        close(fd);
    }
    {
        int64_t m = -1, m2 = -1, m3 = -1, m4 = -1;
        tw_config cc = base();
        FILE *f;
        cc.price_file = path;
        CHECK(tw_init(&cc) == TW_OK);
        tw_price_cost("local", "my-local-llm-7b", 0, 2000000, 1000000, 0, 0, 0, &m);
        CHECK(m == 2500000);
        tw_price_cost("openai", "gpt-4o", 1893456000 - 86400, 1000000, 0, 0, 0, 0, &m2); /* 2029-12-31 */
        tw_price_cost("openai", "gpt-4o", 1893456000 + 86400, 1000000, 0, 0, 0, 0, &m3); /* 2030-01-02 */
        CHECK(m2 == 9000000 && m3 == 1000000);
        tw_price_cost("openai", "gpt-4o-mini", 0, 1000000, 0, 0, 0, 0, &m4); /* not in the file: the built-in table's */
        CHECK(m4 == 150000);
        tw_shutdown();
        /* a malformed price file: a clear error naming the file, line and column; the built-in table still answers */
        f = fopen(path, "w");
        if (f) fputs("[{\"id\": \"x\",\n  \"models\": [}]\n", f), fclose(f);
        logs = log_count;
        CHECK(tw_init(&cc) == TW_OK);
        CHECK(log_count == logs + 1 && strstr(last_log, path) && strstr(last_log, ":2:"));
        tw_price_cost("openai", "gpt-4o", 0, 1000000, 0, 0, 0, 0, &m);
        CHECK(m == 2500000);
        tw_shutdown();
        unlink(path);
        cc.price_file = "/nonexistent/prices.json";
        logs = log_count;
        CHECK(tw_init(&cc) == TW_OK && log_count == logs + 1 && strstr(last_log, "/nonexistent/prices.json"));
        tw_shutdown();
    }
    tw_set_log_function(NULL, NULL);
}

TEST(unsampled_calls_still_count_and_tracing_off_is_a_no_op) {
    tw_config c = base();
    tw_llm_request rq = tw_llm_request_default();
    tw_llm_result res = tw_llm_result_default();
    tw_llm_call *call;
    tw_llm_summary sum;
    reset();
    c.sampler = "always_off";
    CHECK(tw_init(&c) == TW_OK);
    rq.provider = "openai", rq.model = "gpt-4o-mini";
    call = tw_llm_start(&rq);
    CHECK(call != NULL && !tw_span_is_recording(tw_llm_span(call)));
    tw_llm_message(call, "user", "hello", 5);
    res.output_tokens = 5;
    sum = tw_llm_end(call, &res);
    CHECK(sum.input_tokens > 0 && sum.output_tokens == 5 && sum.cost_micros >= 0);
    CHECK(tw_flush(5000) == TW_OK);
    CHECK(find("chat gpt-4o-mini") == NULL);
    CHECK(point("gen_ai.client.token.usage", "gen_ai.request.model=gpt-4o-mini;") != NULL);
    tw_shutdown();
    /* off: NULL, and every call takes it */
    c.enabled = 0;
    tw_init(&c);
    call = tw_llm_start(&rq);
    CHECK(call == NULL && tw_llm_span(call) == NULL && tw_agent_start("x", NULL) == NULL && tw_tool_start("t", NULL, NULL) == NULL);
    tw_llm_message(call, "user", "x", 1), tw_llm_chunk(call, "y", 1), tw_llm_response(call, "z", 1), tw_llm_system(call, "s", 1);
    sum = tw_llm_end(call, NULL);
    CHECK(sum.input_tokens == -1 && sum.cost_micros == -1);
    tw_agent_end(NULL), tw_tool_end(NULL);
    tw_shutdown();
}

TEST(the_price_matchers_regular_expressions) {
    char many_a[64];
    memset(many_a, 'a', sizeof many_a - 1), many_a[sizeof many_a - 1] = 0;
    CHECK(tw__rx_test("^claude-fable-5-\\d{8}$", "claude-fable-5-20250101") == 1);
    CHECK(tw__rx_test("^claude-fable-5-\\d{8}$", "claude-fable-5-2025010") == 0);
    CHECK(tw__rx_test("^o[134]", "o3-mini") == 1 && tw__rx_test("^o[134]", "o2") == 0);
    CHECK(tw__rx_test("^(?!.*-[tT][tT][sS](?:$|-))", "gpt-4o-mini") == 1);
    CHECK(tw__rx_test("^(?!.*-[tT][tT][sS](?:$|-))", "gpt-4o-mini-tts") == 0);
    CHECK(tw__rx_test("^(?![^/]+/)(?:labs-)?(?:(?:mi|code|dev|magi|mini)stral|mixtral|pixtral|voxtral|open-(?:mistral|mixtral))",
                      "codestral-latest") == 1);
    CHECK(tw__rx_test("^(?![^/]+/)(?:labs-)?(?:(?:mi|code|dev|magi|mini)stral|mixtral)", "mistralai/mixtral") == 0);
    CHECK(tw__rx_test("^grok-4\\.5\\[fast=true\\]$", "grok-4.5[fast=true]") == 1);
    CHECK(tw__rx_test("a{555555555555}", "a") == -1); /* a count that overflowed an int (found by fuzz_prices) */
    CHECK(tw__rx_test("(a", "a") == -1 && tw__rx_test("a**", "a") == -1 && tw__rx_test("(?<x>a)", "a") == -1);
    /* exponential backtracking is cut off, not waited for */
    CHECK(tw__rx_test("^a*a*a*a*a*a*a*a*a*a*a*a*b$", many_a) == -1);
}

int main(void) {
    CHECK(tw_register_exporter("capture", cap_make, NULL) == TW_OK);
    RUN(an_llm_call_is_a_client_span_with_the_conventions_attributes);
    RUN(usage_not_reported_is_counted_exactly_even_streamed);
    RUN(taskweavers_prompt_size_counter_keeps_counting);
    RUN(content_is_captured_as_json_that_stays_valid_when_cut);
    RUN(a_redactor_removes_secrets_before_anything_is_exported);
    RUN(agent_and_tool_spans_name_what_runs_and_whose_tokens);
    RUN(histograms_add_up_every_threads_cells);
    RUN(each_call_gets_its_cost_and_the_cost_counter_adds_it);
    RUN(unsampled_calls_still_count_and_tracing_off_is_a_no_op);
    RUN(the_price_matchers_regular_expressions);
    reset();
    TEST_EXIT();
}
