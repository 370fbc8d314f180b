/* test_core.c - twtrace.h's exporter table and span data, its configuration table, sampling, span
   kinds, links and span handles. A capturing exporter registered by name ("capture") takes both
   the span data and the OTLP JSON bodies. A child process (this program run again) checks that
   the sampling decision crosses processes through TRACEPARENT. */
#define TWTRACE_IMPLEMENTATION
#include "../twtrace.h"
#include "tw_test.h"
#include <math.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* --- capture: span data copied out, JSON bodies appended --- */
typedef struct cspan {
    char name[64], attrs[512], events[256], links[256], status_msg[64];
    uint8_t trace_id[16], span_id[8], parent[8];
    int has_parent, parent_remote, kind, status, flags;
    unsigned n_attrs, n_events, n_links, dropped_links;
} cspan;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static cspan got[30000];
static size_t ngot, ncalls;
static size_t call_sizes[4096];
static char *json;
static size_t json_len;
static char metrics[4096];
static int want_json = 1, fail_data;
static char last_log[1024];
static int log_count;

static void put_attr(char *out, size_t cap, const tw_attr_data *a) {
    size_t n = strlen(out);
    if (a->type == TW_ATTR_STRING) snprintf(out + n, cap - n, "%.*s=%.*s;", (int)a->key_len, a->key, (int)a->s_len, a->s);
    else if (a->type == TW_ATTR_DOUBLE) snprintf(out + n, cap - n, "%.*s=%g;", (int)a->key_len, a->key, a->d);
    else if (a->type == TW_ATTR_BOOL) snprintf(out + n, cap - n, "%.*s=%s;", (int)a->key_len, a->key, a->i ? "true" : "false");
    else snprintf(out + n, cap - n, "%.*s=%lld;", (int)a->key_len, a->key, (long long)a->i);
}
static int cap_spans(void *ctx, const tw_span_data *s, size_t n) {
    size_t i, k, j;
    (void)ctx;
    if (fail_data) return -1;
    pthread_mutex_lock(&mu);
    if (ncalls < 4096) call_sizes[ncalls] = n;
    ncalls++;
    for (i = 0; i < n && ngot < sizeof got / sizeof got[0]; i++) {
        cspan *c = &got[ngot++];
        memset(c, 0, sizeof *c);
        snprintf(c->name, sizeof c->name, "%.*s", (int)s[i].name_len, s[i].name);
        memcpy(c->trace_id, s[i].context.trace_id, 16), memcpy(c->span_id, s[i].context.span_id, 8), memcpy(c->parent, s[i].parent_span_id, 8);
        c->has_parent = s[i].has_parent, c->parent_remote = s[i].parent_is_remote, c->kind = (int)s[i].kind;
        c->status = (int)s[i].status, c->flags = s[i].context.flags;
        snprintf(c->status_msg, sizeof c->status_msg, "%.*s", (int)s[i].status_message_len, s[i].status_message ? s[i].status_message : "");
        c->n_attrs = (unsigned)s[i].n_attrs, c->n_events = (unsigned)s[i].n_events, c->n_links = (unsigned)s[i].n_links;
        c->dropped_links = s[i].dropped_links;
        for (k = 0; k < s[i].n_attrs; k++) put_attr(c->attrs, sizeof c->attrs, &s[i].attrs[k]);
        for (k = 0; k < s[i].n_events; k++) {
            size_t m = strlen(c->events);
            snprintf(c->events + m, sizeof c->events - m, "%.*s(", (int)s[i].events[k].name_len, s[i].events[k].name);
            for (j = 0; j < s[i].events[k].n_attrs; j++) put_attr(c->events, sizeof c->events, &s[i].events[k].attrs[j]);
            m = strlen(c->events);
            snprintf(c->events + m, sizeof c->events - m, ")");
        }
        for (k = 0; k < s[i].n_links; k++) {
            size_t m = strlen(c->links);
            snprintf(c->links + m, sizeof c->links - m, "%02x%02x/%d(", s[i].links[k].context.span_id[0], s[i].links[k].context.span_id[1],
                     s[i].links[k].context.flags);
            for (j = 0; j < s[i].links[k].n_attrs; j++) put_attr(c->links, sizeof c->links, &s[i].links[k].attrs[j]);
            m = strlen(c->links);
            snprintf(c->links + m, sizeof c->links - m, ")");
        }
    }
    pthread_mutex_unlock(&mu);
    return 0;
}
static int cap_json(void *ctx, const char *j, size_t len, size_t n) {
    (void)ctx, (void)n;
    pthread_mutex_lock(&mu);
    json = (char *)realloc(json, json_len + len + 2);
    memcpy(json + json_len, j, len);
    json_len += len;
    json[json_len++] = '\n';
    json[json_len] = 0;
    pthread_mutex_unlock(&mu);
    return 0;
}
static int cap_metric_data(void *ctx, const tw_metric_data *m, size_t n) {
    size_t i, at = 0;
    (void)ctx;
    pthread_mutex_lock(&mu);
    metrics[0] = 0;
    for (i = 0; i < n && at + 100 < sizeof metrics; i++)
        at += (size_t)snprintf(metrics + at, sizeof metrics - at, "%s{%s=%s}=%lld;", m[i].name, m[i].attr_key ? m[i].attr_key : "",
                               m[i].attr_value ? m[i].attr_value : "", (long long)m[i].value);
    pthread_mutex_unlock(&mu);
    return 0;
}
static int whole_traces;
static int *made_with; /* the registration's user pointer, as the factory received it in out->ctx */
static int cap_make(const tw_config *cfg, tw_exporter *out) {
    (void)cfg;
    made_with = (int *)out->ctx;
    out->export_spans = cap_spans;
    out->export_metric_data = cap_metric_data;
    if (want_json) out->export_traces = cap_json;
    out->flags = whole_traces ? TW_EXPORTER_WHOLE_TRACES : 0;
    return 0;
}
static void reset(void) {
    pthread_mutex_lock(&mu);
    ngot = ncalls = 0;
    free(json), json = NULL, json_len = 0;
    metrics[0] = 0;
    pthread_mutex_unlock(&mu);
}
static void quiet_log(int level, const char *msg, void *user) {
    (void)level, (void)user;
    snprintf(last_log, sizeof last_log, "%s", msg);
    log_count++;
}
static tw_config base(void) {
    tw_config c = tw_config_default();
    c.enabled = 1, c.exporter = "capture", c.schedule_delay_ms = 60000, c.max_queue_size = 65536, c.max_export_batch_size = 4096;
    return c;
}
/* The test's reads of what the exporter thread captured take its lock (the exporter may be
   delivering meanwhile); a captured span does not change once written. */
static const cspan *find(const char *name) {
    size_t i;
    const cspan *r = NULL;
    pthread_mutex_lock(&mu);
    for (i = 0; i < ngot && !r; i++)
        if (strcmp(got[i].name, name) == 0) r = &got[i];
    pthread_mutex_unlock(&mu);
    return r;
}
static size_t count_got(void) {
    size_t n;
    pthread_mutex_lock(&mu);
    n = ngot;
    pthread_mutex_unlock(&mu);
    return n;
}
static size_t count_calls(void) {
    size_t n;
    pthread_mutex_lock(&mu);
    n = ncalls;
    pthread_mutex_unlock(&mu);
    return n;
}

/* --- the exporter table --- */
TEST(exporters_come_from_one_table_by_name) {
    tw_config c = base();
    char err[512];
    static int user_token = 7;
    const char *file = "{\"tracing.enabled\": true, \"tracing.exporter\": \"capture\"}";
    CHECK(tw_register_exporter("capture", cap_make, &user_token) == TW_OK);
    CHECK(tw_register_exporter("Bad Name", cap_make, NULL) == TW_ERR_ARG && tw_register_exporter("", cap_make, NULL) == TW_ERR_ARG);
    CHECK(tw_register_exporter("a-very-long-exporter-name-over-31", cap_make, NULL) == TW_ERR_ARG);
    /* a configuration names it like a built-in one; an unknown name lists the registered ones */
    c = tw_config_default();
    CHECK(tw_config_load_string(file, strlen(file), "p.json", &c, err, sizeof err) == TW_OK && strcmp(c.exporter, "capture") == 0);
    CHECK(tw_config_load_string("{\"tracing.exporter\": \"captur\"}", 30, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG);
    CHECKF(strstr(err, "p.json:1:22") && strstr(err, "\"capture\"") && strstr(err, "\"console\"") && strstr(err, "tw_register_exporter"), "%s", err);
    reset();
    c = base();
    CHECK(tw_init(&c) == TW_OK && made_with == &user_token);
    { TW_SPAN("one"); tw_set_span_attribute_int("k", 1); }
    CHECK(tw_flush(5000) == TW_OK && count_got() == 1 && find("one") == &got[0] && strstr(json, "\"name\":\"one\""));
    CHECK(tw_shutdown() == TW_OK && strstr(metrics, "") != NULL);
    /* removed: tw_init says it is not registered */
    CHECK(tw_register_exporter("capture", NULL, NULL) == TW_OK);
    log_count = 0;
    CHECK(tw_init(&c) == TW_ERR_CONFIG && strstr(last_log, "tracing.exporter \"capture\" is not one of"));
    CHECK(tw_register_exporter("capture", cap_make, NULL) == TW_OK);
    /* a full table */
    {
        char name[32];
        int i, r = TW_OK;
        for (i = 0; i < 40 && r == TW_OK; i++) snprintf(name, sizeof name, "extra%d", i), r = tw_register_exporter(name, cap_make, NULL);
        CHECKF(r == TW_ERR_NOMEM && i == 32 - 5 + 1, "%d registered", i);
        for (i = 0; i < 40; i++) snprintf(name, sizeof name, "extra%d", i), tw_register_exporter(name, NULL, NULL);
    }
    /* an exporter that fails loses its spans, counted */
    fail_data = 1, want_json = 0;
    reset();
    CHECK(tw_init(&c) == TW_OK);
    { TW_SPAN("lost"); }
    CHECK(tw_flush(5000) == TW_ERR_LOST && tw_get_stats().spans_failed == 1);
    tw_shutdown();
    fail_data = 0, want_json = 1;
}

TEST(span_data_holds_what_the_span_recorded) {
    tw_config c = base();
    const cspan *a, *b;
    tw_attr ev[2], la[1];
    c.attribute_count_limit = 3, c.link_count_limit = 1;
    reset();
    CHECK(tw_init(&c) == TW_OK);
    {
        TW_SPAN("parent");
        tw_set_span_attribute_str("prompt", "first");
        tw_set_span_attribute_int("n", 1);
        tw_set_span_attribute_str("prompt", "second"); /* the last value wins, in one place */
        tw_set_span_attribute_bool("b", 1);
        tw_set_span_attribute_double("over", 1.5); /* a fourth key: over the limit of 3 */
        ev[0] = TW_ATTR_STR("why", "retry"), ev[1] = TW_ATTR_INT("attempt", 2);
        tw_add_span_event("retry", ev, 2);
        tw_set_span_exception("ValueError", "bad input", "trace");
        {
            tw_span_options o;
            tw_link links[2];
            memset(&o, 0, sizeof o);
            links[0].context = tw_current_context(), links[0].attrs = la, links[0].n_attrs = 1;
            la[0] = TW_ATTR_STR("link.why", "batch");
            links[1] = links[0];
            o.kind = TW_SPAN_KIND_CLIENT, o.links = links, o.n_links = 2;
            {
                tw_span *s = tw_span_start_with("chat gpt-4o", &o);
                tw_span_end(s);
            }
        }
    }
    CHECK(tw_flush(5000) == TW_OK);
    a = find("parent"), b = find("chat gpt-4o");
    CHECK(a && b);
    if (!a || !b) return tw_shutdown(), (void)0;
    CHECKF(strcmp(a->attrs, "n=1;prompt=second;b=true;") == 0 && a->n_attrs == 3, "%s", a->attrs);
    CHECKF(strstr(a->events, "retry(why=retry;attempt=2;)") && strstr(a->events, "exception(exception.type=ValueError;"), "%s", a->events);
    CHECK(a->status == TW_STATUS_ERROR && strcmp(a->status_msg, "bad input") == 0 && a->kind == TW_SPAN_KIND_INTERNAL && !a->has_parent);
    CHECK(b->kind == TW_SPAN_KIND_CLIENT && b->has_parent && memcmp(b->parent, a->span_id, 8) == 0 && !b->parent_remote);
    CHECKF(b->n_links == 1 && b->dropped_links == 1 && strstr(b->links, "(link.why=batch;)"), "%u %u %s", b->n_links, b->dropped_links, b->links);
    /* the same in the OTLP JSON */
    CHECK(strstr(json, "\"name\":\"chat gpt-4o\",\"kind\":3,") != NULL);
    CHECK(strstr(json, "\"links\":[{\"traceId\":\"") && strstr(json, "\"key\":\"link.why\"") && strstr(json, "\"droppedLinksCount\":1"));
    CHECK(strstr(json, "\"droppedAttributesCount\":1") != NULL);
    CHECK(tw_shutdown() == TW_OK);
}

static void *worker_under(void *arg) { /* a pool worker: the parent attached from another thread */
    tw_context_attach(*(tw_context *)arg);
    { TW_SPAN("worker"); }
    return NULL;
}
TEST(whole_traces_are_held_until_their_root_ends) {
    tw_config c = base();
    const cspan *w;
    whole_traces = 1;
    c.schedule_delay_ms = 20, c.max_export_batch_size = 1;
    reset();
    CHECK(tw_init(&c) == TW_OK);
    {
        TW_SPAN("root");
        tw_context ctx = tw_current_context();
        pthread_t t;
        { TW_SPAN("a"); }
        { TW_SPAN("b"); }
        CHECK(pthread_create(&t, NULL, worker_under, &ctx) == 0 && pthread_join(t, NULL) == 0);
        usleep(200000); /* the exporter ran meanwhile: it holds a, b and the worker's span */
        CHECK(count_got() == 0);
    }
    CHECK(tw_flush(5000) == TW_OK);
    CHECKF(count_got() == 4 && count_calls() == 1 && call_sizes[0] == 4, "%zu spans in %zu calls", count_got(), count_calls());
    w = find("worker");
    CHECK(w && w->has_parent && !w->parent_remote && find("root") && memcmp(w->parent, find("root")->span_id, 8) == 0);
    { TW_SPAN("open-root"); { TW_SPAN("child"); } CHECK(tw_flush(5000) == TW_OK); } /* a flush gives what is held */
    CHECK(find("child") != NULL);
    tw_shutdown();
    whole_traces = 0;
}

/* --- span handles --- */
typedef struct handoff {
    tw_span *span;
} handoff;
static void *annotate(void *arg) {
    handoff *h = (handoff *)arg;
    tw_attr a = TW_ATTR_INT("rows", 3);
    tw_span_set_attribute_str(h->span, "worker", "pool-1");
    tw_span_add_event(h->span, "chunk", &a, 1);
    tw_span_set_status(h->span, TW_STATUS_ERROR, "worker failed");
    return NULL;
}
TEST(span_handles_annotate_a_span_that_is_not_current) {
    tw_config c = base();
    tw_span *outer, *inner;
    const cspan *o;
    pthread_t t;
    handoff h;
    reset();
    CHECK(tw_init(&c) == TW_OK);
    outer = tw_span_start("outer");
    inner = tw_span_start("inner"); /* current now */
    tw_span_set_attribute_int(outer, "set_on_outer", 1);
    tw_span_set_attribute_double(outer, "d", 0.25);
    tw_span_set_attribute_bool(outer, "ok", 0);
    tw_span_set_attribute_strn(outer, "cut", "abcdef", 3);
    tw_set_span_attribute_int("set_on_current", 2);
    h.span = outer;
    CHECK(pthread_create(&t, NULL, annotate, &h) == 0 && pthread_join(t, NULL) == 0);
    tw_span_set_exception(inner, "E", "m", NULL);
    tw_span_add_link(inner, tw_span_context(outer), NULL, 0);
    CHECK(tw_span_is_recording(outer) && !tw_span_is_recording(NULL));
    tw_span_set_attribute_str(NULL, "k", "v"); /* ignored */
    tw_span_end(inner);
    tw_span_end(outer);
    CHECK(tw_flush(5000) == TW_OK);
    o = find("outer");
    CHECKF(o && strcmp(o->attrs, "set_on_outer=1;d=0.25;ok=false;cut=abc;worker=pool-1;") == 0, "%s", o ? o->attrs : "-");
    CHECK(o && strstr(o->events, "chunk(rows=3;)") && o->status == TW_STATUS_ERROR && strcmp(o->status_msg, "worker failed") == 0);
    CHECKF(find("inner") && strcmp(find("inner")->attrs, "set_on_current=2;") == 0 && find("inner")->status == TW_STATUS_ERROR &&
               find("inner")->n_links == 1,
           "%s", find("inner") ? find("inner")->attrs : "-");
    CHECK(tw_shutdown() == TW_OK);
}

TEST(span_kinds_and_explicit_parents) {
    tw_config c = base();
    tw_context remote;
    tw_span_options o;
    int k;
    reset();
    CHECK(tw_init(&c) == TW_OK);
    for (k = TW_SPAN_KIND_INTERNAL; k <= TW_SPAN_KIND_CONSUMER; k++) {
        char name[16];
        snprintf(name, sizeof name, "kind%d", k);
        tw_span_end(tw_span_start_kind(name, (tw_span_kind)k));
    }
    tw_span_end(tw_span_start_kind("kind99", (tw_span_kind)99)); /* not a kind: INTERNAL */
    CHECK(tw_parse_traceparent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", &remote) == TW_OK);
    memset(&o, 0, sizeof o);
    o.parent = &remote;
    {
        TW_SPAN("current");
        tw_span_end(tw_span_start_with("under-remote", &o));
        o.parent = NULL, o.root = 1;
        tw_span_end(tw_span_start_with("new-root", &o));
    }
    CHECK(tw_flush(5000) == TW_OK);
    for (k = 1; k <= 5; k++) {
        char name[16], j[32];
        snprintf(name, sizeof name, "kind%d", k), snprintf(j, sizeof j, "\"kind\":%d,", k);
        CHECK(find(name) && find(name)->kind == k && strstr(json, j));
    }
    CHECK(find("kind99") && find("kind99")->kind == TW_SPAN_KIND_INTERNAL);
    CHECK(find("under-remote") && memcmp(find("under-remote")->trace_id, remote.trace_id, 16) == 0 && find("under-remote")->parent_remote &&
          memcmp(find("under-remote")->parent, remote.span_id, 8) == 0);
    CHECK(find("new-root") && !find("new-root")->has_parent && memcmp(find("new-root")->trace_id, find("current")->trace_id, 16) != 0);
    CHECK(tw_shutdown() == TW_OK);
}

/* --- sampling --- */
/* A trace id whose rightmost 56 bits are r. */
static tw_context ctx_with_r(uint64_t r, int sampled) {
    tw_context c;
    int i;
    memset(&c, 0, sizeof c);
    c.trace_id[0] = 0xAB;
    for (i = 15; i >= 9; i--) c.trace_id[i] = (uint8_t)(r & 0xFF), r >>= 8;
    c.span_id[7] = 1, c.flags = (uint8_t)(sampled ? 1 : 0), c.valid = 1;
    return c;
}
static int sampled_under(tw_context parent) {
    tw_span_options o;
    tw_span *s;
    int r;
    memset(&o, 0, sizeof o);
    o.parent = &parent;
    s = tw_span_start_with("probe", &o);
    r = tw_span_is_recording(s) && (tw_span_context(s).flags & 1);
    tw_span_end(s);
    return r;
}

TEST(the_ratio_decision_is_the_specs_and_deterministic) {
    tw_config c = base();
    uint64_t half = (uint64_t)1 << 55;
    c.sampler = "traceidratio", c.sampler_arg = 0.5;
    CHECK(tw_init(&c) == TW_OK);
    /* R >= (1 - 0.5) * 2^56 is sampled, whatever the parent's flag (not parent-based) */
    CHECK(sampled_under(ctx_with_r(half, 0)) && !sampled_under(ctx_with_r(half - 1, 1)));
    CHECK(sampled_under(ctx_with_r(((uint64_t)1 << 56) - 1, 0)) && !sampled_under(ctx_with_r(0, 1)));
    tw_shutdown();
    c.sampler_arg = 0.25; /* threshold 0.75 * 2^56: a lower ratio keeps a subset */
    CHECK(tw_init(&c) == TW_OK);
    CHECK(!sampled_under(ctx_with_r(half, 0)) && sampled_under(ctx_with_r(3 * (half / 2), 0)));
    tw_shutdown();
    c.sampler = "parentbased_traceidratio", c.sampler_arg = 0.0; /* parent-based: the parent's flag */
    CHECK(tw_init(&c) == TW_OK);
    CHECK(sampled_under(ctx_with_r(0, 1)) && !sampled_under(ctx_with_r(((uint64_t)1 << 56) - 1, 0)));
    tw_shutdown();
    c.sampler = "always_off";
    CHECK(tw_init(&c) == TW_OK && !sampled_under(ctx_with_r(1, 1)));
    tw_shutdown();
    c.sampler = "always_on";
    CHECK(tw_init(&c) == TW_OK && sampled_under(ctx_with_r(1, 0)));
    tw_shutdown();
}

TEST(ratio_sampling_keeps_whole_traces_at_the_ratio) {
    tw_config c = base();
    const size_t traces = 4000;
    size_t i, k, kept_traces = 0, bad = 0;
    double p = 0.3, mean, sd;
    tw_stats st;
    c.sampler = "parentbased_traceidratio", c.sampler_arg = p;
    reset();
    CHECK(tw_init(&c) == TW_OK);
    for (i = 0; i < traces; i++) {
        TW_SPAN("root");
        tw_set_span_attribute_int("i", (int64_t)i); /* ignored on a non-recording span */
        { TW_SPAN("child-a"); { TW_SPAN("grandchild"); } }
        { TW_SPAN("child-b"); }
    }
    CHECK(tw_flush(20000) == TW_OK);
    st = tw_get_stats();
    /* every trace whole or absent: its 4 spans share a trace id */
    pthread_mutex_lock(&mu);
    for (i = 0; i < ngot; i++) {
        size_t same = 0;
        for (k = 0; k < ngot; k++) same += memcmp(got[i].trace_id, got[k].trace_id, 16) == 0;
        bad += same != 4;
        kept_traces += strcmp(got[i].name, "root") == 0;
    }
    mean = p * (double)traces, sd = sqrt((double)traces * p * (1 - p));
    pthread_mutex_unlock(&mu);
    CHECKF(bad == 0 && count_got() == 4 * kept_traces, "%zu spans of partial traces; %zu spans, %zu roots", bad, count_got(), kept_traces);
    CHECKF(fabs((double)kept_traces - mean) < 5 * sd, "%zu of %zu traces kept, expected %.0f +- %.0f", kept_traces, traces, mean, 5 * sd);
    CHECKF(st.spans_unsampled == 4 * (traces - kept_traces) && st.spans_started == 4 * kept_traces && st.spans_open == 0,
           "unsampled %llu started %llu open %llu", (unsigned long long)st.spans_unsampled, (unsigned long long)st.spans_started,
           (unsigned long long)st.spans_open);
    CHECK(tw_shutdown() == TW_OK);
}

TEST(an_unsampled_trace_propagates_its_decision) {
    tw_config c = base();
    char tp[64];
    c.sampler = "always_off";
    reset();
    CHECK(tw_init(&c) == TW_OK);
    {
        tw_span *s = tw_span_start("unsampled");
        CHECK(s != NULL && !tw_span_is_recording(s) && tw_current_span() == s);
        CHECK(tw_traceparent(tp, sizeof tp) == TW_OK && strcmp(tp + 53, "00") == 0);
        tw_set_span_attribute_str("k", "v");
        tw_set_span_status(TW_STATUS_ERROR, "x");
        tw_add_span_event("e", NULL, 0);
        tw_set_span_exception("E", "m", "s");
        { TW_SPAN("child"); CHECK(!tw_span_is_recording(tw_current_span())); }
        tw_span_end(s);
    }
    CHECK(tw_current_span() == NULL);
    { /* ended out of order */
        tw_span *a = tw_span_start("a"), *b = tw_span_start("b");
        tw_span_end(a);
        CHECK(tw_current_span() == b);
        tw_span_end(b);
        CHECK(tw_current_span() == NULL);
    }
    CHECK(tw_flush(5000) == TW_OK && count_got() == 0 && tw_get_stats().spans_unsampled == 4 && tw_get_stats().spans_started == 0);
    tw_shutdown();
    c.sampler = "always_on";
    CHECK(tw_init(&c) == TW_OK);
    { TW_SPAN("sampled"); CHECK(tw_traceparent(tp, sizeof tp) == TW_OK && strcmp(tp + 53, "01") == 0); }
    tw_shutdown();
}

/* The child process: its sampler is the default (parentbased_always_on); TRACEPARENT decides. */
static int child_main(void) {
    tw_config c = base();
    const cspan *s;
    int r;
    tw_register_exporter("capture", cap_make, NULL);
    if (tw_init(&c) != TW_OK) return 3;
    { TW_SPAN("in-child"); { TW_SPAN("grandchild-in-child"); } }
    tw_flush(5000);
    s = find("in-child");
    r = count_got() == 0 ? 10 : (s && s->parent_remote && count_got() == 2) ? 11 : 12;
    tw_shutdown();
    return r;
}
static int run_child(const char *traceparent) {
    char self[4096], env[200];
    char *argv[3], *envp[2];
    pid_t pid;
    int st;
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return -1;
    self[n] = 0;
    snprintf(env, sizeof env, "TRACEPARENT=%s", traceparent);
    argv[0] = self, argv[1] = (char *)"--child-sampling", argv[2] = NULL;
    envp[0] = env, envp[1] = NULL;
    if (posix_spawn(&pid, self, NULL, NULL, argv, envp) != 0) return -1;
    if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st)) return -1;
    return WEXITSTATUS(st);
}
TEST(the_decision_crosses_to_a_child_process) {
    /* the parent's sampler, and what the child (parent-based) must do: 10 record nothing, 11 record
       its spans under the parent */
    static const struct {
        const char *sampler;
        int want;
    } cases[] = {{"always_off", 10}, {"always_on", 11}};
    size_t i;
    for (i = 0; i < 2; i++) {
        tw_config c = base();
        char tp[64];
        int r;
        c.sampler = cases[i].sampler;
        CHECK(tw_init(&c) == TW_OK);
        {
            TW_SPAN("parent");
            CHECK(tw_traceparent(tp, sizeof tp) == TW_OK);
            r = run_child(tp);
            CHECKF(r == cases[i].want, "parent sampler %s: child exit %d with TRACEPARENT=%s, want %d", cases[i].sampler, r, tp,
                   cases[i].want);
        }
        tw_shutdown();
    }
}

/* --- the configuration table --- */
TEST(sampler_settings_from_the_file_and_the_environment) {
    tw_config c = tw_config_default();
    char err[512];
    const char *f = "{\"tracing.sampler\": \"traceidratio\", \"tracing.sampler_arg\": 0.125, \"tracing.link_count_limit\": 4}";
    CHECK(strcmp(c.sampler, "parentbased_always_on") == 0 && c.sampler_arg == 1.0 && c.link_count_limit == 128);
    CHECK(tw_config_load_string(f, strlen(f), "p.json", &c, err, sizeof err) == TW_OK);
    CHECK(strcmp(c.sampler, "traceidratio") == 0 && c.sampler_arg == 0.125 && c.link_count_limit == 4);
    CHECK(tw_config_load_string("{\"tracing.sampler\": \"sometimes\"}", 31, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG);
    CHECKF(strstr(err, "p.json:1:21") && strstr(err, "parentbased_traceidratio"), "%s", err);
    CHECK(tw_config_load_string("{\"tracing.sampler_arg\": 1.5}", 28, "p.json", &c, err, sizeof err) == TW_ERR_CONFIG);
    CHECKF(strstr(err, "a number from 0 to 1"), "%s", err);
    setenv("OTEL_TRACES_SAMPLER", "parentbased_always_off", 1);
    setenv("OTEL_TRACES_SAMPLER_ARG", "0.5", 1);
    tw_config_apply_env(&c);
    CHECK(strcmp(c.sampler, "parentbased_always_off") == 0 && c.sampler_arg == 0.5);
    log_count = 0;
    setenv("OTEL_TRACES_SAMPLER", "jaeger_remote", 1);
    setenv("OTEL_TRACES_SAMPLER_ARG", "2", 1);
    tw_config_apply_env(&c);
    CHECKF(strcmp(c.sampler, "parentbased_always_off") == 0 && c.sampler_arg == 0.5 && log_count == 2 && strstr(last_log, "OTEL_TRACES_SAMPLER_ARG"),
           "%d: %s", log_count, last_log);
    unsetenv("OTEL_TRACES_SAMPLER"), unsetenv("OTEL_TRACES_SAMPLER_ARG");
    /* a misspelt key: did you mean */
    log_count = 0;
    CHECK(tw_config_load_string("{\"tracing.samplr\": \"always_on\"}", 31, "p.json", &c, err, sizeof err) == TW_OK);
    CHECKF(log_count == 1 && strstr(last_log, "did you mean \"tracing.sampler\""), "%s", last_log);
}

TEST(a_struct_out_of_bounds_gets_the_defaults) {
    tw_config c, z;
    memset(&z, 0, sizeof z); /* a zeroed struct: every number out of bounds or 0 */
    z.enabled = 1, z.exporter = "none";
    log_count = 0;
    CHECK(tw_init(&z) == TW_OK && log_count == 0); /* zeros and NULLs are silent */
    { TW_SPAN("z"); }
    CHECK(tw_flush(5000) == TW_OK);
    tw_shutdown();
    c = base();
    c.max_queue_size = -5, c.sampler_arg = 7;
    log_count = 0;
    CHECK(tw_init(&c) == TW_OK);
    CHECKF(log_count == 2 && strstr(last_log, "tracing.sampler_arg = 7 is outside 0 to 1"), "%d %s", log_count, last_log);
    tw_shutdown();
    c = base();
    c.sampler = "nope";
    CHECK(tw_init(&c) == TW_ERR_CONFIG && strstr(last_log, "tracing.sampler \"nope\" is not one of"));
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--child-sampling") == 0) return child_main();
    tw_set_log_function(quiet_log, NULL);
    RUN(exporters_come_from_one_table_by_name);
    RUN(span_data_holds_what_the_span_recorded);
    RUN(whole_traces_are_held_until_their_root_ends);
    RUN(span_handles_annotate_a_span_that_is_not_current);
    RUN(span_kinds_and_explicit_parents);
    RUN(the_ratio_decision_is_the_specs_and_deterministic);
    RUN(ratio_sampling_keeps_whole_traces_at_the_ratio);
    RUN(an_unsampled_trace_propagates_its_decision);
    RUN(the_decision_crosses_to_a_child_process);
    RUN(sampler_settings_from_the_file_and_the_environment);
    RUN(a_struct_out_of_bounds_gets_the_defaults);
    free(json);
    TEST_EXIT();
}
