/* twview - a trace's timeline, critical path and token spend from OTLP JSON lines, with no server.

     twview --text FILE...      each trace as a tree with a bar per span on the trace's time axis,
                                the critical path marked, durations, tokens and status
     twview --summary FILE...   totals by span name and by agent (role): count, total, self and
                                critical-path time, tokens, cost
   FILE is OTLP JSON lines as twtrace's file exporter and the OpenTelemetry Collector's file exporter
   write them (trace and metric requests mixed; metric lines are skipped here), or - for standard
   input. A malformed line is reported (file:line: what was wrong) and skipped. Output fits 80
   columns and uses colour only on a terminal (NO_COLOR turns it off).

   The critical path is Jaeger UI's: from the root's end, repeatedly the child that finished last
   before the current point, its own critical path recursively, and the parent's own time in
   between; children are first cut to their parent's interval (a child that outlives its parent, or
   starts before it through clock skew between processes).

   (The HTML view of issue 14 is not part of this version.) */
#define TWTRACE_IMPLEMENTATION
#include "../twtrace.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "twview_page.h"

typedef struct span {
    char trace[33], id[17], parent[17];
    char *name, *service, *agent;
    char *detail; /* for the HTML view: {"m":status message,"a":[[key,value],...],"e":[[name,offset ns,[[k,v],...]],...]} */
    int kind, status, is_llm;
    int trace_index; /* the HTML view's: its trace's place in the list */
    int64_t start, end;  /* ns */
    int64_t in_tokens, out_tokens, cost_micros;
    /* the tree, after loading */
    int first_child, next_sibling, parent_index, depth;
    int64_t cstart, cend; /* cut to the parent's interval */
    int64_t critical_ns, self_ns;
    int on_path, outside; /* outside: entirely outside its parent's interval (left out, as Jaeger does) */
} span;

static span *spans;
static size_t nspans, capspans;
/* metric points, for the HTML view's charts: name {attributes} at a time */
typedef struct mpoint {
    char *series; /* "name\t{attributes}" */
    double t_ms, value;
} mpoint;
static mpoint *mpoints;
static size_t nmpoints, capmpoints;
static int bad_lines;

static char *dup_n(const char *s, size_t n) {
    char *c = (char *)malloc(n + 1);
    if (!c) exit(3);
    memcpy(c, s, n), c[n] = 0;
    return c;
}

static const tw__jv *attr_value(const tw__jv *attrs, const char *key) {
    size_t i;
    if (!attrs || attrs->t != 'a') return NULL;
    for (i = 0; i < attrs->n; i++) {
        const tw__jv *k = tw__jv_get(&attrs->kids[i], "key");
        if (k && k->t == 's' && strcmp(k->s, key) == 0) return tw__jv_get(&attrs->kids[i], "value");
    }
    return NULL;
}
static const char *attr_str(const tw__jv *attrs, const char *key) {
    const tw__jv *v = attr_value(attrs, key), *s = v ? tw__jv_get(v, "stringValue") : NULL;
    return s && s->t == 's' ? s->s : NULL;
}
static int64_t attr_int(const tw__jv *attrs, const char *key) {
    const tw__jv *v = attr_value(attrs, key), *i = v ? tw__jv_get(v, "intValue") : NULL;
    if (!i) return -1;
    if (i->t == 's' || i->t == 'n') return strtoll(i->s, NULL, 10);
    return -1;
}
static int64_t num_field(const tw__jv *o, const char *key) {
    const tw__jv *v = tw__jv_get(o, key);
    if (!v || (v->t != 's' && v->t != 'n')) return -1;
    return strtoll(v->s, NULL, 10);
}
static int hex_id(const tw__jv *v, char *out, size_t digits) {
    size_t i;
    if (!v || v->t != 's' || v->n != digits) return 0;
    for (i = 0; i < digits; i++) {
        char c = v->s[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return 0;
        out[i] = (char)(c | 0x20);
    }
    out[digits] = 0;
    return 1;
}

/* An attribute value as text: strings as they are, numbers and booleans written out, arrays and
   maps as JSON-ish lists. */
static void value_text(tw__buf *b, const tw__jv *v, int depth) {
    const tw__jv *x;
    size_t i;
    if (!v || depth > 8) return;
    if ((x = tw__jv_get(v, "stringValue")) && x->t == 's') tw__put(b, x->s, x->n);
    else if ((x = tw__jv_get(v, "intValue")) && (x->t == 's' || x->t == 'n')) tw__put(b, x->s, x->n);
    else if ((x = tw__jv_get(v, "doubleValue")) && (x->t == 'n' || x->t == 's')) tw__put(b, x->s, x->n);
    else if ((x = tw__jv_get(v, "boolValue"))) tw__puts(b, x->t == 't' ? "true" : "false");
    else if ((x = tw__jv_get(v, "arrayValue")) && (x = tw__jv_get(x, "values")) && x->t == 'a') {
        tw__putc(b, '[');
        for (i = 0; i < x->n; i++) {
            if (i) tw__puts(b, ", ");
            value_text(b, &x->kids[i], depth + 1);
        }
        tw__putc(b, ']');
    }
}
static void attrs_json(tw__buf *b, const tw__jv *attrs) {
    size_t i;
    tw__putc(b, '[');
    for (i = 0; attrs && attrs->t == 'a' && i < attrs->n; i++) {
        const tw__jv *k = tw__jv_get(&attrs->kids[i], "key");
        tw__buf v = {NULL, 0, 0, 0};
        if (!k || k->t != 's') continue;
        if (b->n > 1 && b->p[b->n - 1] != '[') tw__putc(b, ',');
        tw__putc(b, '[');
        tw__put_jstr(b, k->s, k->n);
        tw__putc(b, ',');
        value_text(&v, tw__jv_get(&attrs->kids[i], "value"), 0);
        tw__put_jstr(b, v.p ? v.p : "", v.n);
        free(v.p);
        tw__putc(b, ']');
    }
    tw__putc(b, ']');
}
static int keep_detail; /* the HTML view wants every attribute and event */
static char *detail_json(const tw__jv *o, const tw__jv *st, int64_t start) {
    tw__buf b = {NULL, 0, 0, 0};
    const tw__jv *msg = st ? tw__jv_get(st, "message") : NULL, *ev = tw__jv_get(o, "events");
    size_t i;
    tw__puts(&b, "{\"m\":");
    tw__put_jstr(&b, msg && msg->t == 's' ? msg->s : "", msg && msg->t == 's' ? msg->n : 0);
    tw__puts(&b, ",\"a\":");
    attrs_json(&b, tw__jv_get(o, "attributes"));
    tw__puts(&b, ",\"e\":[");
    for (i = 0; ev && ev->t == 'a' && i < ev->n; i++) {
        const tw__jv *nm = tw__jv_get(&ev->kids[i], "name");
        int64_t t = num_field(&ev->kids[i], "timeUnixNano");
        char num[32];
        if (i) tw__putc(&b, ',');
        tw__putc(&b, '[');
        tw__put_jstr(&b, nm && nm->t == 's' ? nm->s : "", nm && nm->t == 's' ? nm->n : 0);
        snprintf(num, sizeof num, ",%lld,", (long long)(t > start ? t - start : 0));
        tw__puts(&b, num);
        attrs_json(&b, tw__jv_get(&ev->kids[i], "attributes"));
        tw__putc(&b, ']');
    }
    tw__puts(&b, "]}");
    if (b.oom) {
        free(b.p);
        return dup_n("{\"m\":\"\",\"a\":[],\"e\":[]}", 23);
    }
    tw__putc(&b, 0);
    return b.p;
}

/* The data points of an ExportMetricsServiceRequest: sums by value, histograms by their sum. */
static void load_metrics(const tw__jv *rms) {
    size_t r, s, m, d;
    for (r = 0; rms->t == 'a' && r < rms->n; r++) {
        const tw__jv *sms = tw__jv_get(&rms->kids[r], "scopeMetrics");
        for (s = 0; sms && sms->t == 'a' && s < sms->n; s++) {
            const tw__jv *ms = tw__jv_get(&sms->kids[s], "metrics");
            for (m = 0; ms && ms->t == 'a' && m < ms->n; m++) {
                const tw__jv *nm = tw__jv_get(&ms->kids[m], "name"), *body = tw__jv_get(&ms->kids[m], "sum"), *dps;
                int hist = 0;
                if (!body) body = tw__jv_get(&ms->kids[m], "gauge");
                if (!body) body = tw__jv_get(&ms->kids[m], "histogram"), hist = 1;
                dps = body ? tw__jv_get(body, "dataPoints") : NULL;
                if (!nm || nm->t != 's') continue;
                for (d = 0; dps && dps->t == 'a' && d < dps->n; d++) {
                    const tw__jv *dp = &dps->kids[d], *v;
                    tw__buf b = {NULL, 0, 0, 0};
                    mpoint *p;
                    size_t k;
                    const tw__jv *attrs = tw__jv_get(dp, "attributes");
                    tw__put(&b, nm->s, nm->n);
                    tw__putc(&b, '\t');
                    for (k = 0; attrs && attrs->t == 'a' && k < attrs->n; k++) {
                        const tw__jv *key = tw__jv_get(&attrs->kids[k], "key");
                        if (!key || key->t != 's') continue;
                        if (k) tw__putc(&b, ',');
                        tw__put(&b, key->s, key->n);
                        tw__putc(&b, '=');
                        value_text(&b, tw__jv_get(&attrs->kids[k], "value"), 0);
                    }
                    tw__putc(&b, 0);
                    if (b.oom) {
                        free(b.p);
                        continue;
                    }
                    if (nmpoints == capmpoints) {
                        capmpoints = capmpoints ? capmpoints * 2 : 256;
                        mpoints = (mpoint *)realloc(mpoints, capmpoints * sizeof *mpoints);
                        if (!mpoints) exit(3);
                    }
                    p = &mpoints[nmpoints++];
                    p->series = b.p;
                    p->t_ms = (double)num_field(dp, "timeUnixNano") / 1e6;
                    v = tw__jv_get(dp, hist ? "sum" : "asInt");
                    if (!v && !hist) v = tw__jv_get(dp, "asDouble");
                    p->value = v && (v->t == 's' || v->t == 'n') ? strtod(v->s, NULL) : 0;
                }
            }
        }
    }
}

/* One line: an ExportTraceServiceRequest (its spans are kept), a metrics request (skipped), or an
   error. Returns 0, or -1 with why in err. */
static int load_line(const char *text, size_t len, char *err, size_t errlen) {
    tw__json j;
    tw__arena *ar = NULL;
    tw__jv root;
    const tw__jv *rss;
    size_t r, s, k;
    memset(&j, 0, sizeof j);
    j.p = j.start = text, j.end = text + len, j.name = "", j.err = err, j.errlen = errlen;
    if (tw__jv_parse(&j, &ar, &root, 0) != 0) {
        tw__arena_free(ar);
        return -1;
    }
    tw__json_ws(&j);
    if (j.p != j.end) {
        snprintf(err, errlen, "text after the JSON value");
        tw__arena_free(ar);
        return -1;
    }
    if (root.t != 'o') {
        snprintf(err, errlen, "not a JSON object (an OTLP request)");
        tw__arena_free(ar);
        return -1;
    }
    rss = tw__jv_get(&root, "resourceSpans");
    if (!rss && keep_detail && (rss = tw__jv_get(&root, "resourceMetrics")) != NULL) {
        load_metrics(rss);
        tw__arena_free(ar);
        return 0;
    }
    if (!rss) {
        int metrics = tw__jv_get(&root, "resourceMetrics") != NULL || tw__jv_get(&root, "resourceLogs") != NULL;
        tw__arena_free(ar);
        if (!metrics) snprintf(err, errlen, "neither resourceSpans nor resourceMetrics");
        return metrics ? 0 : -1;
    }
    for (r = 0; rss->t == 'a' && r < rss->n; r++) {
        const tw__jv *res = tw__jv_get(&rss->kids[r], "resource");
        const char *service = attr_str(res ? tw__jv_get(res, "attributes") : NULL, "service.name");
        const tw__jv *sss = tw__jv_get(&rss->kids[r], "scopeSpans");
        for (s = 0; sss && sss->t == 'a' && s < sss->n; s++) {
            const tw__jv *list = tw__jv_get(&sss->kids[s], "spans");
            for (k = 0; list && list->t == 'a' && k < list->n; k++) {
                const tw__jv *o = &list->kids[k], *attrs = tw__jv_get(o, "attributes"), *st = tw__jv_get(o, "status"), *nm = tw__jv_get(o, "name");
                span *p;
                const char *agent, *op;
                if (nspans == capspans) {
                    capspans = capspans ? capspans * 2 : 1024;
                    spans = (span *)realloc(spans, capspans * sizeof *spans);
                    if (!spans) exit(3);
                }
                p = &spans[nspans];
                memset(p, 0, sizeof *p);
                if (!hex_id(tw__jv_get(o, "traceId"), p->trace, 32) || !hex_id(tw__jv_get(o, "spanId"), p->id, 16)) {
                    snprintf(err, errlen, "a span without a valid traceId (32 hex digits) and spanId (16)");
                    tw__arena_free(ar);
                    return -1;
                }
                if (!hex_id(tw__jv_get(o, "parentSpanId"), p->parent, 16)) p->parent[0] = 0;
                p->name = nm && nm->t == 's' ? dup_n(nm->s, nm->n) : dup_n("", 0);
                p->service = dup_n(service ? service : "?", strlen(service ? service : "?"));
                p->start = num_field(o, "startTimeUnixNano"), p->end = num_field(o, "endTimeUnixNano");
                /* times as the file has them, within [0, 2^62) ns (year 2116), the end not before the start */
                if (p->start < 0) p->start = 0;
                if (p->start > ((int64_t)1 << 62)) p->start = (int64_t)1 << 62;
                if (p->end < p->start) p->end = p->start;
                if (p->end > ((int64_t)1 << 62)) p->end = (int64_t)1 << 62;
                p->kind = (int)num_field(o, "kind");
                p->status = st ? (int)num_field(st, "code") : 0;
                p->in_tokens = attr_int(attrs, "gen_ai.usage.input_tokens");
                p->out_tokens = attr_int(attrs, "gen_ai.usage.output_tokens");
                if (p->in_tokens < 0) p->in_tokens = attr_int(attrs, "prompt_size"); /* TaskWeaver's name */
                p->cost_micros = attr_int(attrs, "twtrace.cost.micros");
                op = attr_str(attrs, "gen_ai.operation.name");
                p->is_llm = op && strcmp(op, "invoke_agent") != 0 && strcmp(op, "execute_tool") != 0;
                agent = attr_str(attrs, "gen_ai.agent.name");
                p->agent = agent ? dup_n(agent, strlen(agent)) : NULL;
                if (keep_detail) p->detail = detail_json(o, st, p->start);
                nspans++;
            }
        }
    }
    tw__arena_free(ar);
    return 0;
}

static int load_file(const char *path) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    char *line = NULL, err[400];
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    if (!f) {
        fprintf(stderr, "twview: %s: %s\n", path, strerror(errno));
        return -1;
    }
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
        if (n == 0) continue;
        err[0] = 0;
        if (load_line(line, (size_t)n, err, sizeof err) != 0) {
            int l = 0, col = 0, used = 0;
            /* the JSON reader says ":line:column: what it expected" (a line is one document) */
            if (sscanf(err, ":%d:%d: %n", &l, &col, &used) == 2 && used > 0)
                fprintf(stderr, "twview: %s:%ld:%d: expected %s; the line is skipped\n", path, lineno, col, err + used);
            else
                fprintf(stderr, "twview: %s:%ld: %s; the line is skipped\n", path, lineno, err);
            bad_lines++;
        }
    }
    free(line);
    if (f != stdin) fclose(f);
    return 0;
}

/* --- trees and the critical path --- */
static int cmp_trace_start(const void *a, const void *b) {
    const span *x = (const span *)a, *y = (const span *)b;
    int c = strcmp(x->trace, y->trace);
    if (c) return c;
    return x->start < y->start ? -1 : x->start > y->start ? 1 : strcmp(x->id, y->id);
}

/* Links the spans of trace [lo, hi) (sorted by start): parents, children in start order, depths. */
static void build_tree(size_t lo, size_t hi) {
    size_t i, k;
    for (i = lo; i < hi; i++) {
        spans[i].first_child = spans[i].next_sibling = spans[i].parent_index = -1;
        spans[i].critical_ns = spans[i].self_ns = 0, spans[i].on_path = 0;
    }
    for (i = hi; i-- > lo;) { /* backwards, so each child list ends up in start order */
        span *s = &spans[i];
        if (!s->parent[0]) continue;
        for (k = lo; k < hi; k++)
            if (k != i && strcmp(spans[k].id, s->parent) == 0) break;
        if (k == hi) continue; /* its parent is not in the file: a root here */
        s->parent_index = (int)k;
        s->next_sibling = spans[k].first_child;
        spans[k].first_child = (int)i;
    }
}

static void cut_and_depth(int i, int64_t lo, int64_t hi, int depth) {
    span *s = &spans[i];
    int c;
    s->outside = depth > 0 && (s->start > hi || s->end < lo);
    s->cstart = s->start < lo ? lo : s->start > hi ? hi : s->start;
    s->cend = s->end > hi ? hi : s->end < s->cstart ? s->cstart : s->end;
    s->depth = depth;
    for (c = s->first_child; c >= 0; c = spans[c].next_sibling) cut_and_depth(c, s->cstart, s->cend, depth + 1);
}

/* Jaeger UI's critical path in span i from the point `until` (its end when entered from its
   parent; a child's start when returning from that child, when only children that ended strictly
   before it count): the child that finished last, its own path, and i's time in between. Each
   non-empty section adds to critical_ns of its span. */
static void critical(int i, int64_t until, int returning) {
    span *s = &spans[i];
    for (;;) {
        int c, last = -1;
        for (c = s->first_child; c >= 0; c = spans[c].next_sibling) {
            const span *k = &spans[c];
            if (k->outside || (returning && !(k->cend < until))) continue;
            if (last < 0 || k->cend > spans[last].cend) last = c;
        }
        if (last < 0) {
            if (until > s->cstart) s->critical_ns += until - s->cstart, s->on_path = 1;
            return;
        }
        if (until > spans[last].cend) s->critical_ns += until - spans[last].cend, s->on_path = 1;
        critical(last, spans[last].cend, 0);
        until = spans[last].cstart, returning = 1;
    }
}

/* A span's own time: its interval less the union of its children's. */
static void self_time(int i) {
    span *s = &spans[i];
    int64_t covered = 0, reach = s->cstart;
    int c;
    /* children are in start order: a sweep of their union */
    for (c = s->first_child; c >= 0; c = spans[c].next_sibling) {
        int64_t a = spans[c].cstart, b = spans[c].cend;
        self_time(c);
        if (spans[c].outside) continue;
        if (a < reach) a = reach;
        if (b > a) covered += b - a, reach = b;
    }
    s->self_ns = (s->cend - s->cstart) - covered;
}

/* --- output --- */
static int colour;
static FILE *out_f; /* where the views go: standard output */
#define RED (colour ? "\033[1;31m" : "")
#define BOLD (colour ? "\033[1m" : "")
#define DIM (colour ? "\033[2m" : "")
#define OFF (colour ? "\033[0m" : "")

static void fmt_dur(char *out, size_t cap, double ns) {
    if (ns < 1e6) snprintf(out, cap, "%.1fus", ns / 1e3);
    else if (ns < 1e10) snprintf(out, cap, "%.1fms", ns / 1e6);
    else if (ns < 1e15) snprintf(out, cap, "%.1fs", ns / 1e9);
    else snprintf(out, cap, "%.2gs", ns / 1e9);
}

/* A count in at most 5 columns: 1234, 12.3k, 123k, 1.2M. */
static void fmt_count(char *out, size_t cap, int64_t n) {
    if (n < 10000) snprintf(out, cap, "%lld", (long long)n);
    else if (n < 100000) snprintf(out, cap, "%.1fk", (double)n / 1e3);
    else if (n < 1000000) snprintf(out, cap, "%lldk", (long long)(n / 1000));
    else snprintf(out, cap, "%.1fM", (double)n / 1e6);
}

/* Up to w columns of name, cut at a UTF-8 character. */
static void put_name(const char *name, int w) {
    int cols = 0;
    const unsigned char *p = (const unsigned char *)name;
    while (*p && cols < w) {
        int l = *p < 0x80 ? 1 : *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC0 ? 2 : 1, k, i;
        for (k = 1; k < l && p[k]; k++) { /* the character's bytes, not past the end of the name */
        }
        if (cols == w - 1 && p[k]) {
            fputc('~', out_f), cols++;
            break;
        }
        for (i = 0; i < k; i++) fputc(p[i] < 0x20 ? '?' : p[i], out_f);
        p += k, cols++;
    }
    for (; cols < w; cols++) fputc(' ', out_f);
}

#define NAME_W 34
#define BAR_W 24
static void print_span(int i, int64_t t0, int64_t total) {
    span *s = &spans[i];
    char d[32], name[NAME_W * 4 + 1];
    int a, b, k, c, indent = s->depth * 2 > 16 ? 16 : s->depth * 2;
    snprintf(name, sizeof name, "%*s%s", indent, "", s->name);
    if (total <= 0) total = 1;
    a = (int)((double)(s->cstart - t0) * BAR_W / (double)total);
    b = (int)((double)(s->cend - t0) * BAR_W / (double)total + 0.999);
    if (a >= BAR_W) a = BAR_W - 1;
    if (b <= a) b = a + 1;
    if (b > BAR_W) b = BAR_W;
    fputs(s->on_path ? "*" : " ", out_f);
    put_name(name, NAME_W);
    fputs(" |", out_f);
    fputs(s->on_path ? RED : DIM, out_f);
    for (k = 0; k < BAR_W; k++) fputc(k >= a && k < b ? (s->on_path ? '#' : '=') : ' ', out_f);
    fputs(OFF, out_f);
    fmt_dur(d, sizeof d, s->end - s->start);
    fprintf(out_f, "| %8s", d);
    if (s->status == 2) fprintf(out_f, " %sERR%s", RED, OFF);
    else if (s->in_tokens >= 0 || s->out_tokens >= 0) {
        char a1[24], a2[24];
        fmt_count(a1, sizeof a1, s->in_tokens < 0 ? 0 : s->in_tokens), fmt_count(a2, sizeof a2, s->out_tokens < 0 ? 0 : s->out_tokens);
        fprintf(out_f, " %s/%s", a1, a2);
    }
    fputc('\n', out_f);
    for (c = s->first_child; c >= 0; c = spans[c].next_sibling) print_span(c, t0, total);
}

static void trace_totals(size_t lo, size_t hi, int64_t *in, int64_t *out, int64_t *cost, int *errors) {
    size_t i;
    *in = *out = *cost = 0, *errors = 0;
    for (i = lo; i < hi; i++) {
        if (spans[i].is_llm || (!spans[i].agent && spans[i].in_tokens >= 0)) {
            if (spans[i].in_tokens > 0) *in += spans[i].in_tokens;
            if (spans[i].out_tokens > 0) *out += spans[i].out_tokens;
        }
        if (spans[i].cost_micros > 0) *cost += spans[i].cost_micros;
        *errors += spans[i].status == 2;
    }
}

typedef struct row {
    const char *key;
    long count;
    double total, self, crit; /* ns: sums over many spans */
    int64_t in, out, cost;
} row;
static row *rows;
static size_t nrows, caprows;
static row *row_of(const char *key) {
    size_t i;
    for (i = 0; i < nrows; i++)
        if (strcmp(rows[i].key, key) == 0) return &rows[i];
    if (nrows == caprows) {
        caprows = caprows ? caprows * 2 : 64;
        rows = (row *)realloc(rows, caprows * sizeof *rows);
        if (!rows) exit(3);
    }
    memset(&rows[nrows], 0, sizeof rows[0]);
    rows[nrows].key = key;
    return &rows[nrows++];
}
static int cmp_row(const void *a, const void *b) {
    const row *x = (const row *)a, *y = (const row *)b;
    return x->total < y->total ? 1 : x->total > y->total ? -1 : strcmp(x->key, y->key);
}
/* The rows by total time, in 80 columns; times_of_own: the self and critical columns apply. */
static void print_rows(const char *title, int times_of_own) {
    size_t i;
    char t[32], sf[32], cr[32], in[24], out[24];
    if (nrows) qsort(rows, nrows, sizeof *rows, cmp_row);
    fprintf(out_f, "%s%-22s %5s %8s %8s %8s %6s %6s %9s%s\n", BOLD, title, "count", "total", "self", "critical", "in", "out", "USD", OFF);
    for (i = 0; i < nrows; i++) {
        row *r = &rows[i];
        fmt_dur(t, sizeof t, r->total), fmt_dur(sf, sizeof sf, r->self), fmt_dur(cr, sizeof cr, r->crit);
        fmt_count(in, sizeof in, r->in), fmt_count(out, sizeof out, r->out);
        put_name(r->key, 22);
        fprintf(out_f, " %5ld %8s %8s %8s %6s %6s %9.6f\n", r->count, t, times_of_own ? sf : "-", times_of_own ? cr : "-", in, out, (double)r->cost / 1e6);
    }
    nrows = 0;
}

/* The trees, their critical paths and the view of mode (1 text, 2 summary, 3 paths) of what is loaded. */
static void views(int mode) {
    size_t lo, hi;
    if (nspans) qsort(spans, nspans, sizeof *spans, cmp_trace_start);
    for (lo = 0; lo < nspans; lo = hi) {
        size_t k;
        for (hi = lo + 1; hi < nspans && strcmp(spans[hi].trace, spans[lo].trace) == 0; hi++) {
        }
        build_tree(lo, hi);
        for (k = lo; k < hi; k++)
            if (spans[k].parent_index < 0) {
                cut_and_depth((int)k, spans[k].start, spans[k].end, 0);
                self_time((int)k);
                critical((int)k, spans[k].cend, 0);
            }
        if (mode == 1) {
            int64_t t0 = INT64_MAX, t1 = 0, in, out, cost;
            int errors;
            char d[32];
            for (k = lo; k < hi; k++) {
                if (spans[k].parent_index >= 0) continue;
                if (spans[k].cstart < t0) t0 = spans[k].cstart;
                if (spans[k].cend > t1) t1 = spans[k].cend;
            }
            trace_totals(lo, hi, &in, &out, &cost, &errors);
            fmt_dur(d, sizeof d, t1 - t0);
            fprintf(out_f, "%strace %s%s (%.30s)\n  %s, %zu spans, %d errors", BOLD, spans[lo].trace, OFF, spans[lo].service, d, hi - lo, errors);
            if (in || out) fprintf(out_f, ", tokens %lld in / %lld out", (long long)in, (long long)out);
            if (cost) fprintf(out_f, ", $%.6f", (double)cost / 1e6);
            fprintf(out_f, "\n");
            for (k = lo; k < hi; k++)
                if (spans[k].parent_index < 0) print_span((int)k, t0, t1 - t0);
            fprintf(out_f, "(* and #: the critical path)\n\n");
        }
    }
    if (mode == 3) {
        size_t k;
        for (k = 0; k < nspans; k++) fprintf(out_f, "%s %s %lld\n", spans[k].trace, spans[k].id, (long long)spans[k].critical_ns);
    }
    if (mode == 2) {
        size_t k;
        for (k = 0; k < nspans; k++) {
            row *r = row_of(spans[k].name);
            r->count++, r->total += (double)(spans[k].end - spans[k].start), r->self += (double)spans[k].self_ns;
            r->crit += (double)spans[k].critical_ns;
            if (spans[k].in_tokens > 0) r->in += spans[k].in_tokens;
            if (spans[k].out_tokens > 0) r->out += spans[k].out_tokens;
            if (spans[k].cost_micros > 0) r->cost += spans[k].cost_micros;
        }
        print_rows("span name", 1);
        fprintf(out_f, "\n");
        for (k = 0; k < nspans; k++) { /* by agent: the LLM calls made for it, and its agent spans' time */
            row *r;
            if (!spans[k].agent) continue;
            r = row_of(spans[k].agent);
            if (spans[k].is_llm) {
                r->count++;
                if (spans[k].in_tokens > 0) r->in += spans[k].in_tokens;
                if (spans[k].out_tokens > 0) r->out += spans[k].out_tokens;
                if (spans[k].cost_micros > 0) r->cost += spans[k].cost_micros;
            } else if (strncmp(spans[k].name, "invoke_agent", 12) == 0) {
                r->total += (double)(spans[k].end - spans[k].start); /* the time of its agent spans */
            }
        }
        print_rows("agent: LLM calls", 0);
    }
}

/* JSON text for a script element: < > & written as escapes (JSON has them only inside strings). */
static void put_script_json(FILE *f, const char *p, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        if (p[i] == '<') fputs("\\u003c", f);
        else if (p[i] == '>') fputs("\\u003e", f);
        else if (p[i] == '&') fputs("\\u0026", f);
        else fputc(p[i], f);
    }
}

static void put_num(tw__buf *b, const char *key, double v) {
    char t[64];
    snprintf(t, sizeof t, ",\"%s\":%.17g", key, v);
    tw__puts(b, t);
}

/* The spans of the subtree at i, in tree order, into order[] (returns the next free place). */
static size_t tree_order(int i, size_t at, int *order) {
    int c;
    order[at++] = i;
    for (c = spans[i].first_child; c >= 0; c = spans[c].next_sibling) at = tree_order(c, at, order);
    return at;
}

/* The HTML page of what is loaded (after views computed the trees): the page's two halves with
   the data between them as JSON. Spans go in tree order, trace by trace; offsets and durations are
   in ns from their trace's start (small enough for JavaScript's numbers). */
static int write_html(const char *path) {
    FILE *f = fopen(path, "wb");
    tw__buf b = {NULL, 0, 0, 0};
    int *order = (int *)malloc((nspans ? nspans : 1) * sizeof(int)), *where = (int *)malloc((nspans ? nspans : 1) * sizeof(int));
    int64_t *trace_t0 = (int64_t *)malloc((nspans ? nspans : 1) * sizeof(int64_t)); /* each trace's start */
    size_t lo, hi, n, at, ntraces = 0, k;
    int first_series = 1;
    if (!f || !order || !where || !trace_t0) {
        fprintf(stderr, "twview: %s: %s\n", path, f ? "out of memory" : strerror(errno));
        if (f) fclose(f);
        free(order), free(where), free(trace_t0);
        return -1;
    }
    tw__puts(&b, "{\"traces\":[");
    for (lo = 0; lo < nspans; lo = hi) { /* the traces */
        int64_t t0 = INT64_MAX, t1 = 0, in, out, cost;
        int errors, root = -1;
        for (hi = lo + 1; hi < nspans && strcmp(spans[hi].trace, spans[lo].trace) == 0; hi++) {
        }
        for (k = lo; k < hi; k++)
            if (spans[k].parent_index < 0) {
                if (root < 0) root = (int)k;
                if (spans[k].cstart < t0) t0 = spans[k].cstart;
                if (spans[k].cend > t1) t1 = spans[k].cend;
            }
        trace_totals(lo, hi, &in, &out, &cost, &errors);
        if (ntraces++) tw__putc(&b, ',');
        tw__puts(&b, "{\"id\":\"");
        tw__puts(&b, spans[lo].trace);
        tw__puts(&b, "\",\"root\":");
        tw__put_jstr(&b, spans[root].name, strlen(spans[root].name));
        tw__puts(&b, ",\"service\":");
        tw__put_jstr(&b, spans[root].service, strlen(spans[root].service));
        put_num(&b, "start", (double)t0 / 1e6);
        put_num(&b, "dur", (double)(t1 - t0));
        put_num(&b, "n", (double)(hi - lo));
        put_num(&b, "errors", errors);
        put_num(&b, "in", (double)in), put_num(&b, "out", (double)out), put_num(&b, "cost", (double)cost);
        tw__puts(&b, ",\"t0\":0}");
        for (k = lo; k < hi; k++) spans[k].trace_index = (int)(ntraces - 1);
        trace_t0[ntraces - 1] = t0;
    }
    tw__puts(&b, "],\"spans\":[");
    /* tree order, and each span's place in it (for the parent references) */
    for (n = 0, lo = 0; lo < nspans; lo = hi) {
        for (hi = lo + 1; hi < nspans && strcmp(spans[hi].trace, spans[lo].trace) == 0; hi++) {
        }
        for (k = lo; k < hi; k++)
            if (spans[k].parent_index < 0) n = tree_order((int)k, n, order);
    }
    for (at = 0; at < n; at++) where[order[at]] = (int)at;
    for (at = 0; at < n; at++) {
        const span *s = &spans[order[at]];
        int64_t t0 = trace_t0[s->trace_index];
        if (at) tw__putc(&b, ',');
        tw__puts(&b, "{\"id\":\"");
        tw__puts(&b, s->id);
        tw__puts(&b, "\",\"name\":");
        tw__put_jstr(&b, s->name, strlen(s->name));
        tw__puts(&b, ",\"svc\":");
        tw__put_jstr(&b, s->service, strlen(s->service));
        if (s->agent) {
            tw__puts(&b, ",\"agent\":");
            tw__put_jstr(&b, s->agent, strlen(s->agent));
        }
        put_num(&b, "t", s->trace_index);
        put_num(&b, "p", s->parent_index >= 0 ? where[s->parent_index] : -1);
        put_num(&b, "kind", s->kind), put_num(&b, "st", s->status), put_num(&b, "depth", s->depth), put_num(&b, "llm", s->is_llm);
        put_num(&b, "s", (double)(s->cstart - t0)), put_num(&b, "d", (double)(s->cend - s->cstart));
        put_num(&b, "c", (double)s->critical_ns), put_num(&b, "self", (double)s->self_ns);
        put_num(&b, "in", (double)(s->in_tokens > 0 ? s->in_tokens : 0)), put_num(&b, "out", (double)(s->out_tokens > 0 ? s->out_tokens : 0));
        put_num(&b, "cost", (double)(s->cost_micros > 0 ? s->cost_micros : 0));
        tw__puts(&b, ",\"x\":");
        tw__puts(&b, s->detail ? s->detail : "{\"m\":\"\",\"a\":[],\"e\":[]}");
        tw__putc(&b, '}');
    }
    tw__puts(&b, "],\"metrics\":[");
    for (k = 0; k < nmpoints; k++) { /* a series a name and attribute set, its points in time order */
        size_t q;
        int seen = 0;
        for (q = 0; q < k && !seen; q++) seen = strcmp(mpoints[q].series, mpoints[k].series) == 0;
        if (seen) continue;
        if (!first_series) tw__putc(&b, ',');
        first_series = 0;
        {
            const char *tab = strchr(mpoints[k].series, '\t');
            size_t nl = tab ? (size_t)(tab - mpoints[k].series) : strlen(mpoints[k].series);
            tw__puts(&b, "{\"name\":");
            tw__put_jstr(&b, mpoints[k].series, nl);
            tw__puts(&b, ",\"attrs\":");
            tw__put_jstr(&b, tab ? tab + 1 : "", tab ? strlen(tab + 1) : 0);
            tw__puts(&b, ",\"pts\":[");
            for (q = k; q < nmpoints; q++)
                if (strcmp(mpoints[q].series, mpoints[k].series) == 0) {
                    char t[80];
                    snprintf(t, sizeof t, "%s[%.17g,%.17g]", b.p[b.n - 1] == '[' ? "" : ",", mpoints[q].t_ms, mpoints[q].value);
                    tw__puts(&b, t);
                }
            tw__puts(&b, "]}");
        }
    }
    tw__puts(&b, "]}");
    for (k = 0; twview_page_head[k]; k++) fputs(twview_page_head[k], f);
    if (!b.oom) put_script_json(f, b.p, b.n);
    for (k = 0; twview_page_tail[k]; k++) fputs(twview_page_tail[k], f);
    if (b.oom || fclose(f) != 0) {
        fprintf(stderr, "twview: %s: %s\n", path, b.oom ? "out of memory" : strerror(errno));
        free(b.p), free(order), free(where), free(trace_t0);
        return -1;
    }
    free(b.p), free(order), free(where), free(trace_t0);
    return 0;
}

/* Frees what is loaded. */
static void unload(void) {
    size_t i;
    for (i = 0; i < nspans; i++) free(spans[i].name), free(spans[i].service), free(spans[i].agent), free(spans[i].detail);
    for (i = 0; i < nmpoints; i++) free(mpoints[i].series);
    nspans = 0, nmpoints = 0, bad_lines = 0;
}

#ifndef TWVIEW_NO_MAIN
int main(int argc, char **argv) {
    int mode = 0, i, nfiles = 0;
    const char *html_path = NULL;
    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--text") == 0) mode = 1;
        else if (strcmp(argv[i], "--summary") == 0) mode = 2;
        else if (strcmp(argv[i], "--paths") == 0) mode = 3; /* for tests and scripts: each span's critical-path time */
        else if ((strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--html") == 0) && i + 1 < argc) mode = 4, html_path = argv[++i];
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) mode = 0, nfiles = -1000;
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "twview: unknown option %s (--text, --summary)\n", argv[i]);
            return 2;
        } else nfiles++;
    }
    if (!mode || nfiles <= 0) {
        fprintf(stderr, "usage: twview -o trace.html FILE...  one self-contained page: traces, timelines, critical paths, details\n"
                        "       twview --text FILE...      the traces as trees with a timeline and the critical path\n"
                        "       twview --summary FILE...   totals by span name and by agent\n"
                        "       twview --paths FILE...     each span's time on the critical path (trace id, span id, ns)\n"
                        "FILE: OTLP JSON lines (twtrace's file exporter, the Collector's file exporter), - for standard input\n");
        return 2;
    }
    keep_detail = mode == 4;
    for (i = 1; i < argc; i++) {
        if ((strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--html") == 0) && i + 1 < argc) {
            i++;
            continue;
        }
        if (argv[i][0] != '-' || !argv[i][1])
            if (load_file(argv[i]) != 0) return 1;
    }
    colour = isatty(1) && !getenv("NO_COLOR");
    out_f = stdout;
    views(mode == 4 ? 0 : mode);
    if (mode == 4) {
        if (write_html(html_path) != 0) return 1;
        fprintf(stderr, "twview: wrote %s (%zu spans); open it in a browser\n", html_path, nspans);
    }
    if (bad_lines) fprintf(stderr, "twview: %d malformed lines skipped\n", bad_lines);
    unload();
    free(spans), free(rows);
    return 0;
}
#endif
