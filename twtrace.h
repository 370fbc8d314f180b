/* twtrace.h - v0.3 - TaskWeaver-style OpenTelemetry tracing and token metrics for C agents

   Do this:
      #define TWTRACE_IMPLEMENTATION
   before you include this file in *one* C or C++ file to create the implementation (keep that file
   to the includes: with twtokenize.h it takes seconds to compile). Include twtokenize.h anywhere in
   the program, before or after, in this file or another, to get tw_count_tokens(), and
   twotlp_http.h after this one for the otlp exporter. Under a strict -std=c99/c11 the
   implementation file must include the tw headers before any system header (or be built with
   -D_DEFAULT_SOURCE, as cc's default gnu modes are).

   Example:
      tw_init_from_file("project.json");            // {"tracing.enabled": true, "tracing.exporter": "console"}
      {
          TW_SPAN("Planner.reply");                 // a declaration: the span covers the rest of the block
          tw_set_span_attribute_str("prompt", prompt);
          tw_add_prompt_size(tw_count_tokens(prompt, strlen(prompt)), "input");
          if (failed) tw_set_span_status(TW_STATUS_ERROR, "LLM call failed");
      }
      tw_shutdown();                                // or let the atexit hook do it

   Spans: TW_SPAN(name); is a span for the rest of the enclosing block, like Tracy's ZoneScopedN
   (GCC/Clang cleanup attribute, or a destructor in C++): return, break, continue and goto out of the
   block end it, and they keep their meaning, since the macro hides no loop. 0.1's block form,
   TW_SPAN(name) { ... }, does not compile any more. TW_SPAN_FUNC(); at the top of a function is a
   span named after the function for the rest of it (TaskWeaver's tracing_decorator_non_class).
   The explicit form, for other compilers or spans that cross scopes:
      tw_span *s = tw_span_start("CodeExecutor.execute");  ...  tw_span_end(s);
   tw_current_context() / tw_context_attach() carry the parent to another thread (a pool worker).
   A span handle takes attributes, status, events and links wherever it is (tw_span_set_attribute_str
   (span, k, v), ...); tw_span_start_kind(name, TW_SPAN_KIND_CLIENT) or TW_SPAN_KIND(name, kind); for
   an LLM call; tw_span_start_with(name, &options) for a kind, an explicit parent and links.

   Sampling (tracing.sampler, OTEL_TRACES_SAMPLER): the OTel SDK's samplers, parentbased_always_on by
   default; traceidratio decides from the trace id's rightmost 56 bits, so every process of a trace
   decides alike. A span left out is non-recording: it carries the context (TRACEPARENT flag 00) and
   takes nothing else.

   Exporters: console, file, none and otlp (twotlp_http.h) come from one table by name, and a program
   adds its own with tw_register_exporter (see tw_exporter: OTLP JSON bodies, or span data).

   Disabled (the default, or OTEL_SDK_DISABLED=true), every call is a no-op that reads one global
   (tested inline: the span calls are static inline wrappers over the functions of the same name).

   Configuration: tw_config_default() then override, or a TaskWeaver project JSON file; the OTel
   environment variables override both. Every key, its default, bounds and variable are in one list,
   TW_CONFIG_LIST, below (README.md has it as a table).

   Exit: tw_shutdown (also at exit) keeps to tracing.shutdown_timeout_ms (5 s) for everything, does
   not retry a refused connection, ends and exports the calling thread's open spans, and returns
   TW_OK only when everything was delivered (TW_ERR_LOST / TW_ERR_TIMEOUT and one log line
   otherwise).

   Macros: TWTRACE_API (linkage; static with TWTRACE_STATIC), TW_MALLOC/TW_REALLOC/TW_FREE (all or
   none), TW_ASSERT (default assert).

   Version history:
      0.1  spans, context, attributes, events, status, exceptions, counters, config, batching,
           OTLP JSON serializer, console and file exporters.
           TSC clock with calibration epochs, inline disabled checks, request size splitting,
           the twtrace.spans.dropped self-metric, console trees held until their root ends.
      0.2  TW_SPAN(name); is a declaration (the block form is gone); tracing.shutdown_timeout_ms,
           TW_ERR_LOST, open spans ended at shutdown; tokenizer found in any include order or
           translation unit; service.instance.id; status code, links and events always written;
           the console shows every attribute and event.
      0.3  sampling (tracing.sampler, OTEL_TRACES_SAMPLER); span handles; span kinds and links;
           one exporter table (tw_register_exporter) with span data for exporters; the
           configuration from one list (TW_CONFIG_LIST); tw_stats.spans_unsampled.
*/
/* The implementations need POSIX (threads, clocks, sockets, mmap). Under a strict -std=c99/c11
   the C library hides it unless asked before its first header, so the tw headers ask when nothing
   else has: include them before system headers, or build with POSIX on (cc's default gnu modes). */
#if !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE) && !defined(_POSIX_C_SOURCE) && !defined(_XOPEN_SOURCE)
#define _DEFAULT_SOURCE 1
#endif

#ifndef TWTRACE_H
#define TWTRACE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifndef TWTRACE_API
#ifdef TWTRACE_STATIC
#define TWTRACE_API static
#else
#define TWTRACE_API extern
#endif
#endif

#define TWTRACE_VERSION "0.3.0"

#ifdef __cplusplus
extern "C" {
#endif

#define TW_RESULT_LIST(X)                                                                       \
    X(TW_OK, 0, "ok")                                                                           \
    X(TW_ERR_ARG, -1, "invalid argument")                                                       \
    X(TW_ERR_CONFIG, -2, "invalid configuration (the log says where and what was expected)")   \
    X(TW_ERR_IO, -3, "input/output error")                                                      \
    X(TW_ERR_NOMEM, -4, "out of memory")                                                        \
    X(TW_ERR_TIMEOUT, -5, "timed out before everything was delivered")                          \
    X(TW_ERR_NO_TOKENIZER, -6, "no tokenizer in this program: compile twtokenize.h's implementation into one file (TWTRACE_IMPLEMENTATION or TWTOKENIZE_IMPLEMENTATION)") \
    X(TW_ERR_UNKNOWN_MODEL, -7, "tracing.tokenizer_target_model names a model the tokenizer does not know") \
    X(TW_ERR_EXPORTER, -8, "the exporter could not start (the log says why)")                   \
    X(TW_ERR_STATE, -9, "not initialized, or already initialized")                              \
    X(TW_ERR_DISABLED, -10, "tracing is disabled")                                              \
    X(TW_ERR_LOST, -11, "some recorded data was lost for good (dropped at a full queue, or an export failed); the log says what and why")

typedef enum tw_result {
#define TW__ENUM(name, value, text) name = value,
    TW_RESULT_LIST(TW__ENUM)
#undef TW__ENUM
    TW__RESULT_END = 1
} tw_result;

TWTRACE_API const char *tw_result_string(int result);

typedef enum tw_status_code { TW_STATUS_UNSET = 0, TW_STATUS_OK = 1, TW_STATUS_ERROR = 2 } tw_status_code;
typedef enum tw_log_level { TW_LOG_DEBUG = 0, TW_LOG_INFO = 1, TW_LOG_WARN = 2, TW_LOG_ERROR = 3 } tw_log_level;

/* The configuration is one list, from which come the tw_config struct, tw_config_default(), the
   project-file keys and their checks, the environment variables and the unknown-key warning:
      X(type, field, key, default, min, max, environment, check, meaning)
   type: B true/false (int), I whole number (int), D number (double), S string; numbers must lie in
   [min, max]. environment: the OTel variables that override the key, the last set one winning
   ("!VAR": VAR=true turns the key off; "@VAR": read by the exporter, with its per-signal variants).
   check: a further check of the value (exporter: a registered exporter name; sampler: a sampler
   name). A value tw_init finds out of bounds (0 or NULL in a zeroed struct) means the default. */
#define TW_CONFIG_LIST(X) \
    X(B, enabled, "tracing.enabled", 0, 0, 1, "!OTEL_SDK_DISABLED", none, "off: every call is a no-op reading one global") \
    X(S, exporter, "tracing.exporter", "otlp", 0, 0, "", exporter, "otlp, console, file, none, or one registered with tw_register_exporter") \
    X(S, endpoint, "tracing.endpoint", "http://localhost:4318", 0, 0, "@OTEL_EXPORTER_OTLP_ENDPOINT", none, "OTLP/HTTP base URL") \
    X(S, service_name, "tracing.service_name", "taskweaver.otlp.tracer", 0, 0, "OTEL_SERVICE_NAME", none, "resource service.name") \
    X(S, tokenizer_target_model, "tracing.tokenizer_target_model", "gpt-4", 0, 0, "", none, "the model whose encoding tw_count_tokens uses") \
    X(S, file_path, "tracing.file_path", "twtrace.jsonl", 0, 0, "", none, "the file exporter's output (- for standard output)") \
    X(I, max_queue_size, "tracing.max_queue_size", 2048, 1, 2147483647, "OTEL_BSP_MAX_QUEUE_SIZE", none, "spans waiting for export, per thread") \
    X(I, max_export_batch_size, "tracing.max_export_batch_size", 512, 1, 2147483647, "OTEL_BSP_MAX_EXPORT_BATCH_SIZE", none, "spans per export") \
    X(I, schedule_delay_ms, "tracing.schedule_delay_ms", 5000, 1, 2147483647, "OTEL_BSP_SCHEDULE_DELAY", none, "export at least this often") \
    X(I, export_timeout_ms, "tracing.export_timeout_ms", 30000, 1, 2147483647, "OTEL_BSP_EXPORT_TIMEOUT", none, "one export") \
    X(I, metric_export_interval_ms, "tracing.metric_export_interval_ms", 60000, 1, 2147483647, "OTEL_METRIC_EXPORT_INTERVAL", none, "metrics period") \
    X(I, attribute_count_limit, "tracing.attribute_count_limit", 128, 0, 2147483647, "OTEL_ATTRIBUTE_COUNT_LIMIT,OTEL_SPAN_ATTRIBUTE_COUNT_LIMIT", none, "per span, event and link") \
    X(I, attribute_value_length_limit, "tracing.attribute_value_length_limit", -1, -1, 2147483647, "OTEL_ATTRIBUTE_VALUE_LENGTH_LIMIT,OTEL_SPAN_ATTRIBUTE_VALUE_LENGTH_LIMIT", none, "bytes; -1: no limit (the OTel default)") \
    X(I, event_count_limit, "tracing.event_count_limit", 128, 0, 2147483647, "OTEL_SPAN_EVENT_COUNT_LIMIT", none, "events per span") \
    X(B, cpu_clock, "tracing.cpu_clock", 1, 0, 1, "", none, "time spans with the CPU's time-stamp counter where the kernel uses it as its clock; 0: clock_gettime") \
    X(I, max_request_bytes, "tracing.max_request_bytes", 4194304, 1024, 2147483647, "", none, "largest export body: bigger batches are split, a bigger span has its strings cut") \
    X(S, otlp_headers, "tracing.otlp_headers", "", 0, 0, "@OTEL_EXPORTER_OTLP_HEADERS", none, "key=value,key=value (percent-encoded)") \
    X(S, otlp_compression, "tracing.otlp_compression", "none", 0, 0, "@OTEL_EXPORTER_OTLP_COMPRESSION", none, "none or gzip") \
    X(I, otlp_timeout_ms, "tracing.otlp_timeout_ms", 10000, 1, 3600000, "@OTEL_EXPORTER_OTLP_TIMEOUT", none, "one export with its retries") \
    X(I, shutdown_timeout_ms, "tracing.shutdown_timeout_ms", 5000, 1, 2147483647, "", none, "everything tw_shutdown does, traces and metrics together") \
    X(S, sampler, "tracing.sampler", "parentbased_always_on", 0, 0, "OTEL_TRACES_SAMPLER", sampler, "always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off, parentbased_traceidratio") \
    X(D, sampler_arg, "tracing.sampler_arg", 1.0, 0, 1, "OTEL_TRACES_SAMPLER_ARG", none, "the ratio of the traceidratio samplers") \
    X(I, link_count_limit, "tracing.link_count_limit", 128, 0, 2147483647, "OTEL_SPAN_LINK_COUNT_LIMIT", none, "links per span") \
    X(S, otlp_certificate, "tracing.otlp_certificate", "", 0, 0, "@OTEL_EXPORTER_OTLP_CERTIFICATE", none, "PEM file of the CAs that verify the collector (default: the system's)") \
    X(S, otlp_client_certificate, "tracing.otlp_client_certificate", "", 0, 0, "@OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE", none, "PEM file of this client's certificate, for mutual TLS") \
    X(S, otlp_client_key, "tracing.otlp_client_key", "", 0, 0, "@OTEL_EXPORTER_OTLP_CLIENT_KEY", none, "PEM file of this client's private key, for mutual TLS")

#define TW__CFG_CTYPE_B int
#define TW__CFG_CTYPE_I int
#define TW__CFG_CTYPE_D double
#define TW__CFG_CTYPE_S const char *
#define TW__CFG_FIELD(type, field, key, def, min, max, env, check, doc) TW__CFG_CTYPE_##type field; /* key: doc */
typedef struct tw_config {
    TW_CONFIG_LIST(TW__CFG_FIELD)
} tw_config;

TWTRACE_API tw_config tw_config_default(void);
/* Reads a TaskWeaver project configuration file into cfg (keys it does not set keep their
   values). On error writes "file:line:column: what was expected" into err (if not NULL). Unknown
   tracing.* keys are warned about through the log. */
TWTRACE_API int tw_config_load_file(const char *path, tw_config *cfg, char *err, size_t errlen);
/* The same from a string; `name` is used in messages. */
TWTRACE_API int tw_config_load_string(const char *json, size_t len, const char *name, tw_config *cfg, char *err,
                                      size_t errlen);
/* Applies the OTel environment variables (OTEL_SDK_DISABLED, OTEL_SERVICE_NAME, OTEL_BSP_*, ...). */
TWTRACE_API void tw_config_apply_env(tw_config *cfg);

/* Starts tracing with cfg (environment applied on top). Disabled configs return TW_OK and do nothing. */
TWTRACE_API int tw_init(const tw_config *cfg);
TWTRACE_API int tw_init_from_file(const char *path);
/* Delivers everything recorded so far (spans and metrics) within timeout_ms. TW_OK only when
   nothing was lost since the previous tw_flush (or tw_init); TW_ERR_LOST when spans were dropped or
   an export failed for good meanwhile; TW_ERR_TIMEOUT when the time ran out first. */
TWTRACE_API int tw_flush(int timeout_ms);
/* Ends the calling thread's open spans (exported with twtrace.open_at_shutdown = true), flushes,
   stops the exporter thread and frees everything, all within tracing.shutdown_timeout_ms; a
   collector that refuses connections is not retried. TW_OK only when everything recorded was
   delivered; TW_ERR_LOST or TW_ERR_TIMEOUT otherwise, with one log line saying what was lost and why. */
TWTRACE_API int tw_shutdown(void);
TWTRACE_API int tw_is_enabled(void);

typedef void (*tw_log_fn)(int level, const char *message, void *user);
/* Replaces the log function (default: stderr, "twtrace: warning: ..."); NULL restores it. */
TWTRACE_API void tw_set_log_function(tw_log_fn fn, void *user);

/* --- spans and context --- */
typedef struct tw_span tw_span;
typedef struct tw_context {
    uint8_t trace_id[16];
    uint8_t span_id[8];
    uint8_t flags;  /* W3C trace flags (1 = sampled) */
    uint8_t valid;
} tw_context;

/* OTLP's span kinds (the same numbers): CLIENT for an outgoing call (an LLM request), SERVER for a
   request handled, PRODUCER/CONSUMER for messages, INTERNAL (the default) for the rest. */
typedef enum tw_span_kind {
    TW_SPAN_KIND_INTERNAL = 1,
    TW_SPAN_KIND_SERVER = 2,
    TW_SPAN_KIND_CLIENT = 3,
    TW_SPAN_KIND_PRODUCER = 4,
    TW_SPAN_KIND_CONSUMER = 5
} tw_span_kind;

typedef enum tw_attr_type { TW_ATTR_STRING = 1, TW_ATTR_INT = 2, TW_ATTR_DOUBLE = 3, TW_ATTR_BOOL = 4 } tw_attr_type;
/* An attribute given by value (events, links): TW_ATTR_STR(k, v), TW_ATTR_INT, _DOUBLE, _BOOL. */
typedef struct tw_attr {
    const char *key;
    tw_attr_type type;
    const char *s;
    int64_t i;
    double d;
} tw_attr;

/* A link from a span to another span's context (a batch that joins several requests, a retry of an
   earlier attempt), with attributes. */
typedef struct tw_link {
    tw_context context;
    const tw_attr *attrs;
    size_t n_attrs;
} tw_link;

/* What tw_span_start_with takes; zeroed fields mean the defaults. */
typedef struct tw_span_options {
    tw_span_kind kind;          /* 0: INTERNAL */
    const tw_context *parent;   /* the parent instead of the current span (valid = 0: a new trace) */
    int root;                   /* 1: a new trace, whatever is current */
    const tw_link *links;
    size_t n_links;
} tw_span_options;

/* Starts a span, a child of the current span (or of the attached context, or of TRACEPARENT), and
   makes it current on this thread. NULL when tracing is off. When the sampler (tracing.sampler)
   decides against the span's trace, the span is a non-recording one: it carries the trace's context
   (tw_traceparent writes the flag 00) and makes its children non-recording too, and everything set on
   it is ignored at the cost of a branch. */
TWTRACE_API tw_span *tw_span_start(const char *name);
/* The same with a kind, an explicit parent and links. */
TWTRACE_API tw_span *tw_span_start_with(const char *name, const tw_span_options *options);
/* The same with a kind only (TW_SPAN_KIND_CLIENT for an LLM call). */
TWTRACE_API tw_span *tw_span_start_kind(const char *name, tw_span_kind kind);
/* Ends a span (NULL is a no-op); the span that was current before it becomes current again. Spans
   may end in any order, and on another thread than the one that started them (not while a thread
   still adds to them). */
TWTRACE_API void tw_span_end(tw_span *span);
TWTRACE_API tw_span *tw_current_span(void);
/* The current span's context (valid = 0 if none), to carry to another thread. */
TWTRACE_API tw_context tw_current_context(void);
/* Makes ctx the parent of spans started on this thread while no span of its own is current;
   returns the context it replaces, to restore with another tw_context_attach. */
TWTRACE_API tw_context tw_context_attach(tw_context ctx);
/* W3C traceparent of the current span into buf (56 bytes with NUL); returns 0 or TW_ERR_STATE. */
TWTRACE_API int tw_traceparent(char *buf, size_t size);
/* Parses a W3C traceparent header value into ctx; TW_OK or TW_ERR_ARG. */
TWTRACE_API int tw_parse_traceparent(const char *value, tw_context *ctx);

/* On the current span (no-ops without one). An OK status carries no message (ignored). */
TWTRACE_API void tw_set_span_status(tw_status_code code, const char *message);
TWTRACE_API void tw_set_span_attribute_str(const char *key, const char *value);
TWTRACE_API void tw_set_span_attribute_strn(const char *key, const char *value, size_t len);
TWTRACE_API void tw_set_span_attribute_int(const char *key, int64_t value);
TWTRACE_API void tw_set_span_attribute_double(const char *key, double value);
TWTRACE_API void tw_set_span_attribute_bool(const char *key, int value);
/* Records an "exception" event (exception.type, exception.message, exception.stacktrace; NULLs are
   left out) and, as TaskWeaver does, sets the status to ERROR with the message. */
TWTRACE_API void tw_set_span_exception(const char *type, const char *message, const char *stacktrace);

/* The calls above that a program makes on every span test this flag inline, so that with tracing
   off they cost a load and a branch, not a call. The wrappers are functions, so arguments are
   evaluated exactly once either way; (tw_span_start)(name) calls the function itself. */
#ifdef TWTRACE_STATIC
static int tw__on;
#else
extern int tw__on;
#endif
/* Their lengths are taken here, where a literal's is known when the program is compiled. */
TWTRACE_API tw_span *tw__span_start_n(const char *name, size_t len);
TWTRACE_API void tw__attr_n(int type, const char *key, size_t key_len, const void *value, size_t value_len);
static inline tw_span *tw__span_start_on(const char *name) {
    return tw__on ? tw__span_start_n(name, name ? strlen(name) : 0) : (tw_span *)0;
}
static inline void tw__span_end_on(tw_span *span) { if (span) (tw_span_end)(span); }
static inline void tw__status_on(tw_status_code code, const char *message) { if (tw__on) (tw_set_span_status)(code, message); }
static inline void tw__attr_str_on(const char *key, const char *value) {
    if (tw__on && key) tw__attr_n(1, key, strlen(key), value ? value : "", value ? strlen(value) : 0);
}
static inline void tw__attr_strn_on(const char *key, const char *value, size_t len) {
    if (tw__on && key) tw__attr_n(1, key, strlen(key), value ? value : "", value ? len : 0);
}
static inline void tw__attr_int_on(const char *key, int64_t value) { if (tw__on && key) tw__attr_n(2, key, strlen(key), &value, 8); }
static inline void tw__attr_double_on(const char *key, double value) { if (tw__on && key) tw__attr_n(3, key, strlen(key), &value, 8); }
static inline void tw__attr_bool_on(const char *key, int value) {
    unsigned char v = value ? 1 : 0;
    if (tw__on && key) tw__attr_n(4, key, strlen(key), &v, 1);
}
#define tw_span_start(name) tw__span_start_on(name)
#define tw_span_end(span) tw__span_end_on(span)
#define tw_set_span_status(code, message) tw__status_on(code, message)
#define tw_set_span_attribute_str(key, value) tw__attr_str_on(key, value)
#define tw_set_span_attribute_strn(key, value, len) tw__attr_strn_on(key, value, len)
#define tw_set_span_attribute_int(key, value) tw__attr_int_on(key, value)
#define tw_set_span_attribute_double(key, value) tw__attr_double_on(key, value)
#define tw_set_span_attribute_bool(key, value) tw__attr_bool_on(key, value)

#define TW_ATTR_STR(k, v) tw__attr_make((k), TW_ATTR_STRING, (v), 0, 0.0)
#define TW_ATTR_INT(k, v) tw__attr_make((k), TW_ATTR_INT, NULL, (v), 0.0)
#define TW_ATTR_DOUBLE(k, v) tw__attr_make((k), TW_ATTR_DOUBLE, NULL, 0, (v))
#define TW_ATTR_BOOL(k, v) tw__attr_make((k), TW_ATTR_BOOL, NULL, (v) ? 1 : 0, 0.0)
static inline tw_attr tw__attr_make(const char *k, tw_attr_type t, const char *s, int64_t i, double d) {
    tw_attr a;
    a.key = k, a.type = t, a.s = s, a.i = i, a.d = d;
    return a;
}
/* Adds an event with n attributes to the current span. */
TWTRACE_API void tw_add_span_event(const char *name, const tw_attr *attrs, size_t n);

/* On a given span, as the current-span calls above do on the current one: for a span started with
   tw_span_start and handed to another function or thread (one thread at a time on a span). NULL
   and non-recording spans are ignored. */
TWTRACE_API void tw_span_set_attribute_str(tw_span *span, const char *key, const char *value);
TWTRACE_API void tw_span_set_attribute_strn(tw_span *span, const char *key, const char *value, size_t len);
TWTRACE_API void tw_span_set_attribute_int(tw_span *span, const char *key, int64_t value);
TWTRACE_API void tw_span_set_attribute_double(tw_span *span, const char *key, double value);
TWTRACE_API void tw_span_set_attribute_bool(tw_span *span, const char *key, int value);
TWTRACE_API void tw_span_set_status(tw_span *span, tw_status_code code, const char *message);
TWTRACE_API void tw_span_set_exception(tw_span *span, const char *type, const char *message, const char *stacktrace);
TWTRACE_API void tw_span_add_event(tw_span *span, const char *name, const tw_attr *attrs, size_t n);
/* Adds a link (also possible after the start, as the OTel API allows); beyond
   tracing.link_count_limit links are counted as dropped. */
TWTRACE_API void tw_span_add_link(tw_span *span, tw_context context, const tw_attr *attrs, size_t n);
/* A span's context (valid = 0 for NULL); flags say whether it is sampled. */
TWTRACE_API tw_context tw_span_context(const tw_span *span);
/* Whether the span records (it is not NULL and its trace was sampled). */
TWTRACE_API int tw_span_is_recording(const tw_span *span);

/* --- metrics and tokens --- */
typedef struct tw_counter tw_counter;
/* A monotonic counter, exported as a cumulative sum; the same name returns the same counter. */
TWTRACE_API tw_counter *tw_counter_get(const char *name, const char *unit, const char *description);
/* Adds value (>= 0) to the data point whose attribute attr_key = attr_value (attr_key NULL: none). */
TWTRACE_API void tw_counter_add(tw_counter *counter, int64_t value, const char *attr_key, const char *attr_value);
/* The current total of a data point (for tests and reports), or -1 if it has none. */
TWTRACE_API int64_t tw_counter_value(tw_counter *counter, const char *attr_key, const char *attr_value);
/* Adds to the counter prompt_size (unit 1, attribute direction = "input"/"output"). */
TWTRACE_API void tw_add_prompt_size(int64_t size, const char *direction);
/* Tokens in text with tracing.tokenizer_target_model's encoding (works with tracing off too).
   Negative on error: TW_ERR_NO_TOKENIZER without twtokenize.h, TW_ERR_UNKNOWN_MODEL. */
TWTRACE_API int64_t tw_count_tokens(const char *text, size_t len);

/* Counters with several attributes: the data point of that attribute set (in any order; a key
   given twice takes its last value). tw_counter_add(c, v, k, s) is the one-attribute case. */
TWTRACE_API void tw_counter_add_attrs(tw_counter *counter, int64_t value, const tw_attr *attrs, size_t n);
TWTRACE_API int64_t tw_counter_value_attrs(tw_counter *counter, const tw_attr *attrs, size_t n);

/* Histograms, exported as OTLP explicit-bucket histograms (cumulative): bucket i counts the values
   in (bounds[i-1], bounds[i]], the last one those above every bound. Recording takes no lock: each
   thread counts in cells of its own, which the exporter adds up (a thread's cells are added to the
   totals when it exits). The same name returns the same histogram (its first bounds stay); NULL
   for a NULL name, bounds not increasing, or more than 64 of them. */
typedef struct tw_histogram tw_histogram;
typedef struct tw_histogram_point tw_histogram_point;
TWTRACE_API tw_histogram *tw_histogram_get(const char *name, const char *unit, const char *description, const double *bounds,
                                           size_t n_bounds);
/* Records value (NaN is ignored) in the data point of attrs[0..n): a thread finds the point in a
   cache of its own, so a repeated attribute set costs a hash and a compare, no lock. */
TWTRACE_API void tw_histogram_record(tw_histogram *h, double value, const tw_attr *attrs, size_t n);
/* The data point of an attribute set, to record into without looking it up (the fastest path);
   valid as long as the program runs. NULL past 4,096 points in all (a warning says so, once). */
TWTRACE_API tw_histogram_point *tw_histogram_bind(tw_histogram *h, const tw_attr *attrs, size_t n);
TWTRACE_API void tw_histogram_point_record(tw_histogram_point *point, double value);
/* A point's totals so far, over every thread (for tests and reports): the count, and the bucket
   counts into counts[0..n_counts) (n_bounds + 1 of them). Returns the count. */
TWTRACE_API uint64_t tw_histogram_point_read(tw_histogram_point *point, uint64_t *counts, size_t n_counts, double *sum);

/* The conventions' bucket boundaries: gen_ai.client.token.usage ({token}), and the durations in
   seconds (gen_ai.client.operation.duration, time_to_first_chunk, time_per_output_chunk). */
#define TW_GENAI_TOKEN_BUCKETS 1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864
#define TW_GENAI_DURATION_BUCKETS 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92

/* --- statistics --- */
typedef struct tw_stats {
    uint64_t spans_started, spans_exported, spans_dropped, export_failures;
    uint64_t spans_failed;   /* spans in exports that failed for good (after the exporter's retries) */
    uint64_t spans_open;     /* started and not yet ended */
    uint64_t metric_exports_failed; /* metrics exports that failed for good */
    uint64_t spans_unsampled; /* started as non-recording spans: the sampler left their trace out */
} tw_stats;
TWTRACE_API tw_stats tw_get_stats(void);

/* --- exporters --- */
/* Every exporter, built in (console, file, none) or not (otlp from twotlp_http.h, yours), is a
   tw_exporter made by a factory registered under a name, which tracing.exporter chooses. Its
   functions run on the exporter thread only, one at a time. It takes spans as bytes (OTLP JSON
   request bodies, the same the file and otlp exporters write) or as data (export_spans), or both;
   metrics likewise. A function returns 0 when the data was delivered or given up for good (counted
   nowhere), non-zero when it was lost (counted, and the shutdown report names last_error). */
typedef struct tw_attr_data {
    const char *key;
    size_t key_len;
    tw_attr_type type;
    const char *s; /* TW_ATTR_STRING: s_len bytes, not NUL-terminated */
    size_t s_len;
    int64_t i;     /* TW_ATTR_INT, and TW_ATTR_BOOL (0 or 1) */
    double d;      /* TW_ATTR_DOUBLE */
} tw_attr_data;
typedef struct tw_event_data {
    const char *name;
    size_t name_len;
    uint64_t time_unix_ns;
    const tw_attr_data *attrs;
    size_t n_attrs;
    uint32_t dropped_attrs;
} tw_event_data;
typedef struct tw_link_data {
    tw_context context;
    const tw_attr_data *attrs;
    size_t n_attrs;
    uint32_t dropped_attrs;
} tw_link_data;
/* A finished span as an exporter sees it: valid during the export_spans call. Attributes are each
   key's last value, within tracing.attribute_count_limit, in the order of those last values. */
typedef struct tw_span_data {
    tw_context context;        /* trace id, span id, flags */
    uint8_t parent_span_id[8]; /* zero when has_parent is 0 */
    int has_parent;
    int parent_is_remote;      /* the parent came from elsewhere: TRACEPARENT, tw_span_options.parent */
    tw_span_kind kind;
    const char *name;
    size_t name_len;
    uint64_t start_unix_ns, end_unix_ns;
    tw_status_code status;
    const char *status_message; /* ERROR only; status_message_len bytes */
    size_t status_message_len;
    const tw_attr_data *attrs;
    size_t n_attrs;
    const tw_event_data *events;
    size_t n_events;
    const tw_link_data *links;
    size_t n_links;
    uint32_t dropped_attrs, dropped_events, dropped_links;
} tw_span_data;
/* One data point of a counter (a cumulative monotonic sum) or a histogram (cumulative explicit
   buckets), as export_metric_data sees it. */
typedef enum tw_metric_kind { TW_METRIC_SUM = 0, TW_METRIC_HISTOGRAM = 1 } tw_metric_kind;
typedef struct tw_metric_data {
    const char *name, *unit, *description;
    const char *attr_key, *attr_value; /* the point's first string attribute; NULL: none */
    int64_t value;                     /* TW_METRIC_SUM */
    uint64_t start_unix_ns, time_unix_ns;
    const tw_attr_data *attrs;         /* every attribute of the point, sorted by key */
    size_t n_attrs;
    tw_metric_kind kind;
    uint64_t count;                    /* TW_METRIC_HISTOGRAM: values recorded, their sum, min, max */
    double sum, min, max;
    const double *bounds;              /* n_bounds bounds, n_bounds + 1 bucket counts */
    size_t n_bounds;
    const uint64_t *bucket_counts;
} tw_metric_data;

enum {
    /* the spans of a trace are held until its local root has ended, then given in one call (a
       flush, the shutdown, or more than tracing.max_queue_size held spans give what is held) */
    TW_EXPORTER_WHOLE_TRACES = 1
};

typedef struct tw_exporter {
    void *ctx;
    /* OTLP JSON: an ExportTraceServiceRequest of nspans spans, an ExportMetricsServiceRequest */
    int (*export_traces)(void *ctx, const char *json, size_t len, size_t nspans);
    int (*export_metrics)(void *ctx, const char *json, size_t len);
    void (*shutdown)(void *ctx);
    /* optional: why the last failed export failed (one line), for the shutdown report */
    const char *(*last_error)(void *ctx);
    /* data: the spans of a batch; the data points of every counter */
    int (*export_spans)(void *ctx, const tw_span_data *spans, size_t n);
    int (*export_metric_data)(void *ctx, const tw_metric_data *points, size_t n);
    unsigned flags; /* TW_EXPORTER_WHOLE_TRACES */
} tw_exporter;

/* Makes an exporter for tw_init from the configuration: fills *out, which arrives zeroed but for
   out->ctx, set to the user pointer given at registration. Returns 0, or a non-zero value after
   logging why: TW_ERR_IO makes tw_init fail with TW_ERR_IO (a file that cannot be opened), any other
   with TW_ERR_EXPORTER. */
typedef int (*tw_exporter_factory)(const tw_config *cfg, tw_exporter *out);
/* Registers (or replaces; f NULL removes) the exporter tracing.exporter = name chooses: names of 1 to
   31 characters a-z, 0-9, '_', '-', '.'; at most 32 exporters. Register before loading a
   configuration that names it. TW_OK, TW_ERR_ARG, or TW_ERR_NOMEM when the table is full. */
TWTRACE_API int tw_register_exporter(const char *name, tw_exporter_factory f, void *user);
/* The same as tw_register_exporter("otlp", f, NULL) (twotlp_http.h calls it). */
TWTRACE_API void tw_register_otlp_factory(tw_exporter_factory f);
/* For exporters: a monotonic clock in milliseconds, and the time on it by which an export must give
   up (0 while not shutting down). While tw_shutdown runs an exporter should not retry what cannot
   succeed soon (a refused connection) and should stop retrying at that time. */
TWTRACE_API uint64_t tw_monotonic_ms(void);
TWTRACE_API uint64_t tw_export_give_up_ms(void);
/* The resource's service.name (after OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES), and the
   resource as OTLP JSON ({"attributes":[...]}), for exporters that write their own format. */
TWTRACE_API const char *tw_service_name(void);
TWTRACE_API const char *tw_resource_json(void);
/* Log through the kit's log function (for exporters). */
TWTRACE_API void tw_log(int level, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* --- scope macros --- */
/* TW_SPAN(name); is a declaration, like Tracy's ZoneScopedN or the kernel's guard(): the span
   starts there and ends when the enclosing scope ends, by any way out of it (return, break,
   continue, goto, the end of the block). It never hides a loop, so break, continue and switch mean
   what they mean without it. Writing TW_SPAN("x") { ... } does not compile: put the span inside the
   block instead, { TW_SPAN("x"); ... }. TW_SPAN_FUNC(); is a span named after the function, and
   TW_SPAN_KIND(name, kind); one of a kind (TW_SPAN_KIND_CLIENT for an outgoing call).
   GCC and Clang (the cleanup attribute) or C++ (a destructor). */
#define TW__CAT2(a, b) a##b
#define TW__CAT(a, b) TW__CAT2(a, b)
#if defined(__COUNTER__)
#define TW__UNIQUE(prefix) TW__CAT(prefix, __COUNTER__)
#else
#define TW__UNIQUE(prefix) TW__CAT(prefix, __LINE__)
#endif
#ifdef __cplusplus
}
struct tw__scope {
    tw_span *span;
    explicit tw__scope(tw_span *s) : span(s) {}
    ~tw__scope() { tw_span_end(span); }

  private:
    tw__scope(const tw__scope &);
    tw__scope &operator=(const tw__scope &);
};
#define TW_SPAN(name) tw__scope TW__UNIQUE(tw__scope_)(tw_span_start(name))
#define TW_SPAN_KIND(name, kind) tw__scope TW__UNIQUE(tw__scope_)(tw_span_start_kind(name, kind))
extern "C" {
#elif defined(__GNUC__) || defined(__clang__)
static inline void tw__span_cleanup(tw_span **s) { tw_span_end(*s); }
#define TW_SPAN(name) \
    tw_span *TW__UNIQUE(tw__scope_) __attribute__((cleanup(tw__span_cleanup), unused)) = tw_span_start(name)
#define TW_SPAN_KIND(name, kind) \
    tw_span *TW__UNIQUE(tw__scope_) __attribute__((cleanup(tw__span_cleanup), unused)) = tw_span_start_kind(name, kind)
#endif
#if defined(__cplusplus) || defined(__GNUC__) || defined(__clang__)
#define TW_SPAN_FUNC() TW_SPAN(__func__)
/* the name of 0.1's declaration form; the same as TW_SPAN */
#define TW_SPAN_SCOPE(name) TW_SPAN(name)
#endif

#ifdef __cplusplus
}
#endif
#endif /* TWTRACE_H */

/* ============================================================================================ */
#ifdef TWTRACE_IMPLEMENTATION
#ifndef TWTRACE_IMPLEMENTATION_INCLUDED
#define TWTRACE_IMPLEMENTATION_INCLUDED

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#if !defined(CLOCK_MONOTONIC) || !defined(CLOCK_REALTIME)
#error "twtrace.h: the C library hides POSIX (clock_gettime, CLOCK_MONOTONIC): under -std=c99/-std=c11 include the tw headers before any system header in the implementation file, or build with -D_DEFAULT_SOURCE (or -std=gnu11)"
#endif

#if defined(TW_MALLOC) && defined(TW_REALLOC) && defined(TW_FREE)
#elif !defined(TW_MALLOC) && !defined(TW_REALLOC) && !defined(TW_FREE)
#define TW_MALLOC(n) malloc(n)
#define TW_REALLOC(p, n) realloc(p, n)
#define TW_FREE(p) free(p)
#else
#error "twtrace.h: define all of TW_MALLOC, TW_REALLOC and TW_FREE, or none"
#endif
#ifndef TW_ASSERT
#include <assert.h>
#define TW_ASSERT(x) assert(x)
#endif

/* --- platform --- */
#if defined(__GNUC__) || defined(__clang__)
#define TW__TLS __thread
#define TW__LIKELY(x) __builtin_expect(!!(x), 1)
#define TW__HOT static inline __attribute__((always_inline)) /* the span path: inlined where it is used */
#define TW__UNLIKELY(x) __builtin_expect(!!(x), 0)
#define TW__LOAD(p) __atomic_load_n((p), __ATOMIC_ACQUIRE)
#define TW__STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELEASE)
#define TW__ADD(p, v) __atomic_add_fetch((p), (v), __ATOMIC_RELAXED)
#define TW__CAS(p, e, d) __atomic_compare_exchange_n((p), (e), (d), 1, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)
#else
#error "twtrace.h needs GCC or Clang (thread-local storage and __atomic builtins)"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* --- results and log --- */
TWTRACE_API const char *tw_result_string(int result) {
    switch (result) {
#define TW__CASE(name, value, text) \
    case value: return text;
        TW_RESULT_LIST(TW__CASE)
#undef TW__CASE
    default: return "unknown result";
    }
}

static void tw__log_stderr(int level, const char *msg, void *user) {
    static const char *names[] = {"debug", "info", "warning", "error"};
    (void)user;
    fprintf(stderr, "twtrace: %s: %s\n", names[level < 0 || level > 3 ? 3 : level], msg);
}
static struct {
    tw_log_fn fn;
    void *user;
} tw__logger = {tw__log_stderr, NULL};

TWTRACE_API void tw_set_log_function(tw_log_fn fn, void *user) {
    tw__logger.fn = fn ? fn : tw__log_stderr;
    tw__logger.user = fn ? user : NULL;
}

TWTRACE_API void tw_log(int level, const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    tw__logger.fn(level, buf, tw__logger.user);
}

/* --- time and ids --- */
static uint64_t tw__now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}
static uint64_t tw__mono_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000ull + (uint64_t)ts.tv_nsec / 1000000ull;
}

static uint64_t tw__mono_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* --- clock --- */
/* Span and event times are taken as ticks: the CPU's time-stamp counter where the kernel itself uses
   it as its clock source (x86-64 Linux, clocksource "tsc": invariant and synchronized across cores),
   which reads in about 9 ns where clock_gettime takes about 21; elsewhere ticks are clock_gettime
   nanoseconds. The exporter turns ticks into Unix nanoseconds through calibration epochs: an epoch
   starts at a tick, maps it to a time on CLOCK_MONOTONIC (shifted to the Unix time read at init) and
   carries the rate measured over the previous epoch. Epochs are never changed once published, so a
   tick always converts to the same time, and times never run backwards across an epoch boundary.
   They start 10 ms, 100 ms, 1 s, 10 s after init and every 60 s after that, so that the rate follows
   NTP's adjustments of the monotonic clock. */
#if (defined(__x86_64__) || defined(__i386__)) && defined(__linux__)
#define TW__HAVE_TSC 1
#else
#define TW__HAVE_TSC 0
#endif
#define TW__EPOCHS 64
typedef struct tw__epoch {
    uint64_t tick, ns;     /* the epoch's first tick, and its Unix time */
    uint64_t mono;         /* CLOCK_MONOTONIC when it was taken */
    double ns_per_tick;
} tw__epoch;
static struct {
    int tsc;               /* ticks are TSC cycles (else nanoseconds) */
    int rated;             /* epoch 0 has its rate */
    int64_t real_minus_mono;
    unsigned n;            /* epochs published; epoch i is at ep[i % TW__EPOCHS] */
    uint64_t next_mono;    /* when the next epoch is due */
    uint64_t interval;
    pthread_mutex_t mu;    /* one calibrator at a time */
    tw__epoch ep[TW__EPOCHS];
} tw__clk = {0, 0, 0, 0, 0, 0, PTHREAD_MUTEX_INITIALIZER, {{0, 0, 0, 0}}};

static uint64_t tw__ticks(void) {
#if TW__HAVE_TSC
    if (TW__LIKELY(tw__clk.tsc)) return (uint64_t)__builtin_ia32_rdtsc();
#endif
    return tw__now_ns();
}

static int tw__kernel_uses_tsc(void) {
    char buf[32] = "";
    ssize_t n;
    int fd = open("/sys/devices/system/clocksource/clocksource0/current_clocksource", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    n = read(fd, buf, sizeof buf - 1);
    close(fd);
    return n >= 3 && memcmp(buf, "tsc", 3) == 0 && (n == 3 || buf[3] == '\n');
}

/* At init (no span is open): choose the tick source and open epoch 0. */
static void tw__clock_init(int allow_tsc) {
    pthread_mutex_lock(&tw__clk.mu);
    tw__clk.tsc = TW__HAVE_TSC && allow_tsc && tw__kernel_uses_tsc();
    tw__clk.real_minus_mono = (int64_t)(tw__now_ns() - tw__mono_ns());
    tw__clk.ep[0].mono = tw__mono_ns();
    tw__clk.ep[0].tick = tw__ticks();
    tw__clk.ep[0].ns = (uint64_t)((int64_t)tw__clk.ep[0].mono + tw__clk.real_minus_mono);
    tw__clk.ep[0].ns_per_tick = 1.0;
    tw__clk.rated = !tw__clk.tsc;
    tw__clk.interval = 10000000ull;
    tw__clk.next_mono = tw__clk.ep[0].mono + tw__clk.interval;
    TW__STORE(&tw__clk.n, 1u);
    pthread_mutex_unlock(&tw__clk.mu);
}

static uint64_t tw__epoch_ns(const tw__epoch *e, uint64_t tick) {
    double d = tick >= e->tick ? (double)(tick - e->tick) : -(double)(e->tick - tick);
    return (uint64_t)((double)e->ns + d * e->ns_per_tick);
}

/* Called by the thread that serializes, before it converts: rates epoch 0 (waiting until 1 ms after
   init so that the rate is good to about 1e-5) and opens the epochs that are due. */
static void tw__clock_calibrate(void) {
    uint64_t mono, tick;
    if (!tw__clk.tsc) return;
    pthread_mutex_lock(&tw__clk.mu);
    mono = tw__mono_ns();
    if (!tw__clk.rated) {
        tw__epoch *e = &tw__clk.ep[0];
        while (mono - e->mono < 1000000ull) {
            struct timespec ts = {0, 0};
            ts.tv_nsec = (long)(1000000ull - (mono - e->mono));
            nanosleep(&ts, NULL);
            mono = tw__mono_ns();
        }
        tick = tw__ticks();
        if (tick > e->tick) e->ns_per_tick = (double)(mono - e->mono) / (double)(tick - e->tick);
        tw__clk.rated = 1;
    }
    if (mono >= tw__clk.next_mono) {
        unsigned n = tw__clk.n;
        const tw__epoch *last = &tw__clk.ep[(n - 1) % TW__EPOCHS];
        tw__epoch e;
        tick = tw__ticks();
        mono = tw__mono_ns();
        e.tick = tick, e.mono = mono;
        e.ns_per_tick = tick > last->tick ? (double)(mono - last->mono) / (double)(tick - last->tick) : last->ns_per_tick;
        e.ns = (uint64_t)((int64_t)mono + tw__clk.real_minus_mono);
        if (e.ns < tw__epoch_ns(last, tick)) e.ns = tw__epoch_ns(last, tick); /* never backwards */
        tw__clk.ep[n % TW__EPOCHS] = e;
        TW__STORE(&tw__clk.n, n + 1);
        if (tw__clk.interval < 60000000000ull) tw__clk.interval *= 10;
        if (tw__clk.interval > 60000000000ull) tw__clk.interval = 60000000000ull;
        tw__clk.next_mono = mono + tw__clk.interval;
    }
    pthread_mutex_unlock(&tw__clk.mu);
}

/* Milliseconds until the next epoch is due (for the exporter's wait), or -1 if none is. */
static int64_t tw__clock_due_ms(void) {
    uint64_t mono;
    if (!tw__clk.tsc) return -1;
    mono = tw__mono_ns();
    return tw__clk.next_mono > mono ? (int64_t)((tw__clk.next_mono - mono) / 1000000ull) + 1 : 0;
}

/* Unix nanoseconds of a tick. */
static uint64_t tw__ticks_to_ns(uint64_t tick) {
    unsigned n, i, lo;
    if (!tw__clk.tsc) return tick;
    n = TW__LOAD(&tw__clk.n);
    lo = n > TW__EPOCHS ? n - TW__EPOCHS : 0;
    for (i = n; i-- > lo + 1;)
        if (tick >= tw__clk.ep[i % TW__EPOCHS].tick) break;
    return tw__epoch_ns(&tw__clk.ep[i % TW__EPOCHS], tick);
}

static struct {
    uint64_t fork_generation; /* bumped in a forked child, so threads reseed */
    uint64_t thread_serial;   /* numbers the threads */
} tw__ids;

typedef struct tw__rng {
    uint64_t s[2];
    uint64_t generation;
    int seeded;
} tw__rng;

static uint64_t tw__splitmix(uint64_t *x) {
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static void tw__rng_seed(tw__rng *r) {
    uint64_t seed[2] = {0, 0}, x;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        if (read(fd, seed, sizeof seed) != (ssize_t)sizeof seed) seed[0] = seed[1] = 0;
        close(fd);
    }
    /* mixed with time, pid and the thread's address in case urandom is missing */
    x = seed[0] ^ tw__now_ns() ^ ((uint64_t)getpid() << 32) ^ (uint64_t)(uintptr_t)r;
    r->s[0] = tw__splitmix(&x);
    x ^= seed[1];
    r->s[1] = tw__splitmix(&x) | 1;
    r->generation = TW__LOAD(&tw__ids.fork_generation);
    r->seeded = 1;
}

static uint64_t tw__rng_next(tw__rng *r) { /* xorshift128+ */
    uint64_t a = r->s[0], b = r->s[1];
    r->s[0] = b;
    a ^= a << 23;
    r->s[1] = a ^ b ^ (a >> 17) ^ (b >> 26);
    return r->s[1] + b;
}

static uint64_t tw__rng_nonzero(tw__rng *r) {
    uint64_t v;
    do v = tw__rng_next(r);
    while (v == 0);
    return v;
}

/* --- span objects and rings: the types --- */
/* A span's attributes and events are records in one byte buffer (inline first, heap when large):
   [u8 kind][u32 key length][key][value], kind | TW__IN_EVENT for the attributes of the last event,
   kind | TW__IN_LINK for those of the last link. An event's key is its name and its value its tick; a
   link's key is the linked context (16 + 8 + 1 bytes) and it has no value; a status record's key is
   the status message. */
enum {
    TW__REC_STR = 1, TW__REC_INT = 2, TW__REC_DOUBLE = 3, TW__REC_BOOL = 4, TW__REC_EVENT = 5, TW__REC_STATUS = 6, TW__REC_LINK = 7,
    TW__IN_EVENT = 0x80, TW__IN_LINK = 0x40, TW__IN_ANY = 0xC0
};
#define TW__REC_BASE(kind) ((kind) & 0x3F)
#define TW__INLINE_BYTES 400

/* A span object. The fields up to buf are the span's header: tw_span_end copies them as they are,
   followed by the records, into the thread's ring (below). */
struct tw_span {
    uint8_t trace_id[16];
    uint8_t span_id[8];
    uint8_t parent_id[8];
    uint64_t start_tick, end_tick; /* see the clock section */
    uint32_t name_len;          /* the name is the first bytes of buf, records follow */
    uint32_t len;
    uint32_t n_attrs, n_events, dropped_attrs, dropped_events, dropped_links;
    uint8_t has_parent;         /* 0, 1, or TW__PARENT_REMOTE: a context from elsewhere (TRACEPARENT,
                                   tw_span_options.parent) rather than a span of this process */
    uint8_t flags, status, kind; /* flags: W3C trace flags; bit 0 clear: not recording */
    char *buf;                  /* records: inline_buf or heap */
    /* the header ends here (80 bytes: every byte of it is written to a ring for every span) */
    uint32_t cap;
    uint32_t n_status, n_links; /* seen by the owner only (the exporter has the records) */
    uint8_t ended;              /* TW__ENDED_ELSEWHERE, TW__OWNER_GONE or TW__ENDED_AT_SHUTDOWN (atomic), else 0 */
    uint8_t inherited;          /* in a fork child: a span the parent process owns (it exports it), which
                                   is the parent of the child's spans but is not exported here */
    uint64_t owner;             /* tw__t.id of the thread that started it */
    tw_span *prev_current;      /* current span before this one started (on the owner thread) */
    tw_span *next_free;         /* in a free list */
    char inline_buf[TW__INLINE_BYTES];
};
#define TW__HDR_BYTES offsetof(struct tw_span, buf)
#define TW__PARENT_REMOTE 2
/* A span is current on the thread that started it (its owner) until it ends. Ended by another
   thread, it is recorded there and marked TW__ENDED_ELSEWHERE; the owner takes it off its chain of
   current spans at its next call and reuses it. If the owner has exited (TW__OWNER_GONE), the
   thread that ends it frees it. */
enum { TW__ENDED_ELSEWHERE = 1, TW__OWNER_GONE = 2, TW__ENDED_AT_SHUTDOWN = 3 };

/* Each thread that ends spans owns a ring: a single-producer, single-consumer ring of bytes in which
   tw_span_end writes a finished span as one record, [u32 size][u32 kind][header][records] (kind 1:
   the records are on the heap and the record holds the pointer, which passes to the exporter), and
   which the exporter thread reads. Nothing on that path is shared with another application thread,
   and the span object itself goes back to the thread's own free list: the memory that crosses
   cores is the ring, written in sequence. A ring holds at most tracing.max_queue_size spans: the
   queue bound is per thread. */
#define TW__COPY_MAX 16384      /* larger records hand their buffer over instead of being copied */
#define TW__HAND_SIZE (8 + TW__HDR_BYTES + 8) /* a handed-over record */
#define TW__SKIP 0xFFFFFFFFu    /* size of a marker: the rest of the ring is unused, go to its start */
#define TW__REC_BYTES(kind, len) ((8 + TW__HDR_BYTES + ((kind) ? sizeof(char *) : (uint64_t)(len)) + 7) & ~(uint64_t)7)
/* never smaller than a handed-over record, so that the room reserved below always suffices */
#define TW__REC_SIZE(kind, len) (TW__REC_BYTES(kind, len) < TW__HAND_SIZE ? (uint64_t)TW__HAND_SIZE : TW__REC_BYTES(kind, len))
typedef struct tw__ring {
    /* written by the owner thread */
    uint64_t head;              /* bytes published (release) */
    uint64_t nhead;             /* records published */
    uint64_t tail_seen;         /* the owner's copies of tail and ntail */
    uint64_t ntail_seen;
    uint64_t wake_mark;         /* at this nhead, look whether a batch is waiting */
    uint64_t started, dropped;  /* spans started on this thread; dropped at this ring */
    uint64_t unsampled;         /* non-recording spans started on this thread */
    char pad0[64];
    /* written by the exporter thread */
    uint64_t tail, ntail;       /* bytes and records consumed */
    char pad1[64];
    /* set up by the owner for a generation of tw_init, read by both */
    char *buf;
    uint64_t mask, max_recs;
    uint64_t gen;               /* the tw__g.gen it is set up for (release) */
    int dead;                   /* the owner thread has exited (release) */
    struct tw__ring *next;       /* the registry, under tw__reg.mu */
} tw__ring;

/* --- global state --- */
typedef struct tw__dp { /* a counter data point */
    tw_attr_data *attrs; /* sorted by key; the strings are owned (one allocation with the array) */
    size_t n_attrs;
    uint64_t hash;
    char *attr_key, *attr_value; /* the first string attribute (0.3's single attribute) */
    int64_t value;
} tw__dp;

struct tw_counter {
    char *name, *unit, *description;
    tw__dp *points;
    size_t n, cap;
    uint64_t start_ns;
    tw_counter *next;
};

typedef struct tw__state {
    /* read on the span path, written only by tw_init and tw_shutdown */
    int enabled;                /* read on every call: the only cost when off */
    int initialized;
    uint64_t gen;               /* counts the tw_init calls that enabled tracing; rings follow it */
    int sample_root;            /* TW__ROOT_ON, _OFF, _RATIO: the sampler's decision for a root */
    int sample_parent_based;    /* a span with a parent takes the parent's sampled flag */
    uint64_t sample_threshold;  /* the ratio sampler's T */
    tw_context remote_parent;   /* from TRACEPARENT */
    tw_config cfg;
    char *strings;              /* copies of the config strings */
    /* written while spans are recorded (by the exporter thread, a thread's exit): kept off the
       lines above, which every application thread reads for every span */
    char pad[64];
    uint64_t started_base;      /* spans started on threads whose rings are gone (this generation) */
    uint64_t ended_base;        /* and spans recorded in those rings */
    uint64_t unsampled_base;    /* and their non-recording spans */
    uint64_t loss_mark;         /* losses already reported by tw_flush */
    uint64_t give_up_ms;        /* set by tw_shutdown: exporters stop retrying at this monotonic time */
    size_t ser_cap;             /* the serializer cuts string values to this (0: no cut) */
    pthread_t thread;
    int thread_running;
    pthread_mutex_t mu;         /* guards what follows, the counters, and the condition variables */
    pthread_cond_t wake, done;
    int stop;
    int metrics_dirty;          /* a counter changed since the last metrics export */
    int pending_release;        /* and tw__release to the next tw_init */
    int exporter_exited;        /* the exporter thread has left its loop (under mu; signalled on done) */
    uint64_t flush_requested, flush_completed;
    uint64_t last_metric_ms;
    tw_counter *counters;
    tw_exporter exporter;
    int has_exporter;
    char *resource_json;        /* {"attributes":[...]} */
    char service[256];          /* the resource's service.name */
    tw_stats stats;
    const void *tokenizer;      /* const twtok_encoding * for tracing.tokenizer_target_model, or NULL */
    FILE *file;
    int atexit_registered, atfork_registered;
} tw__state;

static tw__state tw__g;
/* the rings of the threads that have ended spans; an application thread takes the lock only to add
   its own, the exporter to read them and to free those of threads that have exited */
static struct {
    pthread_mutex_t mu;
    tw__ring *rings;
} tw__reg = {PTHREAD_MUTEX_INITIALIZER, NULL};
#ifndef TWTRACE_STATIC
int tw__on;
#endif
static pthread_mutex_t tw__init_mu = PTHREAD_MUTEX_INITIALIZER;
/* What each thread keeps: its current span and context, its id generator, its ring, its number,
   and its span objects ready for reuse. */
typedef struct tw__thread {
    tw_span *current;
    tw_context ctx;      /* attached with tw_context_attach */
    tw__rng rng;
    tw__ring *ring;
    uint64_t id;         /* from tw__ids.thread_serial */
    tw_span *free;
    unsigned nfree;
} tw__thread;
static TW__TLS tw__thread tw__t;
#define TW__FREE_MAX 64

TWTRACE_API uint64_t tw_monotonic_ms(void) { return tw__mono_ms(); }
TWTRACE_API uint64_t tw_export_give_up_ms(void) { return TW__LOAD(&tw__g.give_up_ms); }
TWTRACE_API int tw_is_enabled(void) { return tw__g.enabled; }

#define TW__RLOAD(p) __atomic_load_n((p), __ATOMIC_RELAXED)
#define TW__RSTORE(p, v) __atomic_store_n((p), (v), __ATOMIC_RELAXED)

TWTRACE_API tw_stats tw_get_stats(void) {
    tw_stats s;
    tw__ring *lg;
    uint64_t ended;
    uint64_t gen = TW__LOAD(&tw__g.gen);
    s.spans_started = TW__RLOAD(&tw__g.started_base);
    s.spans_exported = TW__LOAD(&tw__g.stats.spans_exported);
    s.spans_dropped = TW__LOAD(&tw__g.stats.spans_dropped);
    s.export_failures = TW__LOAD(&tw__g.stats.export_failures);
    s.spans_failed = TW__LOAD(&tw__g.stats.spans_failed);
    s.metric_exports_failed = TW__LOAD(&tw__g.stats.metric_exports_failed);
    s.spans_unsampled = TW__RLOAD(&tw__g.unsampled_base);
    ended = TW__RLOAD(&tw__g.ended_base);
    pthread_mutex_lock(&tw__reg.mu);
    for (lg = tw__reg.rings; lg; lg = lg->next) {
        if (TW__LOAD(&lg->gen) != gen) continue; /* not yet set up for this generation: its counts are old */
        s.spans_started += TW__RLOAD(&lg->started);
        s.spans_dropped += TW__RLOAD(&lg->dropped);
        s.spans_unsampled += TW__RLOAD(&lg->unsampled);
        ended += TW__RLOAD(&lg->nhead);
    }
    pthread_mutex_unlock(&tw__reg.mu);
    /* every span started is open, recorded in a ring, or dropped (each counted where it happened) */
    ended += s.spans_dropped;
    s.spans_open = s.spans_started > ended ? s.spans_started - ended : 0;
    return s;
}

/* --- text: hex, UTF-8, the JSON writer (OTLP/JSON) --- */
static int tw__hexdig(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}


typedef struct tw__buf {
    char *p;
    size_t n, cap;
    int oom;
} tw__buf;

static void tw__buf_reserve(tw__buf *b, size_t extra) {
    if (b->oom || b->n + extra <= b->cap) return;
    {
        size_t nc = b->cap ? b->cap : 4096;
        char *np;
        while (nc < b->n + extra) nc *= 2;
        np = (char *)TW_REALLOC(b->p, nc);
        if (!np) {
            b->oom = 1;
            return;
        }
        b->p = np, b->cap = nc;
    }
}
static void tw__put(tw__buf *b, const char *s, size_t n) {
    tw__buf_reserve(b, n + 1);
    if (b->oom) return;
    memcpy(b->p + b->n, s, n);
    b->n += n;
}
static void tw__puts(tw__buf *b, const char *s) { tw__put(b, s, strlen(s)); }
static void tw__putc(tw__buf *b, char c) {
    if (TW__LIKELY(b->n + 2 <= b->cap)) b->p[b->n++] = c;
    else tw__put(b, &c, 1);
}
static void tw__putu64(tw__buf *b, uint64_t v) {
    char t[24];
    size_t i = sizeof t;
    do t[--i] = (char)('0' + v % 10), v /= 10;
    while (v);
    tw__put(b, t + i, sizeof t - i);
}
static void tw__puti64(tw__buf *b, int64_t v) {
    if (v < 0) {
        tw__putc(b, '-');
        tw__putu64(b, (uint64_t)0 - (uint64_t)v);
    } else {
        tw__putu64(b, (uint64_t)v);
    }
}

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0 if the byte starts none. */
static size_t tw__utf8_len(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;
        if (c == 0xED && s[1] >= 0xA0) return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0;
        if (c == 0xF4 && s[1] >= 0x90) return 0;
        return 4;
    }
    return 0;
}

/* A JSON string of any bytes: escapes as JSON requires; invalid UTF-8 becomes U+FFFD. */
static void tw__put_jstr(tw__buf *b, const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s, *e = p + n, *run = p;
    tw__buf_reserve(b, n + 2);
    tw__putc(b, '"');
    while (p < e) {
        unsigned c = *p;
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            p++;
            continue;
        }
        if (c >= 0x80) {
            size_t l = tw__utf8_len(p, (size_t)(e - p));
            if (l) {
                p += l;
                continue;
            }
        }
        tw__put(b, (const char *)run, (size_t)(p - run));
        if (c >= 0x80) tw__puts(b, "\xEF\xBF\xBD");
        else if (c == '"') tw__puts(b, "\\\"");
        else if (c == '\\') tw__puts(b, "\\\\");
        else if (c == '\n') tw__puts(b, "\\n");
        else if (c == '\r') tw__puts(b, "\\r");
        else if (c == '\t') tw__puts(b, "\\t");
        else {
            char t[8];
            snprintf(t, sizeof t, "\\u%04x", c);
            tw__puts(b, t);
        }
        run = ++p;
    }
    tw__put(b, (const char *)run, (size_t)(p - run));
    tw__putc(b, '"');
}

static void tw__put_hex(tw__buf *b, const uint8_t *id, size_t n) {
    static const char hx[] = "0123456789abcdef";
    char t[34];
    size_t i;
    t[0] = '"';
    for (i = 0; i < n && i < 16; i++) t[1 + 2 * i] = hx[id[i] >> 4], t[2 + 2 * i] = hx[id[i] & 15];
    t[1 + 2 * i] = '"';
    tw__put(b, t, 2 + 2 * i);
}

static void tw__put_double(tw__buf *b, double d) {
    char t[40];
    if (d != d) tw__puts(b, "\"NaN\"");
    else if (d > 1.7976931348623157e308) tw__puts(b, "\"Infinity\"");
    else if (d < -1.7976931348623157e308) tw__puts(b, "\"-Infinity\"");
    else {
        snprintf(t, sizeof t, "%.17g", d);
        tw__puts(b, t);
    }
}

/* {"key":"k","value":{"stringValue":"v"}} */
static void tw__put_kv_str(tw__buf *b, const char *k, size_t kl, const char *v, size_t vl) {
    tw__puts(b, "{\"key\":");
    tw__put_jstr(b, k, kl);
    tw__puts(b, ",\"value\":{\"stringValue\":");
    tw__put_jstr(b, v, vl);
    tw__puts(b, "}}");
}

/* --- span records --- */
static int tw__span_grow(tw_span *s, size_t extra) {
    size_t need = (size_t)s->len + extra, nc;
    char *nb;
    if (need <= s->cap) return 1;
    if (need > 0x7FFFFFFFu) return 0;
    /* double for small steps; a large value gets what it needs plus room for a few records (a
       doubled 100 KB prompt would cross malloc's mmap threshold and fault in fresh pages) */
    nc = s->cap * 2;
    if (nc < need) nc = need + 512;
    if (nc > 0x7FFFFFFFu) nc = 0x7FFFFFFFu;
    if (s->buf == s->inline_buf) {
        nb = (char *)TW_MALLOC(nc);
        if (nb) memcpy(nb, s->buf, s->len);
    } else {
        nb = (char *)TW_REALLOC(s->buf, nc);
    }
    if (!nb) return 0;
    s->buf = nb, s->cap = (uint32_t)nc;
    return 1;
}

static void tw__span_put(tw_span *s, const void *p, size_t n) {
    memcpy(s->buf + s->len, p, n);
    s->len += (uint32_t)n;
}

/* Truncates a value to the configured length limit at a UTF-8 character boundary. */
/* Truncates a value to the configured length limit at a UTF-8 character boundary, and in any case
   to tracing.max_request_bytes, which no export body can exceed (a 1 GB prompt is cut here, once,
   with a message, instead of being copied whole and cut at export). */
static struct {
    int cut;       /* a value was cut to max_request_bytes (once a tw_init) */
    int tokenizer; /* the tokenizer's problem (by tw_init or the first tw_count_tokens) */
} tw__said;
static size_t tw__limit_cut(const char *v, size_t n, size_t cap);
TW__HOT size_t tw__limit_len(const char *v, size_t n) {
    int lim = tw__g.cfg.attribute_value_length_limit;
    size_t cap = (size_t)tw__g.cfg.max_request_bytes;
    if (lim >= 0 && (size_t)lim < cap) cap = (size_t)lim;
    return TW__LIKELY(n <= cap) ? n : tw__limit_cut(v, n, cap);
}
static size_t tw__limit_cut(const char *v, size_t n, size_t cap) {
    if (cap == (size_t)tw__g.cfg.max_request_bytes && !__atomic_exchange_n(&tw__said.cut, 1, __ATOMIC_RELAXED))
        tw_log(TW_LOG_WARN, "a value of %zu bytes was cut to tracing.max_request_bytes (%zu), the largest export body (said once)", n, cap);
    n = cap;
    while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80) n--;
    return n;
}

/* memcpy for the short keys, names and values of most records, without a call */
static inline void tw__copy(char *d, const char *s, size_t n) {
    uint64_t a, b;
    if (n >= 8 && n <= 16) {
        memcpy(&a, s, 8), memcpy(&b, s + n - 8, 8);
        memcpy(d, &a, 8), memcpy(d + n - 8, &b, 8);
    } else if (n > 16) {
        memcpy(d, s, n);
    } else if (n >= 4) {
        uint32_t x, y;
        memcpy(&x, s, 4), memcpy(&y, s + n - 4, 4);
        memcpy(d, &x, 4), memcpy(d + n - 4, &y, 4);
    } else if (n) {
        d[0] = s[0], d[n / 2] = s[n / 2], d[n - 1] = s[n - 1];
    }
}

/* Appends a record; TW__IN_EVENT in kind marks attributes of the last event. */
TW__HOT void tw__span_record_n(tw_span *s, int kind, const char *key, size_t kl, const void *val, size_t vlen) {
    uint32_t k32 = (uint32_t)kl, v32 = (uint32_t)vlen;
    char *p;
    if (TW__UNLIKELY((size_t)s->len + 1 + 4 + kl + 4 + vlen > s->cap) && !tw__span_grow(s, 1 + 4 + kl + 4 + vlen)) {
        s->dropped_attrs++;
        return;
    }
    p = s->buf + s->len;
    *p++ = (char)kind;
    memcpy(p, &k32, 4), p += 4;
    tw__copy(p, key, kl), p += kl;
    if (TW__REC_BASE(kind) == TW__REC_STR || TW__REC_BASE(kind) == TW__REC_EVENT) memcpy(p, &v32, 4), p += 4;
    tw__copy(p, (const char *)val, vlen), p += vlen;
    s->len = (uint32_t)(p - s->buf);
}
static void tw__span_record(tw_span *s, int kind, const char *key, const void *val, size_t vlen) {
    tw__span_record_n(s, kind, key, key ? strlen(key) : 0, val, vlen);
}

static tw_span *tw__span_new(void) {
    tw_span *s = (tw_span *)TW_MALLOC(sizeof(tw_span));
    if (!s) return NULL;
    s->buf = s->inline_buf;
    s->cap = TW__INLINE_BYTES;
    s->ended = 0;
    s->inherited = 0;
    return s;
}

static void tw__span_destroy(tw_span *s) {
    if (s->buf != s->inline_buf) TW_FREE(s->buf);
    TW_FREE(s);
}

/* Back on this thread's free list, most recent first, so that the next span reuses lines this core
   has just written. A span keeps a record buffer up to twice TW__COPY_MAX (larger ones were handed
   to the exporter with the record). */
TW__HOT void tw__span_recycle(tw_span *s) {
    if (TW__UNLIKELY(s->buf != s->inline_buf && s->cap > 2 * TW__COPY_MAX)) {
        TW_FREE(s->buf);
        s->buf = s->inline_buf;
        s->cap = TW__INLINE_BYTES;
    }
    if (TW__LIKELY(tw__t.nfree < TW__FREE_MAX)) {
        s->next_free = tw__t.free;
        tw__t.free = s;
        tw__t.nfree++;
    } else {
        tw__span_destroy(s);
    }
}

/* This thread's current span, after taking off the chain the spans that other threads ended. */
static tw_span *tw__current_slow(tw_span *c) {
    while (c && TW__LOAD(&c->ended) == TW__ENDED_ELSEWHERE) {
        tw_span *prev = c->prev_current;
        c->ended = 0;
        tw__span_recycle(c);
        c = prev;
    }
    tw__t.current = c;
    return c;
}
static inline tw_span *tw__current(void) {
    tw_span *c = tw__t.current;
    if (TW__UNLIKELY(c && TW__RLOAD(&c->ended))) c = tw__current_slow(c);
    return c;
}

/* The exporter thread's own span objects: a batch is copied out of the rings into them (the
   serializer and the console exporter read these). Exporter thread only, or no exporter running. */
static struct {
    tw_span *free;
    size_t n;
} tw__xpool;
#define TW__X_KEEP_BUF 65536

static tw_span *tw__xspan_get(void) {
    tw_span *s = tw__xpool.free;
    if (!s) return tw__span_new();
    tw__xpool.free = s->next_free, tw__xpool.n--;
    return s;
}

static void tw__span_free(tw_span *s) {
    if (s->buf != s->inline_buf && s->cap > TW__X_KEEP_BUF) {
        TW_FREE(s->buf);
        s->buf = s->inline_buf;
        s->cap = TW__INLINE_BYTES;
    }
    if (tw__xpool.n < 4096) s->next_free = tw__xpool.free, tw__xpool.free = s, tw__xpool.n++;
    else tw__span_destroy(s);
}

static void tw__xpool_clear(void) {
    tw_span *s;
    while ((s = tw__xpool.free) != NULL) tw__xpool.free = s->next_free, tw__span_destroy(s);
    tw__xpool.n = 0;
}

/* --- per-thread rings --- */
static struct {
    pthread_key_t key;  /* its destructor runs tw__thread_exit */
    int ok;
} tw__tkey;
static pthread_once_t tw__tkey_once = PTHREAD_ONCE_INIT;

/* At a thread's exit: its free spans are freed, and its ring is left to the exporter, which frees it
   once it has read what is in it. */
static void tw__thread_exit(void *arg) {
    tw__ring *lg = (tw__ring *)arg;
    tw_span *s;
    for (s = tw__t.current; s;) { /* spans still open: whoever ends them frees them */
        tw_span *prev = s->prev_current;
        if (__atomic_exchange_n(&s->ended, (uint8_t)TW__OWNER_GONE, __ATOMIC_ACQ_REL) == TW__ENDED_ELSEWHERE) tw__span_destroy(s);
        s = prev;
    }
    tw__t.current = NULL;
    while ((s = tw__t.free) != NULL) tw__t.free = s->next_free, tw__span_destroy(s);
    tw__t.nfree = 0;
    if (lg == tw__t.ring) tw__t.ring = NULL;
    if (lg) TW__STORE(&lg->dead, 1); /* the exporter may free it from here on */
}
static void tw__make_key(void) { tw__tkey.ok = pthread_key_create(&tw__tkey.key, tw__thread_exit) == 0; }

/* Consumer side: whether the record at t (size and kind read from it) fits what was published up to
   h. A record that does not is a bug of this file; the consumer then reports it and skips the
   rest of the ring instead of reading stale bytes. */
static int tw__rec_ok(const tw__ring *lg, uint64_t t, uint64_t h, const uint32_t pre[2]) {
    uint64_t room = lg->mask + 1 - (t & lg->mask);
    if (pre[0] == TW__SKIP) return 1;
    if (pre[0] < 8 + TW__HDR_BYTES || (pre[0] & 7) || pre[0] > room || pre[0] > h - t || pre[1] > 1) {
        tw_log(TW_LOG_ERROR, "twtrace: a corrupt record in a thread's span log (size %u at offset %llu of %llu published); "
                             "the rest of that ring is discarded",
               pre[0], (unsigned long long)t, (unsigned long long)h);
        return 0;
    }
    return 1;
}

/* Consumer side: the record at *t, past a wrap marker, with its size and kind in pre; NULL at h,
   or at a corrupt record (then *t is h). */
static const char *tw__ring_next(const tw__ring *lg, uint64_t *t, uint64_t h, uint32_t pre[2]) {
    while (*t != h) {
        const char *p = lg->buf + (*t & lg->mask);
        memcpy(pre, p, 8);
        if (!tw__rec_ok(lg, *t, h, pre)) {
            *t = h;
            return NULL;
        }
        if (pre[0] != TW__SKIP) return p;
        TW_ASSERT((*t & lg->mask) != 0); /* a skip marker is never at a ring's start */
        *t += lg->mask + 1 - (*t & lg->mask);
    }
    return NULL;
}

/* Consumer side: empties a ring, freeing the buffers that records handed over. Only the ring's
   consumer calls it: the exporter thread, or anyone while no exporter runs. */
static void tw__ring_discard(tw__ring *lg) {
    uint64_t t = lg->tail, h = TW__LOAD(&lg->head), nt = lg->ntail;
    uint32_t pre[2];
    const char *p;
    if (!lg->buf) return;
    while ((p = tw__ring_next(lg, &t, h, pre)) != NULL) {
        if (pre[1]) {
            char *heap;
            memcpy(&heap, p + 8 + TW__HDR_BYTES, sizeof heap);
            TW_FREE(heap);
        }
        t += pre[0], nt++;
    }
    TW__RSTORE(&lg->ntail, nt);
    TW__STORE(&lg->tail, h);
}

/* Owner side: sets the thread's ring up for generation gen of tw_init (no consumer reads it: the
   exporter skips a ring of another generation). 256 bytes of ring a queued span, at least 64 KiB. */
static int tw__ring_setup(tw__ring *lg, uint64_t gen) {
    uint64_t cap = 65536, want = (uint64_t)tw__g.cfg.max_queue_size * 256;
    while (cap < want && cap < ((uint64_t)1 << 30)) cap <<= 1;
    tw__ring_discard(lg);
    if (!lg->buf || lg->mask + 1 != cap) {
        TW_FREE(lg->buf);
        lg->buf = (char *)TW_MALLOC((size_t)cap);
        if (!lg->buf) return 0;
        lg->mask = cap - 1;
    }
    lg->head = lg->nhead = lg->tail_seen = lg->ntail_seen = 0;
    lg->tail = lg->ntail = 0;
    lg->max_recs = (uint64_t)tw__g.cfg.max_queue_size;
    if (lg->max_recs > cap / 128) lg->max_recs = cap / 128; /* over 8 M spans (a 1 GiB ring): room for handed-over records */
    lg->wake_mark = (uint64_t)tw__g.cfg.max_export_batch_size;
    TW__RSTORE(&lg->started, 0);
    TW__RSTORE(&lg->dropped, 0);
    TW__RSTORE(&lg->unsampled, 0);
    TW__STORE(&lg->gen, gen);
    return 1;
}

/* The calling thread's ring for the current generation: made and registered on first use. */
static tw__ring *tw__ring_attach(void) {
    tw__ring *lg = tw__t.ring;
    uint64_t gen = TW__LOAD(&tw__g.gen);
    if (!tw__t.id) tw__t.id = TW__ADD(&tw__ids.thread_serial, 1);
    if (lg) return tw__ring_setup(lg, gen) ? lg : NULL;
    pthread_once(&tw__tkey_once, tw__make_key);
    lg = (tw__ring *)TW_MALLOC(sizeof *lg);
    if (!lg) return NULL;
    memset(lg, 0, sizeof *lg);
    if (!tw__ring_setup(lg, gen)) {
        TW_FREE(lg);
        return NULL;
    }
    pthread_mutex_lock(&tw__reg.mu);
    lg->next = tw__reg.rings;
    tw__reg.rings = lg;
    pthread_mutex_unlock(&tw__reg.mu);
    if (tw__tkey.ok) pthread_setspecific(tw__tkey.key, lg);
    tw__t.ring = lg;
    return lg;
}

/* Owner side, when the fast path finds no room: the size (and kind) of the record that fits,
   handing the records over rather than copying them if that is what fits; 0 when the ring holds
   max_queue_size spans. A record is placed only if room stays for a handed-over record for every
   span the ring may still take after it (max_recs - pending - 1) and for one more: the skip at the
   ring's end, which wastes less than one handed-over record when only those follow. So only the
   span count bounds a ring, whatever the sizes (that is the (max_recs - pending) in the tests). */
static uint64_t tw__ring_room(tw__ring *lg, uint32_t len, uint32_t *kind) {
    uint64_t cap = lg->mask + 1, head = lg->head, pending;
    int k;
    lg->tail_seen = TW__LOAD(&lg->tail);
    lg->ntail_seen = TW__RLOAD(&lg->ntail);
    pending = lg->nhead - lg->ntail_seen;
    if (pending >= lg->max_recs) return 0;
    for (k = (int)*kind; k <= 1; k++) {
        uint64_t size = TW__REC_SIZE(k, len);
        uint64_t off = head & lg->mask, skip = cap - off < size ? cap - off : 0;
        if (head + skip + size + (lg->max_recs - pending) * TW__HAND_SIZE - lg->tail_seen <= cap) {
            *kind = (uint32_t)k;
            return size;
        }
    }
    return 0;
}

/* Owner side: writes the finished span s, ended at end_tick, as one record; 0 when the ring is
   full. Records over TW__COPY_MAX bytes, or that do not fit beside what waits in the ring, are
   handed over (a heap buffer, whose pointer the record holds) instead of copied: a ring drops
   spans only at max_queue_size, whatever their size. */
TW__HOT int tw__ring_put(tw__ring *lg, tw_span *s, uint64_t end_tick) {
    uint32_t len = s->len, kind = len > TW__COPY_MAX;
    uint64_t size = TW__REC_SIZE(kind, len);
    uint64_t head = lg->head, cap = lg->mask + 1, off, skip, pending;
    uint32_t pre[2];
    char *p;
    off = head & lg->mask;
    skip = cap - off < size ? cap - off : 0;
    pending = lg->nhead - lg->ntail_seen;
    if (TW__UNLIKELY(pending >= lg->max_recs || head + skip + size + (lg->max_recs - pending) * TW__HAND_SIZE - lg->tail_seen > cap)) {
        if ((size = tw__ring_room(lg, len, &kind)) == 0) return 0;
        if (kind && s->buf == s->inline_buf) { /* to hand over, the records move to the heap */
            char *nb = (char *)TW_MALLOC(len ? len : 1);
            if (!nb) return 0;
            memcpy(nb, s->buf, len);
            s->buf = nb, s->cap = len ? len : 1;
        }
        skip = cap - off < size ? cap - off : 0;
    }
    if (skip) {
        uint32_t m = TW__SKIP;
        memcpy(lg->buf + off, &m, 4);
        head += skip, off = 0;
    }
    p = lg->buf + off;
    pre[0] = (uint32_t)size, pre[1] = kind;
    memcpy(p, pre, 8);
    memcpy(p + 8, s, TW__HDR_BYTES);
    /* stored here, not in s first: the copy above would read it back from a store still in flight */
    memcpy(p + 8 + offsetof(struct tw_span, end_tick), &end_tick, 8);
    if (kind) {
        memcpy(p + 8 + TW__HDR_BYTES, &s->buf, sizeof s->buf);
        s->buf = s->inline_buf, s->cap = TW__INLINE_BYTES;
    } else {
        memcpy(p + 8 + TW__HDR_BYTES, s->buf, len);
    }
    TW__RSTORE(&lg->nhead, lg->nhead + 1);
    TW__STORE(&lg->head, head + size);
    return 1;
}

static void tw__wake_exporter(void) {
    pthread_mutex_lock(&tw__g.mu);
    pthread_cond_signal(&tw__g.wake);
    pthread_mutex_unlock(&tw__g.mu);
}

/* Owner side, at lg->wake_mark: wakes the exporter when a full batch is waiting in this ring, and
   sets the next mark to the earliest record count at which one can be. */
static void tw__ring_wake(tw__ring *lg) {
    uint64_t batch = (uint64_t)tw__g.cfg.max_export_batch_size, n = lg->nhead;
    lg->ntail_seen = TW__RLOAD(&lg->ntail);
    if (n - lg->ntail_seen >= batch) {
        tw__wake_exporter();
        lg->wake_mark = n + batch;
    } else {
        lg->wake_mark = lg->ntail_seen + batch;
    }
}

/* Spans that tw_shutdown ended while they were open on its thread: their objects wait here (still
   referenced by the program, whose TW_SPAN scope or tw_span_end may come later) until the program
   ends them, which then only frees them. */
static struct {
    pthread_mutex_t mu;
    tw_span *list;
} tw__shut = {PTHREAD_MUTEX_INITIALIZER, NULL};

static void tw__shut_keep(tw_span *s) {
    TW__RSTORE(&s->ended, (uint8_t)TW__ENDED_AT_SHUTDOWN);
    pthread_mutex_lock(&tw__shut.mu);
    s->next_free = tw__shut.list, tw__shut.list = s;
    pthread_mutex_unlock(&tw__shut.mu);
}

static void tw__shut_forget(tw_span *s) {
    tw_span **pp;
    pthread_mutex_lock(&tw__shut.mu);
    for (pp = &tw__shut.list; *pp && *pp != s; pp = &(*pp)->next_free) {
    }
    if (*pp) *pp = s->next_free;
    pthread_mutex_unlock(&tw__shut.mu);
    tw__span_destroy(s);
}

/* --- sampling --- */
/* The sampler of tracing.sampler, as the OTel SDK specification defines them: a root decision
   (always on, always off, or the trace id ratio) and, for the parentbased_* ones, the parent's
   sampled flag for every span that has a parent (a span here, TRACEPARENT, an attached context).
   The ratio decision reads the trace id's rightmost 56 bits, which W3C Trace Context Level 2 makes
   random and which the spec tells samplers to presume random: R (those bits as a number) is sampled
   when R >= T = (1 - ratio) * 2^56. Every process, and every SDK deciding by this rule, decides a
   trace alike, and a higher ratio keeps every trace a lower one keeps. */
enum { TW__ROOT_ON = 0, TW__ROOT_OFF = 1, TW__ROOT_RATIO = 2 };
static const struct {
    const char *name;
    unsigned char root, parent_based;
} tw__samplers[] = {{"always_on", TW__ROOT_ON, 0},         {"always_off", TW__ROOT_OFF, 0},
                    {"traceidratio", TW__ROOT_RATIO, 0},   {"parentbased_always_on", TW__ROOT_ON, 1},
                    {"parentbased_always_off", TW__ROOT_OFF, 1}, {"parentbased_traceidratio", TW__ROOT_RATIO, 1}};

static int tw__sampler_index(const char *v) {
    size_t i;
    for (i = 0; i < sizeof tw__samplers / sizeof tw__samplers[0]; i++)
        if (strcmp(v, tw__samplers[i].name) == 0) return (int)i;
    return -1;
}
static int tw__check_sampler(const char *v, char *why, size_t n) {
    if (tw__sampler_index(v) >= 0) return 0;
    snprintf(why, n, "one of always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off, "
                     "parentbased_traceidratio");
    return -1;
}

/* T for a ratio: the smallest R that is sampled (2^56: none). */
static uint64_t tw__ratio_threshold(double ratio) {
    double t;
    if (!(ratio > 0)) return (uint64_t)1 << 56;
    if (ratio >= 1) return 0;
    t = (1.0 - ratio) * 72057594037927936.0; /* 2^56 */
    return t >= 72057594037927936.0 ? (uint64_t)1 << 56 : (uint64_t)t;
}

/* The root decision for a trace id: 1 sampled, 0 not. */
static inline int tw__sample_root(const uint8_t *tid) {
    uint64_t r = 0;
    int i;
    if (TW__LIKELY(tw__g.sample_root == TW__ROOT_ON)) return 1;
    if (tw__g.sample_root == TW__ROOT_OFF) return 0;
    for (i = 9; i < 16; i++) r = r << 8 | tid[i];
    return r >= tw__g.sample_threshold;
}

/* --- span API --- */
TWTRACE_API tw_span *(tw_span_start)(const char *name) { return tw__span_start_n(name, name ? strlen(name) : 0); }

static void tw__span_add_link(tw_span *s, const tw_context *ctx, const tw_attr *attrs, size_t n);

/* The span path: a span object from this thread's free list, its ids, its parent and sampling
   decision, its name; made current. parent: NULL for the current span or context; else that context
   (valid = 0: a new trace). */
TW__HOT tw_span *tw__span_begin(const char *name, size_t nl, int kind, const tw_context *parent) {
    tw_span *s, *cur;
    tw__rng *r;
    tw__ring *lg;
    if (TW__UNLIKELY(!tw__g.enabled)) return NULL;
    lg = tw__t.ring;
    if (TW__UNLIKELY(!lg || TW__RLOAD(&lg->gen) != tw__g.gen)) lg = tw__ring_attach();
    s = tw__t.free;
    if (TW__LIKELY(s != NULL)) tw__t.free = s->next_free, tw__t.nfree--;
    else s = tw__span_new();
    if (TW__UNLIKELY(!s || !lg)) { /* out of memory */
        if (s) tw__span_destroy(s);
        TW__ADD(&tw__g.started_base, 1);
        TW__ADD(&tw__g.stats.spans_dropped, 1);
        return NULL;
    }
    s->len = 0;
    r = &tw__t.rng;
    if (TW__UNLIKELY(!r->seeded || r->generation != TW__LOAD(&tw__ids.fork_generation))) tw__rng_seed(r);
    cur = tw__current();
    if (TW__LIKELY(cur && !parent)) {
        memcpy(s->trace_id, cur->trace_id, 16);
        memcpy(s->parent_id, cur->span_id, 8);
        s->has_parent = 1;
        s->flags = TW__LIKELY(tw__g.sample_parent_based) ? cur->flags : (uint8_t)((cur->flags & ~1u) | (unsigned)tw__sample_root(cur->trace_id));
    } else {
        const tw_context *ctx = parent ? (parent->valid ? parent : NULL)
                                       : tw__t.ctx.valid ? &tw__t.ctx : tw__g.remote_parent.valid ? &tw__g.remote_parent : NULL;
        if (ctx) {
            memcpy(s->trace_id, ctx->trace_id, 16);
            memcpy(s->parent_id, ctx->span_id, 8);
            s->has_parent = ctx != &tw__t.ctx ? TW__PARENT_REMOTE : 1; /* an attached context is a span of this process */
            s->flags = tw__g.sample_parent_based ? ctx->flags : (uint8_t)((ctx->flags & ~1u) | (unsigned)tw__sample_root(ctx->trace_id));
        } else {
            uint64_t a = tw__rng_next(r), b = tw__rng_nonzero(r);
            memcpy(s->trace_id, &a, 8), memcpy(s->trace_id + 8, &b, 8);
            s->has_parent = 0;
            s->flags = (uint8_t)tw__sample_root(s->trace_id);
        }
    }
    s->prev_current = cur;
    s->owner = tw__t.id;
    tw__t.current = s;
    if (TW__UNLIKELY(!(s->flags & 1))) {
        /* not recording: a context for its children, nothing more; its span id (which nothing
           exported refers to) is its parent's, or for a root the trace id's last 8 bytes */
        memcpy(s->span_id, s->has_parent ? s->parent_id : s->trace_id + 8, 8);
        s->name_len = 0;
        TW__RSTORE(&lg->unsampled, lg->unsampled + 1);
        return s;
    }
    {
        uint64_t id = tw__rng_nonzero(r);
        memcpy(s->span_id, &id, 8);
    }
    s->status = TW_STATUS_UNSET;
    s->kind = (uint8_t)kind;
    s->n_attrs = s->n_events = s->n_status = s->n_links = s->dropped_attrs = s->dropped_events = s->dropped_links = 0;
    if (!name) nl = 0;
    if (nl > 4096) nl = 4096;
    s->name_len = (uint32_t)nl;
    if (TW__UNLIKELY(nl > s->cap) && !tw__span_grow(s, nl)) s->name_len = 0;
    else tw__copy(s->buf, name, nl), s->len = (uint32_t)nl;
    TW__RSTORE(&lg->started, lg->started + 1);
    s->start_tick = tw__ticks();
    return s;
}

TWTRACE_API tw_span *tw__span_start_n(const char *name, size_t nl) { return tw__span_begin(name, nl, TW_SPAN_KIND_INTERNAL, NULL); }

TWTRACE_API tw_span *tw_span_start_kind(const char *name, tw_span_kind kind) {
    return tw__span_begin(name, name ? strlen(name) : 0, kind >= TW_SPAN_KIND_INTERNAL && kind <= TW_SPAN_KIND_CONSUMER ? (int)kind : 1, NULL);
}

TWTRACE_API tw_span *tw_span_start_with(const char *name, const tw_span_options *o) {
    static const tw_context none = {{0}, {0}, 0, 0};
    tw_span *s;
    size_t i;
    int kind = o && o->kind >= TW_SPAN_KIND_INTERNAL && o->kind <= TW_SPAN_KIND_CONSUMER ? (int)o->kind : TW_SPAN_KIND_INTERNAL;
    s = tw__span_begin(name, name ? strlen(name) : 0, kind, o && o->root ? &none : o ? o->parent : NULL);
    for (i = 0; s && o && o->links && i < o->n_links; i++) tw__span_add_link(s, &o->links[i].context, o->links[i].attrs, o->links[i].n_attrs);
    return s;
}

/* Owner side: takes s, which is not the current span, out of the chain of current spans. */
static void tw__unlink(tw_span *s) {
    tw_span *c;
    for (c = tw__t.current; c && c->prev_current != s; c = c->prev_current) {
    }
    if (c) c->prev_current = s->prev_current;
}

/* Writes the finished span s into this thread's ring (or counts it dropped), and wakes the exporter
   when a batch is waiting. */
TW__HOT void tw__span_record_end(tw_span *s, uint64_t end_tick) {
    tw__ring *lg = tw__t.ring;
    if (TW__UNLIKELY(!lg || TW__RLOAD(&lg->gen) != tw__g.gen) && (lg = tw__ring_attach()) == NULL)
        TW__ADD(&tw__g.stats.spans_dropped, 1); /* out of memory */
    else if (TW__UNLIKELY(!tw__ring_put(lg, s, end_tick)))
        TW__RSTORE(&lg->dropped, lg->dropped + 1); /* the ring is full: the exporter is behind */
    else if (TW__UNLIKELY(lg->nhead >= lg->wake_mark))
        tw__ring_wake(lg);
}

/* The end of a span that is not exported here: tw_shutdown ended and exported it already, or, in a
   fork child, the parent process exports it. */
static void tw__span_end_unexported(tw_span *s) {
    if (TW__RLOAD(&s->ended) == TW__ENDED_AT_SHUTDOWN) { /* off the shutdown's list (not on a chain any more) */
        tw__shut_forget(s);
        return;
    }
    if (tw__t.current == s) tw__t.current = s->prev_current;
    else tw__unlink(s);
    tw__span_destroy(s);
}

/* The end of a non-recording span: off the chain and back to its owner's free list. */
static void tw__span_end_unrecorded(tw_span *s) {
    if (TW__RLOAD(&s->ended) == TW__ENDED_AT_SHUTDOWN || s->inherited) {
        tw__span_end_unexported(s);
        return;
    }
    if (TW__LIKELY(s->owner == tw__t.id)) {
        if (TW__LIKELY(tw__t.current == s)) tw__t.current = s->prev_current;
        else tw__unlink(s);
        tw__span_recycle(s);
    } else if (__atomic_exchange_n(&s->ended, (uint8_t)TW__ENDED_ELSEWHERE, __ATOMIC_ACQ_REL) == TW__OWNER_GONE) {
        tw__span_destroy(s);
    }
}

TWTRACE_API void (tw_span_end)(tw_span *s) {
    uint64_t end_tick;
    int mine;
    if (!s) return;
    if (TW__UNLIKELY(!(s->flags & 1))) {
        tw__span_end_unrecorded(s);
        return;
    }
    end_tick = tw__ticks();
    if (TW__UNLIKELY((TW__RLOAD(&s->ended) == TW__ENDED_AT_SHUTDOWN) | s->inherited)) {
        tw__span_end_unexported(s);
        return;
    }
    mine = s->owner == tw__t.id;
    if (TW__LIKELY(mine)) {
        if (TW__LIKELY(tw__t.current == s)) tw__t.current = s->prev_current;
        else tw__unlink(s); /* ended out of order */
    }
    if (TW__UNLIKELY(!tw__g.enabled)) { /* started before tw_shutdown: nothing exports it */
        if (mine || __atomic_exchange_n(&s->ended, (uint8_t)TW__ENDED_ELSEWHERE, __ATOMIC_ACQ_REL) == TW__OWNER_GONE)
            tw__span_destroy(s);
        return;
    }
    tw__span_record_end(s, end_tick);
    if (TW__LIKELY(mine)) tw__span_recycle(s);
    else if (__atomic_exchange_n(&s->ended, (uint8_t)TW__ENDED_ELSEWHERE, __ATOMIC_ACQ_REL) == TW__OWNER_GONE)
        tw__span_destroy(s); /* its thread has exited */
    /* else its owner thread reuses it */
}

TWTRACE_API tw_span *tw_current_span(void) { return tw__g.enabled ? tw__current() : NULL; }

TWTRACE_API tw_context tw_current_context(void) {
    tw_context c;
    tw_span *s;
    memset(&c, 0, sizeof c);
    if (!tw__g.enabled) return c;
    s = tw__current();
    if (s) {
        memcpy(c.trace_id, s->trace_id, 16);
        memcpy(c.span_id, s->span_id, 8);
        c.flags = s->flags, c.valid = 1;
        return c;
    }
    return tw__t.ctx.valid ? tw__t.ctx : tw__g.remote_parent;
}

TWTRACE_API tw_context tw_context_attach(tw_context ctx) {
    tw_context old = tw__t.ctx;
    tw__t.ctx = ctx;
    return old;
}

TWTRACE_API int tw_traceparent(char *buf, size_t size) {
    static const char hx[] = "0123456789abcdef";
    tw_context c = tw_current_context();
    size_t i;
    if (!buf || size < 56) return TW_ERR_ARG;
    if (!c.valid) {
        buf[0] = 0;
        return TW_ERR_STATE;
    }
    memcpy(buf, "00-", 3);
    for (i = 0; i < 16; i++) buf[3 + 2 * i] = hx[c.trace_id[i] >> 4], buf[4 + 2 * i] = hx[c.trace_id[i] & 15];
    buf[35] = '-';
    for (i = 0; i < 8; i++) buf[36 + 2 * i] = hx[c.span_id[i] >> 4], buf[37 + 2 * i] = hx[c.span_id[i] & 15];
    buf[52] = '-', buf[53] = hx[c.flags >> 4], buf[54] = hx[c.flags & 15], buf[55] = 0;
    return TW_OK;
}

TWTRACE_API int tw_parse_traceparent(const char *v, tw_context *ctx) {
    tw_context c;
    size_t i, n;
    int nz_t = 0, nz_s = 0, h1, h2;
    if (!v || !ctx) return TW_ERR_ARG;
    memset(&c, 0, sizeof c);
    while (*v == ' ' || *v == '\t') v++;
    n = strlen(v);
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t')) n--;
    if (n < 55 || v[2] != '-' || v[35] != '-' || v[52] != '-') return TW_ERR_ARG;
    /* version: two lowercase hex digits, not ff; version 00 is exactly 55 characters */
    h1 = tw__hexdig(v[0]), h2 = tw__hexdig(v[1]);
    if (h1 < 0 || h2 < 0 || (v[0] == 'f' && v[1] == 'f') || (v[0] >= 'A' && v[0] <= 'F') || (v[1] >= 'A' && v[1] <= 'F')) return TW_ERR_ARG;
    if (h1 == 0 && h2 == 0 && n != 55) return TW_ERR_ARG;
    if (n > 55 && v[55] != '-') return TW_ERR_ARG;
    for (i = 0; i < 16; i++) {
        int a = tw__hexdig(v[3 + 2 * i]), b = tw__hexdig(v[4 + 2 * i]);
        if (a < 0 || b < 0 || (v[3 + 2 * i] >= 'A' && v[3 + 2 * i] <= 'F') || (v[4 + 2 * i] >= 'A' && v[4 + 2 * i] <= 'F')) return TW_ERR_ARG;
        c.trace_id[i] = (uint8_t)(a * 16 + b), nz_t |= c.trace_id[i];
    }
    for (i = 0; i < 8; i++) {
        int a = tw__hexdig(v[36 + 2 * i]), b = tw__hexdig(v[37 + 2 * i]);
        if (a < 0 || b < 0 || (v[36 + 2 * i] >= 'A' && v[36 + 2 * i] <= 'F') || (v[37 + 2 * i] >= 'A' && v[37 + 2 * i] <= 'F')) return TW_ERR_ARG;
        c.span_id[i] = (uint8_t)(a * 16 + b), nz_s |= c.span_id[i];
    }
    h1 = tw__hexdig(v[53]), h2 = tw__hexdig(v[54]);
    if (h1 < 0 || h2 < 0 || (v[53] >= 'A' && v[53] <= 'F') || (v[54] >= 'A' && v[54] <= 'F') || !nz_t || !nz_s) return TW_ERR_ARG;
    c.flags = (uint8_t)(h1 * 16 + h2);
    c.valid = 1;
    *ctx = c;
    return TW_OK;
}

/* --- attributes, events, status, links --- */
/* Everything set on a span goes through these, on a span given or the current one: records in the
   span's buffer. A NULL or non-recording span takes nothing. (A span started before tw_shutdown
   may still take records: its end frees it unexported.) */
static inline int tw__recording(const tw_span *s) { return s && (s->flags & 1); }

TW__HOT void tw__attr_on(tw_span *s, int type, const char *key, size_t key_len, const void *value, size_t value_len) {
    if (!tw__recording(s) || !key || type < TW__REC_STR || type > TW__REC_BOOL) return;
    if (TW__UNLIKELY(key_len > 4096)) key_len = 4096; /* as span names */
    if (type == TW__REC_STR) value_len = tw__limit_len((const char *)value, value_len);
    tw__span_record_n(s, type, key, key_len, value, value_len);
    s->n_attrs++;
}
TWTRACE_API void tw__attr_n(int type, const char *key, size_t key_len, const void *value, size_t value_len) {
    if (tw__g.enabled) tw__attr_on(tw__current(), type, key, key_len, value, value_len);
}
TWTRACE_API void (tw_set_span_attribute_strn)(const char *key, const char *value, size_t len) {
    if (key) tw__attr_n(TW__REC_STR, key, strlen(key), value ? value : "", value ? len : 0);
}
TWTRACE_API void (tw_set_span_attribute_str)(const char *key, const char *value) {
    if (key) tw__attr_n(TW__REC_STR, key, strlen(key), value ? value : "", value ? strlen(value) : 0);
}
TWTRACE_API void (tw_set_span_attribute_int)(const char *key, int64_t value) {
    if (key) tw__attr_n(TW__REC_INT, key, strlen(key), &value, 8);
}
TWTRACE_API void (tw_set_span_attribute_double)(const char *key, double value) {
    if (key) tw__attr_n(TW__REC_DOUBLE, key, strlen(key), &value, 8);
}
TWTRACE_API void (tw_set_span_attribute_bool)(const char *key, int value) {
    unsigned char v = value ? 1 : 0;
    if (key) tw__attr_n(TW__REC_BOOL, key, strlen(key), &v, 1);
}
TWTRACE_API void tw_span_set_attribute_strn(tw_span *s, const char *key, const char *value, size_t len) {
    if (key) tw__attr_on(s, TW__REC_STR, key, strlen(key), value ? value : "", value ? len : 0);
}
TWTRACE_API void tw_span_set_attribute_str(tw_span *s, const char *key, const char *value) {
    if (key) tw__attr_on(s, TW__REC_STR, key, strlen(key), value ? value : "", value ? strlen(value) : 0);
}
TWTRACE_API void tw_span_set_attribute_int(tw_span *s, const char *key, int64_t value) {
    if (key) tw__attr_on(s, TW__REC_INT, key, strlen(key), &value, 8);
}
TWTRACE_API void tw_span_set_attribute_double(tw_span *s, const char *key, double value) {
    if (key) tw__attr_on(s, TW__REC_DOUBLE, key, strlen(key), &value, 8);
}
TWTRACE_API void tw_span_set_attribute_bool(tw_span *s, const char *key, int value) {
    unsigned char v = value ? 1 : 0;
    if (key) tw__attr_on(s, TW__REC_BOOL, key, strlen(key), &v, 1);
}

TWTRACE_API void tw_span_set_status(tw_span *s, tw_status_code code, const char *message) {
    size_t ml;
    if (!tw__recording(s) || code < TW_STATUS_UNSET || code > TW_STATUS_ERROR) return;
    if (s->status == TW_STATUS_OK) return; /* OK is final, as the OTel spec says */
    s->status = (uint8_t)code;
    /* the message is a record whose key is the text; the last one counts (an empty one clears) */
    if (code != TW_STATUS_ERROR && s->n_status == 0) return;
    ml = code == TW_STATUS_ERROR && message ? tw__limit_len(message, strlen(message)) : 0;
    if (!tw__span_grow(s, 1 + 4 + ml)) return;
    {
        unsigned char k = TW__REC_STATUS;
        uint32_t m32 = (uint32_t)ml;
        tw__span_put(s, &k, 1);
        tw__span_put(s, &m32, 4);
        tw__span_put(s, message, ml);
        s->n_status++;
    }
}
TWTRACE_API void (tw_set_span_status)(tw_status_code code, const char *message) {
    if (tw__g.enabled) tw_span_set_status(tw__current(), code, message);
}

/* The attributes of an event or a link (in: TW__IN_EVENT or TW__IN_LINK). */
static void tw__put_given_attrs(tw_span *s, int in, const tw_attr *attrs, size_t n) {
    size_t i;
    for (i = 0; attrs && i < n; i++) {
        const tw_attr *a = &attrs[i];
        if (!a->key) continue;
        switch (a->type) {
        case TW_ATTR_STRING: {
            const char *v = a->s ? a->s : "";
            tw__span_record(s, TW__REC_STR | in, a->key, v, tw__limit_len(v, strlen(v)));
            break;
        }
        case TW_ATTR_INT: tw__span_record(s, TW__REC_INT | in, a->key, &a->i, 8); break;
        case TW_ATTR_DOUBLE: tw__span_record(s, TW__REC_DOUBLE | in, a->key, &a->d, 8); break;
        case TW_ATTR_BOOL: {
            unsigned char v = a->i ? 1 : 0;
            tw__span_record(s, TW__REC_BOOL | in, a->key, &v, 1);
            break;
        }
        }
    }
}

TWTRACE_API void tw_span_add_event(tw_span *s, const char *name, const tw_attr *attrs, size_t n) {
    uint64_t now;
    if (!tw__recording(s)) return;
    if (s->n_events >= (uint32_t)tw__g.cfg.event_count_limit) {
        s->dropped_events++;
        return;
    }
    now = tw__ticks();
    tw__span_record(s, TW__REC_EVENT, name ? name : "", &now, 8);
    s->n_events++;
    tw__put_given_attrs(s, TW__IN_EVENT, attrs, n);
}
TWTRACE_API void tw_add_span_event(const char *name, const tw_attr *attrs, size_t n) {
    if (tw__g.enabled) tw_span_add_event(tw__current(), name, attrs, n);
}

TWTRACE_API void tw_span_set_exception(tw_span *s, const char *type, const char *message, const char *stacktrace) {
    tw_attr a[3];
    size_t n = 0;
    if (!tw__recording(s)) return;
    if (type) a[n++] = TW_ATTR_STR("exception.type", type);
    if (message) a[n++] = TW_ATTR_STR("exception.message", message);
    if (stacktrace) a[n++] = TW_ATTR_STR("exception.stacktrace", stacktrace);
    tw_span_add_event(s, "exception", a, n);
    tw_span_set_status(s, TW_STATUS_ERROR, message ? message : type);
}
TWTRACE_API void tw_set_span_exception(const char *type, const char *message, const char *stacktrace) {
    if (tw__g.enabled) tw_span_set_exception(tw__current(), type, message, stacktrace);
}

static void tw__span_add_link(tw_span *s, const tw_context *ctx, const tw_attr *attrs, size_t n) {
    char key[25];
    if (!tw__recording(s) || !ctx || !ctx->valid) return;
    if (s->n_links >= (uint32_t)tw__g.cfg.link_count_limit) {
        s->dropped_links++;
        return;
    }
    memcpy(key, ctx->trace_id, 16), memcpy(key + 16, ctx->span_id, 8), key[24] = (char)ctx->flags;
    tw__span_record_n(s, TW__REC_LINK, key, sizeof key, NULL, 0);
    s->n_links++;
    tw__put_given_attrs(s, TW__IN_LINK, attrs, n);
}
TWTRACE_API void tw_span_add_link(tw_span *s, tw_context ctx, const tw_attr *attrs, size_t n) { tw__span_add_link(s, &ctx, attrs, n); }

TWTRACE_API tw_context tw_span_context(const tw_span *s) {
    tw_context c;
    memset(&c, 0, sizeof c);
    if (!s) return c;
    memcpy(c.trace_id, s->trace_id, 16);
    memcpy(c.span_id, s->span_id, 8);
    c.flags = s->flags, c.valid = 1;
    return c;
}
TWTRACE_API int tw_span_is_recording(const tw_span *s) { return tw__recording(s) && tw__g.enabled; }

/* --- serialization --- */
typedef struct tw__rec {
    int kind;
    const char *key;
    uint32_t klen;
    const char *val;
    uint32_t vlen;
} tw__rec;

static const char *tw__rec_next(const char *p, const char *end, tw__rec *r) {
    uint32_t kl, vl = 0;
    int base;
    if (p >= end) return NULL;
    r->kind = (unsigned char)*p++;
    memcpy(&kl, p, 4), p += 4;
    r->key = p, r->klen = kl, p += kl;
    base = TW__REC_BASE(r->kind);
    if (base == TW__REC_STR || base == TW__REC_EVENT) memcpy(&vl, p, 4), p += 4;
    else vl = base == TW__REC_STATUS || base == TW__REC_LINK ? 0 : base == TW__REC_BOOL ? 1 : 8;
    if (base == TW__REC_EVENT) vl = 8; /* event: the time; its name is the key */
    r->val = p, r->vlen = vl;
    return p + vl;
}

static void tw__put_attr_value(tw__buf *b, const tw__rec *r) {
    int base = TW__REC_BASE(r->kind);
    tw__puts(b, "{\"key\":");
    tw__put_jstr(b, r->key, r->klen);
    tw__puts(b, ",\"value\":{");
    if (base == TW__REC_STR) {
        size_t n = r->vlen;
        if (TW__UNLIKELY(tw__g.ser_cap && n > tw__g.ser_cap)) {
            n = tw__g.ser_cap;
            while (n > 0 && ((unsigned char)r->val[n] & 0xC0) == 0x80) n--;
        }
        tw__puts(b, "\"stringValue\":");
        tw__put_jstr(b, r->val, n);
    } else if (base == TW__REC_INT) {
        int64_t v;
        memcpy(&v, r->val, 8);
        tw__put(b, "\"intValue\":\"", 12);
        tw__puti64(b, v);
        tw__putc(b, '"');
    } else if (base == TW__REC_DOUBLE) {
        double d;
        memcpy(&d, r->val, 8);
        tw__puts(b, "\"doubleValue\":");
        tw__put_double(b, d);
    } else {
        tw__puts(b, *r->val ? "\"boolValue\":true" : "\"boolValue\":false");
    }
    tw__puts(b, "}}");
}

/* Whether two keys are the same once serialized (invalid UTF-8 becomes U+FFFD there, so "\xfe" and
   "\xff" are one key): OTLP wants the keys of an attribute list unique. */
static int tw__same_key(const char *a, size_t al, const char *b, size_t bl) {
    size_t i = 0, k = 0;
    if (al == bl && memcmp(a, b, al) == 0) return 1;
    while (i < al && k < bl) {
        size_t la = (unsigned char)a[i] >= 0x80 ? tw__utf8_len((const unsigned char *)a + i, al - i) : 1;
        size_t lb = (unsigned char)b[k] >= 0x80 ? tw__utf8_len((const unsigned char *)b + k, bl - k) : 1;
        if (la != lb || (la && memcmp(a + i, b + k, la) != 0)) return 0; /* both invalid (0): U+FFFD both */
        i += la ? la : 1, k += lb ? lb : 1;
    }
    return i == al && k == bl;
}

/* A span's records decoded, for the serializer and the span-data builder (exporter thread). */
typedef struct tw__scratch {
    tw__rec *r;          /* the records in order, without status records */
    size_t n, cap;
    tw__rec *a;          /* the span's own attributes (not in an event or link) */
    size_t na, acap;
    size_t *keep;        /* tw__pick's choice */
    size_t kcap;
    const char *msg;     /* the last status message */
    uint32_t msglen;
} tw__scratch;

static int tw__grow(void **p, size_t *cap, size_t need, size_t size) {
    size_t nc = *cap ? *cap : 64;
    void *np;
    if (need <= *cap) return 1;
    while (nc < need) nc *= 2;
    np = TW_REALLOC(*p, nc * size);
    if (!np) return 0;
    *p = np, *cap = nc;
    return 1;
}

/* Decodes s into x; 0 when out of memory (x then holds what fitted). */
static int tw__decode(const tw_span *s, tw__scratch *x) {
    const char *p = s->buf + s->name_len, *end = s->buf + s->len;
    tw__rec r;
    x->n = x->na = 0, x->msg = NULL, x->msglen = 0;
    while (p && p < end) {
        p = tw__rec_next(p, end, &r);
        if (r.kind == TW__REC_STATUS) {
            x->msg = r.key, x->msglen = r.klen;
            continue;
        }
        if (!tw__grow((void **)&x->r, &x->cap, x->n + 1, sizeof(tw__rec))) return 0;
        x->r[x->n++] = r;
        if (!(r.kind & TW__IN_ANY) && TW__REC_BASE(r.kind) <= TW__REC_BOOL) {
            if (!tw__grow((void **)&x->a, &x->acap, x->na + 1, sizeof(tw__rec))) return 0;
            x->a[x->na++] = r;
        }
    }
    return tw__grow((void **)&x->keep, &x->kcap, x->n + 1, sizeof(size_t));
}

/* Of recs[0, n): the last record of each key, at most the attribute count limit, in order; their
   indexes go to x->keep. Returns how many; *dropped gets how many the limit left out. */
static size_t tw__pick(tw__scratch *x, const tw__rec *recs, size_t n, uint32_t *dropped) {
    size_t i, k, kept = 0, limit = (size_t)tw__g.cfg.attribute_count_limit;
    *dropped = 0;
    for (i = 0; i < n; i++) {
        int later = 0;
        for (k = i + 1; k < n && !later; k++) later = tw__same_key(recs[k].key, recs[k].klen, recs[i].key, recs[i].klen);
        if (later) continue;
        if (kept >= limit) {
            (*dropped)++;
            continue;
        }
        x->keep[kept++] = i;
    }
    return kept;
}

/* "attributes":[...] of recs[0, n); returns how many the limit dropped. */
static uint32_t tw__put_attrs(tw__buf *b, tw__scratch *x, const tw__rec *recs, size_t n) {
    uint32_t dropped;
    size_t m = tw__pick(x, recs, n, &dropped), i;
    tw__puts(b, "\"attributes\":[");
    for (i = 0; i < m; i++) {
        if (i) tw__putc(b, ',');
        tw__put_attr_value(b, &recs[x->keep[i]]);
    }
    tw__putc(b, ']');
    return dropped;
}

/* "attributes":[...],"droppedAttributesCount":N} of an event or a link: recs[0, n). */
static void tw__put_attrs_end(tw__buf *b, tw__scratch *x, const tw__rec *recs, size_t n) {
    uint32_t dropped = tw__put_attrs(b, x, recs, n);
    tw__puts(b, ",\"droppedAttributesCount\":");
    tw__putu64(b, dropped);
    tw__putc(b, '}');
}

/* The end of the event or link whose record is at i: its attributes follow it with flag in. */
static size_t tw__group_end(const tw__scratch *x, size_t i, int in) {
    size_t k;
    for (k = i + 1; k < x->n && (x->r[k].kind & in); k++) {
    }
    return k;
}

static void tw__put_span(tw__buf *b, tw_span *s, tw__scratch *x) {
    size_t i;
    uint32_t dropped;
    int ne = 0, nl = 0;
    if (!tw__decode(s, x)) b->oom = 1;
    tw__puts(b, "{\"traceId\":");
    tw__put_hex(b, s->trace_id, 16);
    tw__puts(b, ",\"spanId\":");
    tw__put_hex(b, s->span_id, 8);
    if (s->has_parent) {
        tw__puts(b, ",\"parentSpanId\":");
        tw__put_hex(b, s->parent_id, 8);
    }
    /* no "flags": Span.flags came with opentelemetry-proto 1.1, and receivers built on 1.0
       definitions (as the pinned conformance schema is) reject the unknown field */
    tw__puts(b, ",\"name\":");
    tw__put_jstr(b, s->buf, s->name_len);
    tw__puts(b, ",\"kind\":");
    tw__putc(b, (char)('0' + (s->kind >= 1 && s->kind <= 5 ? s->kind : 1)));
    tw__puts(b, ",\"startTimeUnixNano\":\"");
    tw__putu64(b, tw__ticks_to_ns(s->start_tick));
    tw__puts(b, "\",\"endTimeUnixNano\":\"");
    tw__putu64(b, tw__ticks_to_ns(s->end_tick < s->start_tick ? s->start_tick : s->end_tick));
    tw__puts(b, "\",");
    dropped = tw__put_attrs(b, x, x->a, x->na) + s->dropped_attrs;
    /* every field the OpenTelemetry JS SDK writes, defaults included: lenient receivers rely on them */
    tw__puts(b, ",\"droppedAttributesCount\":");
    tw__putu64(b, dropped);
    tw__puts(b, ",\"events\":[");
    for (i = 0; i < x->n; i++) {
        size_t k;
        uint64_t t;
        if (x->r[i].kind != TW__REC_EVENT) continue;
        k = tw__group_end(x, i, TW__IN_EVENT);
        if (ne++) tw__putc(b, ',');
        memcpy(&t, x->r[i].val, 8);
        tw__puts(b, "{\"timeUnixNano\":\"");
        tw__putu64(b, tw__ticks_to_ns(t));
        tw__puts(b, "\",\"name\":");
        tw__put_jstr(b, x->r[i].key, x->r[i].klen);
        tw__putc(b, ',');
        tw__put_attrs_end(b, x, x->r + i + 1, k - i - 1);
    }
    tw__puts(b, "],\"droppedEventsCount\":");
    tw__putu64(b, s->dropped_events);
    tw__puts(b, ",\"status\":{\"code\":");
    tw__putu64(b, s->status);
    if (x->msglen && s->status == TW_STATUS_ERROR) {
        tw__puts(b, ",\"message\":");
        tw__put_jstr(b, x->msg, x->msglen);
    }
    tw__puts(b, "},\"links\":[");
    for (i = 0; i < x->n; i++) {
        size_t k;
        const uint8_t *ctx = (const uint8_t *)x->r[i].key;
        if (x->r[i].kind != TW__REC_LINK || x->r[i].klen != 25) continue;
        k = tw__group_end(x, i, TW__IN_LINK);
        if (nl++) tw__putc(b, ',');
        tw__puts(b, "{\"traceId\":");
        tw__put_hex(b, ctx, 16);
        tw__puts(b, ",\"spanId\":");
        tw__put_hex(b, ctx + 16, 8);
        tw__putc(b, ',');
        tw__put_attrs_end(b, x, x->r + i + 1, k - i - 1);
    }
    tw__puts(b, "],\"droppedLinksCount\":");
    tw__putu64(b, s->dropped_links);
    tw__putc(b, '}');
}

static const char *tw__resource_json(void) { return tw__g.resource_json ? tw__g.resource_json : "{}"; }
TWTRACE_API const char *tw_resource_json(void) { return tw__resource_json(); }
TWTRACE_API const char *tw_service_name(void) { return tw__g.service; }

/* ExportTraceServiceRequest for spans[0..n) */
static void tw__put_traces(tw__buf *b, tw_span **spans, size_t n, tw__scratch *x) {
    size_t i;
    tw__puts(b, "{\"resourceSpans\":[{\"resource\":");
    tw__puts(b, tw__resource_json());
    tw__puts(b, ",\"scopeSpans\":[{\"scope\":{\"name\":\"twtrace\",\"version\":\"" TWTRACE_VERSION "\"},\"spans\":[");
    for (i = 0; i < n; i++) {
        if (i) tw__putc(b, ',');
        tw__put_span(b, spans[i], x);
    }
    tw__puts(b, "]}]}]}");
}

/* {"key":..,"value":{..}} of an attribute given as data */
static void tw__put_attr_data(tw__buf *b, const tw_attr_data *a) {
    tw__puts(b, "{\"key\":");
    tw__put_jstr(b, a->key, a->key_len);
    tw__puts(b, ",\"value\":{");
    if (a->type == TW_ATTR_STRING) {
        tw__puts(b, "\"stringValue\":");
        tw__put_jstr(b, a->s, a->s_len);
    } else if (a->type == TW_ATTR_DOUBLE) {
        tw__puts(b, "\"doubleValue\":");
        tw__put_double(b, a->d);
    } else if (a->type == TW_ATTR_BOOL) {
        tw__puts(b, a->i ? "\"boolValue\":true" : "\"boolValue\":false");
    } else {
        tw__put(b, "\"intValue\":\"", 12);
        tw__puti64(b, a->i);
        tw__putc(b, '"');
    }
    tw__puts(b, "}}");
}

static void tw__put_metric_head(tw__buf *b, const char *name, const char *description, const char *unit) {
    tw__puts(b, "{\"name\":");
    tw__put_jstr(b, name, strlen(name));
    tw__puts(b, ",\"description\":");
    tw__put_jstr(b, description, strlen(description));
    tw__puts(b, ",\"unit\":");
    tw__put_jstr(b, unit, strlen(unit));
}

/* ExportMetricsServiceRequest of points[0..n), grouped by metric in their order */
static void tw__put_metrics(tw__buf *b, const tw_metric_data *m, size_t n) {
    size_t i, k;
    tw__puts(b, "{\"resourceMetrics\":[{\"resource\":");
    tw__puts(b, tw__resource_json());
    tw__puts(b, ",\"scopeMetrics\":[{\"scope\":{\"name\":\"twtrace\",\"version\":\"" TWTRACE_VERSION "\"},\"metrics\":[");
    for (i = 0; i < n;) {
        size_t j = i;
        int hist = m[i].kind == TW_METRIC_HISTOGRAM;
        if (i) tw__putc(b, ',');
        tw__put_metric_head(b, m[i].name, m[i].description, m[i].unit);
        tw__puts(b, hist ? ",\"histogram\":{\"dataPoints\":[" : ",\"sum\":{\"dataPoints\":[");
        for (; j < n && m[j].name == m[i].name; j++) {
            const tw_metric_data *d = &m[j];
            if (j > i) tw__putc(b, ',');
            tw__puts(b, "{\"attributes\":[");
            for (k = 0; k < d->n_attrs; k++) {
                if (k) tw__putc(b, ',');
                tw__put_attr_data(b, &d->attrs[k]);
            }
            tw__puts(b, "],\"startTimeUnixNano\":\"");
            tw__putu64(b, d->start_unix_ns);
            tw__puts(b, "\",\"timeUnixNano\":\"");
            tw__putu64(b, d->time_unix_ns);
            if (!hist) {
                tw__puts(b, "\",\"asInt\":\"");
                tw__puti64(b, d->value);
                tw__puts(b, "\"}");
                continue;
            }
            tw__puts(b, "\",\"count\":\"");
            tw__putu64(b, d->count);
            tw__puts(b, "\",\"sum\":");
            tw__put_double(b, d->sum);
            tw__puts(b, ",\"bucketCounts\":[");
            for (k = 0; k <= d->n_bounds; k++) {
                if (k) tw__putc(b, ',');
                tw__putc(b, '"');
                tw__putu64(b, d->bucket_counts[k]);
                tw__putc(b, '"');
            }
            tw__puts(b, "],\"explicitBounds\":[");
            for (k = 0; k < d->n_bounds; k++) {
                if (k) tw__putc(b, ',');
                tw__put_double(b, d->bounds[k]);
            }
            tw__putc(b, ']');
            if (d->count) {
                tw__puts(b, ",\"min\":");
                tw__put_double(b, d->min);
                tw__puts(b, ",\"max\":");
                tw__put_double(b, d->max);
            }
            tw__putc(b, '}');
        }
        tw__puts(b, hist ? "],\"aggregationTemporality\":2}}" : "],\"aggregationTemporality\":2,\"isMonotonic\":true}}");
        i = j;
    }
    tw__puts(b, "]}]}]}");
}

/* --- tokenizer --- */
/* twtokenize.h is found through its table (see there), whichever header comes first and in
   whichever translation unit its implementation is. */
#ifndef TW__TOKENIZER_HOOKS_DEFINED
#define TW__TOKENIZER_HOOKS_DEFINED
struct tw__tokenizer_hooks {
    int version; /* 2 */
    const void *(*for_model)(const char *model);
    const char *(*encoding_name_for_model)(const char *model);
    size_t (*count)(const void *enc, const char *text, size_t len);
    int (*prepare)(const void *enc);
    /* version 2: a twtok_stream of stream_size bytes, and its functions */
    size_t stream_size;
    void (*stream_init)(void *stream, const void *enc);
    int (*stream_feed)(void *stream, const char *text, size_t len);
    uint64_t (*stream_count)(void *stream);
    void (*stream_free)(void *stream);
};
#endif
#ifdef TWTOKENIZE_IMPLEMENTATION_INCLUDED
static const struct tw__tokenizer_hooks *tw__tok(void) { return &twtok__twtrace_hooks; }
#else
extern const struct tw__tokenizer_hooks twtok__twtrace_hooks __attribute__((weak));
static const struct tw__tokenizer_hooks *tw__tok(void) {
    const struct tw__tokenizer_hooks *volatile h = &twtok__twtrace_hooks; /* NULL when no tokenizer is linked */
    return h && h->version >= 1 ? h : NULL;
}
#endif


/* Says why model cannot be counted, and what to do. */
static void tw__tokenizer_problem(const struct tw__tokenizer_hooks *h, const char *model) {
    const char *enc = h ? h->encoding_name_for_model(model) : NULL;
    if (!h)
        tw_log(TW_LOG_WARN, "tracing.tokenizer_target_model \"%s\": %s; token counts are unavailable", model,
               tw_result_string(TW_ERR_NO_TOKENIZER));
    else if (enc)
        tw_log(TW_LOG_WARN, "tracing.tokenizer_target_model \"%s\" uses %s, which this build leaves out (-DTWTOK_NO_%s): "
                            "build without that define, or choose a model of an encoding it has; token counts are unavailable",
               model, enc, strcmp(enc, "o200k_base") == 0 ? "O200K" : strcmp(enc, "cl100k_base") == 0 ? "CL100K" : "...");
    else
        tw_log(TW_LOG_WARN, "tracing.tokenizer_target_model \"%s\": the tokenizer knows no such model (gpt-4, gpt-3.5-turbo: "
                            "cl100k_base; gpt-4o, gpt-4.1, o3, gpt-5: o200k_base); token counts are unavailable",
               model);
}

/* --- counters --- */
static char *tw__strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *c = (char *)TW_MALLOC(n);
    if (c) memcpy(c, s, n);
    return c;
}

TWTRACE_API tw_counter *tw_counter_get(const char *name, const char *unit, const char *description) {
    tw_counter *c;
    if (!name) return NULL;
    pthread_mutex_lock(&tw__g.mu);
    for (c = tw__g.counters; c; c = c->next)
        if (strcmp(c->name, name) == 0) break;
    if (!c && (c = (tw_counter *)TW_MALLOC(sizeof *c)) != NULL) {
        memset(c, 0, sizeof *c);
        c->name = tw__strdup(name);
        c->unit = tw__strdup(unit ? unit : "");
        c->description = tw__strdup(description ? description : "");
        c->start_ns = tw__now_ns();
        if (!c->name || !c->unit || !c->description) {
            TW_FREE(c->name), TW_FREE(c->unit), TW_FREE(c->description), TW_FREE(c);
            c = NULL;
        } else {
            tw_counter **tail = &tw__g.counters;
            while (*tail) tail = &(*tail)->next;
            *tail = c;
        }
    }
    pthread_mutex_unlock(&tw__g.mu);
    return c;
}

/* An attribute set in its canonical form: sorted by key, each key once (its last value), at most
   TW__ASET_MAX attributes; strings are the caller's. */
#define TW__ASET_MAX 16
typedef struct tw__aset {
    tw_attr_data a[TW__ASET_MAX];
    size_t n;
    uint64_t hash;
} tw__aset;

static uint64_t tw__hash_bytes(uint64_t h, const void *p, size_t n) {
    const unsigned char *b = (const unsigned char *)p;
    size_t i;
    for (i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ull;
    return h;
}

static void tw__aset_make(tw__aset *s, const tw_attr *attrs, size_t n) {
    size_t i, k;
    static int told;
    s->n = 0, s->hash = 0xcbf29ce484222325ull;
    for (i = 0; attrs && i < n; i++) {
        const tw_attr *a = &attrs[i];
        tw_attr_data d;
        if (!a->key) continue;
        memset(&d, 0, sizeof d);
        d.key = a->key, d.key_len = strlen(a->key), d.type = a->type;
        if (a->type == TW_ATTR_STRING) d.s = a->s ? a->s : "", d.s_len = strlen(d.s);
        else if (a->type == TW_ATTR_DOUBLE) d.d = a->d;
        else if (a->type == TW_ATTR_BOOL) d.i = a->i ? 1 : 0, d.type = TW_ATTR_BOOL;
        else d.i = a->i, d.type = TW_ATTR_INT;
        for (k = 0; k < s->n; k++) /* a key given again: its last value */
            if (s->a[k].key_len == d.key_len && memcmp(s->a[k].key, d.key, d.key_len) == 0) break;
        if (k < s->n) {
            s->a[k] = d;
            continue;
        }
        if (s->n == TW__ASET_MAX) {
            if (!__atomic_exchange_n(&told, 1, __ATOMIC_RELAXED))
                tw_log(TW_LOG_WARN, "a metric data point takes at most %d attributes; \"%.40s\" and later ones are left out (said once)",
                       TW__ASET_MAX, a->key);
            break;
        }
        /* insertion in key order */
        for (k = s->n; k > 0; k--) {
            const tw_attr_data *q = &s->a[k - 1];
            size_t m = q->key_len < d.key_len ? q->key_len : d.key_len;
            int c = memcmp(q->key, d.key, m);
            if (c < 0 || (c == 0 && q->key_len < d.key_len)) break;
            s->a[k] = s->a[k - 1];
        }
        s->a[k] = d, s->n++;
    }
    for (i = 0; i < s->n; i++) {
        const tw_attr_data *d = &s->a[i];
        s->hash = tw__hash_bytes(s->hash, d->key, d->key_len + 0);
        s->hash = tw__hash_bytes(s->hash, &d->type, sizeof d->type);
        if (d->type == TW_ATTR_STRING) s->hash = tw__hash_bytes(s->hash, d->s, d->s_len);
        else if (d->type == TW_ATTR_DOUBLE) s->hash = tw__hash_bytes(s->hash, &d->d, sizeof d->d);
        else s->hash = tw__hash_bytes(s->hash, &d->i, sizeof d->i);
    }
}

static int tw__aset_same(const tw__aset *s, const tw_attr_data *a, size_t n, uint64_t hash) {
    size_t i;
    if (s->hash != hash || s->n != n) return 0;
    for (i = 0; i < n; i++) {
        const tw_attr_data *x = &s->a[i], *y = &a[i];
        if (x->type != y->type || x->key_len != y->key_len || memcmp(x->key, y->key, x->key_len) != 0) return 0;
        if (x->type == TW_ATTR_STRING ? (x->s_len != y->s_len || memcmp(x->s, y->s, x->s_len) != 0)
            : x->type == TW_ATTR_DOUBLE ? memcmp(&x->d, &y->d, sizeof x->d) != 0
                                        : x->i != y->i)
            return 0;
    }
    return 1;
}

/* A copy of the set that owns its strings: one allocation, the array then the strings. */
static tw_attr_data *tw__aset_copy(const tw__aset *s) {
    size_t i, bytes = s->n * sizeof(tw_attr_data) + 1;
    char *q;
    tw_attr_data *c;
    for (i = 0; i < s->n; i++) bytes += s->a[i].key_len + 1 + (s->a[i].type == TW_ATTR_STRING ? s->a[i].s_len + 1 : 0);
    c = (tw_attr_data *)TW_MALLOC(bytes);
    if (!c) return NULL;
    q = (char *)(c + s->n);
    for (i = 0; i < s->n; i++) {
        c[i] = s->a[i];
        memcpy(q, s->a[i].key, s->a[i].key_len), q[s->a[i].key_len] = 0, c[i].key = q, q += s->a[i].key_len + 1;
        if (s->a[i].type == TW_ATTR_STRING) memcpy(q, s->a[i].s, s->a[i].s_len), q[s->a[i].s_len] = 0, c[i].s = q, q += s->a[i].s_len + 1;
    }
    return c;
}

static tw__dp *tw__counter_point(tw_counter *c, const tw__aset *set, int create) {
    size_t i;
    tw__dp *d;
    static int told;
    for (i = 0; i < c->n; i++)
        if (tw__aset_same(set, c->points[i].attrs, c->points[i].n_attrs, c->points[i].hash)) return &c->points[i];
    if (!create) return NULL;
    if (c->n >= 1000) { /* cardinality bound */
        if (!__atomic_exchange_n(&told, 1, __ATOMIC_RELAXED))
            tw_log(TW_LOG_WARN, "counter %s has 1000 data points: values of further attribute sets are not counted (said once)", c->name);
        return NULL;
    }
    if (c->n == c->cap) {
        size_t nc = c->cap ? c->cap * 2 : 4;
        tw__dp *np = (tw__dp *)TW_REALLOC(c->points, nc * sizeof *np);
        if (!np) return NULL;
        c->points = np, c->cap = nc;
    }
    d = &c->points[c->n];
    memset(d, 0, sizeof *d);
    d->attrs = tw__aset_copy(set);
    if (!d->attrs) return NULL;
    d->n_attrs = set->n, d->hash = set->hash;
    for (i = 0; i < set->n; i++)
        if (d->attrs[i].type == TW_ATTR_STRING) {
            d->attr_key = (char *)d->attrs[i].key, d->attr_value = (char *)d->attrs[i].s;
            break;
        }
    c->n++;
    return d;
}

TWTRACE_API void tw_counter_add_attrs(tw_counter *c, int64_t value, const tw_attr *attrs, size_t n) {
    tw__aset set;
    tw__dp *d;
    if (!c || value < 0) return;
    tw__aset_make(&set, attrs, n);
    pthread_mutex_lock(&tw__g.mu);
    d = tw__counter_point(c, &set, 1);
    if (d) d->value += value, tw__g.metrics_dirty = 1;
    pthread_mutex_unlock(&tw__g.mu);
}

TWTRACE_API int64_t tw_counter_value_attrs(tw_counter *c, const tw_attr *attrs, size_t n) {
    tw__aset set;
    tw__dp *d;
    int64_t r;
    if (!c) return -1;
    tw__aset_make(&set, attrs, n);
    pthread_mutex_lock(&tw__g.mu);
    d = tw__counter_point(c, &set, 0);
    r = d ? d->value : -1;
    pthread_mutex_unlock(&tw__g.mu);
    return r;
}

TWTRACE_API void tw_counter_add(tw_counter *c, int64_t value, const char *k, const char *v) {
    tw_attr a;
    a.key = k, a.type = TW_ATTR_STRING, a.s = v ? v : "", a.i = 0, a.d = 0;
    tw_counter_add_attrs(c, value, &a, k ? 1 : 0);
}

TWTRACE_API int64_t tw_counter_value(tw_counter *c, const char *k, const char *v) {
    tw_attr a;
    a.key = k, a.type = TW_ATTR_STRING, a.s = v ? v : "", a.i = 0, a.d = 0;
    return tw_counter_value_attrs(c, &a, k ? 1 : 0);
}

/* --- histograms --- */
/* Each thread records into cells of its own: for point id, cell[id] = {sum, min, max (as the bits of
   doubles), bucket counts...}, written only by that thread (relaxed atomic stores) and read by
   whoever adds them up (the exporter, tw_histogram_point_read) under tw__hist.mu. Cells are reached
   through a directory of chunks of TW__HCHUNK pointers, published once and never moved. A thread's
   cells are added to its points' totals when it exits. The count of a point is the sum of its
   bucket counts, so that a reader never sees them disagree. */
#define TW__HPOINTS_MAX 4096
#define TW__HCHUNK 64
#define TW__HCACHE 64
struct tw_histogram {
    char *name, *unit, *description;
    double *bounds;
    size_t nb;
    uint64_t start_ns;
    tw_histogram *next;
};
struct tw_histogram_point {
    tw_histogram *h;
    uint32_t id;
    tw_attr_data *attrs; /* sorted, owned */
    size_t n_attrs;
    uint64_t hash;
    char *attr_key, *attr_value;
    uint64_t *base;      /* nb + 1 bucket counts of the threads that exited */
    double base_sum, base_min, base_max;
};
typedef struct tw__hthread {
    uint64_t **dir[TW__HPOINTS_MAX / TW__HCHUNK];
    struct tw__hthread *next;
} tw__hthread;
static struct {
    pthread_mutex_t mu; /* the histogram list, the point table, the thread list, the totals */
    tw_histogram *list;
    tw_histogram_point *points[TW__HPOINTS_MAX];
    uint32_t n;
    tw__hthread *threads;
    pthread_key_t key;
    int key_ok;
    int dirty; /* a point was recorded into since the last export (relaxed: a hint) */
} tw__hist = {PTHREAD_MUTEX_INITIALIZER, NULL, {NULL}, 0, NULL, 0, 0, 0};
static pthread_once_t tw__hist_once = PTHREAD_ONCE_INIT;
typedef struct tw__hcache_entry {
    const tw_histogram *h;
    uint64_t hash;
    tw_histogram_point *p;
} tw__hcache_entry;
static TW__TLS struct {
    tw__hthread *cells;
    tw__hcache_entry cache[TW__HCACHE];
} tw__ht;

static uint64_t tw__dbits(double d) {
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}
static double tw__bitsd(uint64_t u) {
    double d;
    memcpy(&d, &u, 8);
    return d;
}

/* Adds a thread's cells to the totals (under tw__hist.mu) and frees them. */
static void tw__hist_retire(tw__hthread *t) {
    uint32_t i;
    size_t k;
    for (i = 0; i < tw__hist.n; i++) {
        tw_histogram_point *p = tw__hist.points[i];
        uint64_t **chunk = t->dir[i / TW__HCHUNK], *c;
        if (!chunk || !(c = chunk[i % TW__HCHUNK])) continue;
        if (c[3 + p->h->nb + 1]) { /* recorded into at all (the count of records, kept last) */
            double mn = tw__bitsd(c[1]), mx = tw__bitsd(c[2]);
            p->base_sum += tw__bitsd(c[0]);
            if (mn < p->base_min) p->base_min = mn;
            if (mx > p->base_max) p->base_max = mx;
            for (k = 0; k <= p->h->nb; k++) p->base[k] += c[3 + k];
        }
    }
    for (i = 0; i < TW__HPOINTS_MAX / TW__HCHUNK; i++) {
        if (!t->dir[i]) continue;
        for (k = 0; k < TW__HCHUNK; k++) TW_FREE(t->dir[i][k]);
        TW_FREE(t->dir[i]);
    }
    TW_FREE(t);
}

static void tw__hist_thread_exit(void *arg) {
    tw__hthread *t = (tw__hthread *)arg, **pp;
    pthread_mutex_lock(&tw__hist.mu);
    for (pp = &tw__hist.threads; *pp; pp = &(*pp)->next)
        if (*pp == t) {
            *pp = t->next;
            tw__hist_retire(t);
            break;
        }
    pthread_mutex_unlock(&tw__hist.mu);
    if (tw__ht.cells == t) tw__ht.cells = NULL;
}
static void tw__hist_make_key(void) { tw__hist.key_ok = pthread_key_create(&tw__hist.key, tw__hist_thread_exit) == 0; }

TWTRACE_API tw_histogram *tw_histogram_get(const char *name, const char *unit, const char *description, const double *bounds,
                                           size_t nb) {
    tw_histogram *h;
    size_t i;
    if (!name || nb > 64 || (nb && !bounds)) return NULL;
    for (i = 0; i + 1 < nb; i++)
        if (!(bounds[i] < bounds[i + 1])) {
            tw_log(TW_LOG_WARN, "tw_histogram_get(\"%.60s\"): the bounds must increase (bound %zu is %g, then %g)", name, i, bounds[i],
                   bounds[i + 1]);
            return NULL;
        }
    pthread_mutex_lock(&tw__hist.mu);
    for (h = tw__hist.list; h; h = h->next)
        if (strcmp(h->name, name) == 0) break;
    if (!h && (h = (tw_histogram *)TW_MALLOC(sizeof *h)) != NULL) {
        memset(h, 0, sizeof *h);
        h->name = tw__strdup(name);
        h->unit = tw__strdup(unit ? unit : "");
        h->description = tw__strdup(description ? description : "");
        h->bounds = (double *)TW_MALLOC((nb ? nb : 1) * sizeof(double));
        h->nb = nb, h->start_ns = tw__now_ns();
        if (!h->name || !h->unit || !h->description || !h->bounds) {
            TW_FREE(h->name), TW_FREE(h->unit), TW_FREE(h->description), TW_FREE(h->bounds), TW_FREE(h);
            h = NULL;
        } else {
            tw_histogram **tail = &tw__hist.list;
            if (nb) memcpy(h->bounds, bounds, nb * sizeof(double));
            while (*tail) tail = &(*tail)->next;
            *tail = h;
        }
    }
    pthread_mutex_unlock(&tw__hist.mu);
    return h;
}

static tw_histogram_point *tw__hist_bind_set(tw_histogram *h, const tw__aset *set) {
    tw_histogram_point *p = NULL;
    uint32_t i;
    static int told;
    pthread_mutex_lock(&tw__hist.mu);
    for (i = 0; i < tw__hist.n; i++) {
        tw_histogram_point *q = tw__hist.points[i];
        if (q->h == h && tw__aset_same(set, q->attrs, q->n_attrs, q->hash)) {
            p = q;
            break;
        }
    }
    if (!p && tw__hist.n < TW__HPOINTS_MAX && (p = (tw_histogram_point *)TW_MALLOC(sizeof *p)) != NULL) {
        memset(p, 0, sizeof *p);
        p->h = h, p->hash = set->hash, p->n_attrs = set->n;
        p->attrs = tw__aset_copy(set);
        p->base = (uint64_t *)TW_MALLOC((h->nb + 1) * sizeof(uint64_t));
        p->base_min = HUGE_VAL, p->base_max = -HUGE_VAL;
        if (!p->attrs || !p->base) {
            TW_FREE(p->attrs), TW_FREE(p->base), TW_FREE(p);
            p = NULL;
        } else {
            memset(p->base, 0, (h->nb + 1) * sizeof(uint64_t));
            for (i = 0; i < p->n_attrs; i++)
                if (p->attrs[i].type == TW_ATTR_STRING) {
                    p->attr_key = (char *)p->attrs[i].key, p->attr_value = (char *)p->attrs[i].s;
                    break;
                }
            p->id = tw__hist.n;
            TW__STORE(&tw__hist.points[tw__hist.n], p);
            TW__STORE(&tw__hist.n, tw__hist.n + 1);
        }
    } else if (!p && tw__hist.n >= TW__HPOINTS_MAX && !told) {
        told = 1;
        tw_log(TW_LOG_WARN, "histograms have %d data points in all: values of further attribute sets (%s) are not recorded (said once)",
               TW__HPOINTS_MAX, h->name);
    }
    pthread_mutex_unlock(&tw__hist.mu);
    return p;
}

TWTRACE_API tw_histogram_point *tw_histogram_bind(tw_histogram *h, const tw_attr *attrs, size_t n) {
    tw__aset set;
    if (!h) return NULL;
    tw__aset_make(&set, attrs, n);
    return tw__hist_bind_set(h, &set);
}

/* This thread's cell of point p, made on first use. */
static uint64_t *tw__hist_cell_slow(tw_histogram_point *p) {
    tw__hthread *t = tw__ht.cells;
    uint64_t **chunk, *c;
    size_t words = 3 + p->h->nb + 2;
    if (!t) {
        pthread_once(&tw__hist_once, tw__hist_make_key);
        t = (tw__hthread *)TW_MALLOC(sizeof *t);
        if (!t) return NULL;
        memset(t, 0, sizeof *t);
        pthread_mutex_lock(&tw__hist.mu);
        t->next = tw__hist.threads, tw__hist.threads = t;
        pthread_mutex_unlock(&tw__hist.mu);
        if (tw__hist.key_ok) pthread_setspecific(tw__hist.key, t);
        tw__ht.cells = t;
    }
    chunk = TW__LOAD(&t->dir[p->id / TW__HCHUNK]);
    if (!chunk) {
        chunk = (uint64_t **)TW_MALLOC(TW__HCHUNK * sizeof *chunk);
        if (!chunk) return NULL;
        memset(chunk, 0, TW__HCHUNK * sizeof *chunk);
        TW__STORE(&t->dir[p->id / TW__HCHUNK], chunk);
    }
    c = (uint64_t *)TW_MALLOC(words * sizeof(uint64_t));
    if (!c) return NULL;
    memset(c, 0, words * sizeof(uint64_t));
    c[1] = tw__dbits(HUGE_VAL), c[2] = tw__dbits(-HUGE_VAL);
    TW__STORE(&chunk[p->id % TW__HCHUNK], c);
    return c;
}

TWTRACE_API void tw_histogram_point_record(tw_histogram_point *p, double v) {
    tw__hthread *t;
    uint64_t **chunk, *c;
    const double *b;
    size_t i, nb;
    if (!p || v != v || !tw__g.enabled) return;
    t = tw__ht.cells;
    if (TW__LIKELY(t != NULL) && TW__LIKELY((chunk = t->dir[p->id / TW__HCHUNK]) != NULL) &&
        TW__LIKELY((c = chunk[p->id % TW__HCHUNK]) != NULL)) {
    } else if (!(c = tw__hist_cell_slow(p))) {
        return;
    }
    b = p->h->bounds, nb = p->h->nb;
    for (i = 0; i < nb && v > b[i]; i++) {
    }
    /* the only writer of this cell: plain reads, relaxed stores for the reader */
    TW__RSTORE(&c[3 + i], c[3 + i] + 1);
    TW__RSTORE(&c[0], tw__dbits(tw__bitsd(c[0]) + v));
    if (v < tw__bitsd(c[1])) TW__RSTORE(&c[1], tw__dbits(v));
    if (v > tw__bitsd(c[2])) TW__RSTORE(&c[2], tw__dbits(v));
    TW__RSTORE(&c[3 + nb + 1], c[3 + nb + 1] + 1);
    if (!TW__RLOAD(&tw__hist.dirty)) TW__RSTORE(&tw__hist.dirty, 1);
}

TWTRACE_API void tw_histogram_record(tw_histogram *h, double v, const tw_attr *attrs, size_t n) {
    tw__aset set;
    tw__hcache_entry *e;
    tw_histogram_point *p;
    if (!h || v != v || !tw__g.enabled) return;
    tw__aset_make(&set, attrs, n);
    e = &tw__ht.cache[(set.hash ^ (uint64_t)(uintptr_t)h) % TW__HCACHE];
    if (e->h == h && e->hash == set.hash && e->p && tw__aset_same(&set, e->p->attrs, e->p->n_attrs, e->p->hash)) {
        p = e->p;
    } else {
        p = tw__hist_bind_set(h, &set);
        if (!p) return;
        e->h = h, e->hash = set.hash, e->p = p;
    }
    tw_histogram_point_record(p, v);
}

/* A point's totals (under tw__hist.mu): counts[0..nb], min, max; returns the sum. */
static double tw__hist_totals(const tw_histogram_point *p, uint64_t *counts, double *mn, double *mx) {
    const tw__hthread *t;
    double sum = p->base_sum;
    size_t k, nb = p->h->nb;
    *mn = p->base_min, *mx = p->base_max;
    for (k = 0; k <= nb; k++) counts[k] = p->base[k];
    for (t = tw__hist.threads; t; t = t->next) {
        uint64_t **chunk = TW__LOAD(&t->dir[p->id / TW__HCHUNK]), *c;
        double d;
        if (!chunk || !(c = TW__LOAD(&chunk[p->id % TW__HCHUNK]))) continue;
        sum += tw__bitsd(TW__RLOAD(&c[0]));
        if ((d = tw__bitsd(TW__RLOAD(&c[1]))) < *mn) *mn = d;
        if ((d = tw__bitsd(TW__RLOAD(&c[2]))) > *mx) *mx = d;
        for (k = 0; k <= nb; k++) counts[k] += TW__RLOAD(&c[3 + k]);
    }
    return sum;
}

TWTRACE_API uint64_t tw_histogram_point_read(tw_histogram_point *p, uint64_t *counts, size_t n_counts, double *sum) {
    uint64_t tmp[65], total = 0;
    double mn, mx, s;
    size_t k;
    if (!p) return 0;
    pthread_mutex_lock(&tw__hist.mu);
    s = tw__hist_totals(p, tmp, &mn, &mx);
    pthread_mutex_unlock(&tw__hist.mu);
    for (k = 0; k <= p->h->nb; k++) {
        total += tmp[k];
        if (counts && k < n_counts) counts[k] = tmp[k];
    }
    if (sum) *sum = s;
    return total;
}

/* In a forked child: only this thread is left, and every total starts from zero. */
static void tw__hist_atfork_child(void) {
    uint32_t i;
    tw__hthread *t, *next;
    pthread_mutex_init(&tw__hist.mu, NULL);
    for (t = tw__hist.threads; t; t = next) {
        next = t->next;
        if (t != tw__ht.cells) tw__hist_retire(t); /* their threads are not in this process */
    }
    tw__hist.threads = tw__ht.cells;
    if (tw__ht.cells) {
        tw__ht.cells->next = NULL;
        for (i = 0; i < TW__HPOINTS_MAX / TW__HCHUNK; i++) {
            size_t k;
            if (!tw__ht.cells->dir[i]) continue;
            for (k = 0; k < TW__HCHUNK; k++)
                if (tw__ht.cells->dir[i][k]) {
                    uint32_t id = (uint32_t)(i * TW__HCHUNK + k);
                    size_t words = id < tw__hist.n ? 3 + tw__hist.points[id]->h->nb + 2 : 0;
                    if (words) memset(tw__ht.cells->dir[i][k], 0, words * sizeof(uint64_t));
                    tw__ht.cells->dir[i][k][1] = tw__dbits(HUGE_VAL), tw__ht.cells->dir[i][k][2] = tw__dbits(-HUGE_VAL);
                }
        }
    }
    for (i = 0; i < tw__hist.n; i++) {
        tw_histogram_point *p = tw__hist.points[i];
        memset(p->base, 0, (p->h->nb + 1) * sizeof(uint64_t));
        p->base_sum = 0, p->base_min = HUGE_VAL, p->base_max = -HUGE_VAL;
    }
    {
        tw_histogram *h;
        uint64_t now = tw__now_ns();
        for (h = tw__hist.list; h; h = h->next) h->start_ns = now;
    }
}

TWTRACE_API void tw_add_prompt_size(int64_t size, const char *direction) {
    static tw_counter *prompt_size;
    static int told;
    tw_counter *c;
    if (!tw__g.enabled) return;
    if (size < 0) {
        if (!__atomic_exchange_n(&told, 1, __ATOMIC_RELAXED))
            tw_log(TW_LOG_WARN, "tw_add_prompt_size(%lld, \"%.20s\"): a negative size is not counted%s%s (said once)", (long long)size,
                   direction ? direction : "input", size >= -100 ? "; as a result it means: " : "",
                   size >= -100 ? tw_result_string((int)size) : "");
        return;
    }
    c = TW__LOAD(&prompt_size);
    if (!c) {
        c = tw_counter_get("prompt_size", "1", "Counts the number of tokens in the prompt.");
        TW__STORE(&prompt_size, c);
    }
    tw_counter_add(c, size, "direction", direction ? direction : "input");
}

TWTRACE_API int64_t tw_count_tokens(const char *text, size_t len) {
    const struct tw__tokenizer_hooks *h = tw__tok();
    const void *enc = tw__g.tokenizer;
    if (!h) {
        if (!__atomic_exchange_n(&tw__said.tokenizer, 1, __ATOMIC_RELAXED))
            tw_log(TW_LOG_WARN, "tw_count_tokens: %s; token counts are unavailable", tw_result_string(TW_ERR_NO_TOKENIZER));
        return TW_ERR_NO_TOKENIZER;
    }
    if (!enc) { /* tracing not initialized (counting works with it off), or the model cannot be served */
        const char *m = tw__g.cfg.tokenizer_target_model ? tw__g.cfg.tokenizer_target_model : "gpt-4";
        enc = h->for_model(m);
        if (!enc) {
            if (!__atomic_exchange_n(&tw__said.tokenizer, 1, __ATOMIC_RELAXED)) tw__tokenizer_problem(h, m);
            return TW_ERR_UNKNOWN_MODEL;
        }
    }
    if (!text && len) return TW_ERR_ARG;
    return (int64_t)h->count(enc, text, len);
}

/* --- exporters: the table, and the built-in ones --- */
/* Every exporter comes from this table by name; the built-in ones are entries like any other. */
#define TW__MAX_EXPORTERS 32
typedef struct tw__exporter_entry {
    char name[32];
    tw_exporter_factory make;
    void *user;
} tw__exporter_entry;
static int tw__console_make(const tw_config *cfg, tw_exporter *out);
static int tw__file_make(const tw_config *cfg, tw_exporter *out);
static int tw__none_make(const tw_config *cfg, tw_exporter *out);
static struct {
    pthread_mutex_t mu;
    tw__exporter_entry e[TW__MAX_EXPORTERS];
    size_t n;
} tw__exporters = {PTHREAD_MUTEX_INITIALIZER,
                   {{"otlp", NULL, NULL}, {"console", tw__console_make, NULL}, {"file", tw__file_make, NULL}, {"none", tw__none_make, NULL}},
                   4};

static int tw__exporter_name_ok(const char *name) {
    size_t i, n = name ? strlen(name) : 0;
    if (n == 0 || n > 31) return 0;
    for (i = 0; i < n; i++)
        if (!((name[i] >= 'a' && name[i] <= 'z') || (name[i] >= '0' && name[i] <= '9') || name[i] == '_' || name[i] == '-' || name[i] == '.'))
            return 0;
    return 1;
}

TWTRACE_API int tw_register_exporter(const char *name, tw_exporter_factory f, void *user) {
    size_t i;
    int r = TW_OK;
    if (!tw__exporter_name_ok(name)) return TW_ERR_ARG;
    pthread_mutex_lock(&tw__exporters.mu);
    for (i = 0; i < tw__exporters.n && strcmp(tw__exporters.e[i].name, name) != 0; i++) {
    }
    if (i == tw__exporters.n && !f) { /* nothing to remove */
    } else if (i == tw__exporters.n && i == TW__MAX_EXPORTERS) {
        r = TW_ERR_NOMEM;
    } else {
        if (i == tw__exporters.n) memcpy(tw__exporters.e[i].name, name, strlen(name) + 1), tw__exporters.n++;
        tw__exporters.e[i].make = f, tw__exporters.e[i].user = user; /* otlp's entry stays, empty, for its message */
    }
    pthread_mutex_unlock(&tw__exporters.mu);
    return r;
}
TWTRACE_API void tw_register_otlp_factory(tw_exporter_factory f) { (void)tw_register_exporter("otlp", f, NULL); }

/* The names of the exporters that can be chosen, for messages. */
static void tw__exporter_names(char *out, size_t cap) {
    size_t i, at = 0;
    out[0] = 0;
    for (i = 0; i < tw__exporters.n && at + 40 < cap; i++)
        if (tw__exporters.e[i].make || strcmp(tw__exporters.e[i].name, "otlp") == 0)
            at += (size_t)snprintf(out + at, cap - at, "%s\"%s\"", at ? ", " : "", tw__exporters.e[i].name);
}
static int tw__check_exporter(const char *v, char *why, size_t n) {
    size_t i;
    int found = 0;
    char names[1200];
    pthread_mutex_lock(&tw__exporters.mu);
    for (i = 0; i < tw__exporters.n && !found; i++)
        found = strcmp(tw__exporters.e[i].name, v) == 0 && (tw__exporters.e[i].make || i == 0);
    if (!found) tw__exporter_names(names, sizeof names);
    pthread_mutex_unlock(&tw__exporters.mu);
    if (found) return 0;
    snprintf(why, n, "one of %.250s (others are registered with tw_register_exporter)", names);
    return -1;
}

/* Makes the exporter cfg->exporter names into tw__g.exporter: TW_OK, or an error after saying why. */
static int tw__make_exporter(const tw_config *cfg) {
    size_t i;
    tw__exporter_entry e;
    int found = 0, r;
    pthread_mutex_lock(&tw__exporters.mu);
    for (i = 0; i < tw__exporters.n && !found; i++)
        if (strcmp(tw__exporters.e[i].name, cfg->exporter) == 0) e = tw__exporters.e[i], found = 1;
    pthread_mutex_unlock(&tw__exporters.mu);
    memset(&tw__g.exporter, 0, sizeof tw__g.exporter);
    if (!found || !e.make) {
        if (strcmp(cfg->exporter, "otlp") == 0)
            tw_log(TW_LOG_ERROR, "tracing.exporter is \"otlp\" but twotlp_http.h is not compiled in: include it after "
                                 "twtrace.h in the implementation file, or use \"console\" or \"file\"");
        else
            tw_log(TW_LOG_ERROR, "tracing.exporter \"%s\" is not registered", cfg->exporter);
        return TW_ERR_EXPORTER;
    }
    tw__g.exporter.ctx = e.user;
    if ((r = e.make(cfg, &tw__g.exporter)) != 0) {
        memset(&tw__g.exporter, 0, sizeof tw__g.exporter);
        return r == TW_ERR_IO ? TW_ERR_IO : TW_ERR_EXPORTER;
    }
    tw__g.has_exporter = 1;
    return TW_OK;
}

/* file: OTLP JSON lines */
static int tw__file_traces(void *ctx, const char *json, size_t len, size_t nspans) {
    FILE *f = (FILE *)ctx;
    (void)nspans;
    if (fwrite(json, 1, len, f) != len || fputc('\n', f) == EOF || fflush(f) != 0) return -1;
    return 0;
}
static int tw__file_metrics(void *ctx, const char *json, size_t len) { return tw__file_traces(ctx, json, len, 0); }
static void tw__file_shutdown(void *ctx) {
    FILE *f = (FILE *)ctx;
    if (f != stdout && f != stderr) fclose(f);
}
static int tw__file_make(const tw_config *cfg, tw_exporter *out) {
    FILE *f = strcmp(cfg->file_path, "-") == 0 ? stdout : fopen(cfg->file_path, "a");
    if (!f) {
        tw_log(TW_LOG_ERROR, "tracing.file_path \"%s\": cannot open for appending: %s", cfg->file_path, strerror(errno));
        return TW_ERR_IO;
    }
    out->ctx = f;
    out->export_traces = tw__file_traces;
    out->export_metrics = tw__file_metrics;
    out->shutdown = tw__file_shutdown;
    return 0;
}

/* none: takes nothing (no function: nothing is serialized), loses nothing */
static int tw__none_make(const tw_config *cfg, tw_exporter *out) {
    (void)cfg, (void)out;
    return 0;
}

/* console: a tree per trace from the span data (its traces come whole): a line per span (name,
   duration, status), and under it a line per attribute, per event and per exception; then the
   metrics. Strings are shortened to one line: escaped, cut at 100 bytes (at a character boundary),
   with their full length when cut. */
static void tw__console_str(FILE *out, const char *s, size_t n) {
    size_t i = 0, shown = n > 100 ? 100 : n;
    fputc('"', out);
    while (i < shown) {
        unsigned char c = (unsigned char)s[i];
        size_t l = c >= 0x80 ? tw__utf8_len((const unsigned char *)s + i, n - i) : 1;
        if (c >= 0x80 && l) {
            if (i + l > shown && i > 0) break;
            fwrite(s + i, 1, l, out), i += l;
            continue;
        }
        if (c == '"' || c == '\\') fputc('\\', out), fputc((int)c, out);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\r') fputs("\\r", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c < 0x20 || c >= 0x7F) fprintf(out, "\\x%02x", c);
        else fputc((int)c, out);
        i++;
    }
    fputc('"', out);
    if (i < n) fprintf(out, "... (%zu bytes)", n);
}

static void tw__console_value(FILE *out, const tw_attr_data *a) {
    if (a->type == TW_ATTR_STRING) tw__console_str(out, a->s, a->s_len);
    else if (a->type == TW_ATTR_INT) fprintf(out, "%lld", (long long)a->i);
    else if (a->type == TW_ATTR_DOUBLE) fprintf(out, "%.15g", a->d);
    else fputs(a->i ? "true" : "false", out);
}

static const tw_attr_data *tw__console_find(const tw_event_data *e, const char *key) {
    size_t i, kl = strlen(key);
    for (i = 0; i < e->n_attrs; i++)
        if (e->attrs[i].key_len == kl && memcmp(e->attrs[i].key, key, kl) == 0) return &e->attrs[i];
    return NULL;
}

static void tw__console_details(FILE *out, const tw_span_data *s, int indent) {
    size_t i, k;
    static const char *const kinds[] = {"", "", "server", "client", "producer", "consumer"};
    if (s->kind >= TW_SPAN_KIND_SERVER && s->kind <= TW_SPAN_KIND_CONSUMER) fprintf(out, "%*skind = %s\n", indent, "", kinds[s->kind]);
    for (i = 0; i < s->n_attrs; i++) {
        fprintf(out, "%*s%.*s = ", indent, "", (int)(s->attrs[i].key_len > 100 ? 100 : s->attrs[i].key_len), s->attrs[i].key);
        tw__console_value(out, &s->attrs[i]);
        fputc('\n', out);
    }
    for (i = 0; i < s->n_events; i++) {
        const tw_event_data *e = &s->events[i];
        const tw_attr_data *a;
        double at = (double)(int64_t)(e->time_unix_ns - s->start_unix_ns) / 1e6;
        if (e->name_len == 9 && memcmp(e->name, "exception", 9) == 0) {
            fprintf(out, "%*sexception", indent, "");
            if ((a = tw__console_find(e, "exception.type")) != NULL) fprintf(out, " %.*s", (int)(a->s_len > 100 ? 100 : a->s_len), a->s);
            if ((a = tw__console_find(e, "exception.message")) != NULL) fputs(": ", out), tw__console_value(out, a);
            fprintf(out, "  (+%.3f ms)\n", at);
            if ((a = tw__console_find(e, "exception.stacktrace")) != NULL)
                fprintf(out, "%*sstacktrace ", indent + 2, ""), tw__console_value(out, a), fputc('\n', out);
            continue;
        }
        fprintf(out, "%*sevent ", indent, "");
        tw__console_str(out, e->name, e->name_len);
        fprintf(out, "  (+%.3f ms)", at);
        for (k = 0; k < e->n_attrs; k++) {
            fprintf(out, "  %.*s=", (int)(e->attrs[k].key_len > 100 ? 100 : e->attrs[k].key_len), e->attrs[k].key);
            tw__console_value(out, &e->attrs[k]);
        }
        fputc('\n', out);
    }
    for (i = 0; i < s->n_links; i++) {
        static const char hx[] = "0123456789abcdef";
        char t[49];
        for (k = 0; k < 16; k++) t[2 * k] = hx[s->links[i].context.trace_id[k] >> 4], t[2 * k + 1] = hx[s->links[i].context.trace_id[k] & 15];
        t[32] = '/';
        for (k = 0; k < 8; k++) t[33 + 2 * k] = hx[s->links[i].context.span_id[k] >> 4], t[34 + 2 * k] = hx[s->links[i].context.span_id[k] & 15];
        t[48] = 0;
        fprintf(out, "%*slink %s", indent, "", t);
        for (k = 0; k < s->links[i].n_attrs; k++) {
            fprintf(out, "  %.*s=", (int)(s->links[i].attrs[k].key_len > 100 ? 100 : s->links[i].attrs[k].key_len), s->links[i].attrs[k].key);
            tw__console_value(out, &s->links[i].attrs[k]);
        }
        fputc('\n', out);
    }
}

static void tw__console_tree(FILE *out, const tw_span_data *spans, size_t n, size_t parent, int depth, unsigned char *done) {
    size_t i;
    for (i = 0; i < n; i++) {
        const tw_span_data *s = &spans[i];
        if (done[i]) continue;
        if (parent == (size_t)-1) {
            size_t k;
            int is_child = 0;
            for (k = 0; k < n && s->has_parent && !is_child; k++)
                is_child = memcmp(spans[k].context.span_id, s->parent_span_id, 8) == 0 && memcmp(spans[k].context.trace_id, s->context.trace_id, 16) == 0;
            if (is_child) continue;
        } else if (!s->has_parent || memcmp(spans[parent].context.span_id, s->parent_span_id, 8) != 0) {
            continue;
        }
        done[i] = 1;
        fprintf(out, "%*s%.*s  %.3f ms", 2 + 2 * depth, "", (int)s->name_len, s->name, (double)(s->end_unix_ns - s->start_unix_ns) / 1e6);
        if (s->status == TW_STATUS_OK) fprintf(out, "  OK");
        if (s->status == TW_STATUS_ERROR) fprintf(out, "  ERROR");
        if (s->status_message_len) fputs("  ", out), tw__console_str(out, s->status_message, s->status_message_len);
        if (s->dropped_attrs || s->dropped_events || s->dropped_links)
            fprintf(out, "  (%u attributes, %u events and %u links over the limits)", s->dropped_attrs, s->dropped_events, s->dropped_links);
        fputc('\n', out);
        tw__console_details(out, s, 6 + 2 * depth);
        tw__console_tree(out, spans, n, i, depth + 1, done);
    }
}

static int tw__console_spans(void *ctx, const tw_span_data *spans, size_t n) {
    static const char hx[] = "0123456789abcdef";
    unsigned char *done = (unsigned char *)TW_MALLOC(n ? 2 * n : 1); /* [0, n): printed; [n, 2n): in the group */
    tw_span_data *group = (tw_span_data *)TW_MALLOC((n ? n : 1) * sizeof *group);
    size_t i, k;
    (void)ctx;
    if (!done || !group) {
        TW_FREE(done), TW_FREE(group);
        return -1;
    }
    memset(done, 0, 2 * n);
    for (i = 0; i < n; i++) { /* one tree per trace, in order of first appearance */
        char tid[33];
        size_t m = 0;
        if (done[i]) continue;
        for (k = i; k < n; k++)
            if (!done[k] && memcmp(spans[k].context.trace_id, spans[i].context.trace_id, 16) == 0) group[m++] = spans[k], done[k] = 1;
        for (k = 0; k < 16; k++) tid[2 * k] = hx[spans[i].context.trace_id[k] >> 4], tid[2 * k + 1] = hx[spans[i].context.trace_id[k] & 15];
        tid[32] = 0;
        fprintf(stdout, "trace %s (%s)\n", tid, tw_service_name());
        memset(done + n, 0, n);
        tw__console_tree(stdout, group, m, (size_t)-1, 0, done + n);
    }
    fflush(stdout);
    TW_FREE(done), TW_FREE(group);
    return 0;
}

static int tw__console_metrics(void *ctx, const tw_metric_data *m, size_t n) {
    size_t i, k;
    (void)ctx;
    for (i = 0; i < n; i++) {
        fprintf(stdout, "metric %s{", m[i].name);
        for (k = 0; k < m[i].n_attrs; k++) {
            const tw_attr_data *a = &m[i].attrs[k];
            fprintf(stdout, "%s%.*s=", k ? "," : "", (int)a->key_len, a->key);
            if (a->type == TW_ATTR_STRING) fprintf(stdout, "\"%.*s\"", (int)a->s_len, a->s);
            else if (a->type == TW_ATTR_DOUBLE) fprintf(stdout, "%g", a->d);
            else fprintf(stdout, "%lld", (long long)a->i);
        }
        if (m[i].kind == TW_METRIC_HISTOGRAM)
            fprintf(stdout, "} count=%llu sum=%g min=%g max=%g\n", (unsigned long long)m[i].count, m[i].sum, m[i].min, m[i].max);
        else
            fprintf(stdout, "} = %lld\n", (long long)m[i].value);
    }
    fflush(stdout);
    return 0;
}

static int tw__console_make(const tw_config *cfg, tw_exporter *out) {
    (void)cfg;
    out->export_spans = tw__console_spans;
    out->export_metric_data = tw__console_metrics;
    out->flags = TW_EXPORTER_WHOLE_TRACES;
    return 0;
}

/* --- the exporter thread --- */
/* The span data of a batch, built for an exporter's export_spans (exporter thread only). */
static struct {
    tw_span_data *spans;
    size_t scap;
    tw_attr_data *attrs;
    size_t acap;
    tw_event_data *events;
    size_t ecap;
    tw_link_data *links;
    size_t lcap;
} tw__sd;

static void tw__attr_data_of(tw_attr_data *o, const tw__rec *r) {
    int base = TW__REC_BASE(r->kind);
    memset(o, 0, sizeof *o);
    o->key = r->key, o->key_len = r->klen;
    o->type = (tw_attr_type)base;
    if (base == TW__REC_STR) o->s = r->val, o->s_len = r->vlen;
    else if (base == TW__REC_INT) memcpy(&o->i, r->val, 8);
    else if (base == TW__REC_DOUBLE) memcpy(&o->d, r->val, 8);
    else o->i = *r->val ? 1 : 0;
}

/* Picks recs[0, n) as tw__pick does into the attribute array at *at; returns how many. */
static size_t tw__attrs_data(tw__scratch *x, const tw__rec *recs, size_t n, size_t *at, uint32_t *dropped) {
    size_t m = tw__pick(x, recs, n, dropped), i;
    for (i = 0; i < m; i++) tw__attr_data_of(&tw__sd.attrs[*at + i], &recs[x->keep[i]]);
    *at += m;
    return m;
}

/* Builds the span data of spans[0, n) into tw__sd: NULL when out of memory. Pointers into the
   arrays are set once every array has its final size (a first pass counts). */
static const tw_span_data *tw__build_span_data(tw_span **spans, size_t n, tw__scratch *x) {
    size_t i, na = 0, ne = 0, nl = 0, at = 0, et = 0, lt = 0;
    for (i = 0; i < n; i++) { /* upper bounds: every record could be an attribute */
        tw__rec r;
        const char *p = spans[i]->buf + spans[i]->name_len, *end = spans[i]->buf + spans[i]->len;
        while (p && p < end) {
            p = tw__rec_next(p, end, &r);
            na++, ne += r.kind == TW__REC_EVENT, nl += r.kind == TW__REC_LINK;
        }
    }
    if (!tw__grow((void **)&tw__sd.spans, &tw__sd.scap, n + 1, sizeof(tw_span_data)) ||
        !tw__grow((void **)&tw__sd.attrs, &tw__sd.acap, na + 1, sizeof(tw_attr_data)) ||
        !tw__grow((void **)&tw__sd.events, &tw__sd.ecap, ne + 1, sizeof(tw_event_data)) ||
        !tw__grow((void **)&tw__sd.links, &tw__sd.lcap, nl + 1, sizeof(tw_link_data)))
        return NULL;
    for (i = 0; i < n; i++) {
        const tw_span *s = spans[i];
        tw_span_data *d = &tw__sd.spans[i];
        size_t k, first;
        if (!tw__decode(s, x)) return NULL;
        memset(d, 0, sizeof *d);
        memcpy(d->context.trace_id, s->trace_id, 16), memcpy(d->context.span_id, s->span_id, 8);
        d->context.flags = s->flags, d->context.valid = 1;
        if (s->has_parent) memcpy(d->parent_span_id, s->parent_id, 8);
        d->has_parent = s->has_parent != 0, d->parent_is_remote = s->has_parent == TW__PARENT_REMOTE;
        d->kind = (tw_span_kind)(s->kind >= 1 && s->kind <= 5 ? s->kind : 1);
        d->name = s->buf, d->name_len = s->name_len;
        d->start_unix_ns = tw__ticks_to_ns(s->start_tick);
        d->end_unix_ns = tw__ticks_to_ns(s->end_tick < s->start_tick ? s->start_tick : s->end_tick);
        d->status = (tw_status_code)s->status;
        if (s->status == TW_STATUS_ERROR && x->msglen) d->status_message = x->msg, d->status_message_len = x->msglen;
        first = at;
        d->n_attrs = tw__attrs_data(x, x->a, x->na, &at, &d->dropped_attrs);
        d->dropped_attrs += s->dropped_attrs;
        d->attrs = (const tw_attr_data *)(uintptr_t)first; /* an index until the pass below */
        d->events = (const tw_event_data *)(uintptr_t)et;
        d->links = (const tw_link_data *)(uintptr_t)lt;
        for (k = 0; k < x->n; k++) {
            size_t end;
            if (x->r[k].kind == TW__REC_EVENT) {
                tw_event_data *e = &tw__sd.events[et++];
                uint64_t t;
                end = tw__group_end(x, k, TW__IN_EVENT);
                memcpy(&t, x->r[k].val, 8);
                e->name = x->r[k].key, e->name_len = x->r[k].klen, e->time_unix_ns = tw__ticks_to_ns(t);
                e->attrs = (const tw_attr_data *)(uintptr_t)at;
                e->n_attrs = tw__attrs_data(x, x->r + k + 1, end - k - 1, &at, &e->dropped_attrs);
                d->n_events++;
            } else if (x->r[k].kind == TW__REC_LINK && x->r[k].klen == 25) {
                tw_link_data *l = &tw__sd.links[lt++];
                end = tw__group_end(x, k, TW__IN_LINK);
                memset(&l->context, 0, sizeof l->context);
                memcpy(l->context.trace_id, x->r[k].key, 16), memcpy(l->context.span_id, x->r[k].key + 16, 8);
                l->context.flags = (uint8_t)x->r[k].key[24], l->context.valid = 1;
                l->attrs = (const tw_attr_data *)(uintptr_t)at;
                l->n_attrs = tw__attrs_data(x, x->r + k + 1, end - k - 1, &at, &l->dropped_attrs);
                d->n_links++;
            }
        }
        d->dropped_events = s->dropped_events, d->dropped_links = s->dropped_links;
    }
    TW_ASSERT(at <= na && et <= ne && lt <= nl); /* the first pass's bounds held */
    for (i = 0; i < n; i++) { /* indexes to pointers */
        tw_span_data *d = &tw__sd.spans[i];
        size_t k;
        d->attrs = tw__sd.attrs + (uintptr_t)d->attrs;
        d->events = tw__sd.events + (uintptr_t)d->events;
        d->links = tw__sd.links + (uintptr_t)d->links;
        for (k = 0; k < d->n_events; k++) tw__sd.events[(size_t)(d->events - tw__sd.events) + k].attrs = tw__sd.attrs + (uintptr_t)d->events[k].attrs;
        for (k = 0; k < d->n_links; k++) tw__sd.links[(size_t)(d->links - tw__sd.links) + k].attrs = tw__sd.attrs + (uintptr_t)d->links[k].attrs;
    }
    return tw__sd.spans;
}

static void tw__span_data_free(void) {
    TW_FREE(tw__sd.spans), TW_FREE(tw__sd.attrs), TW_FREE(tw__sd.events), TW_FREE(tw__sd.links);
    memset(&tw__sd, 0, sizeof tw__sd);
}

/* An exporter with TW_EXPORTER_WHOLE_TRACES gets a trace's spans once its local root has ended (a
   span with no parent, or whose parent came from elsewhere: TRACEPARENT, tw_span_options.parent;
   not an attached context, which is a span of this process); until then they are held
   here. A flush, the shutdown, or more than max_queue_size held spans give whatever is held.
   Exporter thread only. */
static struct {
    tw_span **held;
    size_t n, cap;
} tw__hold;

static int tw__is_local_root(const tw_span *s) { return s->has_parent != 1; }

/* Serializes spans and hands the body to the exporter; returns how many spans were lost. A body
   over tracing.max_request_bytes is split in halves; a single span over it has its string values
   cut (at a character boundary) until it fits, and says so in the log: nothing is dropped for its
   size. */
static size_t tw__send_json(tw__buf *b, tw_span **spans, size_t n, tw__scratch *x) {
    size_t limit = (size_t)tw__g.cfg.max_request_bytes, whole;
    int r;
    b->n = 0, b->oom = 0;
    tw__g.ser_cap = 0;
    tw__put_traces(b, spans, n, x);
    if (!b->oom && b->n > limit && n > 1) return tw__send_json(b, spans, n / 2, x) + tw__send_json(b, spans + n / 2, n - n / 2, x);
    whole = b->n;
    if (!b->oom && b->n > limit) {
        size_t cut = limit;
        while (!b->oom && b->n > limit && cut > 1) {
            cut /= 2;
            tw__g.ser_cap = cut;
            b->n = 0;
            tw__put_traces(b, spans, 1, x);
        }
        tw_log(TW_LOG_WARN, "span \"%.*s\" serializes to %zu bytes, over tracing.max_request_bytes (%zu): its string values were cut to %zu bytes",
               (int)(spans[0]->name_len > 100 ? 100 : spans[0]->name_len), spans[0]->buf, whole, limit, cut);
        tw__g.ser_cap = 0;
    }
    r = b->oom ? -1 : tw__g.exporter.export_traces(tw__g.exporter.ctx, b->p, b->n, n);
    if (r) TW__ADD(&tw__g.stats.export_failures, 1);
    return r ? n : 0;
}

/* Gives spans[0, n) to the exporter, as data and as JSON as it asks, and counts them: exported when
   every way they went succeeded. */
static void tw__deliver(tw__buf *b, tw_span **spans, size_t n, tw__scratch *x) {
    size_t lost = 0;
    if (!n) return;
    tw__clock_calibrate();
    if (tw__g.has_exporter && tw__g.exporter.export_spans) {
        const tw_span_data *d = tw__build_span_data(spans, n, x);
        if (!d || tw__g.exporter.export_spans(tw__g.exporter.ctx, d, n) != 0) {
            TW__ADD(&tw__g.stats.export_failures, 1);
            lost = n;
        }
    }
    if (tw__g.has_exporter && tw__g.exporter.export_traces) {
        size_t l = tw__send_json(b, spans, n, x);
        if (l > lost) lost = l;
    }
    if (lost) TW__ADD(&tw__g.stats.spans_failed, lost);
    TW__ADD(&tw__g.stats.spans_exported, n - lost);
}

/* Takes spans for an exporter of whole traces (force: give everything held) and gives those whose
   trace's local root has ended. The exporter's span objects are freed once given. */
static void tw__hold_take(tw__buf *b, tw_span **spans, size_t n, int force, tw__scratch *x) {
    size_t i, k, nready = 0, nkeep = 0;
    tw_span **ready;
    if (!tw__grow((void **)&tw__hold.held, &tw__hold.cap, tw__hold.n + n, sizeof(tw_span *))) { /* no room to hold them: as they come */
        tw__deliver(b, spans, n, x);
        for (i = 0; i < n; i++) tw__span_free(spans[i]);
        return;
    }
    if (n) memcpy(tw__hold.held + tw__hold.n, spans, n * sizeof *spans);
    tw__hold.n += n;
    if (!tw__hold.n) return;
    if (tw__hold.n > (size_t)tw__g.cfg.max_queue_size) force = 1;
    ready = (tw_span **)TW_MALLOC(tw__hold.n * sizeof *ready);
    if (!ready) return;
    for (i = 0; i < tw__hold.n; i++) {
        tw_span *sp = tw__hold.held[i];
        int done = force;
        for (k = 0; !done && k < tw__hold.n; k++)
            done = tw__is_local_root(tw__hold.held[k]) && memcmp(tw__hold.held[k]->trace_id, sp->trace_id, 16) == 0;
        if (done) ready[nready++] = sp;
        else tw__hold.held[nkeep++] = sp;
    }
    tw__hold.n = nkeep;
    tw__deliver(b, ready, nready, x);
    for (i = 0; i < nready; i++) tw__span_free(ready[i]);
    TW_FREE(ready);
}

/* The self-metric twtrace.spans.dropped (a cumulative sum by reason: queue_full, export_failed),
   brought up to the statistics before each metrics export; it appears with the first loss. */
static void tw__sync_self_metrics(void) {
    static const char *const reason[2] = {"queue_full", "export_failed"};
    tw_stats st = tw_get_stats();
    uint64_t lost[2];
    tw_counter *c;
    int i;
    lost[0] = st.spans_dropped, lost[1] = st.spans_failed;
    if (!lost[0] && !lost[1]) return;
    c = tw_counter_get("twtrace.spans.dropped", "{span}",
                       "Spans lost: dropped at a full export queue (queue_full) or in exports that failed for good (export_failed).");
    for (i = 0; i < 2; i++) {
        int64_t have = tw_counter_value(c, "reason", reason[i]);
        if (have < 0) have = 0;
        if ((int64_t)lost[i] > have) tw_counter_add(c, (int64_t)lost[i] - have, "reason", reason[i]);
    }
}

/* Every metric's points, copied under the locks (exporter thread only); the histograms' bucket
   counts go to one array. */
static struct {
    tw_metric_data *p;
    size_t cap;
    uint64_t *counts;
    size_t ccap;
} tw__md;

static void tw__export_metrics(tw__buf *b, int only_if_changed) {
    uint64_t now = tw__now_ns();
    size_t np = 0, nc = 0, i;
    int r = 0, data = tw__g.has_exporter && tw__g.exporter.export_metric_data != NULL;
    int json = tw__g.has_exporter && tw__g.exporter.export_metrics != NULL;
    int hdirty = TW__RLOAD(&tw__hist.dirty);
    tw_counter *c;
    tw__sync_self_metrics();
    b->n = 0, b->oom = 0;
    pthread_mutex_lock(&tw__g.mu);
    pthread_mutex_lock(&tw__hist.mu);
    if ((!tw__g.counters && !tw__hist.n) || (only_if_changed && !tw__g.metrics_dirty && !hdirty) || (!data && !json)) {
        pthread_mutex_unlock(&tw__hist.mu);
        pthread_mutex_unlock(&tw__g.mu);
        return;
    }
    tw__g.metrics_dirty = 0;
    TW__RSTORE(&tw__hist.dirty, 0);
    for (c = tw__g.counters; c && !r; c = c->next) {
        if (!tw__grow((void **)&tw__md.p, &tw__md.cap, np + c->n + 1, sizeof(tw_metric_data))) {
            r = -1;
            break;
        }
        for (i = 0; i < c->n; i++, np++) { /* names and attribute strings live as long as the counter */
            tw_metric_data *m = &tw__md.p[np];
            memset(m, 0, sizeof *m);
            m->name = c->name, m->unit = c->unit, m->description = c->description;
            m->attr_key = c->points[i].attr_key, m->attr_value = c->points[i].attr_value;
            m->attrs = c->points[i].attrs, m->n_attrs = c->points[i].n_attrs;
            m->value = c->points[i].value, m->start_unix_ns = c->start_ns, m->time_unix_ns = now;
        }
    }
    { /* histograms: by histogram, their points in the order they were made */
        tw_histogram *h;
        size_t words = 0;
        uint32_t k;
        for (k = 0; k < tw__hist.n; k++) words += tw__hist.points[k]->h->nb + 1;
        if (!r && (!tw__grow((void **)&tw__md.p, &tw__md.cap, np + tw__hist.n + 1, sizeof(tw_metric_data)) ||
                   !tw__grow((void **)&tw__md.counts, &tw__md.ccap, words + 1, sizeof(uint64_t))))
            r = -1;
        for (h = tw__hist.list; h && !r; h = h->next)
            for (k = 0; k < tw__hist.n; k++) {
                tw_histogram_point *p = tw__hist.points[k];
                tw_metric_data *m = &tw__md.p[np];
                size_t q;
                if (p->h != h) continue;
                memset(m, 0, sizeof *m);
                m->name = h->name, m->unit = h->unit, m->description = h->description;
                m->attr_key = p->attr_key, m->attr_value = p->attr_value;
                m->attrs = p->attrs, m->n_attrs = p->n_attrs;
                m->kind = TW_METRIC_HISTOGRAM, m->start_unix_ns = h->start_ns, m->time_unix_ns = now;
                m->bounds = h->bounds, m->n_bounds = h->nb;
                m->sum = tw__hist_totals(p, tw__md.counts + nc, &m->min, &m->max);
                for (q = 0; q <= h->nb; q++) m->count += tw__md.counts[nc + q];
                if (!m->count) continue; /* bound, never recorded into: no point yet */
                m->bucket_counts = tw__md.counts + nc;
                nc += h->nb + 1, np++;
            }
    }
    pthread_mutex_unlock(&tw__hist.mu);
    if (!r && np && json) tw__put_metrics(b, tw__md.p, np);
    pthread_mutex_unlock(&tw__g.mu);
    if (!r && np && data && tw__g.exporter.export_metric_data(tw__g.exporter.ctx, tw__md.p, np) != 0) r = -1;
    if (!r && np && json && (b->oom || tw__g.exporter.export_metrics(tw__g.exporter.ctx, b->p, b->n) != 0)) r = -1;
    if (r) TW__ADD(&tw__g.stats.export_failures, 1), TW__ADD(&tw__g.stats.metric_exports_failed, 1);
}

/* Moves up to max finished spans out of the rings into batch (the exporter's own span objects), so
   that the rings' room is free again before the export, however long it takes. The rings are visited
   from a different one each call, so that a busy thread does not keep the others waiting. */
static size_t tw__collect(tw_span **batch, size_t max) {
    static unsigned rr;
    uint64_t gen = TW__LOAD(&tw__g.gen);
    size_t n = 0, nlogs = 0, i;
    tw__ring *lg;
    pthread_mutex_lock(&tw__reg.mu);
    for (lg = tw__reg.rings; lg; lg = lg->next) nlogs++;
    rr++;
    for (lg = tw__reg.rings, i = 0; nlogs && i < rr % nlogs; i++) lg = lg->next; /* the first one visited */
    for (i = 0; i < nlogs && n < max; i++, lg = lg->next ? lg->next : tw__reg.rings) {
        uint64_t t, h, nt;
        uint32_t pre[2];
        const char *p;
        if (TW__LOAD(&lg->gen) != gen || !lg->buf) continue;
        t = lg->tail, nt = lg->ntail, h = TW__LOAD(&lg->head);
        while (n < max && (p = tw__ring_next(lg, &t, h, pre)) != NULL) {
            tw_span *e;
            if ((e = tw__xspan_get()) == NULL) break; /* out of memory: the records wait */
            memcpy(e, p + 8, TW__HDR_BYTES);
            if (pre[1]) { /* the record's buffer is handed over */
                if (e->buf != e->inline_buf) TW_FREE(e->buf);
                memcpy(&e->buf, p + 8 + TW__HDR_BYTES, sizeof e->buf);
                e->cap = e->len;
            } else {
                if (e->len > e->cap) {
                    char *nb = (char *)TW_MALLOC(e->len);
                    if (e->buf != e->inline_buf) TW_FREE(e->buf);
                    e->buf = nb ? nb : e->inline_buf;
                    e->cap = nb ? e->len : TW__INLINE_BYTES;
                }
                if (e->len <= e->cap) {
                    memcpy(e->buf, p + 8 + TW__HDR_BYTES, e->len);
                } else { /* out of memory: the span goes with its name and ids only */
                    e->dropped_attrs += e->n_attrs, e->dropped_events += e->n_events; /* its links are lost uncounted */
                    e->n_attrs = e->n_events = 0;
                    e->name_len = e->name_len < TW__INLINE_BYTES ? e->name_len : 0;
                    memcpy(e->buf, p + 8 + TW__HDR_BYTES, e->name_len);
                    e->len = e->name_len;
                }
            }
            batch[n++] = e;
            t += pre[0], nt++;
        }
        TW__RSTORE(&lg->ntail, nt);
        TW__STORE(&lg->tail, t);
    }
    pthread_mutex_unlock(&tw__reg.mu);
    return n;
}

/* Frees the rings of threads that have exited, once read (or at once if they belong to an earlier
   generation); their counts go to the totals. Exporter thread, or no exporter running. */
static void tw__reap_rings(int all) {
    uint64_t gen = TW__LOAD(&tw__g.gen);
    tw__ring *lg, **pp;
    pthread_mutex_lock(&tw__reg.mu);
    for (pp = &tw__reg.rings; (lg = *pp) != NULL;) {
        int current = TW__LOAD(&lg->gen) == gen;
        if (!TW__LOAD(&lg->dead) || (current && !all && lg->tail != TW__LOAD(&lg->head))) {
            pp = &lg->next;
            continue;
        }
        tw__ring_discard(lg);
        if (current) {
            TW__ADD(&tw__g.started_base, TW__RLOAD(&lg->started));
            TW__ADD(&tw__g.ended_base, TW__RLOAD(&lg->nhead));
            TW__ADD(&tw__g.unsampled_base, TW__RLOAD(&lg->unsampled));
            TW__ADD(&tw__g.stats.spans_dropped, TW__RLOAD(&lg->dropped));
        }
        *pp = lg->next;
        TW_FREE(lg->buf);
        TW_FREE(lg);
    }
    pthread_mutex_unlock(&tw__reg.mu);
}

/* Whether a ring holds a full batch (the exporter then does not sleep). */
static int tw__batch_waiting(void) {
    uint64_t gen = TW__LOAD(&tw__g.gen), batch = (uint64_t)tw__g.cfg.max_export_batch_size;
    tw__ring *lg;
    int r = 0;
    pthread_mutex_lock(&tw__reg.mu);
    for (lg = tw__reg.rings; lg && !r; lg = lg->next)
        if (TW__LOAD(&lg->gen) == gen && TW__RLOAD(&lg->nhead) - TW__RLOAD(&lg->ntail) >= batch) r = 1;
    pthread_mutex_unlock(&tw__reg.mu);
    return r;
}

/* Exports what is queued, batch by batch; returns the number of spans taken. */
static size_t tw__export_spans(tw__buf *b, tw_span **batch, tw__scratch *x) {
    size_t total = 0;
    for (;;) {
        size_t n = tw__collect(batch, (size_t)tw__g.cfg.max_export_batch_size), i;
        if (!n) break;
        total += n;
        if (tw__g.exporter.flags & TW_EXPORTER_WHOLE_TRACES) {
            tw__hold_take(b, batch, n, 0, x); /* it frees them once given */
            continue;
        }
        tw__deliver(b, batch, n, x);
        for (i = 0; i < n; i++) tw__span_free(batch[i]);
    }
    return total;
}

/* Waits on cv (with tw__g.mu held) for at most ms milliseconds. */
static void tw__cond_wait_ms(pthread_cond_t *cv, uint64_t ms) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += (time_t)(ms / 1000);
    ts.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) ts.tv_sec++, ts.tv_nsec -= 1000000000L;
    pthread_cond_timedwait(cv, &tw__g.mu, &ts);
}

/* The exporter thread; arg is its batch array (max_export_batch_size spans), allocated by tw_init
   so that a failure to allocate it fails tw_init. */
static void *tw__exporter_main(void *arg) {
    tw__buf b = {NULL, 0, 0, 0};
    tw__scratch x;
    tw_span **batch = (tw_span **)arg; /* never NULL: tw__start_exporter allocated it */
    /* build the tokenizer's tables here, so that no application thread pays for them */
    if (tw__g.tokenizer && tw__tok()) (void)tw__tok()->prepare(tw__g.tokenizer);
    memset(&x, 0, sizeof x);
    tw__g.last_metric_ms = tw__mono_ms();
    pthread_mutex_lock(&tw__g.mu);
    for (;;) {
        uint64_t flush_goal = tw__g.flush_requested;
        int stop = tw__g.stop;
        uint64_t now;
        pthread_mutex_unlock(&tw__g.mu);
        tw__export_spans(&b, batch, &x);
        tw__reap_rings(0);
        if ((tw__g.exporter.flags & TW_EXPORTER_WHOLE_TRACES) && (stop || flush_goal != tw__g.flush_completed))
            tw__hold_take(&b, NULL, 0, 1, &x);
        now = tw__mono_ms();
        if (now - tw__g.last_metric_ms >= (uint64_t)tw__g.cfg.metric_export_interval_ms) {
            tw__export_metrics(&b, 0);
            tw__g.last_metric_ms = now;
        } else if (stop || flush_goal != tw__g.flush_completed) {
            tw__export_metrics(&b, 1);
        }
        pthread_mutex_lock(&tw__g.mu);
        if (flush_goal != tw__g.flush_completed) {
            tw__g.flush_completed = flush_goal;
            pthread_cond_broadcast(&tw__g.done);
        }
        if (stop) break;
        if (tw__g.flush_requested == tw__g.flush_completed && !tw__g.stop &&
            !tw__batch_waiting()) {
            uint64_t wait_ms = (uint64_t)tw__g.cfg.schedule_delay_ms, until_metrics;
            now = tw__mono_ms();
            until_metrics = tw__g.last_metric_ms + (uint64_t)tw__g.cfg.metric_export_interval_ms;
            if (until_metrics > now && until_metrics - now < wait_ms) wait_ms = until_metrics - now;
            {
                int64_t due = tw__clock_due_ms();
                if (due >= 0 && (uint64_t)due < wait_ms) wait_ms = (uint64_t)due;
            }
            tw__cond_wait_ms(&tw__g.wake, wait_ms);
        }
    }
    TW_FREE(b.p), TW_FREE(x.r), TW_FREE(x.a), TW_FREE(x.keep), TW_FREE(batch);
    tw__span_data_free();
    TW_FREE(tw__md.p), tw__md.p = NULL, tw__md.cap = 0;
    tw__g.exporter_exited = 1;
    pthread_cond_broadcast(&tw__g.done);
    pthread_mutex_unlock(&tw__g.mu);
    return NULL;
}

/* --- resource --- */
/* A percent-decoded copy of [s, s + n) with the white space at both ends dropped, into out. */
static size_t tw__pct_decode(const char *s, size_t n, char *out) {
    size_t i, o = 0;
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    for (i = 0; i < n; i++) {
        if (s[i] == '%' && i + 2 < n && tw__hexdig(s[i + 1]) >= 0 && tw__hexdig(s[i + 2]) >= 0) {
            out[o++] = (char)(tw__hexdig(s[i + 1]) * 16 + tw__hexdig(s[i + 2]));
            i += 2;
        } else {
            out[o++] = s[i];
        }
    }
    return o;
}

typedef struct tw__rattr {
    const char *k, *v;
    size_t kl, vl;
} tw__rattr;

static int tw__rattr_is(const tw__rattr *a, const char *key) { return a->kl == strlen(key) && memcmp(a->k, key, a->kl) == 0; }

/* The resource: service.name, service.instance.id (a random UUID v4 per process, so that every run
   and every process writes series of its own), the SDK, process.pid, host.name, and
   OTEL_RESOURCE_ATTRIBUTES (key=value,... percent-decoded), whose keys replace those and of which
   the last of a key wins; OTEL_SERVICE_NAME wins over its service.name, as the SDK spec says. */
static void tw__build_resource(void) {
    static const char *const builtin[] = {"service.name", "service.instance.id", "telemetry.sdk.name", "telemetry.sdk.language",
                                          "telemetry.sdk.version", "process.pid", "host.name"};
    tw__buf b = {NULL, 0, 0, 0};
    char host[256] = "", pid[32], uuid[40];
    const char *ra = getenv("OTEL_RESOURCE_ATTRIBUTES"), *osn = getenv("OTEL_SERVICE_NAME"), *svc = tw__g.cfg.service_name;
    size_t ralen = ra ? strlen(ra) : 0, ne = 0, i, k, svcl;
    char *dec = NULL;
    tw__rattr *ent = NULL;
    if (ralen > 65536) {
        tw_log(TW_LOG_WARN, "OTEL_RESOURCE_ATTRIBUTES ignored: %zu bytes, more than the 65536 it may have", ralen);
        ralen = 0;
    }
    if (ralen) {
        dec = (char *)TW_MALLOC(ralen + 1);
        ent = (tw__rattr *)TW_MALLOC(sizeof *ent * (ralen / 2 + 1));
        if (!dec || !ent) ralen = 0;
    }
    { /* parse OTEL_RESOURCE_ATTRIBUTES */
        const char *p = ra, *end = ra ? ra + ralen : NULL;
        char *o = dec;
        while (ralen && p < end) {
            const char *comma = (const char *)memchr(p, ',', (size_t)(end - p)), *eq;
            size_t n = comma ? (size_t)(comma - p) : (size_t)(end - p), kl, q;
            const char *bad = NULL;
            eq = (const char *)memchr(p, '=', n);
            if (strspn(p, " \t") >= n) { /* empty item */
            } else if (!eq) {
                bad = "expected key=value";
            } else {
                kl = tw__pct_decode(p, (size_t)(eq - p), o);
                for (q = 0; q < kl && !bad; q++) {
                    size_t u = (unsigned char)o[q] >= 0x80 ? tw__utf8_len((const unsigned char *)o + q, kl - q) : 1;
                    if ((unsigned char)o[q] <= ' ' || o[q] == 0x7F) bad = "a key may not contain white space or control characters";
                    else if (!u) bad = "a key must be valid UTF-8";
                    else q += u - 1;
                }
                if (!kl) bad = "the key is empty";
                if (!bad) {
                    ent[ne].k = o, ent[ne].kl = kl, o += kl;
                    ent[ne].vl = tw__pct_decode(eq + 1, n - (size_t)(eq + 1 - p), o);
                    ent[ne].v = o, o += ent[ne].vl;
                    ne++;
                }
            }
            if (bad) tw_log(TW_LOG_WARN, "OTEL_RESOURCE_ATTRIBUTES: \"%.*s\" ignored: %s", (int)(n > 100 ? 100 : n), p, bad);
            p += n + 1;
        }
    }
    gethostname(host, sizeof host - 1);
    host[sizeof host - 1] = 0;
    snprintf(pid, sizeof pid, "%ld", (long)getpid());
    {
        tw__rng r;
        uint64_t a, c;
        static const char hx[] = "0123456789abcdef";
        unsigned char u[16];
        memset(&r, 0, sizeof r);
        tw__rng_seed(&r);
        a = tw__rng_next(&r), c = tw__rng_next(&r);
        memcpy(u, &a, 8), memcpy(u + 8, &c, 8);
        u[6] = (unsigned char)((u[6] & 0x0F) | 0x40), u[8] = (unsigned char)((u[8] & 0x3F) | 0x80); /* version 4, variant 10 */
        for (i = 0, k = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) uuid[k++] = '-';
            uuid[k++] = hx[u[i] >> 4], uuid[k++] = hx[u[i] & 15];
        }
        uuid[k] = 0;
    }
    svcl = strlen(svc);
    if (!(osn && *osn))
        for (i = 0; i < ne; i++)
            if (tw__rattr_is(&ent[i], "service.name")) svc = ent[i].v, svcl = ent[i].vl;
    tw__puts(&b, "{\"attributes\":[");
    for (k = 0; k < sizeof builtin / sizeof builtin[0]; k++) {
        const char *v = k == 0 ? svc : k == 1 ? uuid : k == 2 ? "twtrace" : k == 3 ? "c" : k == 4 ? TWTRACE_VERSION : k == 5 ? pid : host;
        size_t vl = k == 0 ? svcl : strlen(v);
        int given = 0;
        for (i = 0; k > 0 && i < ne && !given; i++) given = tw__rattr_is(&ent[i], builtin[k]);
        if (given) continue; /* OTEL_RESOURCE_ATTRIBUTES has it */
        if (b.n > 15) tw__putc(&b, ',');
        if (k == 5) {
            tw__puts(&b, "{\"key\":\"process.pid\",\"value\":{\"intValue\":\"");
            tw__puts(&b, pid);
            tw__puts(&b, "\"}}");
        } else {
            tw__put_kv_str(&b, builtin[k], strlen(builtin[k]), v, vl);
        }
    }
    for (i = 0; i < ne; i++) {
        int later = tw__rattr_is(&ent[i], "service.name");
        for (k = i + 1; k < ne && !later; k++) later = ent[k].kl == ent[i].kl && memcmp(ent[k].k, ent[i].k, ent[i].kl) == 0;
        if (later) continue; /* the last of a key wins; service.name was written above */
        tw__putc(&b, ',');
        tw__put_kv_str(&b, ent[i].k, ent[i].kl, ent[i].v, ent[i].vl);
    }
    tw__puts(&b, "]}");
    tw__putc(&b, 0);
    if (b.oom) {
        TW_FREE(b.p);
        b.p = NULL;
    }
    snprintf(tw__g.service, sizeof tw__g.service, "%.*s", (int)(svcl < sizeof tw__g.service ? svcl : sizeof tw__g.service - 1), svc);
    TW_FREE(dec), TW_FREE(ent);
    TW_FREE(tw__g.resource_json);
    tw__g.resource_json = b.p;
}

/* --- config --- */
TWTRACE_API tw_config tw_config_default(void) {
    tw_config c;
    memset(&c, 0, sizeof c);
#define TW__CFG_DEFAULT(type, field, key, def, min, max, env, check, doc) c.field = def;
    TW_CONFIG_LIST(TW__CFG_DEFAULT)
#undef TW__CFG_DEFAULT
    return c;
}

/* A JSON reader just big enough for a flat configuration object (values of other keys may be
   anything and are skipped). Depth is bounded, every error says where and what was expected. */
typedef struct tw__json {
    const char *p, *end, *start, *name;
    char *err;
    size_t errlen;
    int failed;
} tw__json;

static void tw__json_fail(tw__json *j, const char *what) {
    const char *q;
    int line = 1, col = 1;
    if (j->failed) return;
    j->failed = 1;
    for (q = j->start; q < j->p && q < j->end; q++) {
        if (*q == '\n') line++, col = 1;
        else col++;
    }
    if (j->err && j->errlen) snprintf(j->err, j->errlen, "%s:%d:%d: %s", j->name, line, col, what);
}

static void tw__json_ws(tw__json *j) {
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) j->p++;
}


/* Parses a string at j->p (which is '"'); writes the decoded UTF-8 into out (NUL-terminated) when
   out is not NULL; returns the decoded length or -1. */
static long tw__json_string(tw__json *j, char *out, size_t cap) {
    size_t n = 0;
    j->p++;
    while (j->p < j->end) {
        unsigned c = (unsigned char)*j->p++;
        uint32_t cp;
        if (c == '"') {
            if (out && n < cap) out[n] = 0;
            return (long)n;
        }
        if (c < 0x20) return j->p--, tw__json_fail(j, "a control character in a string (escape it as \\u00XX)"), -1;
        if (c != '\\') {
            if (out && n + 1 < cap) out[n] = (char)c;
            n++;
            continue;
        }
        if (j->p >= j->end) break;
        c = (unsigned char)*j->p++;
        switch (c) {
        case '"': case '\\': case '/': cp = c; break;
        case 'b': cp = 8; break;
        case 'f': cp = 12; break;
        case 'n': cp = 10; break;
        case 'r': cp = 13; break;
        case 't': cp = 9; break;
        case 'u': {
            int k, h;
            cp = 0;
            for (k = 0; k < 4; k++) {
                if (j->p >= j->end || (h = tw__hexdig(*j->p)) < 0)
                    return tw__json_fail(j, "four hex digits after \\u"), -1;
                cp = cp * 16 + (uint32_t)h, j->p++;
            }
            if (cp >= 0xD800 && cp <= 0xDBFF && j->end - j->p >= 6 && j->p[0] == '\\' && j->p[1] == 'u') {
                uint32_t lo = 0;
                int ok = 1;
                for (k = 0; k < 4; k++) {
                    h = tw__hexdig(j->p[2 + k]);
                    if (h < 0) ok = 0;
                    else lo = lo * 16 + (uint32_t)h;
                }
                if (ok && lo >= 0xDC00 && lo <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00), j->p += 6;
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
            break;
        }
        default: j->p--; return tw__json_fail(j, "a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"), -1;
        }
        { /* append cp as UTF-8 */
            char u[4];
            int k, m = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (m == 1) u[0] = (char)cp;
            else if (m == 2) u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 63));
            else if (m == 3) u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 63)), u[2] = (char)(0x80 | (cp & 63));
            else u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 63)), u[2] = (char)(0x80 | ((cp >> 6) & 63)), u[3] = (char)(0x80 | (cp & 63));
            for (k = 0; k < m; k++) {
                if (out && n + 1 < cap) out[n] = u[k];
                n++;
            }
        }
    }
    tw__json_fail(j, "a closing '\"' before the end of the file");
    return -1;
}

/* Skips any JSON value; depth-limited. */
static void tw__json_skip(tw__json *j, int depth) {
    tw__json_ws(j);
    if (j->p >= j->end) { tw__json_fail(j, "a value"); return; }
    if (depth > 64) { tw__json_fail(j, "less nesting (at most 64 levels)"); return; }
    if (*j->p == '"') {
        tw__json_string(j, NULL, 0);
    } else if (*j->p == '{' || *j->p == '[') {
        char close = *j->p == '{' ? '}' : ']';
        int obj = close == '}';
        j->p++;
        tw__json_ws(j);
        if (j->p < j->end && *j->p == close) {
            j->p++;
            return;
        }
        for (;;) {
            tw__json_ws(j);
            if (obj) {
                if (j->p >= j->end || *j->p != '"') { tw__json_fail(j, "a key in double quotes"); return; }
                if (tw__json_string(j, NULL, 0) < 0) return;
                tw__json_ws(j);
                if (j->p >= j->end || *j->p != ':') { tw__json_fail(j, "':' after the key"); return; }
                j->p++;
            }
            tw__json_skip(j, depth + 1);
            if (j->failed) return;
            tw__json_ws(j);
            if (j->p < j->end && *j->p == ',') {
                j->p++;
                continue;
            }
            if (j->p < j->end && *j->p == close) {
                j->p++;
                return;
            }
            { tw__json_fail(j, obj ? "',' or '}' after a value" : "',' or ']' after a value"); return; }
        }
    } else if (j->end - j->p >= 4 && memcmp(j->p, "true", 4) == 0) {
        j->p += 4;
    } else if (j->end - j->p >= 5 && memcmp(j->p, "false", 5) == 0) {
        j->p += 5;
    } else if (j->end - j->p >= 4 && memcmp(j->p, "null", 4) == 0) {
        j->p += 4;
    } else if (*j->p == '-' || (*j->p >= '0' && *j->p <= '9')) {
        const char *s = j->p;
        if (*j->p == '-') j->p++;
        if (j->p >= j->end || *j->p < '0' || *j->p > '9') { tw__json_fail(j, "a digit"); return; }
        while (j->p < j->end && ((*j->p >= '0' && *j->p <= '9') || *j->p == '.' || *j->p == 'e' || *j->p == 'E' ||
                                 *j->p == '+' || *j->p == '-'))
            j->p++;
        {
            char tmp[64], *e;
            size_t n = (size_t)(j->p - s);
            if (n >= sizeof tmp) { tw__json_fail(j, "a shorter number"); return; }
            memcpy(tmp, s, n), tmp[n] = 0;
            (void)strtod(tmp, &e);
            if (*e) { j->p = s; tw__json_fail(j, "a valid number"); return; }
        }
    } else {
        tw__json_fail(j, "a value (string, number, true, false, null, object or array)");
    }
}

/* The keys, from TW_CONFIG_LIST: what the loader, the environment and tw_init's checks read. */
typedef struct tw__key {
    const char *name;
    char type;          /* 'B', 'I', 'D', 'S' */
    size_t off;
    double min, max;
    const char *env;    /* as in TW_CONFIG_LIST */
    int (*check)(const char *value, char *why, size_t whylen); /* strings: 0 if acceptable */
} tw__key;
static int tw__check_none(const char *v, char *why, size_t n) { (void)v, (void)why, (void)n; return 0; }
static int tw__check_exporter(const char *v, char *why, size_t n);
static int tw__check_sampler(const char *v, char *why, size_t n);
static const tw__key tw__keys[] = {
#define TW__CFG_KEY(type, field, key, def, min, max, env, check, doc) \
    {key, #type[0], offsetof(tw_config, field), (double)(min), (double)(max), env, tw__check_##check},
    TW_CONFIG_LIST(TW__CFG_KEY)
#undef TW__CFG_KEY
};
#define TW__NKEYS (sizeof tw__keys / sizeof tw__keys[0])
/* The key nearest to an unknown one (at most 3 edits), for "did you mean". */
static const char *tw__nearest_key(const char *k) {
    size_t i, best = 4, kl = strlen(k);
    const char *found = NULL;
    if (kl > 64) return NULL;
    for (i = 0; i < TW__NKEYS; i++) {
        size_t d[66], j, m = strlen(tw__keys[i].name), q;
        const char *t = tw__keys[i].name;
        if (m > 64) continue;
        for (j = 0; j <= m; j++) d[j] = j;
        for (q = 1; q <= kl; q++) {
            size_t diag = d[0];
            d[0] = q;
            for (j = 1; j <= m; j++) {
                size_t up = d[j], v = diag + (k[q - 1] != t[j - 1]);
                if (d[j] + 1 < v) v = d[j] + 1;
                if (d[j - 1] + 1 < v) v = d[j - 1] + 1;
                diag = up, d[j] = v;
            }
        }
        if (d[m] < best) best = d[m], found = t;
    }
    return found;
}

/* Config strings live as long as the process (tw_config holds plain pointers): the loader keeps
   at most 256 of them, so repeated loads cannot grow memory without bound. */
static struct {
    char *s[256];
    size_t n;
} tw__kept;
static char *tw__keep_string(const char *s, size_t n) {
    char *c;
    size_t i;
    pthread_mutex_lock(&tw__init_mu);
    for (i = 0; i < tw__kept.n; i++) /* the same value loaded again shares the copy */
        if (strlen(tw__kept.s[i]) == n && memcmp(tw__kept.s[i], s, n) == 0) {
            pthread_mutex_unlock(&tw__init_mu);
            return tw__kept.s[i];
        }
    c = tw__kept.n < 256 ? (char *)TW_MALLOC(n + 1) : NULL;
    if (c) memcpy(c, s, n), c[n] = 0, tw__kept.s[tw__kept.n++] = c;
    else tw_log(TW_LOG_WARN, "configuration: more than 256 distinct string values loaded; \"%.60s\" dropped", s);
    pthread_mutex_unlock(&tw__init_mu);
    return c;
}

TWTRACE_API int tw_config_load_string(const char *json, size_t len, const char *name, tw_config *cfg, char *err,
                                      size_t errlen) {
    tw__json j;
    tw_config c;
    if (err && errlen) err[0] = 0;
    if (!json || !cfg) return TW_ERR_ARG;
    c = *cfg;
    j.p = j.start = json, j.end = json + len, j.name = name ? name : "<config>", j.err = err, j.errlen = errlen;
    j.failed = 0;
    if (len >= 3 && memcmp(json, "\xEF\xBB\xBF", 3) == 0) j.p += 3; /* BOM */
    tw__json_ws(&j);
    if (j.p >= j.end || *j.p != '{') {
        tw__json_fail(&j, "a JSON object ('{') at the top level");
        return TW_ERR_CONFIG;
    }
    j.p++;
    tw__json_ws(&j);
    if (j.p < j.end && *j.p == '}') {
        j.p++;
    } else {
        for (;;) {
            char key[256];
            long kl;
            const char *keypos, *valpos;
            size_t k;
            tw__json_ws(&j);
            if (j.p >= j.end || *j.p != '"') {
                tw__json_fail(&j, "a key in double quotes");
                break;
            }
            keypos = j.p;
            kl = tw__json_string(&j, key, sizeof key);
            if (kl < 0) break;
            tw__json_ws(&j);
            if (j.p >= j.end || *j.p != ':') {
                tw__json_fail(&j, "':' after the key");
                break;
            }
            j.p++;
            tw__json_ws(&j);
            valpos = j.p;
            for (k = 0; k < TW__NKEYS; k++)
                if ((size_t)kl < sizeof key && strcmp(key, tw__keys[k].name) == 0) break;
            if (k < TW__NKEYS) {
                const tw__key *d = &tw__keys[k];
                char msg[400];
                if (d->type == 'B') {
                    if (j.end - j.p >= 4 && memcmp(j.p, "true", 4) == 0) *(int *)((char *)&c + d->off) = 1, j.p += 4;
                    else if (j.end - j.p >= 5 && memcmp(j.p, "false", 5) == 0) *(int *)((char *)&c + d->off) = 0, j.p += 5;
                    else {
                        snprintf(msg, sizeof msg, "%s must be true or false", d->name);
                        tw__json_fail(&j, msg);
                        break;
                    }
                } else if (d->type == 'S') {
                    char *val, why[300];
                    long vl;
                    const char *save = j.p;
                    if (j.p >= j.end || *j.p != '"') {
                        snprintf(msg, sizeof msg, "%s must be a string", d->name);
                        tw__json_fail(&j, msg);
                        break;
                    }
                    vl = tw__json_string(&j, NULL, 0);
                    if (vl < 0) break;
                    val = (char *)TW_MALLOC((size_t)vl + 1);
                    if (!val) return TW_ERR_NOMEM;
                    j.p = save;
                    tw__json_string(&j, val, (size_t)vl + 1);
                    if (strlen(val) != (size_t)vl) {
                        TW_FREE(val);
                        j.p = valpos;
                        snprintf(msg, sizeof msg, "%s must not contain \\u0000", d->name);
                        tw__json_fail(&j, msg);
                        break;
                    }
                    if (d->check(val, why, sizeof why) != 0) {
                        TW_FREE(val);
                        j.p = valpos;
                        snprintf(msg, sizeof msg, "%s must be %s", d->name, why);
                        tw__json_fail(&j, msg);
                        break;
                    }
                    *(const char **)((char *)&c + d->off) = tw__keep_string(val, (size_t)vl);
                    TW_FREE(val);
                } else {
                    char *e, num[64];
                    double v = 0;
                    int isnum;
                    const char *s = j.p;
                    tw__json_skip(&j, 0);
                    if (j.failed) break;
                    /* strtod reads a NUL-terminated copy (the buffer need not end in one: it could
                       read past its end); the skip took at most 63 characters of a number */
                    isnum = s < j.end && (*s == '-' || (*s >= '0' && *s <= '9')) && (size_t)(j.p - s) < sizeof num;
                    if (isnum) {
                        memcpy(num, s, (size_t)(j.p - s)), num[j.p - s] = 0;
                        v = strtod(num, &e);
                        isnum = *e == 0;
                    }
                    if (!isnum || !(v >= d->min && v <= d->max) || (d->type == 'I' && v != (double)(long)v)) {
                        j.p = valpos;
                        if (d->type == 'I') snprintf(msg, sizeof msg, "%s must be a whole number from %.0f to %.0f", d->name, d->min, d->max);
                        else snprintf(msg, sizeof msg, "%s must be a number from %g to %g", d->name, d->min, d->max);
                        tw__json_fail(&j, msg);
                        break;
                    }
                    if (d->type == 'I') *(int *)((char *)&c + d->off) = (int)v;
                    else *(double *)((char *)&c + d->off) = v;
                }
            } else {
                if ((size_t)kl >= sizeof key || strncmp(key, "tracing.", 8) == 0) {
                    const char *q, *near = (size_t)kl < sizeof key ? tw__nearest_key(key) : NULL;
                    int line = 1;
                    for (q = json; q < keypos; q++) line += *q == '\n';
                    if (near)
                        tw_log(TW_LOG_WARN, "%s:%d: unknown key \"%.200s\" ignored: did you mean \"%s\"? (README.md lists the keys)", j.name,
                               line, key, near);
                    else
                        tw_log(TW_LOG_WARN, "%s:%d: unknown key \"%.200s\" ignored (README.md lists the tracing.* keys)", j.name, line, key);
                }
                tw__json_skip(&j, 0);
            }
            if (j.failed) break;
            tw__json_ws(&j);
            if (j.p < j.end && *j.p == ',') {
                j.p++;
                continue;
            }
            if (j.p < j.end && *j.p == '}') {
                j.p++;
                break;
            }
            tw__json_fail(&j, "',' or '}' after a value");
            break;
        }
    }
    if (!j.failed) {
        tw__json_ws(&j);
        if (j.p < j.end) tw__json_fail(&j, "the end of the file after the top-level object");
    }
    if (j.failed) return TW_ERR_CONFIG;
    *cfg = c;
    return TW_OK;
}

TWTRACE_API int tw_config_load_file(const char *path, tw_config *cfg, char *err, size_t errlen) {
    FILE *f;
    char *buf = NULL;
    size_t n = 0, cap = 0, got;
    int r;
    if (!path || !cfg) return TW_ERR_ARG;
    f = fopen(path, "rb");
    if (!f) {
        if (err && errlen) snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return TW_ERR_IO;
    }
    {
        struct stat sb;
        if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > (off_t)(64 << 20)) {
            fclose(f);
            if (err && errlen)
                snprintf(err, errlen, "%s: %lld bytes, larger than 64 MiB: not a configuration file", path, (long long)sb.st_size);
            return TW_ERR_CONFIG;
        }
    }
    do {
        if (n == cap) {
            char *nb;
            if (cap >= (64u << 20)) {
                fclose(f), TW_FREE(buf);
                if (err && errlen) snprintf(err, errlen, "%s: larger than 64 MiB, not a configuration file", path);
                return TW_ERR_CONFIG;
            }
            nb = (char *)TW_REALLOC(buf, cap = cap ? cap * 2 : 4096);
            if (!nb) return fclose(f), TW_FREE(buf), TW_ERR_NOMEM;
            buf = nb;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    fclose(f);
    r = tw_config_load_string(buf, n, path, cfg, err, errlen);
    TW_FREE(buf);
    return r;
}

/* Applies one environment variable to the key d of cfg: a bad value is warned about and ignored. */
static void tw__env_apply(const tw__key *d, const char *name, const char *v, tw_config *cfg, int off_switch) {
    char *field = (char *)cfg + d->off, why[300], *e;
    double x;
    if (off_switch || d->type == 'B') {
        char low[8];
        size_t i;
        for (i = 0; i < sizeof low - 1 && v[i]; i++) low[i] = (char)(v[i] | 0x20);
        low[i] = 0;
        if (v[i] || (strcmp(low, "true") != 0 && strcmp(low, "false") != 0))
            tw_log(TW_LOG_WARN, "%s=\"%.50s\" ignored: expected true or false", name, v);
        else if (off_switch) {
            if (low[0] == 't') *(int *)field = 0;
        } else
            *(int *)field = low[0] == 't';
        return;
    }
    if (d->type == 'S') {
        if (d->check(v, why, sizeof why) != 0) tw_log(TW_LOG_WARN, "%s=\"%.100s\" ignored: expected %s", name, v, why);
        else *(const char **)field = v;
        return;
    }
    errno = 0;
    x = strtod(v, &e);
    while (*e == ' ' || *e == '\t') e++;
    if (e == v || *e || errno || !(x >= d->min && x <= d->max) || (d->type == 'I' && x != (double)(long)x)) {
        if (d->type == 'I') tw_log(TW_LOG_WARN, "%s=\"%.100s\" ignored: expected a whole number from %.0f to %.0f", name, v, d->min, d->max);
        else tw_log(TW_LOG_WARN, "%s=\"%.100s\" ignored: expected a number from %g to %g", name, v, d->min, d->max);
        return;
    }
    if (d->type == 'I') *(int *)field = (int)x;
    else *(double *)field = x;
}

TWTRACE_API void tw_config_apply_env(tw_config *cfg) {
    size_t k;
    if (!cfg) return;
    for (k = 0; k < TW__NKEYS; k++) {
        const char *p = tw__keys[k].env;
        int off_switch = *p == '!';
        if (*p == '@') continue; /* the exporter reads it, with its per-signal variants */
        if (off_switch) p++;
        while (*p) { /* a list: each set one applies, so the last wins */
            char name[64];
            size_t n = strcspn(p, ",");
            const char *v;
            if (n < sizeof name) {
                memcpy(name, p, n), name[n] = 0;
                if ((v = getenv(name)) != NULL && *v) tw__env_apply(&tw__keys[k], name, v, cfg, off_switch);
            }
            p += n + (p[n] == ',');
        }
    }
}

/* tw_init's check of a configuration given as a struct: a value out of its key's bounds (or a NULL
   string) takes the default, with a warning unless it is 0 or NULL (an unset field of a zeroed
   struct); a string that fails its key's check is an error. */
static int tw__config_fix(tw_config *cfg) {
    tw_config def = tw_config_default();
    size_t k;
    for (k = 0; k < TW__NKEYS; k++) {
        const tw__key *d = &tw__keys[k];
        char *f = (char *)cfg + d->off, why[300];
        TW_ASSERT(d->type == 'B' || d->type == 'I' || d->type == 'D' || d->type == 'S');
        const char *dv = (const char *)&def + d->off;
        if (d->type == 'S') {
            const char *v = *(const char **)f;
            if (!v) *(const char **)f = *(const char *const *)dv;
            else if (d->check(v, why, sizeof why) != 0) {
                tw_log(TW_LOG_ERROR, "%s \"%.100s\" is not %s", d->name, v, why);
                return TW_ERR_CONFIG;
            }
        } else {
            double v = d->type == 'D' ? *(double *)f : (double)*(int *)f;
            if (v >= d->min && v <= d->max) continue;
            if (v != 0)
                tw_log(TW_LOG_WARN, "%s = %g is outside %g to %g: the default is used", d->name, v, d->min, d->max);
            if (d->type == 'D') *(double *)f = *(const double *)dv;
            else *(int *)f = *(const int *)dv;
        }
    }
    if (cfg->max_export_batch_size > cfg->max_queue_size) cfg->max_export_batch_size = cfg->max_queue_size;
    return TW_OK;
}

/* --- lifecycle --- */
static void tw__atexit(void) { tw_shutdown(); }

/* Starts the exporter thread with its batch array. */
static int tw__start_exporter(void) {
    size_t nb = (size_t)tw__g.cfg.max_export_batch_size;
    tw_span **batch = (tw_span **)TW_MALLOC(sizeof(tw_span *) * nb);
    if (!batch) {
        tw_log(TW_LOG_ERROR, "cannot allocate the exporter's batch of %zu spans (tracing.max_export_batch_size): out of memory", nb);
        return TW_ERR_NOMEM;
    }
    tw__g.exporter_exited = 0;
    if (pthread_create(&tw__g.thread, NULL, tw__exporter_main, batch) != 0) {
        TW_FREE(batch);
        tw_log(TW_LOG_ERROR, "cannot start the exporter thread: %s", strerror(errno));
        return TW_ERR_NOMEM;
    }
    tw__g.thread_running = 1;
    return TW_OK;
}

/* The exporter holds tw__reg.mu while it reads the rings: a fork between two of its steps would
   leave the child a half-read ring. */
static void tw__fork_prepare(void) {
    pthread_mutex_lock(&tw__g.mu);
    pthread_mutex_lock(&tw__reg.mu);
}
static void tw__fork_parent(void) {
    pthread_mutex_unlock(&tw__reg.mu);
    pthread_mutex_unlock(&tw__g.mu);
}
static void tw__fork_child(void) {
    /* the child has one thread and no exporter thread: the other threads' rings are left for the
       reaper, every ring is emptied (the parent exports what they held), the exporter's own span
       objects are abandoned (its thread may have been between two steps on them), ids are
       reseeded, and the child starts its own exporter thread. The spans open on the forking
       thread stay current (the child's spans are their children) but are the parent's to export. */
    tw__ring *lg;
    tw_span *s;
    pthread_mutex_init(&tw__g.mu, NULL);
    pthread_mutex_init(&tw__reg.mu, NULL);
    pthread_cond_init(&tw__g.wake, NULL);
    pthread_cond_init(&tw__g.done, NULL);
    pthread_mutex_init(&tw__clk.mu, NULL);
    TW__ADD(&tw__ids.fork_generation, 1);
    for (s = tw__t.current; s; s = s->prev_current) s->inherited = 1;
    for (lg = tw__reg.rings; lg; lg = lg->next) {
        if (lg != tw__t.ring) TW__STORE(&lg->dead, 1);
        tw__ring_discard(lg);
    }
    tw__xpool.free = NULL, tw__xpool.n = 0;
    tw__hold.n = 0;
    tw__reap_rings(1);
    /* a new process is a new instance (service.instance.id): its statistics and its counters start
       from zero, so that the parent's spans and tokens are neither reported nor counted twice */
    memset(&tw__g.stats, 0, sizeof tw__g.stats);
    tw__g.started_base = tw__g.ended_base = tw__g.unsampled_base = tw__g.loss_mark = 0;
    if ((lg = tw__t.ring) != NULL) { /* emptied above: its positions can start again */
        lg->head = lg->nhead = lg->tail_seen = lg->ntail_seen = lg->tail = lg->ntail = 0;
        lg->wake_mark = (uint64_t)tw__g.cfg.max_export_batch_size;
        lg->started = lg->dropped = lg->unsampled = 0;
    }
    {
        tw_counter *c;
        uint64_t now = tw__now_ns();
        size_t i;
        for (c = tw__g.counters; c; c = c->next) {
            for (i = 0; i < c->n; i++) c->points[i].value = 0;
            c->start_ns = now;
        }
        tw__g.metrics_dirty = 0;
    }
    tw__hist_atfork_child();
    if (!tw__g.initialized) return;
    tw__g.flush_requested = tw__g.flush_completed = 0;
    tw__g.stop = 0;
    tw__g.thread_running = 0;
    if (tw__g.enabled) {
        tw__build_resource(); /* a new process: process.pid and service.instance.id change */
        if (tw__start_exporter() != TW_OK) tw_log(TW_LOG_ERROR, "fork: the child's exporter thread did not start; its spans are not exported");
    }
}

/* Shuts the exporter down and empties the rings (no exporter thread may run). The rings of live
   threads stay, for their next span; those of exited threads are freed. */
static void tw__release(void) {
    tw__ring *lg;
    if (tw__g.has_exporter && tw__g.exporter.shutdown) tw__g.exporter.shutdown(tw__g.exporter.ctx);
    tw__g.has_exporter = 0;
    pthread_mutex_lock(&tw__reg.mu);
    for (lg = tw__reg.rings; lg; lg = lg->next) tw__ring_discard(lg);
    pthread_mutex_unlock(&tw__reg.mu);
    tw__reap_rings(1);
    while (tw__hold.n) tw__span_free(tw__hold.held[--tw__hold.n]);
    TW_FREE(tw__hold.held), tw__hold.held = NULL, tw__hold.cap = 0;
    tw__xpool_clear();
    TW_FREE(tw__g.resource_json), tw__g.resource_json = NULL;
    tw__g.pending_release = 0;
}

TWTRACE_API int tw_init(const tw_config *user_cfg) {
    tw_config cfg = user_cfg ? *user_cfg : tw_config_default();
    const char *tp;
    int r = TW_OK;
    pthread_mutex_lock(&tw__init_mu);
    if (tw__g.initialized) {
        pthread_mutex_unlock(&tw__init_mu);
        tw_log(TW_LOG_WARN, "tw_init called twice: call tw_shutdown first");
        return TW_ERR_STATE;
    }
    if (tw__g.pending_release) { /* a timed-out shutdown left its exporter thread finishing an export */
        uint64_t until = tw__mono_ms() + (uint64_t)(tw__g.cfg.export_timeout_ms > 0 ? tw__g.cfg.export_timeout_ms : 0);
        int gone;
        pthread_mutex_lock(&tw__g.mu);
        while (!tw__g.exporter_exited && tw__mono_ms() < until) tw__cond_wait_ms(&tw__g.done, 50);
        gone = tw__g.exporter_exited;
        pthread_mutex_unlock(&tw__g.mu);
        if (!gone) {
            pthread_mutex_unlock(&tw__init_mu);
            tw_log(TW_LOG_ERROR, "tw_init: the previous exporter thread is still stuck in an export");
            return TW_ERR_STATE;
        }
    }
    if (tw__g.pending_release) tw__release(); /* what a timed-out shutdown left to its exporter thread */
    tw_config_apply_env(&cfg);
    if (tw__config_fix(&cfg) != TW_OK) {
        pthread_mutex_unlock(&tw__init_mu);
        return TW_ERR_CONFIG;
    }
    TW__STORE(&tw__said.cut, 0);
    memset(&tw__g.stats, 0, sizeof tw__g.stats);
    TW__RSTORE(&tw__g.started_base, 0);
    TW__RSTORE(&tw__g.ended_base, 0);
    TW__RSTORE(&tw__g.unsampled_base, 0);
    {
        int si = tw__sampler_index(cfg.sampler);
        tw__g.sample_root = tw__samplers[si].root;
        tw__g.sample_parent_based = tw__samplers[si].parent_based;
        tw__g.sample_threshold = tw__ratio_threshold(tw__samplers[si].root == TW__ROOT_RATIO ? cfg.sampler_arg : 1.0);
    }
    tw__g.cfg = cfg;
    tw__g.tokenizer = NULL;
    {
        const struct tw__tokenizer_hooks *h = tw__tok();
        tw__g.tokenizer = h ? h->for_model(cfg.tokenizer_target_model) : NULL;
        /* said once, at init: a tokenizer that cannot serve the model; without any tokenizer, only
           when the configuration names a model (otherwise the first tw_count_tokens says it) */
        if (h ? !tw__g.tokenizer : strcmp(cfg.tokenizer_target_model, "gpt-4") != 0) {
            tw__tokenizer_problem(h, cfg.tokenizer_target_model);
            TW__STORE(&tw__said.tokenizer, 1);
        }
    }
    if (!cfg.enabled) {
        pthread_mutex_unlock(&tw__init_mu);
        return TW_OK;
    }
    if (!tw__g.atfork_registered) {
        pthread_mutex_init(&tw__g.mu, NULL);
        pthread_cond_init(&tw__g.wake, NULL);
        pthread_cond_init(&tw__g.done, NULL);
        pthread_atfork(tw__fork_prepare, tw__fork_parent, tw__fork_child);
        tw__g.atfork_registered = 1;
    }
    tw__clock_init(cfg.cpu_clock);
    memset(&tw__g.remote_parent, 0, sizeof tw__g.remote_parent);
    if ((tp = getenv("TRACEPARENT")) != NULL && *tp && tw_parse_traceparent(tp, &tw__g.remote_parent) != TW_OK)
        tw_log(TW_LOG_WARN, "TRACEPARENT=\"%.80s\" ignored: not a W3C traceparent (00-<32 hex>-<16 hex>-<2 hex>)", tp);
    TW__STORE(&tw__g.gen, tw__g.gen + 1); /* every thread sets its ring up afresh */
    tw__build_resource();
    tw__g.has_exporter = 0;
    r = tw__make_exporter(&tw__g.cfg);
    if (r != TW_OK) {
        TW_FREE(tw__g.resource_json), tw__g.resource_json = NULL;
        pthread_mutex_unlock(&tw__init_mu);
        return r;
    }
    tw__g.stop = 0;
    tw__g.give_up_ms = 0;
    tw__g.flush_requested = tw__g.flush_completed = 0;
    TW__STORE(&tw__g.loss_mark, 0);
    if ((r = tw__start_exporter()) != TW_OK) {
        if (tw__g.has_exporter && tw__g.exporter.shutdown) tw__g.exporter.shutdown(tw__g.exporter.ctx);
        tw__g.has_exporter = 0;
        TW_FREE(tw__g.resource_json), tw__g.resource_json = NULL;
        pthread_mutex_unlock(&tw__init_mu);
        return r;
    }
    tw__g.initialized = 1;
    if (!tw__g.atexit_registered) atexit(tw__atexit), tw__g.atexit_registered = 1;
    tw__g.enabled = 1;
    tw__on = 1;
    pthread_mutex_unlock(&tw__init_mu);
    return TW_OK;
}

TWTRACE_API int tw_init_from_file(const char *path) {
    tw_config cfg = tw_config_default();
    char err[512];
    int r = tw_config_load_file(path, &cfg, err, sizeof err);
    if (r != TW_OK) {
        tw_log(TW_LOG_ERROR, "%s", err[0] ? err : tw_result_string(r));
        return r;
    }
    return tw_init(&cfg);
}

/* Asks the exporter to handle everything recorded so far and waits for it until deadline
   (monotonic ms): TW_OK, TW_ERR_TIMEOUT, or TW_ERR_LOST if the exporter thread is gone. */
static int tw__flush_until(uint64_t deadline) {
    uint64_t goal;
    int r = TW_OK;
    pthread_mutex_lock(&tw__g.mu);
    goal = ++tw__g.flush_requested;
    pthread_cond_signal(&tw__g.wake);
    while (tw__g.flush_completed < goal && !tw__g.exporter_exited) {
        uint64_t now = tw__mono_ms();
        if (now >= deadline) {
            r = TW_ERR_TIMEOUT;
            break;
        }
        tw__cond_wait_ms(&tw__g.done, deadline - now > 50 ? 50 : deadline - now);
    }
    if (r == TW_OK && tw__g.flush_completed < goal) r = TW_ERR_LOST;
    pthread_mutex_unlock(&tw__g.mu);
    return r;
}

TWTRACE_API int tw_flush(int timeout_ms) {
    int r;
    if (!tw__g.initialized || !tw__g.thread_running) return tw__g.initialized ? TW_OK : TW_ERR_STATE;
    r = tw__flush_until(tw__mono_ms() + (uint64_t)(timeout_ms < 0 ? 0 : timeout_ms));
    if (r == TW_OK) {
        tw_stats st = tw_get_stats();
        uint64_t losses = st.spans_dropped + st.export_failures;
        if (__atomic_exchange_n(&tw__g.loss_mark, losses, __ATOMIC_RELAXED) != losses) r = TW_ERR_LOST;
    }
    return r;
}

/* At shutdown, on the calling thread: its open spans (a program that calls exit() inside a span, or
   forgot an end) are ended now, marked twtrace.open_at_shutdown = true, and recorded, so that they
   are exported and their children keep a parent. Their objects wait on tw__shut.list for the
   program's own end (a TW_SPAN scope left later). Returns how many; names gets the first few. */
static size_t tw__end_open_spans(char *names, size_t cap) {
    tw_span *s = tw__g.enabled ? tw__current() : NULL;
    size_t n = 0, at = 0;
    names[0] = 0;
    while (s) {
        tw_span *prev = s->prev_current;
        unsigned char yes = 1;
        if (s->inherited || !(s->flags & 1)) { /* the parent process exports it; or it does not record */
            tw__shut_keep(s);
            s = prev;
            continue;
        }
        tw__span_record_n(s, TW__REC_BOOL, "twtrace.open_at_shutdown", 24, &yes, 1);
        s->n_attrs++;
        tw__span_record_end(s, tw__ticks());
        if (n < 3 && at + 8 < cap) {
            int w = snprintf(names + at, cap - at, "%s%.*s", n ? ", " : "", (int)(s->name_len > 60 ? 60 : s->name_len), s->buf);
            if (w > 0) at = at + (size_t)w < cap ? at + (size_t)w : cap - 1;
        } else if (n == 3 && at + 6 < cap) {
            memcpy(names + at, ", ...", 6), at += 5;
        }
        n++;
        tw__shut_keep(s);
        s = prev;
    }
    tw__t.current = NULL;
    return n;
}

/* The shutdown's one line: what was lost and why, and the spans it ended. Returns the result. */
static int tw__shutdown_report(int r, const tw_stats *st, size_t n_ended, const char *names, int exited) {
    char line[1400];
    size_t at = 0;
    uint64_t accounted = st->spans_exported + st->spans_dropped + st->spans_failed + st->spans_open;
    uint64_t undelivered = st->spans_started > accounted ? st->spans_started - accounted : 0;
    uint64_t lost = st->spans_dropped + st->spans_failed + st->spans_open + undelivered;
    const char *why = exited && tw__g.has_exporter && tw__g.exporter.last_error ? tw__g.exporter.last_error(tw__g.exporter.ctx) : NULL;
#define TW__SAY(...) \
    do { \
        int w_ = snprintf(line + at, sizeof line - at, __VA_ARGS__); \
        if (w_ > 0) at = at + (size_t)w_ < sizeof line ? at + (size_t)w_ : sizeof line - 1; \
    } while (0)
    if (!lost && !st->metric_exports_failed && !n_ended && r == TW_OK) return TW_OK;
    if (lost) {
        const char *sep = "";
        TW__SAY("shutdown: %llu of %llu spans lost (", (unsigned long long)lost, (unsigned long long)st->spans_started);
        if (st->spans_failed) {
            TW__SAY("%s%llu in exports that failed", sep, (unsigned long long)st->spans_failed);
            sep = ", ";
        }
        if (st->spans_dropped) {
            TW__SAY("%s%llu dropped at a full queue (tracing.max_queue_size)", sep, (unsigned long long)st->spans_dropped);
            sep = ", ";
        }
        if (st->spans_open) {
            TW__SAY("%s%llu still open on other threads", sep, (unsigned long long)st->spans_open);
            sep = ", ";
        }
        if (undelivered)
            TW__SAY("%s%llu not delivered within tracing.shutdown_timeout_ms (%d ms)", sep, (unsigned long long)undelivered,
                    tw__g.cfg.shutdown_timeout_ms);
        TW__SAY(")");
    } else {
        TW__SAY("shutdown: all %llu spans delivered", (unsigned long long)st->spans_exported);
    }
    if (st->metric_exports_failed)
        TW__SAY("; %llu metrics export%s failed", (unsigned long long)st->metric_exports_failed, st->metric_exports_failed == 1 ? "" : "s");
    if (!exited) TW__SAY("; the exporter was still busy when the %d ms shutdown budget ran out", tw__g.cfg.shutdown_timeout_ms);
    if (why && *why && (lost || st->metric_exports_failed)) TW__SAY("; last export error: %s", why);
    if (n_ended)
        TW__SAY("; %zu span%s still open on this thread %s ended by the shutdown and exported with twtrace.open_at_shutdown=true: %s",
                n_ended, n_ended == 1 ? "" : "s", n_ended == 1 ? "was" : "were", names);
#undef TW__SAY
    tw_log(lost || st->metric_exports_failed || r != TW_OK ? TW_LOG_WARN : TW_LOG_INFO, "%s", line);
    return r == TW_OK && (lost || st->metric_exports_failed) ? TW_ERR_LOST : r;
}

TWTRACE_API int tw_shutdown(void) {
    int r = TW_OK, exited;
    tw_stats st;
    uint64_t deadline, margin;
    char names[256];
    size_t n_ended;
    pthread_mutex_lock(&tw__init_mu);
    if (!tw__g.initialized) {
        pthread_mutex_unlock(&tw__init_mu);
        return TW_OK;
    }
    /* one budget for everything: exports give up a little before it, so that their losses are
       counted before the report */
    deadline = tw__mono_ms() + (uint64_t)tw__g.cfg.shutdown_timeout_ms;
    margin = (uint64_t)tw__g.cfg.shutdown_timeout_ms / 10;
    if (margin > 250) margin = 250;
    TW__STORE(&tw__g.give_up_ms, deadline - margin);
    n_ended = tw__end_open_spans(names, sizeof names);
    if (tw__g.thread_running) r = tw__flush_until(deadline - margin / 2);
    tw__on = 0;
    tw__g.enabled = 0;
    pthread_mutex_lock(&tw__g.mu);
    tw__g.stop = 1;
    pthread_cond_signal(&tw__g.wake);
    while (tw__g.thread_running && !tw__g.exporter_exited) {
        uint64_t now = tw__mono_ms();
        if (now >= deadline) break;
        tw__cond_wait_ms(&tw__g.done, deadline - now > 50 ? 50 : deadline - now);
    }
    exited = !tw__g.thread_running || tw__g.exporter_exited;
    pthread_mutex_unlock(&tw__g.mu);
    if (tw__g.thread_running) {
        if (exited) pthread_join(tw__g.thread, NULL);
        else pthread_detach(tw__g.thread); /* stuck in an export: leave it, do not block the exit */
        tw__g.thread_running = 0;
    }
    if (!exited) r = TW_ERR_TIMEOUT;
    st = tw_get_stats();
    r = tw__shutdown_report(r, &st, n_ended, names, exited);
    if (exited) tw__release();
    else tw__g.pending_release = 1; /* the detached thread still owns the exporter and the rings; tw_init waits for it */
    tw__g.initialized = 0;
    pthread_mutex_unlock(&tw__init_mu);
    return r;
}

#ifdef __cplusplus
}
#endif
#endif /* TWTRACE_IMPLEMENTATION_INCLUDED */
#endif /* TWTRACE_IMPLEMENTATION */

/*
MIT License

Copyright (c) 2026 the twtrace kit authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
*/
