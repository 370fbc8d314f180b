/* callback_exporter.c - an exporter of your own, written against twtrace.h's public API only.

   It hands each batch of finished spans to a callback of the program, which here keeps a table of
   calls, time and tokens per span name (the roles of an agent) and prints it at the end; the same
   shape fits a ring buffer for a crash report, a database insert or a custom wire format. The
   exporter is registered under a name and chosen by tracing.exporter like the built-in ones.

       cc -O2 -o callback_exporter examples/callback_exporter.c -lpthread && ./callback_exporter
*/
#define TWTRACE_IMPLEMENTATION
#include "../twtrace.h"
#include "../twtokenize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- the exporter: spans to a callback --- */
typedef void (*span_callback)(const tw_span_data *span, void *user);
typedef struct callback_exporter {
    span_callback fn;
    void *user;
} callback_exporter;

static int callback_export_spans(void *ctx, const tw_span_data *spans, size_t n) {
    callback_exporter *x = (callback_exporter *)ctx;
    size_t i;
    for (i = 0; i < n; i++) x->fn(&spans[i], x->user);
    return 0; /* delivered: nothing here can fail */
}

/* The factory tw_init calls: out->ctx arrives set to the pointer given at registration. */
static int callback_make(const tw_config *cfg, tw_exporter *out) {
    (void)cfg;
    out->export_spans = callback_export_spans;
    out->flags = TW_EXPORTER_WHOLE_TRACES; /* a trace's spans arrive together, once its root ended */
    return 0;
}

/* --- the program's callback: a table per span name --- */
typedef struct row {
    char name[48];
    long calls;
    double ms;
    long long tokens_in, tokens_out;
    long errors;
} row;
typedef struct table {
    row rows[32];
    int n;
    long traces;
} table;

static long long int_attr(const tw_span_data *s, const char *key) {
    size_t i, kl = strlen(key);
    for (i = 0; i < s->n_attrs; i++)
        if (s->attrs[i].key_len == kl && memcmp(s->attrs[i].key, key, kl) == 0 && s->attrs[i].type == TW_ATTR_INT) return s->attrs[i].i;
    return 0;
}

static void tabulate(const tw_span_data *s, void *user) {
    table *t = (table *)user;
    int i;
    if (!s->has_parent) t->traces++;
    for (i = 0; i < t->n; i++)
        if (strlen(t->rows[i].name) == s->name_len && memcmp(t->rows[i].name, s->name, s->name_len) == 0) break;
    if (i == t->n) {
        if (t->n == 32) return;
        snprintf(t->rows[t->n++].name, sizeof t->rows[0].name, "%.*s", (int)s->name_len, s->name);
    }
    t->rows[i].calls++;
    t->rows[i].ms += (double)(s->end_unix_ns - s->start_unix_ns) / 1e6;
    t->rows[i].tokens_in += int_attr(s, "prompt_size");
    t->rows[i].tokens_out += int_attr(s, "output_size");
    t->rows[i].errors += s->status == TW_STATUS_ERROR;
}

/* --- an agent's round, instrumented as usual --- */
static void llm_call(const char *role, const char *prompt, const char *reply, int fail) {
    TW_SPAN_KIND(role, TW_SPAN_KIND_CLIENT);
    tw_set_span_attribute_str("prompt", prompt);
    tw_set_span_attribute_int("prompt_size", tw_count_tokens(prompt, strlen(prompt)));
    tw_set_span_attribute_int("output_size", tw_count_tokens(reply, strlen(reply)));
    if (fail) tw_set_span_exception("TimeoutError", "the model did not answer in 30 s", NULL);
}

int main(void) {
    static callback_exporter exporter;
    static table t;
    tw_config cfg = tw_config_default();
    int round, r, i;
    exporter.fn = tabulate, exporter.user = &t;
    if (tw_register_exporter("callback", callback_make, &exporter) != TW_OK) return 1;
    cfg.enabled = 1, cfg.exporter = "callback";
    if (tw_init(&cfg) != TW_OK) return 1;
    for (round = 0; round < 3; round++) {
        TW_SPAN("Session.send_message");
        llm_call("Planner.reply", "You are the Planner. The user asks: count the rows of data.csv.",
                 "Ask the CodeInterpreter to load data.csv and count its rows.", 0);
        llm_call("CodeInterpreter.reply", "Write Python that loads data.csv and prints the number of rows.",
                 "import pandas as pd\nprint(len(pd.read_csv('data.csv')))", round == 1);
    }
    r = tw_shutdown(); /* every span has reached the callback when it returns */
    printf("%-24s %6s %10s %10s %10s %7s\n", "span", "calls", "ms", "tokens in", "tokens out", "errors");
    for (i = 0; i < t.n; i++)
        printf("%-24s %6ld %10.3f %10lld %10lld %7ld\n", t.rows[i].name, t.rows[i].calls, t.rows[i].ms, t.rows[i].tokens_in,
               t.rows[i].tokens_out, t.rows[i].errors);
    printf("%ld traces\n", t.traces);
    return r == TW_OK ? 0 : 1;
}
