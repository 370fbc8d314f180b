/* twview - a trace's timeline, critical path and token spend from OTLP JSON lines, with no server.

     twview -o PAGE.html FILE...  one self-contained page (no network): the traces, each one's
                                timeline with the critical path drawn on the bars, a span's
                                attributes, events and prompts on a click, totals, metric charts
     twview --text FILE...      each trace as a tree with a bar per span on the trace's time axis,
                                the critical path marked, durations, tokens and status
     twview --summary FILE...   totals by span name and by agent (role): count, total, self and
                                critical-path time, tokens, cost
     twview --paths / --sections FILE...  each span's time on the critical path / its stretches
   FILE is OTLP JSON lines as twtrace's file exporter and the OpenTelemetry Collector's file exporter
   write them (trace and metric requests mixed), gzip-compressed or not when built with zlib
   (-DTWVIEW_USE_ZLIB -lz), or - for standard input. A malformed line is reported (file:line: what
   was wrong) and skipped. Text output fits 80 columns and uses colour only on a terminal
   (NO_COLOR turns it off).

   The critical path is Jaeger UI's: from the root's end, repeatedly the child that finished last
   before the current point, its own critical path, and the parent's own time in between; children
   are first cut to their parent's interval (a child that outlives its parent, or starts before it
   through clock skew between processes), and those wholly outside it are left out. */
#define TWTRACE_IMPLEMENTATION
#include "../twtrace.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <pthread.h>
#ifdef TWVIEW_USE_ZLIB
#include <zlib.h>
#endif
#include "twview_page.h"

typedef struct span {
    char trace[33], id[17], parent[17];
    char *name, *service, *agent;
    char *detail; /* for the HTML view: {"m":status message,"a":[[key,value],...],"e":[[name,offset ns,[[k,v],...]],...]} */
    int kind, status, is_llm;
    int trace_index; /* the HTML view's: its trace's place in the list */
    int64_t start, end;  /* ns */
    int64_t in_tokens, out_tokens, cost_micros;
    uint64_t idv, parentv; /* the ids' values */
    /* the tree, after loading */
    int first_child, next_sibling, parent_index, depth;
    int nkids, kid_at;    /* its children by end, in kidarr */
    int first_sect, mark; /* its critical-path sections; the cycle check's mark */
    const char *role;     /* its agent, or its nearest ancestor's */
    size_t trace_end;     /* on a trace's first span: the end of the trace's spans */
    int64_t cstart, cend; /* cut to the parent's interval */
    int64_t critical_ns, self_ns;
    int on_path, outside; /* outside: entirely outside its parent's interval (left out, as Jaeger does) */
} span;
typedef struct section { /* a stretch of a span's time on the critical path: [a, b) ns */
    int64_t a, b;
    int next;
} section;

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
        if (tw__hexdig(v->s[i]) < 0) return 0;
        out[i] = (char)(v->s[i] | 0x20);
    }
    out[digits] = 0;
    return 1;
}

static uint64_t hex_value(const char *h) { /* 16 digits that hex_id checked */
    uint64_t v = 0;
    int i;
    for (i = 0; i < 16; i++) v = v << 4 | (uint64_t)tw__hexdig(h[i]);
    return v;
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
                p->idv = hex_value(p->id), p->parentv = p->parent[0] ? hex_value(p->parent) : 0;
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

/* Files are read in blocks and cut into lines here (a line may hold any byte, NUL included).
   Built with zlib (-DTWVIEW_USE_ZLIB -lz, which make does when zlib is there), a gzip file (or
   several gzip members one after another, as logrotate and cat make them) reads as its text;
   without zlib a gzip file is refused with a clear message. */
typedef struct reader {
    FILE *f;
#ifdef TWVIEW_USE_ZLIB
    gzFile gz;
#endif
    char *buf;
    size_t cap, start, end;
    int eof, first;
} reader;
static long rd_read(reader *r, char *to, size_t n) {
#ifdef TWVIEW_USE_ZLIB
    int got = gzread(r->gz, to, n > (1u << 30) ? 1u << 30 : (unsigned)n);
    if (got < 0) {
        int e;
        fprintf(stderr, "twview: %s\n", gzerror(r->gz, &e));
        return -1;
    }
    return got;
#else
    size_t got = fread(to, 1, n, r->f);
    if (got == 0 && ferror(r->f)) return -1;
    return (long)got;
#endif
}
/* The next line (without its \n or \r\n) in *line, *n: 1; the end: 0; a read error: -1. */
static int rd_line(reader *r, const char *path, char **line, size_t *n) {
    for (;;) {
        char *nl = r->end > r->start ? (char *)memchr(r->buf + r->start, '\n', r->end - r->start) : NULL;
        long got;
        if (nl || (r->eof && r->end > r->start)) {
            size_t e = nl ? (size_t)(nl - r->buf) : r->end;
            *line = r->buf + r->start, *n = e - r->start;
            r->start = nl ? e + 1 : e;
            if (*n && (*line)[*n - 1] == '\r') --*n;
            return 1;
        }
        if (r->eof) return 0;
        if (r->start) memmove(r->buf, r->buf + r->start, r->end - r->start), r->end -= r->start, r->start = 0;
        if (r->end == r->cap) {
            r->cap = r->cap ? r->cap * 2 : 1 << 20;
            r->buf = (char *)realloc(r->buf, r->cap);
            if (!r->buf) exit(3);
        }
        got = rd_read(r, r->buf + r->end, r->cap - r->end);
        if (got < 0) {
            fprintf(stderr, "twview: %s: %s\n", path, "read error");
            return -1;
        }
        if (got == 0) r->eof = 1;
#ifndef TWVIEW_USE_ZLIB
        if (r->first && r->end == 0 && got >= 2 && (unsigned char)r->buf[0] == 0x1f && (unsigned char)r->buf[1] == 0x8b) {
            fprintf(stderr, "twview: %s: a gzip file, and this twview was built without zlib (build it with -DTWVIEW_USE_ZLIB -lz, "
                            "as make does where zlib's header is installed; or: zcat %s | twview ... -)\n", path, path);
            return -1;
        }
#endif
        r->first = 0;
        r->end += (size_t)got;
    }
}

static int load_file(const char *path) {
    reader r;
    char *line, err[400];
    size_t n;
    long lineno = 0;
    int got;
    memset(&r, 0, sizeof r);
    r.first = 1;
    r.f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!r.f) {
        fprintf(stderr, "twview: %s: %s\n", path, strerror(errno));
        return -1;
    }
#ifdef TWVIEW_USE_ZLIB
    r.gz = gzdopen(dup(fileno(r.f)), "rb");
    if (!r.gz) {
        fprintf(stderr, "twview: %s: cannot read it through zlib\n", path);
        if (r.f != stdin) fclose(r.f);
        return -1;
    }
    gzbuffer(r.gz, 1 << 17);
#endif
    while ((got = rd_line(&r, path, &line, &n)) > 0) {
        lineno++;
        if (n == 0) continue;
        err[0] = 0;
        if (load_line(line, n, err, sizeof err) != 0) {
            int l = 0, col = 0, used = 0;
            /* the JSON reader says ":line:column: what it expected" (a line is one document) */
            if (sscanf(err, ":%d:%d: %n", &l, &col, &used) == 2 && used > 0)
                fprintf(stderr, "twview: %s:%ld:%d: expected %s; the line is skipped\n", path, lineno, col, err + used);
            else
                fprintf(stderr, "twview: %s:%ld: %s; the line is skipped\n", path, lineno, err);
            bad_lines++;
        }
    }
#ifdef TWVIEW_USE_ZLIB
    {
        int e = Z_OK;
        gzerror(r.gz, &e);
        if (e == Z_BUF_ERROR) fprintf(stderr, "twview: %s: the gzip data ends early (a file still being written, or cut short); what came before is read\n", path);
    }
    gzclose(r.gz);
#endif
    free(r.buf);
    if (r.f != stdin) fclose(r.f);
    return got < 0 ? -1 : 0;
}

/* --- trees and the critical path ---
   Everything here is linear (or n log n) in the spans of a trace and uses no recursion, so that a
   trace of 50,000 spans, or a chain of 100,000 nested spans, costs what its size says. */
static int cmp_trace_start(const void *a, const void *b) {
    const span *x = (const span *)a, *y = (const span *)b;
    int c = strcmp(x->trace, y->trace);
    if (c) return c;
    return x->start < y->start ? -1 : x->start > y->start ? 1 : strcmp(x->id, y->id);
}

static int *kidarr;         /* each span's children, sorted by (cut) end, latest first: kidarr[kid_at .. kid_at+nkids) */
static int *pre;            /* the spans in tree order (pre-order, children by start), trace by trace: pre[lo .. hi) */
static int *hslot, hcap;    /* span id -> index, for the trace being analysed */
static section *sects;      /* the critical path's sections, each span's linked from its first_sect */
static size_t nsects, capsects;

static unsigned id_hash(uint64_t v, int cap) { return (unsigned)((v * 0x9E3779B97F4A7C15ull) >> 32) & (unsigned)(cap - 1); }

static int cmp_kid_end(const void *a, const void *b) { /* latest (cut) end first; of equal ends, the first started */
    const span *x = &spans[*(const int *)a], *y = &spans[*(const int *)b];
    if (x->cend != y->cend) return x->cend > y->cend ? -1 : 1;
    return *(const int *)a < *(const int *)b ? -1 : *(const int *)a > *(const int *)b;
}

static void add_section(int i, int64_t a, int64_t b) {
    span *s = &spans[i];
    if (b <= a) return;
    if (nsects == capsects) {
        capsects = capsects ? capsects * 2 : 1024;
        sects = (section *)realloc(sects, capsects * sizeof *sects);
        if (!sects) exit(3);
    }
    sects[nsects].a = a, sects[nsects].b = b, sects[nsects].next = s->first_sect;
    s->first_sect = (int)nsects++;
    s->critical_ns += b - a, s->on_path = 1;
}

/* Jaeger UI's critical path from the root r: in span i from the point `until` (its end when
   entered from its parent; a child's start when returning from that child, when only children
   that ended strictly before it count), the child that finished last, its own path, and i's time in
   between. Children sorted by end, latest first, are taken in that order, since `until` only goes
   down: an explicit stack of (span, until, place in its children). */
typedef struct frame {
    int i, at, returning;
    int64_t until;
} frame;
static frame *stack;
static void critical(int r, size_t trace_n) {
    size_t top = 0;
    stack[top].i = r, stack[top].at = 0, stack[top].returning = 0, stack[top].until = spans[r].cend, top++;
    while (top) {
        frame *f = &stack[top - 1];
        span *s = &spans[f->i];
        int k = -1;
        while (f->at < s->nkids) {
            int c = kidarr[s->kid_at + f->at];
            if (!(f->returning && spans[c].cend >= f->until)) {
                k = c;
                break;
            }
            f->at++;
        }
        if (k < 0) {
            add_section(f->i, s->cstart, f->until);
            top--;
            continue;
        }
        add_section(f->i, spans[k].cend, f->until);
        f->until = spans[k].cstart, f->returning = 1, f->at++;
        if (top == trace_n) exit(3); /* cannot happen: a span is on the stack at most once */
        stack[top].i = k, stack[top].at = 0, stack[top].returning = 0, stack[top].until = spans[k].cend, top++;
    }
}

/* The trees of trace [lo, hi) (sorted by start): parents by id, cycles cut (a span whose parents
   lead back to it becomes a root), children in start order, each span cut to its parent's interval,
   depths, tree order into pre[], own time, the critical path of each root, the role (the agent of
   the span or of its nearest ancestor that has one). */
static void analyse(size_t lo, size_t hi) {
    size_t n = hi - lo, i, np = lo, top;
    int cap = 16;
    while ((size_t)cap < 2 * n) cap *= 2;
    if (cap > hcap) {
        hslot = (int *)realloc(hslot, (size_t)cap * sizeof *hslot);
        if (!hslot) exit(3);
        hcap = cap;
    }
    memset(hslot, -1, (size_t)cap * sizeof *hslot);
    for (i = lo; i < hi; i++) { /* the first span of an id keeps it */
        span *s = &spans[i];
        unsigned h = id_hash(s->idv, cap);
        s->first_child = s->next_sibling = s->parent_index = -1;
        s->critical_ns = s->self_ns = 0, s->on_path = 0, s->first_sect = -1, s->mark = 0, s->nkids = 0;
        while (hslot[h] >= 0 && spans[hslot[h]].idv != s->idv) h = (h + 1) & (unsigned)(cap - 1);
        if (hslot[h] < 0) hslot[h] = (int)i;
    }
    for (i = lo; i < hi; i++) {
        span *s = &spans[i];
        unsigned h;
        if (!s->parent[0]) continue;
        for (h = id_hash(s->parentv, cap); hslot[h] >= 0; h = (h + 1) & (unsigned)(cap - 1))
            if (spans[hslot[h]].idv == s->parentv) {
                if (hslot[h] != (int)i) s->parent_index = hslot[h];
                break;
            }
    }
    for (i = lo; i < hi; i++) { /* cycles: walk up marking the walk (1); meeting the walk again cuts it */
        int j = (int)i, w;
        while (j >= 0 && spans[j].mark == 0) spans[j].mark = 1, j = spans[j].parent_index;
        if (j >= 0 && spans[j].mark == 1) spans[j].parent_index = -1;
        for (w = (int)i; w >= 0 && spans[w].mark == 1; w = spans[w].parent_index) spans[w].mark = 2;
    }
    for (i = hi; i-- > lo;) { /* backwards, so each child list ends up in start order */
        span *s = &spans[i];
        if (s->parent_index < 0) continue;
        s->next_sibling = spans[s->parent_index].first_child;
        spans[s->parent_index].first_child = (int)i;
        spans[s->parent_index].nkids++;
    }
    /* tree order, roots in start order; cut and depth from the parent, done before the children */
    for (i = lo; i < hi; i++) {
        if (spans[i].parent_index >= 0) continue;
        top = 0, stack[top++].i = (int)i;
        while (top) {
            int j = stack[--top].i, c, m = 0;
            size_t q;
            span *s = &spans[j];
            if (s->parent_index < 0) {
                s->cstart = s->start, s->cend = s->end, s->depth = 0, s->outside = 0, s->role = s->agent;
            } else {
                const span *p = &spans[s->parent_index];
                int64_t a = p->cstart, b = p->cend;
                s->outside = s->start > b || s->end < a;
                s->cstart = s->start < a ? a : s->start > b ? b : s->start;
                s->cend = s->end > b ? b : s->end < s->cstart ? s->cstart : s->end;
                s->depth = p->depth + 1, s->role = s->agent ? s->agent : p->role;
            }
            pre[np++] = j;
            for (c = s->first_child; c >= 0; c = spans[c].next_sibling) m++;
            top += (size_t)m; /* the children pushed so that the first started comes off first */
            for (c = s->first_child, q = top; c >= 0; c = spans[c].next_sibling) stack[--q].i = c;
        }
    }
    /* children by end for the critical path (those wholly outside their parent left out, as Jaeger
       does), and each span's own time: its interval less the union of its children's */
    {
        size_t at = lo;
        for (i = lo; i < np; i++) {
            span *s = &spans[pre[i]];
            int64_t covered = 0, reach = s->cstart;
            int c, k = 0;
            s->kid_at = (int)at;
            for (c = s->first_child; c >= 0; c = spans[c].next_sibling) { /* children in start order: a sweep of their union */
                int64_t a = spans[c].cstart, b = spans[c].cend;
                if (spans[c].outside) continue;
                kidarr[at + (size_t)k++] = c;
                if (a < reach) a = reach;
                if (b > a) covered += b - a, reach = b;
            }
            s->nkids = k, at += (size_t)k;
            s->self_ns = (s->cend - s->cstart) - covered;
            if (k > 1) qsort(&kidarr[s->kid_at], (size_t)k, sizeof(int), cmp_kid_end);
        }
    }
    for (i = lo; i < np; i++) /* np == hi: every span is reached once the cycles are cut */
        if (spans[pre[i]].parent_index < 0) critical(pre[i], n);
}

/* Sorts what is loaded and analyses each trace; the trace of spans[lo] runs to spans[lo].trace_end. */
static void analyse_all(void) {
    size_t lo, hi;
    if (nspans) qsort(spans, nspans, sizeof *spans, cmp_trace_start);
    free(kidarr), free(pre), free(stack);
    kidarr = (int *)malloc((nspans ? nspans : 1) * sizeof *kidarr);
    pre = (int *)malloc((nspans ? nspans : 1) * sizeof *pre);
    stack = (frame *)malloc((nspans ? nspans : 1) * sizeof *stack);
    if (!kidarr || !pre || !stack) exit(3);
    nsects = 0;
    for (lo = 0; lo < nspans; lo = hi) {
        for (hi = lo + 1; hi < nspans && strcmp(spans[hi].trace, spans[lo].trace) == 0; hi++) {
        }
        analyse(lo, hi);
        spans[lo].trace_end = hi;
    }
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
    int a, b, k, indent = s->depth * 2 > 16 ? 16 : s->depth * 2;
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
}

/* a + b for b > 0, at most INT64_MAX (the values are the file's, any size) */
static int64_t sat_add(int64_t a, int64_t b) { return b > INT64_MAX - a ? INT64_MAX : a + b; }

/* A trace's totals: the tokens of its LLM calls (or of spans with TaskWeaver's prompt_size that are
   not agent spans), its cost, its errors; its interval (over its roots). */
static void trace_totals(size_t lo, size_t hi, int64_t *in, int64_t *out, int64_t *cost, int *errors, int64_t *t0, int64_t *t1) {
    size_t i;
    *in = *out = *cost = 0, *errors = 0, *t0 = INT64_MAX, *t1 = 0;
    for (i = lo; i < hi; i++) {
        if (spans[i].is_llm || (!spans[i].agent && spans[i].in_tokens >= 0)) {
            if (spans[i].in_tokens > 0) *in = sat_add(*in, spans[i].in_tokens);
            if (spans[i].out_tokens > 0) *out = sat_add(*out, spans[i].out_tokens);
        }
        if (spans[i].cost_micros > 0) *cost = sat_add(*cost, spans[i].cost_micros);
        *errors += spans[i].status == 2;
        if (spans[i].parent_index < 0) {
            if (spans[i].cstart < *t0) *t0 = spans[i].cstart;
            if (spans[i].cend > *t1) *t1 = spans[i].cend;
        }
    }
}

/* --- totals by span name and by agent --- */
typedef struct row {
    const char *key;
    long count;
    double total, self, crit; /* ns: sums over many spans */
    int64_t in, out, cost;
} row;
static row *rows;
static size_t nrows, caprows;
static int *rslot, rcap; /* key -> row */
static unsigned str_hash(const char *k) {
    unsigned h = 2166136261u;
    while (*k) h = (h ^ (unsigned char)*k++) * 16777619u;
    return h;
}
static row *row_of(const char *key) {
    unsigned h;
    if ((size_t)rcap < 2 * (nrows + 1)) { /* grow and rehash */
        int cap = rcap ? rcap * 2 : 256;
        size_t i;
        free(rslot);
        rslot = (int *)malloc((size_t)cap * sizeof *rslot);
        if (!rslot) exit(3);
        memset(rslot, -1, (size_t)cap * sizeof *rslot);
        rcap = cap;
        for (i = 0; i < nrows; i++) {
            for (h = str_hash(rows[i].key) & (unsigned)(cap - 1); rslot[h] >= 0; h = (h + 1) & (unsigned)(cap - 1)) {
            }
            rslot[h] = (int)i;
        }
    }
    for (h = str_hash(key) & (unsigned)(rcap - 1); rslot[h] >= 0; h = (h + 1) & (unsigned)(rcap - 1))
        if (strcmp(rows[rslot[h]].key, key) == 0) return &rows[rslot[h]];
    if (nrows == caprows) {
        caprows = caprows ? caprows * 2 : 64;
        rows = (row *)realloc(rows, caprows * sizeof *rows);
        if (!rows) exit(3);
    }
    memset(&rows[nrows], 0, sizeof rows[0]);
    rows[nrows].key = key;
    rslot[h] = (int)nrows;
    return &rows[nrows++];
}
static void rows_clear(void) {
    nrows = 0;
    if (rslot) memset(rslot, -1, (size_t)rcap * sizeof *rslot);
}
static int cmp_row(const void *a, const void *b) {
    const row *x = (const row *)a, *y = (const row *)b;
    return x->total < y->total ? 1 : x->total > y->total ? -1 : strcmp(x->key, y->key);
}
/* by == 0: a row per span name, its spans' times and tokens. by == 1: a row per agent, the LLM
   calls made for it (count, tokens, cost) and the time of its agent spans (invoke_agent ...).
   Sorted by total time. */
static void totals(int by) {
    size_t k;
    rows_clear();
    for (k = 0; k < nspans; k++) {
        const span *s = &spans[k];
        row *r;
        if (by == 0) {
            r = row_of(s->name);
            r->count++, r->total += (double)(s->end - s->start), r->self += (double)s->self_ns, r->crit += (double)s->critical_ns;
        } else {
            if (!s->agent) continue;
            r = row_of(s->agent);
            if (strncmp(s->name, "invoke_agent", 12) == 0)
                r->total += (double)(s->end - s->start), r->self += (double)s->self_ns, r->crit += (double)s->critical_ns;
            if (!s->is_llm) continue;
            r->count++;
        }
        if (s->in_tokens > 0) r->in = sat_add(r->in, s->in_tokens);
        if (s->out_tokens > 0) r->out = sat_add(r->out, s->out_tokens);
        if (s->cost_micros > 0) r->cost = sat_add(r->cost, s->cost_micros);
    }
    if (nrows) qsort(rows, nrows, sizeof *rows, cmp_row);
}
/* The rows in 80 columns. */
static void print_rows(const char *title) {
    size_t i;
    char t[32], sf[32], cr[32], in[24], out[24];
    fprintf(out_f, "%s%-22s %5s %8s %8s %8s %6s %6s %9s%s\n", BOLD, title, "count", "total", "self", "critical", "in", "out", "USD", OFF);
    for (i = 0; i < nrows; i++) {
        row *r = &rows[i];
        fmt_dur(t, sizeof t, r->total), fmt_dur(sf, sizeof sf, r->self), fmt_dur(cr, sizeof cr, r->crit);
        fmt_count(in, sizeof in, r->in), fmt_count(out, sizeof out, r->out);
        put_name(r->key, 22);
        fprintf(out_f, " %5ld %8s %8s %8s %6s %6s %9.6f\n", r->count, t, sf, cr, in, out, (double)r->cost / 1e6);
    }
}

/* The trees, their critical paths and the view of mode (1 text, 2 summary, 3 paths, 5 sections) of what is loaded. */
static void views(int mode) {
    size_t lo, k;
    analyse_all();
    for (lo = 0; mode == 1 && lo < nspans; lo = spans[lo].trace_end) {
        size_t hi = spans[lo].trace_end;
        int64_t t0, t1, in, out, cost;
        int errors;
        char d[32];
        trace_totals(lo, hi, &in, &out, &cost, &errors, &t0, &t1);
        fmt_dur(d, sizeof d, t1 - t0);
        fprintf(out_f, "%strace %s%s (%.30s)\n  %s, %zu spans, %d errors", BOLD, spans[lo].trace, OFF, spans[lo].service, d, hi - lo, errors);
        if (in || out) fprintf(out_f, ", tokens %lld in / %lld out", (long long)in, (long long)out);
        if (cost) fprintf(out_f, ", $%.6f", (double)cost / 1e6);
        fprintf(out_f, "\n");
        for (k = lo; k < hi; k++) print_span(pre[k], t0, t1 - t0);
        fprintf(out_f, "(* and #: the critical path)\n\n");
    }
    if (mode == 3)
        for (k = 0; k < nspans; k++) fprintf(out_f, "%s %s %lld\n", spans[k].trace, spans[k].id, (long long)spans[k].critical_ns);
    if (mode == 5)
        for (k = 0; k < nspans; k++) {
            int c;
            for (c = spans[k].first_sect; c >= 0; c = sects[c].next)
                fprintf(out_f, "%s %s %lld %lld\n", spans[k].trace, spans[k].id, (long long)sects[c].a, (long long)sects[c].b);
        }
    if (mode == 2) {
        totals(0), print_rows("span name");
        fprintf(out_f, "\n");
        totals(1), print_rows("agent: LLM calls");
    }
}

/* JSON text for a script element: < > & written as escapes (JSON has them only inside strings). */
static void put_script_json(FILE *f, const char *p, size_t n) {
    size_t i, run = 0;
    for (i = 0; i < n; i++) {
        const char *esc = p[i] == '<' ? "\\u003c" : p[i] == '>' ? "\\u003e" : p[i] == '&' ? "\\u0026" : NULL;
        if (!esc) continue;
        fwrite(p + run, 1, i - run, f);
        fputs(esc, f);
        run = i + 1;
    }
    fwrite(p + run, 1, n - run, f);
}

static void put_num(tw__buf *b, const char *key, double v) {
    char t[64];
    snprintf(t, sizeof t, ",\"%s\":%.17g", key, v);
    tw__puts(b, t);
}
static void put_rows_json(tw__buf *b) {
    size_t i;
    tw__putc(b, '[');
    for (i = 0; i < nrows; i++) {
        const row *r = &rows[i];
        char t[200];
        if (i) tw__putc(b, ',');
        tw__putc(b, '[');
        tw__put_jstr(b, r->key, strlen(r->key));
        snprintf(t, sizeof t, ",%ld,%.17g,%.17g,%.17g,%lld,%lld,%lld]", r->count, r->total, r->self, r->crit, (long long)r->in, (long long)r->out, (long long)r->cost);
        tw__puts(b, t);
    }
    tw__putc(b, ']');
}
static int cmp_mpoint(const void *a, const void *b) { /* by series, then time */
    const mpoint *x = (const mpoint *)a, *y = (const mpoint *)b;
    int c = strcmp(x->series, y->series);
    return c ? c : x->t_ms < y->t_ms ? -1 : x->t_ms > y->t_ms;
}

static void put_int(tw__buf *b, const char *key, int64_t v) {
    char t[64];
    snprintf(t, sizeof t, ",\"%s\":%lld", key, (long long)v);
    tw__puts(b, t);
}

/* The page's parts: a slice of a trace's JSON ("s" its spans, "x" their details), deflated
   (zlib's format, as the browser's DecompressionStream("deflate") reads it) when twview is built
   with zlib, by as many threads as there are processors. */
#define PART ((size_t)4 << 20)
#define X_CHUNK 1000 /* details of this many spans together: a click reads only its span's chunk */
typedef struct part {
    int trace, chunk; /* chunk: of the details, for spans [chunk * X_CHUNK, (chunk + 1) * X_CHUNK) of the trace */
    char kind;
    char *own;           /* the buffer the slice is in, on the trace's first part of this kind */
    const char *p;
    size_t n;
    unsigned char *z;    /* deflated, or NULL */
    size_t zn;
} part;
static part *parts;
static size_t nparts, capparts;
static void add_parts(tw__buf *b, int trace, char kind, int chunk) {
    size_t at = 0;
    do {
        part *q;
        if (nparts == capparts) {
            capparts = capparts ? capparts * 2 : 64;
            parts = (part *)realloc(parts, capparts * sizeof *parts);
            if (!parts) exit(3);
        }
        q = &parts[nparts++];
        memset(q, 0, sizeof *q);
        q->trace = trace, q->kind = kind, q->chunk = chunk, q->own = at == 0 ? b->p : NULL;
        q->p = b->p + at, q->n = b->n - at < PART ? b->n - at : PART;
        at += q->n;
    } while (at < b->n);
}
#ifdef TWVIEW_USE_ZLIB
static size_t next_part;
static void *compress_worker(void *arg) {
    (void)arg;
    for (;;) {
        size_t k = __atomic_fetch_add(&next_part, 1, __ATOMIC_RELAXED);
        part *q;
        uLongf zn;
        if (k >= nparts) return NULL;
        q = &parts[k];
        zn = compressBound((uLong)q->n);
        q->z = (unsigned char *)malloc(zn);
        if (!q->z) continue; /* that part is written as it is */
        if (compress2(q->z, &zn, (const Bytef *)q->p, (uLong)q->n, 1) != Z_OK) {
            free(q->z), q->z = NULL;
            continue;
        }
        q->zn = zn;
    }
}
#endif
static void compress_parts(void) {
#ifdef TWVIEW_USE_ZLIB
    pthread_t t[8];
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    int n = ncpu < 1 ? 1 : ncpu > 8 ? 8 : (int)ncpu, i, started = 0;
    next_part = 0;
    for (i = 1; i < n; i++) started += pthread_create(&t[started], NULL, compress_worker, NULL) == 0;
    compress_worker(NULL);
    for (i = 0; i < started; i++) pthread_join(t[i], NULL);
    { /* the parts of a trace's spans (or of a chunk of details) are all deflated or none is */
        size_t k;
        for (k = 0; k < nparts; k++)
            if (!parts[k].z) {
                size_t q;
                for (q = 0; q < nparts; q++)
                    if (parts[q].trace == parts[k].trace && parts[q].kind == parts[k].kind && parts[q].chunk == parts[k].chunk) free(parts[q].z), parts[q].z = NULL;
            }
    }
#endif
}
static void free_parts(void) {
    size_t k;
    for (k = 0; k < nparts; k++) free(parts[k].own), free(parts[k].z);
    nparts = 0;
}
static void put_base64(FILE *f, const unsigned char *p, size_t n) {
    static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char out[4096];
    size_t i, o = 0;
    for (i = 0; i < n; i += 3) {
        unsigned v = (unsigned)p[i] << 16 | (i + 1 < n ? (unsigned)p[i + 1] << 8 : 0) | (i + 2 < n ? p[i + 2] : 0);
        out[o++] = A[v >> 18], out[o++] = A[v >> 12 & 63];
        out[o++] = i + 1 < n ? A[v >> 6 & 63] : '=', out[o++] = i + 2 < n ? A[v & 63] : '=';
        if (o == sizeof out) fwrite(out, 1, o, f), o = 0;
    }
    fwrite(out, 1, o, f);
}

/* The HTML page of what is loaded (after views analysed it): the page's two halves with the data
   between them. The first script element holds the list of traces, the totals and the metrics;
   then each trace's spans (data-k="s0") and their attributes and events (data-k="x0", "x1", ...,
   a thousand spans each) are script elements of their own (data-t: the trace's place in the
   list; a part holds at most 4 MB, so one may be in several), deflated and in base64 when
   twview has zlib, which the page reads only when it shows, or searches, that trace: a page of
   100,000 spans opens as fast as its largest trace's spans are read. Spans go in tree order;
   offsets and durations are in ns from their trace's start (small enough for JavaScript's numbers). */
static int write_html(const char *path) {
    FILE *f = fopen(path, "wb");
    tw__buf b = {NULL, 0, 0, 0};
    int *where = (int *)malloc((nspans ? nspans : 1) * sizeof(int));
    size_t lo, hi, ntraces = 0, k;
    int oom = 0;
    if (!f || !where) {
        fprintf(stderr, "twview: %s: %s\n", path, f ? "out of memory" : strerror(errno));
        if (f) fclose(f);
        free(where);
        return -1;
    }
    tw__puts(&b, "{\"traces\":[");
    for (lo = 0; lo < nspans; lo = hi) { /* the traces */
        int64_t t0, t1, in, out, cost;
        int errors, root = pre[lo];
        hi = spans[lo].trace_end;
        trace_totals(lo, hi, &in, &out, &cost, &errors, &t0, &t1);
        if (ntraces++) tw__putc(&b, ',');
        tw__puts(&b, "{\"id\":\"");
        tw__puts(&b, spans[lo].trace);
        tw__puts(&b, "\",\"root\":");
        tw__put_jstr(&b, spans[root].name, strlen(spans[root].name));
        tw__puts(&b, ",\"service\":");
        tw__put_jstr(&b, spans[root].service, strlen(spans[root].service));
        put_num(&b, "start", (double)t0 / 1e6);
        put_int(&b, "dur", t1 - t0);
        put_int(&b, "n", (int64_t)(hi - lo));
        put_int(&b, "errors", errors);
        put_int(&b, "in", in), put_int(&b, "out", out), put_int(&b, "cost", cost);
        tw__putc(&b, '}');
    }
    tw__puts(&b, "],\"byName\":");
    totals(0), put_rows_json(&b);
    tw__puts(&b, ",\"byAgent\":");
    totals(1), put_rows_json(&b);
    tw__puts(&b, ",\"metrics\":[");
    if (nmpoints) qsort(mpoints, nmpoints, sizeof *mpoints, cmp_mpoint);
    for (k = 0; k < nmpoints;) { /* a series a name and attribute set, its points in time order */
        const char *series = mpoints[k].series, *tab = strchr(series, '\t');
        size_t nl = tab ? (size_t)(tab - series) : strlen(series), q;
        if (k) tw__putc(&b, ',');
        tw__puts(&b, "{\"name\":");
        tw__put_jstr(&b, series, nl);
        tw__puts(&b, ",\"attrs\":");
        tw__put_jstr(&b, tab ? tab + 1 : "", tab ? strlen(tab + 1) : 0);
        tw__puts(&b, ",\"pts\":[");
        for (q = k; q < nmpoints && strcmp(mpoints[q].series, series) == 0; q++) {
            char t[80];
            snprintf(t, sizeof t, "%s[%.17g,%.17g]", q == k ? "" : ",", mpoints[q].t_ms, mpoints[q].value);
            tw__puts(&b, t);
        }
        tw__puts(&b, "]}");
        k = q;
    }
    tw__puts(&b, "]}");
    for (k = 0; twview_page_head[k]; k++) fputs(twview_page_head[k], f);
    oom |= b.oom;
    if (!b.oom) put_script_json(f, b.p, b.n);
    fputs("</script>\n", f);
    /* the traces' spans: for each, its spans without details ("s") and their details ("x"), so
       that drawing a timeline parses only the first; each in parts of at most PART bytes */
    for (k = 0; k < nspans; k++) where[pre[k]] = (int)k;
    for (ntraces = 0, lo = 0; lo < nspans && !oom; lo = hi, ntraces++) {
        int64_t t0, t1, in, out, cost;
        int errors;
        tw__buf bs = {NULL, 0, 0, 0}, bx = {NULL, 0, 0, 0};
        hi = spans[lo].trace_end;
        trace_totals(lo, hi, &in, &out, &cost, &errors, &t0, &t1);
        tw__putc(&bs, '['), tw__putc(&bx, '[');
        for (k = lo; k < hi; k++) {
            const span *s = &spans[pre[k]];
            int c;
            if (k > lo && (k - lo) % X_CHUNK == 0) { /* the next chunk of details */
                tw__putc(&bx, ']');
                oom |= bx.oom;
                add_parts(&bx, (int)ntraces, 'x', (int)((k - lo) / X_CHUNK) - 1);
                memset(&bx, 0, sizeof bx);
                tw__putc(&bx, '[');
            } else if (k > lo) tw__putc(&bx, ',');
            if (k > lo) tw__putc(&bs, ',');
            tw__puts(&bs, "{\"id\":\"");
            tw__puts(&bs, s->id);
            tw__puts(&bs, "\",\"name\":");
            tw__put_jstr(&bs, s->name, strlen(s->name));
            tw__puts(&bs, ",\"svc\":");
            tw__put_jstr(&bs, s->service, strlen(s->service));
            if (s->role) {
                tw__puts(&bs, ",\"role\":");
                tw__put_jstr(&bs, s->role, strlen(s->role));
            }
            put_int(&bs, "p", s->parent_index >= 0 ? where[s->parent_index] - (int64_t)lo : -1);
            put_int(&bs, "kind", s->kind), put_int(&bs, "st", s->status), put_int(&bs, "depth", s->depth), put_int(&bs, "llm", s->is_llm);
            put_int(&bs, "s", s->cstart - t0), put_int(&bs, "d", s->cend - s->cstart);
            put_int(&bs, "c", s->critical_ns), put_int(&bs, "self", s->self_ns);
            put_int(&bs, "in", s->in_tokens > 0 ? s->in_tokens : 0), put_int(&bs, "out", s->out_tokens > 0 ? s->out_tokens : 0);
            put_int(&bs, "cost", s->cost_micros > 0 ? s->cost_micros : 0);
            tw__puts(&bs, ",\"cp\":["); /* its sections on the critical path: [offset, length] ns */
            for (c = s->first_sect; c >= 0; c = sects[c].next) {
                char t[64];
                snprintf(t, sizeof t, "%s[%lld,%lld]", c == s->first_sect ? "" : ",", (long long)(sects[c].a - t0), (long long)(sects[c].b - sects[c].a));
                tw__puts(&bs, t);
            }
            tw__puts(&bs, "]}");
            tw__puts(&bx, s->detail ? s->detail : "{\"m\":\"\",\"a\":[],\"e\":[]}");
        }
        tw__putc(&bs, ']'), tw__putc(&bx, ']');
        oom |= bs.oom || bx.oom;
        add_parts(&bs, (int)ntraces, 's', 0), add_parts(&bx, (int)ntraces, 'x', (int)((hi - 1 - lo) / X_CHUNK));
    }
    compress_parts();
    for (k = 0; k < nparts && !oom; k++) {
        const part *q = &parts[k];
        if (q->z) {
            fprintf(f, "<script type=\"application/octet-stream\" data-t=\"%d\" data-k=\"%c%d\" data-z=\"deflate\">", q->trace, q->kind, q->chunk);
            put_base64(f, q->z, q->zn);
        } else {
            fprintf(f, "<script type=\"application/json\" data-t=\"%d\" data-k=\"%c%d\">", q->trace, q->kind, q->chunk);
            put_script_json(f, q->p, q->n);
        }
        fputs("</script>\n", f);
    }
    free_parts();
    for (k = 0; twview_page_tail[k]; k++) fputs(twview_page_tail[k], f);
    if (oom || fclose(f) != 0) {
        fprintf(stderr, "twview: %s: %s\n", path, oom ? "out of memory" : strerror(errno));
        if (oom) fclose(f);
        free(b.p), free(where);
        return -1;
    }
    free(b.p), free(where);
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
        else if (strcmp(argv[i], "--sections") == 0) mode = 5; /* and the stretches of it: trace span start end (ns) */
        else if ((strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--html") == 0) && i + 1 < argc) mode = 4, html_path = argv[++i];
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) mode = 0, nfiles = -1000;
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "twview: unknown option %s (-o PAGE.html, --text, --summary, --paths, --sections; --help)\n", argv[i]);
            return 2;
        } else nfiles++;
    }
    if (!mode || nfiles <= 0) { /* --help: the usage on standard output, status 0; a mistake: on standard error, 2 */
        int help = nfiles < -100;
        fprintf(help ? stdout : stderr,
                "usage: twview -o trace.html FILE...  one self-contained page: traces, timelines, critical paths, details\n"
                "       twview --text FILE...      the traces as trees with a timeline and the critical path\n"
                "       twview --summary FILE...   totals by span name and by agent\n"
                "       twview --paths FILE...     each span's time on the critical path (trace id, span id, ns)\n"
                "       twview --sections FILE...  the critical path's stretches (trace id, span id, start ns, end ns)\n"
                "FILE: OTLP JSON lines (twtrace's file exporter, the Collector's file exporter), gzip-compressed or not%s;\n"
                "      - for standard input\n",
#ifdef TWVIEW_USE_ZLIB
                ""
#else
                " (gzip: this twview was built without zlib)"
#endif
        );
        return help ? 0 : 2;
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
