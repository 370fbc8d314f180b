/* fuzz_serializer.c - the OTLP JSON serializer on arbitrary names, keys and values (NULs, invalid
   UTF-8, control characters, any length), attributes of every type, events, statuses, exceptions
   and counters, through the public API and the exporter thread. Properties: every body is exactly
   one valid JSON value whose strings are valid UTF-8 (checked by fuzz_check.h's own validator, not
   the kit's reader), and it holds the number of spans the exporter was told. */
#define _GNU_SOURCE 1 /* memmem */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include "fuzz_check.h"
#include <stdint.h>

static size_t spans_seen;

static size_t count(const char *s, size_t n, const char *needle) {
    size_t c = 0, l = strlen(needle);
    const char *p = s, *e = s + n;
    while (p + l <= e && (p = (const char *)memmem(p, (size_t)(e - p), needle, l)) != NULL) c++, p += l;
    return c;
}
static int traces(void *ctx, const char *json, size_t len, size_t nspans) {
    (void)ctx;
    FUZZ_ASSERT(fz_json_valid(json, len), "a trace body is not valid JSON / UTF-8: %.400s", json);
    {
        char why[200];
        FUZZ_ASSERT(fz_unique_keys(json, len, why, sizeof why), "%s", why);
    }
    /* a span has a start time (a link, which also begins with its traceId, has none) */
    FUZZ_ASSERT(count(json, len, "\"startTimeUnixNano\":\"") == nspans, "%zu spans said, %zu in the body", nspans,
                count(json, len, "\"startTimeUnixNano\":\""));
    spans_seen += nspans;
    return 0;
}
static int metrics(void *ctx, const char *json, size_t len) {
    (void)ctx;
    FUZZ_ASSERT(fz_json_valid(json, len), "a metrics body is not valid JSON / UTF-8: %.400s", json);
    return 0;
}
static int factory(const tw_config *cfg, tw_exporter *out) {
    (void)cfg;
    memset(out, 0, sizeof *out);
    out->export_traces = traces, out->export_metrics = metrics;
    return 0;
}
static void quiet(int level, const char *msg, void *user) { (void)level, (void)msg, (void)user; }

/* the next piece of the input: a length byte, then that many bytes */
static const char *piece(const uint8_t **p, const uint8_t *end, size_t *len) {
    size_t n;
    const char *s;
    if (*p >= end) return *len = 0, "";
    n = **p, (*p)++;
    if (n > (size_t)(end - *p)) n = (size_t)(end - *p);
    s = (const char *)*p;
    *p += n;
    *len = n;
    return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static int ready;
    const uint8_t *p = data, *end = data + size;
    tw_span *open[8];
    int depth = 0;
    size_t before = spans_seen;
    uint64_t started;
    if (!ready) {
        tw_config c = tw_config_default();
        tw_set_log_function(quiet, NULL);
        tw_register_otlp_factory(factory);
        c.enabled = 1, c.exporter = "otlp", c.max_request_bytes = 4096, c.attribute_count_limit = 6, c.event_count_limit = 3;
        if (tw_init(&c) != TW_OK) abort();
        ready = 1;
    }
    started = tw_get_stats().spans_started;
    while (p < end) {
        int op = *p++ % 12;
        size_t kl, vl;
        const char *k, *v;
        char z[64];
        if (op == 0 && depth < 8) {
            k = piece(&p, end, &kl);
            open[depth++] = tw__span_start_n(k, kl);
        } else if (op == 1 && depth > 0) {
            tw_span_end(open[--depth]);
        } else if (op == 2) {
            k = piece(&p, end, &kl), v = piece(&p, end, &vl);
            if (kl) tw__attr_n(TW_ATTR_STRING, k, kl, v, vl);
        } else if (op == 3 || op == 4) {
            double d;
            int64_t i;
            k = piece(&p, end, &kl), v = piece(&p, end, &vl);
            memset(z, 0, sizeof z);
            memcpy(z, v, vl < 8 ? vl : 8);
            memcpy(&d, z, 8), memcpy(&i, z, 8); /* NaN and infinities too */
            if (kl) tw__attr_n(op == 3 ? TW_ATTR_DOUBLE : TW_ATTR_INT, k, kl, op == 3 ? (const void *)&d : (const void *)&i, 8);
        } else if (op == 5) {
            unsigned char b = p < end ? *p++ & 1 : 0;
            k = piece(&p, end, &kl);
            if (kl) tw__attr_n(TW_ATTR_BOOL, k, kl, &b, 1);
        } else if (op == 6) {
            tw_attr a[2];
            k = piece(&p, end, &kl), v = piece(&p, end, &vl);
            snprintf(z, sizeof z, "%.*s", (int)(vl < 60 ? vl : 60), v); /* the event API takes C strings */
            a[0] = TW_ATTR_STR("k", z), a[1] = TW_ATTR_DOUBLE("d", (double)vl / 3);
            tw_add_span_event(z, a, 2);
        } else if (op == 7) {
            v = piece(&p, end, &vl);
            snprintf(z, sizeof z, "%.*s", (int)(vl < 60 ? vl : 60), v);
            if (vl & 1) tw_set_span_exception(z, z, z);
            else tw_set_span_status(vl & 2 ? TW_STATUS_ERROR : TW_STATUS_OK, z);
        } else if (op == 8) {
            v = piece(&p, end, &vl);
            snprintf(z, sizeof z, "%.*s", (int)(vl < 60 ? vl : 60), v);
            tw_counter_add(tw_counter_get("fuzz.counter", "1", z), (int64_t)vl, "k", z);
        } else if (op == 9 && depth < 8) { /* a span of any kind, with links, under a context that may be unsampled */
            tw_span_options o;
            tw_link l[2];
            tw_attr a[1];
            tw_context ctx = depth ? tw_span_context(open[depth - 1]) : tw_current_context();
            unsigned char b = p < end ? *p++ : 0;
            k = piece(&p, end, &kl), v = piece(&p, end, &vl);
            snprintf(z, sizeof z, "%.*s", (int)(kl < 60 ? kl : 60), k);
            memset(&o, 0, sizeof o);
            a[0] = TW_ATTR_INT("n", (int64_t)vl);
            l[0].context = ctx, l[0].attrs = a, l[0].n_attrs = 1, l[1] = l[0];
            if (vl >= 16 + 8) memcpy(l[1].context.trace_id, v, 16), memcpy(l[1].context.span_id, v + 16, 8), l[1].context.valid = 1;
            o.kind = (tw_span_kind)(b % 7), o.links = l, o.n_links = (size_t)(b >> 3) % 3, o.root = (b >> 5) & 1;
            open[depth++] = tw_span_start_with(z, &o);
        } else if (op == 10 && depth > 0) { /* on a handle that is not the current span */
            k = piece(&p, end, &kl), v = piece(&p, end, &vl);
            snprintf(z, sizeof z, "%.*s", (int)(kl < 60 ? kl : 60), k);
            if (kl) tw_span_set_attribute_strn(open[0], z, v, vl);
            tw_span_add_link(open[0], tw_current_context(), NULL, 0);
        } else if (op == 11) { /* a context from the bytes, sampled or not, attached as the parent */
            tw_context c;
            v = piece(&p, end, &vl);
            memset(&c, 0, sizeof c);
            if (vl >= 25) memcpy(c.trace_id, v, 16), memcpy(c.span_id, v + 16, 8), c.flags = (uint8_t)v[24], c.valid = 1;
            tw_context_attach(c);
        }
    }
    while (depth > 0) tw_span_end(open[--depth]);
    {
        tw_context none;
        memset(&none, 0, sizeof none);
        tw_context_attach(none);
    }
    FUZZ_ASSERT(tw_flush(10000) == TW_OK, "flush");
    FUZZ_ASSERT(spans_seen - before == tw_get_stats().spans_started - started, "%zu spans exported of %llu started", spans_seen - before,
                (unsigned long long)(tw_get_stats().spans_started - started));
    return 0;
}
