/* twtrace.h - v0.4 - TaskWeaver-style OpenTelemetry tracing, GenAI conventions and token metrics for C agents

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

   LLM calls, agents and tools (the OpenTelemetry GenAI semantic conventions, v1.41.1):
      tw_llm_call *call = tw_llm_start(&rq);        // rq = tw_llm_request_default(), then provider, model, ...
      tw_llm_message(call, "user", text, len);      // the prompt; tw_llm_chunk as a response streams in
      tw_llm_end(call, &result);                    // the provider's usage, or counted here exactly
   makes a CLIENT span "chat gpt-4o" with the gen_ai.* attributes, prompt and response (content
   capture: tracing.gen_ai.capture_content), TaskWeaver's prompt_size, the conventions' histograms
   and the call's cost from the built-in price table (npm @pydantic/genai-prices; TW_NO_PRICES leaves
   it out) or tracing.price_file. TW_AGENT(name); and TW_TOOL(name); are invoke_agent and
   execute_tool spans; tw_set_redactor() cleans every exported string on the exporter thread.
   Histograms: tw_histogram_get / tw_histogram_record (no lock: per-thread cells).

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
   none), TW_ASSERT (default assert), TW_NO_PRICES (no built-in price table: 280 KB less header).

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
      0.4  the GenAI layer: tw_llm_* calls (exact local and streamed counts, time to first chunk,
           content capture, cost), tw_agent_* and tw_tool_* spans, tw_set_redactor; histograms
           (per-thread cells) and counters with attribute sets; string array attributes; the price
           table (make gen) and tracing.price_file; tw_metric_data has every attribute and histograms.
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

#define TWTRACE_VERSION "0.4.0"

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
    X(S, otlp_client_key, "tracing.otlp_client_key", "", 0, 0, "@OTEL_EXPORTER_OTLP_CLIENT_KEY", none, "PEM file of this client's private key, for mutual TLS") \
    X(B, gen_ai_capture_content, "tracing.gen_ai.capture_content", 1, 0, 1, "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", none, "prompts and responses on LLM spans (gen_ai.input.messages, gen_ai.output.messages, gen_ai.system_instructions) and TaskWeaver's prompt attributes of tw_llm calls; the variable also takes NO_CONTENT, SPAN_ONLY, SPAN_AND_EVENT") \
    X(I, gen_ai_content_max_bytes, "tracing.gen_ai.content_max_bytes", 65536, 0, 1073741824, "", none, "bytes of message text kept for each of those attributes (cut at a character, the JSON kept whole)") \
    X(S, price_file, "tracing.price_file", "", 0, 0, "", none, "a JSON price file in @pydantic/genai-prices' shape: its providers and models come before the built-in table")

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

/* TW_ATTR_STRING_ARRAY: a list of strings (tw_span_set_attribute_strs); in tw_attr_data its s holds
   them one after another, each followed by a NUL byte, s_len bytes in all. */
typedef enum tw_attr_type { TW_ATTR_STRING = 1, TW_ATTR_INT = 2, TW_ATTR_DOUBLE = 3, TW_ATTR_BOOL = 4, TW_ATTR_STRING_ARRAY = 8 } tw_attr_type;
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
/* A string array attribute (gen_ai.response.finish_reasons, gen_ai.request.stop_sequences). */
TWTRACE_API void tw_span_set_attribute_strs(tw_span *span, const char *key, const char *const *values, size_t n);
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

/* --- GenAI: LLM calls, agents and tools --- */
/* The OpenTelemetry GenAI semantic conventions (v1.41.1 of open-telemetry/semantic-conventions, the
   last release that holds them before their own repository): an LLM call is a CLIENT span named
   "{gen_ai.operation.name} {gen_ai.request.model}" with the gen_ai.* request, response and usage
   attributes, and records the conventions' histograms (gen_ai.client.token.usage,
   gen_ai.client.operation.duration, ..._time_to_first_chunk, ..._time_per_output_chunk) with
   gen_ai.agent.name added, TaskWeaver's prompt_size counter and span attributes, and its cost.
      tw_llm_request rq = tw_llm_request_default();
      rq.provider = "openai"; rq.model = "gpt-4o"; rq.temperature = 0.2;
      tw_llm_call *call = tw_llm_start(&rq);             // the span is current until tw_llm_end
      tw_llm_message(call, "system", sys, strlen(sys));
      tw_llm_message(call, "user", question, strlen(question));
      ... for each streamed chunk: tw_llm_chunk(call, text, len);   (or tw_llm_response once)
      tw_llm_result res = tw_llm_result_default();       // what the provider reported, if anything
      res.finish_reason = "stop"; res.input_tokens = usage.prompt_tokens;
      tw_llm_end(call, &res);
   Token counts the provider did not report are counted here, exactly, with the model's encoding
   (twtokenize.h); a streamed response is counted as one text (twtok_stream), holding only its
   unsettled tail. Every function takes NULL (tracing off) and does nothing. */
typedef struct tw_llm_request {
    const char *provider;        /* gen_ai.provider.name: "openai", "anthropic", "azure.ai.openai", "aws.bedrock", ... */
    const char *operation;       /* gen_ai.operation.name: "chat" (NULL), "text_completion", "embeddings", "generate_content" */
    const char *model;           /* gen_ai.request.model */
    const char *agent;           /* the agent (TaskWeaver's role) the call is for: gen_ai.agent.name on the span and the
                                    metrics; NULL: the innermost agent span's (tw_agent_start) on this thread */
    const char *server_address;  /* server.address, and server.port when not 0 */
    int server_port;
    const char *conversation_id; /* gen_ai.conversation.id */
    int stream;                  /* gen_ai.request.stream (also set by the first tw_llm_chunk) */
    /* request parameters: recorded unless left as tw_llm_request_default() sets them (NaN, -1) */
    double temperature, top_p, frequency_penalty, presence_penalty;
    int64_t max_tokens, top_k, seed, choice_count;
    const char *const *stop_sequences; /* gen_ai.request.stop_sequences */
    size_t n_stop_sequences;
    unsigned init_;              /* set by tw_llm_request_default (a zeroed struct records no parameters) */
} tw_llm_request;
TWTRACE_API tw_llm_request tw_llm_request_default(void);

/* What the provider reported at the end (every field optional: NULL, or -1 for a count). */
typedef struct tw_llm_result {
    const char *response_model, *response_id; /* gen_ai.response.model, gen_ai.response.id */
    const char *finish_reason;                /* gen_ai.response.finish_reasons (one choice) */
    const char *const *finish_reasons;        /* or one per choice */
    size_t n_finish_reasons;
    int64_t input_tokens, output_tokens;      /* gen_ai.usage.input_tokens / output_tokens; -1: count them here */
    int64_t cache_read_tokens;                /* gen_ai.usage.cache_read.input_tokens (part of input_tokens) */
    int64_t cache_write_tokens;               /* gen_ai.usage.cache_creation.input_tokens (part of input_tokens) */
    int64_t reasoning_tokens;                 /* gen_ai.usage.reasoning.output_tokens (part of output_tokens) */
    const char *error_type;                   /* error.type ("timeout", "429", ...): the call failed */
    const char *error_message;                /* the span's status message */
} tw_llm_result;
TWTRACE_API tw_llm_result tw_llm_result_default(void);

/* What tw_llm_end recorded: the token figures, where they came from, and the cost. */
typedef enum tw_usage_source {
    TW_USAGE_NONE = 0,      /* no figure: not reported, and no tokenizer for it */
    TW_USAGE_PROVIDER = 1,  /* reported by the provider */
    TW_USAGE_COUNTED = 2,   /* counted here with the model's own encoding: exact */
    TW_USAGE_ESTIMATED = 3  /* counted with tracing.tokenizer_target_model's encoding (twtokenize.h knows no encoding
                               for the model, e.g. a Claude or Llama model): an estimate */
} tw_usage_source;
typedef struct tw_llm_summary {
    int64_t input_tokens, output_tokens; /* -1: none */
    tw_usage_source input_source, output_source;
    int64_t cost_micros;                 /* the cost in millionths of the currency; -1: no price for the model */
    const char *currency;                /* "USD" */
    double time_to_first_chunk;          /* seconds; -1: not streamed */
    uint64_t chunks;
} tw_llm_summary;

typedef struct tw_llm_call tw_llm_call;
/* Starts the call's span (kind CLIENT, current on this thread until tw_llm_end). NULL when tracing
   is off. The request's strings are copied. */
TWTRACE_API tw_llm_call *tw_llm_start(const tw_llm_request *request);
TWTRACE_API tw_span *tw_llm_span(tw_llm_call *call);
/* The prompt: chat messages in order (role "system", "user", "assistant", "tool"), or a text
   (text_completion, embeddings). Counted as they come; kept for gen_ai.input.messages. */
TWTRACE_API void tw_llm_message(tw_llm_call *call, const char *role, const char *content, size_t len);
TWTRACE_API void tw_llm_prompt(tw_llm_call *call, const char *text, size_t len);
/* Instructions given apart from the messages (Anthropic's and Gemini's system): gen_ai.system_instructions. */
TWTRACE_API void tw_llm_system(tw_llm_call *call, const char *text, size_t len);
/* The response: chunk by chunk as a stream arrives (the first sets time to first chunk), or whole. */
TWTRACE_API void tw_llm_chunk(tw_llm_call *call, const char *text, size_t len);
TWTRACE_API void tw_llm_response(tw_llm_call *call, const char *text, size_t len);
/* Ends the call with what the provider reported (NULL: nothing) and frees it; returns what was recorded. */
TWTRACE_API tw_llm_summary tw_llm_end(tw_llm_call *call, const tw_llm_result *result);

/* Agents and tools: "invoke_agent {name}" (INTERNAL: an agent in this process) and
   "execute_tool {name}" spans, current until their end. An agent's name is the agent of the LLM
   calls made inside it on this thread (tokens and cost per agent). */
typedef struct tw_agent_options {
    const char *id, *description, *version; /* gen_ai.agent.id, .description, .version */
    const char *provider;                   /* gen_ai.provider.name of the framework or service */
    const char *model;                      /* gen_ai.request.model */
    const char *conversation_id;            /* gen_ai.conversation.id */
    int remote;                             /* the agent runs elsewhere: kind CLIENT */
} tw_agent_options;
TWTRACE_API tw_span *tw_agent_start(const char *name, const tw_agent_options *options);
TWTRACE_API void tw_agent_end(tw_span *agent_span);
/* call_id: gen_ai.tool.call.id (may be NULL); type: gen_ai.tool.type, "function" when NULL. */
TWTRACE_API tw_span *tw_tool_start(const char *name, const char *call_id, const char *type);
TWTRACE_API void tw_tool_end(tw_span *tool_span);

/* Redaction: fn runs on the exporter thread for every string attribute value (of spans, events and
   links) and status message before any exporter sees it, so that nothing it removes leaves the
   process. It writes the value to keep into out (cap bytes) and returns its length, snprintf-style
   (a length over cap: called again with room for it), or (size_t)-1 to keep the value as it is.
   key is the attribute's key ("" for a status message); value is not NUL-terminated. */
typedef size_t (*tw_redact_fn)(void *user, const char *key, size_t key_len, const char *value, size_t len, char *out,
                               size_t cap);
TWTRACE_API void tw_set_redactor(tw_redact_fn fn, void *user);

/* Cost: the price of usage of model (of provider, NULL: any) at time unix_seconds (0: now), from
   tracing.price_file then the built-in table (npm @pydantic/genai-prices, see
   tw_price_table_version()), in millionths of the currency (USD). Returns 0, or -1 for an unknown
   model. input_tokens includes the cache tokens, output_tokens the reasoning tokens. */
TWTRACE_API int tw_price_cost(const char *provider, const char *model, int64_t unix_seconds, int64_t input_tokens,
                              int64_t output_tokens, int64_t cache_read_tokens, int64_t cache_write_tokens,
                              int64_t reasoning_tokens, int64_t *micros);
TWTRACE_API const char *tw_price_table_version(void);

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
   TW_SPAN_KIND(name, kind); one of a kind (TW_SPAN_KIND_CLIENT for an outgoing call). TW_AGENT(name);
   and TW_TOOL(name); are the GenAI conventions' invoke_agent and execute_tool spans.
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
    void (*end)(tw_span *); /* NULL: tw_span_end */
    explicit tw__scope(tw_span *s, void (*e)(tw_span *) = 0) : span(s), end(e) {}
    ~tw__scope() {
        if (end) end(span);
        else tw_span_end(span);
    }

  private:
    tw__scope(const tw__scope &);
    tw__scope &operator=(const tw__scope &);
};
#define TW_SPAN(name) tw__scope TW__UNIQUE(tw__scope_)(tw_span_start(name))
#define TW_SPAN_KIND(name, kind) tw__scope TW__UNIQUE(tw__scope_)(tw_span_start_kind(name, kind))
#define TW_AGENT(name) tw__scope TW__UNIQUE(tw__scope_)(tw_agent_start(name, 0), tw_agent_end)
#define TW_TOOL(name) tw__scope TW__UNIQUE(tw__scope_)(tw_tool_start(name, 0, 0))
extern "C" {
#elif defined(__GNUC__) || defined(__clang__)
static inline void tw__span_cleanup(tw_span **s) { tw_span_end(*s); }
#define TW_SPAN(name) \
    tw_span *TW__UNIQUE(tw__scope_) __attribute__((cleanup(tw__span_cleanup), unused)) = tw_span_start(name)
#define TW_SPAN_KIND(name, kind) \
    tw_span *TW__UNIQUE(tw__scope_) __attribute__((cleanup(tw__span_cleanup), unused)) = tw_span_start_kind(name, kind)
static inline void tw__agent_cleanup(tw_span **s) { tw_agent_end(*s); }
#define TW_AGENT(name) \
    tw_span *TW__UNIQUE(tw__scope_) __attribute__((cleanup(tw__agent_cleanup), unused)) = tw_agent_start(name, 0)
#define TW_TOOL(name) \
    tw_span *TW__UNIQUE(tw__scope_) __attribute__((cleanup(tw__span_cleanup), unused)) = tw_tool_start(name, 0, 0)
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
    TW__REC_STRS = 8, /* a string array: its strings, each followed by a NUL */
    TW__IN_EVENT = 0x80, TW__IN_LINK = 0x40, TW__IN_ANY = 0xC0
};
#define TW__REC_BASE(kind) ((kind) & 0x3F)
#define TW__REC_IS_ATTR(base) ((base) <= TW__REC_BOOL || (base) == TW__REC_STRS)
#define TW__REC_HAS_LEN(base) ((base) == TW__REC_STR || (base) == TW__REC_EVENT || (base) == TW__REC_STRS)
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
/* the application's redactor (tw_set_redactor), read by the exporter thread */
static struct {
    tw_redact_fn fn;
    void *user;
} tw__redact;
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
/* n, or at most cap bytes of s[0..n) ending at a character boundary (for cutting long values). */
static size_t tw__utf8_cut(const char *s, size_t n, size_t cap) {
    if (n <= cap) return n;
    while (cap > 0 && ((unsigned char)s[cap] & 0xC0) == 0x80) cap--;
    return cap;
}

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
    return tw__utf8_cut(v, n, cap);
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
    if (TW__REC_HAS_LEN(TW__REC_BASE(kind))) memcpy(p, &v32, 4), p += 4;
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
    if (!tw__recording(s) || !key || type < TW__REC_STR || !TW__REC_IS_ATTR(type)) return;
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

TWTRACE_API void tw_span_set_attribute_strs(tw_span *s, const char *key, const char *const *values, size_t n) {
    char tmp[1024], *b = tmp;
    size_t i, len = 0;
    if (!tw__recording(s) || !key || (!values && n)) return;
    for (i = 0; i < n; i++) len += (values[i] ? tw__limit_len(values[i], strlen(values[i])) : 0) + 1;
    if (len > sizeof tmp && !(b = (char *)TW_MALLOC(len))) return;
    len = 0;
    for (i = 0; i < n; i++) {
        size_t l = values[i] ? tw__limit_len(values[i], strlen(values[i])) : 0;
        if (l) memcpy(b + len, values[i], l);
        len += l, b[len++] = 0;
    }
    tw__span_record_n(s, TW__REC_STRS, key, strlen(key), b, len);
    s->n_attrs++;
    if (b != tmp) TW_FREE(b);
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
        default: break; /* arrays are span attributes only */
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
    if (TW__REC_HAS_LEN(base)) memcpy(&vl, p, 4), p += 4;
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
        if (TW__UNLIKELY(tw__g.ser_cap)) n = tw__utf8_cut(r->val, n, tw__g.ser_cap);
        tw__puts(b, "\"stringValue\":");
        tw__put_jstr(b, r->val, n);
    } else if (base == TW__REC_STRS) {
        const char *q = r->val, *e = r->val + r->vlen;
        int first = 1;
        tw__puts(b, "\"arrayValue\":{\"values\":[");
        while (q < e) {
            size_t n = strnlen(q, (size_t)(e - q));
            if (!first) tw__putc(b, ',');
            first = 0;
            tw__puts(b, "{\"stringValue\":");
            tw__put_jstr(b, q, n);
            tw__putc(b, '}');
            q += n + 1;
        }
        tw__puts(b, "]}");
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
    char **red;          /* values the redactor changed, freed after the batch is delivered */
    size_t nred, redcap;
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

/* The application's redactor on one value: *v and *vl change when it changes the value. */
static void tw__redact_value(tw__scratch *x, const char *key, size_t kl, const char **v, uint32_t *vl) {
    tw_redact_fn fn = TW__LOAD(&tw__redact.fn);
    void *user = TW__LOAD(&tw__redact.user);
    char tmp[256], *out;
    size_t n;
    if (!fn) return;
    n = fn(user, key, kl, *v, *vl, tmp, sizeof tmp);
    if (n == (size_t)-1) return;
    if (n > 0x7FFFFFFFu || !tw__grow((void **)&x->red, &x->redcap, x->nred + 1, sizeof(char *)) || !(out = (char *)TW_MALLOC(n + 1))) {
        *vl = 0; /* the value could not be redacted: nothing of it goes out */
        return;
    }
    if (n <= sizeof tmp) memcpy(out, tmp, n);
    else if (fn(user, key, kl, *v, *vl, out, n + 1) > n) n = 0; /* it changed its mind on the length: keep nothing */
    x->red[x->nred++] = out;
    *v = out, *vl = (uint32_t)n;
}

/* Decodes s into x; 0 when out of memory (x then holds what fitted). */
static int tw__decode(const tw_span *s, tw__scratch *x) {
    const char *p = s->buf + s->name_len, *end = s->buf + s->len;
    tw__rec r;
    int redact = TW__LOAD(&tw__redact.fn) != NULL;
    x->n = x->na = 0, x->msg = NULL, x->msglen = 0;
    while (p && p < end) {
        p = tw__rec_next(p, end, &r);
        if (r.kind == TW__REC_STATUS) {
            x->msg = r.key, x->msglen = r.klen;
            if (redact && x->msglen) tw__redact_value(x, "", 0, &x->msg, &x->msglen);
            continue;
        }
        if (redact && (TW__REC_BASE(r.kind) == TW__REC_STR || TW__REC_BASE(r.kind) == TW__REC_STRS))
            tw__redact_value(x, r.key, r.klen, &r.val, &r.vlen);
        if (!tw__grow((void **)&x->r, &x->cap, x->n + 1, sizeof(tw__rec))) return 0;
        x->r[x->n++] = r;
        if (!(r.kind & TW__IN_ANY) && TW__REC_IS_ATTR(TW__REC_BASE(r.kind))) {
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

/* A hash of n bytes, eight at a time (in-process only: it differs between byte orders). */
static uint64_t tw__hash_bytes(uint64_t h, const void *p, size_t n) {
    const unsigned char *b = (const unsigned char *)p;
    uint64_t w;
    while (n >= 8) {
        memcpy(&w, b, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
        b += 8, n -= 8;
    }
    w = 0;
    if (n) memcpy(&w, b, n);
    h = (h ^ w ^ ((uint64_t)n << 56)) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
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
        s->hash = tw__hash_bytes(s->hash, d->key, d->key_len);
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
/* A thread's memory of the attribute arrays it recorded with: the pointers and numbers it was given
   and where each attribute sits in the point's sorted set, so that the same array again costs a
   compare of each string with the point's copy (its content may have changed), not a hash and a sort. */
#define TW__HCACHE_ATTRS 8
typedef struct tw__hcache_entry {
    const tw_histogram *h;
    tw_histogram_point *p;
    size_t n;
    const char *key[TW__HCACHE_ATTRS], *s[TW__HCACHE_ATTRS];
    int64_t i[TW__HCACHE_ATTRS];
    double d[TW__HCACHE_ATTRS];
    unsigned char type[TW__HCACHE_ATTRS], at[TW__HCACHE_ATTRS];
} tw__hcache_entry;
typedef struct tw__hthread {
    uint64_t **dir[TW__HPOINTS_MAX / TW__HCHUNK];
    struct tw__hthread *next;
    tw__hcache_entry cache[TW__HCACHE]; /* the owner's only (on the heap: no large thread-local block) */
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
static TW__TLS struct {
    tw__hthread *cells;
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

/* Whether attrs[0..n) is what entry e remembers, and still holds what e's point holds. */
static int tw__hcache_hit(const tw__hcache_entry *e, const tw_histogram *h, const tw_attr *attrs, size_t n) {
    size_t k;
    if (e->h != h || e->n != n || !e->p) return 0;
    for (k = 0; k < n; k++) {
        const tw_attr *a = &attrs[k];
        const tw_attr_data *d = &e->p->attrs[e->at[k]];
        if (a->key != e->key[k] || (unsigned char)a->type != e->type[k]) return 0;
        if (a->type == TW_ATTR_STRING ? a->s != e->s[k] : a->type == TW_ATTR_DOUBLE ? memcmp(&a->d, &e->d[k], sizeof a->d) != 0 : a->i != e->i[k])
            return 0;
        if (strcmp(a->key, d->key) != 0 || (a->type == TW_ATTR_STRING && strcmp(a->s, d->s) != 0)) return 0;
    }
    return 1;
}

TWTRACE_API void tw_histogram_record(tw_histogram *h, double v, const tw_attr *attrs, size_t n) {
    tw__aset set;
    tw__hcache_entry *e;
    tw_histogram_point *p;
    size_t k, m;
    size_t slot;
    if (!h || v != v || !tw__g.enabled) return;
    slot = (((uintptr_t)h >> 4) ^ (n && attrs ? (uintptr_t)attrs[0].key >> 3 : 0) ^ n) % TW__HCACHE;
    if (tw__ht.cells && n <= TW__HCACHE_ATTRS && attrs && tw__hcache_hit(&tw__ht.cells->cache[slot], h, attrs, n)) {
        tw_histogram_point_record(tw__ht.cells->cache[slot].p, v);
        return;
    }
    tw__aset_make(&set, attrs, n);
    p = tw__hist_bind_set(h, &set);
    if (!p) return;
    tw_histogram_point_record(p, v); /* makes this thread's cells, and so its cache, if it had none */
    if (!tw__ht.cells) return;
    e = &tw__ht.cells->cache[slot];
    /* remember this array, when each of its attributes is one of the set's (no NULL key, no key twice) */
    e->p = NULL;
    if (!attrs || n > TW__HCACHE_ATTRS || set.n != n) return;
    for (k = 0; k < n; k++) {
        const tw_attr *a = &attrs[k];
        if (a->type == TW_ATTR_STRING && !a->s) return;
        for (m = 0; m < set.n && set.a[m].key != a->key; m++) {
        }
        if (m == set.n) return;
        e->key[k] = a->key, e->s[k] = a->s, e->i[k] = a->i, e->d[k] = a->d, e->type[k] = (unsigned char)a->type, e->at[k] = (unsigned char)m;
    }
    e->h = h, e->n = n, e->p = p;
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

/* --- GenAI --- */
/* from the prices section, below */
static int tw__price_cost_at(const char *provider, const char *model, int64_t unix_s, const int64_t u[5], int64_t *micros);
static void tw__price_reset(void);
static void tw__price_warm(void);
static void tw__price_want(void);
TWTRACE_API void tw_set_redactor(tw_redact_fn fn, void *user) {
    TW__STORE(&tw__redact.user, user);
    TW__STORE(&tw__redact.fn, fn);
}

/* The agents whose spans are open on this thread, innermost last (small: thread-local space is
   scarce in a shared library; names are kept to 47 bytes, deeper nesting than 8 keeps the 8th). */
#define TW__AGENT_DEPTH 8
#define TW__AGENT_NAME 48
static TW__TLS struct {
    char name[TW__AGENT_DEPTH][TW__AGENT_NAME];
    tw_span *span[TW__AGENT_DEPTH];
    int depth;
} tw__agents;

static void tw__copy_name(char *dst, size_t cap, const char *src) {
    size_t n = src ? tw__utf8_cut(src, strlen(src), cap - 1) : 0;
    if (n) memcpy(dst, src, n);
    dst[n] = 0;
}

static tw_span *tw__named_span(const char *op, const char *name, tw_span_kind kind) {
    char buf[160];
    snprintf(buf, sizeof buf, name && *name ? "%s %.120s" : "%s", op, name ? name : "");
    return tw_span_start_kind(buf, kind);
}

static void tw__attr_if(tw_span *s, const char *key, const char *value) {
    if (value && *value) tw_span_set_attribute_str(s, key, value);
}

TWTRACE_API tw_span *tw_agent_start(const char *name, const tw_agent_options *o) {
    tw_span *s;
    if (!tw__g.enabled) return NULL;
    s = tw__named_span("invoke_agent", name, o && o->remote ? TW_SPAN_KIND_CLIENT : TW_SPAN_KIND_INTERNAL);
    if (!s) return NULL;
    tw_span_set_attribute_str(s, "gen_ai.operation.name", "invoke_agent");
    tw__attr_if(s, "gen_ai.agent.name", name);
    if (o) {
        tw__attr_if(s, "gen_ai.provider.name", o->provider);
        tw__attr_if(s, "gen_ai.agent.id", o->id);
        tw__attr_if(s, "gen_ai.agent.description", o->description);
        tw__attr_if(s, "gen_ai.agent.version", o->version);
        tw__attr_if(s, "gen_ai.request.model", o->model);
        tw__attr_if(s, "gen_ai.conversation.id", o->conversation_id);
    }
    if (tw__agents.depth < TW__AGENT_DEPTH) {
        tw__copy_name(tw__agents.name[tw__agents.depth], TW__AGENT_NAME, name);
        tw__agents.span[tw__agents.depth++] = s;
    }
    return s;
}

TWTRACE_API void tw_agent_end(tw_span *s) {
    int i;
    if (!s) return;
    for (i = tw__agents.depth - 1; i >= 0; i--) /* its entry and any left above it */
        if (tw__agents.span[i] == s) {
            tw__agents.depth = i;
            break;
        }
    tw_span_end(s);
}

TWTRACE_API tw_span *tw_tool_start(const char *name, const char *call_id, const char *type) {
    tw_span *s;
    if (!tw__g.enabled) return NULL;
    s = tw__named_span("execute_tool", name, TW_SPAN_KIND_INTERNAL);
    if (!s) return NULL;
    tw_span_set_attribute_str(s, "gen_ai.operation.name", "execute_tool");
    tw__attr_if(s, "gen_ai.tool.name", name);
    tw__attr_if(s, "gen_ai.tool.call.id", call_id);
    tw_span_set_attribute_str(s, "gen_ai.tool.type", type && *type ? type : "function");
    if (tw__agents.depth) tw_span_set_attribute_str(s, "gen_ai.agent.name", tw__agents.name[tw__agents.depth - 1]);
    return s;
}
TWTRACE_API void tw_tool_end(tw_span *s) { tw_span_end(s); }

#define TW__LLM_INIT 0x4c4c4d31u
TWTRACE_API tw_llm_request tw_llm_request_default(void) {
    tw_llm_request r;
    memset(&r, 0, sizeof r);
    r.temperature = r.top_p = r.frequency_penalty = r.presence_penalty = NAN;
    r.max_tokens = r.top_k = r.seed = r.choice_count = -1;
    r.init_ = TW__LLM_INIT;
    return r;
}
TWTRACE_API tw_llm_result tw_llm_result_default(void) {
    tw_llm_result r;
    memset(&r, 0, sizeof r);
    r.input_tokens = r.output_tokens = r.cache_read_tokens = r.cache_write_tokens = r.reasoning_tokens = -1;
    return r;
}

/* Message text kept for the content attributes: at most budget bytes in all, cut at a character. */
typedef struct tw__keep {
    tw__buf b;    /* JSON built as the parts come */
    size_t budget;
    int cut, n;
} tw__keep;

struct tw_llm_call {
    tw_span *span;
    int capture;
    uint64_t t0, t_first, t_last, chunks;
    const struct tw__tokenizer_hooks *h;
    const void *enc;
    tw_usage_source src;     /* COUNTED or ESTIMATED when enc is set */
    int chat_format;         /* OpenAI's chat format: 3 tokens a message and its role, 3 for the reply */
    int64_t in_tokens, in_messages;
    void *stream;            /* the output's twtok_stream (h->stream_size bytes), or NULL */
    uint64_t out_bytes;
    tw__keep in, sys, out;
    tw_histogram_point *tpoc;
    char provider[64], operation[32], model[128], agent[64], server[128];
    int port;
};

static tw_histogram *tw__genai_hist(int which) {
    static tw_histogram *h[4];
    static const double tok[] = {TW_GENAI_TOKEN_BUCKETS}, dur[] = {TW_GENAI_DURATION_BUCKETS};
    static const char *const names[4] = {"gen_ai.client.token.usage", "gen_ai.client.operation.duration",
                                         "gen_ai.client.operation.time_to_first_chunk", "gen_ai.client.operation.time_per_output_chunk"};
    static const char *const descs[4] = {"Number of input and output tokens used.", "GenAI operation duration.",
                                         "Time to receive the first chunk, from the request to the first chunk of the response stream.",
                                         "Time per output chunk after the first one, from the end of the previous chunk."};
    tw_histogram *r = TW__LOAD(&h[which]);
    if (!r) {
        r = which == 0 ? tw_histogram_get(names[0], "{token}", descs[0], tok, sizeof tok / sizeof tok[0])
                       : tw_histogram_get(names[which], "s", descs[which], dur, sizeof dur / sizeof dur[0]);
        TW__STORE(&h[which], r);
    }
    return r;
}

/* The metric attributes of a call: operation, provider, request model, [response model], server,
   agent; then extra (the token type, error.type). */
static size_t tw__llm_mattrs(const tw_llm_call *c, const char *response_model, tw_attr *a, const char *k1, const char *v1) {
    size_t n = 0;
    a[n++] = TW_ATTR_STR("gen_ai.operation.name", c->operation);
    a[n++] = TW_ATTR_STR("gen_ai.provider.name", c->provider);
    if (c->model[0]) a[n++] = TW_ATTR_STR("gen_ai.request.model", c->model);
    if (response_model && *response_model) a[n++] = TW_ATTR_STR("gen_ai.response.model", response_model);
    if (c->server[0]) {
        a[n++] = TW_ATTR_STR("server.address", c->server);
        if (c->port) a[n++] = TW_ATTR_INT("server.port", c->port);
    }
    if (c->agent[0]) a[n++] = TW_ATTR_STR("gen_ai.agent.name", c->agent);
    if (k1 && v1) a[n++] = TW_ATTR_STR(k1, v1);
    return n;
}

static void tw__keep_init(tw__keep *k, size_t budget, const char *open) {
    memset(k, 0, sizeof *k);
    k->budget = budget;
    tw__puts(&k->b, open);
}

/* How much of text the budget keeps (cut at a character); the budget shrinks by it. */
static size_t tw__keep_take(tw__keep *k, const char *text, size_t len) {
    size_t n = tw__utf8_cut(text, len, k->budget);
    if (n < len) k->cut = 1;
    k->budget -= n;
    return n;
}

/* Appends text, within the budget, as a JSON string. */
static void tw__keep_text(tw__keep *k, const char *text, size_t len) { tw__put_jstr(&k->b, text, tw__keep_take(k, text, len)); }

TWTRACE_API tw_llm_call *tw_llm_start(const tw_llm_request *rq) {
    tw_llm_call *c;
    const struct tw__tokenizer_hooks *h;
    char name[200];
    size_t budget;
    int params;
    static int told_init; /* atomic */
    if (!tw__g.enabled || !rq) return NULL;
    c = (tw_llm_call *)TW_MALLOC(sizeof *c);
    if (!c) return NULL;
    memset(c, 0, sizeof *c);
    tw__copy_name(c->provider, sizeof c->provider, rq->provider && *rq->provider ? rq->provider : "unknown");
    tw__copy_name(c->operation, sizeof c->operation, rq->operation && *rq->operation ? rq->operation : "chat");
    tw__copy_name(c->model, sizeof c->model, rq->model);
    tw__copy_name(c->agent, sizeof c->agent, rq->agent ? rq->agent : tw__agents.depth ? tw__agents.name[tw__agents.depth - 1] : NULL);
    tw__copy_name(c->server, sizeof c->server, rq->server_address);
    c->port = rq->server_port > 0 && rq->server_port < 65536 ? rq->server_port : 0;
    snprintf(name, sizeof name, c->model[0] ? "%s %s" : "%s", c->operation, c->model);
    c->span = tw_span_start_kind(name, TW_SPAN_KIND_CLIENT);
    c->t0 = tw__mono_ns();
    tw__price_want();
    c->capture = tw__g.cfg.gen_ai_capture_content && tw_span_is_recording(c->span);
    /* the model's encoding, else tracing.tokenizer_target_model's (an estimate) */
    h = tw__tok();
    if (h) {
        c->h = h;
        if (c->model[0] && (c->enc = h->for_model(c->model)) != NULL) c->src = TW_USAGE_COUNTED;
        else if ((c->enc = tw__g.tokenizer) != NULL) c->src = TW_USAGE_ESTIMATED;
        if (c->enc && h->version >= 2 && (c->stream = TW_MALLOC(h->stream_size)) != NULL) h->stream_init(c->stream, c->enc);
    }
    c->chat_format = c->src == TW_USAGE_COUNTED && strcmp(c->operation, "chat") == 0 &&
                     (strcmp(c->provider, "openai") == 0 || strcmp(c->provider, "azure.ai.openai") == 0);
    budget = (size_t)tw__g.cfg.gen_ai_content_max_bytes;
    if (tw__g.cfg.attribute_value_length_limit >= 0) { /* the JSON must fit the attribute limit whole */
        size_t lim = (size_t)tw__g.cfg.attribute_value_length_limit;
        lim = lim > 200 ? (lim - 200) / 6 : 0;
        if (lim < budget) budget = lim;
    }
    if (c->capture) {
        tw__keep_init(&c->in, budget, "[");
        tw__keep_init(&c->sys, budget, "[");
        tw__keep_init(&c->out, budget, "");
    }
    if (tw_span_is_recording(c->span)) {
        tw_span *s = c->span;
        tw_span_set_attribute_str(s, "gen_ai.operation.name", c->operation);
        tw_span_set_attribute_str(s, "gen_ai.provider.name", c->provider);
        if (c->model[0]) tw_span_set_attribute_str(s, "gen_ai.request.model", c->model);
        if (c->agent[0]) tw_span_set_attribute_str(s, "gen_ai.agent.name", c->agent);
        if (c->server[0]) {
            tw_span_set_attribute_str(s, "server.address", c->server);
            if (c->port) tw_span_set_attribute_int(s, "server.port", c->port);
        }
        tw__attr_if(s, "gen_ai.conversation.id", rq->conversation_id);
        if (rq->stream) tw_span_set_attribute_bool(s, "gen_ai.request.stream", 1);
        params = rq->init_ == TW__LLM_INIT;
        if (!params && (rq->temperature != 0 || rq->top_p != 0 || rq->max_tokens != 0 || rq->seed != 0 || rq->top_k != 0) &&
            !__atomic_exchange_n(&told_init, 1, __ATOMIC_RELAXED))
            tw_log(TW_LOG_WARN, "tw_llm_start: the request was not made by tw_llm_request_default(): its "
                                               "parameters (temperature, max_tokens, ...) are not recorded (said once)");
        if (params) {
            if (rq->temperature == rq->temperature) tw_span_set_attribute_double(s, "gen_ai.request.temperature", rq->temperature);
            if (rq->top_p == rq->top_p) tw_span_set_attribute_double(s, "gen_ai.request.top_p", rq->top_p);
            if (rq->frequency_penalty == rq->frequency_penalty)
                tw_span_set_attribute_double(s, "gen_ai.request.frequency_penalty", rq->frequency_penalty);
            if (rq->presence_penalty == rq->presence_penalty)
                tw_span_set_attribute_double(s, "gen_ai.request.presence_penalty", rq->presence_penalty);
            if (rq->max_tokens >= 0) tw_span_set_attribute_int(s, "gen_ai.request.max_tokens", rq->max_tokens);
            if (rq->top_k >= 0) tw_span_set_attribute_int(s, "gen_ai.request.top_k", rq->top_k);
            if (rq->seed >= 0) tw_span_set_attribute_int(s, "gen_ai.request.seed", rq->seed);
            if (rq->choice_count >= 0 && rq->choice_count != 1) tw_span_set_attribute_int(s, "gen_ai.request.choice.count", rq->choice_count);
        }
        if (rq->stop_sequences && rq->n_stop_sequences)
            tw_span_set_attribute_strs(s, "gen_ai.request.stop_sequences", rq->stop_sequences, rq->n_stop_sequences);
    }
    return c;
}

TWTRACE_API tw_span *tw_llm_span(tw_llm_call *c) { return c ? c->span : NULL; }

static int64_t tw__llm_count(tw_llm_call *c, const char *text, size_t len) {
    return c->enc && text ? (int64_t)c->h->count(c->enc, text, len) : 0;
}

TWTRACE_API void tw_llm_message(tw_llm_call *c, const char *role, const char *content, size_t len) {
    if (!c || (!content && len)) return;
    if (!role || !*role) role = "user";
    c->in_tokens += tw__llm_count(c, content, len);
    if (c->chat_format) c->in_tokens += 3 + tw__llm_count(c, role, strlen(role));
    c->in_messages++;
    if (c->capture) {
        tw__keep *k = &c->in;
        if (k->n++) tw__putc(&k->b, ',');
        tw__puts(&k->b, "{\"role\":");
        tw__put_jstr(&k->b, role, strlen(role));
        tw__puts(&k->b, ",\"parts\":[{\"type\":\"text\",\"content\":");
        tw__keep_text(k, content ? content : "", len);
        tw__puts(&k->b, "}]}");
    }
}

TWTRACE_API void tw_llm_prompt(tw_llm_call *c, const char *text, size_t len) { tw_llm_message(c, "user", text, len); }

TWTRACE_API void tw_llm_system(tw_llm_call *c, const char *text, size_t len) {
    if (!c || (!text && len)) return;
    c->in_tokens += tw__llm_count(c, text, len);
    if (c->capture) {
        tw__keep *k = &c->sys;
        if (k->n++) tw__putc(&k->b, ',');
        tw__puts(&k->b, "{\"type\":\"text\",\"content\":");
        tw__keep_text(k, text ? text : "", len);
        tw__putc(&k->b, '}');
    }
}

static void tw__llm_out(tw_llm_call *c, const char *text, size_t len) {
    if (c->stream) c->h->stream_feed(c->stream, text, len);
    c->out_bytes += len;
    if (c->capture && len) tw__put(&c->out.b, text, tw__keep_take(&c->out, text, len)); /* raw: a JSON string at the end */
}

TWTRACE_API void tw_llm_chunk(tw_llm_call *c, const char *text, size_t len) {
    uint64_t now;
    if (!c || (!text && len)) return;
    now = tw__mono_ns();
    if (!c->chunks++) {
        tw_attr a[12];
        size_t n = tw__llm_mattrs(c, NULL, a, NULL, NULL);
        c->t_first = now;
        tw_histogram_record(tw__genai_hist(2), (double)(now - c->t0) / 1e9, a, n);
        c->tpoc = tw_histogram_bind(tw__genai_hist(3), a, n);
    } else {
        tw_histogram_point_record(c->tpoc, (double)(now - c->t_last) / 1e9);
    }
    c->t_last = now;
    tw__llm_out(c, text, len);
}

TWTRACE_API void tw_llm_response(tw_llm_call *c, const char *text, size_t len) {
    if (!c || (!text && len)) return;
    tw__llm_out(c, text, len);
}


static void tw__keep_done(tw_span *s, const char *key, tw__keep *k, const char *close) {
    if (!k->n) goto out; /* nothing was given */
    tw__puts(&k->b, close);
    if (!k->b.oom) tw_span_set_attribute_strn(s, key, k->b.p, k->b.n);
out:
    TW_FREE(k->b.p);
    k->b.p = NULL;
}

TWTRACE_API tw_llm_summary tw_llm_end(tw_llm_call *c, const tw_llm_result *r) {
    tw_llm_summary sum;
    tw_llm_result none = tw_llm_result_default();
    tw_span *s;
    tw_attr a[14];
    size_t n;
    uint64_t now = tw__mono_ns();
    int64_t u[5];
    static tw_counter *cost_counter;
    memset(&sum, 0, sizeof sum);
    sum.input_tokens = sum.output_tokens = sum.cost_micros = -1, sum.time_to_first_chunk = -1;
    sum.currency = "USD";
    if (!c) return sum;
    if (!r) r = &none;
    s = c->span;
    /* tokens: the provider's figures win */
    if (r->input_tokens >= 0) sum.input_tokens = r->input_tokens, sum.input_source = TW_USAGE_PROVIDER;
    else if (c->enc) sum.input_tokens = c->in_tokens + (c->chat_format && c->in_messages ? 3 : 0), sum.input_source = c->src;
    if (r->output_tokens >= 0) sum.output_tokens = r->output_tokens, sum.output_source = TW_USAGE_PROVIDER;
    else if (c->stream) sum.output_tokens = (int64_t)c->h->stream_count(c->stream), sum.output_source = c->src;
    if (c->chunks) sum.chunks = c->chunks, sum.time_to_first_chunk = (double)(c->t_first - c->t0) / 1e9;
    u[0] = sum.input_tokens < 0 ? 0 : sum.input_tokens, u[1] = sum.output_tokens < 0 ? 0 : sum.output_tokens;
    u[2] = r->cache_read_tokens > 0 ? r->cache_read_tokens : 0, u[3] = r->cache_write_tokens > 0 ? r->cache_write_tokens : 0;
    u[4] = r->reasoning_tokens > 0 ? r->reasoning_tokens : 0;
    if (c->model[0] && (sum.input_tokens >= 0 || sum.output_tokens >= 0) &&
        tw__price_cost_at(c->provider, r->response_model && *r->response_model ? r->response_model : c->model, 0, u, &sum.cost_micros) != 0)
        sum.cost_micros = -1;
    if (tw_span_is_recording(s)) {
        static const char *const srcname[4] = {"", "provider", "counted", "estimated"};
        tw__attr_if(s, "gen_ai.response.model", r->response_model);
        tw__attr_if(s, "gen_ai.response.id", r->response_id);
        if (r->finish_reasons && r->n_finish_reasons)
            tw_span_set_attribute_strs(s, "gen_ai.response.finish_reasons", r->finish_reasons, r->n_finish_reasons);
        else if (r->finish_reason)
            tw_span_set_attribute_strs(s, "gen_ai.response.finish_reasons", &r->finish_reason, 1);
        if (sum.input_tokens >= 0) {
            tw_span_set_attribute_int(s, "gen_ai.usage.input_tokens", sum.input_tokens);
            tw_span_set_attribute_int(s, "prompt_size", sum.input_tokens); /* TaskWeaver's */
            tw_span_set_attribute_str(s, "twtrace.usage.input_source", srcname[sum.input_source]);
        }
        if (sum.output_tokens >= 0) {
            tw_span_set_attribute_int(s, "gen_ai.usage.output_tokens", sum.output_tokens);
            tw_span_set_attribute_int(s, "output_size", sum.output_tokens);
            tw_span_set_attribute_str(s, "twtrace.usage.output_source", srcname[sum.output_source]);
        }
        if (r->cache_read_tokens >= 0) tw_span_set_attribute_int(s, "gen_ai.usage.cache_read.input_tokens", r->cache_read_tokens);
        if (r->cache_write_tokens >= 0) tw_span_set_attribute_int(s, "gen_ai.usage.cache_creation.input_tokens", r->cache_write_tokens);
        if (r->reasoning_tokens >= 0) tw_span_set_attribute_int(s, "gen_ai.usage.reasoning.output_tokens", r->reasoning_tokens);
        if (c->chunks) {
            tw_span_set_attribute_bool(s, "gen_ai.request.stream", 1);
            tw_span_set_attribute_double(s, "gen_ai.response.time_to_first_chunk", sum.time_to_first_chunk);
        }
        if (sum.cost_micros >= 0) {
            tw_span_set_attribute_double(s, "gen_ai.usage.cost.amount", (double)sum.cost_micros / 1e6);
            tw_span_set_attribute_str(s, "gen_ai.usage.cost.currency", "USD");
            tw_span_set_attribute_str(s, "gen_ai.usage.cost.source", "local");
            tw_span_set_attribute_int(s, "twtrace.cost.micros", sum.cost_micros);
        }
        if (c->capture) {
            tw__keep_done(s, "gen_ai.input.messages", &c->in, "]");
            tw__keep_done(s, "gen_ai.system_instructions", &c->sys, "]");
            if (c->out_bytes || r->finish_reason || (r->finish_reasons && r->n_finish_reasons)) {
                tw__buf o;
                const char *fr = r->finish_reason                              ? r->finish_reason
                                 : r->finish_reasons && r->n_finish_reasons ? r->finish_reasons[0]
                                 : r->error_type                            ? "error"
                                                                            : "stop";
                memset(&o, 0, sizeof o);
                tw__puts(&o, "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":");
                tw__put_jstr(&o, c->out.b.p ? c->out.b.p : "", c->out.b.n);
                tw__puts(&o, "}],\"finish_reason\":");
                tw__put_jstr(&o, fr ? fr : "stop", strlen(fr ? fr : "stop"));
                tw__puts(&o, "}]");
                if (!o.oom) tw_span_set_attribute_strn(s, "gen_ai.output.messages", o.p, o.n);
                TW_FREE(o.p);
            }
            if (c->in.cut || c->sys.cut || c->out.cut) tw_span_set_attribute_bool(s, "twtrace.gen_ai.content_truncated", 1);
        }
        if (r->error_type) {
            tw_span_set_attribute_str(s, "error.type", r->error_type);
            tw_span_set_status(s, TW_STATUS_ERROR, r->error_message ? r->error_message : r->error_type);
        }
    }
    TW_FREE(c->in.b.p), TW_FREE(c->sys.b.p), TW_FREE(c->out.b.p);
    /* metrics: whether the span was sampled or not */
    if (sum.input_tokens >= 0) {
        n = tw__llm_mattrs(c, r->response_model, a, "gen_ai.token.type", "input");
        tw_histogram_record(tw__genai_hist(0), (double)sum.input_tokens, a, n);
        tw_add_prompt_size(sum.input_tokens, "input");
    }
    if (sum.output_tokens >= 0) {
        n = tw__llm_mattrs(c, r->response_model, a, "gen_ai.token.type", "output");
        tw_histogram_record(tw__genai_hist(0), (double)sum.output_tokens, a, n);
        tw_add_prompt_size(sum.output_tokens, "output");
    }
    n = tw__llm_mattrs(c, r->response_model, a, "error.type", r->error_type);
    tw_histogram_record(tw__genai_hist(1), (double)(now - c->t0) / 1e9, a, n);
    if (sum.cost_micros >= 0) {
        tw_counter *cc = TW__LOAD(&cost_counter);
        if (!cc) {
            cc = tw_counter_get("twtrace.gen_ai.cost", "{microUSD}", "The cost of LLM calls in millionths of a US dollar, by model and agent.");
            TW__STORE(&cost_counter, cc);
        }
        n = tw__llm_mattrs(c, NULL, a, NULL, NULL);
        tw_counter_add_attrs(cc, sum.cost_micros, a, n);
    }
    if (c->stream) c->h->stream_free(c->stream), TW_FREE(c->stream);
    tw_span_end(s);
    TW_FREE(c);
    return sum;
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
    else if (a->type == TW_ATTR_STRING_ARRAY) {
        const char *q = a->s, *e = a->s + a->s_len;
        fputc('[', out);
        while (q < e) {
            size_t n = strnlen(q, (size_t)(e - q));
            if (q != a->s) fputs(", ", out);
            tw__console_str(out, q, n);
            q += n + 1;
        }
        fputc(']', out);
    } else if (a->type == TW_ATTR_INT) fprintf(out, "%lld", (long long)a->i);
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
    if (base == TW__REC_STR || base == TW__REC_STRS) o->s = r->val, o->s_len = r->vlen;
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
    while (x->nred) TW_FREE(x->red[--x->nred]); /* the redacted values live as long as the batch's export */
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
        tw__price_warm(); /* the price table, once an LLM call has asked for it (about 2 ms and 2.5 MB) */
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
    while (x.nred) TW_FREE(x.red[--x.nred]);
    TW_FREE(b.p), TW_FREE(x.r), TW_FREE(x.a), TW_FREE(x.keep), TW_FREE(x.red), TW_FREE(batch);
    tw__span_data_free();
    TW_FREE(tw__md.p), tw__md.p = NULL, tw__md.cap = 0;
    TW_FREE(tw__md.counts), tw__md.counts = NULL, tw__md.ccap = 0;
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
        int ok;
        for (i = 0; i < sizeof low - 1 && v[i]; i++) low[i] = (char)(v[i] | 0x20);
        low[i] = 0;
        ok = !v[i] && (strcmp(low, "true") == 0 || strcmp(low, "false") == 0);
        if (strcmp(name, "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT") == 0) {
            /* the GenAI instrumentations' values besides true and false */
            if (strcmp(v, "NO_CONTENT") == 0) strcpy(low, "false"), ok = 1;
            else if (strcmp(v, "SPAN_ONLY") == 0 || strcmp(v, "SPAN_AND_EVENT") == 0 || strcmp(v, "EVENT_ONLY") == 0)
                strcpy(low, "true"), ok = 1;
        }
        if (!ok)
            tw_log(TW_LOG_WARN, "%s=\"%.50s\" ignored: expected true or false%s", name, v,
                   strcmp(name, "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT") == 0 ? " (or NO_CONTENT, SPAN_ONLY, SPAN_AND_EVENT)" : "");
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

/* --- generated price data: begin --- */
/* generated by tools/gen_prices.mjs from npm @pydantic/genai-prices@0.1.8 (dist/index.js sha256 0c9da2297434f9f0a3033f26442542457e7b2a68f411aa1b0bb4cade1a129c06): 43 providers, 1694 models - do not edit */
#ifndef TW_NO_PRICES
#define TW__PRICE_SOURCE "@pydantic/genai-prices 0.1.8"
static const char *const tw__price_rows[70] = {
"[{\"id\":\"anthropic\",\"provider_match\":{\"contains\":\"anthropic\"},\"model_match\":{\"contains\":\"claude\"},\"models\":[{\"id\":\"claude-2\",\"match\":{\"or\":[{\"starts_with\":\"claude-2\"},{\"contains\":\"claude-v2\"}]},\"prices\":{\"input_mtok\":8,\"output_mtok\":24}},{\"id\":\"claude-3-5-haiku-latest\",\"match\":{\"or\":[{\"starts_with\":\"claude-3-5-haiku\"},{\"starts_with\":\"claude-3.5-haiku\"}]},\"prices\":{\"input_mtok\":0.8,\"cache_write_mtok\":1,\"cache_read_mtok\":0.08,\"output_mtok\":4}},{\"id\":\"claude-3-5-sonnet\",\"match\":{\"or\":[{\"starts_with\":\"claude-3-5-sonnet\"},{\"starts_with\":\"claude-3.5-sonnet\"}]},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"claude-3-7-sonnet-latest\",\"match\":{\"or\":[{\"starts_with\":\"claude-3-7-sonnet\"},{\"starts_with\":\"claude-3.7-sonnet\"},{\"starts_with\":\"claude-sonnet-3.7\"},{\"starts_with\":\"claude-sonnet-3-7\"}]},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"claude-3-haiku\",\"match\":{\"starts_with\":\"claude-3-haiku\"},\"prices\":{\"input_mtok\":0.25,\"cache_write_mtok\":0.3,\"cache_read_mtok\":0.03,\"output_mtok\":1.25}},{\"id\":\"claude-3-opus-latest\",\"match\":{\"starts_with\":\"claude-3-opus\"},\"prices\":{\"input_mtok\":15,\"cache_write_mtok\":18.75,\"cache_read_mtok\":1.5,\"output_mtok\":75}},{\"id\":\"claude-3-sonnet\",\"match\":{\"starts_with\":\"claude-3-sonnet\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"claude-fable-5\",\"match\":{\"or\":[{\"equals\":\"claude-fable-5\"},{\"regex\":\"^claude-fable-5-\\\\d{8}$\"}]},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":1,\"output_mtok\":50}},{\"id\":\"claude-fable-5-1\",\"match\":{\"or\":[{\"equals\":\"claude-fable-5-1\"},{\"regex\":\"^claude-fable-5-1-\\\\d{8}$\"}]},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":0.25,\"output_mtok\":50}},{\"id\":\"claude-haiku-4-5\",\"match\":{\"or\":[{\"starts_with\":\"claude-haiku-4-5\"},{\"starts_with\":\"claude-haiku-4.5\"},{\"starts_with\":\"claude-4-5-haiku\"},{\"starts_with\":\"claude-4.5-haiku\"}]},\"prices\":{\"input_mtok\":1,\"cache_write_mtok\":1.25,\"cache_read_mtok\":0.1,\"output_mtok\":5}},{\"id\":\"claude-opus-4-0\",\"match\":{\"or\":[{\"starts_with\":\"claude-opus-4-0\"},{\"starts_with\":\"claude-4-opus\"},{\"equals\":\"claude-opus-4\"},{\"equals\":\"claude-opus-4-20250514\"}]},\"prices\":{\"input_mtok\":15,\"cache_write_mtok\":18.75,\"cache_read_mtok\":1.5,\"output_mtok\":75}},{\"id\":\"claude-opus-4-1\",\"match\":{\"or\":[{\"starts_with\":\"claude-opus-4-1\"},{\"starts_with\":\"claude-opus-4.1\"}]},\"prices\":{\"input_mtok\":15,\"cache_write_mtok\":18.75,\"cache_read_mtok\":1.5,\"output_mtok\":75}},{\"id\":\"claude-opus-4-5\",\"match\":{\"or\":[{\"starts_with\":\"claude-opus-4-5\"},{\"starts_with\":\"claude-opus-4.5\"},{\"starts_with\":\"claude-4-5-opus\"},{\"starts_with\":\"claude-4.5-opus\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"claude-opus-4-6\",\"match\":{\"or\":[{\"starts_with\":\"claude-opus-4-6\"},{\"starts_with\":\"claude-opus-4.6\"},{\"starts_with\":\"claude-4-6-opus\"},{\"starts_with\":\"claude-4.6-opus\"}]},\"prices\":[{\"prices\":{\"input_mtok\":{\"base\":5,\"tiers\":[{\"start\":200000,\"price\":10}]},\"cache_write_mtok\":{\"base\":6.25,\"tiers\":[{\"start\":200000,\"price\":12.5}]},\"cache_read_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":200000,\"price\":1}]},\"output_mtok\":{\"base\":25,\"tiers\":[{\"start\":200000,\"price\":37.5}]}}},{\"constraint\":{\"start_date\":\"2026-03-13\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}}]},{\"id\":\"claude-opus-4-7\",\"match\":{\"or\":[{\"starts_with\":\"claude-opus-4-7\"},{\"starts_with\":\"claude-opus-4.7\"},{\"starts_with\":\"claude-4-7-opus\"},{\"starts_with\":\"claude-4.7-opus\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"claude-opus-4-8\",\"match\":{\"or\":[{\"starts_with\":\"claude-opus-4-8\"},{\"starts_with\":\"claude-opus-4.8\"},{\"starts_with\":\"claude-4-8-opus\"},{\"starts_with\":\"claude-4.8-opus\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"claude-opus-5\",\"match\":{\"or\":[",
"{\"equals\":\"claude-opus-5\"},{\"regex\":\"^claude-opus-5-\\\\d{8}$\"},{\"starts_with\":\"claude-opus-5.0\"},{\"starts_with\":\"claude-5-opus\"},{\"starts_with\":\"claude-5.0-opus\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"claude-opus-5-5\",\"match\":{\"or\":[{\"equals\":\"claude-opus-5-5\"},{\"regex\":\"^claude-opus-5-5-\\\\d{8}$\"},{\"starts_with\":\"claude-opus-5.5\"},{\"starts_with\":\"claude-5-5-opus\"},{\"starts_with\":\"claude-5.5-opus\"}]},\"prices\":{\"input_mtok\":4,\"cache_write_mtok\":5,\"cache_read_mtok\":0.2,\"output_mtok\":20}},{\"id\":\"claude-sonnet-4-0\",\"match\":{\"or\":[{\"starts_with\":\"claude-sonnet-4-2025\"},{\"starts_with\":\"claude-sonnet-4-0\"},{\"starts_with\":\"claude-sonnet-4@\"},{\"equals\":\"claude-sonnet-4\"},{\"starts_with\":\"claude-4-sonnet\"}]},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"claude-sonnet-4-5\",\"match\":{\"or\":[{\"starts_with\":\"claude-sonnet-4-5\"},{\"starts_with\":\"claude-sonnet-4.5\"}]},\"prices\":{\"input_mtok\":{\"base\":3,\"tiers\":[{\"start\":200000,\"price\":6}]},\"cache_write_mtok\":{\"base\":3.75,\"tiers\":[{\"start\":200000,\"price\":7.5}]},\"cache_read_mtok\":{\"base\":0.3,\"tiers\":[{\"start\":200000,\"price\":0.6}]},\"output_mtok\":{\"base\":15,\"tiers\":[{\"start\":200000,\"price\":22.5}]}}},{\"id\":\"claude-sonnet-4-6\",\"match\":{\"or\":[{\"starts_with\":\"claude-sonnet-4-6\"},{\"starts_with\":\"claude-sonnet-4.6\"}]},\"prices\":[{\"prices\":{\"input_mtok\":{\"base\":3,\"tiers\":[{\"start\":200000,\"price\":6}]},\"cache_write_mtok\":{\"base\":3.75,\"tiers\":[{\"start\":200000,\"price\":7.5}]},\"cache_read_mtok\":{\"base\":0.3,\"tiers\":[{\"start\":200000,\"price\":0.6}]},\"output_mtok\":{\"base\":15,\"tiers\":[{\"start\":200000,\"price\":22.5}]}}},{\"constraint\":{\"start_date\":\"2026-03-13\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}}]},{\"id\":\"claude-sonnet-5\",\"match\":{\"or\":[{\"starts_with\":\"claude-sonnet-5\"},{\"starts_with\":\"claude-sonnet-5.0\"},{\"starts_with\":\"claude-5-sonnet\"},{\"starts_with\":\"claude-5.0-sonnet\"}]},\"prices\":{\"input_mtok\":2,\"cache_write_mtok\":2.5,\"cache_read_mtok\":0.2,\"output_mtok\":10}},{\"id\":\"claude-v1\",\"match\":{\"equals\":\"claude-v1\"},\"prices\":{\"input_mtok\":8,\"output_mtok\":24}}]},{\"id\":\"arcee\",\"provider_match\":{\"contains\":\"arcee\"},\"models\":[{\"id\":\"deepseek/deepseek-v4-flash-latest\",\"match\":{\"equals\":\"deepseek/deepseek-v4-flash-latest\"},\"prices\":{\"input_mtok\":0.14,\"cache_read_mtok\":0.028,\"output_mtok\":0.28}},{\"id\":\"deepseek/deepseek-v4-pro\",\"match\":{\"equals\":\"deepseek/deepseek-v4-pro\"},\"prices\":{\"input_mtok\":1.74,\"cache_read_mtok\":0.2,\"output_mtok\":3.48}},{\"id\":\"moonshotai/kimi-k3\",\"match\":{\"equals\":\"moonshotai/kimi-k3\"},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"thinkingmachines/inkling-small\",\"match\":{\"equals\":\"thinkingmachines/inkling-small\"},\"prices\":{\"input_mtok\":0.5,\"cache_read_mtok\":0.1,\"output_mtok\":1.2}},{\"id\":\"trinity-large-thinking\",\"match\":{\"equals\":\"trinity-large-thinking\"},\"prices\":{\"input_mtok\":0.25,\"cache_read_mtok\":0.06,\"output_mtok\":0.8}},{\"id\":\"zai-org/glm-5.2\",\"match\":{\"equals\":\"zai-org/glm-5.2\"},\"prices\":{\"input_mtok\":1.4,\"cache_read_mtok\":0.26,\"output_mtok\":4.4}}]},{\"id\":\"avian\",\"models\":[{\"id\":\"Meta-Llama-3.1-405B-Instruct\",\"match\":{\"equals\":\"Meta-Llama-3.1-405B-Instruct\"},\"prices\":{\"input_mtok\":1.5,\"output_mtok\":1.5}},{\"id\":\"Meta-Llama-3.1-70B-Instruct\",\"match\":{\"equals\":\"Meta-Llama-3.1-70B-Instruct\"},\"prices\":{\"input_mtok\":0.45,\"output_mtok\":0.45}},{\"id\":\"Meta-Llama-3.1-8B-Instruct\",\"match\":{\"equals\":\"Meta-Llama-3.1-8B-Instruct\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"Meta-Llama-3.3-70B-Instruct\",\"match\":{\"equals\":\"Meta-Llama-3.3-70B-Instruct\"},\"prices\":{\"input_mtok\":0.45,\"output_mtok\":0.45}},{\"id\":\"deepseek/deepseek-v3.2\",\"match\":{\"equals\":\"deepseek/deepseek-v3.2\"},\"prices\":{\"input_mtok\":0.23,\"cache_read_mtok\":0.012,\"output_mtok\":0.33}},{\"id\":\"deepseek/deepseek-v4-flash\",\"match\":{\"equals\":\"deepseek/deepseek-v4-flash\"},\"prices\":{\"input_mtok\":0.0805,\"cache_read_mtok\":0.0165,\"output_mtok\":0.161}},{\"id",
"\":\"deepseek/deepseek-v4-pro\",\"match\":{\"equals\":\"deepseek/deepseek-v4-pro\"},\"prices\":{\"input_mtok\":1.305,\"cache_read_mtok\":0.10875,\"output_mtok\":2.61}},{\"id\":\"deepseek/deepseek-v4-pro-0813\",\"match\":{\"equals\":\"deepseek/deepseek-v4-pro-0813\"},\"prices\":{\"input_mtok\":0.594,\"cache_read_mtok\":0.0198,\"output_mtok\":1.782}},{\"id\":\"minimax/minimax-m2.5\",\"match\":{\"equals\":\"minimax/minimax-m2.5\"},\"prices\":{\"input_mtok\":0.27,\"cache_read_mtok\":0.15,\"output_mtok\":1.08}},{\"id\":\"moonshotai/kimi-k2.5\",\"match\":{\"equals\":\"moonshotai/kimi-k2.5\"},\"prices\":{\"input_mtok\":0.45,\"cache_read_mtok\":0.225,\"output_mtok\":2.2}},{\"id\":\"moonshotai/kimi-k2.6\",\"match\":{\"equals\":\"moonshotai/kimi-k2.6\"},\"prices\":{\"input_mtok\":0.95,\"cache_read_mtok\":0.16,\"output_mtok\":4}},{\"id\":\"xiaomi/mimo-v2.5\",\"match\":{\"equals\":\"xiaomi/mimo-v2.5\"},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.05,\"output_mtok\":0.4}},{\"id\":\"xiaomi/mimo-v2.5-pro\",\"match\":{\"equals\":\"xiaomi/mimo-v2.5-pro\"},\"prices\":{\"input_mtok\":0.435,\"cache_read_mtok\":0.0036,\"output_mtok\":0.87}},{\"id\":\"z-ai/glm-4.7\",\"match\":{\"equals\":\"z-ai/glm-4.7\"},\"prices\":{\"input_mtok\":0.388,\"cache_read_mtok\":0.097,\"output_mtok\":1.806}},{\"id\":\"z-ai/glm-5\",\"match\":{\"equals\":\"z-ai/glm-5\"},\"prices\":{\"input_mtok\":0.516,\"cache_read_mtok\":0.129,\"output_mtok\":2.322}},{\"id\":\"z-ai/glm-5.1\",\"match\":{\"equals\":\"z-ai/glm-5.1\"},\"prices\":{\"input_mtok\":0.743,\"cache_read_mtok\":0.186,\"output_mtok\":2.971}},{\"id\":\"z-ai/glm-5.2\",\"match\":{\"equals\":\"z-ai/glm-5.2\"},\"prices\":{\"input_mtok\":0.495,\"cache_read_mtok\":0.124,\"output_mtok\":1.733}}]},{\"id\":\"aws\",\"provider_match\":{\"or\":[{\"contains\":\"bedrock\"},{\"contains\":\"amazon\"}]},\"models\":[{\"id\":\"amazon.nova-2-sonic-v1:0\",\"match\":{\"contains\":\"amazon.nova-2-sonic\"},\"prices\":{\"input_mtok\":0.33,\"output_mtok\":2.75}},{\"id\":\"amazon.nova-lite-v1:0\",\"match\":{\"contains\":\"amazon.nova-lite\"},\"prices\":{\"input_mtok\":0.06,\"cache_read_mtok\":0.015,\"output_mtok\":0.24}},{\"id\":\"amazon.nova-micro-v1:0\",\"match\":{\"contains\":\"amazon.nova-micro\"},\"prices\":{\"input_mtok\":0.035,\"cache_read_mtok\":0.00875,\"output_mtok\":0.14}},{\"id\":\"amazon.nova-premier-v1:0\",\"match\":{\"contains\":\"amazon.nova-premier\"},\"prices\":{\"input_mtok\":2.5,\"cache_read_mtok\":0.625,\"output_mtok\":12.5}},{\"id\":\"amazon.nova-pro-v1:0\",\"match\":{\"contains\":\"amazon.nova-pro\"},\"prices\":{\"input_mtok\":0.8,\"cache_read_mtok\":0.2,\"output_mtok\":3.2}},{\"id\":\"amazon.nova-sonic-v1:0\",\"match\":{\"contains\":\"amazon.nova-sonic\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.24}},{\"id\":\"amazon.titan-embed-text-v1\",\"match\":{\"contains\":\"amazon.titan-embed-text\"},\"prices\":{\"input_mtok\":0.1}},{\"id\":\"amazon.titan-text-express-v1\",\"match\":{\"contains\":\"titan-text-express\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"amazon.titan-text-lite-v1\",\"match\":{\"contains\":\"titan-text-lite\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.2}},{\"id\":\"deepseek.r1-v1:0\",\"match\":{\"contains\":\"deepseek.r1\"},\"prices\":{\"input_mtok\":1.35,\"output_mtok\":5.4}},{\"id\":\"global.amazon.nova-2-lite-v1:0\",\"match\":{\"contains\":\"global.amazon.nova-2-lite\"},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.075,\"output_mtok\":2.5}},{\"id\":\"global.anthropic.claude-fable-5-1-v1:0\",\"match\":{\"or\":[{\"ends_with\":\"global.anthropic.claude-fable-5-1\"},{\"contains\":\"global.anthropic.claude-fable-5-1-v1\"}]},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":0.25,\"output_mtok\":50}},{\"id\":\"global.anthropic.claude-fable-5-v1:0\",\"match\":{\"or\":[{\"ends_with\":\"global.anthropic.claude-fable-5\"},{\"contains\":\"global.anthropic.claude-fable-5-v1\"}]},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":1,\"output_mtok\":50}},{\"id\":\"global.anthropic.claude-haiku-4-5-20251001-v1:0\",\"match\":{\"contains\":\"global.anthropic.claude-haiku-4-5-20251001\"},\"prices\":{\"input_mtok\":1,\"cache_write_mtok\":1.25,\"cache_read_mtok\":0.1,\"output_mtok\":5}},{\"id\":\"global.anthropic.claude-opus-4-5-v1:0\",\"match\":{\"contains\":\"global.anthropic.claude-opus-4-5\"},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"glob",
"al.anthropic.claude-opus-4-6-v1:0\",\"match\":{\"contains\":\"global.anthropic.claude-opus-4-6\"},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"global.anthropic.claude-opus-4-7-v1:0\",\"match\":{\"contains\":\"global.anthropic.claude-opus-4-7\"},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"global.anthropic.claude-opus-4-8-v1:0\",\"match\":{\"contains\":\"global.anthropic.claude-opus-4-8\"},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"global.anthropic.claude-opus-5\",\"match\":{\"or\":[{\"ends_with\":\"global.anthropic.claude-opus-5\"},{\"contains\":\"global.anthropic.claude-opus-5-v1\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"global.anthropic.claude-opus-5-5\",\"match\":{\"or\":[{\"ends_with\":\"global.anthropic.claude-opus-5-5\"},{\"contains\":\"global.anthropic.claude-opus-5-5-v1\"}]},\"prices\":{\"input_mtok\":4,\"cache_write_mtok\":5,\"cache_read_mtok\":0.2,\"output_mtok\":20}},{\"id\":\"global.anthropic.claude-sonnet-4-20250514-v1:0\",\"match\":{\"contains\":\"global.anthropic.claude-sonnet-4-20250514\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"global.anthropic.claude-sonnet-4-5-20250929-v1:0\",\"match\":{\"contains\":\"global.anthropic.claude-sonnet-4-5-20250929\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"global.anthropic.claude-sonnet-4-6-v1:0\",\"match\":{\"contains\":\"global.anthropic.claude-sonnet-4-6\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"global.anthropic.claude-sonnet-5-v1:0\",\"match\":{\"contains\":\"global.anthropic.claude-sonnet-5\"},\"prices\":{\"input_mtok\":2,\"cache_write_mtok\":2.5,\"cache_read_mtok\":0.2,\"output_mtok\":10}},{\"id\":\"global.openai.gpt-5.6-luna\",\"match\":{\"contains\":\"global.openai.gpt-5.6-luna\"},\"prices\":{\"input_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":271999,\"price\":0.4}]},\"cache_write_mtok\":{\"base\":0.25,\"tiers\":[{\"start\":271999,\"price\":0.5}]},\"cache_read_mtok\":{\"base\":0.02,\"tiers\":[{\"start\":271999,\"price\":0.04}]},\"output_mtok\":{\"base\":1.2,\"tiers\":[{\"start\":271999,\"price\":1.8}]}}},{\"id\":\"global.openai.gpt-5.6-sol\",\"match\":{\"contains\":\"global.openai.gpt-5.6-sol\"},\"prices\":[{\"prices\":{\"input_mtok\":{\"base\":5,\"tiers\":[{\"start\":271999,\"price\":10}]},\"cache_write_mtok\":{\"base\":6.25,\"tiers\":[{\"start\":271999,\"price\":12.5}]},\"cache_read_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":271999,\"price\":1}]},\"output_mtok\":{\"base\":30,\"tiers\":[{\"start\":271999,\"price\":45}]}}},{\"constraint\":{\"start_date\":\"2026-08-21\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":{\"base\":4,\"tiers\":[{\"start\":271999,\"price\":8}]},\"cache_write_mtok\":{\"base\":5,\"tiers\":[{\"start\":271999,\"price\":10}]},\"cache_read_mtok\":{\"base\":0.4,\"tiers\":[{\"start\":271999,\"price\":0.8}]},\"output_mtok\":{\"base\":20,\"tiers\":[{\"start\":271999,\"price\":30}]}}}]},{\"id\":\"global.openai.gpt-5.6-terra\",\"match\":{\"contains\":\"global.openai.gpt-5.6-terra\"},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":271999,\"price\":4}]},\"cache_write_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":271999,\"price\":5}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":271999,\"price\":0.4}]},\"output_mtok\":{\"base\":12,\"tiers\":[{\"start\":271999,\"price\":18}]}}},{\"id\":\"google.gemma-3-12b-it\",\"match\":{\"contains\":\"google.gemma-3-12b-it\"},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.29}},{\"id\":\"google.gemma-3-27b-it\",\"match\":{\"contains\":\"google.gemma-3-27b-it\"},\"prices\":{\"input_mtok\":0.23,\"output_mtok\":0.38}},{\"id\":\"google.gemma-3-4b-it\",\"match\":{\"contains\":\"google.gemma-3-4b-it\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.08}},{\"id\":\"meta.llama3-1-70b-instruct-v1:0\",\"match\":{\"contains\":\"meta.llama3-1-70b-instruct\"},\"prices\":{\"input_mtok\":0.72,\"output_mtok\":0.72}},{\"id\":\"meta.llama3-1-8b-instruct-v1:0\",\"match\":{\"contains\":\"meta.llama3-1-8b-instruct\"},\"prices\":{\"input_mtok\":0.22,\"output_mtok\":0.22}},{\"id\":\"meta.llama3-2-11b-instruct-v1:0\",\"mat",
"ch\":{\"contains\":\"meta.llama3-2-11b-instruct\"},\"prices\":{\"input_mtok\":0.16,\"output_mtok\":0.16}},{\"id\":\"meta.llama3-2-1b-instruct-v1:0\",\"match\":{\"contains\":\"meta.llama3-2-1b-instruct\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"meta.llama3-2-3b-instruct-v1:0\",\"match\":{\"contains\":\"meta.llama3-2-3b-instruct\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"meta.llama3-2-90b-instruct-v1:0\",\"match\":{\"contains\":\"meta.llama3-2-90b-instruct\"},\"prices\":{\"input_mtok\":0.72,\"output_mtok\":0.72}},{\"id\":\"meta.llama3-3-70b-instruct-v1:0\",\"match\":{\"contains\":\"meta.llama3-3-70b-instruct\"},\"prices\":{\"input_mtok\":0.72,\"output_mtok\":0.72}},{\"id\":\"meta.llama3-70b-instruct-v1:0\",\"match\":{\"contains\":\"meta.llama3-70b-instruct\"},\"prices\":{\"input_mtok\":2.65,\"output_mtok\":3.5}},{\"id\":\"meta.llama3-8b-instruct-v1:0\",\"match\":{\"contains\":\"meta.llama3-8b-instruct\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.6}},{\"id\":\"meta.llama4-maverick-17b-instruct-v1:0\",\"match\":{\"contains\":\"meta.llama4-maverick-17b-instruct\"},\"prices\":{\"input_mtok\":0.24,\"output_mtok\":0.97}},{\"id\":\"meta.llama4-scout-17b-instruct-v1:0\",\"match\":{\"contains\":\"meta.llama4-scout-17b-instruct\"},\"prices\":{\"input_mtok\":0.17,\"output_mtok\":0.66}},{\"id\":\"mistral.devstral-2-123b\",\"match\":{\"contains\":\"mistral.devstral-2-123b\"},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":2}},{\"id\":\"mistral.magistral-small-2509\",\"match\":{\"contains\":\"mistral.magistral-small-2509\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"mistral.ministral-3-14b-instruct\",\"match\":{\"contains\":\"mistral.ministral-3-14b-instruct\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"mistral.ministral-3-3b-instruct\",\"match\":{\"contains\":\"mistral.ministral-3-3b-instruct\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"mistral.ministral-3-8b-instruct\",\"match\":{\"contains\":\"mistral.ministral-3-8b-instruct\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"mistral.mistral-7b-instruct-v0:2\",\"match\":{\"contains\":\"mistral.mistral-7b-instruct-v0\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.2}},{\"id\":\"mistral.mistral-large-2402-v1:0\",\"match\":{\"contains\":\"mistral.mistral-large-2402\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":12}},{\"id\":\"mistral.mistral-large-3-675b-instruct\",\"match\":{\"contains\":\"mistral.mistral-large-3-675b-instruct\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"mistral.mistral-small-2402-v1:0\",\"match\":{\"contains\":\"mistral.mistral-small-2402\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":3}},{\"id\":\"mistral.mixtral-8x7b-instruct-v0:1\",\"match\":{\"contains\":\"mistral.mixtral-8x7b-instruct-v0\"},\"prices\":{\"input_mtok\":0.45,\"output_mtok\":0.7}},{\"id\":\"mistral.pixtral-large-2502-v1:0\",\"match\":{\"contains\":\"mistral.pixtral-large-2502\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":6}},{\"id\":\"mistral.voxtral-mini-3b-2507\",\"match\":{\"contains\":\"mistral.voxtral-mini-3b-2507\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.04}},{\"id\":\"mistral.voxtral-small-24b-2507\",\"match\":{\"contains\":\"mistral.voxtral-small-24b-2507\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.3}},{\"id\":\"nvidia.nemotron-nano-3-30b:0\",\"match\":{\"contains\":\"nvidia.nemotron-nano-3-30b\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.24}},{\"id\":\"nvidia.nemotron-nano-9b-v2:0\",\"match\":{\"contains\":\"nvidia.nemotron-nano-9b-v2\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.23}},{\"id\":\"nvidia.nemotron-super-3-120b:0\",\"match\":{\"contains\":\"nvidia.nemotron-super-3-120b\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.65}},{\"id\":\"openai.gpt-5.4\",\"match\":{\"equals\":\"openai.gpt-5.4\"},\"prices\":{\"input_mtok\":2.75,\"cache_read_mtok\":0.275,\"output_mtok\":16.5}},{\"id\":\"openai.gpt-5.5\",\"match\":{\"equals\":\"openai.gpt-5.5\"},\"prices\":{\"input_mtok\":5.5,\"cache_read_mtok\":0.55,\"output_mtok\":33}},{\"id\":\"openai.gpt-oss-120b-1:0\",\"match\":{\"contains\":\"openai.gpt-oss-120b-1\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"openai.gpt-oss-20b-1:0\",\"match\":{\"contains\":\"openai.gpt-oss-20b-1\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.3}},{\"id\":\"qwen.qwen3-32b-v1:0\",\"match\":{\"contains\":\"qwen.qwen",
"3-32b\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"qwen.qwen3-coder-30b-a3b-v1:0\",\"match\":{\"contains\":\"qwen.qwen3-coder-30b-a3b\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"qwen.qwen3-coder-480b-a35b-v1:0\",\"match\":{\"contains\":\"qwen.qwen3-coder-480b-a35b\"},\"prices\":{\"input_mtok\":0.45,\"output_mtok\":1.8}},{\"id\":\"qwen.qwen3-vl-235b-a22b-v1:0\",\"match\":{\"contains\":\"qwen.qwen3-vl-235b-a22b\"},\"prices\":{\"input_mtok\":0.53,\"output_mtok\":2.66}},{\"id\":\"regional.amazon.nova-2-lite-v1:0\",\"match\":{\"or\":[{\"contains\":\"us.amazon.nova-2-lite\"},{\"contains\":\"eu.amazon.nova-2-lite\"},{\"contains\":\"jp.amazon.nova-2-lite\"}]},\"prices\":{\"input_mtok\":0.33,\"cache_read_mtok\":0.0825,\"output_mtok\":2.75}},{\"id\":\"regional.anthropic.claude-3-5-haiku-20241022-v1:0\",\"match\":{\"contains\":\"claude-3-5-haiku-20241022\"},\"prices\":{\"input_mtok\":0.8,\"cache_write_mtok\":1,\"cache_read_mtok\":0.08,\"output_mtok\":4}},{\"id\":\"regional.anthropic.claude-3-5-sonnet-20240620-v1:0\",\"match\":{\"contains\":\"claude-3-5-sonnet-20240620\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"regional.anthropic.claude-3-5-sonnet-20241022-v2:0\",\"match\":{\"contains\":\"claude-3-5-sonnet-20241022\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"regional.anthropic.claude-3-7-sonnet-20250219-v1:0\",\"match\":{\"contains\":\"claude-3-7-sonnet-20250219\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"regional.anthropic.claude-3-haiku-20240307-v1:0\",\"match\":{\"contains\":\"claude-3-haiku-20240307\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":1.25}},{\"id\":\"regional.anthropic.claude-3-opus-20240229-v1:0\",\"match\":{\"contains\":\"claude-3-opus-20240229\"},\"prices\":{\"input_mtok\":15,\"output_mtok\":75}},{\"id\":\"regional.anthropic.claude-3-sonnet-20240229-v1:0\",\"match\":{\"contains\":\"claude-3-sonnet-20240229\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"regional.anthropic.claude-fable-5-1-v1:0\",\"match\":{\"or\":[{\"equals\":\"anthropic.claude-fable-5-1\"},{\"equals\":\"claude-fable-5-1\"},{\"starts_with\":\"anthropic.claude-fable-5-1-v1\"},{\"starts_with\":\"claude-fable-5-1-v1\"},{\"contains\":\"us.anthropic.claude-fable-5-1-v1\"}]},\"prices\":{\"input_mtok\":11,\"cache_write_mtok\":13.75,\"cache_read_mtok\":0.275,\"output_mtok\":55}},{\"id\":\"regional.anthropic.claude-fable-5-v1:0\",\"match\":{\"or\":[{\"equals\":\"anthropic.claude-fable-5\"},{\"equals\":\"claude-fable-5\"},{\"starts_with\":\"anthropic.claude-fable-5-v1\"},{\"starts_with\":\"claude-fable-5-v1\"},{\"contains\":\"us.anthropic.claude-fable-5-v1\"},{\"contains\":\"au.anthropic.claude-fable-5-v1\"},{\"contains\":\"eu.anthropic.claude-fable-5-v1\"},{\"contains\":\"jp.anthropic.claude-fable-5-v1\"}]},\"prices\":{\"input_mtok\":11,\"cache_write_mtok\":13.75,\"cache_read_mtok\":1.1,\"output_mtok\":55}},{\"id\":\"regional.anthropic.claude-haiku-4-5-20251001-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-haiku-4-5-20251001\"},{\"starts_with\":\"claude-haiku-4-5-20251001\"},{\"contains\":\"us.anthropic.claude-haiku-4-5-20251001\"},{\"contains\":\"au.anthropic.claude-haiku-4-5-20251001\"},{\"contains\":\"apac.anthropic.claude-haiku-4-5-20251001\"},{\"contains\":\"eu.anthropic.claude-haiku-4-5-20251001\"},{\"contains\":\"us-gov.anthropic.claude-haiku-4-5-20251001\"},{\"contains\":\"jp.anthropic.claude-haiku-4-5-20251001\"}]},\"prices\":{\"input_mtok\":1.1,\"cache_write_mtok\":1.375,\"cache_read_mtok\":0.11,\"output_mtok\":5.5}},{\"id\":\"regional.anthropic.claude-opus-4-1-20250805-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-opus-4-1-20250805\"},{\"starts_with\":\"claude-opus-4-1-20250805\"},{\"contains\":\"us.anthropic.claude-opus-4-1-20250805\"},{\"contains\":\"au.anthropic.claude-opus-4-1-20250805\"},{\"contains\":\"apac.anthropic.claude-opus-4-1-20250805\"},{\"contains\":\"eu.anthropic.claude-opus-4-1-20250805\"},{\"contains\":\"us-gov.anthropic.claude-opus-4-1-20250805\"},{\"contains\":\"jp.anthropic.claude-opus-4-1-20250805\"}]},\"prices\":{\"input_mtok\":15,\"cache_write_mtok\":18.75,\"cache_read_mto",
"k\":1.5,\"output_mtok\":75}},{\"id\":\"regional.anthropic.claude-opus-4-20250514-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-opus-4-20250514\"},{\"starts_with\":\"claude-opus-4-20250514\"},{\"contains\":\"us.anthropic.claude-opus-4-20250514\"},{\"contains\":\"au.anthropic.claude-opus-4-20250514\"},{\"contains\":\"apac.anthropic.claude-opus-4-20250514\"},{\"contains\":\"eu.anthropic.claude-opus-4-20250514\"},{\"contains\":\"us-gov.anthropic.claude-opus-4-20250514\"},{\"contains\":\"jp.anthropic.claude-opus-4-20250514\"}]},\"prices\":{\"input_mtok\":15,\"cache_write_mtok\":18.75,\"cache_read_mtok\":1.5,\"output_mtok\":75}},{\"id\":\"regional.anthropic.claude-opus-4-5-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-opus-4-5\"},{\"starts_with\":\"claude-opus-4-5\"},{\"contains\":\"us.anthropic.claude-opus-4-5\"},{\"contains\":\"au.anthropic.claude-opus-4-5\"},{\"contains\":\"apac.anthropic.claude-opus-4-5\"},{\"contains\":\"eu.anthropic.claude-opus-4-5\"},{\"contains\":\"us-gov.anthropic.claude-opus-4-5\"},{\"contains\":\"jp.anthropic.claude-opus-4-5\"}]},\"prices\":{\"input_mtok\":5.5,\"cache_write_mtok\":6.875,\"cache_read_mtok\":0.55,\"output_mtok\":27.5}},{\"id\":\"regional.anthropic.claude-opus-4-6-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-opus-4-6\"},{\"starts_with\":\"claude-opus-4-6\"},{\"contains\":\"us.anthropic.claude-opus-4-6\"},{\"contains\":\"au.anthropic.claude-opus-4-6\"},{\"contains\":\"apac.anthropic.claude-opus-4-6\"},{\"contains\":\"eu.anthropic.claude-opus-4-6\"},{\"contains\":\"us-gov.anthropic.claude-opus-4-6\"},{\"contains\":\"jp.anthropic.claude-opus-4-6\"}]},\"prices\":{\"input_mtok\":5.5,\"cache_write_mtok\":6.875,\"cache_read_mtok\":0.55,\"output_mtok\":27.5}},{\"id\":\"regional.anthropic.claude-opus-4-7-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-opus-4-7\"},{\"starts_with\":\"claude-opus-4-7\"},{\"contains\":\"us.anthropic.claude-opus-4-7\"},{\"contains\":\"au.anthropic.claude-opus-4-7\"},{\"contains\":\"apac.anthropic.claude-opus-4-7\"},{\"contains\":\"eu.anthropic.claude-opus-4-7\"},{\"contains\":\"us-gov.anthropic.claude-opus-4-7\"},{\"contains\":\"jp.anthropic.claude-opus-4-7\"}]},\"prices\":{\"input_mtok\":5.5,\"cache_write_mtok\":6.875,\"cache_read_mtok\":0.55,\"output_mtok\":27.5}},{\"id\":\"regional.anthropic.claude-opus-4-8-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-opus-4-8\"},{\"starts_with\":\"claude-opus-4-8\"},{\"contains\":\"us.anthropic.claude-opus-4-8\"},{\"contains\":\"au.anthropic.claude-opus-4-8\"},{\"contains\":\"eu.anthropic.claude-opus-4-8\"},{\"contains\":\"jp.anthropic.claude-opus-4-8\"}]},\"prices\":{\"input_mtok\":5.5,\"cache_write_mtok\":6.875,\"cache_read_mtok\":0.55,\"output_mtok\":27.5}},{\"id\":\"regional.anthropic.claude-opus-5\",\"match\":{\"or\":[{\"equals\":\"anthropic.claude-opus-5\"},{\"equals\":\"claude-opus-5\"},{\"starts_with\":\"anthropic.claude-opus-5-v1\"},{\"starts_with\":\"claude-opus-5-v1\"},{\"equals\":\"us.anthropic.claude-opus-5\"},{\"equals\":\"au.anthropic.claude-opus-5\"},{\"equals\":\"eu.anthropic.claude-opus-5\"},{\"equals\":\"jp.anthropic.claude-opus-5\"},{\"contains\":\"us.anthropic.claude-opus-5-v1\"},{\"contains\":\"au.anthropic.claude-opus-5-v1\"},{\"contains\":\"eu.anthropic.claude-opus-5-v1\"},{\"contains\":\"jp.anthropic.claude-opus-5-v1\"}]},\"prices\":{\"input_mtok\":5.5,\"cache_write_mtok\":6.875,\"cache_read_mtok\":0.55,\"output_mtok\":27.5}},{\"id\":\"regional.anthropic.claude-opus-5-5\",\"match\":{\"or\":[{\"equals\":\"anthropic.claude-opus-5-5\"},{\"equals\":\"claude-opus-5-5\"},{\"starts_with\":\"anthropic.claude-opus-5-5-v1\"},{\"starts_with\":\"claude-opus-5-5-v1\"},{\"equals\":\"us.anthropic.claude-opus-5-5\"},{\"equals\":\"au.anthropic.claude-opus-5-5\"},{\"equals\":\"eu.anthropic.claude-opus-5-5\"},{\"equals\":\"jp.anthropic.claude-opus-5-5\"},{\"contains\":\"us.anthropic.claude-opus-5-5-v1\"},{\"contains\":\"au.anthropic.claude-opus-5-5-v1\"},{\"contains\":\"eu.anthropic.claude-opus-5-5-v1\"},{\"contains\":\"jp.anthropic.claude-opus-5-5-v1\"}]},\"prices\":{\"input_mtok\":4.4,\"cache_write_mtok\":5.5,\"cache_read_mtok\":0.22,\"output_mtok\":22}},{\"id\":\"regional.anthropic.claude-sonnet-4-20250514-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-sonnet-4-20250514\"},{\"starts_with\":\"claude-sonnet-4-20250514\"",
"},{\"contains\":\"us.anthropic.claude-sonnet-4-20250514\"},{\"contains\":\"au.anthropic.claude-sonnet-4-20250514\"},{\"contains\":\"apac.anthropic.claude-sonnet-4-20250514\"},{\"contains\":\"eu.anthropic.claude-sonnet-4-20250514\"},{\"contains\":\"us-gov.anthropic.claude-sonnet-4-20250514\"},{\"contains\":\"jp.anthropic.claude-sonnet-4-20250514\"}]},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"regional.anthropic.claude-sonnet-4-5-20250929-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-sonnet-4-5-20250929\"},{\"starts_with\":\"claude-sonnet-4-5-20250929\"},{\"contains\":\"us.anthropic.claude-sonnet-4-5-20250929\"},{\"contains\":\"au.anthropic.claude-sonnet-4-5-20250929\"},{\"contains\":\"apac.anthropic.claude-sonnet-4-5-20250929\"},{\"contains\":\"eu.anthropic.claude-sonnet-4-5-20250929\"},{\"contains\":\"us-gov.anthropic.claude-sonnet-4-5-20250929\"},{\"contains\":\"jp.anthropic.claude-sonnet-4-5-20250929\"}]},\"prices\":{\"input_mtok\":3.3,\"cache_write_mtok\":4.125,\"cache_read_mtok\":0.33,\"output_mtok\":16.5}},{\"id\":\"regional.anthropic.claude-sonnet-4-6-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-sonnet-4-6\"},{\"starts_with\":\"claude-sonnet-4-6\"},{\"contains\":\"us.anthropic.claude-sonnet-4-6\"},{\"contains\":\"au.anthropic.claude-sonnet-4-6\"},{\"contains\":\"apac.anthropic.claude-sonnet-4-6\"},{\"contains\":\"eu.anthropic.claude-sonnet-4-6\"},{\"contains\":\"us-gov.anthropic.claude-sonnet-4-6\"},{\"contains\":\"jp.anthropic.claude-sonnet-4-6\"}]},\"prices\":{\"input_mtok\":3.3,\"cache_write_mtok\":4.125,\"cache_read_mtok\":0.33,\"output_mtok\":16.5}},{\"id\":\"regional.anthropic.claude-sonnet-5-v1:0\",\"match\":{\"or\":[{\"starts_with\":\"anthropic.claude-sonnet-5\"},{\"starts_with\":\"claude-sonnet-5\"},{\"contains\":\"us.anthropic.claude-sonnet-5\"},{\"contains\":\"au.anthropic.claude-sonnet-5\"},{\"contains\":\"apac.anthropic.claude-sonnet-5\"},{\"contains\":\"eu.anthropic.claude-sonnet-5\"},{\"contains\":\"us-gov.anthropic.claude-sonnet-5\"},{\"contains\":\"jp.anthropic.claude-sonnet-5\"}]},\"prices\":{\"input_mtok\":2.2,\"cache_write_mtok\":2.75,\"cache_read_mtok\":0.22,\"output_mtok\":11}},{\"id\":\"regional.openai.gpt-5.6-luna\",\"match\":{\"or\":[{\"starts_with\":\"openai.gpt-5.6-luna\"},{\"starts_with\":\"gpt-5.6-luna\"},{\"contains\":\"us.openai.gpt-5.6-luna\"},{\"contains\":\"in.openai.gpt-5.6-luna\"}]},\"prices\":[{\"prices\":{\"input_mtok\":1.1,\"cache_write_mtok\":1.375,\"cache_read_mtok\":0.11,\"output_mtok\":6.6}},{\"constraint\":{\"start_date\":\"2026-07-30\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":{\"base\":0.22,\"tiers\":[{\"start\":271999,\"price\":0.44}]},\"cache_write_mtok\":{\"base\":0.275,\"tiers\":[{\"start\":271999,\"price\":0.55}]},\"cache_read_mtok\":{\"base\":0.022,\"tiers\":[{\"start\":271999,\"price\":0.044}]},\"output_mtok\":{\"base\":1.32,\"tiers\":[{\"start\":271999,\"price\":1.98}]}}}]},{\"id\":\"regional.openai.gpt-5.6-sol\",\"match\":{\"or\":[{\"starts_with\":\"openai.gpt-5.6-sol\"},{\"starts_with\":\"gpt-5.6-sol\"},{\"contains\":\"us.openai.gpt-5.6-sol\"}]},\"prices\":[{\"prices\":{\"input_mtok\":{\"base\":5.5,\"tiers\":[{\"start\":271999,\"price\":11}]},\"cache_write_mtok\":{\"base\":6.875,\"tiers\":[{\"start\":271999,\"price\":13.75}]},\"cache_read_mtok\":{\"base\":0.55,\"tiers\":[{\"start\":271999,\"price\":1.1}]},\"output_mtok\":{\"base\":33,\"tiers\":[{\"start\":271999,\"price\":49.5}]}}},{\"constraint\":{\"start_date\":\"2026-08-21\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":{\"base\":4.4,\"tiers\":[{\"start\":271999,\"price\":8.8}]},\"cache_write_mtok\":{\"base\":5.5,\"tiers\":[{\"start\":271999,\"price\":11}]},\"cache_read_mtok\":{\"base\":0.44,\"tiers\":[{\"start\":271999,\"price\":0.88}]},\"output_mtok\":{\"base\":22,\"tiers\":[{\"start\":271999,\"price\":33}]}}}]},{\"id\":\"regional.openai.gpt-5.6-terra\",\"match\":{\"or\":[{\"starts_with\":\"openai.gpt-5.6-terra\"},{\"starts_with\":\"gpt-5.6-terra\"},{\"contains\":\"us.openai.gpt-5.6-terra\"},{\"contains\":\"in.openai.gpt-5.6-terra\"}]},\"prices\":[{\"prices\":{\"input_mtok\":2.75,\"cache_write_mtok\":3.4375,\"cache_read_mtok\":0.275,\"output_mtok\":16.5}},{\"constraint\":{\"start_date\":\"2026-07-30\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":{\"base\":2.2,\"tiers\":[{\"start\":271999,\"price\":4.4}]},\"cache_write_mtok\":{\"ba",
"se\":2.75,\"tiers\":[{\"start\":271999,\"price\":5.5}]},\"cache_read_mtok\":{\"base\":0.22,\"tiers\":[{\"start\":271999,\"price\":0.44}]},\"output_mtok\":{\"base\":13.2,\"tiers\":[{\"start\":271999,\"price\":19.8}]}}}]},{\"id\":\"writer.palmyra-x4-v1:0\",\"match\":{\"contains\":\"writer.palmyra-x4\"},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"writer.palmyra-x5-v1:0\",\"match\":{\"contains\":\"writer.palmyra-x5\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":6}}]},{\"id\":\"azure\",\"fallback_model_providers\":[\"openai\",\"anthropic\",\"deepseek\",\"x-ai\",\"moonshotai\"],\"models\":[{\"id\":\"ada\",\"match\":{\"or\":[{\"equals\":\"ada\"},{\"equals\":\"text-embedding-ada\"},{\"equals\":\"text-embedding-ada-002\"},{\"equals\":\"text-embedding-ada-002-v2\"}]},\"prices\":{\"input_mtok\":0.1}},{\"id\":\"babbage\",\"match\":{\"or\":[{\"equals\":\"babbage\"},{\"equals\":\"babbage-002\"}]},\"prices\":{\"input_mtok\":0.4}},{\"id\":\"curie\",\"match\":{\"or\":[{\"equals\":\"curie\"},{\"equals\":\"text-curie\"},{\"equals\":\"text-curie-001\"}]},\"prices\":{\"input_mtok\":2}},{\"id\":\"davinci\",\"match\":{\"or\":[{\"equals\":\"davinci\"},{\"equals\":\"davinci-002\"},{\"equals\":\"text-davinci\"},{\"equals\":\"text-davinci-002\"}]},\"prices\":{\"input_mtok\":2}},{\"id\":\"mai-ds-r1:free\",\"match\":{\"equals\":\"mai-ds-r1:free\"},\"prices\":{}},{\"id\":\"o1\",\"match\":{\"or\":[{\"equals\":\"o1\"},{\"equals\":\"o1-2024-12-17\"}]},\"prices\":{\"input_mtok\":15,\"cache_read_mtok\":7.5,\"output_mtok\":60}},{\"id\":\"o1-mini\",\"match\":{\"or\":[{\"equals\":\"o1-mini\"},{\"equals\":\"o1-mini-2024-09-12\"}]},\"prices\":{\"input_mtok\":1.1,\"cache_read_mtok\":0.55,\"output_mtok\":4.4}},{\"id\":\"o1-preview\",\"match\":{\"or\":[{\"equals\":\"o1-preview\"},{\"equals\":\"o1-preview-2024-09-12\"}]},\"prices\":{\"input_mtok\":15,\"cache_read_mtok\":7.5,\"output_mtok\":60}},{\"id\":\"o3-2025-04-16\",\"match\":{\"or\":[{\"equals\":\"o3\"},{\"equals\":\"o3-2025-04-16\"}]},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.5,\"output_mtok\":8}},{\"id\":\"o3-mini\",\"match\":{\"or\":[{\"equals\":\"o3-mini\"},{\"equals\":\"o3-mini-2025-01-31\"}]},\"prices\":{\"input_mtok\":1.1,\"cache_read_mtok\":0.55,\"output_mtok\":4.4}},{\"id\":\"o4-mini\",\"match\":{\"or\":[{\"contains\":\"o4-mini\"},{\"contains\":\"o4-mini-2025-04-16\"}]},\"prices\":{\"input_mtok\":1.1,\"cache_read_mtok\":0.28,\"output_mtok\":4.4}},{\"id\":\"phi-3-medium-128k-instruct\",\"match\":{\"equals\":\"phi-3-medium-128k-instruct\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":1}},{\"id\":\"phi-3-mini-128k-instruct\",\"match\":{\"equals\":\"phi-3-mini-128k-instruct\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"phi-3.5-mini-128k-instruct\",\"match\":{\"equals\":\"phi-3.5-mini-128k-instruct\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"phi-4\",\"match\":{\"equals\":\"phi-4\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.14}},{\"id\":\"phi-4-mini-instruct\",\"match\":{\"equals\":\"phi-4-mini-instruct\"},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.35}},{\"id\":\"phi-4-multimodal-instruct\",\"match\":{\"equals\":\"phi-4-multimodal-instruct\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.1}},{\"id\":\"phi-4-reasoning-plus\",\"match\":{\"equals\":\"phi-4-reasoning-plus\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.35}},{\"id\":\"phi-4-reasoning-plus:free\",\"match\":{\"equals\":\"phi-4-reasoning-plus:free\"},\"prices\":{}},{\"id\":\"phi-4-reasoning:free\",\"match\":{\"equals\":\"phi-4-reasoning:free\"},\"prices\":{}},{\"id\":\"text-embedding-3-large\",\"match\":{\"equals\":\"text-embedding-3-large\"},\"prices\":{\"input_mtok\":0.13}},{\"id\":\"text-embedding-3-small\",\"match\":{\"equals\":\"text-embedding-3-small\"},\"prices\":{\"input_mtok\":0.02}},{\"id\":\"wizardlm-2-8x22b\",\"match\":{\"equals\":\"wizardlm-2-8x22b\"},\"prices\":{\"input_mtok\":0.48,\"output_mtok\":0.48}}]},{\"id\":\"baseten\",\"provider_match\":{\"contains\":\"baseten\"},\"models\":[{\"id\":\"deepseek-ai/DeepSeek-V4-Flash-0731\",\"match\":{\"equals\":\"deepseek-ai/DeepSeek-V4-Flash-0731\"},\"prices\":{\"input_mtok\":0.13,\"cache_read_mtok\":0.028,\"output_mtok\":0.26}},{\"id\":\"deepseek-ai/DeepSeek-V4-Pro\",\"match\":{\"equals\":\"deepseek-ai/DeepSeek-V4-Pro\"},\"prices\":{\"input_mtok\":1.74,\"cache_read_mtok\":0.145,\"output_mtok\":3.48}},{\"id\":\"deepseek-ai/DeepSeek-V4-Pro-0813\",\"match\":{\"equals\":\"deepseek-ai/DeepSeek-V4-Pro-0813\"},\"prices\":{\"input_mtok\":1.32,\"cache_read_mtok\":0.132,\"output_m",
"tok\":3.96}},{\"id\":\"moonshotai/Kimi-K2.6\",\"match\":{\"equals\":\"moonshotai/Kimi-K2.6\"},\"prices\":{\"input_mtok\":0.95,\"cache_read_mtok\":0.16,\"output_mtok\":4}},{\"id\":\"moonshotai/Kimi-K2.7-Code\",\"match\":{\"equals\":\"moonshotai/Kimi-K2.7-Code\"},\"prices\":{\"input_mtok\":0.95,\"cache_read_mtok\":0.16,\"output_mtok\":4}},{\"id\":\"moonshotai/Kimi-K3\",\"match\":{\"equals\":\"moonshotai/Kimi-K3\"},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B\",\"match\":{\"equals\":\"nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.12,\"output_mtok\":2.4}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"equals\":\"openai/gpt-oss-120b\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.5}},{\"id\":\"thinkingmachines/inkling\",\"match\":{\"equals\":\"thinkingmachines/inkling\"},\"prices\":{\"input_mtok\":1,\"cache_read_mtok\":0.17,\"output_mtok\":4.05}},{\"id\":\"thinkingmachines/inkling-small\",\"match\":{\"equals\":\"thinkingmachines/inkling-small\"},\"prices\":{\"input_mtok\":0.5,\"cache_read_mtok\":0.1,\"output_mtok\":1.2}},{\"id\":\"zai-org/GLM-4.7\",\"match\":{\"equals\":\"zai-org/GLM-4.7\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.12,\"output_mtok\":2.2}},{\"id\":\"zai-org/GLM-5.2\",\"match\":{\"equals\":\"zai-org/GLM-5.2\"},\"prices\":{\"input_mtok\":1.4,\"cache_read_mtok\":0.14,\"output_mtok\":4.4}},{\"id\":\"zai-org/GLM-5.2-Fast\",\"match\":{\"equals\":\"zai-org/GLM-5.2-Fast\"},\"prices\":{\"input_mtok\":2.1,\"cache_read_mtok\":0.21,\"output_mtok\":6.6}},{\"id\":\"zai-org/GLM-5.3\",\"match\":{\"equals\":\"zai-org/GLM-5.3\"},\"prices\":{\"input_mtok\":1.4,\"cache_read_mtok\":0.14,\"output_mtok\":4.4}},{\"id\":\"zai-org/GLM-5.3-Flash\",\"match\":{\"equals\":\"zai-org/GLM-5.3-Flash\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.03,\"output_mtok\":0.5}}]},{\"id\":\"cerebras\",\"provider_match\":{\"contains\":\"cerebras\"},\"model_match\":{\"contains\":\"cerebras\"},\"models\":[{\"id\":\"gemma-4-31b\",\"match\":{\"or\":[{\"equals\":\"gemma-4-31b\"},{\"starts_with\":\"cerebras/gemma-4-31b\"},{\"starts_with\":\"cerebras:gemma-4-31b\"}]},\"prices\":{\"input_mtok\":0.99,\"output_mtok\":1.49}},{\"id\":\"gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"gpt-oss-120b\"},{\"starts_with\":\"cerebras/gpt-oss-120b\"},{\"starts_with\":\"cerebras:gpt-oss-120b\"}]},\"prices\":{\"input_mtok\":0.35,\"output_mtok\":0.75}},{\"id\":\"llama-3.3-70b\",\"match\":{\"or\":[{\"equals\":\"llama-3.3-70b\"},{\"starts_with\":\"cerebras/llama-3.3-70b\"},{\"starts_with\":\"cerebras:llama-3.3-70b\"}]},\"prices\":{\"input_mtok\":0.85,\"output_mtok\":1.2}},{\"id\":\"llama3.1-8b\",\"match\":{\"or\":[{\"equals\":\"llama3.1-8b\"},{\"starts_with\":\"cerebras/llama3.1-8b\"},{\"starts_with\":\"cerebras:llama3.1-8b\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"qwen-3-32b\",\"match\":{\"or\":[{\"equals\":\"qwen-3-32b\"},{\"starts_with\":\"cerebras/qwen-3-32b\"},{\"starts_with\":\"cerebras:qwen-3-32b\"}]},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":0.8}},{\"id\":\"qwen-3-coder-480b\",\"match\":{\"equals\":\"qwen-3-coder-480b\"},\"prices\":{}},{\"id\":\"zai-glm-4.7\",\"match\":{\"or\":[{\"equals\":\"zai-glm-4.7\"},{\"starts_with\":\"cerebras/zai-glm-4.7\"},{\"starts_with\":\"cerebras:zai-glm-4.7\"}]},\"prices\":{\"input_mtok\":2.25,\"output_mtok\":2.75}}]},{\"id\":\"cloudflare\",\"provider_match\":{\"contains\":\"cloudflare\"},\"model_match\":{\"starts_with\":\"@cf/\"},\"models\":[{\"id\":\"@cf/ai4bharat/indictrans2-en-indic-1B\",\"match\":{\"equals\":\"@cf/ai4bharat/indictrans2-en-indic-1B\"},\"prices\":{\"input_mtok\":0.342,\"output_mtok\":0.342}},{\"id\":\"@cf/aisingapore/gemma-sea-lion-v4-27b-it\",\"match\":{\"equals\":\"@cf/aisingapore/gemma-sea-lion-v4-27b-it\"},\"prices\":{\"input_mtok\":0.351,\"output_mtok\":0.555}},{\"id\":\"@cf/baai/bge-base-en-v1.5\",\"match\":{\"equals\":\"@cf/baai/bge-base-en-v1.5\"},\"prices\":{\"input_mtok\":0.067}},{\"id\":\"@cf/baai/bge-large-en-v1.5\",\"match\":{\"equals\":\"@cf/baai/bge-large-en-v1.5\"},\"prices\":{\"input_mtok\":0.204}},{\"id\":\"@cf/baai/bge-m3\",\"match\":{\"equals\":\"@cf/baai/bge-m3\"},\"prices\":{\"input_mtok\":0.012}},{\"id\":\"@cf/baai/bge-reranker-base\",\"match\":{\"equals\":\"@cf/baai/bge-reranker-base\"},\"prices\":{\"input_mtok\":0.003}},{\"id\":\"@cf/baai/bge-small-en-v1.5\",\"match\":{\"equals\":\"@cf/baai/bge-small-en-v1.5\"},\"prices\":{\"inpu",
"t_mtok\":0.02}},{\"id\":\"@cf/deepseek-ai/deepseek-r1-distill-qwen-32b\",\"match\":{\"equals\":\"@cf/deepseek-ai/deepseek-r1-distill-qwen-32b\"},\"prices\":{\"input_mtok\":0.497,\"output_mtok\":4.881}},{\"id\":\"@cf/deepseek-ai/deepseek-v4-flash-0731\",\"match\":{\"equals\":\"@cf/deepseek-ai/deepseek-v4-flash-0731\"},\"prices\":{\"input_mtok\":0.44,\"cache_read_mtok\":0.014,\"output_mtok\":1.32}},{\"id\":\"@cf/deepseek-ai/deepseek-v4-pro-0813\",\"match\":{\"equals\":\"@cf/deepseek-ai/deepseek-v4-pro-0813\"},\"prices\":{\"input_mtok\":1.32,\"cache_read_mtok\":0.044,\"output_mtok\":3.96}},{\"id\":\"@cf/google/gemma-3-12b-it\",\"match\":{\"equals\":\"@cf/google/gemma-3-12b-it\"},\"prices\":{\"input_mtok\":0.345,\"output_mtok\":0.556}},{\"id\":\"@cf/google/gemma-4-26b-a4b-it\",\"match\":{\"equals\":\"@cf/google/gemma-4-26b-a4b-it\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.3}},{\"id\":\"@cf/huggingface/distilbert-sst-2-int8\",\"match\":{\"equals\":\"@cf/huggingface/distilbert-sst-2-int8\"},\"prices\":{\"input_mtok\":0.026}},{\"id\":\"@cf/ibm-granite/granite-4.0-h-micro\",\"match\":{\"equals\":\"@cf/ibm-granite/granite-4.0-h-micro\"},\"prices\":{\"input_mtok\":0.017,\"output_mtok\":0.112}},{\"id\":\"@cf/meta/llama-2-7b-chat-fp16\",\"match\":{\"equals\":\"@cf/meta/llama-2-7b-chat-fp16\"},\"prices\":{\"input_mtok\":0.556,\"output_mtok\":6.667}},{\"id\":\"@cf/meta/llama-3-8b-instruct\",\"match\":{\"equals\":\"@cf/meta/llama-3-8b-instruct\"},\"prices\":{\"input_mtok\":0.282,\"output_mtok\":0.827}},{\"id\":\"@cf/meta/llama-3-8b-instruct-awq\",\"match\":{\"equals\":\"@cf/meta/llama-3-8b-instruct-awq\"},\"prices\":{\"input_mtok\":0.123,\"output_mtok\":0.266}},{\"id\":\"@cf/meta/llama-3.1-70b-instruct-fp8-fast\",\"match\":{\"equals\":\"@cf/meta/llama-3.1-70b-instruct-fp8-fast\"},\"prices\":{\"input_mtok\":0.293,\"output_mtok\":2.253}},{\"id\":\"@cf/meta/llama-3.1-8b-instruct\",\"match\":{\"equals\":\"@cf/meta/llama-3.1-8b-instruct\"},\"prices\":{\"input_mtok\":0.282,\"output_mtok\":0.827}},{\"id\":\"@cf/meta/llama-3.1-8b-instruct-awq\",\"match\":{\"equals\":\"@cf/meta/llama-3.1-8b-instruct-awq\"},\"prices\":{\"input_mtok\":0.123,\"output_mtok\":0.266}},{\"id\":\"@cf/meta/llama-3.1-8b-instruct-fp8\",\"match\":{\"equals\":\"@cf/meta/llama-3.1-8b-instruct-fp8\"},\"prices\":{\"input_mtok\":0.152,\"output_mtok\":0.287}},{\"id\":\"@cf/meta/llama-3.1-8b-instruct-fp8-fast\",\"match\":{\"or\":[{\"equals\":\"@cf/meta/llama-3.1-8b-instruct-fp8-fast\"},{\"equals\":\"@cf/meta/llama-3.1-8b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.045,\"output_mtok\":0.384}},{\"id\":\"@cf/meta/llama-3.2-11b-vision-instruct\",\"match\":{\"equals\":\"@cf/meta/llama-3.2-11b-vision-instruct\"},\"prices\":{\"input_mtok\":0.049,\"output_mtok\":0.676}},{\"id\":\"@cf/meta/llama-3.2-1b-instruct\",\"match\":{\"equals\":\"@cf/meta/llama-3.2-1b-instruct\"},\"prices\":{\"input_mtok\":0.027,\"output_mtok\":0.201}},{\"id\":\"@cf/meta/llama-3.2-3b-instruct\",\"match\":{\"equals\":\"@cf/meta/llama-3.2-3b-instruct\"},\"prices\":{\"input_mtok\":0.051,\"output_mtok\":0.335}},{\"id\":\"@cf/meta/llama-3.3-70b-instruct-fp8-fast\",\"match\":{\"equals\":\"@cf/meta/llama-3.3-70b-instruct-fp8-fast\"},\"prices\":{\"input_mtok\":0.293,\"output_mtok\":2.253}},{\"id\":\"@cf/meta/llama-4-scout-17b-16e-instruct\",\"match\":{\"equals\":\"@cf/meta/llama-4-scout-17b-16e-instruct\"},\"prices\":{\"input_mtok\":0.27,\"output_mtok\":0.85}},{\"id\":\"@cf/meta/llama-guard-3-8b\",\"match\":{\"equals\":\"@cf/meta/llama-guard-3-8b\"},\"prices\":{\"input_mtok\":0.484,\"output_mtok\":0.03}},{\"id\":\"@cf/meta/m2m100-1.2b\",\"match\":{\"equals\":\"@cf/meta/m2m100-1.2b\"},\"prices\":{\"input_mtok\":0.342,\"output_mtok\":0.342}},{\"id\":\"@cf/mistral/mistral-7b-instruct-v0.1\",\"match\":{\"equals\":\"@cf/mistral/mistral-7b-instruct-v0.1\"},\"prices\":{\"input_mtok\":0.11,\"output_mtok\":0.19}},{\"id\":\"@cf/mistralai/mistral-small-3.1-24b-instruct\",\"match\":{\"equals\":\"@cf/mistralai/mistral-small-3.1-24b-instruct\"},\"prices\":{\"input_mtok\":0.351,\"output_mtok\":0.555}},{\"id\":\"@cf/moondream/moondream3.1-9B-A2B\",\"match\":{\"equals\":\"@cf/moondream/moondream3.1-9B-A2B\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":1}},{\"id\":\"@cf/moonshotai/kimi-k2.5\",\"match\":{\"equals\":\"@cf/moonshotai/kimi-k2.5\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.1,\"output_mtok\":3}},{\"id\":\"@cf/moonshotai/kimi-k2.6\"",
",\"match\":{\"equals\":\"@cf/moonshotai/kimi-k2.6\"},\"prices\":{\"input_mtok\":0.95,\"cache_read_mtok\":0.16,\"output_mtok\":4}},{\"id\":\"@cf/moonshotai/kimi-k2.7-code\",\"match\":{\"equals\":\"@cf/moonshotai/kimi-k2.7-code\"},\"prices\":{\"input_mtok\":0.95,\"cache_read_mtok\":0.19,\"output_mtok\":4}},{\"id\":\"@cf/nvidia/nemotron-3-120b-a12b\",\"match\":{\"equals\":\"@cf/nvidia/nemotron-3-120b-a12b\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"@cf/openai/gpt-oss-120b\",\"match\":{\"equals\":\"@cf/openai/gpt-oss-120b\"},\"prices\":{\"input_mtok\":0.35,\"output_mtok\":0.75}},{\"id\":\"@cf/openai/gpt-oss-20b\",\"match\":{\"equals\":\"@cf/openai/gpt-oss-20b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.3}},{\"id\":\"@cf/pfnet/plamo-embedding-1b\",\"match\":{\"equals\":\"@cf/pfnet/plamo-embedding-1b\"},\"prices\":{\"input_mtok\":0.019}},{\"id\":\"@cf/qwen/qwen2.5-coder-32b-instruct\",\"match\":{\"equals\":\"@cf/qwen/qwen2.5-coder-32b-instruct\"},\"prices\":{\"input_mtok\":0.66,\"output_mtok\":1}},{\"id\":\"@cf/qwen/qwen3-30b-a3b-fp8\",\"match\":{\"equals\":\"@cf/qwen/qwen3-30b-a3b-fp8\"},\"prices\":{\"input_mtok\":0.051,\"output_mtok\":0.335}},{\"id\":\"@cf/qwen/qwen3-embedding-0.6b\",\"match\":{\"equals\":\"@cf/qwen/qwen3-embedding-0.6b\"},\"prices\":{\"input_mtok\":0.012}},{\"id\":\"@cf/qwen/qwen3.8-27b\",\"match\":{\"equals\":\"@cf/qwen/qwen3.8-27b\"},\"prices\":{\"input_mtok\":0.45,\"output_mtok\":3.2}},{\"id\":\"@cf/qwen/qwq-32b\",\"match\":{\"equals\":\"@cf/qwen/qwq-32b\"},\"prices\":{\"input_mtok\":0.66,\"output_mtok\":1}},{\"id\":\"@cf/zai-org/glm-4.7-flash\",\"match\":{\"equals\":\"@cf/zai-org/glm-4.7-flash\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.4}},{\"id\":\"@cf/zai-org/glm-5.2\",\"match\":{\"equals\":\"@cf/zai-org/glm-5.2\"},\"prices\":{\"input_mtok\":1.4,\"cache_read_mtok\":0.26,\"output_mtok\":4.4}},{\"id\":\"@cf/zai-org/glm-5.3-flash\",\"match\":{\"equals\":\"@cf/zai-org/glm-5.3-flash\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.03,\"output_mtok\":0.5}}]},{\"id\":\"cohere\",\"provider_match\":{\"contains\":\"cohere\"},\"model_match\":{\"starts_with\":\"command-\"},\"models\":[{\"id\":\"c4ai-aya-expanse-32b\",\"match\":{\"contains\":\"aya-expanse-32b\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"c4ai-aya-expanse-8b\",\"match\":{\"contains\":\"aya-expanse-8b\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"command\",\"match\":{\"equals\":\"command\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":2}},{\"id\":\"command-a\",\"match\":{\"or\":[{\"equals\":\"command-a\"},{\"equals\":\"command-a-03-2025\"}]},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"command-light\",\"match\":{\"starts_with\":\"command-light\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.6}},{\"id\":\"command-r\",\"match\":{\"or\":[{\"equals\":\"command-r\"},{\"equals\":\"command-r-08-2024\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"command-r-plus\",\"match\":{\"or\":[{\"equals\":\"command-r-plus\"},{\"equals\":\"command-r-plus-08-2024\"}]},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"command-r7b\",\"match\":{\"or\":[{\"equals\":\"command-r7b\"},{\"equals\":\"command-r7b-12-2024\"}]},\"prices\":{\"input_mtok\":0.0375,\"output_mtok\":0.15}},{\"id\":\"embed-v4.0\",\"match\":{\"equals\":\"embed-v4.0\"},\"prices\":{\"input_mtok\":0.12}}]},{\"id\":\"cursor\",\"model_match\":{\"starts_with\":\"composer-\"},\"models\":[{\"id\":\"composer-2.5\",\"match\":{\"or\":[{\"equals\":\"composer-2.5\"},{\"regex\":\"^composer-2\\\\.5\\\\[fast=false\\\\]$\"}]},\"prices\":{\"input_mtok\":0.5,\"cache_read_mtok\":0.2,\"output_mtok\":2.5}},{\"id\":\"composer-2.5-fast\",\"match\":{\"or\":[{\"equals\":\"composer-2.5-fast\"},{\"regex\":\"^composer-2\\\\.5\\\\[fast=true\\\\]$\"}]},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.5,\"output_mtok\":15}},{\"id\":\"grok-4.5\",\"match\":{\"or\":[{\"equals\":\"grok-4.5\"},{\"regex\":\"^grok-4\\\\.5\\\\[fast=false\\\\]$\"}]},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.5,\"output_mtok\":6}},{\"id\":\"grok-4.5-fast\",\"match\":{\"or\":[{\"equals\":\"grok-4.5-fast\"},{\"regex\":\"^grok-4\\\\.5\\\\[fast=true\\\\]$\"}]},\"prices\":{\"input_mtok\":4,\"cache_read_mtok\":1,\"output_mtok\":18}},{\"id\":\"grok-4.6\",\"match\":{\"or\":[{\"equals\":\"grok-4.6\"},{\"regex\":\"^grok-4\\\\.6\\\\[fast=false\\\\]$\"}]},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.5,\"output_mtok\":6}},{\"id\":\"grok-4.6-fast\",\"match\":{\"or\":[{\"equals\":\"grok-4.6-fast\"},{",
"\"regex\":\"^grok-4\\\\.6\\\\[fast=true\\\\]$\"}]},\"prices\":{\"input_mtok\":4,\"cache_read_mtok\":1,\"output_mtok\":12}}]},{\"id\":\"deepseek\",\"model_match\":{\"starts_with\":\"deepseek\"},\"models\":[{\"id\":\"deepseek-chat\",\"match\":{\"or\":[{\"starts_with\":\"deepseek-chat\"},{\"equals\":\"deepseek-chat-v3-0324\"}]},\"prices\":[{\"prices\":{\"input_mtok\":0.135,\"cache_read_mtok\":0.035,\"output_mtok\":0.55}},{\"constraint\":{\"start_time\":\"00:30:00Z\",\"end_time\":\"16:30:00Z\",\"type\":\"time_of_date\"},\"prices\":{\"input_mtok\":0.27,\"cache_read_mtok\":0.07,\"output_mtok\":1.1}}]},{\"id\":\"deepseek-reasoner\",\"match\":{\"or\":[{\"equals\":\"deepseek-reasoner\"},{\"starts_with\":\"deepseek-r1\"},{\"equals\":\"deepseek-r1-0528\"}]},\"prices\":[{\"prices\":{\"input_mtok\":0.135,\"cache_read_mtok\":0.035,\"output_mtok\":0.55}},{\"constraint\":{\"start_time\":\"00:30:00Z\",\"end_time\":\"16:30:00Z\",\"type\":\"time_of_date\"},\"prices\":{\"input_mtok\":0.55,\"cache_read_mtok\":0.14,\"output_mtok\":2.19}}]},{\"id\":\"deepseek-v3.1-terminus\",\"match\":{\"equals\":\"deepseek-v3.1-terminus\"},\"prices\":{\"input_mtok\":0.27,\"cache_read_mtok\":0.13,\"output_mtok\":0.95}},{\"id\":\"deepseek-v3.2\",\"match\":{\"equals\":\"deepseek-v3.2\"},\"prices\":{\"input_mtok\":0.2288,\"output_mtok\":0.3432}},{\"id\":\"deepseek-v3.2-exp\",\"match\":{\"equals\":\"deepseek-v3.2-exp\"},\"prices\":{\"input_mtok\":0.27,\"output_mtok\":0.41}},{\"id\":\"deepseek-v4-flash\",\"match\":{\"or\":[{\"starts_with\":\"deepseek-v4-flash\"}]},\"prices\":[{\"prices\":{\"input_mtok\":0.14,\"cache_read_mtok\":0.0028,\"output_mtok\":0.28}},{\"constraint\":{\"start_date\":\"2026-08-17\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":0.22,\"cache_read_mtok\":0.007,\"output_mtok\":0.66}},{\"constraint\":{\"start_time\":\"01:00:00Z\",\"end_time\":\"04:00:00Z\",\"type\":\"time_of_date\"},\"prices\":{\"input_mtok\":0.44,\"cache_read_mtok\":0.014,\"output_mtok\":1.32}},{\"constraint\":{\"start_time\":\"06:00:00Z\",\"end_time\":\"10:00:00Z\",\"type\":\"time_of_date\"},\"prices\":{\"input_mtok\":0.44,\"cache_read_mtok\":0.014,\"output_mtok\":1.32}}]},{\"id\":\"deepseek-v4-pro\",\"match\":{\"or\":[{\"starts_with\":\"deepseek-v4-pro\"}]},\"prices\":[{\"prices\":{\"input_mtok\":0.435,\"cache_read_mtok\":0.003625,\"output_mtok\":0.87}},{\"constraint\":{\"start_date\":\"2026-08-17\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":0.66,\"cache_read_mtok\":0.022,\"output_mtok\":1.98}},{\"constraint\":{\"start_time\":\"01:00:00Z\",\"end_time\":\"04:00:00Z\",\"type\":\"time_of_date\"},\"prices\":{\"input_mtok\":1.32,\"cache_read_mtok\":0.044,\"output_mtok\":3.96}},{\"constraint\":{\"start_time\":\"06:00:00Z\",\"end_time\":\"10:00:00Z\",\"type\":\"time_of_date\"},\"prices\":{\"input_mtok\":1.32,\"cache_read_mtok\":0.044,\"output_mtok\":3.96}}]}]},{\"id\":\"doubleword\",\"models\":[{\"id\":\"Qwen/Qwen3-14B-FP8\",\"match\":{\"equals\":\"Qwen/Qwen3-14B-FP8\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.6}},{\"id\":\"Qwen/Qwen3-Embedding-8B\",\"match\":{\"equals\":\"Qwen/Qwen3-Embedding-8B\"},\"prices\":{\"input_mtok\":0.04}},{\"id\":\"Qwen/Qwen3-VL-235B-A22B-Instruct-FP8\",\"match\":{\"equals\":\"Qwen/Qwen3-VL-235B-A22B-Instruct-FP8\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":1.2}},{\"id\":\"Qwen/Qwen3-VL-30B-A3B-Instruct-FP8\",\"match\":{\"equals\":\"Qwen/Qwen3-VL-30B-A3B-Instruct-FP8\"},\"prices\":{\"input_mtok\":0.16,\"output_mtok\":0.8}},{\"id\":\"Qwen/Qwen3.5-35B-A3B-FP8\",\"match\":{\"equals\":\"Qwen/Qwen3.5-35B-A3B-FP8\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":2}},{\"id\":\"Qwen/Qwen3.5-397B-A17B\",\"match\":{\"equals\":\"Qwen/Qwen3.5-397B-A17B\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":3.6}},{\"id\":\"Qwen/Qwen3.5-9B\",\"match\":{\"equals\":\"Qwen/Qwen3.5-9B\"},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.7}},{\"id\":\"Qwen/Qwen3.6-35B-A3B-FP8\",\"match\":{\"equals\":\"Qwen/Qwen3.6-35B-A3B-FP8\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":2}},{\"id\":\"Qwen/Qwen3.8-27B-FP8\",\"match\":{\"equals\":\"Qwen/Qwen3.8-27B-FP8\"},\"prices\":{\"input_mtok\":0.45,\"cache_read_mtok\":0.04,\"output_mtok\":3}},{\"id\":\"deepseek-ai/DeepSeek-V4-Flash\",\"match\":{\"equals\":\"deepseek-ai/DeepSeek-V4-Flash\"},\"prices\":{\"input_mtok\":0.14,\"output_mtok\":0.28}},{\"id\":\"deepseek-ai/DeepSeek-V4-Flash-0731\",\"match\":{\"equals\":\"deepseek-ai/DeepSeek-V4-Flash-0731\"},\"prices\":{\"input_mtok\":0.09,\"cache_read_mtok\":0.02,\"output_mtok\":0.18}},{\"id\":\"d",
"eepseek-ai/DeepSeek-V4-Pro\",\"match\":{\"equals\":\"deepseek-ai/DeepSeek-V4-Pro\"},\"prices\":{\"input_mtok\":1.74,\"output_mtok\":3.48}},{\"id\":\"deepseek-ai/DeepSeek-V4.1-Flash\",\"match\":{\"equals\":\"deepseek-ai/DeepSeek-V4.1-Flash\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.01,\"output_mtok\":0.6}},{\"id\":\"google/gemma-4-31B-it\",\"match\":{\"equals\":\"google/gemma-4-31B-it\"},\"prices\":{\"input_mtok\":0.14,\"output_mtok\":0.4}},{\"id\":\"mistralai/Devstral-2-123B-Instruct-2512\",\"match\":{\"equals\":\"mistralai/Devstral-2-123B-Instruct-2512\"},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":2}},{\"id\":\"moonshotai/Kimi-K2.6\",\"match\":{\"equals\":\"moonshotai/Kimi-K2.6\"},\"prices\":{\"input_mtok\":0.95,\"output_mtok\":4}},{\"id\":\"moonshotai/kimi-k3\",\"match\":{\"equals\":\"moonshotai/kimi-k3\"},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-NVFP4\",\"match\":{\"equals\":\"nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-NVFP4\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.75}},{\"id\":\"openai/gpt-oss-20b\",\"match\":{\"equals\":\"openai/gpt-oss-20b\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.3}},{\"id\":\"zai-org/GLM-5.1-FP8\",\"match\":{\"equals\":\"zai-org/GLM-5.1-FP8\"},\"prices\":{\"input_mtok\":1.4,\"output_mtok\":4.4}},{\"id\":\"zai-org/GLM-5.2-FP8\",\"match\":{\"equals\":\"zai-org/GLM-5.2-FP8\"},\"prices\":{\"input_mtok\":0.93,\"cache_read_mtok\":0.19,\"output_mtok\":3}}]},{\"id\":\"fireworks\",\"model_match\":{\"starts_with\":\"accounts/fireworks/\"},\"models\":[{\"id\":\"deepseek-r1-0528\",\"match\":{\"equals\":\"accounts/fireworks/models/deepseek-r1-0528\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":8}},{\"id\":\"deepseek-v3-0324\",\"match\":{\"equals\":\"accounts/fireworks/models/deepseek-v3-0324\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"deepseek-v3p2\",\"match\":{\"equals\":\"accounts/fireworks/models/deepseek-v3p2\"},\"prices\":{\"input_mtok\":0.56,\"cache_read_mtok\":0.28,\"output_mtok\":1.68}},{\"id\":\"deepseek-v4-flash\",\"match\":{\"or\":[{\"equals\":\"accounts/fireworks/models/deepseek-v4-flash\"},{\"equals\":\"accounts/fireworks/models/deepseek-v4-flash-0731\"}]},\"prices\":{\"input_mtok\":0.14,\"cache_read_mtok\":0.028,\"output_mtok\":0.28}},{\"id\":\"deepseek-v4-pro\",\"match\":{\"equals\":\"accounts/fireworks/models/deepseek-v4-pro\"},\"prices\":{\"input_mtok\":1.74,\"cache_read_mtok\":0.145,\"output_mtok\":3.48}},{\"id\":\"gemma-3-27b-it\",\"match\":{\"equals\":\"accounts/fireworks/models/gemma-3-27b-it\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"glm-4p7\",\"match\":{\"equals\":\"accounts/fireworks/models/glm-4p7\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.2}},{\"id\":\"glm-5p1\",\"match\":{\"equals\":\"accounts/fireworks/models/glm-5p1\"},\"prices\":{\"input_mtok\":1.4,\"cache_read_mtok\":0.26,\"output_mtok\":4.4}},{\"id\":\"glm-5p1-fast\",\"match\":{\"equals\":\"accounts/fireworks/routers/glm-5p1-fast\"},\"prices\":{\"input_mtok\":2.8,\"cache_read_mtok\":0.52,\"output_mtok\":8.8}},{\"id\":\"glm-5p2\",\"match\":{\"equals\":\"accounts/fireworks/models/glm-5p2\"},\"prices\":{\"input_mtok\":1.4,\"cache_read_mtok\":0.14,\"output_mtok\":4.4}},{\"id\":\"glm-5p2-fast\",\"match\":{\"or\":[{\"equals\":\"accounts/fireworks/routers/glm-5p2-fast\"},{\"equals\":\"accounts/fireworks/routers/glm-5p2-fast-us\"}]},\"prices\":{\"input_mtok\":2.1,\"cache_read_mtok\":0.21,\"output_mtok\":6.6}},{\"id\":\"gpt-oss-120b\",\"match\":{\"equals\":\"accounts/fireworks/models/gpt-oss-120b\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.014,\"output_mtok\":0.6}},{\"id\":\"gpt-oss-20b\",\"match\":{\"equals\":\"accounts/fireworks/models/gpt-oss-20b\"},\"prices\":{\"input_mtok\":0.07,\"cache_read_mtok\":0.035,\"output_mtok\":0.3}},{\"id\":\"inkling\",\"match\":{\"equals\":\"accounts/fireworks/models/inkling\"},\"prices\":{\"input_mtok\":1,\"cache_read_mtok\":0.17,\"output_mtok\":4.05}},{\"id\":\"kimi-k2p5\",\"match\":{\"equals\":\"accounts/fireworks/models/kimi-k2p5\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.1,\"output_mtok\":3}},{\"id\":\"kimi-k2p6\",\"match\":{\"equals\":\"accounts/fireworks/models/kimi-k2p6\"},\"prices\":{\"input_mtok\":0.95,\"cache_read_mtok\":0.16,\"output_mtok\":4}},{\"id\":\"kimi-k2p6-fast\",\"match\":{\"equals\":\"accounts/fireworks/routers/kimi-k2p6-fast\"},\"prices\":{\"input_mtok\":2,\"ca",
"che_read_mtok\":0.3,\"output_mtok\":8}},{\"id\":\"kimi-k2p7-code\",\"match\":{\"equals\":\"accounts/fireworks/models/kimi-k2p7-code\"},\"prices\":{\"input_mtok\":0.95,\"cache_read_mtok\":0.19,\"output_mtok\":4}},{\"id\":\"kimi-k2p7-code-fast\",\"match\":{\"equals\":\"accounts/fireworks/routers/kimi-k2p7-code-fast\"},\"prices\":{\"input_mtok\":1.9,\"cache_read_mtok\":0.38,\"output_mtok\":8}},{\"id\":\"kimi-k3\",\"match\":{\"equals\":\"accounts/fireworks/models/kimi-k3\"},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"kimi-k3-fast\",\"match\":{\"equals\":\"accounts/fireworks/routers/kimi-k3-fast\"},\"prices\":{\"input_mtok\":4.5,\"cache_read_mtok\":0.45,\"output_mtok\":22.5}},{\"id\":\"kimi-k3-us\",\"match\":{\"equals\":\"accounts/fireworks/routers/kimi-k3-us\"},\"prices\":{\"input_mtok\":3.3,\"cache_read_mtok\":0.33,\"output_mtok\":16.5}},{\"id\":\"llama-v3p1-8b-instruct\",\"match\":{\"equals\":\"accounts/fireworks/models/llama-v3p1-8b-instruct\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"llama4-maverick-instruct-basic\",\"match\":{\"equals\":\"accounts/fireworks/models/llama4-maverick-instruct-basic\"},\"prices\":{\"input_mtok\":0.22,\"output_mtok\":0.88}},{\"id\":\"minimax-m2p1\",\"match\":{\"equals\":\"accounts/fireworks/models/minimax-m2p1\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":1.2}},{\"id\":\"minimax-m2p7\",\"match\":{\"equals\":\"accounts/fireworks/models/minimax-m2p7\"},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.06,\"output_mtok\":1.2}},{\"id\":\"minimax-m3\",\"match\":{\"equals\":\"accounts/fireworks/models/minimax-m3\"},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.06,\"output_mtok\":1.2}},{\"id\":\"nemotron-3-ultra-nvfp4\",\"match\":{\"equals\":\"accounts/fireworks/models/nemotron-3-ultra-nvfp4\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.12,\"output_mtok\":2.4}},{\"id\":\"qwen2p5-vl-72b-instruct\",\"match\":{\"equals\":\"accounts/fireworks/models/qwen2p5-vl-72b-instruct\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"qwen3-235b-a22b\",\"match\":{\"equals\":\"accounts/fireworks/models/qwen3-235b-a22b\"},\"prices\":{\"input_mtok\":0.22,\"output_mtok\":0.88}},{\"id\":\"qwen3p6-plus\",\"match\":{\"equals\":\"accounts/fireworks/models/qwen3p6-plus\"},\"prices\":{\"input_mtok\":0.5,\"cache_read_mtok\":0.1,\"output_mtok\":3}},{\"id\":\"qwen3p7-plus\",\"match\":{\"equals\":\"accounts/fireworks/models/qwen3p7-plus\"},\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.08,\"output_mtok\":1.6}}]},{\"id\":\"github-copilot\",\"provider_match\":{\"contains\":\"copilot\"},\"models\":[{\"id\":\"claude-fable-5\",\"match\":{\"equals\":\"claude-fable-5\"},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":1,\"output_mtok\":50}},{\"id\":\"claude-fable-5.1\",\"match\":{\"equals\":\"claude-fable-5.1\"},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":1,\"output_mtok\":50}},{\"id\":\"claude-haiku-4.5\",\"match\":{\"equals\":\"claude-haiku-4.5\"},\"prices\":{\"input_mtok\":1,\"cache_write_mtok\":1.25,\"cache_read_mtok\":0.1,\"output_mtok\":5}},{\"id\":\"claude-opus-4.7\",\"match\":{\"equals\":\"claude-opus-4.7\"},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"claude-opus-4.8\",\"match\":{\"equals\":\"claude-opus-4.8\"},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"claude-opus-4.8-fast\",\"match\":{\"equals\":\"claude-opus-4.8-fast\"},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":1,\"output_mtok\":50}},{\"id\":\"claude-opus-5\",\"match\":{\"equals\":\"claude-opus-5\"},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"claude-sonnet-5\",\"match\":{\"equals\":\"claude-sonnet-5\"},\"prices\":{\"input_mtok\":2,\"cache_write_mtok\":2.5,\"cache_read_mtok\":0.2,\"output_mtok\":10}},{\"id\":\"gemini-3.5-flash\",\"match\":{\"equals\":\"gemini-3.5-flash\"},\"prices\":{\"input_mtok\":1.5,\"cache_read_mtok\":0.15,\"output_mtok\":9}},{\"id\":\"gemini-3.6-flash\",\"match\":{\"equals\":\"gemini-3.6-flash\"},\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":3.75}},{\"id\":\"gemini-3.7-flash\",\"match\":{\"equals\":\"gemini-3.7-flash\"},\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":3.75}},{\"id\":\"gemini-3.8-fla",
"sh\",\"match\":{\"equals\":\"gemini-3.8-flash\"},\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":3.75}},{\"id\":\"gpt-3.5-turbo\",\"match\":{\"or\":[{\"equals\":\"gpt-3.5-turbo\"},{\"equals\":\"gpt-3.5-turbo-0613\"}]},\"prices\":{}},{\"id\":\"gpt-4.1\",\"match\":{\"or\":[{\"equals\":\"gpt-4.1\"},{\"equals\":\"gpt-4.1-2025-04-14\"}]},\"prices\":{}},{\"id\":\"gpt-4o\",\"match\":{\"or\":[{\"equals\":\"gpt-4o\"},{\"equals\":\"gpt-4o-2024-05-13\"},{\"equals\":\"gpt-4o-2024-08-06\"},{\"equals\":\"gpt-4o-2024-11-20\"},{\"equals\":\"gpt-4-o-preview\"}]},\"prices\":{}},{\"id\":\"gpt-4o-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-4o-mini\"},{\"equals\":\"gpt-4o-mini-2024-07-18\"}]},\"prices\":{}},{\"id\":\"gpt-5-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-5-mini\"},{\"regex\":\"^gpt-5-mini-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":0.25,\"cache_read_mtok\":0.025,\"output_mtok\":2}},{\"id\":\"gpt-5.3-codex\",\"match\":{\"or\":[{\"equals\":\"gpt-5.3-codex\"},{\"regex\":\"^gpt-5\\\\.3-codex-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":1.75,\"cache_read_mtok\":0.175,\"output_mtok\":14}},{\"id\":\"gpt-5.4\",\"match\":{\"or\":[{\"equals\":\"gpt-5.4\"},{\"regex\":\"^gpt-5\\\\.4-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":272000,\"price\":5}]},\"cache_read_mtok\":{\"base\":0.25,\"tiers\":[{\"start\":272000,\"price\":0.5}]},\"output_mtok\":{\"base\":15,\"tiers\":[{\"start\":272000,\"price\":22.5}]}}},{\"id\":\"gpt-5.4-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-5.4-mini\"},{\"regex\":\"^gpt-5\\\\.4-mini-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":4.5}},{\"id\":\"gpt-5.5\",\"match\":{\"or\":[{\"equals\":\"gpt-5.5\"},{\"regex\":\"^gpt-5\\\\.5-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":{\"base\":5,\"tiers\":[{\"start\":272000,\"price\":10}]},\"cache_read_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":272000,\"price\":1}]},\"output_mtok\":{\"base\":30,\"tiers\":[{\"start\":272000,\"price\":45}]}}},{\"id\":\"gpt-5.6-luna\",\"match\":{\"or\":[{\"equals\":\"gpt-5.6-luna\"},{\"regex\":\"^gpt-5\\\\.6-luna-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":200000,\"price\":0.4}]},\"cache_write_mtok\":{\"base\":0.25,\"tiers\":[{\"start\":200000,\"price\":0.5}]},\"cache_read_mtok\":{\"base\":0.02,\"tiers\":[{\"start\":200000,\"price\":0.04}]},\"output_mtok\":{\"base\":1.2,\"tiers\":[{\"start\":200000,\"price\":1.8}]}}},{\"id\":\"gpt-5.6-sol\",\"match\":{\"or\":[{\"equals\":\"gpt-5.6-sol\"},{\"regex\":\"^gpt-5\\\\.6-sol-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":{\"base\":4,\"tiers\":[{\"start\":272000,\"price\":8}]},\"cache_write_mtok\":{\"base\":5,\"tiers\":[{\"start\":272000,\"price\":10}]},\"cache_read_mtok\":{\"base\":0.4,\"tiers\":[{\"start\":272000,\"price\":0.8}]},\"output_mtok\":{\"base\":20,\"tiers\":[{\"start\":272000,\"price\":30}]}}},{\"id\":\"gpt-5.6-terra\",\"match\":{\"or\":[{\"equals\":\"gpt-5.6-terra\"},{\"regex\":\"^gpt-5\\\\.6-terra-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":272000,\"price\":4}]},\"cache_write_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":272000,\"price\":5}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":272000,\"price\":0.4}]},\"output_mtok\":{\"base\":12,\"tiers\":[{\"start\":272000,\"price\":18}]}}},{\"id\":\"grok-4.5\",\"match\":{\"equals\":\"grok-4.5\"},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":200000,\"price\":4}]},\"cache_read_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":200000,\"price\":1}]},\"output_mtok\":{\"base\":6,\"tiers\":[{\"start\":200000,\"price\":12}]}}},{\"id\":\"grok-4.6\",\"match\":{\"equals\":\"grok-4.6\"},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":200000,\"price\":4}]},\"cache_read_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":200000,\"price\":1}]},\"output_mtok\":{\"base\":6,\"tiers\":[{\"start\":200000,\"price\":12}]}}},{\"id\":\"kimi-k2.7-code\",\"match\":{\"equals\":\"kimi-k2.7-code\"},\"prices\":{\"input_mtok\":0.95,\"cache_read_mtok\":0.19,\"output_mtok\":4}},{\"id\":\"kimi-k3\",\"match\":{\"equals\":\"kimi-k3\"},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"mai-code-1-flash-picker\",\"match\":{\"equals\":\"mai-code-1-flash-picker\"},\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":4.5}},{\"id\":\"mai-code-1.1-flash\",\"match\":{\"equals\":\"mai-code-1.1-flash\"},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.02,\"output_mtok\":1.2}}]},{\"",
"id\":\"google\",\"provider_match\":{\"or\":[{\"contains\":\"google\"},{\"contains\":\"vertex\"},{\"contains\":\"gemini\"}]},\"model_match\":{\"contains\":\"gemini\"},\"fallback_model_providers\":[\"anthropic\"],\"models\":[{\"id\":\"claude-3-5-haiku\",\"match\":{\"contains\":\"claude-3-5-haiku\"},\"prices\":{\"input_mtok\":0.8,\"cache_write_mtok\":1,\"cache_read_mtok\":0.08,\"output_mtok\":4}},{\"id\":\"claude-3-5-sonnet\",\"match\":{\"contains\":\"claude-3-5-sonnet\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"claude-3-7-sonnet\",\"match\":{\"contains\":\"claude-3-7-sonnet\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"claude-3-haiku\",\"match\":{\"contains\":\"claude-3-haiku\"},\"prices\":{\"input_mtok\":0.25,\"cache_write_mtok\":0.3,\"cache_read_mtok\":0.03,\"output_mtok\":1.25}},{\"id\":\"claude-3-opus\",\"match\":{\"contains\":\"claude-3-opus\"},\"prices\":{\"input_mtok\":15,\"cache_write_mtok\":18.75,\"cache_read_mtok\":1.5,\"output_mtok\":75}},{\"id\":\"claude-4-opus\",\"match\":{\"or\":[{\"contains\":\"claude-4-opus\"},{\"contains\":\"claude-opus-4@\"},{\"contains\":\"claude-opus-4-0\"},{\"contains\":\"claude-opus-4-1\"},{\"equals\":\"claude-opus-4\"}]},\"prices\":{\"input_mtok\":15,\"cache_write_mtok\":18.75,\"cache_read_mtok\":1.5,\"output_mtok\":75}},{\"id\":\"claude-4-sonnet\",\"match\":{\"or\":[{\"contains\":\"claude-4-sonnet\"},{\"contains\":\"claude-sonnet-4-0\"},{\"contains\":\"claude-sonnet-4@\"},{\"contains\":\"claude-sonnet-4-2025\"},{\"equals\":\"claude-sonnet-4\"},{\"equals\":\"anthropic/claude-sonnet-4\"}]},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"claude-fable-5\",\"match\":{\"or\":[{\"ends_with\":\"claude-fable-5\"},{\"contains\":\"claude-fable-5@\"}]},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":1,\"output_mtok\":50}},{\"id\":\"claude-fable-5-1\",\"match\":{\"or\":[{\"ends_with\":\"claude-fable-5-1\"},{\"contains\":\"claude-fable-5-1@\"}]},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":0.25,\"output_mtok\":50}},{\"id\":\"claude-opus-4-6\",\"match\":{\"or\":[{\"contains\":\"claude-4-6-opus\"},{\"contains\":\"claude-opus-4-6\"},{\"contains\":\"claude-4.6-opus\"},{\"contains\":\"claude-opus-4.6\"}]},\"prices\":{\"input_mtok\":{\"base\":5,\"tiers\":[{\"start\":200000,\"price\":10}]},\"cache_write_mtok\":{\"base\":6.25,\"tiers\":[{\"start\":200000,\"price\":12.5}]},\"cache_read_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":200000,\"price\":1}]},\"output_mtok\":{\"base\":25,\"tiers\":[{\"start\":200000,\"price\":37.5}]}}},{\"id\":\"claude-opus-4-7\",\"match\":{\"or\":[{\"contains\":\"claude-4-7-opus\"},{\"contains\":\"claude-opus-4-7\"},{\"contains\":\"claude-4.7-opus\"},{\"contains\":\"claude-opus-4.7\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"claude-opus-4-8\",\"match\":{\"or\":[{\"contains\":\"claude-4-8-opus\"},{\"contains\":\"claude-opus-4-8\"},{\"contains\":\"claude-4.8-opus\"},{\"contains\":\"claude-opus-4.8\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"claude-opus-5\",\"match\":{\"or\":[{\"contains\":\"claude-5-opus\"},{\"ends_with\":\"claude-opus-5\"},{\"contains\":\"claude-opus-5@\"},{\"contains\":\"claude-5.0-opus\"},{\"contains\":\"claude-opus-5.0\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"claude-opus-5-5\",\"match\":{\"or\":[{\"contains\":\"claude-5-5-opus\"},{\"ends_with\":\"claude-opus-5-5\"},{\"contains\":\"claude-opus-5-5@\"},{\"contains\":\"claude-5.5-opus\"},{\"contains\":\"claude-opus-5.5\"}]},\"prices\":{\"input_mtok\":4,\"cache_write_mtok\":5,\"cache_read_mtok\":0.2,\"output_mtok\":20}},{\"id\":\"claude-sonnet-4-5\",\"match\":{\"or\":[{\"contains\":\"claude-sonnet-4-5\"},{\"contains\":\"claude-sonnet-4.5\"}]},\"prices\":{\"input_mtok\":{\"base\":3,\"tiers\":[{\"start\":200000,\"price\":6}]},\"cache_write_mtok\":{\"base\":3.75,\"tiers\":[{\"start\":200000,\"price\":7.5}]},\"cache_read_mtok\":{\"base\":0.3,\"tiers\":[{\"start\":200000,\"price\":0.6}]},\"output_mtok\":{\"base\":15,\"tiers\":[{\"start\":200000,\"price\":22.5}]}}},{\"id\":\"claude-sonnet-4-6\",\"match\":{\"or\":[{\"contains\":\"claude-sonnet-4-6\"},{\"contains\":\"claude-sonnet-4.6\"}]},\"prices\":{\"i",
"nput_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"gemini-1.0-pro-vision-001\",\"match\":{\"equals\":\"gemini-1.0-pro-vision-001\"},\"prices\":{\"input_mtok\":0.125,\"output_mtok\":0.375}},{\"id\":\"gemini-1.5-flash\",\"match\":{\"contains\":\"gemini-1.5-flash\"},\"prices\":{\"input_mtok\":{\"base\":0.075,\"tiers\":[{\"start\":128000,\"price\":0.15}]},\"cache_read_mtok\":{\"base\":0.01875,\"tiers\":[{\"start\":128000,\"price\":0.0375}]},\"output_mtok\":{\"base\":0.3,\"tiers\":[{\"start\":128000,\"price\":0.6}]}}},{\"id\":\"gemini-1.5-pro\",\"match\":{\"contains\":\"gemini-1.5-pro\"},\"prices\":{\"input_mtok\":{\"base\":1.25,\"tiers\":[{\"start\":128000,\"price\":2.5}]},\"output_mtok\":{\"base\":5,\"tiers\":[{\"start\":128000,\"price\":10}]}}},{\"id\":\"gemini-2.0-flash\",\"match\":{\"or\":[{\"ends_with\":\"gemini-2.0-flash\"},{\"contains\":\"gemini-2.0-flash-0\"},{\"contains\":\"gemini-2.0-flash-exp\"},{\"contains\":\"gemini-2.0-flash-thinking\"},{\"contains\":\"gemini-2.0-flash-latest\"}]},\"prices\":{\"input_mtok\":0.1,\"cache_read_mtok\":0.025,\"output_mtok\":0.4}},{\"id\":\"gemini-2.0-flash-lite\",\"match\":{\"contains\":\"gemini-2.0-flash-lite\"},\"prices\":{\"input_mtok\":0.075,\"output_mtok\":0.3}},{\"id\":\"gemini-2.5-flash\",\"match\":{\"or\":[{\"equals\":\"gemini-2.5-flash\"},{\"equals\":\"gemini-2.5-flash-latest\"},{\"equals\":\"gemini-2.5-flash-preview-09-2025\"}]},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.03,\"output_mtok\":2.5}},{\"id\":\"gemini-2.5-flash-image\",\"match\":{\"or\":[{\"equals\":\"gemini-2.5-flash-image\"},{\"equals\":\"gemini-2.5-flash-image-preview\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":2.5}},{\"id\":\"gemini-2.5-flash-lite\",\"match\":{\"or\":[{\"equals\":\"gemini-2.5-flash-lite\"},{\"and\":[{\"starts_with\":\"gemini-2.5-flash-lite-preview\"},{\"regex\":\"^(\077!.*-[tT][tT][sS](\077:$|-))\"}]}]},\"prices\":{\"input_mtok\":0.1,\"cache_read_mtok\":0.01,\"output_mtok\":0.4}},{\"id\":\"gemini-2.5-flash-lite-preview-tts\",\"match\":{\"equals\":\"gemini-2.5-flash-lite-preview-tts\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":10}},{\"id\":\"gemini-2.5-flash-preview\",\"match\":{\"or\":[{\"contains\":\"gemini-2.5-flash-preview-05-20\"},{\"contains\":\"gemini-2.5-flash-preview-04-17\"},{\"equals\":\"gemini-2.5-flash-preview-05-20:thinking\"},{\"equals\":\"gemini-2.5-flash-preview\"},{\"equals\":\"gemini-2.5-flash-preview:thinking\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"gemini-2.5-flash-tts\",\"match\":{\"or\":[{\"equals\":\"gemini-2.5-flash-tts\"},{\"equals\":\"gemini-2.5-flash-preview-tts\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":10}},{\"id\":\"gemini-2.5-pro\",\"match\":{\"and\":[{\"starts_with\":\"gemini-2.5-pro\"},{\"regex\":\"^(\077!.*-[tT][tT][sS](\077:$|-))\"}]},\"prices\":{\"input_mtok\":{\"base\":1.25,\"tiers\":[{\"start\":200000,\"price\":2.5}]},\"cache_read_mtok\":{\"base\":0.125,\"tiers\":[{\"start\":200000,\"price\":0.25}]},\"output_mtok\":{\"base\":10,\"tiers\":[{\"start\":200000,\"price\":15}]}}},{\"id\":\"gemini-2.5-pro-tts\",\"match\":{\"or\":[{\"equals\":\"gemini-2.5-pro-tts\"},{\"equals\":\"gemini-2.5-pro-preview-tts\"}]},\"prices\":{\"input_mtok\":1,\"output_mtok\":20}},{\"id\":\"gemini-3-flash-preview\",\"match\":{\"or\":[{\"equals\":\"gemini-3-flash-preview\"},{\"starts_with\":\"gemini-3-flash-preview-\"}]},\"prices\":{\"input_mtok\":0.5,\"cache_read_mtok\":0.05,\"output_mtok\":3}},{\"id\":\"gemini-3-pro-image-preview\",\"match\":{\"or\":[{\"equals\":\"gemini-3-pro-image\"},{\"starts_with\":\"gemini-3-pro-image-preview\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":12}},{\"id\":\"gemini-3-pro-preview\",\"match\":{\"or\":[{\"starts_with\":\"gemini-3-pro-preview\"},{\"equals\":\"gemini-3-pro-text-preview\"}]},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":200000,\"price\":4}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":200000,\"price\":0.4}]},\"output_mtok\":{\"base\":12,\"tiers\":[{\"start\":200000,\"price\":18}]}}},{\"id\":\"gemini-3.1-flash-image-preview\",\"match\":{\"or\":[{\"equals\":\"gemini-3.1-flash-image\"},{\"starts_with\":\"gemini-3.1-flash-image-preview\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":3}},{\"id\":\"gemini-3.1-flash-lite\",\"match\":{\"or\":[{\"equals\":\"gemini-3.1-flash-lite\"},{\"starts_with\":\"gemini-3.1-flash-lite-preview\"}]},\"prices\":{\"input_mtok\":0.25,\"cache_read_mtok\":0.025,\"output_mtok\":1.5}},{\"id\":\"gemini-3.",
"1-flash-lite-image\",\"match\":{\"starts_with\":\"gemini-3.1-flash-lite-image\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":1.5}},{\"id\":\"gemini-3.1-flash-live-preview\",\"match\":{\"starts_with\":\"gemini-3.1-flash-live-preview\"},\"prices\":{\"input_mtok\":0.75,\"output_mtok\":4.5}},{\"id\":\"gemini-3.1-pro-preview\",\"match\":{\"starts_with\":\"gemini-3.1-pro-preview\"},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":200000,\"price\":4}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":200000,\"price\":0.4}]},\"output_mtok\":{\"base\":12,\"tiers\":[{\"start\":200000,\"price\":18}]}}},{\"id\":\"gemini-3.5-flash\",\"match\":{\"or\":[{\"equals\":\"gemini-3.5-flash\"},{\"starts_with\":\"gemini-3.5-flash-preview\"},{\"regex\":\"^gemini-3\\\\.5-flash-\\\\d\"}]},\"prices\":{\"input_mtok\":1.5,\"cache_read_mtok\":0.15,\"output_mtok\":9}},{\"id\":\"gemini-3.5-flash-lite\",\"match\":{\"starts_with\":\"gemini-3.5-flash-lite\"},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.03,\"output_mtok\":2.5}},{\"id\":\"gemini-3.6-flash\",\"match\":{\"starts_with\":\"gemini-3.6-flash\"},\"prices\":[{\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":3.75}},{\"constraint\":{\"start_date\":\"2027-01-01\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":1.5,\"cache_read_mtok\":0.15,\"output_mtok\":7.5}}]},{\"id\":\"gemini-3.7-flash\",\"match\":{\"starts_with\":\"gemini-3.7-flash\"},\"prices\":[{\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":3.75}},{\"constraint\":{\"start_date\":\"2027-01-01\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":1.5,\"cache_read_mtok\":0.15,\"output_mtok\":7.5}}]},{\"id\":\"gemini-3.8-flash\",\"match\":{\"starts_with\":\"gemini-3.8-flash\"},\"prices\":[{\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":3.75}},{\"constraint\":{\"start_date\":\"2027-01-01\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":1.5,\"cache_read_mtok\":0.15,\"output_mtok\":7.5}}]},{\"id\":\"gemini-embedding-001\",\"match\":{\"equals\":\"gemini-embedding-001\"},\"prices\":{\"input_mtok\":0.15}},{\"id\":\"gemini-embedding-2\",\"match\":{\"equals\":\"gemini-embedding-2\"},\"prices\":{\"input_mtok\":0.2}},{\"id\":\"gemini-flash-1.5\",\"match\":{\"equals\":\"gemini-flash-1.5\"},\"prices\":{\"input_mtok\":{\"base\":0.075,\"tiers\":[{\"start\":128000,\"price\":0.15}]},\"cache_read_mtok\":{\"base\":0.01875,\"tiers\":[{\"start\":128000,\"price\":0.0375}]},\"output_mtok\":{\"base\":0.3,\"tiers\":[{\"start\":128000,\"price\":0.6}]}}},{\"id\":\"gemini-flash-1.5-8b\",\"match\":{\"equals\":\"gemini-flash-1.5-8b\"},\"prices\":{\"input_mtok\":{\"base\":0.0375,\"tiers\":[{\"start\":128000,\"price\":0.075}]},\"cache_read_mtok\":{\"base\":0.01,\"tiers\":[{\"start\":128000,\"price\":0.02}]},\"output_mtok\":{\"base\":0.15,\"tiers\":[{\"start\":128000,\"price\":0.3}]}}},{\"id\":\"gemini-live-2.5-flash\",\"match\":{\"or\":[{\"starts_with\":\"gemini-live-2.5-flash\"},{\"starts_with\":\"gemini-2.5-flash-native-audio-preview\"},{\"equals\":\"gemini-2.5-flash-native-audio-latest\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":2}},{\"id\":\"gemini-omni-flash-preview\",\"match\":{\"starts_with\":\"gemini-omni-flash-preview\"},\"prices\":{\"input_mtok\":1.5,\"output_mtok\":9}},{\"id\":\"gemini-pro\",\"match\":{\"or\":[{\"equals\":\"gemini-pro\"},{\"equals\":\"gemini-1.0-pro\"}]},\"prices\":{\"input_mtok\":0.125,\"output_mtok\":0.375}},{\"id\":\"gemini-pro-1.5\",\"match\":{\"equals\":\"gemini-pro-1.5\"},\"prices\":{\"input_mtok\":{\"base\":1.25,\"tiers\":[{\"start\":128000,\"price\":2.5}]},\"cache_read_mtok\":{\"base\":0.3125,\"tiers\":[{\"start\":128000,\"price\":0.625}]},\"output_mtok\":{\"base\":5,\"tiers\":[{\"start\":128000,\"price\":10}]}}},{\"id\":\"gemma-2-27b-it\",\"match\":{\"equals\":\"gemma-2-27b-it\"},\"prices\":{\"input_mtok\":0.65,\"output_mtok\":0.65}},{\"id\":\"gemma-3\",\"match\":{\"or\":[{\"starts_with\":\"gemma-3-\"},{\"equals\":\"gemma-3\"}]},\"prices\":{}},{\"id\":\"gemma-3n\",\"match\":{\"or\":[{\"starts_with\":\"gemma-3n\"}]},\"prices\":{}},{\"id\":\"gemma-4-26b-a4b-it\",\"match\":{\"equals\":\"gemma-4-26b-a4b-it\"},\"prices\":{}},{\"id\":\"gemma-4-26b-a4b-it-maas\",\"match\":{\"equals\":\"gemma-4-26b-a4b-it-maas\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.015,\"output_mtok\":0.6}},{\"id\":\"gemma-4-31b-it\",\"match\":{\"equals\":\"gemma-4-31b-it\"},\"prices\":{}}]},{\"id\":\"groq\",\"models\":[{\"id\":\"deepseek-r1-distill-llama-70b\",\"match\":{\"equals\":\"deepseek-",
"r1-distill-llama-70b\"},\"prices\":{\"input_mtok\":0.75,\"output_mtok\":0.99}},{\"id\":\"gemma-7b-it\",\"match\":{\"equals\":\"gemma-7b-it\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.07}},{\"id\":\"gemma2-9b-it\",\"match\":{\"or\":[{\"equals\":\"gemma2-9b-it\"},{\"equals\":\"gemma2-9b\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"llama-3.1-405b-reasoning\",\"match\":{\"equals\":\"llama-3.1-405b-reasoning\"},\"prices\":{\"input_mtok\":0.59,\"output_mtok\":0.79}},{\"id\":\"llama-3.1-70b-versatile\",\"match\":{\"equals\":\"llama-3.1-70b-versatile\"},\"prices\":{\"input_mtok\":0.59,\"output_mtok\":0.79}},{\"id\":\"llama-3.1-8b-instant\",\"match\":{\"equals\":\"llama-3.1-8b-instant\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.08}},{\"id\":\"llama-3.2-11b-text-preview\",\"match\":{\"equals\":\"llama-3.2-11b-text-preview\"},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.18}},{\"id\":\"llama-3.2-11b-vision-preview\",\"match\":{\"equals\":\"llama-3.2-11b-vision-preview\"},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.18}},{\"id\":\"llama-3.2-1b-preview\",\"match\":{\"equals\":\"llama-3.2-1b-preview\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.04}},{\"id\":\"llama-3.2-3b-preview\",\"match\":{\"equals\":\"llama-3.2-3b-preview\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.06}},{\"id\":\"llama-3.2-90b-text-preview\",\"match\":{\"equals\":\"llama-3.2-90b-text-preview\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"llama-3.2-90b-vision-preview\",\"match\":{\"equals\":\"llama-3.2-90b-vision-preview\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"llama-3.3-70b-specdec\",\"match\":{\"equals\":\"llama-3.3-70b-specdec\"},\"prices\":{\"input_mtok\":0.59,\"output_mtok\":0.99}},{\"id\":\"llama-3.3-70b-versatile\",\"match\":{\"equals\":\"llama-3.3-70b-versatile\"},\"prices\":{\"input_mtok\":0.59,\"output_mtok\":0.79}},{\"id\":\"llama-guard-3-8b\",\"match\":{\"equals\":\"llama-guard-3-8b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"llama2-70b-4096\",\"match\":{\"equals\":\"llama2-70b-4096\"},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":0.8}},{\"id\":\"llama3-70b-8192\",\"match\":{\"equals\":\"llama3-70b-8192\"},\"prices\":{\"input_mtok\":0.59,\"output_mtok\":0.79}},{\"id\":\"llama3-8b-8192\",\"match\":{\"equals\":\"llama3-8b-8192\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.08}},{\"id\":\"llama3-groq-70b-8192-tool-use-preview\",\"match\":{\"equals\":\"llama3-groq-70b-8192-tool-use-preview\"},\"prices\":{\"input_mtok\":0.89,\"output_mtok\":0.89}},{\"id\":\"llama3-groq-8b-8192-tool-use-preview\",\"match\":{\"equals\":\"llama3-groq-8b-8192-tool-use-preview\"},\"prices\":{\"input_mtok\":0.19,\"output_mtok\":0.19}},{\"id\":\"meta-llama/llama-4-maverick-17b-128e-instruct\",\"match\":{\"equals\":\"meta-llama/llama-4-maverick-17b-128e-instruct\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"meta-llama/llama-4-scout-17b-16e-instruct\",\"match\":{\"equals\":\"meta-llama/llama-4-scout-17b-16e-instruct\"},\"prices\":{\"input_mtok\":0.11,\"output_mtok\":0.34}},{\"id\":\"meta-llama/llama-guard-4-12b\",\"match\":{\"equals\":\"meta-llama/llama-guard-4-12b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"mistral-saba-24b\",\"match\":{\"equals\":\"mistral-saba-24b\"},\"prices\":{\"input_mtok\":0.79,\"output_mtok\":0.79}},{\"id\":\"mixtral-8x7b-32768\",\"match\":{\"equals\":\"mixtral-8x7b-32768\"},\"prices\":{\"input_mtok\":0.24,\"output_mtok\":0.24}},{\"id\":\"moonshotai/kimi-k2-instruct\",\"match\":{\"or\":[{\"equals\":\"moonshotai/kimi-k2-instruct\"},{\"equals\":\"moonshotai/kimi-k2-instruct-0905\"}]},\"prices\":{\"input_mtok\":1,\"cache_read_mtok\":0.5,\"output_mtok\":3}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-120b\"},{\"equals\":\"openai/gpt-oss-safeguard-20b\"}]},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.075,\"output_mtok\":0.6}},{\"id\":\"openai/gpt-oss-20b\",\"match\":{\"equals\":\"openai/gpt-oss-20b\"},\"prices\":{\"input_mtok\":0.075,\"cache_read_mtok\":0.0375,\"output_mtok\":0.3}},{\"id\":\"qwen/qwen3-32b\",\"match\":{\"equals\":\"qwen/qwen3-32b\"},\"prices\":{\"input_mtok\":0.29,\"output_mtok\":0.59}},{\"id\":\"whisper-large-v3\",\"match\":{\"equals\":\"whisper-large-v3\"},\"prices\":{}},{\"id\":\"whisper-large-v3-turbo\",\"match\":{\"equals\":\"whisper-large-v3-turbo\"},\"prices\":{}}]},{\"id\":\"huggingface_cerebras\",\"provider_match\":{\"and\"",
":[{\"contains\":\"huggingface\"},{\"contains\":\"cerebras\"}]},\"models\":[{\"id\":\"meta-llama/Llama-3.1-8B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.1-8b-instruct\"},{\"equals\":\"meta-llama/llama-3.1-8b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}}]},{\"id\":\"huggingface_fireworks-ai\",\"provider_match\":{\"and\":[{\"contains\":\"huggingface\"},{\"contains\":\"fireworks-ai\"}]},\"models\":[{\"id\":\"meta-llama/Llama-3.3-70B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},{\"equals\":\"meta-llama/llama-3.3-70b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-120b\"},{\"equals\":\"openai/gpt-oss-120b-fast\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"openai/gpt-oss-20b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-20b\"},{\"equals\":\"openai/gpt-oss-20b-fast\"}]},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.2}}]},{\"id\":\"huggingface_groq\",\"provider_match\":{\"and\":[{\"contains\":\"huggingface\"},{\"contains\":\"groq\"}]},\"models\":[{\"id\":\"Qwen/Qwen3-32B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-32b\"},{\"equals\":\"qwen/qwen3-32b-fast\"}]},\"prices\":{\"input_mtok\":0.29,\"output_mtok\":0.59}},{\"id\":\"meta-llama/Llama-3.3-70B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},{\"equals\":\"meta-llama/llama-3.3-70b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.59,\"output_mtok\":0.79}},{\"id\":\"meta-llama/Llama-4-Scout-17B-16E-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-4-scout-17b-16e-instruct\"},{\"equals\":\"meta-llama/llama-4-scout-17b-16e-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.11,\"output_mtok\":0.34}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-120b\"},{\"equals\":\"openai/gpt-oss-120b-fast\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.75}},{\"id\":\"openai/gpt-oss-20b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-20b\"},{\"equals\":\"openai/gpt-oss-20b-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.5}}]},{\"id\":\"huggingface_hyperbolic\",\"provider_match\":{\"and\":[{\"contains\":\"huggingface\"},{\"contains\":\"hyperbolic\"}]},\"models\":[{\"id\":\"Qwen/Qwen2.5-VL-72B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen2.5-vl-72b-instruct\"},{\"equals\":\"qwen/qwen2.5-vl-72b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":0.6}},{\"id\":\"Qwen/Qwen2.5-VL-7B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen2.5-vl-7b-instruct\"},{\"equals\":\"qwen/qwen2.5-vl-7b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"Qwen/Qwen3-235B-A22B-Instruct-2507\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-235b-a22b-instruct-2507\"},{\"equals\":\"qwen/qwen3-235b-a22b-instruct-2507-fast\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":2}},{\"id\":\"Qwen/Qwen3-Coder-480B-A35B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-coder-480b-a35b-instruct\"},{\"equals\":\"qwen/qwen3-coder-480b-a35b-instruct-fast\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":2}},{\"id\":\"Qwen/Qwen3-Next-80B-A3B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-next-80b-a3b-instruct\"},{\"equals\":\"qwen/qwen3-next-80b-a3b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"Qwen/Qwen3-Next-80B-A3B-Thinking\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-next-80b-a3b-thinking\"},{\"equals\":\"qwen/qwen3-next-80b-a3b-thinking-fast\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"deepseek-ai/DeepSeek-R1\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1\"},{\"equals\":\"deepseek-ai/deepseek-r1-fast\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":2}},{\"id\":\"deepseek-ai/DeepSeek-R1-0528\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1-0528\"},{\"equals\":\"deepseek-ai/deepseek-r1-0528-fast\"}]},\"prices\":{\"input_mtok\":3,\"output_mtok\":3}},{\"id\":\"deepseek-ai/DeepSeek-V3-0324\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-v3-0324\"},{\"equals\":\"deepseek-ai/deepseek-v3-0324-fast\"}]},\"prices\":{\"input_mtok\":1.25,\"output_mtok\":1.25}},{\"id\":\"meta-llama/Llama-3.3-70B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},{\"equals\":\"meta-llama/llama-3.3-70b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.4,\"ou",
"tput_mtok\":0.4}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-120b\"},{\"equals\":\"openai/gpt-oss-120b-fast\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"openai/gpt-oss-20b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-20b\"},{\"equals\":\"openai/gpt-oss-20b-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}}]},{\"id\":\"huggingface_nebius\",\"provider_match\":{\"and\":[{\"contains\":\"huggingface\"},{\"contains\":\"nebius\"}]},\"models\":[{\"id\":\"NousResearch/Hermes-4-405B\",\"match\":{\"or\":[{\"equals\":\"nousresearch/hermes-4-405b\"},{\"equals\":\"nousresearch/hermes-4-405b-fast\"}]},\"prices\":{\"input_mtok\":1,\"output_mtok\":3}},{\"id\":\"NousResearch/Hermes-4-70B\",\"match\":{\"or\":[{\"equals\":\"nousresearch/hermes-4-70b\"},{\"equals\":\"nousresearch/hermes-4-70b-fast\"}]},\"prices\":{\"input_mtok\":0.13,\"output_mtok\":0.4}},{\"id\":\"PrimeIntellect/INTELLECT-3-FP8\",\"match\":{\"or\":[{\"equals\":\"primeintellect/intellect-3-fp8\"},{\"equals\":\"primeintellect/intellect-3-fp8-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":1.1}},{\"id\":\"Qwen/Qwen2.5-Coder-7B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen2.5-coder-7b\"},{\"equals\":\"qwen/qwen2.5-coder-7b-fast\"}]},\"prices\":{\"input_mtok\":0.03,\"output_mtok\":0.09}},{\"id\":\"Qwen/Qwen2.5-VL-72B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen2.5-vl-72b-instruct\"},{\"equals\":\"qwen/qwen2.5-vl-72b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":0.75}},{\"id\":\"Qwen/Qwen3-235B-A22B-Instruct-2507\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-235b-a22b-instruct-2507\"},{\"equals\":\"qwen/qwen3-235b-a22b-instruct-2507-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"Qwen/Qwen3-235B-A22B-Thinking-2507\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-235b-a22b-thinking-2507\"},{\"equals\":\"qwen/qwen3-235b-a22b-thinking-2507-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.8}},{\"id\":\"Qwen/Qwen3-30B-A3B-Instruct-2507\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-30b-a3b-instruct-2507\"},{\"equals\":\"qwen/qwen3-30b-a3b-instruct-2507-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.3}},{\"id\":\"Qwen/Qwen3-30B-A3B-Thinking-2507\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-30b-a3b-thinking-2507\"},{\"equals\":\"qwen/qwen3-30b-a3b-thinking-2507-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.3}},{\"id\":\"Qwen/Qwen3-32B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-32b\"},{\"equals\":\"qwen/qwen3-32b-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.3}},{\"id\":\"Qwen/Qwen3-Coder-30B-A3B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-coder-30b-a3b-instruct\"},{\"equals\":\"qwen/qwen3-coder-30b-a3b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.3}},{\"id\":\"Qwen/Qwen3-Coder-480B-A35B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-coder-480b-a35b-instruct\"},{\"equals\":\"qwen/qwen3-coder-480b-a35b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":1.8}},{\"id\":\"deepseek-ai/DeepSeek-R1-0528\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1-0528\"},{\"equals\":\"deepseek-ai/deepseek-r1-0528-fast\"}]},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":2.4}},{\"id\":\"deepseek-ai/DeepSeek-V3-0324\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-v3-0324\"},{\"equals\":\"deepseek-ai/deepseek-v3-0324-fast\"}]},\"prices\":{\"input_mtok\":0.75,\"output_mtok\":2.25}},{\"id\":\"google/gemma-2-2b-it\",\"match\":{\"or\":[{\"equals\":\"google/gemma-2-2b-it\"},{\"equals\":\"google/gemma-2-2b-it-fast\"}]},\"prices\":{\"input_mtok\":0.02,\"output_mtok\":0.06}},{\"id\":\"google/gemma-2-9b-it\",\"match\":{\"or\":[{\"equals\":\"google/gemma-2-9b-it\"},{\"equals\":\"google/gemma-2-9b-it-fast\"}]},\"prices\":{\"input_mtok\":0.03,\"output_mtok\":0.09}},{\"id\":\"google/gemma-3-27b-it\",\"match\":{\"or\":[{\"equals\":\"google/gemma-3-27b-it\"},{\"equals\":\"google/gemma-3-27b-it-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"meta-llama/Llama-3.1-8B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.1-8b-instruct\"},{\"equals\":\"meta-llama/llama-3.1-8b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.03,\"output_mtok\":0.09}},{\"id\":\"meta-llama/Llama-3.3-70B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},{\"equals\":\"meta-llama/llama-3.3-70b-instruct-",
"fast\"}]},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":0.75}},{\"id\":\"moonshotai/Kimi-K2-Instruct\",\"match\":{\"or\":[{\"equals\":\"moonshotai/kimi-k2-instruct\"},{\"equals\":\"moonshotai/kimi-k2-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":2.4}},{\"id\":\"moonshotai/Kimi-K2-Thinking\",\"match\":{\"or\":[{\"equals\":\"moonshotai/kimi-k2-thinking\"},{\"equals\":\"moonshotai/kimi-k2-thinking-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.5}},{\"id\":\"nvidia/Llama-3_1-Nemotron-Ultra-253B-v1\",\"match\":{\"or\":[{\"equals\":\"nvidia/llama-3_1-nemotron-ultra-253b-v1\"},{\"equals\":\"nvidia/llama-3_1-nemotron-ultra-253b-v1-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":1.8}},{\"id\":\"nvidia/NVIDIA-Nemotron-Nano-12B-v2\",\"match\":{\"or\":[{\"equals\":\"nvidia/nvidia-nemotron-nano-12b-v2\"},{\"equals\":\"nvidia/nvidia-nemotron-nano-12b-v2-fast\"}]},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.2}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-120b\"},{\"equals\":\"openai/gpt-oss-120b-fast\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"zai-org/GLM-4.5\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.5\"},{\"equals\":\"zai-org/glm-4.5-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.2}},{\"id\":\"zai-org/GLM-4.5-Air\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.5-air\"},{\"equals\":\"zai-org/glm-4.5-air-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":1.2}}]},{\"id\":\"huggingface_novita\",\"provider_match\":{\"and\":[{\"contains\":\"huggingface\"},{\"contains\":\"novita\"}]},\"models\":[{\"id\":\"MiniMaxAI/MiniMax-M1-80k\",\"match\":{\"or\":[{\"equals\":\"minimaxai/minimax-m1-80k\"},{\"equals\":\"minimaxai/minimax-m1-80k-fast\"}]},\"prices\":{\"input_mtok\":0.55,\"output_mtok\":2.2}},{\"id\":\"MiniMaxAI/MiniMax-M2\",\"match\":{\"or\":[{\"equals\":\"minimaxai/minimax-m2\"},{\"equals\":\"minimaxai/minimax-m2-fast\"},{\"equals\":\"minimaxai/minimax-m2.1\"},{\"equals\":\"minimaxai/minimax-m2.1-fast\"},{\"equals\":\"minimaxai/minimax-m2.5\"},{\"equals\":\"minimaxai/minimax-m2.5-fast\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":1.2}},{\"id\":\"NousResearch/Hermes-2-Pro-Llama-3-8B\",\"match\":{\"or\":[{\"equals\":\"nousresearch/hermes-2-pro-llama-3-8b\"},{\"equals\":\"nousresearch/hermes-2-pro-llama-3-8b-fast\"}]},\"prices\":{\"input_mtok\":0.14,\"output_mtok\":0.14}},{\"id\":\"Qwen/Qwen2.5-72B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen2.5-72b-instruct\"},{\"equals\":\"qwen/qwen2.5-72b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.38,\"output_mtok\":0.4}},{\"id\":\"Qwen/Qwen3-235B-A22B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-235b-a22b\"},{\"equals\":\"qwen/qwen3-235b-a22b-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.8}},{\"id\":\"Qwen/Qwen3-235B-A22B-Instruct-2507\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-235b-a22b-instruct-2507\"},{\"equals\":\"qwen/qwen3-235b-a22b-instruct-2507-fast\"}]},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.58}},{\"id\":\"Qwen/Qwen3-235B-A22B-Thinking-2507\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-235b-a22b-thinking-2507\"},{\"equals\":\"qwen/qwen3-235b-a22b-thinking-2507-fast\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":3}},{\"id\":\"Qwen/Qwen3-30B-A3B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-30b-a3b\"},{\"equals\":\"qwen/qwen3-30b-a3b-fast\"}]},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.45}},{\"id\":\"Qwen/Qwen3-32B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-32b\"},{\"equals\":\"qwen/qwen3-32b-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.45}},{\"id\":\"Qwen/Qwen3-Coder-480B-A35B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-coder-480b-a35b-instruct\"},{\"equals\":\"qwen/qwen3-coder-480b-a35b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":1.3}},{\"id\":\"Qwen/Qwen3-Coder-Next\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-coder-next\"},{\"equals\":\"qwen/qwen3-coder-next-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":1.5}},{\"id\":\"Qwen/Qwen3-Next-80B-A3B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-next-80b-a3b-instruct\"},{\"equals\":\"qwen/qwen3-next-80b-a3b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":1.5}},{\"id\":\"Qwen/Qwen3-Next-80B-A3B-Thinking\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-next-80b-a3b-thinking\"},{\"equals\":\"qwen/qwen3-next-80b-a3b-thinking-fast\"}]},\"prices\":{\"inpu",
"t_mtok\":0.15,\"output_mtok\":1.5}},{\"id\":\"Qwen/Qwen3-VL-235B-A22B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-vl-235b-a22b-instruct\"},{\"equals\":\"qwen/qwen3-vl-235b-a22b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":1.5}},{\"id\":\"Qwen/Qwen3-VL-235B-A22B-Thinking\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-vl-235b-a22b-thinking\"},{\"equals\":\"qwen/qwen3-vl-235b-a22b-thinking-fast\"}]},\"prices\":{\"input_mtok\":0.98,\"output_mtok\":3.95}},{\"id\":\"Qwen/Qwen3-VL-30B-A3B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-vl-30b-a3b-instruct\"},{\"equals\":\"qwen/qwen3-vl-30b-a3b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.7}},{\"id\":\"Qwen/Qwen3-VL-30B-A3B-Thinking\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-vl-30b-a3b-thinking\"},{\"equals\":\"qwen/qwen3-vl-30b-a3b-thinking-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":1}},{\"id\":\"Qwen/Qwen3-VL-8B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-vl-8b-instruct\"},{\"equals\":\"qwen/qwen3-vl-8b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.5}},{\"id\":\"Qwen/Qwen3.5-122B-A10B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-122b-a10b\"},{\"equals\":\"qwen/qwen3.5-122b-a10b-fast\"}]},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":3.2}},{\"id\":\"Qwen/Qwen3.5-27B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-27b\"},{\"equals\":\"qwen/qwen3.5-27b-fast\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":2.4}},{\"id\":\"Qwen/Qwen3.5-35B-A3B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-35b-a3b\"},{\"equals\":\"qwen/qwen3.5-35b-a3b-fast\"}]},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":2}},{\"id\":\"Qwen/Qwen3.5-397B-A17B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-397b-a17b\"},{\"equals\":\"qwen/qwen3.5-397b-a17b-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":3.6}},{\"id\":\"Sao10K/L3-70B-Euryale-v2.1\",\"match\":{\"or\":[{\"equals\":\"sao10k/l3-70b-euryale-v2.1\"},{\"equals\":\"sao10k/l3-70b-euryale-v2.1-fast\"}]},\"prices\":{\"input_mtok\":1.48,\"output_mtok\":1.48}},{\"id\":\"Sao10K/L3-8B-Lunaris-v1\",\"match\":{\"or\":[{\"equals\":\"sao10k/l3-8b-lunaris-v1\"},{\"equals\":\"sao10k/l3-8b-lunaris-v1-fast\"}]},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.05}},{\"id\":\"Sao10K/L3-8B-Stheno-v3.2\",\"match\":{\"or\":[{\"equals\":\"sao10k/l3-8b-stheno-v3.2\"},{\"equals\":\"sao10k/l3-8b-stheno-v3.2-fast\"}]},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.05}},{\"id\":\"XiaomiMiMo/MiMo-V2-Flash\",\"match\":{\"or\":[{\"equals\":\"xiaomimimo/mimo-v2-flash\"},{\"equals\":\"xiaomimimo/mimo-v2-flash-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.3}},{\"id\":\"alpindale/WizardLM-2-8x22B\",\"match\":{\"or\":[{\"equals\":\"alpindale/wizardlm-2-8x22b\"},{\"equals\":\"alpindale/wizardlm-2-8x22b-fast\"}]},\"prices\":{\"input_mtok\":0.62,\"output_mtok\":0.62}},{\"id\":\"baidu/ERNIE-4.5-21B-A3B-PT\",\"match\":{\"or\":[{\"equals\":\"baidu/ernie-4.5-21b-a3b-pt\"},{\"equals\":\"baidu/ernie-4.5-21b-a3b-pt-fast\"}]},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.28}},{\"id\":\"baidu/ERNIE-4.5-300B-A47B-Base-PT\",\"match\":{\"or\":[{\"equals\":\"baidu/ernie-4.5-300b-a47b-base-pt\"},{\"equals\":\"baidu/ernie-4.5-300b-a47b-base-pt-fast\"}]},\"prices\":{\"input_mtok\":0.28,\"output_mtok\":1.1}},{\"id\":\"baidu/ERNIE-4.5-VL-28B-A3B-PT\",\"match\":{\"or\":[{\"equals\":\"baidu/ernie-4.5-vl-28b-a3b-pt\"},{\"equals\":\"baidu/ernie-4.5-vl-28b-a3b-pt-fast\"}]},\"prices\":{\"input_mtok\":0.14,\"output_mtok\":0.56}},{\"id\":\"baidu/ERNIE-4.5-VL-424B-A47B-Base-PT\",\"match\":{\"or\":[{\"equals\":\"baidu/ernie-4.5-vl-424b-a47b-base-pt\"},{\"equals\":\"baidu/ernie-4.5-vl-424b-a47b-base-pt-fast\"}]},\"prices\":{\"input_mtok\":0.42,\"output_mtok\":1.25}},{\"id\":\"deepseek-ai/DeepSeek-Prover-V2-671B\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-prover-v2-671b\"},{\"equals\":\"deepseek-ai/deepseek-prover-v2-671b-fast\"}]},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":2.5}},{\"id\":\"deepseek-ai/DeepSeek-R1\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1\"},{\"equals\":\"deepseek-ai/deepseek-r1-fast\"},{\"equals\":\"deepseek-ai/deepseek-r1-0528\"},{\"equals\":\"deepseek-ai/deepseek-r1-0528-fast\"}]},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":2.5}},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Llama-70B\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1-distill-llama-70b\"},{\"equals\":\"deepseek-a",
"i/deepseek-r1-distill-llama-70b-fast\"}]},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"deepseek-ai/DeepSeek-V3\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-v3\"},{\"equals\":\"deepseek-ai/deepseek-v3-fast\"}]},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":1.3}},{\"id\":\"deepseek-ai/DeepSeek-V3-0324\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-v3-0324\"},{\"equals\":\"deepseek-ai/deepseek-v3-0324-fast\"}]},\"prices\":{\"input_mtok\":0.27,\"output_mtok\":1.12}},{\"id\":\"deepseek-ai/DeepSeek-V3.1\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-v3.1\"},{\"equals\":\"deepseek-ai/deepseek-v3.1-fast\"},{\"equals\":\"deepseek-ai/deepseek-v3.1-terminus\"},{\"equals\":\"deepseek-ai/deepseek-v3.1-terminus-fast\"}]},\"prices\":{\"input_mtok\":0.27,\"output_mtok\":1}},{\"id\":\"deepseek-ai/DeepSeek-V3.2\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-v3.2\"},{\"equals\":\"deepseek-ai/deepseek-v3.2-fast\"}]},\"prices\":{\"input_mtok\":0.269,\"output_mtok\":0.4}},{\"id\":\"deepseek-ai/DeepSeek-V3.2-Exp\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-v3.2-exp\"},{\"equals\":\"deepseek-ai/deepseek-v3.2-exp-fast\"}]},\"prices\":{\"input_mtok\":0.27,\"output_mtok\":0.41}},{\"id\":\"meta-llama/Llama-3.1-8B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.1-8b-instruct\"},{\"equals\":\"meta-llama/llama-3.1-8b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.02,\"output_mtok\":0.05}},{\"id\":\"meta-llama/Llama-3.3-70B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},{\"equals\":\"meta-llama/llama-3.3-70b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.135,\"output_mtok\":0.4}},{\"id\":\"meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-4-maverick-17b-128e-instruct-fp8\"},{\"equals\":\"meta-llama/llama-4-maverick-17b-128e-instruct-fp8-fast\"}]},\"prices\":{\"input_mtok\":0.27,\"output_mtok\":0.85}},{\"id\":\"meta-llama/Llama-4-Scout-17B-16E-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-4-scout-17b-16e-instruct\"},{\"equals\":\"meta-llama/llama-4-scout-17b-16e-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.59}},{\"id\":\"meta-llama/Meta-Llama-3-70B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/meta-llama-3-70b-instruct\"},{\"equals\":\"meta-llama/meta-llama-3-70b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.51,\"output_mtok\":0.74}},{\"id\":\"meta-llama/Meta-Llama-3-8B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/meta-llama-3-8b-instruct\"},{\"equals\":\"meta-llama/meta-llama-3-8b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.04}},{\"id\":\"moonshotai/Kimi-K2-Instruct\",\"match\":{\"or\":[{\"equals\":\"moonshotai/kimi-k2-instruct\"},{\"equals\":\"moonshotai/kimi-k2-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.57,\"output_mtok\":2.3}},{\"id\":\"moonshotai/Kimi-K2-Instruct-0905\",\"match\":{\"or\":[{\"equals\":\"moonshotai/kimi-k2-instruct-0905\"},{\"equals\":\"moonshotai/kimi-k2-instruct-0905-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.5}},{\"id\":\"moonshotai/Kimi-K2-Thinking\",\"match\":{\"or\":[{\"equals\":\"moonshotai/kimi-k2-thinking\"},{\"equals\":\"moonshotai/kimi-k2-thinking-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.5}},{\"id\":\"moonshotai/Kimi-K2.5\",\"match\":{\"or\":[{\"equals\":\"moonshotai/kimi-k2.5\"},{\"equals\":\"moonshotai/kimi-k2.5-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":3}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-120b\"},{\"equals\":\"openai/gpt-oss-120b-fast\"}]},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.25}},{\"id\":\"openai/gpt-oss-20b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-20b\"},{\"equals\":\"openai/gpt-oss-20b-fast\"}]},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.15}},{\"id\":\"zai-org/AutoGLM-Phone-9B-Multilingual\",\"match\":{\"or\":[{\"equals\":\"zai-org/autoglm-phone-9b-multilingual\"},{\"equals\":\"zai-org/autoglm-phone-9b-multilingual-fast\"}]},\"prices\":{\"input_mtok\":0.035,\"output_mtok\":0.138}},{\"id\":\"zai-org/GLM-4-32B-0414\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4-32b-0414\"},{\"equals\":\"zai-org/glm-4-32b-0414-fast\"}]},\"prices\":{\"input_mtok\":0.55,\"output_mtok\":1.66}},{\"id\":\"zai-org/GLM-4.5\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.5\"},{\"equals\":\"zai-org/glm-4.5-fa",
"st\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.2}},{\"id\":\"zai-org/GLM-4.5-Air\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.5-air\"},{\"equals\":\"zai-org/glm-4.5-air-fast\"}]},\"prices\":{\"input_mtok\":0.13,\"output_mtok\":0.85}},{\"id\":\"zai-org/GLM-4.5V\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.5v\"},{\"equals\":\"zai-org/glm-4.5v-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":1.8}},{\"id\":\"zai-org/GLM-4.6\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.6\"},{\"equals\":\"zai-org/glm-4.6-fast\"}]},\"prices\":{\"input_mtok\":0.55,\"output_mtok\":2.2}},{\"id\":\"zai-org/GLM-4.6V-Flash\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.6v-flash\"},{\"equals\":\"zai-org/glm-4.6v-flash-fast\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.9}},{\"id\":\"zai-org/GLM-4.7\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.7\"},{\"equals\":\"zai-org/glm-4.7-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.2}},{\"id\":\"zai-org/GLM-4.7-Flash\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.7-flash\"},{\"equals\":\"zai-org/glm-4.7-flash-fast\"}]},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.4}},{\"id\":\"zai-org/GLM-5\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-5\"},{\"equals\":\"zai-org/glm-5-fast\"}]},\"prices\":{\"input_mtok\":1,\"output_mtok\":3.2}}]},{\"id\":\"huggingface_nscale\",\"provider_match\":{\"and\":[{\"contains\":\"huggingface\"},{\"contains\":\"nscale\"}]},\"models\":[{\"id\":\"Qwen/QwQ-32B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwq-32b\"},{\"equals\":\"qwen/qwq-32b-fast\"}]},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.2}},{\"id\":\"Qwen/Qwen2.5-Coder-32B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen2.5-coder-32b-instruct\"},{\"equals\":\"qwen/qwen2.5-coder-32b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.2}},{\"id\":\"Qwen/Qwen2.5-Coder-3B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen2.5-coder-3b-instruct\"},{\"equals\":\"qwen/qwen2.5-coder-3b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.01,\"output_mtok\":0.03}},{\"id\":\"Qwen/Qwen2.5-Coder-7B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen2.5-coder-7b-instruct\"},{\"equals\":\"qwen/qwen2.5-coder-7b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.01,\"output_mtok\":0.03}},{\"id\":\"Qwen/Qwen3-14B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-14b\"},{\"equals\":\"qwen/qwen3-14b-fast\"}]},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.2}},{\"id\":\"Qwen/Qwen3-235B-A22B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-235b-a22b\"},{\"equals\":\"qwen/qwen3-235b-a22b-fast\"},{\"equals\":\"qwen/qwen3-235b-a22b-instruct-2507\"},{\"equals\":\"qwen/qwen3-235b-a22b-instruct-2507-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"Qwen/Qwen3-32B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-32b\"},{\"equals\":\"qwen/qwen3-32b-fast\"}]},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.25}},{\"id\":\"Qwen/Qwen3-4B-Instruct-2507\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-4b-instruct-2507\"},{\"equals\":\"qwen/qwen3-4b-instruct-2507-fast\"}]},\"prices\":{\"input_mtok\":0.01,\"output_mtok\":0.03}},{\"id\":\"Qwen/Qwen3-4B-Thinking-2507\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-4b-thinking-2507\"},{\"equals\":\"qwen/qwen3-4b-thinking-2507-fast\"}]},\"prices\":{\"input_mtok\":0.01,\"output_mtok\":0.03}},{\"id\":\"Qwen/Qwen3-8B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-8b\"},{\"equals\":\"qwen/qwen3-8b-fast\"}]},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.18}},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Llama-70B\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1-distill-llama-70b\"},{\"equals\":\"deepseek-ai/deepseek-r1-distill-llama-70b-fast\"}]},\"prices\":{\"input_mtok\":0.75,\"output_mtok\":0.75}},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Llama-8B\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1-distill-llama-8b\"},{\"equals\":\"deepseek-ai/deepseek-r1-distill-llama-8b-fast\"}]},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.05}},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1-distill-qwen-1.5b\"},{\"equals\":\"deepseek-ai/deepseek-r1-distill-qwen-1.5b-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-32B\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1-distill-qwen-32b\"},{\"equals\":\"deepseek-ai/deepseek-r1-distill-qwen-32b-fast\"}]},\"prices\":{\"input_mtok\":0.3,",
"\"output_mtok\":0.3}},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Qwen-7B\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1-distill-qwen-7b\"},{\"equals\":\"deepseek-ai/deepseek-r1-distill-qwen-7b-fast\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"meta-llama/Llama-3.1-8B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.1-8b-instruct\"},{\"equals\":\"meta-llama/llama-3.1-8b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.06}},{\"id\":\"meta-llama/Llama-3.3-70B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},{\"equals\":\"meta-llama/llama-3.3-70b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":0.4}},{\"id\":\"meta-llama/Llama-4-Scout-17B-16E-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-4-scout-17b-16e-instruct\"},{\"equals\":\"meta-llama/llama-4-scout-17b-16e-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.29}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-120b\"},{\"equals\":\"openai/gpt-oss-120b-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.4}},{\"id\":\"openai/gpt-oss-20b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-20b\"},{\"equals\":\"openai/gpt-oss-20b-fast\"}]},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.2}}]},{\"id\":\"huggingface_ovhcloud\",\"provider_match\":{\"and\":[{\"contains\":\"huggingface\"},{\"contains\":\"ovhcloud\"}]},\"models\":[{\"id\":\"Qwen/Qwen2.5-VL-72B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen2.5-vl-72b-instruct\"},{\"equals\":\"qwen/qwen2.5-vl-72b-instruct-fast\"}]},\"prices\":{\"input_mtok\":1.01,\"output_mtok\":1.01}},{\"id\":\"Qwen/Qwen3-32B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-32b\"},{\"equals\":\"qwen/qwen3-32b-fast\"}]},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.25}},{\"id\":\"Qwen/Qwen3-Coder-30B-A3B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-coder-30b-a3b-instruct\"},{\"equals\":\"qwen/qwen3-coder-30b-a3b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.26}},{\"id\":\"meta-llama/Llama-3.1-8B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.1-8b-instruct\"},{\"equals\":\"meta-llama/llama-3.1-8b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.11,\"output_mtok\":0.11}},{\"id\":\"meta-llama/Llama-3.3-70B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},{\"equals\":\"meta-llama/llama-3.3-70b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.74,\"output_mtok\":0.74}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-120b\"},{\"equals\":\"openai/gpt-oss-120b-fast\"}]},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.47}},{\"id\":\"openai/gpt-oss-20b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-20b\"},{\"equals\":\"openai/gpt-oss-20b-fast\"}]},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.18}}]},{\"id\":\"huggingface_publicai\",\"provider_match\":{\"and\":[{\"contains\":\"huggingface\"},{\"contains\":\"publicai\"}]},\"models\":[{\"id\":\"aisingapore/Gemma-SEA-LION-v4-27B-IT\",\"match\":{\"or\":[{\"equals\":\"aisingapore/gemma-sea-lion-v4-27b-it\"},{\"equals\":\"aisingapore/gemma-sea-lion-v4-27b-it-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.4}},{\"id\":\"aisingapore/Qwen-SEA-LION-v4-32B-IT\",\"match\":{\"or\":[{\"equals\":\"aisingapore/qwen-sea-lion-v4-32b-it\"},{\"equals\":\"aisingapore/qwen-sea-lion-v4-32b-it-fast\"}]},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":0.5}},{\"id\":\"allenai/Olmo-3-7B-Instruct\",\"match\":{\"or\":[{\"equals\":\"allenai/olmo-3-7b-instruct\"},{\"equals\":\"allenai/olmo-3-7b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.2}},{\"id\":\"allenai/Olmo-3.1-32B-Instruct\",\"match\":{\"or\":[{\"equals\":\"allenai/olmo-3.1-32b-instruct\"},{\"equals\":\"allenai/olmo-3.1-32b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"dicta-il/DictaLM-3.0-24B-Thinking\",\"match\":{\"or\":[{\"equals\":\"dicta-il/dictalm-3.0-24b-thinking\"},{\"equals\":\"dicta-il/dictalm-3.0-24b-thinking-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.4}},{\"id\":\"swiss-ai/Apertus-70B-Instruct-2509\",\"match\":{\"or\":[{\"equals\":\"swiss-ai/apertus-70b-instruct-2509\"},{\"equals\":\"swiss-ai/apertus-70b-instruct-2509-fast\"}]},\"prices\":{\"input_mtok\":0.82,\"output_mtok\":2.92}},{\"id\":\"swiss-ai/Apertus-8B-Instruct-2509\",\"match",
"\":{\"or\":[{\"equals\":\"swiss-ai/apertus-8b-instruct-2509\"},{\"equals\":\"swiss-ai/apertus-8b-instruct-2509-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.2}},{\"id\":\"utter-project/EuroLLM-22B-Instruct-2512\",\"match\":{\"or\":[{\"equals\":\"utter-project/eurollm-22b-instruct-2512\"},{\"equals\":\"utter-project/eurollm-22b-instruct-2512-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.2}}]},{\"id\":\"huggingface_sambanova\",\"provider_match\":{\"and\":[{\"contains\":\"huggingface\"},{\"contains\":\"sambanova\"}]},\"models\":[{\"id\":\"Qwen/Qwen3-32B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-32b\"},{\"equals\":\"qwen/qwen3-32b-fast\"}]},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":0.8}},{\"id\":\"deepseek-ai/DeepSeek-R1-0528\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1-0528\"},{\"equals\":\"deepseek-ai/deepseek-r1-0528-fast\"}]},\"prices\":{\"input_mtok\":5,\"output_mtok\":7}},{\"id\":\"deepseek-ai/DeepSeek-R1-Distill-Llama-70B\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1-distill-llama-70b\"},{\"equals\":\"deepseek-ai/deepseek-r1-distill-llama-70b-fast\"}]},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":1.4}},{\"id\":\"deepseek-ai/DeepSeek-V3-0324\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-v3-0324\"},{\"equals\":\"deepseek-ai/deepseek-v3-0324-fast\"}]},\"prices\":{\"input_mtok\":3,\"output_mtok\":4.5}},{\"id\":\"meta-llama/Llama-3.1-8B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.1-8b-instruct\"},{\"equals\":\"meta-llama/llama-3.1-8b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.2}},{\"id\":\"meta-llama/Llama-3.3-70B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},{\"equals\":\"meta-llama/llama-3.3-70b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":1.2}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-120b\"},{\"equals\":\"openai/gpt-oss-120b-fast\"}]},\"prices\":{\"input_mtok\":0.22,\"output_mtok\":0.59}},{\"id\":\"tokyotech-llm/Llama-3.3-Swallow-70B-Instruct-v0.4\",\"match\":{\"or\":[{\"equals\":\"tokyotech-llm/llama-3.3-swallow-70b-instruct-v0.4\"},{\"equals\":\"tokyotech-llm/llama-3.3-swallow-70b-instruct-v0.4-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":1.2}}]},{\"id\":\"huggingface_together\",\"provider_match\":{\"and\":[{\"contains\":\"huggingface\"},{\"contains\":\"together\"}]},\"models\":[{\"id\":\"EssentialAI/rnj-1-instruct\",\"match\":{\"or\":[{\"equals\":\"essentialai/rnj-1-instruct\"},{\"equals\":\"essentialai/rnj-1-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"Qwen/Qwen2.5-7B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen2.5-7b-instruct\"},{\"equals\":\"qwen/qwen2.5-7b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"Qwen/Qwen3-235B-A22B-Instruct-2507\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-235b-a22b-instruct-2507\"},{\"equals\":\"qwen/qwen3-235b-a22b-instruct-2507-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"Qwen/Qwen3-Coder-480B-A35B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-coder-480b-a35b-instruct\"},{\"equals\":\"qwen/qwen3-coder-480b-a35b-instruct-fast\"},{\"equals\":\"qwen/qwen3-coder-480b-a35b-instruct-fp8\"},{\"equals\":\"qwen/qwen3-coder-480b-a35b-instruct-fp8-fast\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":2}},{\"id\":\"Qwen/Qwen3-Coder-Next-FP8\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-coder-next-fp8\"},{\"equals\":\"qwen/qwen3-coder-next-fp8-fast\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.2}},{\"id\":\"Qwen/Qwen3-Next-80B-A3B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-next-80b-a3b-instruct\"},{\"equals\":\"qwen/qwen3-next-80b-a3b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":1.5}},{\"id\":\"Qwen/Qwen3-VL-8B-Instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-vl-8b-instruct\"},{\"equals\":\"qwen/qwen3-vl-8b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.18000000000000002,\"output_mtok\":0.68}},{\"id\":\"Qwen/Qwen3.5-397B-A17B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-397b-a17b\"},{\"equals\":\"qwen/qwen3.5-397b-a17b-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":3.6}},{\"id\":\"Qwen/Qwen3.5-9B\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-9b\"},{\"equals\":\"qwen/qwen3.5-9b-fast\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.15}},{\"id\":\"S",
"erviceNow-AI/Apriel-1.6-15b-Thinker\",\"match\":{\"or\":[{\"equals\":\"servicenow-ai/apriel-1.6-15b-thinker\"},{\"equals\":\"servicenow-ai/apriel-1.6-15b-thinker-fast\"}]},\"prices\":{}},{\"id\":\"deepcogito/cogito-671b-v2.1\",\"match\":{\"or\":[{\"equals\":\"deepcogito/cogito-671b-v2.1\"},{\"equals\":\"deepcogito/cogito-671b-v2.1-fast\"},{\"equals\":\"deepcogito/cogito-671b-v2.1-fp8\"},{\"equals\":\"deepcogito/cogito-671b-v2.1-fp8-fast\"}]},\"prices\":{\"input_mtok\":1.25,\"output_mtok\":1.25}},{\"id\":\"deepseek-ai/DeepSeek-R1\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-r1\"},{\"equals\":\"deepseek-ai/deepseek-r1-fast\"},{\"equals\":\"deepseek-ai/deepseek-r1-0528\"},{\"equals\":\"deepseek-ai/deepseek-r1-0528-fast\"}]},\"prices\":{\"input_mtok\":3,\"output_mtok\":7}},{\"id\":\"deepseek-ai/DeepSeek-V3\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-v3\"},{\"equals\":\"deepseek-ai/deepseek-v3-fast\"},{\"equals\":\"deepseek-ai/deepseek-v3-0324\"},{\"equals\":\"deepseek-ai/deepseek-v3-0324-fast\"}]},\"prices\":{\"input_mtok\":1.25,\"output_mtok\":1.25}},{\"id\":\"deepseek-ai/DeepSeek-V3.1\",\"match\":{\"or\":[{\"equals\":\"deepseek-ai/deepseek-v3.1\"},{\"equals\":\"deepseek-ai/deepseek-v3.1-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":1.7}},{\"id\":\"google/gemma-3n-E4B-it\",\"match\":{\"or\":[{\"equals\":\"google/gemma-3n-e4b-it\"},{\"equals\":\"google/gemma-3n-e4b-it-fast\"}]},\"prices\":{\"input_mtok\":0.02,\"output_mtok\":0.04}},{\"id\":\"meta-llama/Llama-3.3-70B-Instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},{\"equals\":\"meta-llama/llama-3.3-70b-instruct-fast\"}]},\"prices\":{\"input_mtok\":0.88,\"output_mtok\":0.88}},{\"id\":\"meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-4-maverick-17b-128e-instruct-fp8\"},{\"equals\":\"meta-llama/llama-4-maverick-17b-128e-instruct-fp8-fast\"}]},\"prices\":{\"input_mtok\":0.27,\"output_mtok\":0.85}},{\"id\":\"moonshotai/Kimi-K2.5\",\"match\":{\"or\":[{\"equals\":\"moonshotai/kimi-k2.5\"},{\"equals\":\"moonshotai/kimi-k2.5-fast\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":2.8}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-120b\"},{\"equals\":\"openai/gpt-oss-120b-fast\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"openai/gpt-oss-20b\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-oss-20b\"},{\"equals\":\"openai/gpt-oss-20b-fast\"}]},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.2}},{\"id\":\"zai-org/GLM-4.5-Air-FP8\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.5-air-fp8\"},{\"equals\":\"zai-org/glm-4.5-air-fp8-fast\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":1.1}},{\"id\":\"zai-org/GLM-4.6\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.6\"},{\"equals\":\"zai-org/glm-4.6-fast\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.2}},{\"id\":\"zai-org/GLM-4.7-FP8\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-4.7-fp8\"},{\"equals\":\"zai-org/glm-4.7-fp8-fast\"}]},\"prices\":{\"input_mtok\":0.45,\"output_mtok\":2}},{\"id\":\"zai-org/GLM-5\",\"match\":{\"or\":[{\"equals\":\"zai-org/glm-5\"},{\"equals\":\"zai-org/glm-5-fast\"}]},\"prices\":{\"input_mtok\":1,\"output_mtok\":3.2}}]},{\"id\":\"minimax\",\"model_match\":{\"or\":[{\"starts_with\":\"MiniMax-M\"},{\"starts_with\":\"minimax-m\"},{\"equals\":\"minimax-01\"},{\"equals\":\"M2-her\"},{\"equals\":\"m2-her\"}]},\"models\":[{\"id\":\"M2-her\",\"match\":{\"or\":[{\"equals\":\"M2-her\"},{\"equals\":\"m2-her\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":1.2}},{\"id\":\"MiniMax-M2\",\"match\":{\"or\":[{\"equals\":\"MiniMax-M2\"},{\"equals\":\"minimax-m2\"},{\"equals\":\"MiniMax-M2.1\"},{\"equals\":\"minimax-m2.1\"},{\"equals\":\"MiniMax-M2.5\"},{\"equals\":\"minimax-m2.5\"}]},\"prices\":{\"input_mtok\":0.3,\"cache_write_mtok\":0.375,\"cache_read_mtok\":0.03,\"output_mtok\":1.2}},{\"id\":\"MiniMax-M2.1-highspeed\",\"match\":{\"or\":[{\"contains\":\"M2.1-highspeed\"},{\"contains\":\"m2.1-highspeed\"}]},\"prices\":{\"input_mtok\":0.6,\"cache_write_mtok\":0.375,\"cache_read_mtok\":0.03,\"output_mtok\":2.4}},{\"id\":\"MiniMax-M2.5-highspeed\",\"match\":{\"or\":[{\"contains\":\"M2.5-highspeed\"},{\"contains\":\"m2.5-highspeed\"}]},\"prices\":{\"input_mtok\":0.6,\"cache_write_mtok\":0.375,\"cache_read_mtok\":0.03,\"output_mtok\":2.4}},{\"id\":\"MiniMax-M2.7\",\"match\":{\"or\":[{\"equals\":\"MiniMax-M2.7\"},{\"equals\":\"minimax-m2.7\"}]},\"prices\":{",
"\"input_mtok\":0.3,\"cache_write_mtok\":0.375,\"cache_read_mtok\":0.06,\"output_mtok\":1.2}},{\"id\":\"MiniMax-M2.7-highspeed\",\"match\":{\"or\":[{\"contains\":\"M2.7-highspeed\"},{\"contains\":\"m2.7-highspeed\"}]},\"prices\":{\"input_mtok\":0.6,\"cache_write_mtok\":0.375,\"cache_read_mtok\":0.06,\"output_mtok\":2.4}},{\"id\":\"minimax-01\",\"match\":{\"equals\":\"minimax-01\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":1.1}},{\"id\":\"minimax-m1\",\"match\":{\"equals\":\"minimax-m1\"},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":2.2}},{\"id\":\"minimax-m3\",\"match\":{\"equals\":\"minimax-m3\"},\"prices\":{\"input_mtok\":{\"base\":0.3,\"tiers\":[{\"start\":512000,\"price\":0.6}]},\"cache_read_mtok\":{\"base\":0.06,\"tiers\":[{\"start\":512000,\"price\":0.12}]},\"output_mtok\":{\"base\":1.2,\"tiers\":[{\"start\":512000,\"price\":2.4}]}}}]},{\"id\":\"mistral\",\"provider_match\":{\"starts_with\":\"mistral\"},\"model_match\":{\"regex\":\"^(\077![^/]+/)(\077:labs-)\077(\077:(\077:mi|code|dev|magi|mini)stral|mixtral|pixtral|voxtral|open-(\077:mistral|mixtral))\"},\"models\":[{\"id\":\"codestral\",\"match\":{\"or\":[{\"equals\":\"codestral-latest\"},{\"equals\":\"codestral-2501\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.9}},{\"id\":\"codestral-2508\",\"match\":{\"equals\":\"codestral-2508\"},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.03,\"output_mtok\":0.9}},{\"id\":\"devstral-2512\",\"match\":{\"equals\":\"devstral-2512\"},\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.04,\"output_mtok\":2}},{\"id\":\"devstral-small\",\"match\":{\"or\":[{\"equals\":\"devstral-small\"},{\"equals\":\"devstral-small-2505\"},{\"equals\":\"devstral-small-2507\"},{\"equals\":\"devstral-small-latest\"},{\"equals\":\"labs-devstral-small-2512\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.3}},{\"id\":\"devstral-small:free\",\"match\":{\"equals\":\"devstral-small:free\"},\"prices\":{}},{\"id\":\"magistral-medium\",\"match\":{\"or\":[{\"starts_with\":\"magistral-medium\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":5}},{\"id\":\"magistral-small\",\"match\":{\"starts_with\":\"magistral-small-\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"ministral-14b-2512\",\"match\":{\"equals\":\"ministral-14b-2512\"},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.02,\"output_mtok\":0.2}},{\"id\":\"ministral-3b\",\"match\":{\"equals\":\"ministral-3b\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.04}},{\"id\":\"ministral-3b-2512\",\"match\":{\"equals\":\"ministral-3b-2512\"},\"prices\":{\"input_mtok\":0.1,\"cache_read_mtok\":0.01,\"output_mtok\":0.1}},{\"id\":\"ministral-8b\",\"match\":{\"or\":[{\"equals\":\"ministral-8b\"},{\"equals\":\"ministral-8b-2410\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"ministral-8b-2512\",\"match\":{\"equals\":\"ministral-8b-2512\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.015,\"output_mtok\":0.15}},{\"id\":\"ministral-8b-latest\",\"match\":{\"equals\":\"ministral-8b-latest\"},\"prices\":[{\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"constraint\":{\"start_date\":\"2025-12-02\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.015,\"output_mtok\":0.15}}]},{\"id\":\"mistral-7b\",\"match\":{\"or\":[{\"equals\":\"mistral-7b\"},{\"equals\":\"open-mistral-7b\"}]},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":0.25}},{\"id\":\"mistral-embed\",\"match\":{\"equals\":\"mistral-embed\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"mistral-large\",\"match\":{\"or\":[{\"equals\":\"mistral-large\"},{\"equals\":\"mistral-large-latest\"},{\"equals\":\"mistral-large-2407\"},{\"equals\":\"mistral-large-2411\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":6}},{\"id\":\"mistral-large-2512\",\"match\":{\"equals\":\"mistral-large-2512\"},\"prices\":{\"input_mtok\":0.5,\"cache_read_mtok\":0.05,\"output_mtok\":1.5}},{\"id\":\"mistral-medium-2312\",\"match\":{\"equals\":\"mistral-medium-2312\"},\"prices\":{\"input_mtok\":2.7,\"output_mtok\":8.1}},{\"id\":\"mistral-medium-3-1\",\"match\":{\"or\":[{\"equals\":\"mistral-medium\"},{\"equals\":\"mistral-medium-2505\"},{\"equals\":\"mistral-medium-2508\"}]},\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.04,\"output_mtok\":2}},{\"id\":\"mistral-medium-3-5\",\"match\":{\"or\":[{\"equals\":\"mistral-medium-3.5\"},{\"equals\":\"mistral-medium-3-5\"},{\"equals\":\"mistral-medium-3\"}]},\"prices\":{\"input_mtok\":1.5,\"cache_read_mtok\":0.15,\"output_mtok\":7.5}},{\"id\":\"mistral-medium-latest\",\"match\":{\"equals\":",
"\"mistral-medium-latest\"},\"prices\":[{\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.04,\"output_mtok\":2}},{\"constraint\":{\"start_date\":\"2026-06-16\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":1.5,\"cache_read_mtok\":0.15,\"output_mtok\":7.5}}]},{\"id\":\"mistral-nemo\",\"match\":{\"or\":[{\"equals\":\"mistral-nemo\"},{\"equals\":\"open-mistral-nemo\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"mistral-nemo:free\",\"match\":{\"equals\":\"mistral-nemo:free\"},\"prices\":{}},{\"id\":\"mistral-ocr-2503\",\"match\":{\"or\":[{\"equals\":\"mistral-ocr-2503\"},{\"equals\":\"mistral-ocr-2503-completion\"}]},\"prices\":{}},{\"id\":\"mistral-ocr-2505\",\"match\":{\"or\":[{\"equals\":\"mistral-ocr-2505\"},{\"equals\":\"mistral-ocr-2505-completion\"}]},\"prices\":{}},{\"id\":\"mistral-ocr-2512\",\"match\":{\"or\":[{\"equals\":\"mistral-ocr-2512\"},{\"equals\":\"mistral-ocr-2512-completion\"}]},\"prices\":{}},{\"id\":\"mistral-ocr-4-0\",\"match\":{\"or\":[{\"equals\":\"mistral-ocr-4-0\"},{\"equals\":\"mistral-ocr-4-0-completion\"}]},\"prices\":{}},{\"id\":\"mistral-ocr-4-1\",\"match\":{\"or\":[{\"equals\":\"mistral-ocr-4\"},{\"equals\":\"mistral-ocr-4-completion\"},{\"equals\":\"mistral-ocr-4-1\"},{\"equals\":\"mistral-ocr-4-1-completion\"}]},\"prices\":{}},{\"id\":\"mistral-ocr-latest\",\"match\":{\"or\":[{\"equals\":\"mistral-ocr-latest\"},{\"equals\":\"mistral-ocr-latest-completion\"}]},\"prices\":[{\"prices\":{}},{\"constraint\":{\"start_date\":\"2025-05-22\",\"type\":\"start_date\"},\"prices\":{}},{\"constraint\":{\"start_date\":\"2025-12-18\",\"type\":\"start_date\"},\"prices\":{}},{\"constraint\":{\"start_date\":\"2026-06-23\",\"type\":\"start_date\"},\"prices\":{}}]},{\"id\":\"mistral-saba\",\"match\":{\"or\":[{\"equals\":\"mistral-saba\"},{\"equals\":\"mistral-saba-latest\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"mistral-small-24b-instruct-2501\",\"match\":{\"equals\":\"mistral-small-24b-instruct-2501\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.08}},{\"id\":\"mistral-small-24b-instruct-2501:free\",\"match\":{\"equals\":\"mistral-small-24b-instruct-2501:free\"},\"prices\":{}},{\"id\":\"mistral-small-2603\",\"match\":{\"equals\":\"mistral-small-2603\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.015,\"output_mtok\":0.6}},{\"id\":\"mistral-small-3.1-24b-instruct\",\"match\":{\"equals\":\"mistral-small-3.1-24b-instruct\"},\"prices\":{\"input_mtok\":0.351,\"output_mtok\":0.555}},{\"id\":\"mistral-small-3.2-24b-instruct\",\"match\":{\"equals\":\"mistral-small-3.2-24b-instruct\"},\"prices\":{\"input_mtok\":0.075,\"output_mtok\":0.2}},{\"id\":\"mistral-small-latest\",\"match\":{\"equals\":\"mistral-small-latest\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.3}},{\"id\":\"mistral-tiny\",\"match\":{\"equals\":\"mistral-tiny\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":0.25}},{\"id\":\"mixtral-8x22b-instruct\",\"match\":{\"equals\":\"mixtral-8x22b-instruct\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"mixtral-8x7b\",\"match\":{\"or\":[{\"starts_with\":\"mixtral-8x7b\"},{\"equals\":\"open-mixtral-8x7b\"}]},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":0.7}},{\"id\":\"pixtral-12b\",\"match\":{\"or\":[{\"equals\":\"pixtral-12b\"},{\"equals\":\"pixtral-12b-latest\"}]},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"pixtral-large\",\"match\":{\"or\":[{\"equals\":\"pixtral-large-latest\"},{\"equals\":\"pixtral-large-2411\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":6}},{\"id\":\"voxtral-mini-2602\",\"match\":{\"or\":[{\"equals\":\"voxtral-mini-latest\"},{\"equals\":\"voxtral-mini-2602\"}]},\"prices\":{}},{\"id\":\"voxtral-small-24b-2507\",\"match\":{\"or\":[{\"equals\":\"voxtral-small-24b-2507\"},{\"equals\":\"voxtral-small-2507\"},{\"equals\":\"voxtral-small-latest\"}]},\"prices\":[{\"prices\":{\"input_mtok\":0.1,\"cache_read_mtok\":0.01,\"output_mtok\":0.3}},{\"constraint\":{\"start_date\":\"2026-08-11\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":0.1,\"cache_read_mtok\":0.01,\"output_mtok\":0.4}}]}]},{\"id\":\"modal\",\"provider_match\":{\"contains\":\"modal\"},\"models\":[{\"id\":\"moonshotai/Kimi-K3\",\"match\":{\"equals\":\"moonshotai/Kimi-K3\"},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"thinkingmachines/Inkling-NVFP4\",\"match\":{\"equals\":\"thinkingmachines/Inkling-NVFP4\"},\"prices\":{\"input_mtok\":1.2,\"cache_read_mtok\":0.27,\"output_mtok\":5}}]},{\"id\":\"moonshotai\",\"provider_matc",
"h\":{\"contains\":\"moonshot\"},\"model_match\":{\"or\":[{\"starts_with\":\"kimi\"},{\"starts_with\":\"moonshot\"}]},\"models\":[{\"id\":\"kimi-k2\",\"match\":{\"equals\":\"kimi-k2\"},\"prices\":{\"input_mtok\":0.57,\"output_mtok\":2.3}},{\"id\":\"kimi-k2-0711-preview\",\"match\":{\"equals\":\"kimi-k2-0711-preview\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.15,\"output_mtok\":2.5}},{\"id\":\"kimi-k2-0905-preview\",\"match\":{\"equals\":\"kimi-k2-0905-preview\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.15,\"output_mtok\":2.5}},{\"id\":\"kimi-k2-thinking\",\"match\":{\"equals\":\"kimi-k2-thinking\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.15,\"output_mtok\":2.5}},{\"id\":\"kimi-k2-thinking-turbo\",\"match\":{\"equals\":\"kimi-k2-thinking-turbo\"},\"prices\":{\"input_mtok\":1.15,\"cache_read_mtok\":0.15,\"output_mtok\":8}},{\"id\":\"kimi-k2-turbo-preview\",\"match\":{\"starts_with\":\"kimi-k2-turbo\"},\"prices\":{\"input_mtok\":1.15,\"cache_read_mtok\":0.15,\"output_mtok\":8}},{\"id\":\"kimi-k2.5\",\"match\":{\"starts_with\":\"kimi-k2.5\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.1,\"output_mtok\":3}},{\"id\":\"kimi-k2.6\",\"match\":{\"starts_with\":\"kimi-k2.6\"},\"prices\":{\"input_mtok\":0.95,\"cache_read_mtok\":0.16,\"output_mtok\":4}},{\"id\":\"kimi-k2.7-code\",\"match\":{\"equals\":\"kimi-k2.7-code\"},\"prices\":{\"input_mtok\":0.95,\"cache_read_mtok\":0.19,\"output_mtok\":4}},{\"id\":\"kimi-k2.7-code-highspeed\",\"match\":{\"equals\":\"kimi-k2.7-code-highspeed\"},\"prices\":{\"input_mtok\":1.9,\"cache_read_mtok\":0.38,\"output_mtok\":8}},{\"id\":\"kimi-k3\",\"match\":{\"equals\":\"kimi-k3\"},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"moonshot-v1-128k\",\"match\":{\"or\":[{\"equals\":\"moonshot-v1-128k\"},{\"equals\":\"moonshot-v1-128k-vision-preview\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":5}},{\"id\":\"moonshot-v1-32k\",\"match\":{\"or\":[{\"equals\":\"moonshot-v1-32k\"},{\"equals\":\"moonshot-v1-32k-vision-preview\"}]},\"prices\":{\"input_mtok\":1,\"output_mtok\":3}},{\"id\":\"moonshot-v1-8k\",\"match\":{\"or\":[{\"equals\":\"moonshot-v1-8k\"},{\"equals\":\"moonshot-v1-8k-vision-preview\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":2}}]},{\"id\":\"novita\",\"models\":[{\"id\":\"Sao10K/L3-8B-Stheno-v3.2\",\"match\":{\"equals\":\"Sao10K/L3-8B-Stheno-v3.2\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.05}},{\"id\":\"cognitivecomputations/dolphin-mixtral-8x22b\",\"match\":{\"equals\":\"cognitivecomputations/dolphin-mixtral-8x22b\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"deepseek/deepseek-r1\",\"match\":{\"equals\":\"deepseek/deepseek-r1\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":4}},{\"id\":\"deepseek/deepseek-r1-distill-llama-70b\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-llama-70b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"deepseek/deepseek-r1-distill-llama-8b\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-llama-8b\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.04}},{\"id\":\"deepseek/deepseek-r1-distill-qwen-14b\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-qwen-14b\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"deepseek/deepseek-r1-distill-qwen-32b\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-qwen-32b\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"deepseek/deepseek_v3\",\"match\":{\"equals\":\"deepseek/deepseek_v3\"},\"prices\":{\"input_mtok\":0.89,\"output_mtok\":0.89}},{\"id\":\"google/gemma-2-9b-it\",\"match\":{\"equals\":\"google/gemma-2-9b-it\"},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.08}},{\"id\":\"gryphe/mythomax-l2-13b\",\"match\":{\"equals\":\"gryphe/mythomax-l2-13b\"},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.09}},{\"id\":\"jondurbin/airoboros-l2-70b\",\"match\":{\"equals\":\"jondurbin/airoboros-l2-70b\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.5}},{\"id\":\"meta-llama/llama-3-70b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3-70b-instruct\"},\"prices\":{\"input_mtok\":0.51,\"output_mtok\":0.74}},{\"id\":\"meta-llama/llama-3-8b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3-8b-instruct\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.04}},{\"id\":\"meta-llama/llama-3.1-70b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.1-70b-instruct\"},\"prices\":{\"input_mtok\":0.34,\"output_mtok\":0.39}},{\"id\":\"meta-llama/llama-3.1",
"-8b-instruct\",\"match\":{\"or\":[{\"equals\":\"meta-llama/llama-3.1-8b-instruct\"},{\"equals\":\"meta-llama/llama-3.1-8b-instruct-max\"}]},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.05}},{\"id\":\"meta-llama/llama-3.1-8b-instruct-bf16\",\"match\":{\"equals\":\"meta-llama/llama-3.1-8b-instruct-bf16\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.06}},{\"id\":\"meta-llama/llama-3.2-11b-vision-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.2-11b-vision-instruct\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.06}},{\"id\":\"meta-llama/llama-3.2-1b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.2-1b-instruct\"},\"prices\":{\"input_mtok\":0.02,\"output_mtok\":0.02}},{\"id\":\"meta-llama/llama-3.2-3b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.2-3b-instruct\"},\"prices\":{\"input_mtok\":0.03,\"output_mtok\":0.05}},{\"id\":\"meta-llama/llama-3.3-70b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},\"prices\":{\"input_mtok\":0.39,\"output_mtok\":0.39}},{\"id\":\"microsoft/wizardlm-2-8x22b\",\"match\":{\"equals\":\"microsoft/wizardlm-2-8x22b\"},\"prices\":{\"input_mtok\":0.62,\"output_mtok\":0.62}},{\"id\":\"mistralai/mistral-7b-instruct\",\"match\":{\"equals\":\"mistralai/mistral-7b-instruct\"},\"prices\":{\"input_mtok\":0.059,\"output_mtok\":0.059}},{\"id\":\"mistralai/mistral-nemo\",\"match\":{\"equals\":\"mistralai/mistral-nemo\"},\"prices\":{\"input_mtok\":0.17,\"output_mtok\":0.17}},{\"id\":\"nousresearch/hermes-2-pro-llama-3-8b\",\"match\":{\"equals\":\"nousresearch/hermes-2-pro-llama-3-8b\"},\"prices\":{\"input_mtok\":0.14,\"output_mtok\":0.14}},{\"id\":\"nousresearch/nous-hermes-llama2-13b\",\"match\":{\"equals\":\"nousresearch/nous-hermes-llama2-13b\"},\"prices\":{\"input_mtok\":0.17,\"output_mtok\":0.17}},{\"id\":\"openchat/openchat-7b\",\"match\":{\"equals\":\"openchat/openchat-7b\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.06}},{\"id\":\"qwen/qwen-2-7b-instruct\",\"match\":{\"equals\":\"qwen/qwen-2-7b-instruct\"},\"prices\":{\"input_mtok\":0.054,\"output_mtok\":0.054}},{\"id\":\"qwen/qwen-2-vl-72b-instruct\",\"match\":{\"equals\":\"qwen/qwen-2-vl-72b-instruct\"},\"prices\":{\"input_mtok\":0.45,\"output_mtok\":0.45}},{\"id\":\"qwen/qwen-2.5-72b-instruct\",\"match\":{\"equals\":\"qwen/qwen-2.5-72b-instruct\"},\"prices\":{\"input_mtok\":0.38,\"output_mtok\":0.4}},{\"id\":\"sao10k/l3-70b-euryale-v2.1\",\"match\":{\"equals\":\"sao10k/l3-70b-euryale-v2.1\"},\"prices\":{\"input_mtok\":1.48,\"output_mtok\":1.48}},{\"id\":\"sao10k/l3-8b-lunaris\",\"match\":{\"equals\":\"sao10k/l3-8b-lunaris\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.05}},{\"id\":\"sao10k/l31-70b-euryale-v2.2\",\"match\":{\"equals\":\"sao10k/l31-70b-euryale-v2.2\"},\"prices\":{\"input_mtok\":1.48,\"output_mtok\":1.48}},{\"id\":\"sophosympatheia/midnight-rose-70b\",\"match\":{\"equals\":\"sophosympatheia/midnight-rose-70b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"teknium/openhermes-2.5-mistral-7b\",\"match\":{\"equals\":\"teknium/openhermes-2.5-mistral-7b\"},\"prices\":{\"input_mtok\":0.17,\"output_mtok\":0.17}}]},{\"id\":\"openai\",\"provider_match\":{\"contains\":\"openai\"},\"model_match\":{\"or\":[{\"starts_with\":\"gpt-\"},{\"equals\":\"whisper-1\"},{\"regex\":\"^o[134]\"}]},\"models\":[{\"id\":\"ada\",\"match\":{\"or\":[{\"equals\":\"ada\"},{\"equals\":\"text-ada-001\"}]},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":0.4}},{\"id\":\"babbage\",\"match\":{\"equals\":\"babbage\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.5}},{\"id\":\"chatgpt-4o-latest\",\"match\":{\"equals\":\"chatgpt-4o-latest\"},\"prices\":{\"input_mtok\":5,\"output_mtok\":15}},{\"id\":\"codex-mini\",\"match\":{\"or\":[{\"equals\":\"codex-mini\"},{\"equals\":\"codex-mini-latest\"}]},\"prices\":{\"input_mtok\":1.5,\"cache_read_mtok\":0.375,\"output_mtok\":6}},{\"id\":\"computer-use\",\"match\":{\"starts_with\":\"computer-use\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":12}},{\"id\":\"curie\",\"match\":{\"or\":[{\"equals\":\"curie\"},{\"equals\":\"text-curie-001\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":2}},{\"id\":\"davinci\",\"match\":{\"or\":[{\"equals\":\"davinci\"},{\"equals\":\"text-davinci-001\"}]},\"prices\":{\"input_mtok\":20,\"output_mtok\":20}},{\"id\":\"ft:gpt-3.5-turbo-\",\"match\":{\"starts_with\":\"ft:gpt-3.5-turbo\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":6}},{\"id\":\"ft:gpt-4o\",\"match\":{\"starts_with\":\"ft:gpt-4o-2024-\"},\"prices\":{\"input_mtok\":3.75,",
"\"output_mtok\":15}},{\"id\":\"ft:gpt-4o-mini\",\"match\":{\"starts_with\":\"ft:gpt-4o-mini-2024-\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":1.2}},{\"id\":\"gpt-3.5-0301\",\"match\":{\"or\":[{\"equals\":\"gpt-3.5-turbo-0301\"},{\"equals\":\"gpt-3.5-0301\"}]},\"prices\":{\"input_mtok\":1.5,\"output_mtok\":2}},{\"id\":\"gpt-3.5-turbo\",\"match\":{\"or\":[{\"equals\":\"gpt-3.5-turbo\"},{\"equals\":\"gpt-35-turbo\"},{\"equals\":\"gpt-3.5-turbo-0125\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"gpt-3.5-turbo-0613\",\"match\":{\"equals\":\"gpt-3.5-turbo-0613\"},\"prices\":{\"input_mtok\":1.5,\"output_mtok\":2}},{\"id\":\"gpt-3.5-turbo-1106\",\"match\":{\"equals\":\"gpt-3.5-turbo-1106\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":2}},{\"id\":\"gpt-3.5-turbo-16k\",\"match\":{\"or\":[{\"equals\":\"gpt-3.5-turbo-16k\"},{\"equals\":\"gpt-3.5-turbo-16k-0613\"},{\"equals\":\"gpt-35-turbo-16k-0613\"},{\"equals\":\"gpt-35-turbo-16k\"}]},\"prices\":{\"input_mtok\":3,\"output_mtok\":4}},{\"id\":\"gpt-3.5-turbo-instruct\",\"match\":{\"or\":[{\"starts_with\":\"gpt-3.5-turbo-instruct\"},{\"equals\":\"gpt-3.5-turbo-instruct-0914\"}]},\"prices\":{\"input_mtok\":1.5,\"output_mtok\":2}},{\"id\":\"gpt-4\",\"match\":{\"or\":[{\"equals\":\"gpt-4\"},{\"equals\":\"gpt-4-0314\"},{\"equals\":\"gpt-4-0613\"},{\"starts_with\":\"ft:gpt-4-0\"}]},\"prices\":{\"input_mtok\":30,\"output_mtok\":60}},{\"id\":\"gpt-4-32k\",\"match\":{\"or\":[{\"equals\":\"gpt-4-32k\"},{\"equals\":\"gpt-4-32k-0314\"},{\"equals\":\"gpt-4-32k-0613\"}]},\"prices\":{\"input_mtok\":60,\"output_mtok\":120}},{\"id\":\"gpt-4-turbo\",\"match\":{\"or\":[{\"equals\":\"gpt-4-turbo\"},{\"equals\":\"gpt-4-turbo-2024-04-09\"},{\"equals\":\"gpt-4-turbo-0125-preview\"},{\"equals\":\"gpt-4-0125-preview\"},{\"equals\":\"gpt-4-1106-preview\"},{\"equals\":\"gpt-4-turbo-preview\"}]},\"prices\":{\"input_mtok\":10,\"output_mtok\":30}},{\"id\":\"gpt-4-vision-preview\",\"match\":{\"or\":[{\"equals\":\"gpt-4-vision-preview\"},{\"equals\":\"gpt-4-1106-vision-preview\"}]},\"prices\":{\"input_mtok\":10,\"output_mtok\":30}},{\"id\":\"gpt-4.1\",\"match\":{\"or\":[{\"equals\":\"gpt-4.1\"},{\"equals\":\"gpt-4.1-2025-04-14\"}]},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.5,\"output_mtok\":8}},{\"id\":\"gpt-4.1-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-4.1-mini\"},{\"equals\":\"gpt-4.1-mini-2025-04-14\"}]},\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.1,\"output_mtok\":1.6}},{\"id\":\"gpt-4.1-nano\",\"match\":{\"or\":[{\"equals\":\"gpt-4.1-nano\"},{\"equals\":\"gpt-4.1-nano-2025-04-14\"}]},\"prices\":{\"input_mtok\":0.1,\"cache_read_mtok\":0.025,\"output_mtok\":0.4}},{\"id\":\"gpt-4.5-preview\",\"match\":{\"starts_with\":\"gpt-4.5-preview\"},\"prices\":{\"input_mtok\":75,\"cache_read_mtok\":37.5,\"output_mtok\":150}},{\"id\":\"gpt-4o\",\"match\":{\"or\":[{\"equals\":\"gpt-4o\"},{\"equals\":\"gpt-4o-2024-08-06\"},{\"equals\":\"gpt-4o-2024-11-20\"}]},\"prices\":{\"input_mtok\":2.5,\"cache_read_mtok\":1.25,\"output_mtok\":10}},{\"id\":\"gpt-4o-2024-05-13\",\"match\":{\"equals\":\"gpt-4o-2024-05-13\"},\"prices\":{\"input_mtok\":5,\"output_mtok\":15}},{\"id\":\"gpt-4o-audio-preview\",\"match\":{\"starts_with\":\"gpt-4o-audio-preview\"},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"gpt-4o-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-4o-mini\"},{\"equals\":\"gpt-4o-mini-2024-07-18\"},{\"equals\":\"gpt-4o-mini-search-preview\"},{\"equals\":\"gpt-4o-mini-search-preview-2025-03-11\"}]},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.075,\"output_mtok\":0.6}},{\"id\":\"gpt-4o-mini-2024-07-18.ft-\",\"match\":{\"starts_with\":\"gpt-4o-mini-2024-07-18.ft-\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":1.2}},{\"id\":\"gpt-4o-mini-audio-preview\",\"match\":{\"starts_with\":\"gpt-4o-mini-audio\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"gpt-4o-mini-realtime-preview\",\"match\":{\"starts_with\":\"gpt-4o-mini-realtime\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.3,\"output_mtok\":2.4}},{\"id\":\"gpt-4o-mini-transcribe\",\"match\":{\"equals\":\"gpt-4o-mini-transcribe\"},\"prices\":{\"input_mtok\":1.25,\"output_mtok\":5}},{\"id\":\"gpt-4o-mini-tts\",\"match\":{\"equals\":\"gpt-4o-mini-tts\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":12}},{\"id\":\"gpt-4o-realtime-preview\",\"match\":{\"starts_with\":\"gpt-4o-realtime\"},\"prices\":{\"input_mtok\":5,\"cache_read_mtok\":2.5,\"output_mtok\":20}},{\"id\":\"gpt-4o-search-preview\",\"match\":{\"or\":[{\"equals\":\"gpt-4o-search-preview\"",
"},{\"equals\":\"gpt-4o-search-preview-2025-03-11\"}]},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"gpt-4o-transcribe\",\"match\":{\"or\":[{\"equals\":\"gpt-4o-transcribe\"},{\"equals\":\"gpt-4o-transcribe-diarize\"}]},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"gpt-4o:extended\",\"match\":{\"equals\":\"gpt-4o:extended\"},\"prices\":{\"input_mtok\":6,\"output_mtok\":18}},{\"id\":\"gpt-5\",\"match\":{\"or\":[{\"equals\":\"gpt-5\"},{\"equals\":\"gpt-5-2025-08-07\"},{\"equals\":\"gpt-5-chat\"},{\"equals\":\"gpt-5-chat-latest\"},{\"equals\":\"gpt-5-codex\"}]},\"prices\":{\"input_mtok\":1.25,\"cache_read_mtok\":0.125,\"output_mtok\":10}},{\"id\":\"gpt-5-image\",\"match\":{\"equals\":\"gpt-5-image\"},\"prices\":{\"input_mtok\":10,\"cache_read_mtok\":1.25,\"output_mtok\":10}},{\"id\":\"gpt-5-image-mini\",\"match\":{\"equals\":\"gpt-5-image-mini\"},\"prices\":{\"input_mtok\":2.5,\"cache_read_mtok\":0.25,\"output_mtok\":2}},{\"id\":\"gpt-5-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-5-mini\"},{\"equals\":\"gpt-5-mini-2025-08-07\"}]},\"prices\":{\"input_mtok\":0.25,\"cache_read_mtok\":0.025,\"output_mtok\":2}},{\"id\":\"gpt-5-nano\",\"match\":{\"or\":[{\"equals\":\"gpt-5-nano\"},{\"starts_with\":\"gpt-5-nano-\"}]},\"prices\":{\"input_mtok\":0.05,\"cache_read_mtok\":0.005,\"output_mtok\":0.4}},{\"id\":\"gpt-5-pro\",\"match\":{\"or\":[{\"equals\":\"gpt-5-pro\"},{\"equals\":\"gpt-5-pro-2025-10-06\"}]},\"prices\":{\"input_mtok\":15,\"output_mtok\":120}},{\"id\":\"gpt-5.1\",\"match\":{\"or\":[{\"equals\":\"gpt-5.1\"},{\"equals\":\"gpt-5.1-2025-11-13\"},{\"equals\":\"gpt-5.1-codex\"},{\"equals\":\"gpt-5.1-codex-max\"},{\"equals\":\"gpt-5.1-chat\"},{\"equals\":\"gpt-5.1-chat-latest\"},{\"equals\":\"gpt-5-1\"},{\"equals\":\"gpt-5-1-2025-11-13\"},{\"equals\":\"gpt-5-1-codex\"},{\"equals\":\"gpt-5-1-codex-max\"},{\"equals\":\"gpt-5-1-chat\"},{\"equals\":\"gpt-5-1-chat-latest\"}]},\"prices\":{\"input_mtok\":1.25,\"cache_read_mtok\":0.125,\"output_mtok\":10}},{\"id\":\"gpt-5.1-codex-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-5.1-codex-mini\"},{\"equals\":\"gpt-5.1-mini\"},{\"equals\":\"gpt-5-1-codex-mini\"},{\"equals\":\"gpt-5-1-mini\"}]},\"prices\":{\"input_mtok\":0.25,\"cache_read_mtok\":0.025,\"output_mtok\":2}},{\"id\":\"gpt-5.2\",\"match\":{\"or\":[{\"equals\":\"gpt-5.2\"},{\"equals\":\"gpt-5.2-2025-12-11\"},{\"equals\":\"gpt-5-2\"},{\"equals\":\"gpt-5-2-2025-12-11\"},{\"equals\":\"gpt-5.2-chat\"},{\"equals\":\"gpt-5.2-chat-latest\"},{\"equals\":\"gpt-5-2-chat\"},{\"equals\":\"gpt-5-2-chat-latest\"},{\"equals\":\"gpt-5.2-codex\"},{\"equals\":\"gpt-5-2-codex\"}]},\"prices\":{\"input_mtok\":1.75,\"cache_read_mtok\":0.175,\"output_mtok\":14}},{\"id\":\"gpt-5.2-pro\",\"match\":{\"or\":[{\"equals\":\"gpt-5.2-pro\"},{\"equals\":\"gpt-5.2-pro-2025-12-11\"},{\"equals\":\"gpt-5-2-pro-2025-12-11\"}]},\"prices\":{\"input_mtok\":21,\"output_mtok\":168}},{\"id\":\"gpt-5.3\",\"match\":{\"or\":[{\"equals\":\"gpt-5.3\"},{\"equals\":\"gpt-5-3\"},{\"equals\":\"gpt-5.3-chat\"},{\"equals\":\"gpt-5.3-chat-latest\"},{\"equals\":\"gpt-5-3-chat\"},{\"equals\":\"gpt-5-3-chat-latest\"}]},\"prices\":{\"input_mtok\":1.75,\"cache_read_mtok\":0.175,\"output_mtok\":14}},{\"id\":\"gpt-5.3-codex\",\"match\":{\"or\":[{\"equals\":\"gpt-5.3-codex\"},{\"equals\":\"gpt-5-3-codex\"}]},\"prices\":{\"input_mtok\":1.75,\"cache_read_mtok\":0.175,\"output_mtok\":14}},{\"id\":\"gpt-5.4\",\"match\":{\"or\":[{\"equals\":\"gpt-5.4\"},{\"equals\":\"gpt-5.4-2026-03-05\"},{\"equals\":\"gpt-5-4\"},{\"equals\":\"gpt-5-4-2026-03-05\"}]},\"prices\":{\"input_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":271999,\"price\":5}]},\"cache_read_mtok\":{\"base\":0.25,\"tiers\":[{\"start\":271999,\"price\":0.5}]},\"output_mtok\":{\"base\":15,\"tiers\":[{\"start\":271999,\"price\":22.5}]}}},{\"id\":\"gpt-5.4-image-2\",\"match\":{\"equals\":\"gpt-5.4-image-2\"},\"prices\":{\"input_mtok\":8,\"cache_read_mtok\":2,\"output_mtok\":15}},{\"id\":\"gpt-5.4-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-5.4-mini\"},{\"equals\":\"gpt-5.4-mini-2026-03-17\"},{\"equals\":\"gpt-5-4-mini\"},{\"equals\":\"gpt-5-4-mini-2026-03-17\"}]},\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":4.5}},{\"id\":\"gpt-5.4-nano\",\"match\":{\"or\":[{\"equals\":\"gpt-5.4-nano\"},{\"equals\":\"gpt-5.4-nano-2026-03-17\"},{\"equals\":\"gpt-5-4-nano\"},{\"equals\":\"gpt-5-4-nano-2026-03-17\"}]},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.02,\"output_mtok\":1.25}},{\"id\":\"gpt-5.4-pro\",\"match\":{\"or\":[{\"equals\":\"gpt-5.4-pro\"},{\"equals\":\"gpt-5.4-pr",
"o-2026-03-05\"},{\"equals\":\"gpt-5-4-pro\"},{\"equals\":\"gpt-5-4-pro-2026-03-05\"}]},\"prices\":{\"input_mtok\":{\"base\":30,\"tiers\":[{\"start\":271999,\"price\":60}]},\"output_mtok\":{\"base\":180,\"tiers\":[{\"start\":271999,\"price\":270}]}}},{\"id\":\"gpt-5.5\",\"match\":{\"or\":[{\"equals\":\"gpt-5.5\"},{\"equals\":\"gpt-5.5-2026-04-23\"},{\"equals\":\"gpt-5.5-2026-04-24\"},{\"equals\":\"gpt-5-5\"},{\"equals\":\"gpt-5-5-2026-04-23\"},{\"equals\":\"gpt-5-5-2026-04-24\"},{\"equals\":\"gpt-5.5-chat\"},{\"equals\":\"gpt-5.5-chat-latest\"},{\"equals\":\"gpt-5-5-chat\"},{\"equals\":\"gpt-5-5-chat-latest\"},{\"equals\":\"gpt-5.5-codex\"},{\"equals\":\"gpt-5-5-codex\"}]},\"prices\":{\"input_mtok\":{\"base\":5,\"tiers\":[{\"start\":271999,\"price\":10}]},\"cache_read_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":271999,\"price\":1}]},\"output_mtok\":{\"base\":30,\"tiers\":[{\"start\":271999,\"price\":45}]}}},{\"id\":\"gpt-5.5-pro\",\"match\":{\"or\":[{\"equals\":\"gpt-5.5-pro\"},{\"equals\":\"gpt-5.5-pro-2026-04-23\"},{\"equals\":\"gpt-5-5-pro\"},{\"equals\":\"gpt-5-5-pro-2026-04-23\"}]},\"prices\":{\"input_mtok\":{\"base\":30,\"tiers\":[{\"start\":271999,\"price\":60}]},\"output_mtok\":{\"base\":180,\"tiers\":[{\"start\":271999,\"price\":270}]}}},{\"id\":\"gpt-5.6-luna\",\"match\":{\"or\":[{\"equals\":\"gpt-5.6-luna\"},{\"equals\":\"gpt-5-6-luna\"},{\"regex\":\"^gpt-5\\\\.6-luna-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"},{\"regex\":\"^gpt-5-6-luna-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":[{\"prices\":{\"input_mtok\":{\"base\":1,\"tiers\":[{\"start\":271999,\"price\":2}]},\"cache_write_mtok\":{\"base\":1.25,\"tiers\":[{\"start\":271999,\"price\":2.5}]},\"cache_read_mtok\":{\"base\":0.1,\"tiers\":[{\"start\":271999,\"price\":0.2}]},\"output_mtok\":{\"base\":6,\"tiers\":[{\"start\":271999,\"price\":9}]}}},{\"constraint\":{\"start_date\":\"2026-07-30\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":271999,\"price\":0.4}]},\"cache_write_mtok\":{\"base\":0.25,\"tiers\":[{\"start\":271999,\"price\":0.5}]},\"cache_read_mtok\":{\"base\":0.02,\"tiers\":[{\"start\":271999,\"price\":0.04}]},\"output_mtok\":{\"base\":1.2,\"tiers\":[{\"start\":271999,\"price\":1.8}]}}}]},{\"id\":\"gpt-5.6-sol\",\"match\":{\"or\":[{\"equals\":\"gpt-5.6-sol\"},{\"equals\":\"gpt-5-6-sol\"},{\"equals\":\"gpt-5.6\"},{\"equals\":\"gpt-5-6\"},{\"regex\":\"^gpt-5\\\\.6-sol-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"},{\"regex\":\"^gpt-5-6-sol-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":[{\"prices\":{\"input_mtok\":{\"base\":5,\"tiers\":[{\"start\":271999,\"price\":10}]},\"cache_write_mtok\":{\"base\":6.25,\"tiers\":[{\"start\":271999,\"price\":12.5}]},\"cache_read_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":271999,\"price\":1}]},\"output_mtok\":{\"base\":30,\"tiers\":[{\"start\":271999,\"price\":45}]}}},{\"constraint\":{\"start_date\":\"2026-08-21\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":{\"base\":4,\"tiers\":[{\"start\":271999,\"price\":8}]},\"cache_write_mtok\":{\"base\":5,\"tiers\":[{\"start\":271999,\"price\":10}]},\"cache_read_mtok\":{\"base\":0.4,\"tiers\":[{\"start\":271999,\"price\":0.8}]},\"output_mtok\":{\"base\":20,\"tiers\":[{\"start\":271999,\"price\":30}]}}}]},{\"id\":\"gpt-5.6-terra\",\"match\":{\"or\":[{\"equals\":\"gpt-5.6-terra\"},{\"equals\":\"gpt-5-6-terra\"},{\"regex\":\"^gpt-5\\\\.6-terra-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"},{\"regex\":\"^gpt-5-6-terra-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":[{\"prices\":{\"input_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":271999,\"price\":5}]},\"cache_write_mtok\":{\"base\":3.125,\"tiers\":[{\"start\":271999,\"price\":6.25}]},\"cache_read_mtok\":{\"base\":0.25,\"tiers\":[{\"start\":271999,\"price\":0.5}]},\"output_mtok\":{\"base\":15,\"tiers\":[{\"start\":271999,\"price\":22.5}]}}},{\"constraint\":{\"start_date\":\"2026-07-30\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":271999,\"price\":4}]},\"cache_write_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":271999,\"price\":5}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":271999,\"price\":0.4}]},\"output_mtok\":{\"base\":12,\"tiers\":[{\"start\":271999,\"price\":18}]}}}]},{\"id\":\"gpt-6-astra\",\"match\":{\"or\":[{\"equals\":\"gpt-6-astra\"},{\"regex\":\"^gpt-6-astra-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":{\"base\":10,\"tiers\":[{\"start\":271999,\"price\":20}]},\"cache_write_mtok\":{\"base\":12.5,\"tiers\":[{\"start\":271999,\"price\":25}]},\"cache_read_mtok\":{\"base\":1,\"tiers\":[{\"start\":271999,\"price\":2}]},\"output_mtok\":{\"base\":50,\"tiers\":[{\"start\":271999,\"price\":75}]}}},{\"id",
"\":\"gpt-6-luna\",\"match\":{\"or\":[{\"equals\":\"gpt-6-luna\"},{\"regex\":\"^gpt-6-luna-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":{\"base\":0.1,\"tiers\":[{\"start\":272000,\"price\":0.2}]},\"cache_write_mtok\":{\"base\":0.125,\"tiers\":[{\"start\":272000,\"price\":0.25}]},\"cache_read_mtok\":{\"base\":0.01,\"tiers\":[{\"start\":272000,\"price\":0.02}]},\"output_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":272000,\"price\":0.75}]}}},{\"id\":\"gpt-6-sol\",\"match\":{\"or\":[{\"equals\":\"gpt-6-sol\"},{\"regex\":\"^gpt-6-sol-\\\\d{4}-\\\\d{2}-\\\\d{2}$\"}]},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":272000,\"price\":4}]},\"cache_write_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":272000,\"price\":5}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":272000,\"price\":0.4}]},\"output_mtok\":{\"base\":10,\"tiers\":[{\"start\":272000,\"price\":15}]}}},{\"id\":\"gpt-audio\",\"match\":{\"or\":[{\"equals\":\"gpt-audio\"},{\"equals\":\"gpt-audio-2025-08-28\"},{\"equals\":\"gpt-audio-1.5\"}]},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"gpt-audio-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-audio-mini\"},{\"equals\":\"gpt-audio-mini-2025-10-06\"},{\"equals\":\"gpt-audio-mini-2025-12-15\"}]},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.4}},{\"id\":\"gpt-chat-latest\",\"match\":{\"equals\":\"gpt-chat-latest\"},\"prices\":{\"input_mtok\":5,\"cache_read_mtok\":0.5,\"output_mtok\":30}},{\"id\":\"gpt-image-1\",\"match\":{\"equals\":\"gpt-image-1\"},\"prices\":{\"input_mtok\":5,\"cache_read_mtok\":1.25,\"output_mtok\":40}},{\"id\":\"gpt-image-1-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-image-1-mini\"}]},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.2,\"output_mtok\":8}},{\"id\":\"gpt-image-1.5\",\"match\":{\"or\":[{\"equals\":\"gpt-image-1.5\"},{\"equals\":\"gpt-image-1.5-2025-12-16\"}]},\"prices\":{\"input_mtok\":5,\"cache_read_mtok\":1.25,\"output_mtok\":10}},{\"id\":\"gpt-image-2\",\"match\":{\"or\":[{\"equals\":\"gpt-image-2\"},{\"equals\":\"gpt-image-2-2026-04-21\"}]},\"prices\":{\"input_mtok\":5,\"cache_read_mtok\":1.25,\"output_mtok\":30}},{\"id\":\"gpt-oss-120b\",\"match\":{\"equals\":\"gpt-oss-120b\"},\"prices\":{\"input_mtok\":0.039,\"output_mtok\":0.18}},{\"id\":\"gpt-oss-20b\",\"match\":{\"equals\":\"gpt-oss-20b\"},\"prices\":{\"input_mtok\":0.029,\"output_mtok\":0.14}},{\"id\":\"gpt-oss-safeguard-20b\",\"match\":{\"equals\":\"gpt-oss-safeguard-20b\"},\"prices\":{\"input_mtok\":0.075,\"cache_read_mtok\":0.037,\"output_mtok\":0.3}},{\"id\":\"gpt-realtime\",\"match\":{\"or\":[{\"equals\":\"gpt-realtime\"},{\"equals\":\"gpt-realtime-2025-08-28\"},{\"equals\":\"gpt-realtime-1.5\"}]},\"prices\":{\"input_mtok\":4,\"cache_read_mtok\":0.4,\"output_mtok\":16}},{\"id\":\"gpt-realtime-2\",\"match\":{\"or\":[{\"equals\":\"gpt-realtime-2\"},{\"equals\":\"gpt-realtime-2.1\"}]},\"prices\":{\"input_mtok\":4,\"cache_read_mtok\":0.4,\"output_mtok\":24}},{\"id\":\"gpt-realtime-mini\",\"match\":{\"or\":[{\"equals\":\"gpt-realtime-mini\"},{\"equals\":\"gpt-realtime-2.1-mini\"},{\"equals\":\"gpt-realtime-mini-2025-12-15\"},{\"equals\":\"gpt-realtime-mini-2025-10-06\"}]},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.06,\"output_mtok\":2.4}},{\"id\":\"gpt-transcribe\",\"match\":{\"equals\":\"gpt-transcribe\"},\"prices\":{}},{\"id\":\"moderation\",\"match\":{\"contains\":\"moderation\"},\"prices\":{}},{\"id\":\"o1\",\"match\":{\"or\":[{\"equals\":\"o1\"},{\"equals\":\"o1-2024-12-17\"}]},\"prices\":{\"input_mtok\":15,\"cache_read_mtok\":7.5,\"output_mtok\":60}},{\"id\":\"o1-mini\",\"match\":{\"or\":[{\"equals\":\"o1-mini\"},{\"equals\":\"o1-mini-2024-09-12\"}]},\"prices\":{\"input_mtok\":1.1,\"cache_read_mtok\":0.55,\"output_mtok\":4.4}},{\"id\":\"o1-preview\",\"match\":{\"or\":[{\"equals\":\"o1-preview\"},{\"equals\":\"o1-preview-2024-09-12\"}]},\"prices\":{\"input_mtok\":15,\"cache_read_mtok\":7.5,\"output_mtok\":60}},{\"id\":\"o1-pro\",\"match\":{\"or\":[{\"equals\":\"o1-pro\"},{\"equals\":\"o1-pro-2025-03-19\"}]},\"prices\":{\"input_mtok\":150,\"output_mtok\":600}},{\"id\":\"o3\",\"match\":{\"or\":[{\"equals\":\"o3\"},{\"equals\":\"o3-2025-04-16\"}]},\"prices\":[{\"prices\":{\"input_mtok\":10,\"cache_read_mtok\":0.5,\"output_mtok\":40}},{\"constraint\":{\"start_date\":\"2025-06-10\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.5,\"output_mtok\":8}}]},{\"id\":\"o3-deep-research\",\"match\":{\"or\":[{\"equals\":\"o3-deep-research\"},{\"equals\":\"o3-deep-research-2025-06-26\"}]},\"prices\":{\"input_mtok\":10,\"cache_read_mtok\":2.5,\"output_mt",
"ok\":40}},{\"id\":\"o3-mini\",\"match\":{\"or\":[{\"equals\":\"o3-mini\"},{\"equals\":\"o3-mini-2025-01-31\"},{\"equals\":\"o3-mini-high\"}]},\"prices\":{\"input_mtok\":1.1,\"cache_read_mtok\":0.55,\"output_mtok\":4.4}},{\"id\":\"o3-pro\",\"match\":{\"or\":[{\"equals\":\"o3-pro\"},{\"equals\":\"o3-pro-2025-06-10\"}]},\"prices\":{\"input_mtok\":20,\"output_mtok\":80}},{\"id\":\"o4-mini\",\"match\":{\"or\":[{\"equals\":\"o4-mini-2025-04-16\"},{\"equals\":\"o4-mini-high\"},{\"equals\":\"o4-mini\"}]},\"prices\":{\"input_mtok\":1.1,\"cache_read_mtok\":0.275,\"output_mtok\":4.4}},{\"id\":\"o4-mini-deep-research\",\"match\":{\"or\":[{\"equals\":\"o4-mini-deep-research\"},{\"equals\":\"o4-mini-deep-research-2025-06-26\"}]},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.5,\"output_mtok\":8}},{\"id\":\"text-davinci-002\",\"match\":{\"equals\":\"text-davinci-002\"},\"prices\":{\"input_mtok\":20,\"output_mtok\":20}},{\"id\":\"text-davinci-003\",\"match\":{\"equals\":\"text-davinci-003\"},\"prices\":{\"input_mtok\":20,\"output_mtok\":20}},{\"id\":\"text-embedding-3-large\",\"match\":{\"equals\":\"text-embedding-3-large\"},\"prices\":{\"input_mtok\":0.13}},{\"id\":\"text-embedding-3-small\",\"match\":{\"equals\":\"text-embedding-3-small\"},\"prices\":{\"input_mtok\":0.02}},{\"id\":\"text-embedding-ada-002\",\"match\":{\"or\":[{\"equals\":\"text-embedding-ada\"},{\"equals\":\"text-embedding-ada-002\"},{\"equals\":\"text-embedding-ada-002-v2\"}]},\"prices\":{\"input_mtok\":0.1}},{\"id\":\"whisper-1\",\"match\":{\"equals\":\"whisper-1\"},\"prices\":{}}]},{\"id\":\"openrouter\",\"models\":[{\"id\":\"01-ai/yi-large\",\"match\":{\"equals\":\"01-ai/yi-large\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":3}},{\"id\":\"aetherwiing/mn-starcannon-12b\",\"match\":{\"equals\":\"aetherwiing/mn-starcannon-12b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"agentica-org/deepcoder-14b-preview:free\",\"match\":{\"equals\":\"agentica-org/deepcoder-14b-preview:free\"},\"prices\":{}},{\"id\":\"ai21/jamba-1-5-large\",\"match\":{\"equals\":\"ai21/jamba-1-5-large\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8}},{\"id\":\"ai21/jamba-1-5-mini\",\"match\":{\"equals\":\"ai21/jamba-1-5-mini\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.4}},{\"id\":\"ai21/jamba-1.6-large\",\"match\":{\"equals\":\"ai21/jamba-1.6-large\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8}},{\"id\":\"ai21/jamba-1.6-mini\",\"match\":{\"equals\":\"ai21/jamba-1.6-mini\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.4}},{\"id\":\"ai21/jamba-instruct\",\"match\":{\"equals\":\"ai21/jamba-instruct\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.7}},{\"id\":\"ai21/jamba-large-1.7\",\"match\":{\"equals\":\"ai21/jamba-large-1.7\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8}},{\"id\":\"aion-labs/aion-1.0\",\"match\":{\"equals\":\"aion-labs/aion-1.0\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":8}},{\"id\":\"aion-labs/aion-1.0-mini\",\"match\":{\"equals\":\"aion-labs/aion-1.0-mini\"},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":1.4}},{\"id\":\"aion-labs/aion-2.0\",\"match\":{\"equals\":\"aion-labs/aion-2.0\"},\"prices\":{\"input_mtok\":0.8,\"cache_read_mtok\":0.2,\"output_mtok\":1.6}},{\"id\":\"aion-labs/aion-rp-llama-3.1-8b\",\"match\":{\"equals\":\"aion-labs/aion-rp-llama-3.1-8b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"alfredpros/codellama-7b-instruct-solidity\",\"match\":{\"equals\":\"alfredpros/codellama-7b-instruct-solidity\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"all-hands/openhands-lm-32b-v0.1\",\"match\":{\"equals\":\"all-hands/openhands-lm-32b-v0.1\"},\"prices\":{\"input_mtok\":2.6,\"output_mtok\":3.4}},{\"id\":\"allenai/molmo-7b-d:free\",\"match\":{\"equals\":\"allenai/molmo-7b-d:free\"},\"prices\":{}},{\"id\":\"allenai/olmo-3-32b-think\",\"match\":{\"equals\":\"allenai/olmo-3-32b-think\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.5}},{\"id\":\"alpindale/goliath-120b\",\"match\":{\"equals\":\"alpindale/goliath-120b\"},\"prices\":{\"input_mtok\":6.5625,\"output_mtok\":9.375}},{\"id\":\"alpindale/magnum-72b\",\"match\":{\"equals\":\"alpindale/magnum-72b\"},\"prices\":{\"input_mtok\":1.5,\"output_mtok\":2.25}},{\"id\":\"amazon/nova-2-lite-v1\",\"match\":{\"equals\":\"amazon/nova-2-lite-v1\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":2.5}},{\"id\":\"amazon/nova-lite-v1\",\"match\":{\"equals\":\"amazon/nova-lite-v1\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.24}},{\"id\":\"amazon/nova-micro-v1\",\"match\":{\"equa",
"ls\":\"amazon/nova-micro-v1\"},\"prices\":{\"input_mtok\":0.035,\"output_mtok\":0.14}},{\"id\":\"amazon/nova-premier-v1\",\"match\":{\"equals\":\"amazon/nova-premier-v1\"},\"prices\":{\"input_mtok\":2.5,\"cache_read_mtok\":0.625,\"output_mtok\":12.5}},{\"id\":\"amazon/nova-pro-v1\",\"match\":{\"equals\":\"amazon/nova-pro-v1\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":3.2}},{\"id\":\"anthracite-org/magnum-v2-72b\",\"match\":{\"equals\":\"anthracite-org/magnum-v2-72b\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":3}},{\"id\":\"anthracite-org/magnum-v4-72b\",\"match\":{\"equals\":\"anthracite-org/magnum-v4-72b\"},\"prices\":{\"input_mtok\":1.5,\"output_mtok\":2.25}},{\"id\":\"anthropic/claude-2\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-2\"},{\"equals\":\"anthropic/claude-2.0\"},{\"equals\":\"anthropic/claude-2.0:beta\"},{\"equals\":\"anthropic/claude-2.1\"},{\"equals\":\"anthropic/claude-2.1:beta\"},{\"equals\":\"anthropic/claude-2:beta\"}]},\"prices\":{\"input_mtok\":8,\"output_mtok\":24}},{\"id\":\"anthropic/claude-3-haiku\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-3-haiku\"},{\"equals\":\"anthropic/claude-3-haiku:beta\"}]},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":1.25}},{\"id\":\"anthropic/claude-3-opus\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-3-opus\"},{\"equals\":\"anthropic/claude-3-opus:beta\"}]},\"prices\":{\"input_mtok\":15,\"output_mtok\":75}},{\"id\":\"anthropic/claude-3-sonnet\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-3-sonnet\"},{\"equals\":\"anthropic/claude-3-sonnet:beta\"}]},\"prices\":{\"input_mtok\":3,\"output_mtok\":15}},{\"id\":\"anthropic/claude-3.5-haiku\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-3.5-haiku\"},{\"equals\":\"anthropic/claude-3.5-haiku-20241022\"},{\"equals\":\"anthropic/claude-3.5-haiku-20241022:beta\"},{\"equals\":\"anthropic/claude-3.5-haiku:beta\"}]},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":4}},{\"id\":\"anthropic/claude-3.5-sonnet\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-3.5-sonnet\"},{\"equals\":\"anthropic/claude-3.5-sonnet-20240620\"},{\"equals\":\"anthropic/claude-3.5-sonnet-20240620:beta\"},{\"equals\":\"anthropic/claude-3.5-sonnet:beta\"}]},\"prices\":{\"input_mtok\":3,\"output_mtok\":15}},{\"id\":\"anthropic/claude-3.7-sonnet\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-3.7-sonnet\"},{\"equals\":\"anthropic/claude-3.7-sonnet:beta\"},{\"equals\":\"anthropic/claude-3.7-sonnet:thinking\"}]},\"prices\":{\"input_mtok\":3,\"output_mtok\":15}},{\"id\":\"anthropic/claude-fable-5\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-fable-5\"},{\"equals\":\"anthropic/claude-fable-5:beta\"}]},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":1,\"output_mtok\":50}},{\"id\":\"anthropic/claude-fable-5.1\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-fable-5.1\"},{\"equals\":\"anthropic/claude-fable-5.1:beta\"}]},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":0.25,\"output_mtok\":50}},{\"id\":\"anthropic/claude-haiku-4.5\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-haiku-4.5\"},{\"equals\":\"anthropic/claude-4.5-haiku-20251001\"},{\"equals\":\"anthropic/claude-4.5-haiku-20251001:beta\"},{\"equals\":\"anthropic/claude-haiku-4.5-20251001\"},{\"equals\":\"anthropic/claude-haiku-4.5-20251001:beta\"},{\"equals\":\"anthropic/claude-haiku-4.5:beta\"}]},\"prices\":{\"input_mtok\":1,\"cache_write_mtok\":1.25,\"cache_read_mtok\":0.1,\"output_mtok\":5}},{\"id\":\"anthropic/claude-opus-4\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-opus-4\"},{\"equals\":\"anthropic/claude-opus-4.1\"}]},\"prices\":{\"input_mtok\":15,\"cache_write_mtok\":18.75,\"cache_read_mtok\":1.5,\"output_mtok\":75}},{\"id\":\"anthropic/claude-opus-4.5\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-opus-4.5\"},{\"equals\":\"anthropic/claude-4.5-opus-20251124\"},{\"equals\":\"anthropic/claude-4.5-opus-20251124:beta\"},{\"equals\":\"anthropic/claude-opus-4.5-20251124\"},{\"equals\":\"anthropic/claude-opus-4.5-20251124:beta\"},{\"equals\":\"anthropic/claude-opus-4.5:beta\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"anthropic/claude-opus-4.6\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-opus-4.6\"},{\"equals\":\"anthropic/claude-4.6-opus-20260205\"},{\"equals\":\"anthropic/claude-4.6-opus-20260205:beta\"},{\"equals\":\"anthropic/claude-opus-4.6-2026",
"0205\"},{\"equals\":\"anthropic/claude-opus-4.6-20260205:beta\"},{\"equals\":\"anthropic/claude-opus-4.6:beta\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"anthropic/claude-opus-4.6-fast\",\"match\":{\"equals\":\"anthropic/claude-opus-4.6-fast\"},\"prices\":{\"input_mtok\":30,\"cache_write_mtok\":37.5,\"cache_read_mtok\":3,\"output_mtok\":150}},{\"id\":\"anthropic/claude-opus-4.7\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-opus-4.7\"},{\"equals\":\"anthropic/claude-opus-4.7:beta\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"anthropic/claude-opus-4.7-fast\",\"match\":{\"equals\":\"anthropic/claude-opus-4.7-fast\"},\"prices\":{\"input_mtok\":30,\"cache_write_mtok\":37.5,\"cache_read_mtok\":3,\"output_mtok\":150}},{\"id\":\"anthropic/claude-opus-4.8\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-opus-4.8\"},{\"equals\":\"anthropic/claude-opus-4.8:beta\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"anthropic/claude-opus-4.8-fast\",\"match\":{\"equals\":\"anthropic/claude-opus-4.8-fast\"},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":1,\"output_mtok\":50}},{\"id\":\"anthropic/claude-opus-5\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-opus-5\"},{\"equals\":\"anthropic/claude-opus-5:beta\"}]},\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"id\":\"anthropic/claude-opus-5-fast\",\"match\":{\"equals\":\"anthropic/claude-opus-5-fast\"},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":1,\"output_mtok\":50}},{\"id\":\"anthropic/claude-opus-5.5\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-opus-5.5\"},{\"equals\":\"anthropic/claude-opus-5.5:beta\"}]},\"prices\":{\"input_mtok\":4,\"cache_write_mtok\":5,\"cache_read_mtok\":0.2,\"output_mtok\":20}},{\"id\":\"anthropic/claude-sonnet-4\",\"match\":{\"equals\":\"anthropic/claude-sonnet-4\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"anthropic/claude-sonnet-4.5\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-sonnet-4.5\"},{\"equals\":\"anthropic/claude-4.5-sonnet-20250929\"},{\"equals\":\"anthropic/claude-4.5-sonnet-20250929:beta\"},{\"equals\":\"anthropic/claude-sonnet-4.5-20250929\"},{\"equals\":\"anthropic/claude-sonnet-4.5-20250929:beta\"},{\"equals\":\"anthropic/claude-sonnet-4.5:beta\"}]},\"prices\":{\"input_mtok\":{\"base\":3,\"tiers\":[{\"start\":200000,\"price\":6}]},\"cache_write_mtok\":{\"base\":3.75,\"tiers\":[{\"start\":200000,\"price\":7.5}]},\"cache_read_mtok\":{\"base\":0.3,\"tiers\":[{\"start\":200000,\"price\":0.6}]},\"output_mtok\":{\"base\":15,\"tiers\":[{\"start\":200000,\"price\":22.5}]}}},{\"id\":\"anthropic/claude-sonnet-4.6\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-sonnet-4.6\"},{\"equals\":\"anthropic/claude-4.6-sonnet-20260217\"},{\"equals\":\"anthropic/claude-4.6-sonnet-20260217:beta\"},{\"equals\":\"anthropic/claude-sonnet-4.6-20260217\"},{\"equals\":\"anthropic/claude-sonnet-4.6-20260217:beta\"},{\"equals\":\"anthropic/claude-sonnet-4.6:beta\"}]},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"anthropic/claude-sonnet-5\",\"match\":{\"or\":[{\"equals\":\"anthropic/claude-sonnet-5\"},{\"equals\":\"anthropic/claude-sonnet-5:beta\"}]},\"prices\":{\"input_mtok\":2,\"cache_write_mtok\":2.5,\"cache_read_mtok\":0.2,\"output_mtok\":10}},{\"id\":\"anubis-pro-105b-v1\",\"match\":{\"equals\":\"anubis-pro-105b-v1\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1}},{\"id\":\"arcee-ai/coder-large\",\"match\":{\"equals\":\"arcee-ai/coder-large\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.8}},{\"id\":\"arcee-ai/trinity-large-thinking\",\"match\":{\"equals\":\"arcee-ai/trinity-large-thinking\"},\"prices\":{\"input_mtok\":0.22,\"cache_read_mtok\":0.06,\"output_mtok\":0.85}},{\"id\":\"arcee-ai/trinity-mini\",\"match\":{\"equals\":\"arcee-ai/trinity-mini\"},\"prices\":{\"input_mtok\":0.045,\"output_mtok\":0.15}},{\"id\":\"arcee-ai/virtuoso-large\",\"match\":{\"equals\":\"arcee-ai/virtuoso-large\"},\"prices\":{\"input_mtok\":0.75,\"output_mtok\":1.2}},{\"id\":\"arcee-blitz\",\"match\":{\"equals\":\"arcee-blitz\"},\"prices\":{\"input_mtok\":0.45,\"output_mt",
"ok\":0.75}},{\"id\":\"arliai/qwq-32b-arliai-rpr-v1:free\",\"match\":{\"equals\":\"arliai/qwq-32b-arliai-rpr-v1:free\"},\"prices\":{}},{\"id\":\"baidu/ernie-4.5-vl-424b-a47b\",\"match\":{\"equals\":\"baidu/ernie-4.5-vl-424b-a47b\"},\"prices\":{\"input_mtok\":0.42,\"output_mtok\":1.25}},{\"id\":\"bytedance-research/ui-tars-72b:free\",\"match\":{\"equals\":\"bytedance-research/ui-tars-72b:free\"},\"prices\":{}},{\"id\":\"bytedance-seed/seed-1.6\",\"match\":{\"equals\":\"bytedance-seed/seed-1.6\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":2}},{\"id\":\"bytedance-seed/seed-1.6-flash\",\"match\":{\"equals\":\"bytedance-seed/seed-1.6-flash\"},\"prices\":{\"input_mtok\":0.075,\"output_mtok\":0.3}},{\"id\":\"bytedance-seed/seed-2.0-lite\",\"match\":{\"equals\":\"bytedance-seed/seed-2.0-lite\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":2}},{\"id\":\"bytedance-seed/seed-2.0-mini\",\"match\":{\"equals\":\"bytedance-seed/seed-2.0-mini\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.4}},{\"id\":\"bytedance/ui-tars-1.5-7b\",\"match\":{\"equals\":\"bytedance/ui-tars-1.5-7b\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.2}},{\"id\":\"caller-large\",\"match\":{\"equals\":\"caller-large\"},\"prices\":{\"input_mtok\":0.55,\"output_mtok\":0.85}},{\"id\":\"chatgpt-4o-latest\",\"match\":{\"equals\":\"chatgpt-4o-latest\"},\"prices\":{\"input_mtok\":5,\"output_mtok\":15}},{\"id\":\"claude-2\",\"match\":{\"or\":[{\"equals\":\"claude-2\"},{\"equals\":\"claude-2.0\"},{\"equals\":\"claude-2.0:beta\"},{\"equals\":\"claude-2.1\"},{\"equals\":\"claude-2.1:beta\"},{\"equals\":\"claude-2:beta\"}]},\"prices\":{\"input_mtok\":8,\"output_mtok\":24}},{\"id\":\"claude-3-opus\",\"match\":{\"or\":[{\"equals\":\"claude-3-opus\"},{\"equals\":\"claude-3-opus:beta\"}]},\"prices\":{\"input_mtok\":15,\"cache_write_mtok\":18.75,\"cache_read_mtok\":1.5,\"output_mtok\":75}},{\"id\":\"claude-3-sonnet\",\"match\":{\"or\":[{\"equals\":\"claude-3-sonnet\"},{\"equals\":\"claude-3-sonnet:beta\"}]},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"claude-3.5-sonnet\",\"match\":{\"or\":[{\"equals\":\"claude-3.5-sonnet\"},{\"equals\":\"claude-3.5-sonnet-20240620\"},{\"equals\":\"claude-3.5-sonnet-20240620:beta\"},{\"equals\":\"claude-3.5-sonnet:beta\"}]},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"claude-3.7-sonnet\",\"match\":{\"or\":[{\"equals\":\"claude-3.7-sonnet\"},{\"equals\":\"claude-3.7-sonnet:beta\"},{\"equals\":\"claude-3.7-sonnet:thinking\"}]},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"codellama-7b-instruct-solidity\",\"match\":{\"equals\":\"codellama-7b-instruct-solidity\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"codestral-2501\",\"match\":{\"equals\":\"codestral-2501\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.9}},{\"id\":\"codex-mini\",\"match\":{\"equals\":\"codex-mini\"},\"prices\":{\"input_mtok\":1.5,\"cache_read_mtok\":0.375,\"output_mtok\":6}},{\"id\":\"cognitivecomputations/dolphin-mistral-24b-venice-edition:free\",\"match\":{\"equals\":\"cognitivecomputations/dolphin-mistral-24b-venice-edition:free\"},\"prices\":{}},{\"id\":\"cognitivecomputations/dolphin-mixtral-8x22b\",\"match\":{\"equals\":\"cognitivecomputations/dolphin-mixtral-8x22b\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"cognitivecomputations/dolphin-mixtral-8x7b\",\"match\":{\"equals\":\"cognitivecomputations/dolphin-mixtral-8x7b\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.5}},{\"id\":\"cognitivecomputations/dolphin3.0-mistral-24b:free\",\"match\":{\"equals\":\"cognitivecomputations/dolphin3.0-mistral-24b:free\"},\"prices\":{}},{\"id\":\"cognitivecomputations/dolphin3.0-r1-mistral-24b:free\",\"match\":{\"equals\":\"cognitivecomputations/dolphin3.0-r1-mistral-24b:free\"},\"prices\":{}},{\"id\":\"cohere/command\",\"match\":{\"equals\":\"cohere/command\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":2}},{\"id\":\"cohere/command-a\",\"match\":{\"equals\":\"cohere/command-a\"},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"cohere/command-r\",\"match\":{\"or\":[{\"equals\":\"cohere/command-r\"},{\"equals\":\"cohere/command-r-03-2024\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"cohere/command-r-08-2024\",\"match\":{\"equals\":\"cohere/command-r-08-2024\"},\"prices\":{\"input_mtok\":0.15",
",\"output_mtok\":0.6}},{\"id\":\"cohere/command-r-plus\",\"match\":{\"or\":[{\"equals\":\"cohere/command-r-plus\"},{\"equals\":\"cohere/command-r-plus-04-2024\"}]},\"prices\":{\"input_mtok\":3,\"output_mtok\":15}},{\"id\":\"cohere/command-r-plus-08-2024\",\"match\":{\"equals\":\"cohere/command-r-plus-08-2024\"},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"cohere/command-r7b-12-2024\",\"match\":{\"equals\":\"cohere/command-r7b-12-2024\"},\"prices\":{\"input_mtok\":0.0375,\"output_mtok\":0.15}},{\"id\":\"command\",\"match\":{\"equals\":\"command\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":2}},{\"id\":\"command-r\",\"match\":{\"or\":[{\"equals\":\"command-r\"},{\"equals\":\"command-r-03-2024\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"command-r-plus\",\"match\":{\"or\":[{\"equals\":\"command-r-plus\"},{\"equals\":\"command-r-plus-04-2024\"}]},\"prices\":{\"input_mtok\":3,\"output_mtok\":15}},{\"id\":\"deepcoder-14b-preview:free\",\"match\":{\"equals\":\"deepcoder-14b-preview:free\"},\"prices\":{}},{\"id\":\"deepcogito/cogito-v2.1-671b\",\"match\":{\"equals\":\"deepcogito/cogito-v2.1-671b\"},\"prices\":{\"input_mtok\":1.25,\"output_mtok\":1.25}},{\"id\":\"deephermes-3-llama-3-8b-preview:free\",\"match\":{\"equals\":\"deephermes-3-llama-3-8b-preview:free\"},\"prices\":{}},{\"id\":\"deepseek-chat-v3-0324:free\",\"match\":{\"equals\":\"deepseek-chat-v3-0324:free\"},\"prices\":{}},{\"id\":\"deepseek-chat:free\",\"match\":{\"equals\":\"deepseek-chat:free\"},\"prices\":{}},{\"id\":\"deepseek-prover-v2\",\"match\":{\"equals\":\"deepseek-prover-v2\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":2.18}},{\"id\":\"deepseek-r1-0528-qwen3-8b\",\"match\":{\"equals\":\"deepseek-r1-0528-qwen3-8b\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.1}},{\"id\":\"deepseek-r1-0528-qwen3-8b:free\",\"match\":{\"equals\":\"deepseek-r1-0528-qwen3-8b:free\"},\"prices\":{}},{\"id\":\"deepseek-r1-0528:free\",\"match\":{\"equals\":\"deepseek-r1-0528:free\"},\"prices\":{}},{\"id\":\"deepseek-r1-distill-llama-70b:free\",\"match\":{\"equals\":\"deepseek-r1-distill-llama-70b:free\"},\"prices\":{}},{\"id\":\"deepseek-r1-distill-llama-8b\",\"match\":{\"equals\":\"deepseek-r1-distill-llama-8b\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.04}},{\"id\":\"deepseek-r1-distill-qwen-1.5b\",\"match\":{\"equals\":\"deepseek-r1-distill-qwen-1.5b\"},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.18}},{\"id\":\"deepseek-r1-distill-qwen-14b\",\"match\":{\"equals\":\"deepseek-r1-distill-qwen-14b\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"deepseek-r1-distill-qwen-14b:free\",\"match\":{\"equals\":\"deepseek-r1-distill-qwen-14b:free\"},\"prices\":{}},{\"id\":\"deepseek-r1-distill-qwen-32b:free\",\"match\":{\"equals\":\"deepseek-r1-distill-qwen-32b:free\"},\"prices\":{}},{\"id\":\"deepseek-r1-distill-qwen-7b\",\"match\":{\"equals\":\"deepseek-r1-distill-qwen-7b\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.2}},{\"id\":\"deepseek-r1:free\",\"match\":{\"equals\":\"deepseek-r1:free\"},\"prices\":{}},{\"id\":\"deepseek-r1t-chimera:free\",\"match\":{\"equals\":\"deepseek-r1t-chimera:free\"},\"prices\":{}},{\"id\":\"deepseek-v3-base:free\",\"match\":{\"equals\":\"deepseek-v3-base:free\"},\"prices\":{}},{\"id\":\"deepseek/deepseek-chat\",\"match\":{\"equals\":\"deepseek/deepseek-chat\"},\"prices\":{\"input_mtok\":0.38,\"output_mtok\":0.89}},{\"id\":\"deepseek/deepseek-chat-v3-0324\",\"match\":{\"equals\":\"deepseek/deepseek-chat-v3-0324\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.88}},{\"id\":\"deepseek/deepseek-chat-v3-0324:free\",\"match\":{\"equals\":\"deepseek/deepseek-chat-v3-0324:free\"},\"prices\":{}},{\"id\":\"deepseek/deepseek-chat-v3.1\",\"match\":{\"equals\":\"deepseek/deepseek-chat-v3.1\"},\"prices\":{\"input_mtok\":0.21,\"cache_read_mtok\":0.13,\"output_mtok\":0.79}},{\"id\":\"deepseek/deepseek-chat:free\",\"match\":{\"equals\":\"deepseek/deepseek-chat:free\"},\"prices\":{}},{\"id\":\"deepseek/deepseek-r1\",\"match\":{\"equals\":\"deepseek/deepseek-r1\"},\"prices\":{\"input_mtok\":0.45,\"output_mtok\":2.15}},{\"id\":\"deepseek/deepseek-r1-0528\",\"match\":{\"equals\":\"deepseek/deepseek-r1-0528\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":2.15}},{\"id\":\"deepseek/deepseek-r1-distill-llama-70b\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-llama-70b\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.4}},{\"id\":\"deepseek/deepseek-r1-distill-llama-70b:fr",
"ee\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-llama-70b:free\"},\"prices\":{}},{\"id\":\"deepseek/deepseek-r1-distill-llama-8b\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-llama-8b\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.04}},{\"id\":\"deepseek/deepseek-r1-distill-qwen-1.5b\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-qwen-1.5b\"},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.18}},{\"id\":\"deepseek/deepseek-r1-distill-qwen-14b\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-qwen-14b\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"deepseek/deepseek-r1-distill-qwen-14b:free\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-qwen-14b:free\"},\"prices\":{}},{\"id\":\"deepseek/deepseek-r1-distill-qwen-32b\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-qwen-32b\"},\"prices\":{\"input_mtok\":0.12,\"output_mtok\":0.18}},{\"id\":\"deepseek/deepseek-r1-distill-qwen-32b:free\",\"match\":{\"equals\":\"deepseek/deepseek-r1-distill-qwen-32b:free\"},\"prices\":{}},{\"id\":\"deepseek/deepseek-r1-zero:free\",\"match\":{\"equals\":\"deepseek/deepseek-r1-zero:free\"},\"prices\":{}},{\"id\":\"deepseek/deepseek-r1:free\",\"match\":{\"equals\":\"deepseek/deepseek-r1:free\"},\"prices\":{}},{\"id\":\"deepseek/deepseek-v3-base:free\",\"match\":{\"equals\":\"deepseek/deepseek-v3-base:free\"},\"prices\":{}},{\"id\":\"deepseek/deepseek-v3.1-terminus\",\"match\":{\"equals\":\"deepseek/deepseek-v3.1-terminus\"},\"prices\":{\"input_mtok\":0.23,\"output_mtok\":0.9}},{\"id\":\"deepseek/deepseek-v3.2\",\"match\":{\"equals\":\"deepseek/deepseek-v3.2\"},\"prices\":{\"input_mtok\":0.2288,\"output_mtok\":0.3432}},{\"id\":\"deepseek/deepseek-v3.2-exp\",\"match\":{\"equals\":\"deepseek/deepseek-v3.2-exp\"},\"prices\":{\"input_mtok\":0.27,\"output_mtok\":0.41}},{\"id\":\"deepseek/deepseek-v4-flash\",\"match\":{\"equals\":\"deepseek/deepseek-v4-flash\"},\"prices\":{\"input_mtok\":0.0983,\"cache_read_mtok\":0.0197,\"output_mtok\":0.1966}},{\"id\":\"deepseek/deepseek-v4-pro\",\"match\":{\"equals\":\"deepseek/deepseek-v4-pro\"},\"prices\":{\"input_mtok\":0.435,\"cache_read_mtok\":0.003625,\"output_mtok\":0.87}},{\"id\":\"devstral-small\",\"match\":{\"equals\":\"devstral-small\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.12}},{\"id\":\"devstral-small:free\",\"match\":{\"equals\":\"devstral-small:free\"},\"prices\":{}},{\"id\":\"dobby-mini-unhinged-plus-llama-3.1-8b\",\"match\":{\"equals\":\"dobby-mini-unhinged-plus-llama-3.1-8b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"dolphin-mixtral-8x22b\",\"match\":{\"equals\":\"dolphin-mixtral-8x22b\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"dolphin3.0-mistral-24b:free\",\"match\":{\"equals\":\"dolphin3.0-mistral-24b:free\"},\"prices\":{}},{\"id\":\"dolphin3.0-r1-mistral-24b:free\",\"match\":{\"equals\":\"dolphin3.0-r1-mistral-24b:free\"},\"prices\":{}},{\"id\":\"eleutherai/llemma_7b\",\"match\":{\"equals\":\"eleutherai/llemma_7b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"essentialai/rnj-1-instruct\",\"match\":{\"equals\":\"essentialai/rnj-1-instruct\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"eva-llama-3.33-70b\",\"match\":{\"equals\":\"eva-llama-3.33-70b\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":6}},{\"id\":\"eva-qwen-2.5-32b\",\"match\":{\"equals\":\"eva-qwen-2.5-32b\"},\"prices\":{\"input_mtok\":2.6,\"output_mtok\":3.4}},{\"id\":\"eva-qwen-2.5-72b\",\"match\":{\"equals\":\"eva-qwen-2.5-72b\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":6}},{\"id\":\"eva-unit-01/eva-llama-3.33-70b\",\"match\":{\"equals\":\"eva-unit-01/eva-llama-3.33-70b\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":6}},{\"id\":\"eva-unit-01/eva-qwen-2.5-32b\",\"match\":{\"equals\":\"eva-unit-01/eva-qwen-2.5-32b\"},\"prices\":{\"input_mtok\":2.6,\"output_mtok\":3.4}},{\"id\":\"eva-unit-01/eva-qwen-2.5-72b\",\"match\":{\"equals\":\"eva-unit-01/eva-qwen-2.5-72b\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":1.2}},{\"id\":\"featherless/qwerky-72b:free\",\"match\":{\"equals\":\"featherless/qwerky-72b:free\"},\"prices\":{}},{\"id\":\"fimbulvetr-11b-v2\",\"match\":{\"equals\":\"fimbulvetr-11b-v2\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"gemini-2.0-flash-001\",\"match\":{\"equals\":\"gemini-2.0-flash-001\"},\"prices\":{\"input_mtok\":0.1,\"cache_write_mtok\":0.1833,\"cache_read_mtok\":0.025,\"output_mtok\":0.4}},{\"id",
"\":\"gemini-2.0-flash-exp:free\",\"match\":{\"equals\":\"gemini-2.0-flash-exp:free\"},\"prices\":{}},{\"id\":\"gemini-2.0-flash-lite-001\",\"match\":{\"equals\":\"gemini-2.0-flash-lite-001\"},\"prices\":{\"input_mtok\":0.075,\"output_mtok\":0.3}},{\"id\":\"gemini-2.5-flash-lite-preview-06-17\",\"match\":{\"equals\":\"gemini-2.5-flash-lite-preview-06-17\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.4}},{\"id\":\"gemini-2.5-flash-preview\",\"match\":{\"or\":[{\"equals\":\"gemini-2.5-flash-preview\"},{\"equals\":\"gemini-2.5-flash-preview-05-20\"}]},\"prices\":{\"input_mtok\":0.15,\"cache_write_mtok\":0.2333,\"cache_read_mtok\":0.0375,\"output_mtok\":0.6}},{\"id\":\"gemini-2.5-flash-preview-05-20:thinking\",\"match\":{\"equals\":\"gemini-2.5-flash-preview-05-20:thinking\"},\"prices\":{\"input_mtok\":0.15,\"cache_write_mtok\":0.2333,\"cache_read_mtok\":0.0375,\"output_mtok\":3.5}},{\"id\":\"gemini-2.5-flash-preview:thinking\",\"match\":{\"equals\":\"gemini-2.5-flash-preview:thinking\"},\"prices\":{\"input_mtok\":0.15,\"cache_write_mtok\":0.2333,\"cache_read_mtok\":0.0375,\"output_mtok\":3.5}},{\"id\":\"gemini-2.5-pro-exp-03-25\",\"match\":{\"equals\":\"gemini-2.5-pro-exp-03-25\"},\"prices\":{}},{\"id\":\"gemini-flash-1.5\",\"match\":{\"equals\":\"gemini-flash-1.5\"},\"prices\":{\"input_mtok\":0.075,\"cache_write_mtok\":0.1583,\"cache_read_mtok\":0.01875,\"output_mtok\":0.3}},{\"id\":\"gemini-flash-1.5-8b\",\"match\":{\"equals\":\"gemini-flash-1.5-8b\"},\"prices\":{\"input_mtok\":0.0375,\"cache_write_mtok\":0.0583,\"cache_read_mtok\":0.01,\"output_mtok\":0.15}},{\"id\":\"gemini-pro-1.5\",\"match\":{\"equals\":\"gemini-pro-1.5\"},\"prices\":{\"input_mtok\":1.25,\"output_mtok\":5}},{\"id\":\"gemma-2-9b-it\",\"match\":{\"equals\":\"gemma-2-9b-it\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"gemma-2-9b-it:free\",\"match\":{\"equals\":\"gemma-2-9b-it:free\"},\"prices\":{}},{\"id\":\"gemma-3-12b-it:free\",\"match\":{\"equals\":\"gemma-3-12b-it:free\"},\"prices\":{}},{\"id\":\"gemma-3-27b-it:free\",\"match\":{\"equals\":\"gemma-3-27b-it:free\"},\"prices\":{}},{\"id\":\"gemma-3-4b-it:free\",\"match\":{\"equals\":\"gemma-3-4b-it:free\"},\"prices\":{}},{\"id\":\"gemma-3n-e4b-it:free\",\"match\":{\"equals\":\"gemma-3n-e4b-it:free\"},\"prices\":{}},{\"id\":\"glm-4-32b\",\"match\":{\"equals\":\"glm-4-32b\"},\"prices\":{\"input_mtok\":0.24,\"output_mtok\":0.24}},{\"id\":\"glm-4-32b:free\",\"match\":{\"equals\":\"glm-4-32b:free\"},\"prices\":{}},{\"id\":\"glm-4.5-air:free\",\"match\":{\"equals\":\"glm-4.5-air:free\"},\"prices\":{}},{\"id\":\"glm-5v-turbo\",\"match\":{\"equals\":\"glm-5v-turbo\"},\"prices\":{\"input_mtok\":1.2,\"cache_read_mtok\":0.24,\"output_mtok\":4}},{\"id\":\"glm-z1-32b\",\"match\":{\"equals\":\"glm-z1-32b\"},\"prices\":{\"input_mtok\":0.24,\"output_mtok\":0.24}},{\"id\":\"glm-z1-32b:free\",\"match\":{\"equals\":\"glm-z1-32b:free\"},\"prices\":{}},{\"id\":\"glm-z1-rumination-32b\",\"match\":{\"equals\":\"glm-z1-rumination-32b\"},\"prices\":{\"input_mtok\":0.24,\"output_mtok\":0.24}},{\"id\":\"goliath-120b\",\"match\":{\"equals\":\"goliath-120b\"},\"prices\":{\"input_mtok\":10,\"output_mtok\":12.5}},{\"id\":\"google/gemini-2.0-flash-001\",\"match\":{\"equals\":\"google/gemini-2.0-flash-001\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.4}},{\"id\":\"google/gemini-2.0-flash-exp:free\",\"match\":{\"equals\":\"google/gemini-2.0-flash-exp:free\"},\"prices\":{}},{\"id\":\"google/gemini-2.0-flash-lite-001\",\"match\":{\"equals\":\"google/gemini-2.0-flash-lite-001\"},\"prices\":{\"input_mtok\":0.075,\"output_mtok\":0.3}},{\"id\":\"google/gemini-2.0-flash-thinking-exp-1219:free\",\"match\":{\"equals\":\"google/gemini-2.0-flash-thinking-exp-1219:free\"},\"prices\":{}},{\"id\":\"google/gemini-2.0-flash-thinking-exp:free\",\"match\":{\"equals\":\"google/gemini-2.0-flash-thinking-exp:free\"},\"prices\":{}},{\"id\":\"google/gemini-2.5-flash\",\"match\":{\"equals\":\"google/gemini-2.5-flash\"},\"prices\":{\"input_mtok\":0.3,\"cache_write_mtok\":0.3833,\"cache_read_mtok\":0.075,\"output_mtok\":2.5}},{\"id\":\"google/gemini-2.5-flash-image\",\"match\":{\"equals\":\"google/gemini-2.5-flash-image\"},\"prices\":{\"input_mtok\":0.3,\"cache_write_mtok\":0.08333333333333334,\"cache_read_mtok\":0.03,\"output_mtok\":2.5}},{\"id\":\"google/gemini-2.5-flash-lite\",\"match\":{\"equals\":\"google/gemini-2.5-flash-lite\"},\"prices\":{\"input_mtok\":0.1,\"cache_write_mtok\":0.08333333333333334,\"cache_read_mtok\"",
":0.01,\"output_mtok\":0.4}},{\"id\":\"google/gemini-2.5-flash-lite-preview-09-2025\",\"match\":{\"equals\":\"google/gemini-2.5-flash-lite-preview-09-2025\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.4}},{\"id\":\"google/gemini-2.5-flash-preview\",\"match\":{\"equals\":\"google/gemini-2.5-flash-preview\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"google/gemini-2.5-flash-preview-09-2025\",\"match\":{\"equals\":\"google/gemini-2.5-flash-preview-09-2025\"},\"prices\":{\"input_mtok\":0.3,\"cache_write_mtok\":0.383,\"cache_read_mtok\":0.075,\"output_mtok\":2.5}},{\"id\":\"google/gemini-2.5-flash-preview:thinking\",\"match\":{\"equals\":\"google/gemini-2.5-flash-preview:thinking\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":3.5}},{\"id\":\"google/gemini-2.5-pro\",\"match\":{\"or\":[{\"equals\":\"google/gemini-2.5-pro\"},{\"equals\":\"google/gemini-2.5-pro-preview\"},{\"equals\":\"google/gemini-2.5-pro-preview-05-06\"}]},\"prices\":{\"input_mtok\":1.25,\"cache_write_mtok\":1.625,\"cache_read_mtok\":0.31,\"output_mtok\":10}},{\"id\":\"google/gemini-2.5-pro-exp-03-25:free\",\"match\":{\"equals\":\"google/gemini-2.5-pro-exp-03-25:free\"},\"prices\":{}},{\"id\":\"google/gemini-2.5-pro-preview-03-25\",\"match\":{\"equals\":\"google/gemini-2.5-pro-preview-03-25\"},\"prices\":{\"input_mtok\":1.25,\"output_mtok\":10}},{\"id\":\"google/gemini-3-flash-preview\",\"match\":{\"equals\":\"google/gemini-3-flash-preview\"},\"prices\":{\"input_mtok\":0.5,\"cache_write_mtok\":0.08333333333333334,\"cache_read_mtok\":0.05,\"output_mtok\":3}},{\"id\":\"google/gemini-3-pro-image-preview\",\"match\":{\"equals\":\"google/gemini-3-pro-image-preview\"},\"prices\":{\"input_mtok\":2,\"cache_write_mtok\":0.375,\"cache_read_mtok\":0.2,\"output_mtok\":12}},{\"id\":\"google/gemini-3.1-flash-image-preview\",\"match\":{\"equals\":\"google/gemini-3.1-flash-image-preview\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":3}},{\"id\":\"google/gemini-3.1-flash-lite\",\"match\":{\"or\":[{\"equals\":\"google/gemini-3.1-flash-lite\"},{\"equals\":\"google/gemini-3.1-flash-lite-preview\"}]},\"prices\":{\"input_mtok\":0.25,\"cache_write_mtok\":0.08333333333333334,\"cache_read_mtok\":0.025,\"output_mtok\":1.5}},{\"id\":\"google/gemini-3.1-pro-preview\",\"match\":{\"or\":[{\"equals\":\"google/gemini-3.1-pro-preview\"},{\"equals\":\"google/gemini-3.1-pro-preview-customtools\"}]},\"prices\":{\"input_mtok\":2,\"cache_write_mtok\":0.375,\"cache_read_mtok\":0.2,\"output_mtok\":12}},{\"id\":\"google/gemini-3.5-flash\",\"match\":{\"or\":[{\"equals\":\"google/gemini-3.5-flash\"},{\"regex\":\"^google/gemini-3\\\\.5-flash-\\\\d{8}$\"}]},\"prices\":{\"input_mtok\":1.5,\"cache_write_mtok\":0.08333333333333334,\"cache_read_mtok\":0.15,\"output_mtok\":9}},{\"id\":\"google/gemini-flash-1.5\",\"match\":{\"equals\":\"google/gemini-flash-1.5\"},\"prices\":{\"input_mtok\":0.075,\"output_mtok\":0.3}},{\"id\":\"google/gemini-flash-1.5-8b\",\"match\":{\"equals\":\"google/gemini-flash-1.5-8b\"},\"prices\":{\"input_mtok\":0.0375,\"output_mtok\":0.15}},{\"id\":\"google/gemini-flash-1.5-8b-exp\",\"match\":{\"equals\":\"google/gemini-flash-1.5-8b-exp\"},\"prices\":{}},{\"id\":\"google/gemini-pro\",\"match\":{\"or\":[{\"equals\":\"google/gemini-pro\"},{\"equals\":\"google/gemini-pro-vision\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"google/gemini-pro-1.5\",\"match\":{\"equals\":\"google/gemini-pro-1.5\"},\"prices\":{\"input_mtok\":1.25,\"output_mtok\":5}},{\"id\":\"google/gemma-2-27b-it\",\"match\":{\"equals\":\"google/gemma-2-27b-it\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"google/gemma-2-9b-it\",\"match\":{\"equals\":\"google/gemma-2-9b-it\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.07}},{\"id\":\"google/gemma-2-9b-it:free\",\"match\":{\"equals\":\"google/gemma-2-9b-it:free\"},\"prices\":{}},{\"id\":\"google/gemma-3-12b-it\",\"match\":{\"equals\":\"google/gemma-3-12b-it\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.1}},{\"id\":\"google/gemma-3-12b-it:free\",\"match\":{\"equals\":\"google/gemma-3-12b-it:free\"},\"prices\":{}},{\"id\":\"google/gemma-3-1b-it:free\",\"match\":{\"equals\":\"google/gemma-3-1b-it:free\"},\"prices\":{}},{\"id\":\"google/gemma-3-27b-it\",\"match\":{\"equals\":\"google/gemma-3-27b-it\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.2}},{\"id\":\"google/gemma-3-27b-it:free\",\"match\":{\"equals\":\"google/gemma-3-27b-it:free\"},\"pric",
"es\":{}},{\"id\":\"google/gemma-3-4b-it\",\"match\":{\"equals\":\"google/gemma-3-4b-it\"},\"prices\":{\"input_mtok\":0.02,\"output_mtok\":0.04}},{\"id\":\"google/gemma-3-4b-it:free\",\"match\":{\"equals\":\"google/gemma-3-4b-it:free\"},\"prices\":{}},{\"id\":\"google/gemma-3n-e4b-it\",\"match\":{\"equals\":\"google/gemma-3n-e4b-it\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.12}},{\"id\":\"google/gemma-4-26b-a4b-it\",\"match\":{\"equals\":\"google/gemma-4-26b-a4b-it\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.33}},{\"id\":\"google/gemma-4-26b-a4b-it:free\",\"match\":{\"equals\":\"google/gemma-4-26b-a4b-it:free\"},\"prices\":{}},{\"id\":\"google/gemma-4-31b-it\",\"match\":{\"equals\":\"google/gemma-4-31b-it\"},\"prices\":[{\"prices\":{\"input_mtok\":0.12,\"cache_read_mtok\":0.09,\"output_mtok\":0.36}},{\"constraint\":{\"start_date\":\"2026-08-27\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":0.09,\"cache_read_mtok\":0.05,\"output_mtok\":0.34}}]},{\"id\":\"google/gemma-4-31b-it:free\",\"match\":{\"equals\":\"google/gemma-4-31b-it:free\"},\"prices\":{}},{\"id\":\"google/learnlm-1.5-pro-experimental:free\",\"match\":{\"equals\":\"google/learnlm-1.5-pro-experimental:free\"},\"prices\":{}},{\"id\":\"google/lyria-3-clip-preview\",\"match\":{\"equals\":\"google/lyria-3-clip-preview\"},\"prices\":{}},{\"id\":\"google/lyria-3-pro-preview\",\"match\":{\"equals\":\"google/lyria-3-pro-preview\"},\"prices\":{}},{\"id\":\"google/palm-2-chat-bison\",\"match\":{\"or\":[{\"equals\":\"google/palm-2-chat-bison\"},{\"equals\":\"google/palm-2-chat-bison-32k\"}]},\"prices\":{\"input_mtok\":1,\"output_mtok\":2}},{\"id\":\"google/palm-2-codechat-bison\",\"match\":{\"or\":[{\"equals\":\"google/palm-2-codechat-bison\"},{\"equals\":\"google/palm-2-codechat-bison-32k\"}]},\"prices\":{\"input_mtok\":1,\"output_mtok\":2}},{\"id\":\"gpt-3.5-turbo-1106\",\"match\":{\"equals\":\"gpt-3.5-turbo-1106\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":2}},{\"id\":\"gpt-4-1106-preview\",\"match\":{\"equals\":\"gpt-4-1106-preview\"},\"prices\":{\"input_mtok\":10,\"output_mtok\":30}},{\"id\":\"gpt-4.5-preview\",\"match\":{\"equals\":\"gpt-4.5-preview\"},\"prices\":{\"input_mtok\":75,\"cache_read_mtok\":37.5,\"output_mtok\":150}},{\"id\":\"gpt-4o:extended\",\"match\":{\"equals\":\"gpt-4o:extended\"},\"prices\":{\"input_mtok\":6,\"output_mtok\":18}},{\"id\":\"grok-2-1212\",\"match\":{\"equals\":\"grok-2-1212\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":10}},{\"id\":\"grok-2-vision-1212\",\"match\":{\"equals\":\"grok-2-vision-1212\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":10}},{\"id\":\"grok-3\",\"match\":{\"or\":[{\"equals\":\"grok-3\"},{\"equals\":\"grok-3-beta\"}]},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.75,\"output_mtok\":15}},{\"id\":\"grok-3-mini\",\"match\":{\"or\":[{\"equals\":\"grok-3-mini\"},{\"equals\":\"grok-3-mini-beta\"}]},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.075,\"output_mtok\":0.5}},{\"id\":\"grok-beta\",\"match\":{\"equals\":\"grok-beta\"},\"prices\":{\"input_mtok\":5,\"output_mtok\":15}},{\"id\":\"grok-vision-beta\",\"match\":{\"equals\":\"grok-vision-beta\"},\"prices\":{\"input_mtok\":5,\"output_mtok\":15}},{\"id\":\"gryphe/mythomax-l2-13b\",\"match\":{\"equals\":\"gryphe/mythomax-l2-13b\"},\"prices\":{\"input_mtok\":0.065,\"output_mtok\":0.065}},{\"id\":\"hermes-2-pro-llama-3-8b\",\"match\":{\"equals\":\"hermes-2-pro-llama-3-8b\"},\"prices\":{\"input_mtok\":0.025,\"output_mtok\":0.04}},{\"id\":\"huggingfaceh4/zephyr-7b-beta:free\",\"match\":{\"equals\":\"huggingfaceh4/zephyr-7b-beta:free\"},\"prices\":{}},{\"id\":\"ibm-granite/granite-4.0-h-micro\",\"match\":{\"equals\":\"ibm-granite/granite-4.0-h-micro\"},\"prices\":{\"input_mtok\":0.017,\"output_mtok\":0.112}},{\"id\":\"ibm-granite/granite-4.1-8b\",\"match\":{\"equals\":\"ibm-granite/granite-4.1-8b\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.1}},{\"id\":\"inception/mercury-2\",\"match\":{\"equals\":\"inception/mercury-2\"},\"prices\":{\"input_mtok\":0.25,\"cache_read_mtok\":0.025,\"output_mtok\":0.75}},{\"id\":\"inclusionai/ling-2.6-1t\",\"match\":{\"equals\":\"inclusionai/ling-2.6-1t\"},\"prices\":{\"input_mtok\":0.075,\"cache_read_mtok\":0.015,\"output_mtok\":0.625}},{\"id\":\"inclusionai/ling-2.6-flash\",\"match\":{\"equals\":\"inclusionai/ling-2.6-flash\"},\"prices\":{\"input_mtok\":0.01,\"cache_read_mtok\":0.002,\"output_mtok\":0.03}},{\"id\":\"inclusionai/ring-2.6-1t\",\"match\":{\"equals\":\"inclusionai/ring-2.6-1t\"},\"prices\":{\"input_mt",
"ok\":0.075,\"cache_read_mtok\":0.015,\"output_mtok\":0.625}},{\"id\":\"infermatic/mn-inferor-12b\",\"match\":{\"equals\":\"infermatic/mn-inferor-12b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"inflection/inflection-3-pi\",\"match\":{\"equals\":\"inflection/inflection-3-pi\"},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"inflection/inflection-3-productivity\",\"match\":{\"equals\":\"inflection/inflection-3-productivity\"},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"internvl3-14b:free\",\"match\":{\"equals\":\"internvl3-14b:free\"},\"prices\":{}},{\"id\":\"internvl3-2b:free\",\"match\":{\"equals\":\"internvl3-2b:free\"},\"prices\":{}},{\"id\":\"jamba-1.6-large\",\"match\":{\"equals\":\"jamba-1.6-large\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8}},{\"id\":\"jamba-1.6-mini\",\"match\":{\"equals\":\"jamba-1.6-mini\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.4}},{\"id\":\"jondurbin/airoboros-l2-70b\",\"match\":{\"equals\":\"jondurbin/airoboros-l2-70b\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.5}},{\"id\":\"kimi-dev-72b:free\",\"match\":{\"equals\":\"kimi-dev-72b:free\"},\"prices\":{}},{\"id\":\"kimi-vl-a3b-thinking:free\",\"match\":{\"equals\":\"kimi-vl-a3b-thinking:free\"},\"prices\":{}},{\"id\":\"kwaipilot/kat-coder-pro-v2\",\"match\":{\"equals\":\"kwaipilot/kat-coder-pro-v2\"},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.06,\"output_mtok\":1.2}},{\"id\":\"l3-euryale-70b\",\"match\":{\"equals\":\"l3-euryale-70b\"},\"prices\":{\"input_mtok\":1.48,\"output_mtok\":1.48}},{\"id\":\"latitudegames/wayfarer-large-70b-llama-3.3\",\"match\":{\"equals\":\"latitudegames/wayfarer-large-70b-llama-3.3\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.9}},{\"id\":\"lfm-3b\",\"match\":{\"equals\":\"lfm-3b\"},\"prices\":{\"input_mtok\":0.02,\"output_mtok\":0.02}},{\"id\":\"lfm-40b\",\"match\":{\"equals\":\"lfm-40b\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"lfm-7b\",\"match\":{\"equals\":\"lfm-7b\"},\"prices\":{\"input_mtok\":0.01,\"output_mtok\":0.01}},{\"id\":\"liquid/lfm-2-24b-a2b\",\"match\":{\"equals\":\"liquid/lfm-2-24b-a2b\"},\"prices\":{\"input_mtok\":0.03,\"output_mtok\":0.12}},{\"id\":\"liquid/lfm-2.5-1.2b-instruct:free\",\"match\":{\"equals\":\"liquid/lfm-2.5-1.2b-instruct:free\"},\"prices\":{}},{\"id\":\"liquid/lfm-2.5-1.2b-thinking:free\",\"match\":{\"equals\":\"liquid/lfm-2.5-1.2b-thinking:free\"},\"prices\":{}},{\"id\":\"liquid/lfm-3b\",\"match\":{\"equals\":\"liquid/lfm-3b\"},\"prices\":{\"input_mtok\":0.02,\"output_mtok\":0.02}},{\"id\":\"liquid/lfm-40b\",\"match\":{\"equals\":\"liquid/lfm-40b\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.15}},{\"id\":\"liquid/lfm-7b\",\"match\":{\"equals\":\"liquid/lfm-7b\"},\"prices\":{\"input_mtok\":0.01,\"output_mtok\":0.01}},{\"id\":\"llama-3-lumimaid-70b\",\"match\":{\"equals\":\"llama-3-lumimaid-70b\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":6}},{\"id\":\"llama-3-lumimaid-8b\",\"match\":{\"equals\":\"llama-3-lumimaid-8b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":1.25}},{\"id\":\"llama-3.1-405b\",\"match\":{\"equals\":\"llama-3.1-405b\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":2}},{\"id\":\"llama-3.1-405b-instruct\",\"match\":{\"equals\":\"llama-3.1-405b-instruct\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"llama-3.1-8b-instruct:free\",\"match\":{\"equals\":\"llama-3.1-8b-instruct:free\"},\"prices\":{}},{\"id\":\"llama-3.1-lumimaid-70b\",\"match\":{\"equals\":\"llama-3.1-lumimaid-70b\"},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":3}},{\"id\":\"llama-3.1-lumimaid-8b\",\"match\":{\"equals\":\"llama-3.1-lumimaid-8b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":1.25}},{\"id\":\"llama-3.1-nemotron-70b-instruct\",\"match\":{\"equals\":\"llama-3.1-nemotron-70b-instruct\"},\"prices\":{\"input_mtok\":0.12,\"output_mtok\":0.3}},{\"id\":\"llama-3.1-nemotron-ultra-253b-v1\",\"match\":{\"equals\":\"llama-3.1-nemotron-ultra-253b-v1\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":1.8}},{\"id\":\"llama-3.1-nemotron-ultra-253b-v1:free\",\"match\":{\"equals\":\"llama-3.1-nemotron-ultra-253b-v1:free\"},\"prices\":{}},{\"id\":\"llama-3.1-sonar-large-128k-online\",\"match\":{\"equals\":\"llama-3.1-sonar-large-128k-online\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":1}},{\"id\":\"llama-3.1-sonar-small-128k-online\",\"match\":{\"equals\":\"llama-3.1-sonar-small-128k-online\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"llama-3.2-11b-vision-",
"instruct:free\",\"match\":{\"equals\":\"llama-3.2-11b-vision-instruct:free\"},\"prices\":{}},{\"id\":\"llama-3.2-1b-instruct:free\",\"match\":{\"equals\":\"llama-3.2-1b-instruct:free\"},\"prices\":{}},{\"id\":\"llama-3.2-90b-vision-instruct\",\"match\":{\"equals\":\"llama-3.2-90b-vision-instruct\"},\"prices\":{\"input_mtok\":1.2,\"output_mtok\":1.2}},{\"id\":\"llama-3.3-8b-instruct:free\",\"match\":{\"equals\":\"llama-3.3-8b-instruct:free\"},\"prices\":{}},{\"id\":\"llama-3.3-nemotron-super-49b-v1\",\"match\":{\"equals\":\"llama-3.3-nemotron-super-49b-v1\"},\"prices\":{\"input_mtok\":0.13,\"output_mtok\":0.4}},{\"id\":\"llama-3.3-nemotron-super-49b-v1:free\",\"match\":{\"equals\":\"llama-3.3-nemotron-super-49b-v1:free\"},\"prices\":{}},{\"id\":\"llama-4-maverick:free\",\"match\":{\"equals\":\"llama-4-maverick:free\"},\"prices\":{}},{\"id\":\"llama-4-scout:free\",\"match\":{\"equals\":\"llama-4-scout:free\"},\"prices\":{}},{\"id\":\"llama-guard-2-8b\",\"match\":{\"equals\":\"llama-guard-2-8b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"llama3.1-typhoon2-70b-instruct\",\"match\":{\"equals\":\"llama3.1-typhoon2-70b-instruct\"},\"prices\":{\"input_mtok\":0.88,\"output_mtok\":0.88}},{\"id\":\"llemma_7b\",\"match\":{\"equals\":\"llemma_7b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"maestro-reasoning\",\"match\":{\"equals\":\"maestro-reasoning\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":3.3}},{\"id\":\"magistral-medium-2506\",\"match\":{\"or\":[{\"equals\":\"magistral-medium-2506\"},{\"equals\":\"magistral-medium-2506:thinking\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":5}},{\"id\":\"magistral-small-2506\",\"match\":{\"equals\":\"magistral-small-2506\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"magnum-72b\",\"match\":{\"equals\":\"magnum-72b\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":6}},{\"id\":\"magnum-v2-72b\",\"match\":{\"equals\":\"magnum-v2-72b\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":3}},{\"id\":\"mai-ds-r1:free\",\"match\":{\"equals\":\"mai-ds-r1:free\"},\"prices\":{}},{\"id\":\"mancer/weaver\",\"match\":{\"equals\":\"mancer/weaver\"},\"prices\":{\"input_mtok\":1.125,\"output_mtok\":1.125}},{\"id\":\"mercury-coder-small-beta\",\"match\":{\"equals\":\"mercury-coder-small-beta\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":1}},{\"id\":\"meta-llama/llama-2-13b-chat\",\"match\":{\"equals\":\"meta-llama/llama-2-13b-chat\"},\"prices\":{\"input_mtok\":0.22,\"output_mtok\":0.22}},{\"id\":\"meta-llama/llama-2-70b-chat\",\"match\":{\"equals\":\"meta-llama/llama-2-70b-chat\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"meta-llama/llama-3-70b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3-70b-instruct\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.4}},{\"id\":\"meta-llama/llama-3-8b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3-8b-instruct\"},\"prices\":{\"input_mtok\":0.03,\"output_mtok\":0.06}},{\"id\":\"meta-llama/llama-3.1-405b\",\"match\":{\"equals\":\"meta-llama/llama-3.1-405b\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":2}},{\"id\":\"meta-llama/llama-3.1-405b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.1-405b-instruct\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"meta-llama/llama-3.1-405b:free\",\"match\":{\"equals\":\"meta-llama/llama-3.1-405b:free\"},\"prices\":{}},{\"id\":\"meta-llama/llama-3.1-70b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.1-70b-instruct\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.28}},{\"id\":\"meta-llama/llama-3.1-8b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.1-8b-instruct\"},\"prices\":{\"input_mtok\":0.02,\"output_mtok\":0.03}},{\"id\":\"meta-llama/llama-3.1-8b-instruct:free\",\"match\":{\"equals\":\"meta-llama/llama-3.1-8b-instruct:free\"},\"prices\":{}},{\"id\":\"meta-llama/llama-3.2-11b-vision-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.2-11b-vision-instruct\"},\"prices\":{\"input_mtok\":0.049,\"output_mtok\":0.049}},{\"id\":\"meta-llama/llama-3.2-11b-vision-instruct:free\",\"match\":{\"equals\":\"meta-llama/llama-3.2-11b-vision-instruct:free\"},\"prices\":{}},{\"id\":\"meta-llama/llama-3.2-1b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.2-1b-instruct\"},\"prices\":{\"input_mtok\":0.005,\"output_mtok\":0.01}},{\"id\":\"meta-llama/llama-3.2-1b-instruct:free\",\"match\":{\"equals\":\"meta-llama/llama-3.2-1b-instruct:free\"},\"prices\":{}},{\"id\":\"meta-llama/llama-3.2-3b-inst",
"ruct\",\"match\":{\"equals\":\"meta-llama/llama-3.2-3b-instruct\"},\"prices\":{\"input_mtok\":0.01,\"output_mtok\":0.02}},{\"id\":\"meta-llama/llama-3.2-3b-instruct:free\",\"match\":{\"equals\":\"meta-llama/llama-3.2-3b-instruct:free\"},\"prices\":{}},{\"id\":\"meta-llama/llama-3.2-90b-vision-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.2-90b-vision-instruct\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"meta-llama/llama-3.3-70b-instruct\",\"match\":{\"equals\":\"meta-llama/llama-3.3-70b-instruct\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.24}},{\"id\":\"meta-llama/llama-3.3-70b-instruct:free\",\"match\":{\"equals\":\"meta-llama/llama-3.3-70b-instruct:free\"},\"prices\":{}},{\"id\":\"meta-llama/llama-4-maverick\",\"match\":{\"equals\":\"meta-llama/llama-4-maverick\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"meta-llama/llama-4-maverick:free\",\"match\":{\"equals\":\"meta-llama/llama-4-maverick:free\"},\"prices\":{}},{\"id\":\"meta-llama/llama-4-scout\",\"match\":{\"equals\":\"meta-llama/llama-4-scout\"},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.3}},{\"id\":\"meta-llama/llama-4-scout:free\",\"match\":{\"equals\":\"meta-llama/llama-4-scout:free\"},\"prices\":{}},{\"id\":\"meta-llama/llama-guard-2-8b\",\"match\":{\"equals\":\"meta-llama/llama-guard-2-8b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"meta-llama/llama-guard-3-8b\",\"match\":{\"equals\":\"meta-llama/llama-guard-3-8b\"},\"prices\":{\"input_mtok\":0.02,\"output_mtok\":0.06}},{\"id\":\"meta-llama/llama-guard-4-12b\",\"match\":{\"equals\":\"meta-llama/llama-guard-4-12b\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.05}},{\"id\":\"microsoft/phi-3-medium-128k-instruct\",\"match\":{\"equals\":\"microsoft/phi-3-medium-128k-instruct\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":1}},{\"id\":\"microsoft/phi-3-mini-128k-instruct\",\"match\":{\"equals\":\"microsoft/phi-3-mini-128k-instruct\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"microsoft/phi-3.5-mini-128k-instruct\",\"match\":{\"equals\":\"microsoft/phi-3.5-mini-128k-instruct\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"microsoft/phi-4\",\"match\":{\"equals\":\"microsoft/phi-4\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.14}},{\"id\":\"microsoft/phi-4-mini-instruct\",\"match\":{\"equals\":\"microsoft/phi-4-mini-instruct\"},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.35}},{\"id\":\"microsoft/phi-4-multimodal-instruct\",\"match\":{\"equals\":\"microsoft/phi-4-multimodal-instruct\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.1}},{\"id\":\"microsoft/wizardlm-2-7b\",\"match\":{\"equals\":\"microsoft/wizardlm-2-7b\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.07}},{\"id\":\"microsoft/wizardlm-2-8x22b\",\"match\":{\"equals\":\"microsoft/wizardlm-2-8x22b\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.5}},{\"id\":\"midnight-rose-70b\",\"match\":{\"equals\":\"midnight-rose-70b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"minimax-m1:extended\",\"match\":{\"equals\":\"minimax-m1:extended\"},\"prices\":{\"input_mtok\":0.55,\"output_mtok\":2.2}},{\"id\":\"minimax/minimax-01\",\"match\":{\"equals\":\"minimax/minimax-01\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":1.1}},{\"id\":\"minimax/minimax-m1\",\"match\":{\"equals\":\"minimax/minimax-m1\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":1.65}},{\"id\":\"minimax/minimax-m2\",\"match\":{\"equals\":\"minimax/minimax-m2\"},\"prices\":{\"input_mtok\":0.255,\"cache_read_mtok\":0.03,\"output_mtok\":1}},{\"id\":\"minimax/minimax-m2-her\",\"match\":{\"or\":[{\"equals\":\"minimax/minimax-m2-her\"},{\"equals\":\"minimax/minimax-m2-her-20260123\"}]},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.03,\"output_mtok\":1.2}},{\"id\":\"minimax/minimax-m2.1\",\"match\":{\"equals\":\"minimax/minimax-m2.1\"},\"prices\":{\"input_mtok\":0.29,\"cache_read_mtok\":0.03,\"output_mtok\":0.95}},{\"id\":\"minimax/minimax-m2.5\",\"match\":{\"or\":[{\"equals\":\"minimax/minimax-m2.5\"},{\"equals\":\"minimax/minimax-m2.5-20260211\"}]},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.05,\"output_mtok\":0.9}},{\"id\":\"minimax/minimax-m2.7\",\"match\":{\"or\":[{\"equals\":\"minimax/minimax-m2.7\"},{\"equals\":\"minimax/minimax-m2.7-20260318\"}]},\"prices\":{\"input_mtok\":0.27,\"cache_read_mtok\":0.054,\"output_mtok\":1.08}},{\"id\":\"minimax/minimax-m3\",\"match\":{\"or\":[{\"equals\":\"mi",
"nimax/minimax-m3\"},{\"equals\":\"minimax/minimax-m3-20260531\"}]},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.06,\"output_mtok\":1.2}},{\"id\":\"ministral-3b\",\"match\":{\"equals\":\"ministral-3b\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.04}},{\"id\":\"ministral-8b\",\"match\":{\"equals\":\"ministral-8b\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"mistral-7b-instruct\",\"match\":{\"or\":[{\"equals\":\"mistral-7b-instruct\"},{\"equals\":\"mistral-7b-instruct-v0.3\"}]},\"prices\":{\"input_mtok\":0.028,\"output_mtok\":0.054}},{\"id\":\"mistral-7b-instruct-v0.1\",\"match\":{\"equals\":\"mistral-7b-instruct-v0.1\"},\"prices\":{\"input_mtok\":0.11,\"output_mtok\":0.19}},{\"id\":\"mistral-7b-instruct-v0.2\",\"match\":{\"equals\":\"mistral-7b-instruct-v0.2\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"mistral-7b-instruct:free\",\"match\":{\"equals\":\"mistral-7b-instruct:free\"},\"prices\":{}},{\"id\":\"mistral-medium\",\"match\":{\"equals\":\"mistral-medium\"},\"prices\":{\"input_mtok\":2.75,\"output_mtok\":8.1}},{\"id\":\"mistral-nemo:free\",\"match\":{\"equals\":\"mistral-nemo:free\"},\"prices\":{}},{\"id\":\"mistral-small\",\"match\":{\"equals\":\"mistral-small\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"mistral-small-24b-instruct-2501:free\",\"match\":{\"equals\":\"mistral-small-24b-instruct-2501:free\"},\"prices\":{}},{\"id\":\"mistral-small-3.1-24b-instruct:free\",\"match\":{\"equals\":\"mistral-small-3.1-24b-instruct:free\"},\"prices\":{}},{\"id\":\"mistral-small-3.2-24b-instruct:free\",\"match\":{\"equals\":\"mistral-small-3.2-24b-instruct:free\"},\"prices\":{}},{\"id\":\"mistral-tiny\",\"match\":{\"equals\":\"mistral-tiny\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":0.25}},{\"id\":\"mistral/ministral-8b\",\"match\":{\"equals\":\"mistral/ministral-8b\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"mistralai/codestral-2501\",\"match\":{\"equals\":\"mistralai/codestral-2501\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.9}},{\"id\":\"mistralai/codestral-2508\",\"match\":{\"equals\":\"mistralai/codestral-2508\"},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.03,\"output_mtok\":0.9}},{\"id\":\"mistralai/codestral-mamba\",\"match\":{\"equals\":\"mistralai/codestral-mamba\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":0.25}},{\"id\":\"mistralai/devstral-2512\",\"match\":{\"equals\":\"mistralai/devstral-2512\"},\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.04,\"output_mtok\":2}},{\"id\":\"mistralai/ministral-14b-2512\",\"match\":{\"equals\":\"mistralai/ministral-14b-2512\"},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.02,\"output_mtok\":0.2}},{\"id\":\"mistralai/ministral-3b\",\"match\":{\"equals\":\"mistralai/ministral-3b\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.04}},{\"id\":\"mistralai/ministral-3b-2512\",\"match\":{\"equals\":\"mistralai/ministral-3b-2512\"},\"prices\":{\"input_mtok\":0.1,\"cache_read_mtok\":0.01,\"output_mtok\":0.1}},{\"id\":\"mistralai/ministral-8b\",\"match\":{\"equals\":\"mistralai/ministral-8b\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"mistralai/ministral-8b-2512\",\"match\":{\"equals\":\"mistralai/ministral-8b-2512\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.015,\"output_mtok\":0.15}},{\"id\":\"mistralai/mistral-7b-instruct\",\"match\":{\"or\":[{\"equals\":\"mistralai/mistral-7b-instruct\"},{\"equals\":\"mistralai/mistral-7b-instruct-v0.3\"}]},\"prices\":{\"input_mtok\":0.029,\"output_mtok\":0.059}},{\"id\":\"mistralai/mistral-7b-instruct-v0.1\",\"match\":{\"equals\":\"mistralai/mistral-7b-instruct-v0.1\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"mistralai/mistral-7b-instruct-v0.2\",\"match\":{\"equals\":\"mistralai/mistral-7b-instruct-v0.2\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"mistralai/mistral-7b-instruct:free\",\"match\":{\"equals\":\"mistralai/mistral-7b-instruct:free\"},\"prices\":{}},{\"id\":\"mistralai/mistral-large\",\"match\":{\"or\":[{\"equals\":\"mistralai/mistral-large\"},{\"equals\":\"mistralai/mistral-large-2407\"},{\"equals\":\"mistral-large-2411\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":6}},{\"id\":\"mistralai/mistral-large-2512\",\"match\":{\"equals\":\"mistralai/mistral-large-2512\"},\"prices\":{\"input_mtok\":0.5,\"cache_read_mtok\":0.05,\"output_mtok\":1.5}},{\"id\":\"mistralai/mistral-medium\",\"match\":{\"equals\":\"mistralai/mistr",
"al-medium\"},\"prices\":{\"input_mtok\":2.75,\"output_mtok\":8.1}},{\"id\":\"mistralai/mistral-medium-3\",\"match\":{\"equals\":\"mistralai/mistral-medium-3\"},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":2}},{\"id\":\"mistralai/mistral-medium-3-5\",\"match\":{\"equals\":\"mistralai/mistral-medium-3-5\"},\"prices\":{\"input_mtok\":1.5,\"output_mtok\":7.5}},{\"id\":\"mistralai/mistral-medium-3.1\",\"match\":{\"equals\":\"mistralai/mistral-medium-3.1\"},\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.04,\"output_mtok\":2}},{\"id\":\"mistralai/mistral-nemo\",\"match\":{\"equals\":\"mistralai/mistral-nemo\"},\"prices\":{\"input_mtok\":0.01,\"output_mtok\":0.019}},{\"id\":\"mistralai/mistral-nemo:free\",\"match\":{\"equals\":\"mistralai/mistral-nemo:free\"},\"prices\":{}},{\"id\":\"mistralai/mistral-saba\",\"match\":{\"equals\":\"mistralai/mistral-saba\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"mistralai/mistral-small\",\"match\":{\"equals\":\"mistralai/mistral-small\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.6}},{\"id\":\"mistralai/mistral-small-24b-instruct-2501\",\"match\":{\"equals\":\"mistralai/mistral-small-24b-instruct-2501\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.09}},{\"id\":\"mistralai/mistral-small-24b-instruct-2501:free\",\"match\":{\"equals\":\"mistralai/mistral-small-24b-instruct-2501:free\"},\"prices\":{}},{\"id\":\"mistralai/mistral-small-2603\",\"match\":{\"equals\":\"mistralai/mistral-small-2603\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.015,\"output_mtok\":0.6}},{\"id\":\"mistralai/mistral-small-3.1-24b-instruct\",\"match\":{\"equals\":\"mistralai/mistral-small-3.1-24b-instruct\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.15}},{\"id\":\"mistralai/mistral-small-3.1-24b-instruct:free\",\"match\":{\"equals\":\"mistralai/mistral-small-3.1-24b-instruct:free\"},\"prices\":{}},{\"id\":\"mistralai/mistral-small-3.2-24b-instruct\",\"match\":{\"equals\":\"mistralai/mistral-small-3.2-24b-instruct\"},\"prices\":{\"input_mtok\":0.075,\"output_mtok\":0.2}},{\"id\":\"mistralai/mistral-tiny\",\"match\":{\"equals\":\"mistralai/mistral-tiny\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":0.25}},{\"id\":\"mistralai/mixtral-8x22b-instruct\",\"match\":{\"equals\":\"mistralai/mixtral-8x22b-instruct\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"mistralai/mixtral-8x7b-instruct\",\"match\":{\"equals\":\"mistralai/mixtral-8x7b-instruct\"},\"prices\":{\"input_mtok\":0.24,\"output_mtok\":0.24}},{\"id\":\"mistralai/pixtral-12b\",\"match\":{\"equals\":\"mistralai/pixtral-12b\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"mistralai/pixtral-large-2411\",\"match\":{\"equals\":\"mistralai/pixtral-large-2411\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":6}},{\"id\":\"mistralai/voxtral-small-24b-2507\",\"match\":{\"equals\":\"mistralai/voxtral-small-24b-2507\"},\"prices\":{\"input_mtok\":0.1,\"cache_read_mtok\":0.01,\"output_mtok\":0.3}},{\"id\":\"mixtral-8x7b-instruct\",\"match\":{\"equals\":\"mixtral-8x7b-instruct\"},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.24}},{\"id\":\"mn-celeste-12b\",\"match\":{\"equals\":\"mn-celeste-12b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"mn-inferor-12b\",\"match\":{\"equals\":\"mn-inferor-12b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"mn-starcannon-12b\",\"match\":{\"equals\":\"mn-starcannon-12b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"moonshotai/kimi-k2\",\"match\":{\"equals\":\"moonshotai/kimi-k2\"},\"prices\":{\"input_mtok\":0.57,\"output_mtok\":2.3}},{\"id\":\"moonshotai/kimi-k2-0905\",\"match\":{\"equals\":\"moonshotai/kimi-k2-0905\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.5}},{\"id\":\"moonshotai/kimi-k2-thinking\",\"match\":{\"equals\":\"moonshotai/kimi-k2-thinking\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.5}},{\"id\":\"moonshotai/kimi-k2.5\",\"match\":{\"equals\":\"moonshotai/kimi-k2.5\"},\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.09,\"output_mtok\":1.9}},{\"id\":\"moonshotai/kimi-k2.6\",\"match\":{\"equals\":\"moonshotai/kimi-k2.6\"},\"prices\":{\"input_mtok\":0.68,\"cache_read_mtok\":0.34,\"output_mtok\":3.41}},{\"id\":\"moonshotai/kimi-k2.6:free\",\"match\":{\"equals\":\"moonshotai/kimi-k2.6:free\"},\"prices\":{}},{\"id\":\"moonshotai/kimi-k2.7-code\",\"match\":{\"or\":[{\"equals\":\"moonshotai/kimi-k2.7-code\"},{\"equals\":\"moonshotai/kimi-k2.7-code-",
"20260612\"}]},\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.16,\"output_mtok\":3.5}},{\"id\":\"moonshotai/kimi-k3\",\"match\":{\"or\":[{\"equals\":\"moonshotai/kimi-k3\"},{\"equals\":\"moonshotai/kimi-k3-20260715\"}]},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"moonshotai/kimi-vl-a3b-thinking:free\",\"match\":{\"equals\":\"moonshotai/kimi-vl-a3b-thinking:free\"},\"prices\":{}},{\"id\":\"moonshotai/moonlight-16b-a3b-instruct:free\",\"match\":{\"equals\":\"moonshotai/moonlight-16b-a3b-instruct:free\"},\"prices\":{}},{\"id\":\"morph/morph-v3-fast\",\"match\":{\"equals\":\"morph/morph-v3-fast\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"morph/morph-v3-large\",\"match\":{\"equals\":\"morph/morph-v3-large\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":1.9}},{\"id\":\"mythalion-13b\",\"match\":{\"equals\":\"mythalion-13b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"neversleep/llama-3-lumimaid-70b\",\"match\":{\"equals\":\"neversleep/llama-3-lumimaid-70b\"},\"prices\":{\"input_mtok\":3.375,\"output_mtok\":4.5}},{\"id\":\"neversleep/llama-3-lumimaid-8b\",\"match\":{\"or\":[{\"equals\":\"neversleep/llama-3-lumimaid-8b\"},{\"equals\":\"neversleep/llama-3-lumimaid-8b:extended\"}]},\"prices\":{\"input_mtok\":0.09375,\"output_mtok\":0.75}},{\"id\":\"neversleep/llama-3.1-lumimaid-70b\",\"match\":{\"equals\":\"neversleep/llama-3.1-lumimaid-70b\"},\"prices\":{\"input_mtok\":1.5,\"output_mtok\":2.25}},{\"id\":\"neversleep/llama-3.1-lumimaid-8b\",\"match\":{\"equals\":\"neversleep/llama-3.1-lumimaid-8b\"},\"prices\":{\"input_mtok\":0.09375,\"output_mtok\":0.75}},{\"id\":\"neversleep/noromaid-20b\",\"match\":{\"equals\":\"neversleep/noromaid-20b\"},\"prices\":{\"input_mtok\":0.75,\"output_mtok\":1.5}},{\"id\":\"nex-agi/nex-n2-pro:free\",\"match\":{\"equals\":\"nex-agi/nex-n2-pro:free\"},\"prices\":{}},{\"id\":\"noromaid-20b\",\"match\":{\"equals\":\"noromaid-20b\"},\"prices\":{\"input_mtok\":1.25,\"output_mtok\":2}},{\"id\":\"nothingiisreal/mn-celeste-12b\",\"match\":{\"equals\":\"nothingiisreal/mn-celeste-12b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"nous-hermes-2-mixtral-8x7b-dpo\",\"match\":{\"equals\":\"nous-hermes-2-mixtral-8x7b-dpo\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":0.6}},{\"id\":\"nousresearch/deephermes-3-llama-3-8b-preview:free\",\"match\":{\"equals\":\"nousresearch/deephermes-3-llama-3-8b-preview:free\"},\"prices\":{}},{\"id\":\"nousresearch/hermes-2-pro-llama-3-8b\",\"match\":{\"equals\":\"nousresearch/hermes-2-pro-llama-3-8b\"},\"prices\":{\"input_mtok\":0.025,\"output_mtok\":0.04}},{\"id\":\"nousresearch/hermes-3-llama-3.1-405b\",\"match\":{\"equals\":\"nousresearch/hermes-3-llama-3.1-405b\"},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":0.8}},{\"id\":\"nousresearch/hermes-3-llama-3.1-405b:free\",\"match\":{\"equals\":\"nousresearch/hermes-3-llama-3.1-405b:free\"},\"prices\":{}},{\"id\":\"nousresearch/hermes-3-llama-3.1-70b\",\"match\":{\"equals\":\"nousresearch/hermes-3-llama-3.1-70b\"},\"prices\":{\"input_mtok\":0.12,\"output_mtok\":0.3}},{\"id\":\"nousresearch/hermes-4-405b\",\"match\":{\"equals\":\"nousresearch/hermes-4-405b\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":3}},{\"id\":\"nousresearch/hermes-4-70b\",\"match\":{\"equals\":\"nousresearch/hermes-4-70b\"},\"prices\":{\"input_mtok\":0.13,\"output_mtok\":0.4}},{\"id\":\"nousresearch/nous-hermes-2-mixtral-8x7b-dpo\",\"match\":{\"equals\":\"nousresearch/nous-hermes-2-mixtral-8x7b-dpo\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":0.6}},{\"id\":\"nousresearch/nous-hermes-llama2-13b\",\"match\":{\"equals\":\"nousresearch/nous-hermes-llama2-13b\"},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.18}},{\"id\":\"nvidia/llama-3.1-nemotron-70b-instruct\",\"match\":{\"equals\":\"nvidia/llama-3.1-nemotron-70b-instruct\"},\"prices\":{\"input_mtok\":0.12,\"output_mtok\":0.3}},{\"id\":\"nvidia/llama-3.1-nemotron-70b-instruct:free\",\"match\":{\"equals\":\"nvidia/llama-3.1-nemotron-70b-instruct:free\"},\"prices\":{}},{\"id\":\"nvidia/llama-3.1-nemotron-nano-8b-v1:free\",\"match\":{\"equals\":\"nvidia/llama-3.1-nemotron-nano-8b-v1:free\"},\"prices\":{}},{\"id\":\"nvidia/llama-3.1-nemotron-ultra-253b-v1:free\",\"match\":{\"equals\":\"nvidia/llama-3.1-nemotron-ultra-253b-v1:free\"},\"prices\":{}},{\"id\":\"nvidia/llama-3.3-nemotron-super-49b-v1.5\",\"match\":{\"equals\":\"nvidia/llama-3.3-nemot",
"ron-super-49b-v1.5\"},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":0.4}},{\"id\":\"nvidia/llama-3.3-nemotron-super-49b-v1:free\",\"match\":{\"equals\":\"nvidia/llama-3.3-nemotron-super-49b-v1:free\"},\"prices\":{}},{\"id\":\"nvidia/nemotron-3-nano-30b-a3b\",\"match\":{\"equals\":\"nvidia/nemotron-3-nano-30b-a3b\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.2}},{\"id\":\"nvidia/nemotron-3-nano-30b-a3b:free\",\"match\":{\"equals\":\"nvidia/nemotron-3-nano-30b-a3b:free\"},\"prices\":{}},{\"id\":\"nvidia/nemotron-3-nano-omni-30b-a3b-reasoning:free\",\"match\":{\"equals\":\"nvidia/nemotron-3-nano-omni-30b-a3b-reasoning:free\"},\"prices\":{}},{\"id\":\"nvidia/nemotron-3-super-120b-a12b\",\"match\":{\"equals\":\"nvidia/nemotron-3-super-120b-a12b\"},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.45}},{\"id\":\"nvidia/nemotron-3-super-120b-a12b:free\",\"match\":{\"equals\":\"nvidia/nemotron-3-super-120b-a12b:free\"},\"prices\":{}},{\"id\":\"nvidia/nemotron-3-ultra-550b-a55b\",\"match\":{\"equals\":\"nvidia/nemotron-3-ultra-550b-a55b\"},\"prices\":{\"input_mtok\":0.5,\"cache_read_mtok\":0.15,\"output_mtok\":2.5}},{\"id\":\"nvidia/nemotron-3-ultra-550b-a55b:free\",\"match\":{\"equals\":\"nvidia/nemotron-3-ultra-550b-a55b:free\"},\"prices\":{}},{\"id\":\"nvidia/nemotron-3.5-content-safety:free\",\"match\":{\"equals\":\"nvidia/nemotron-3.5-content-safety:free\"},\"prices\":{}},{\"id\":\"nvidia/nemotron-nano-12b-v2-vl:free\",\"match\":{\"equals\":\"nvidia/nemotron-nano-12b-v2-vl:free\"},\"prices\":{}},{\"id\":\"nvidia/nemotron-nano-9b-v2\",\"match\":{\"equals\":\"nvidia/nemotron-nano-9b-v2\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.16}},{\"id\":\"nvidia/nemotron-nano-9b-v2:free\",\"match\":{\"equals\":\"nvidia/nemotron-nano-9b-v2:free\"},\"prices\":{}},{\"id\":\"o1-mini\",\"match\":{\"or\":[{\"equals\":\"o1-mini\"},{\"equals\":\"o1-mini-2024-09-12\"}]},\"prices\":{\"input_mtok\":1.1,\"cache_read_mtok\":0.55,\"output_mtok\":4.4}},{\"id\":\"open-r1/olympiccoder-32b:free\",\"match\":{\"equals\":\"open-r1/olympiccoder-32b:free\"},\"prices\":{}},{\"id\":\"open-r1/olympiccoder-7b:free\",\"match\":{\"equals\":\"open-r1/olympiccoder-7b:free\"},\"prices\":{}},{\"id\":\"openai/chatgpt-4o-latest\",\"match\":{\"equals\":\"openai/chatgpt-4o-latest\"},\"prices\":{\"input_mtok\":5,\"output_mtok\":15}},{\"id\":\"openai/codex-mini\",\"match\":{\"equals\":\"openai/codex-mini\"},\"prices\":{\"input_mtok\":1.5,\"cache_read_mtok\":0.375,\"output_mtok\":6}},{\"id\":\"openai/gpt-3.5-turbo\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-3.5-turbo\"},{\"equals\":\"gpt-3.5-turbo-0125\"}]},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":1.5}},{\"id\":\"openai/gpt-3.5-turbo-0613\",\"match\":{\"equals\":\"openai/gpt-3.5-turbo-0613\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":2}},{\"id\":\"openai/gpt-3.5-turbo-1106\",\"match\":{\"equals\":\"openai/gpt-3.5-turbo-1106\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":2}},{\"id\":\"openai/gpt-3.5-turbo-16k\",\"match\":{\"equals\":\"openai/gpt-3.5-turbo-16k\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":4}},{\"id\":\"openai/gpt-3.5-turbo-instruct\",\"match\":{\"equals\":\"openai/gpt-3.5-turbo-instruct\"},\"prices\":{\"input_mtok\":1.5,\"output_mtok\":2}},{\"id\":\"openai/gpt-4\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-4\"},{\"equals\":\"gpt-4-0314\"}]},\"prices\":{\"input_mtok\":30,\"output_mtok\":60}},{\"id\":\"openai/gpt-4-1106-preview\",\"match\":{\"equals\":\"openai/gpt-4-1106-preview\"},\"prices\":{\"input_mtok\":10,\"output_mtok\":30}},{\"id\":\"openai/gpt-4-32k\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-4-32k\"},{\"equals\":\"openai/gpt-4-32k-0314\"}]},\"prices\":{\"input_mtok\":60,\"output_mtok\":120}},{\"id\":\"openai/gpt-4-turbo\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-4-turbo\"},{\"equals\":\"openai/gpt-4-turbo-preview\"}]},\"prices\":{\"input_mtok\":10,\"output_mtok\":30}},{\"id\":\"openai/gpt-4.1\",\"match\":{\"equals\":\"openai/gpt-4.1\"},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.5,\"output_mtok\":8}},{\"id\":\"openai/gpt-4.1-mini\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-4.1-mini\"},{\"equals\":\"openai/gpt-4.1-mini-2025-04-14\"}]},\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.1,\"output_mtok\":1.6}},{\"id\":\"openai/gpt-4.1-nano\",\"match\":{\"equals\":\"openai/gpt-4.1-nano\"},\"prices\":{\"input_mtok\":0.1,\"cache_read_mtok\":0.025,\"output_mtok\":0.4}},{\"id\":\"openai/gpt-4.5-preview\",\"match\":{\"equals\":\"openai/gpt-4.5-preview",
"\"},\"prices\":{\"input_mtok\":75,\"output_mtok\":150}},{\"id\":\"openai/gpt-4o\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-4o\"},{\"equals\":\"openai/gpt-4o-2024-08-06\"},{\"equals\":\"openai/gpt-4o-2024-11-20\"},{\"equals\":\"openai/gpt-4o-audio-preview\"}]},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"openai/gpt-4o-2024-05-13\",\"match\":{\"equals\":\"openai/gpt-4o-2024-05-13\"},\"prices\":{\"input_mtok\":5,\"output_mtok\":15}},{\"id\":\"openai/gpt-4o-mini\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-4o-mini\"},{\"equals\":\"openai/gpt-4o-mini-2024-07-18\"}]},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.075,\"output_mtok\":0.6}},{\"id\":\"openai/gpt-4o-mini-search-preview\",\"match\":{\"equals\":\"openai/gpt-4o-mini-search-preview\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.6}},{\"id\":\"openai/gpt-4o-search-preview\",\"match\":{\"equals\":\"openai/gpt-4o-search-preview\"},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"openai/gpt-4o:extended\",\"match\":{\"equals\":\"openai/gpt-4o:extended\"},\"prices\":{\"input_mtok\":6,\"output_mtok\":18}},{\"id\":\"openai/gpt-5\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5\"},{\"equals\":\"openai/gpt-5-2025-08-07\"},{\"equals\":\"openai/gpt-5-chat\"},{\"equals\":\"openai/gpt-5-codex\"},{\"equals\":\"openai/gpt-5.1-codex-max\"}]},\"prices\":{\"input_mtok\":1.25,\"cache_read_mtok\":0.125,\"output_mtok\":10}},{\"id\":\"openai/gpt-5-image\",\"match\":{\"equals\":\"openai/gpt-5-image\"},\"prices\":{\"input_mtok\":10,\"cache_read_mtok\":1.25,\"output_mtok\":10}},{\"id\":\"openai/gpt-5-image-mini\",\"match\":{\"equals\":\"openai/gpt-5-image-mini\"},\"prices\":{\"input_mtok\":2.5,\"cache_read_mtok\":0.25,\"output_mtok\":2}},{\"id\":\"openai/gpt-5-mini\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5-mini\"},{\"equals\":\"openai/gpt-5-mini-2025-08-07\"}]},\"prices\":{\"input_mtok\":0.25,\"cache_read_mtok\":0.025,\"output_mtok\":2}},{\"id\":\"openai/gpt-5-nano\",\"match\":{\"equals\":\"openai/gpt-5-nano\"},\"prices\":{\"input_mtok\":0.05,\"cache_read_mtok\":0.01,\"output_mtok\":0.4}},{\"id\":\"openai/gpt-5-pro\",\"match\":{\"equals\":\"openai/gpt-5-pro\"},\"prices\":{\"input_mtok\":15,\"output_mtok\":120}},{\"id\":\"openai/gpt-5.1\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5.1\"},{\"equals\":\"openai/gpt-5.1-chat\"},{\"equals\":\"openai/gpt-5.1-codex\"}]},\"prices\":{\"input_mtok\":1.25,\"cache_read_mtok\":0.13,\"output_mtok\":10}},{\"id\":\"openai/gpt-5.1-codex-mini\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5.1-codex-mini\"},{\"equals\":\"openai/gpt-5.1-codex-mini-20251113\"}]},\"prices\":{\"input_mtok\":0.25,\"cache_read_mtok\":0.025,\"output_mtok\":2}},{\"id\":\"openai/gpt-5.2\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5.2\"},{\"equals\":\"openai/gpt-5.2-20251211\"},{\"equals\":\"openai/gpt-5.2-chat\"},{\"equals\":\"openai/gpt-5.2-codex\"}]},\"prices\":{\"input_mtok\":1.75,\"cache_read_mtok\":0.175,\"output_mtok\":14}},{\"id\":\"openai/gpt-5.2-pro\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5.2-pro\"},{\"equals\":\"openai/gpt-5.2-pro-20251211\"}]},\"prices\":{\"input_mtok\":21,\"output_mtok\":168}},{\"id\":\"openai/gpt-5.3-chat\",\"match\":{\"equals\":\"openai/gpt-5.3-chat\"},\"prices\":{\"input_mtok\":1.75,\"cache_read_mtok\":0.175,\"output_mtok\":14}},{\"id\":\"openai/gpt-5.3-codex\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5.3-codex\"},{\"equals\":\"openai/gpt-5.3-codex-20260224\"}]},\"prices\":{\"input_mtok\":1.75,\"cache_read_mtok\":0.175,\"output_mtok\":14}},{\"id\":\"openai/gpt-5.4\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5.4\"},{\"equals\":\"openai/gpt-5.4-20260305\"}]},\"prices\":{\"input_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":272000,\"price\":5}]},\"cache_read_mtok\":{\"base\":0.25,\"tiers\":[{\"start\":272000,\"price\":0.5}]},\"output_mtok\":{\"base\":15,\"tiers\":[{\"start\":272000,\"price\":22.5}]}}},{\"id\":\"openai/gpt-5.4-image-2\",\"match\":{\"equals\":\"openai/gpt-5.4-image-2\"},\"prices\":{\"input_mtok\":8,\"cache_read_mtok\":2,\"output_mtok\":15}},{\"id\":\"openai/gpt-5.4-mini\",\"match\":{\"equals\":\"openai/gpt-5.4-mini\"},\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":4.5}},{\"id\":\"openai/gpt-5.4-nano\",\"match\":{\"equals\":\"openai/gpt-5.4-nano\"},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.02,\"output_mtok\":1.25}},{\"id\":\"openai/gpt-5.4-pro\",\"match\":{\"equals\":\"openai/gpt-5.4-pro\"},\"prices\":{\"input_mtok\":{\"base\":30,\"tiers\":[{\"start\":272000,\"price\":60}",
"]},\"output_mtok\":{\"base\":180,\"tiers\":[{\"start\":272000,\"price\":270}]}}},{\"id\":\"openai/gpt-5.5\",\"match\":{\"equals\":\"openai/gpt-5.5\"},\"prices\":{\"input_mtok\":{\"base\":5,\"tiers\":[{\"start\":272000,\"price\":10}]},\"cache_read_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":272000,\"price\":1}]},\"output_mtok\":{\"base\":30,\"tiers\":[{\"start\":272000,\"price\":45}]}}},{\"id\":\"openai/gpt-5.5-pro\",\"match\":{\"equals\":\"openai/gpt-5.5-pro\"},\"prices\":{\"input_mtok\":{\"base\":30,\"tiers\":[{\"start\":272000,\"price\":60}]},\"output_mtok\":{\"base\":180,\"tiers\":[{\"start\":272000,\"price\":270}]}}},{\"id\":\"openai/gpt-5.6-luna\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5.6-luna\"},{\"regex\":\"^openai/gpt-5\\\\.6-luna-\\\\d{8}$\"}]},\"prices\":{\"input_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":272000,\"price\":0.4}]},\"cache_write_mtok\":{\"base\":0.25,\"tiers\":[{\"start\":272000,\"price\":0.5}]},\"cache_read_mtok\":{\"base\":0.02,\"tiers\":[{\"start\":272000,\"price\":0.04}]},\"output_mtok\":{\"base\":1.2,\"tiers\":[{\"start\":272000,\"price\":1.8}]}}},{\"id\":\"openai/gpt-5.6-sol\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5.6-sol\"},{\"regex\":\"^openai/gpt-5\\\\.6-sol-\\\\d{8}$\"}]},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":272000,\"price\":4}]},\"cache_write_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":272000,\"price\":5}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":272000,\"price\":0.4}]},\"output_mtok\":{\"base\":10,\"tiers\":[{\"start\":272000,\"price\":15}]}}},{\"id\":\"openai/gpt-5.6-terra\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-5.6-terra\"},{\"regex\":\"^openai/gpt-5\\\\.6-terra-\\\\d{8}$\"}]},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":272000,\"price\":4}]},\"cache_write_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":272000,\"price\":5}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":272000,\"price\":0.4}]},\"output_mtok\":{\"base\":12,\"tiers\":[{\"start\":272000,\"price\":18}]}}},{\"id\":\"openai/gpt-6-luna\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-6-luna\"},{\"equals\":\"openai/gpt-6-luna-pro\"},{\"regex\":\"^openai/gpt-6-luna-\\\\d{8}$\"}]},\"prices\":{\"input_mtok\":{\"base\":0.1,\"tiers\":[{\"start\":272000,\"price\":0.2}]},\"cache_write_mtok\":{\"base\":0.125,\"tiers\":[{\"start\":272000,\"price\":0.25}]},\"cache_read_mtok\":{\"base\":0.01,\"tiers\":[{\"start\":272000,\"price\":0.02}]},\"output_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":272000,\"price\":0.75}]}}},{\"id\":\"openai/gpt-6-luna:batch\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-6-luna:batch\"},{\"equals\":\"openai/gpt-6-luna-pro:batch\"}]},\"prices\":{\"input_mtok\":{\"base\":0.05,\"tiers\":[{\"start\":272000,\"price\":0.1}]},\"cache_write_mtok\":{\"base\":0.0625,\"tiers\":[{\"start\":272000,\"price\":0.125}]},\"cache_read_mtok\":{\"base\":0.005,\"tiers\":[{\"start\":272000,\"price\":0.01}]},\"output_mtok\":{\"base\":0.25,\"tiers\":[{\"start\":272000,\"price\":0.375}]}}},{\"id\":\"openai/gpt-6-sol\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-6-sol\"},{\"equals\":\"openai/gpt-6-sol-pro\"},{\"regex\":\"^openai/gpt-6-sol-\\\\d{8}$\"}]},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":272000,\"price\":4}]},\"cache_write_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":272000,\"price\":5}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":272000,\"price\":0.4}]},\"output_mtok\":{\"base\":10,\"tiers\":[{\"start\":272000,\"price\":15}]}}},{\"id\":\"openai/gpt-6-sol:batch\",\"match\":{\"or\":[{\"equals\":\"openai/gpt-6-sol:batch\"},{\"equals\":\"openai/gpt-6-sol-pro:batch\"}]},\"prices\":{\"input_mtok\":{\"base\":1,\"tiers\":[{\"start\":272000,\"price\":2}]},\"cache_write_mtok\":{\"base\":1.25,\"tiers\":[{\"start\":272000,\"price\":2.5}]},\"cache_read_mtok\":{\"base\":0.1,\"tiers\":[{\"start\":272000,\"price\":0.2}]},\"output_mtok\":{\"base\":5,\"tiers\":[{\"start\":272000,\"price\":7.5}]}}},{\"id\":\"openai/gpt-audio\",\"match\":{\"equals\":\"openai/gpt-audio\"},\"prices\":{\"input_mtok\":2.5,\"output_mtok\":10}},{\"id\":\"openai/gpt-audio-mini\",\"match\":{\"equals\":\"openai/gpt-audio-mini\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":2.4}},{\"id\":\"openai/gpt-chat-latest\",\"match\":{\"equals\":\"openai/gpt-chat-latest\"},\"prices\":{\"input_mtok\":5,\"cache_read_mtok\":0.5,\"output_mtok\":30}},{\"id\":\"openai/gpt-oss-120b\",\"match\":{\"equals\":\"openai/gpt-oss-120b\"},\"prices\":{\"input_mtok\":0.039,\"output_mtok\":0.18}},{\"id\":\"openai/gpt-oss-120b:free\",\"match\":{\"equals\":\"openai/gpt-oss-120b:free\"},\"p",
"rices\":{}},{\"id\":\"openai/gpt-oss-20b\",\"match\":{\"equals\":\"openai/gpt-oss-20b\"},\"prices\":{\"input_mtok\":0.029,\"output_mtok\":0.14}},{\"id\":\"openai/gpt-oss-20b:free\",\"match\":{\"equals\":\"openai/gpt-oss-20b:free\"},\"prices\":{}},{\"id\":\"openai/gpt-oss-safeguard-20b\",\"match\":{\"equals\":\"openai/gpt-oss-safeguard-20b\"},\"prices\":{\"input_mtok\":0.075,\"cache_read_mtok\":0.037,\"output_mtok\":0.3}},{\"id\":\"openai/o1\",\"match\":{\"or\":[{\"equals\":\"openai/o1\"},{\"equals\":\"o1-preview\"},{\"equals\":\"o1-preview-2024-09-12\"}]},\"prices\":{\"input_mtok\":15,\"cache_read_mtok\":7.5,\"output_mtok\":60}},{\"id\":\"openai/o1-mini\",\"match\":{\"or\":[{\"equals\":\"openai/o1-mini\"},{\"equals\":\"openai/o1-mini-2024-09-12\"}]},\"prices\":{\"input_mtok\":1.1,\"output_mtok\":4.4}},{\"id\":\"openai/o1-pro\",\"match\":{\"equals\":\"openai/o1-pro\"},\"prices\":{\"input_mtok\":150,\"output_mtok\":600}},{\"id\":\"openai/o3\",\"match\":{\"equals\":\"openai/o3\"},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.5,\"output_mtok\":8}},{\"id\":\"openai/o3-deep-research\",\"match\":{\"equals\":\"openai/o3-deep-research\"},\"prices\":{\"input_mtok\":10,\"cache_read_mtok\":2.5,\"output_mtok\":40}},{\"id\":\"openai/o3-mini\",\"match\":{\"or\":[{\"equals\":\"openai/o3-mini\"},{\"equals\":\"openai/o3-mini-high\"}]},\"prices\":{\"input_mtok\":1.1,\"cache_read_mtok\":0.55,\"output_mtok\":4.4}},{\"id\":\"openai/o3-pro\",\"match\":{\"equals\":\"openai/o3-pro\"},\"prices\":{\"input_mtok\":20,\"output_mtok\":80}},{\"id\":\"openai/o4-mini\",\"match\":{\"or\":[{\"equals\":\"openai/o4-mini\"},{\"equals\":\"openai/o4-mini-high\"}]},\"prices\":{\"input_mtok\":1.1,\"cache_read_mtok\":0.275,\"output_mtok\":4.4}},{\"id\":\"openai/o4-mini-deep-research\",\"match\":{\"equals\":\"openai/o4-mini-deep-research\"},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.5,\"output_mtok\":8}},{\"id\":\"openchat/openchat-7b\",\"match\":{\"equals\":\"openchat/openchat-7b\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.07}},{\"id\":\"openhands-lm-32b-v0.1\",\"match\":{\"equals\":\"openhands-lm-32b-v0.1\"},\"prices\":{\"input_mtok\":2.6,\"output_mtok\":3.4}},{\"id\":\"perceptron/perceptron-mk1\",\"match\":{\"equals\":\"perceptron/perceptron-mk1\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":1.5}},{\"id\":\"perplexity/llama-3.1-sonar-large-128k-online\",\"match\":{\"equals\":\"perplexity/llama-3.1-sonar-large-128k-online\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":1}},{\"id\":\"perplexity/llama-3.1-sonar-small-128k-online\",\"match\":{\"equals\":\"perplexity/llama-3.1-sonar-small-128k-online\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"perplexity/r1-1776\",\"match\":{\"equals\":\"perplexity/r1-1776\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8}},{\"id\":\"perplexity/sonar\",\"match\":{\"equals\":\"perplexity/sonar\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":1}},{\"id\":\"perplexity/sonar-deep-research\",\"match\":{\"equals\":\"perplexity/sonar-deep-research\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8,\"output_reasoning_mtok\":3}},{\"id\":\"perplexity/sonar-pro\",\"match\":{\"equals\":\"perplexity/sonar-pro\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":15}},{\"id\":\"perplexity/sonar-reasoning\",\"match\":{\"equals\":\"perplexity/sonar-reasoning\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":5}},{\"id\":\"perplexity/sonar-reasoning-pro\",\"match\":{\"equals\":\"perplexity/sonar-reasoning-pro\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8}},{\"id\":\"phi-3-medium-128k-instruct\",\"match\":{\"equals\":\"phi-3-medium-128k-instruct\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":1}},{\"id\":\"phi-3-mini-128k-instruct\",\"match\":{\"equals\":\"phi-3-mini-128k-instruct\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"phi-3.5-mini-128k-instruct\",\"match\":{\"equals\":\"phi-3.5-mini-128k-instruct\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"phi-4-multimodal-instruct\",\"match\":{\"equals\":\"phi-4-multimodal-instruct\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.1}},{\"id\":\"phi-4-reasoning-plus\",\"match\":{\"equals\":\"phi-4-reasoning-plus\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.35}},{\"id\":\"phi-4-reasoning-plus:free\",\"match\":{\"equals\":\"phi-4-reasoning-plus:free\"},\"prices\":{}},{\"id\":\"phi-4-reasoning:free\",\"match\":{\"equals\":\"phi-4-reasoning:free\"},\"prices\":{}},{\"id\":\"pixtral-12b\",\"match\":{\"equals\":\"pixtral-12b\"},\"prices\":{\"inpu",
"t_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"pixtral-large-2411\",\"match\":{\"equals\":\"pixtral-large-2411\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":6}},{\"id\":\"poolside/laguna-m.1:free\",\"match\":{\"equals\":\"poolside/laguna-m.1:free\"},\"prices\":{}},{\"id\":\"poolside/laguna-xs.2:free\",\"match\":{\"equals\":\"poolside/laguna-xs.2:free\"},\"prices\":{}},{\"id\":\"prime-intellect/intellect-3\",\"match\":{\"equals\":\"prime-intellect/intellect-3\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":1.1}},{\"id\":\"pygmalionai/mythalion-13b\",\"match\":{\"equals\":\"pygmalionai/mythalion-13b\"},\"prices\":{\"input_mtok\":0.5625,\"output_mtok\":1.125}},{\"id\":\"qwen-2-72b-instruct\",\"match\":{\"equals\":\"qwen-2-72b-instruct\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"qwen-2.5-72b-instruct:free\",\"match\":{\"equals\":\"qwen-2.5-72b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen-2.5-coder-32b-instruct:free\",\"match\":{\"equals\":\"qwen-2.5-coder-32b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen-2.5-vl-7b-instruct\",\"match\":{\"equals\":\"qwen-2.5-vl-7b-instruct\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"qwen-max\",\"match\":{\"equals\":\"qwen-max\"},\"prices\":{\"input_mtok\":1.6,\"cache_read_mtok\":0.64,\"output_mtok\":6.4}},{\"id\":\"qwen-turbo\",\"match\":{\"equals\":\"qwen-turbo\"},\"prices\":{\"input_mtok\":0.05,\"cache_read_mtok\":0.02,\"output_mtok\":0.2}},{\"id\":\"qwen-vl-max\",\"match\":{\"equals\":\"qwen-vl-max\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":3.2}},{\"id\":\"qwen-vl-plus\",\"match\":{\"equals\":\"qwen-vl-plus\"},\"prices\":{\"input_mtok\":0.21,\"output_mtok\":0.63}},{\"id\":\"qwen/qwen-2-72b-instruct\",\"match\":{\"equals\":\"qwen/qwen-2-72b-instruct\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"qwen/qwen-2.5-72b-instruct\",\"match\":{\"equals\":\"qwen/qwen-2.5-72b-instruct\"},\"prices\":{\"input_mtok\":0.12,\"output_mtok\":0.39}},{\"id\":\"qwen/qwen-2.5-72b-instruct:free\",\"match\":{\"equals\":\"qwen/qwen-2.5-72b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen/qwen-2.5-7b-instruct\",\"match\":{\"equals\":\"qwen/qwen-2.5-7b-instruct\"},\"prices\":{\"input_mtok\":0.04,\"output_mtok\":0.1}},{\"id\":\"qwen/qwen-2.5-7b-instruct:free\",\"match\":{\"equals\":\"qwen/qwen-2.5-7b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen/qwen-2.5-coder-32b-instruct\",\"match\":{\"equals\":\"qwen/qwen-2.5-coder-32b-instruct\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.15}},{\"id\":\"qwen/qwen-2.5-coder-32b-instruct:free\",\"match\":{\"equals\":\"qwen/qwen-2.5-coder-32b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen/qwen-2.5-vl-72b-instruct\",\"match\":{\"equals\":\"qwen/qwen-2.5-vl-72b-instruct\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":0.6}},{\"id\":\"qwen/qwen-2.5-vl-7b-instruct\",\"match\":{\"equals\":\"qwen/qwen-2.5-vl-7b-instruct\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"qwen/qwen-2.5-vl-7b-instruct:free\",\"match\":{\"equals\":\"qwen/qwen-2.5-vl-7b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen/qwen-max\",\"match\":{\"equals\":\"qwen/qwen-max\"},\"prices\":{\"input_mtok\":1.6,\"output_mtok\":6.4}},{\"id\":\"qwen/qwen-plus\",\"match\":{\"equals\":\"qwen/qwen-plus\"},\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.16,\"output_mtok\":1.2}},{\"id\":\"qwen/qwen-plus-2025-07-28\",\"match\":{\"equals\":\"qwen/qwen-plus-2025-07-28\"},\"prices\":{\"input_mtok\":0.26,\"output_mtok\":0.78}},{\"id\":\"qwen/qwen-plus-2025-07-28:thinking\",\"match\":{\"equals\":\"qwen/qwen-plus-2025-07-28:thinking\"},\"prices\":{\"input_mtok\":0.26,\"cache_write_mtok\":0.325,\"output_mtok\":0.78}},{\"id\":\"qwen/qwen-turbo\",\"match\":{\"equals\":\"qwen/qwen-turbo\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.2}},{\"id\":\"qwen/qwen-vl-max\",\"match\":{\"equals\":\"qwen/qwen-vl-max\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":3.2}},{\"id\":\"qwen/qwen-vl-plus\",\"match\":{\"equals\":\"qwen/qwen-vl-plus\"},\"prices\":{\"input_mtok\":0.21,\"output_mtok\":0.63}},{\"id\":\"qwen/qwen2.5-coder-7b-instruct\",\"match\":{\"equals\":\"qwen/qwen2.5-coder-7b-instruct\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"qwen/qwen2.5-vl-32b-instruct\",\"match\":{\"equals\":\"qwen/qwen2.5-vl-32b-instruct\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"qwen/qwen2.5-vl-32b-instruct:free\",\"match\":{\"equals\":\"qwen/qwen2.5-vl-32b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen/qwen2.5-vl-3b-inst",
"ruct:free\",\"match\":{\"equals\":\"qwen/qwen2.5-vl-3b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen/qwen2.5-vl-72b-instruct\",\"match\":{\"equals\":\"qwen/qwen2.5-vl-72b-instruct\"},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":0.7}},{\"id\":\"qwen/qwen2.5-vl-72b-instruct:free\",\"match\":{\"equals\":\"qwen/qwen2.5-vl-72b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen/qwen3-14b\",\"match\":{\"equals\":\"qwen/qwen3-14b\"},\"prices\":{\"input_mtok\":0.06,\"output_mtok\":0.24}},{\"id\":\"qwen/qwen3-235b-a22b\",\"match\":{\"equals\":\"qwen/qwen3-235b-a22b\"},\"prices\":{\"input_mtok\":0.13,\"output_mtok\":0.6}},{\"id\":\"qwen/qwen3-235b-a22b-2507\",\"match\":{\"equals\":\"qwen/qwen3-235b-a22b-2507\"},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.1}},{\"id\":\"qwen/qwen3-235b-a22b-thinking-2507\",\"match\":{\"equals\":\"qwen/qwen3-235b-a22b-thinking-2507\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"qwen/qwen3-30b-a3b\",\"match\":{\"equals\":\"qwen/qwen3-30b-a3b\"},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.29}},{\"id\":\"qwen/qwen3-30b-a3b-instruct-2507\",\"match\":{\"equals\":\"qwen/qwen3-30b-a3b-instruct-2507\"},\"prices\":{\"input_mtok\":0.04815,\"output_mtok\":0.19305}},{\"id\":\"qwen/qwen3-30b-a3b-thinking-2507\",\"match\":{\"equals\":\"qwen/qwen3-30b-a3b-thinking-2507\"},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.4}},{\"id\":\"qwen/qwen3-32b\",\"match\":{\"equals\":\"qwen/qwen3-32b\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.3}},{\"id\":\"qwen/qwen3-8b\",\"match\":{\"equals\":\"qwen/qwen3-8b\"},\"prices\":{\"input_mtok\":0.035,\"output_mtok\":0.138}},{\"id\":\"qwen/qwen3-coder\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-coder\"},{\"equals\":\"qwen/qwen3-coder-480b-a35b-07-25\"}]},\"prices\":{\"input_mtok\":0.22,\"output_mtok\":1.8}},{\"id\":\"qwen/qwen3-coder-30b-a3b-instruct\",\"match\":{\"equals\":\"qwen/qwen3-coder-30b-a3b-instruct\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.27}},{\"id\":\"qwen/qwen3-coder-flash\",\"match\":{\"equals\":\"qwen/qwen3-coder-flash\"},\"prices\":{\"input_mtok\":0.195,\"cache_write_mtok\":0.24375,\"cache_read_mtok\":0.039,\"output_mtok\":0.975}},{\"id\":\"qwen/qwen3-coder-next\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-coder-next\"},{\"equals\":\"qwen/qwen3-coder-next-2025-02-03\"}]},\"prices\":{\"input_mtok\":0.11,\"cache_read_mtok\":0.07,\"output_mtok\":0.8}},{\"id\":\"qwen/qwen3-coder-plus\",\"match\":{\"equals\":\"qwen/qwen3-coder-plus\"},\"prices\":{\"input_mtok\":0.65,\"cache_write_mtok\":0.8125,\"cache_read_mtok\":0.13,\"output_mtok\":3.25}},{\"id\":\"qwen/qwen3-coder:free\",\"match\":{\"equals\":\"qwen/qwen3-coder:free\"},\"prices\":{}},{\"id\":\"qwen/qwen3-max\",\"match\":{\"equals\":\"qwen/qwen3-max\"},\"prices\":{\"input_mtok\":1.2,\"output_mtok\":6}},{\"id\":\"qwen/qwen3-max-thinking\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-max-thinking\"},{\"equals\":\"qwen/qwen3-max-thinking-20260123\"}]},\"prices\":{\"input_mtok\":0.78,\"output_mtok\":3.9}},{\"id\":\"qwen/qwen3-next-80b-a3b-instruct\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-next-80b-a3b-instruct\"},{\"equals\":\"qwen/qwen3-next-80b-a3b-instruct-2509\"}]},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":1.1}},{\"id\":\"qwen/qwen3-next-80b-a3b-instruct:free\",\"match\":{\"equals\":\"qwen/qwen3-next-80b-a3b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen/qwen3-next-80b-a3b-thinking\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3-next-80b-a3b-thinking\"},{\"equals\":\"qwen/qwen3-next-80b-a3b-thinking-2509\"}]},\"prices\":{\"input_mtok\":0.0975,\"output_mtok\":0.78}},{\"id\":\"qwen/qwen3-vl-235b-a22b-instruct\",\"match\":{\"equals\":\"qwen/qwen3-vl-235b-a22b-instruct\"},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.11,\"output_mtok\":0.88}},{\"id\":\"qwen/qwen3-vl-235b-a22b-thinking\",\"match\":{\"equals\":\"qwen/qwen3-vl-235b-a22b-thinking\"},\"prices\":{\"input_mtok\":0.26,\"output_mtok\":2.6}},{\"id\":\"qwen/qwen3-vl-30b-a3b-instruct\",\"match\":{\"equals\":\"qwen/qwen3-vl-30b-a3b-instruct\"},\"prices\":{\"input_mtok\":0.13,\"output_mtok\":0.52}},{\"id\":\"qwen/qwen3-vl-30b-a3b-thinking\",\"match\":{\"equals\":\"qwen/qwen3-vl-30b-a3b-thinking\"},\"prices\":{\"input_mtok\":0.13,\"output_mtok\":1.56}},{\"id\":\"qwen/qwen3-vl-32b-instruct\",\"match\":{\"equals\":\"qwen/qwen3-vl-32b-instruct\"},\"prices\":{\"input_mtok\":0.104,\"output_mtok\":0.416}},{\"id\":\"qwen/qwen3-vl-8b-instruct\",\"match\":{\"equals\":\"qwen/qwen3-vl-8b-inst",
"ruct\"},\"prices\":{\"input_mtok\":0.08,\"output_mtok\":0.5}},{\"id\":\"qwen/qwen3-vl-8b-thinking\",\"match\":{\"equals\":\"qwen/qwen3-vl-8b-thinking\"},\"prices\":{\"input_mtok\":0.117,\"output_mtok\":1.365}},{\"id\":\"qwen/qwen3.5-122b-a10b\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-122b-a10b\"},{\"equals\":\"qwen/qwen3.5-122b-a10b-20260224\"}]},\"prices\":{\"input_mtok\":0.26,\"output_mtok\":2.08}},{\"id\":\"qwen/qwen3.5-27b\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-27b\"},{\"equals\":\"qwen/qwen3.5-27b-20260224\"}]},\"prices\":{\"input_mtok\":0.195,\"output_mtok\":1.56}},{\"id\":\"qwen/qwen3.5-35b-a3b\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-35b-a3b\"},{\"equals\":\"qwen/qwen3.5-35b-a3b-20260224\"}]},\"prices\":{\"input_mtok\":0.14,\"cache_read_mtok\":0.05,\"output_mtok\":1}},{\"id\":\"qwen/qwen3.5-397b-a17b\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-397b-a17b\"},{\"equals\":\"qwen/qwen3.5-397b-a17b-20260216\"}]},\"prices\":{\"input_mtok\":0.39,\"output_mtok\":2.34}},{\"id\":\"qwen/qwen3.5-9b\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-9b\"},{\"equals\":\"qwen/qwen3.5-9b-20260310\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.15}},{\"id\":\"qwen/qwen3.5-flash-02-23\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-flash-02-23\"},{\"equals\":\"qwen/qwen3.5-flash-20260224\"}]},\"prices\":{\"input_mtok\":0.065,\"output_mtok\":0.26}},{\"id\":\"qwen/qwen3.5-plus-02-15\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.5-plus-02-15\"},{\"equals\":\"qwen/qwen3.5-plus-20260216\"}]},\"prices\":{\"input_mtok\":0.4,\"output_mtok\":2.4}},{\"id\":\"qwen/qwen3.5-plus-20260420\",\"match\":{\"equals\":\"qwen/qwen3.5-plus-20260420\"},\"prices\":{\"input_mtok\":0.3,\"cache_write_mtok\":0.375,\"output_mtok\":1.8}},{\"id\":\"qwen/qwen3.6-27b\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.6-27b\"},{\"equals\":\"qwen/qwen3.6-27b-20260422\"}]},\"prices\":{\"input_mtok\":0.289,\"output_mtok\":2.4}},{\"id\":\"qwen/qwen3.6-35b-a3b\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.6-35b-a3b\"},{\"equals\":\"qwen/qwen3.6-35b-a3b-20260415\"}]},\"prices\":{\"input_mtok\":0.14,\"output_mtok\":1}},{\"id\":\"qwen/qwen3.6-flash\",\"match\":{\"equals\":\"qwen/qwen3.6-flash\"},\"prices\":{\"input_mtok\":0.1875,\"cache_write_mtok\":0.234375,\"output_mtok\":1.125}},{\"id\":\"qwen/qwen3.6-max-preview\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.6-max-preview\"},{\"equals\":\"qwen/qwen3.6-max-preview-20260420\"}]},\"prices\":{\"input_mtok\":1.04,\"cache_write_mtok\":1.3,\"output_mtok\":6.24}},{\"id\":\"qwen/qwen3.6-plus\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.6-plus\"},{\"equals\":\"qwen/qwen3.6-plus-04-02\"}]},\"prices\":{\"input_mtok\":0.325,\"cache_write_mtok\":0.40625,\"output_mtok\":1.95}},{\"id\":\"qwen/qwen3.7-max\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.7-max\"},{\"equals\":\"qwen/qwen3.7-max-20260520\"}]},\"prices\":{\"input_mtok\":1.25,\"cache_write_mtok\":1.5625,\"cache_read_mtok\":0.25,\"output_mtok\":3.75}},{\"id\":\"qwen/qwen3.7-plus\",\"match\":{\"or\":[{\"equals\":\"qwen/qwen3.7-plus\"},{\"equals\":\"qwen/qwen3.7-plus-20260602\"}]},\"prices\":{\"input_mtok\":0.4,\"cache_write_mtok\":0.5,\"cache_read_mtok\":0.08,\"output_mtok\":1.6}},{\"id\":\"qwen/qwq-32b\",\"match\":{\"equals\":\"qwen/qwq-32b\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.2}},{\"id\":\"qwen/qwq-32b-preview\",\"match\":{\"equals\":\"qwen/qwq-32b-preview\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"qwen/qwq-32b-preview:free\",\"match\":{\"equals\":\"qwen/qwq-32b-preview:free\"},\"prices\":{}},{\"id\":\"qwen/qwq-32b:free\",\"match\":{\"equals\":\"qwen/qwq-32b:free\"},\"prices\":{}},{\"id\":\"qwen2.5-vl-32b-instruct\",\"match\":{\"equals\":\"qwen2.5-vl-32b-instruct\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"qwen2.5-vl-32b-instruct:free\",\"match\":{\"equals\":\"qwen2.5-vl-32b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen2.5-vl-72b-instruct:free\",\"match\":{\"equals\":\"qwen2.5-vl-72b-instruct:free\"},\"prices\":{}},{\"id\":\"qwen3-14b:free\",\"match\":{\"equals\":\"qwen3-14b:free\"},\"prices\":{}},{\"id\":\"qwen3-235b-a22b:free\",\"match\":{\"equals\":\"qwen3-235b-a22b:free\"},\"prices\":{}},{\"id\":\"qwen3-30b-a3b:free\",\"match\":{\"equals\":\"qwen3-30b-a3b:free\"},\"prices\":{}},{\"id\":\"qwen3-32b:free\",\"match\":{\"equals\":\"qwen3-32b:free\"},\"prices\":{}},{\"id\":\"qwen3-8b:free\",\"match\":{\"equals\":\"qwen3-8b:free\"},\"prices\":{}},{\"id\":\"qwerky-72b:free\",\"match\":{\"equals\":\"qwerky-72b:free\"",
"},\"prices\":{}},{\"id\":\"qwq-32b\",\"match\":{\"equals\":\"qwq-32b\"},\"prices\":{\"input_mtok\":0.15,\"output_mtok\":0.2}},{\"id\":\"qwq-32b-arliai-rpr-v1:free\",\"match\":{\"equals\":\"qwq-32b-arliai-rpr-v1:free\"},\"prices\":{}},{\"id\":\"qwq-32b-preview\",\"match\":{\"equals\":\"qwq-32b-preview\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"qwq-32b:free\",\"match\":{\"equals\":\"qwq-32b:free\"},\"prices\":{}},{\"id\":\"r1-1776\",\"match\":{\"equals\":\"r1-1776\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8}},{\"id\":\"raifle/sorcererlm-8x22b\",\"match\":{\"equals\":\"raifle/sorcererlm-8x22b\"},\"prices\":{\"input_mtok\":4.5,\"output_mtok\":4.5}},{\"id\":\"reka-flash-3:free\",\"match\":{\"equals\":\"reka-flash-3:free\"},\"prices\":{}},{\"id\":\"rekaai/reka-edge\",\"match\":{\"equals\":\"rekaai/reka-edge\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"rekaai/reka-flash-3\",\"match\":{\"equals\":\"rekaai/reka-flash-3\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.2}},{\"id\":\"rekaai/reka-flash-3:free\",\"match\":{\"equals\":\"rekaai/reka-flash-3:free\"},\"prices\":{}},{\"id\":\"relace/relace-apply-3\",\"match\":{\"equals\":\"relace/relace-apply-3\"},\"prices\":{\"input_mtok\":0.85,\"output_mtok\":1.25}},{\"id\":\"relace/relace-search\",\"match\":{\"equals\":\"relace/relace-search\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":3}},{\"id\":\"sao10k/fimbulvetr-11b-v2\",\"match\":{\"equals\":\"sao10k/fimbulvetr-11b-v2\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"sao10k/l3-euryale-70b\",\"match\":{\"equals\":\"sao10k/l3-euryale-70b\"},\"prices\":{\"input_mtok\":1.48,\"output_mtok\":1.48}},{\"id\":\"sao10k/l3-lunaris-8b\",\"match\":{\"equals\":\"sao10k/l3-lunaris-8b\"},\"prices\":{\"input_mtok\":0.02,\"output_mtok\":0.05}},{\"id\":\"sao10k/l3.1-70b-hanami-x1\",\"match\":{\"equals\":\"sao10k/l3.1-70b-hanami-x1\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":3}},{\"id\":\"sao10k/l3.1-euryale-70b\",\"match\":{\"equals\":\"sao10k/l3.1-euryale-70b\"},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":0.8}},{\"id\":\"sao10k/l3.3-euryale-70b\",\"match\":{\"equals\":\"sao10k/l3.3-euryale-70b\"},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":0.8}},{\"id\":\"sarvam-m:free\",\"match\":{\"equals\":\"sarvam-m:free\"},\"prices\":{}},{\"id\":\"scb10x/llama3.1-typhoon2-70b-instruct\",\"match\":{\"equals\":\"scb10x/llama3.1-typhoon2-70b-instruct\"},\"prices\":{\"input_mtok\":0.88,\"output_mtok\":0.88}},{\"id\":\"scb10x/llama3.1-typhoon2-8b-instruct\",\"match\":{\"equals\":\"scb10x/llama3.1-typhoon2-8b-instruct\"},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.18}},{\"id\":\"shisa-ai/shisa-v2-llama3.3-70b:free\",\"match\":{\"equals\":\"shisa-ai/shisa-v2-llama3.3-70b:free\"},\"prices\":{}},{\"id\":\"shisa-v2-llama3.3-70b:free\",\"match\":{\"equals\":\"shisa-v2-llama3.3-70b:free\"},\"prices\":{}},{\"id\":\"sonar-reasoning\",\"match\":{\"equals\":\"sonar-reasoning\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":5}},{\"id\":\"sophosympatheia/midnight-rose-70b\",\"match\":{\"equals\":\"sophosympatheia/midnight-rose-70b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"sophosympatheia/rogue-rose-103b-v0.2:free\",\"match\":{\"equals\":\"sophosympatheia/rogue-rose-103b-v0.2:free\"},\"prices\":{}},{\"id\":\"sorcererlm-8x22b\",\"match\":{\"equals\":\"sorcererlm-8x22b\"},\"prices\":{\"input_mtok\":4.5,\"output_mtok\":4.5}},{\"id\":\"spotlight\",\"match\":{\"equals\":\"spotlight\"},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.18}},{\"id\":\"steelskull/l3.3-electra-r1-70b\",\"match\":{\"equals\":\"steelskull/l3.3-electra-r1-70b\"},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":0.95}},{\"id\":\"stepfun/step-3.5-flash\",\"match\":{\"equals\":\"stepfun/step-3.5-flash\"},\"prices\":{\"input_mtok\":0.09,\"cache_read_mtok\":0.02,\"output_mtok\":0.3}},{\"id\":\"stepfun/step-3.7-flash\",\"match\":{\"equals\":\"stepfun/step-3.7-flash\"},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.04,\"output_mtok\":1.15}},{\"id\":\"switchpoint/router\",\"match\":{\"equals\":\"switchpoint/router\"},\"prices\":{\"input_mtok\":0.85,\"output_mtok\":3.4}},{\"id\":\"tencent/hunyuan-a13b-instruct\",\"match\":{\"equals\":\"tencent/hunyuan-a13b-instruct\"},\"prices\":{\"input_mtok\":0.14,\"output_mtok\":0.57}},{\"id\":\"tencent/hy3-preview\",\"match\":{\"equals\":\"tencent/hy3-preview\"},\"prices\":{\"input_mtok\":0.063,\"cache_read_mtok\":0.021,\"output_mtok\":0.21}},{\"id\":\"thedrummer/anubis-pro-105b-v1\",\"ma",
"tch\":{\"equals\":\"thedrummer/anubis-pro-105b-v1\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1}},{\"id\":\"thedrummer/cydonia-24b-v4.1\",\"match\":{\"equals\":\"thedrummer/cydonia-24b-v4.1\"},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.15,\"output_mtok\":0.5}},{\"id\":\"thedrummer/rocinante-12b\",\"match\":{\"equals\":\"thedrummer/rocinante-12b\"},\"prices\":{\"input_mtok\":0.25,\"output_mtok\":0.5}},{\"id\":\"thedrummer/skyfall-36b-v2\",\"match\":{\"equals\":\"thedrummer/skyfall-36b-v2\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.8}},{\"id\":\"thedrummer/unslopnemo-12b\",\"match\":{\"equals\":\"thedrummer/unslopnemo-12b\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.5}},{\"id\":\"thudm/glm-4-32b:free\",\"match\":{\"equals\":\"thudm/glm-4-32b:free\"},\"prices\":{}},{\"id\":\"thudm/glm-z1-32b:free\",\"match\":{\"equals\":\"thudm/glm-z1-32b:free\"},\"prices\":{}},{\"id\":\"toppy-m-7b\",\"match\":{\"equals\":\"toppy-m-7b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"undi95/remm-slerp-l2-13b\",\"match\":{\"equals\":\"undi95/remm-slerp-l2-13b\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":1.2}},{\"id\":\"undi95/toppy-m-7b\",\"match\":{\"equals\":\"undi95/toppy-m-7b\"},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.07}},{\"id\":\"upstage/solar-pro-3\",\"match\":{\"equals\":\"upstage/solar-pro-3\"},\"prices\":{\"input_mtok\":0.15,\"cache_read_mtok\":0.015,\"output_mtok\":0.6}},{\"id\":\"valkyrie-49b-v1\",\"match\":{\"equals\":\"valkyrie-49b-v1\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.8}},{\"id\":\"virtuoso-medium-v2\",\"match\":{\"equals\":\"virtuoso-medium-v2\"},\"prices\":{\"input_mtok\":0.5,\"output_mtok\":0.8}},{\"id\":\"writer/palmyra-x5\",\"match\":{\"equals\":\"writer/palmyra-x5\"},\"prices\":{\"input_mtok\":0.6,\"output_mtok\":6}},{\"id\":\"x-ai/grok-2-1212\",\"match\":{\"equals\":\"x-ai/grok-2-1212\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":10}},{\"id\":\"x-ai/grok-2-vision-1212\",\"match\":{\"equals\":\"x-ai/grok-2-vision-1212\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":10}},{\"id\":\"x-ai/grok-3-beta\",\"match\":{\"equals\":\"x-ai/grok-3-beta\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":15}},{\"id\":\"x-ai/grok-3-mini-beta\",\"match\":{\"equals\":\"x-ai/grok-3-mini-beta\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.5}},{\"id\":\"x-ai/grok-4-fast\",\"match\":{\"equals\":\"x-ai/grok-4-fast\"},\"prices\":{\"input_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":128000,\"price\":0.4}]},\"cache_read_mtok\":0.05,\"output_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":128000,\"price\":1}]}}},{\"id\":\"x-ai/grok-4.1-fast:free\",\"match\":{\"equals\":\"x-ai/grok-4.1-fast:free\"},\"prices\":{}},{\"id\":\"x-ai/grok-4.20\",\"match\":{\"equals\":\"x-ai/grok-4.20\"},\"prices\":{\"input_mtok\":1.25,\"cache_read_mtok\":0.2,\"output_mtok\":2.5}},{\"id\":\"x-ai/grok-4.20-multi-agent\",\"match\":{\"equals\":\"x-ai/grok-4.20-multi-agent\"},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.2,\"output_mtok\":6}},{\"id\":\"x-ai/grok-4.3\",\"match\":{\"or\":[{\"equals\":\"x-ai/grok-4.3\"},{\"regex\":\"^x-ai/grok-4\\\\.3-\\\\d{8}$\"}]},\"prices\":{\"input_mtok\":1.25,\"cache_read_mtok\":0.2,\"output_mtok\":2.5}},{\"id\":\"x-ai/grok-beta\",\"match\":{\"equals\":\"x-ai/grok-beta\"},\"prices\":{\"input_mtok\":5,\"output_mtok\":15}},{\"id\":\"x-ai/grok-build-0.1\",\"match\":{\"equals\":\"x-ai/grok-build-0.1\"},\"prices\":{\"input_mtok\":1,\"cache_read_mtok\":0.2,\"output_mtok\":2}},{\"id\":\"x-ai/grok-code-fast-1\",\"match\":{\"equals\":\"x-ai/grok-code-fast-1\"},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.02,\"output_mtok\":1.5}},{\"id\":\"x-ai/grok-vision-beta\",\"match\":{\"equals\":\"x-ai/grok-vision-beta\"},\"prices\":{\"input_mtok\":5,\"output_mtok\":15}},{\"id\":\"xiaomi/mimo-v2-flash\",\"match\":{\"equals\":\"xiaomi/mimo-v2-flash\"},\"prices\":{\"input_mtok\":0.1,\"cache_read_mtok\":0.01,\"output_mtok\":0.3}},{\"id\":\"xiaomi/mimo-v2.5\",\"match\":{\"equals\":\"xiaomi/mimo-v2.5\"},\"prices\":{\"input_mtok\":0.14,\"cache_read_mtok\":0.0028,\"output_mtok\":0.28}},{\"id\":\"xiaomi/mimo-v2.5-pro\",\"match\":{\"equals\":\"xiaomi/mimo-v2.5-pro\"},\"prices\":{\"input_mtok\":0.435,\"cache_read_mtok\":0.0036,\"output_mtok\":0.87}},{\"id\":\"xwin-lm/xwin-lm-70b\",\"match\":{\"equals\":\"xwin-lm/xwin-lm-70b\"},\"prices\":{\"input_mtok\":3.75,\"output_mtok\":3.75}},{\"id\":\"yi-large\",\"match\":{\"equals\":\"yi-large\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":3}},{\"id\":\"z-ai/glm-4.5\",\"match\":{\"equals",
"\":\"z-ai/glm-4.5\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.11,\"output_mtok\":2.2}},{\"id\":\"z-ai/glm-4.5-air\",\"match\":{\"equals\":\"z-ai/glm-4.5-air\"},\"prices\":{\"input_mtok\":0.125,\"cache_read_mtok\":0.06,\"output_mtok\":0.85}},{\"id\":\"z-ai/glm-4.5v\",\"match\":{\"equals\":\"z-ai/glm-4.5v\"},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.11,\"output_mtok\":1.8}},{\"id\":\"z-ai/glm-4.6\",\"match\":{\"equals\":\"z-ai/glm-4.6\"},\"prices\":{\"input_mtok\":0.43,\"cache_read_mtok\":0.08,\"output_mtok\":1.74}},{\"id\":\"z-ai/glm-4.6v\",\"match\":{\"equals\":\"z-ai/glm-4.6v\"},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.05,\"output_mtok\":0.9}},{\"id\":\"z-ai/glm-4.7\",\"match\":{\"equals\":\"z-ai/glm-4.7\"},\"prices\":{\"input_mtok\":0.4,\"cache_read_mtok\":0.08,\"output_mtok\":1.75}},{\"id\":\"z-ai/glm-4.7-flash\",\"match\":{\"or\":[{\"equals\":\"z-ai/glm-4.7-flash\"},{\"equals\":\"z-ai/glm-4.7-flash-20260119\"}]},\"prices\":{\"input_mtok\":0.06,\"cache_read_mtok\":0.01,\"output_mtok\":0.4}},{\"id\":\"z-ai/glm-5\",\"match\":{\"or\":[{\"equals\":\"z-ai/glm-5\"},{\"equals\":\"z-ai/glm-5-20260211\"}]},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.12,\"output_mtok\":1.92}},{\"id\":\"z-ai/glm-5-turbo\",\"match\":{\"or\":[{\"equals\":\"z-ai/glm-5-turbo\"},{\"equals\":\"z-ai/glm-5-turbo-20260315\"}]},\"prices\":{\"input_mtok\":1.2,\"cache_read_mtok\":0.24,\"output_mtok\":4}},{\"id\":\"z-ai/glm-5.1\",\"match\":{\"or\":[{\"equals\":\"z-ai/glm-5.1\"},{\"equals\":\"z-ai/glm-5.1-20260406\"}]},\"prices\":{\"input_mtok\":0.98,\"cache_read_mtok\":0.182,\"output_mtok\":3.08}},{\"id\":\"z-ai/glm-5.2\",\"match\":{\"or\":[{\"equals\":\"z-ai/glm-5.2\"},{\"equals\":\"z-ai/glm-5.2-20260616\"}]},\"prices\":{\"input_mtok\":1.4,\"cache_read_mtok\":0.26,\"output_mtok\":4.4}},{\"id\":\"z-ai/glm-5.3\",\"match\":{\"or\":[{\"equals\":\"z-ai/glm-5.3\"},{\"equals\":\"z-ai/glm-5.3-20260816\"}]},\"prices\":{\"input_mtok\":1.4,\"cache_read_mtok\":0.26,\"output_mtok\":4.4}},{\"id\":\"z-ai/glm-5.3-flash\",\"match\":{\"equals\":\"z-ai/glm-5.3-flash\"},\"prices\":{\"input_mtok\":0.075,\"cache_read_mtok\":0.015,\"output_mtok\":0.25}},{\"id\":\"~anthropic/claude-fable-latest\",\"match\":{\"equals\":\"~anthropic/claude-fable-latest\"},\"prices\":{\"input_mtok\":10,\"cache_write_mtok\":12.5,\"cache_read_mtok\":1,\"output_mtok\":50}},{\"id\":\"~anthropic/claude-haiku-latest\",\"match\":{\"equals\":\"~anthropic/claude-haiku-latest\"},\"prices\":{\"input_mtok\":1,\"cache_write_mtok\":1.25,\"cache_read_mtok\":0.1,\"output_mtok\":5}},{\"id\":\"~anthropic/claude-opus-latest\",\"match\":{\"equals\":\"~anthropic/claude-opus-latest\"},\"prices\":[{\"prices\":{\"input_mtok\":5,\"cache_write_mtok\":6.25,\"cache_read_mtok\":0.5,\"output_mtok\":25}},{\"constraint\":{\"start_date\":\"2026-09-22\",\"type\":\"start_date\"},\"prices\":{\"input_mtok\":4,\"cache_write_mtok\":5,\"cache_read_mtok\":0.2,\"output_mtok\":20}}]},{\"id\":\"~anthropic/claude-sonnet-latest\",\"match\":{\"equals\":\"~anthropic/claude-sonnet-latest\"},\"prices\":{\"input_mtok\":3,\"cache_write_mtok\":3.75,\"cache_read_mtok\":0.3,\"output_mtok\":15}},{\"id\":\"~google/gemini-flash-latest\",\"match\":{\"equals\":\"~google/gemini-flash-latest\"},\"prices\":{\"input_mtok\":1.5,\"cache_write_mtok\":0.08333333333333334,\"cache_read_mtok\":0.15,\"output_mtok\":9}},{\"id\":\"~google/gemini-pro-latest\",\"match\":{\"equals\":\"~google/gemini-pro-latest\"},\"prices\":{\"input_mtok\":2,\"cache_write_mtok\":0.375,\"cache_read_mtok\":0.2,\"output_mtok\":12}},{\"id\":\"~moonshotai/kimi-latest\",\"match\":{\"equals\":\"~moonshotai/kimi-latest\"},\"prices\":{\"input_mtok\":0.68,\"cache_read_mtok\":0.34,\"output_mtok\":3.41}},{\"id\":\"~openai/gpt-latest\",\"match\":{\"equals\":\"~openai/gpt-latest\"},\"prices\":{\"input_mtok\":5,\"cache_read_mtok\":0.5,\"output_mtok\":30}},{\"id\":\"~openai/gpt-mini-latest\",\"match\":{\"equals\":\"~openai/gpt-mini-latest\"},\"prices\":{\"input_mtok\":0.75,\"cache_read_mtok\":0.075,\"output_mtok\":4.5}}]},{\"id\":\"ovhcloud\",\"models\":[{\"id\":\"DeepSeek-R1-Distill-Llama-70B\",\"match\":{\"or\":[{\"equals\":\"DeepSeek-R1-Distill-Llama-70B\"},{\"equals\":\"deepseek-r1-distill-llama-70b\"}]},\"prices\":{\"input_mtok\":0.74,\"output_mtok\":0.74}},{\"id\":\"Llama-3.1-8B-Instruct\",\"match\":{\"or\":[{\"equals\":\"Llama-3.1-8B-Instruct\"},{\"equals\":\"llama-3.1-8b-instruct\"}]},\"prices\":{\"input_mtok\":0.11,\"output_mtok\":0.11}},{\"id\":\"Meta-Llama-3_3-7",
"0B-Instruct\",\"match\":{\"or\":[{\"equals\":\"Meta-Llama-3_3-70B-Instruct\"},{\"equals\":\"meta-llama-3_3-70b-instruct\"}]},\"prices\":{\"input_mtok\":0.74,\"output_mtok\":0.74}},{\"id\":\"Mistral-7B-Instruct-v0.3\",\"match\":{\"or\":[{\"equals\":\"Mistral-7B-Instruct-v0.3\"},{\"equals\":\"mistral-7b-instruct-v0.3\"}]},\"prices\":{\"input_mtok\":0.11,\"output_mtok\":0.11}},{\"id\":\"Mistral-Nemo-Instruct-2407\",\"match\":{\"or\":[{\"equals\":\"Mistral-Nemo-Instruct-2407\"},{\"equals\":\"mistral-nemo-instruct-2407\"}]},\"prices\":{\"input_mtok\":0.14,\"output_mtok\":0.14}},{\"id\":\"Mistral-Small-3.2-24B-Instruct-2506\",\"match\":{\"or\":[{\"equals\":\"Mistral-Small-3.2-24B-Instruct-2506\"},{\"equals\":\"mistral-small-3.2-24b-instruct-2506\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.31}},{\"id\":\"Mixtral-8x7B-Instruct-v0.1\",\"match\":{\"or\":[{\"equals\":\"Mixtral-8x7B-Instruct-v0.1\"},{\"equals\":\"mixtral-8x7b-instruct-v0.1\"}]},\"prices\":{\"input_mtok\":0.7,\"output_mtok\":0.7}},{\"id\":\"Qwen2.5-VL-72B-Instruct\",\"match\":{\"or\":[{\"equals\":\"Qwen2.5-VL-72B-Instruct\"},{\"equals\":\"qwen2.5-vl-72b-instruct\"}]},\"prices\":{\"input_mtok\":1.01,\"output_mtok\":1.01}},{\"id\":\"Qwen3-32B\",\"match\":{\"or\":[{\"equals\":\"Qwen3-32B\"},{\"equals\":\"qwen3-32b\"}]},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.25}},{\"id\":\"Qwen3-Coder-30B-A3B-Instruct\",\"match\":{\"or\":[{\"equals\":\"Qwen3-Coder-30B-A3B-Instruct\"},{\"equals\":\"qwen3-coder-30b-a3b-instruct\"}]},\"prices\":{\"input_mtok\":0.07,\"output_mtok\":0.26}},{\"id\":\"bge-base-en-v1.5\",\"match\":{\"equals\":\"bge-base-en-v1.5\"},\"prices\":{\"input_mtok\":0.01}},{\"id\":\"bge-m3\",\"match\":{\"equals\":\"bge-m3\"},\"prices\":{\"input_mtok\":0.01}},{\"id\":\"bge-multilingual-gemma2\",\"match\":{\"equals\":\"bge-multilingual-gemma2\"},\"prices\":{\"input_mtok\":0.01}},{\"id\":\"gpt-oss-120b\",\"match\":{\"equals\":\"gpt-oss-120b\"},\"prices\":{\"input_mtok\":0.09,\"output_mtok\":0.47}},{\"id\":\"gpt-oss-20b\",\"match\":{\"equals\":\"gpt-oss-20b\"},\"prices\":{\"input_mtok\":0.05,\"output_mtok\":0.18}}]},{\"id\":\"perplexity\",\"models\":[{\"id\":\"llama-3.1-sonar-large-128k-online\",\"match\":{\"equals\":\"llama-3.1-sonar-large-128k-online\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":1}},{\"id\":\"llama-3.1-sonar-small-128k-online\",\"match\":{\"equals\":\"llama-3.1-sonar-small-128k-online\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"r1-1776\",\"match\":{\"equals\":\"r1-1776\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8}},{\"id\":\"sonar\",\"match\":{\"equals\":\"sonar\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":1,\"requests_kcount\":12}},{\"id\":\"sonar-deep-research\",\"match\":{\"equals\":\"sonar-deep-research\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8,\"output_reasoning_mtok\":3}},{\"id\":\"sonar-pro\",\"match\":{\"equals\":\"sonar-pro\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":15,\"requests_kcount\":14}},{\"id\":\"sonar-pro-search\",\"match\":{\"equals\":\"sonar-pro-search\"},\"prices\":{\"input_mtok\":3,\"output_mtok\":15}},{\"id\":\"sonar-reasoning\",\"match\":{\"equals\":\"sonar-reasoning\"},\"prices\":{\"input_mtok\":1,\"output_mtok\":5,\"requests_kcount\":12}},{\"id\":\"sonar-reasoning-pro\",\"match\":{\"equals\":\"sonar-reasoning-pro\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":8,\"requests_kcount\":14}}]},{\"id\":\"quicksilverpro\",\"models\":[{\"id\":\"claude-fable-5\",\"match\":{\"equals\":\"claude-fable-5\"},\"prices\":{\"input_mtok\":8,\"output_mtok\":40}},{\"id\":\"claude-haiku-4-5\",\"match\":{\"equals\":\"claude-haiku-4-5\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":4}},{\"id\":\"claude-opus-4-6\",\"match\":{\"equals\":\"claude-opus-4-6\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":20}},{\"id\":\"claude-opus-4-8\",\"match\":{\"equals\":\"claude-opus-4-8\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":20}},{\"id\":\"claude-opus-5\",\"match\":{\"equals\":\"claude-opus-5\"},\"prices\":{\"input_mtok\":4,\"output_mtok\":20}},{\"id\":\"claude-sonnet-4-6\",\"match\":{\"equals\":\"claude-sonnet-4-6\"},\"prices\":{\"input_mtok\":2.4,\"output_mtok\":12}},{\"id\":\"claude-sonnet-5\",\"match\":{\"equals\":\"claude-sonnet-5\"},\"prices\":{\"input_mtok\":2,\"output_mtok\":10}},{\"id\":\"deepseek-v4-flash\",\"match\":{\"equals\":\"deepseek-v4-flash\"},\"prices\":{\"input_mtok\":0.112,\"cache_read_mtok\":0.0144,\"output_mtok\":0.224}},{\"id\":\"deepseek-v4-pro\",\"match\":{\"equals\":\"deepseek-v4-pro\"},\"prices\":{\"input_mtok\":0.435,",
"\"cache_read_mtok\":0.003625,\"output_mtok\":0.87}},{\"id\":\"gemini-3-flash-preview\",\"match\":{\"equals\":\"gemini-3-flash-preview\"},\"prices\":{\"input_mtok\":0.425,\"output_mtok\":2.55}},{\"id\":\"gemini-3-pro-image\",\"match\":{\"equals\":\"gemini-3-pro-image\"},\"prices\":{\"input_mtok\":1.7,\"output_mtok\":10.2}},{\"id\":\"gemini-3.1-flash-lite\",\"match\":{\"equals\":\"gemini-3.1-flash-lite\"},\"prices\":{\"input_mtok\":0.2125,\"output_mtok\":1.275}},{\"id\":\"gemini-3.1-pro-preview\",\"match\":{\"equals\":\"gemini-3.1-pro-preview\"},\"prices\":{\"input_mtok\":1.7,\"output_mtok\":10.2}},{\"id\":\"gemini-3.5-flash\",\"match\":{\"equals\":\"gemini-3.5-flash\"},\"prices\":{\"input_mtok\":1.275,\"output_mtok\":7.65}},{\"id\":\"gemini-3.5-flash-lite\",\"match\":{\"equals\":\"gemini-3.5-flash-lite\"},\"prices\":{\"input_mtok\":0.255,\"output_mtok\":2.125}},{\"id\":\"gemini-3.6-flash\",\"match\":{\"equals\":\"gemini-3.6-flash\"},\"prices\":{\"input_mtok\":1.275,\"output_mtok\":6.375}},{\"id\":\"gemini-3.7-flash\",\"match\":{\"equals\":\"gemini-3.7-flash\"},\"prices\":{\"input_mtok\":0.6375,\"cache_read_mtok\":0.06375,\"output_mtok\":3.1875}},{\"id\":\"glm-5.2\",\"match\":{\"equals\":\"glm-5.2\"},\"prices\":{\"input_mtok\":1.12,\"cache_read_mtok\":0.208,\"output_mtok\":3.52}},{\"id\":\"glm-5.3\",\"match\":{\"equals\":\"glm-5.3\"},\"prices\":{\"input_mtok\":1.12,\"cache_read_mtok\":0.208,\"output_mtok\":3.52}},{\"id\":\"glm-5.3-flash\",\"match\":{\"equals\":\"glm-5.3-flash\"},\"prices\":{\"input_mtok\":0.06,\"cache_read_mtok\":0.012,\"output_mtok\":0.2}},{\"id\":\"gpt-5.6-luna\",\"match\":{\"equals\":\"gpt-5.6-luna\"},\"prices\":{\"input_mtok\":0.08,\"cache_write_mtok\":0.1,\"cache_read_mtok\":0.008,\"output_mtok\":0.48}},{\"id\":\"gpt-5.6-sol\",\"match\":{\"equals\":\"gpt-5.6-sol\"},\"prices\":{\"input_mtok\":4,\"cache_write_mtok\":5,\"cache_read_mtok\":0.4,\"output_mtok\":24}},{\"id\":\"gpt-5.6-terra\",\"match\":{\"equals\":\"gpt-5.6-terra\"},\"prices\":{\"input_mtok\":0.8,\"cache_write_mtok\":1,\"cache_read_mtok\":0.08,\"output_mtok\":4.8}},{\"id\":\"gpt-oss-120b\",\"match\":{\"equals\":\"gpt-oss-120b\"},\"prices\":{\"input_mtok\":0.12,\"cache_read_mtok\":0.06,\"output_mtok\":0.48}},{\"id\":\"grok-4.5\",\"match\":{\"equals\":\"grok-4.5\"},\"prices\":{\"input_mtok\":1.6,\"cache_read_mtok\":0.4,\"output_mtok\":4.8}},{\"id\":\"grok-4.6\",\"match\":{\"equals\":\"grok-4.6\"},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.5,\"output_mtok\":6}},{\"id\":\"hy3\",\"match\":{\"equals\":\"hy3\"},\"prices\":{\"input_mtok\":0.1056,\"cache_read_mtok\":0.0264,\"output_mtok\":0.4224}},{\"id\":\"kimi-k2.6\",\"match\":{\"equals\":\"kimi-k2.6\"},\"prices\":{\"input_mtok\":0.5472,\"cache_read_mtok\":0.292,\"output_mtok\":2.728}},{\"id\":\"kimi-k2.7-code\",\"match\":{\"equals\":\"kimi-k2.7-code\"},\"prices\":{\"input_mtok\":0.584,\"cache_read_mtok\":0.1278,\"output_mtok\":2.8}},{\"id\":\"kimi-k3\",\"match\":{\"equals\":\"kimi-k3\"},\"prices\":{\"input_mtok\":2.4,\"cache_read_mtok\":0.24,\"output_mtok\":12}},{\"id\":\"mimo-v2.5\",\"match\":{\"equals\":\"mimo-v2.5\"},\"prices\":{\"input_mtok\":0.112,\"cache_read_mtok\":0.00224,\"output_mtok\":0.224}},{\"id\":\"minimax-m3\",\"match\":{\"equals\":\"minimax-m3\"},\"prices\":{\"input_mtok\":0.24,\"cache_read_mtok\":0.048,\"output_mtok\":0.96}},{\"id\":\"muse-glimmer-30b\",\"match\":{\"equals\":\"muse-glimmer-30b\"},\"prices\":{\"input_mtok\":0.28,\"cache_read_mtok\":0.032,\"output_mtok\":1.2}},{\"id\":\"muse-spark-1.2\",\"match\":{\"equals\":\"muse-spark-1.2\"},\"prices\":{\"input_mtok\":1,\"cache_read_mtok\":0.12,\"output_mtok\":3.4}},{\"id\":\"nemotron-3.5-lightning\",\"match\":{\"equals\":\"nemotron-3.5-lightning\"},\"prices\":{\"input_mtok\":0.08,\"cache_read_mtok\":0.04,\"output_mtok\":0.2}},{\"id\":\"qwen3.6-35b\",\"match\":{\"equals\":\"qwen3.6-35b\"},\"prices\":{\"input_mtok\":0.112,\"cache_read_mtok\":0.04,\"output_mtok\":0.8}},{\"id\":\"qwen3.6-plus\",\"match\":{\"equals\":\"qwen3.6-plus\"},\"prices\":{\"input_mtok\":0.26,\"cache_write_mtok\":0.325,\"output_mtok\":1.56}},{\"id\":\"qwen3.7-flash\",\"match\":{\"equals\":\"qwen3.7-flash\"},\"prices\":{\"input_mtok\":0.024,\"cache_read_mtok\":0.0048,\"output_mtok\":0.104}},{\"id\":\"qwen3.7-max\",\"match\":{\"equals\":\"qwen3.7-max\"},\"prices\":{\"input_mtok\":1.25,\"cache_write_mtok\":1.5625,\"cache_read_mtok\":0.25,\"output_mtok\":3.75}},{\"id\":\"qwen3.7-plus\",\"match\":{\"equals\":\"qwen3.7-plus\"},\"prices\":{\"input_mtok\":0.256,\"cache_write_mtok\":0.32,\"cache_read_mtok\":0.0",
"512,\"output_mtok\":1.024}},{\"id\":\"qwen3.8-27b\",\"match\":{\"equals\":\"qwen3.8-27b\"},\"prices\":{\"input_mtok\":0.34,\"cache_write_mtok\":0.425,\"cache_read_mtok\":0.068,\"output_mtok\":2.04}},{\"id\":\"qwen3.8-max\",\"match\":{\"equals\":\"qwen3.8-max\"},\"prices\":{\"input_mtok\":2,\"cache_write_mtok\":2.5,\"cache_read_mtok\":0.25,\"output_mtok\":6}}]},{\"id\":\"together\",\"provider_match\":{\"or\":[{\"equals\":\"together-ai\"},{\"equals\":\"together_ai\"}]},\"models\":[{\"id\":\"Austism/chronos-hermes-13b\",\"match\":{\"equals\":\"Austism/chronos-hermes-13b\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"Gryphe/MythoMax-L2-13b\",\"match\":{\"equals\":\"Gryphe/MythoMax-L2-13b\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"Nexusflow/NexusRaven-V2-13B\",\"match\":{\"equals\":\"Nexusflow/NexusRaven-V2-13B\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"NousResearch/Nous-Capybara-7B-V1p9\",\"match\":{\"equals\":\"NousResearch/Nous-Capybara-7B-V1p9\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO\",\"match\":{\"equals\":\"NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"NousResearch/Nous-Hermes-2-Mixtral-8x7B-SFT\",\"match\":{\"equals\":\"NousResearch/Nous-Hermes-2-Mixtral-8x7B-SFT\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"NousResearch/Nous-Hermes-2-Yi-34B\",\"match\":{\"equals\":\"NousResearch/Nous-Hermes-2-Yi-34B\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"NousResearch/Nous-Hermes-Llama2-13b\",\"match\":{\"equals\":\"NousResearch/Nous-Hermes-Llama2-13b\"},\"prices\":{\"input_mtok\":0.225,\"output_mtok\":0.225}},{\"id\":\"NousResearch/Nous-Hermes-llama-2-7b\",\"match\":{\"equals\":\"NousResearch/Nous-Hermes-llama-2-7b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"Open-Orca/Mistral-7B-OpenOrca\",\"match\":{\"equals\":\"Open-Orca/Mistral-7B-OpenOrca\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"Qwen/Qwen1.5-0.5B\",\"match\":{\"or\":[{\"equals\":\"Qwen/Qwen1.5-0.5B\"},{\"equals\":\"Qwen/Qwen1.5-0.5B-Chat\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"Qwen/Qwen1.5-1.8B\",\"match\":{\"or\":[{\"equals\":\"Qwen/Qwen1.5-1.8B\"},{\"equals\":\"Qwen/Qwen1.5-1.8B-Chat\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"Qwen/Qwen1.5-14B\",\"match\":{\"or\":[{\"equals\":\"Qwen/Qwen1.5-14B\"},{\"equals\":\"Qwen/Qwen1.5-14B-Chat\"}]},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"Qwen/Qwen1.5-4B\",\"match\":{\"or\":[{\"equals\":\"Qwen/Qwen1.5-4B\"},{\"equals\":\"Qwen/Qwen1.5-4B-Chat\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"Qwen/Qwen1.5-72B\",\"match\":{\"equals\":\"Qwen/Qwen1.5-72B\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"Qwen/Qwen1.5-7B\",\"match\":{\"or\":[{\"equals\":\"Qwen/Qwen1.5-7B\"},{\"equals\":\"Qwen/Qwen1.5-7B-Chat\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"Undi95/ReMM-SLERP-L2-13B\",\"match\":{\"equals\":\"Undi95/ReMM-SLERP-L2-13B\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"Undi95/Toppy-M-7B\",\"match\":{\"equals\":\"Undi95/Toppy-M-7B\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"WizardLM/WizardLM-13B-V1.2\",\"match\":{\"equals\":\"WizardLM/WizardLM-13B-V1.2\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"allenai/OLMo-7B\",\"match\":{\"or\":[{\"equals\":\"allenai/OLMo-7B\"},{\"equals\":\"allenai/OLMo-7B-Instruct\"},{\"equals\":\"allenai/OLMo-7B-Twin-2T\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"codellama/CodeLlama-13b-Instruct-hf\",\"match\":{\"equals\":\"codellama/CodeLlama-13b-Instruct-hf\"},\"prices\":{\"input_mtok\":0.225,\"output_mtok\":0.225}},{\"id\":\"codellama/CodeLlama-34b-Instruct-hf\",\"match\":{\"equals\":\"codellama/CodeLlama-34b-Instruct-hf\"},\"prices\":{\"input_mtok\":0.776,\"output_mtok\":0.776}},{\"id\":\"codellama/CodeLlama-70b-Instruct-hf\",\"match\":{\"equals\":\"codellama/CodeLlama-70b-Instruct-hf\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"codellama/CodeLlama-7b-Instruct-hf\",\"match\":{\"equals\":\"codellama/CodeLlama-7b-Instruct-hf\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"deepseek-ai/deepseek-coder-33b-instruct\",\"match\":{\"equals\":\"deepseek-ai/deepseek-coder-33b-in",
"struct\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"garage-bAInd/Platypus2-70B-instruct\",\"match\":{\"equals\":\"garage-bAInd/Platypus2-70B-instruct\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"google/gemma-2b\",\"match\":{\"or\":[{\"equals\":\"google/gemma-2b\"},{\"equals\":\"google/gemma-2b-it\"}]},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"google/gemma-7b\",\"match\":{\"or\":[{\"equals\":\"google/gemma-7b\"},{\"equals\":\"google/gemma-7b-it\"}]},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"lmsys/vicuna-13b-v1.5\",\"match\":{\"equals\":\"lmsys/vicuna-13b-v1.5\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"lmsys/vicuna-7b-v1.5\",\"match\":{\"equals\":\"lmsys/vicuna-7b-v1.5\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"meta-llama/Llama-2-13b-chat-hf\",\"match\":{\"equals\":\"meta-llama/Llama-2-13b-chat-hf\"},\"prices\":{\"input_mtok\":0.225,\"output_mtok\":0.225}},{\"id\":\"meta-llama/Llama-2-70b-chat-hf\",\"match\":{\"equals\":\"meta-llama/Llama-2-70b-chat-hf\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"meta-llama/Llama-2-7b-chat-hf\",\"match\":{\"equals\":\"meta-llama/Llama-2-7b-chat-hf\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"meta-llama/Llama-3-70b-chat-hf\",\"match\":{\"equals\":\"meta-llama/Llama-3-70b-chat-hf\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"meta-llama/Llama-3-8b-chat-hf\",\"match\":{\"equals\":\"meta-llama/Llama-3-8b-chat-hf\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"meta-llama/Llama-3.3-70B-Instruct-Turbo\",\"match\":{\"equals\":\"meta-llama/Llama-3.3-70B-Instruct-Turbo\"},\"prices\":{\"input_mtok\":0.88,\"output_mtok\":0.88}},{\"id\":\"meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8\",\"match\":{\"equals\":\"meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8\"},\"prices\":{\"input_mtok\":0.27,\"output_mtok\":0.85}},{\"id\":\"meta-llama/Llama-4-Scout-17B-16E-Instruct\",\"match\":{\"equals\":\"meta-llama/Llama-4-Scout-17B-16E-Instruct\"},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.59}},{\"id\":\"meta-llama/Meta-Llama-3-70B-Instruct-Lite\",\"match\":{\"equals\":\"meta-llama/Meta-Llama-3-70B-Instruct-Lite\"},\"prices\":{\"input_mtok\":0.54,\"output_mtok\":0.54}},{\"id\":\"meta-llama/Meta-Llama-3-70B-Instruct-Turbo\",\"match\":{\"equals\":\"meta-llama/Meta-Llama-3-70B-Instruct-Turbo\"},\"prices\":{\"input_mtok\":0.88,\"output_mtok\":0.88}},{\"id\":\"meta-llama/Meta-Llama-3-8B-Instruct-Lite\",\"match\":{\"equals\":\"meta-llama/Meta-Llama-3-8B-Instruct-Lite\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"meta-llama/Meta-Llama-3-8B-Instruct-Turbo\",\"match\":{\"equals\":\"meta-llama/Meta-Llama-3-8B-Instruct-Turbo\"},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.18}},{\"id\":\"meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo\",\"match\":{\"equals\":\"meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo\"},\"prices\":{\"input_mtok\":3.5,\"output_mtok\":3.5}},{\"id\":\"meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo\",\"match\":{\"equals\":\"meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo\"},\"prices\":{\"input_mtok\":0.88,\"output_mtok\":0.88}},{\"id\":\"meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo\",\"match\":{\"equals\":\"meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo\"},\"prices\":{\"input_mtok\":0.18,\"output_mtok\":0.18}},{\"id\":\"meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo\",\"match\":{\"equals\":\"meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo\"},\"prices\":{\"input_mtok\":0.88,\"output_mtok\":0.88}},{\"id\":\"microsoft/WizardLM-2-8x22B\",\"match\":{\"equals\":\"microsoft/WizardLM-2-8x22B\"},\"prices\":{\"input_mtok\":1.2,\"output_mtok\":1.2}},{\"id\":\"microsoft/phi-2\",\"match\":{\"equals\":\"microsoft/phi-2\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"mistralai/Mistral-7B-Instruct-v0.1\",\"match\":{\"equals\":\"mistralai/Mistral-7B-Instruct-v0.1\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"mistralai/Mistral-7B-Instruct-v0.2\",\"match\":{\"equals\":\"mistralai/Mistral-7B-Instruct-v0.2\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"mistralai/Mistral-7B-v0.1\",\"match\":{\"equals\":\"mistralai/Mistral-7B-v0.1\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"mistralai/Mixtral-8x22B-Instruct-v0.1\",\"match\":{\"equals\":\"mistralai/Mixtral-8x22B-Instruct-",
"v0.1\"},\"prices\":{\"input_mtok\":2.4,\"output_mtok\":2.4}},{\"id\":\"mistralai/Mixtral-8x7B-Instruct-v0.1\",\"match\":{\"equals\":\"mistralai/Mixtral-8x7B-Instruct-v0.1\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"mistralai/Mixtral-8x7B-v0.1\",\"match\":{\"equals\":\"mistralai/Mixtral-8x7B-v0.1\"},\"prices\":{\"input_mtok\":0.9,\"output_mtok\":0.9}},{\"id\":\"openchat/openchat-3.5-1210\",\"match\":{\"equals\":\"openchat/openchat-3.5-1210\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"snorkelai/Snorkel-Mistral-PairRM-DPO\",\"match\":{\"equals\":\"snorkelai/Snorkel-Mistral-PairRM-DPO\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"teknium/OpenHermes-2-Mistral-7B\",\"match\":{\"equals\":\"teknium/OpenHermes-2-Mistral-7B\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"teknium/OpenHermes-2p5-Mistral-7B\",\"match\":{\"equals\":\"teknium/OpenHermes-2p5-Mistral-7B\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"togethercomputer/GPT-JT-Moderation-6B\",\"match\":{\"equals\":\"togethercomputer/GPT-JT-Moderation-6B\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"togethercomputer/Llama-2-7B-32K-Instruct\",\"match\":{\"equals\":\"togethercomputer/Llama-2-7B-32K-Instruct\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"togethercomputer/RedPajama-INCITE-7B-Base\",\"match\":{\"equals\":\"togethercomputer/RedPajama-INCITE-7B-Base\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"togethercomputer/RedPajama-INCITE-7B-Chat\",\"match\":{\"equals\":\"togethercomputer/RedPajama-INCITE-7B-Chat\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"togethercomputer/RedPajama-INCITE-7B-Instruct\",\"match\":{\"equals\":\"togethercomputer/RedPajama-INCITE-7B-Instruct\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"togethercomputer/RedPajama-INCITE-Base-3B-v1\",\"match\":{\"equals\":\"togethercomputer/RedPajama-INCITE-Base-3B-v1\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"togethercomputer/RedPajama-INCITE-Chat-3B-v1\",\"match\":{\"equals\":\"togethercomputer/RedPajama-INCITE-Chat-3B-v1\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"togethercomputer/RedPajama-INCITE-Instruct-3B-v1\",\"match\":{\"equals\":\"togethercomputer/RedPajama-INCITE-Instruct-3B-v1\"},\"prices\":{\"input_mtok\":0.1,\"output_mtok\":0.1}},{\"id\":\"togethercomputer/StripedHyena-Hessian-7B\",\"match\":{\"equals\":\"togethercomputer/StripedHyena-Hessian-7B\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"togethercomputer/StripedHyena-Nous-7B\",\"match\":{\"equals\":\"togethercomputer/StripedHyena-Nous-7B\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"togethercomputer/alpaca-7b\",\"match\":{\"equals\":\"togethercomputer/alpaca-7b\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}},{\"id\":\"upstage/SOLAR-10.7B-Instruct-v1.0\",\"match\":{\"equals\":\"upstage/SOLAR-10.7B-Instruct-v1.0\"},\"prices\":{\"input_mtok\":0.3,\"output_mtok\":0.3}},{\"id\":\"zero-one-ai/Yi-34B\",\"match\":{\"equals\":\"zero-one-ai/Yi-34B\"},\"prices\":{\"input_mtok\":0.8,\"output_mtok\":0.8}},{\"id\":\"zero-one-ai/Yi-6B\",\"match\":{\"equals\":\"zero-one-ai/Yi-6B\"},\"prices\":{\"input_mtok\":0.2,\"output_mtok\":0.2}}]},{\"id\":\"typesafe\",\"provider_match\":{\"contains\":\"typesafe\"},\"model_match\":{\"starts_with\":\"jev-\"},\"models\":[{\"id\":\"jev-1.13.0\",\"match\":{\"or\":[{\"equals\":\"jev-1.13.0\"},{\"equals\":\"jev-latest\"},{\"equals\":\"jev-preview\"}]},\"prices\":{\"input_mtok\":0.042}}]},{\"id\":\"voyageai\",\"provider_match\":{\"contains\":\"voyage\"},\"model_match\":{\"starts_with\":\"voyage-\"},\"models\":[{\"id\":\"voyage-01\",\"match\":{\"equals\":\"voyage-01\"},\"prices\":{\"input_mtok\":0.1}},{\"id\":\"voyage-02\",\"match\":{\"equals\":\"voyage-02\"},\"prices\":{\"input_mtok\":0.1}},{\"id\":\"voyage-2\",\"match\":{\"equals\":\"voyage-2\"},\"prices\":{\"input_mtok\":0.1}},{\"id\":\"voyage-3\",\"match\":{\"equals\":\"voyage-3\"},\"prices\":{\"input_mtok\":0.06}},{\"id\":\"voyage-3-large\",\"match\":{\"equals\":\"voyage-3-large\"},\"prices\":{\"input_mtok\":0.18}},{\"id\":\"voyage-3-lite\",\"match\":{\"equals\":\"voyage-3-lite\"},\"prices\":{\"input_mtok\":0.02}},{\"id\":\"voyage-3.5\",\"match\":{\"equals\":\"voyage-3.5\"},\"prices\":{\"input_mtok\":0.06}},{\"id\":\"voyage-3.5-lite\",\"match\":{\"equals\":\"voyage-3.5-lite\"},\"pri",
"ces\":{\"input_mtok\":0.02}},{\"id\":\"voyage-4\",\"match\":{\"equals\":\"voyage-4\"},\"prices\":{\"input_mtok\":0.06}},{\"id\":\"voyage-4-large\",\"match\":{\"equals\":\"voyage-4-large\"},\"prices\":{\"input_mtok\":0.12}},{\"id\":\"voyage-4-lite\",\"match\":{\"equals\":\"voyage-4-lite\"},\"prices\":{\"input_mtok\":0.02}},{\"id\":\"voyage-code-2\",\"match\":{\"equals\":\"voyage-code-2\"},\"prices\":{\"input_mtok\":0.12}},{\"id\":\"voyage-code-3\",\"match\":{\"equals\":\"voyage-code-3\"},\"prices\":{\"input_mtok\":0.18}},{\"id\":\"voyage-context-3\",\"match\":{\"equals\":\"voyage-context-3\"},\"prices\":{\"input_mtok\":0.18}},{\"id\":\"voyage-finance-2\",\"match\":{\"equals\":\"voyage-finance-2\"},\"prices\":{\"input_mtok\":0.12}},{\"id\":\"voyage-large-2\",\"match\":{\"equals\":\"voyage-large-2\"},\"prices\":{\"input_mtok\":0.12}},{\"id\":\"voyage-large-2-instruct\",\"match\":{\"equals\":\"voyage-large-2-instruct\"},\"prices\":{\"input_mtok\":0.12}},{\"id\":\"voyage-law-2\",\"match\":{\"equals\":\"voyage-law-2\"},\"prices\":{\"input_mtok\":0.12}},{\"id\":\"voyage-lite-01\",\"match\":{\"equals\":\"voyage-lite-01\"},\"prices\":{\"input_mtok\":0.1}},{\"id\":\"voyage-lite-01-instruct\",\"match\":{\"equals\":\"voyage-lite-01-instruct\"},\"prices\":{\"input_mtok\":0.1}},{\"id\":\"voyage-lite-02-instruct\",\"match\":{\"equals\":\"voyage-lite-02-instruct\"},\"prices\":{\"input_mtok\":0.1}},{\"id\":\"voyage-multilingual-2\",\"match\":{\"equals\":\"voyage-multilingual-2\"},\"prices\":{\"input_mtok\":0.12}}]},{\"id\":\"x-ai\",\"provider_match\":{\"equals\":\"xai\"},\"model_match\":{\"contains\":\"grok\"},\"models\":[{\"id\":\"grok-2-1212\",\"match\":{\"or\":[{\"equals\":\"grok-2-1212\"},{\"equals\":\"grok-2\"},{\"equals\":\"grok-2-latest\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":10}},{\"id\":\"grok-2-vision-1212\",\"match\":{\"or\":[{\"equals\":\"grok-2-vision-1212\"},{\"equals\":\"grok-2-vision\"},{\"equals\":\"grok-2-vision-latest\"}]},\"prices\":{\"input_mtok\":2,\"output_mtok\":10}},{\"id\":\"grok-3\",\"match\":{\"or\":[{\"equals\":\"grok-3\"},{\"equals\":\"grok-3-latest\"},{\"equals\":\"grok-3-beta\"}]},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.75,\"output_mtok\":15}},{\"id\":\"grok-3-fast\",\"match\":{\"or\":[{\"equals\":\"grok-3-fast\"},{\"equals\":\"grok-3-fast-latest\"},{\"equals\":\"grok-3-fast-beta\"}]},\"prices\":{\"input_mtok\":5,\"cache_read_mtok\":1.25,\"output_mtok\":25}},{\"id\":\"grok-3-mini\",\"match\":{\"or\":[{\"equals\":\"grok-3-mini\"},{\"equals\":\"grok-3-mini-beta\"},{\"equals\":\"grok-3-mini-latest\"}]},\"prices\":{\"input_mtok\":0.3,\"cache_read_mtok\":0.075,\"output_mtok\":0.5}},{\"id\":\"grok-3-mini-fast\",\"match\":{\"or\":[{\"equals\":\"grok-3-mini-fast\"},{\"equals\":\"grok-3-mini-fast-beta\"},{\"equals\":\"grok-3-mini-fast-latest\"}]},\"prices\":{\"input_mtok\":0.6,\"cache_read_mtok\":0.15,\"output_mtok\":4}},{\"id\":\"grok-4-0709\",\"match\":{\"or\":[{\"equals\":\"grok-4-0709\"},{\"equals\":\"grok-4\"},{\"equals\":\"grok-4-latest\"}]},\"prices\":{\"input_mtok\":3,\"cache_read_mtok\":0.75,\"output_mtok\":15}},{\"id\":\"grok-4-1-fast-non-reasoning\",\"match\":{\"or\":[{\"equals\":\"grok-4-1-fast-non-reasoning\"},{\"equals\":\"grok-4-1-fast-non-reasoning-latest\"}]},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.05,\"output_mtok\":0.5}},{\"id\":\"grok-4-1-fast-reasoning\",\"match\":{\"or\":[{\"equals\":\"grok-4-1-fast\"},{\"equals\":\"grok-4-1-fast-reasoning\"},{\"equals\":\"grok-4-1-fast-reasoning-latest\"}]},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.05,\"output_mtok\":0.5}},{\"id\":\"grok-4-fast-non-reasoning\",\"match\":{\"or\":[{\"equals\":\"grok-4-fast-non-reasoning\"},{\"equals\":\"grok-4-fast-non-reasoning-latest\"}]},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.05,\"output_mtok\":0.5}},{\"id\":\"grok-4-fast-reasoning\",\"match\":{\"or\":[{\"equals\":\"grok-4-fast\"},{\"equals\":\"grok-4-fast-reasoning\"},{\"equals\":\"grok-4-fast-reasoning-latest\"}]},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.05,\"output_mtok\":0.5}},{\"id\":\"grok-4.20\",\"match\":{\"equals\":\"grok-4.20\"},\"prices\":{\"input_mtok\":{\"base\":1.25,\"tiers\":[{\"start\":199999,\"price\":2.5}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":199999,\"price\":0.4}]},\"output_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":199999,\"price\":5}]}}},{\"id\":\"grok-4.20-multi-agent\",\"match\":{\"equals\":\"grok-4.20-multi-agent\"},\"prices\":{\"input_mtok\":2,\"cache_read_mtok\":0.2,\"output_mtok\":6}},{\"id\":\"grok-4.3\",\"match\":{\"or\":[{\"equals\":",
"\"grok-4.3\"},{\"regex\":\"^grok-4\\\\.3-\\\\d{8}$\"},{\"equals\":\"x-ai/grok-4.3\"},{\"regex\":\"^x-ai/grok-4\\\\.3-\\\\d{8}$\"},{\"equals\":\"grok-4.3-latest\"}]},\"prices\":{\"input_mtok\":{\"base\":1.25,\"tiers\":[{\"start\":199999,\"price\":2.5}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":199999,\"price\":0.4}]},\"output_mtok\":{\"base\":2.5,\"tiers\":[{\"start\":199999,\"price\":5}]}}},{\"id\":\"grok-4.5\",\"match\":{\"or\":[{\"equals\":\"grok-4.5\"},{\"regex\":\"^grok-4\\\\.5-\\\\d{8}$\"},{\"equals\":\"x-ai/grok-4.5\"},{\"regex\":\"^x-ai/grok-4\\\\.5-\\\\d{8}$\"},{\"equals\":\"grok-4.5-latest\"},{\"equals\":\"grok-latest\"}]},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":199999,\"price\":4}]},\"cache_read_mtok\":{\"base\":0.3,\"tiers\":[{\"start\":199999,\"price\":0.6}]},\"output_mtok\":{\"base\":6,\"tiers\":[{\"start\":199999,\"price\":12}]}}},{\"id\":\"grok-4.6\",\"match\":{\"or\":[{\"equals\":\"grok-4.6\"},{\"regex\":\"^grok-4\\\\.6-\\\\d{8}$\"},{\"equals\":\"x-ai/grok-4.6\"},{\"regex\":\"^x-ai/grok-4\\\\.6-\\\\d{8}$\"},{\"equals\":\"grok-4.6-latest\"}]},\"prices\":{\"input_mtok\":{\"base\":2,\"tiers\":[{\"start\":199999,\"price\":4}]},\"cache_read_mtok\":{\"base\":0.5,\"tiers\":[{\"start\":199999,\"price\":1}]},\"output_mtok\":{\"base\":6,\"tiers\":[{\"start\":199999,\"price\":12}]}}},{\"id\":\"grok-build-0.1\",\"match\":{\"equals\":\"grok-build-0.1\"},\"prices\":{\"input_mtok\":{\"base\":1,\"tiers\":[{\"start\":199999,\"price\":2}]},\"cache_read_mtok\":{\"base\":0.2,\"tiers\":[{\"start\":199999,\"price\":0.4}]},\"output_mtok\":{\"base\":2,\"tiers\":[{\"start\":199999,\"price\":4}]}}},{\"id\":\"grok-code-fast-1\",\"match\":{\"or\":[{\"equals\":\"grok-code-fast\"},{\"equals\":\"grok-code-fast-1\"},{\"equals\":\"grok-code-fast-1-0825\"}]},\"prices\":{\"input_mtok\":0.2,\"cache_read_mtok\":0.02,\"output_mtok\":1.5}},{\"id\":\"grok-voice-latest\",\"match\":{\"equals\":\"grok-voice-latest\"},\"prices\":[{\"prices\":{}},{\"constraint\":{\"start_date\":\"2026-08-05\",\"type\":\"start_date\"},\"prices\":{}}]},{\"id\":\"grok-voice-think-fast-1.0\",\"match\":{\"equals\":\"grok-voice-think-fast-1.0\"},\"prices\":{}},{\"id\":\"grok-voice-think-fast-2.0\",\"match\":{\"equals\":\"grok-voice-think-fast-2.0\"},\"prices\":{}}]},{\"id\":\"zai\",\"models\":[{\"id\":\"GLM-5.2\",\"match\":{\"or\":[{\"equals\":\"GLM-5.2\"},{\"equals\":\"glm-5.2\"}]},\"prices\":{\"input_mtok\":1.4,\"cache_read_mtok\":0.26,\"output_mtok\":4.4}},{\"id\":\"GLM-5.3\",\"match\":{\"or\":[{\"equals\":\"GLM-5.3\"},{\"equals\":\"glm-5.3\"}]},\"prices\":{\"input_mtok\":1.4,\"cache_read_mtok\":0.26,\"output_mtok\":4.4}},{\"id\":\"GLM-5.3-Flash\",\"match\":{\"or\":[{\"equals\":\"GLM-5.3-Flash\"},{\"equals\":\"glm-5.3-flash\"}]},\"prices\":{\"input_mtok\":0.075,\"cache_read_mtok\":0.015,\"output_mtok\":0.25}}]},{\"id\":\"zhipuai\",\"model_match\":{\"or\":[{\"starts_with\":\"GLM-\"},{\"starts_with\":\"glm-\"}]},\"models\":[{\"id\":\"GLM-4-Air\",\"match\":{\"or\":[{\"equals\":\"GLM-4-Air\"},{\"equals\":\"glm-4-air\"}]},\"prices\":{\"input_mtok\":0.069,\"cache_read_mtok\":0.034,\"output_mtok\":0.069}},{\"id\":\"GLM-4-AirX\",\"match\":{\"or\":[{\"equals\":\"GLM-4-AirX\"},{\"equals\":\"glm-4-airx\"}]},\"prices\":{\"input_mtok\":1.379,\"output_mtok\":1.379}},{\"id\":\"GLM-4-Assistant\",\"match\":{\"or\":[{\"equals\":\"GLM-4-Assistant\"},{\"equals\":\"glm-4-assistant\"}]},\"prices\":{\"input_mtok\":0.69,\"output_mtok\":0.69}},{\"id\":\"GLM-4-FlashX-250414\",\"match\":{\"or\":[{\"equals\":\"GLM-4-FlashX-250414\"},{\"equals\":\"glm-4-flashx-250414\"}]},\"prices\":{\"input_mtok\":0.014,\"cache_read_mtok\":0.007,\"output_mtok\":0.014}},{\"id\":\"GLM-4-Long\",\"match\":{\"or\":[{\"equals\":\"GLM-4-Long\"},{\"equals\":\"glm-4-long\"}]},\"prices\":{\"input_mtok\":0.138,\"cache_read_mtok\":0.069,\"output_mtok\":0.138}},{\"id\":\"GLM-4-Plus\",\"match\":{\"or\":[{\"equals\":\"GLM-4-Plus\"},{\"equals\":\"glm-4-plus\"}]},\"prices\":{\"input_mtok\":0.69,\"cache_read_mtok\":0.345,\"output_mtok\":0.69}},{\"id\":\"GLM-4.5-Air\",\"match\":{\"or\":[{\"equals\":\"GLM-4.5-Air\"},{\"equals\":\"glm-4.5-air\"}]},\"prices\":{\"input_mtok\":0.11,\"cache_read_mtok\":0.022,\"output_mtok\":0.276}},{\"id\":\"GLM-4.7\",\"match\":{\"or\":[{\"equals\":\"GLM-4.7\"},{\"equals\":\"glm-4.7\"}]},\"prices\":{\"input_mtok\":0.276,\"cache_read_mtok\":0.055,\"output_mtok\":1.103}},{\"id\":\"GLM-4.7-FlashX\",\"match\":{\"or\":[{\"equals\":\"GLM-4.7-FlashX\"},{\"equals\":\"glm-4.7-flashx\"}]},\"prices\":{\"input_mtok\":0.069,\"cache_read_mtok\":0.014,\"output_mtok\":0.414}},{\"id\":\"GLM-5\",\"match\":{\"or\":",
"[{\"equals\":\"GLM-5\"},{\"equals\":\"glm-5\"}]},\"prices\":{\"input_mtok\":0.552,\"cache_read_mtok\":0.138,\"output_mtok\":2.483}},{\"id\":\"GLM-5-Turbo\",\"match\":{\"or\":[{\"equals\":\"GLM-5-Turbo\"},{\"equals\":\"glm-5-turbo\"}]},\"prices\":{\"input_mtok\":0.69,\"cache_read_mtok\":0.166,\"output_mtok\":3.034}},{\"id\":\"GLM-5.1\",\"match\":{\"or\":[{\"equals\":\"GLM-5.1\"},{\"equals\":\"glm-5.1\"},{\"equals\":\"GLM-5.1-20260406\"},{\"equals\":\"glm-5.1-20260406\"}]},\"prices\":{\"input_mtok\":0.828,\"cache_read_mtok\":0.179,\"output_mtok\":3.31}},{\"id\":\"GLM-5.2\",\"match\":{\"or\":[{\"equals\":\"GLM-5.2\"},{\"equals\":\"glm-5.2\"}]},\"prices\":{\"input_mtok\":1.103,\"cache_read_mtok\":0.276,\"output_mtok\":3.862}},{\"id\":\"GLM-5.3\",\"match\":{\"or\":[{\"equals\":\"GLM-5.3\"},{\"equals\":\"glm-5.3\"}]},\"prices\":{\"input_mtok\":1.103,\"cache_read_mtok\":0.276,\"output_mtok\":3.862}},{\"id\":\"GLM-5.3-Flash\",\"match\":{\"or\":[{\"equals\":\"GLM-5.3-Flash\"},{\"equals\":\"glm-5.3-flash\"}]},\"prices\":{\"input_mtok\":0.055,\"cache_read_mtok\":0.016,\"output_mtok\":0.193}}]}]"
};
#endif
/* --- generated price data: end --- */

/* --- prices --- */
/* The cost of an LLM call, as npm @pydantic/genai-prices' calcPrice works it out, from its data in
   its own JSON shape (the built-in table below, generated from the package, and tracing.price_file
   before it): the provider by id or provider_match (else by model_match on the model), the model by
   its match (then the provider's fallback_model_providers, then the model with -YYYYMMDD written
   -YYYY-MM-DD), its prices at the time (start_date and time_of_date constraints), tiered rates by
   the input tokens, and each token kind at its own rate (input less the cache tokens at input_mtok,
   cache reads and writes at theirs, output less reasoning at output_mtok, requests_kcount once).
   Rates are read as exact decimals (nano-dollars per million tokens) and the cost is exact in
   integers, rounded to micro-dollars once at the end. */

/* A JSON value: o object, a array, s string, n number (s holds its text), t/f/z true/false/null. */
typedef struct tw__jv {
    char t;
    const char *key; /* in an object */
    const char *s;
    size_t n;        /* string length, or number of kids */
    struct tw__jv *kids;
} tw__jv;
typedef struct tw__arena {
    struct tw__arena *next;
    size_t used, cap;
} tw__arena;

static void *tw__arena_get(tw__arena **a, size_t n) {
    tw__arena *b = *a;
    n = (n + 15) & ~(size_t)15;
    if (!b || b->used + n > b->cap) {
        size_t cap = n > 65536 ? n : 65536;
        b = (tw__arena *)TW_MALLOC(sizeof(tw__arena) + 16 + cap);
        if (!b) return NULL;
        b->next = *a, b->used = 0, b->cap = cap;
        *a = b;
    }
    b->used += n;
    return (char *)(b + 1) + 16 + (b->used - n);
}
static void tw__arena_free(tw__arena *a) {
    while (a) {
        tw__arena *n = a->next;
        TW_FREE(a);
        a = n;
    }
}

static const char *tw__json_dup_string(tw__json *j, tw__arena **ar, size_t *len) {
    const char *at = j->p;
    long n = tw__json_string(j, NULL, 0);
    char *s;
    if (n < 0) return NULL;
    if (!(s = (char *)tw__arena_get(ar, (size_t)n + 1))) return tw__json_fail(j, "memory"), (const char *)NULL;
    j->p = at;
    tw__json_string(j, s, (size_t)n + 1);
    *len = (size_t)n;
    return s;
}

static int tw__jv_parse(tw__json *j, tw__arena **ar, tw__jv *v, int depth) {
    tw__json_ws(j);
    memset(v, 0, sizeof *v);
    if (j->p >= j->end) return tw__json_fail(j, "a value"), -1;
    if (depth > 64) return tw__json_fail(j, "less nesting (at most 64 levels)"), -1;
    if (*j->p == '"') {
        v->t = 's';
        return (v->s = tw__json_dup_string(j, ar, &v->n)) ? 0 : -1;
    }
    if (*j->p == '{' || *j->p == '[') {
        int obj = *j->p == '{';
        char close = obj ? '}' : ']';
        size_t cap = 0;
        v->t = obj ? 'o' : 'a';
        j->p++;
        tw__json_ws(j);
        if (j->p < j->end && *j->p == close) return j->p++, 0;
        for (;;) {
            tw__jv kid;
            const char *key = NULL;
            size_t kl;
            tw__json_ws(j);
            if (obj) {
                if (j->p >= j->end || *j->p != '"') return tw__json_fail(j, "a key in double quotes"), -1;
                if (!(key = tw__json_dup_string(j, ar, &kl))) return -1;
                tw__json_ws(j);
                if (j->p >= j->end || *j->p != ':') return tw__json_fail(j, "':' after the key"), -1;
                j->p++;
            }
            if (tw__jv_parse(j, ar, &kid, depth + 1) != 0) return -1;
            kid.key = key;
            if (v->n == cap) { /* kids grow in the arena: the old array is left there */
                size_t nc = cap ? cap * 2 : 4;
                tw__jv *nk = (tw__jv *)tw__arena_get(ar, nc * sizeof *nk);
                if (!nk) return tw__json_fail(j, "memory"), -1;
                if (v->n) memcpy(nk, v->kids, v->n * sizeof *nk);
                v->kids = nk, cap = nc;
            }
            v->kids[v->n++] = kid;
            tw__json_ws(j);
            if (j->p < j->end && *j->p == ',') {
                j->p++;
                continue;
            }
            if (j->p < j->end && *j->p == close) return j->p++, 0;
            return tw__json_fail(j, obj ? "',' or '}' after a value" : "',' or ']' after a value"), -1;
        }
    }
    {
        const char *at = j->p;
        tw__json_skip(j, depth);
        if (j->failed) return -1;
        v->t = *at == 't' ? 't' : *at == 'f' ? 'f' : *at == 'n' ? 'z' : 'n';
        if (v->t == 'n') {
            char *s = (char *)tw__arena_get(ar, (size_t)(j->p - at) + 1);
            if (!s) return tw__json_fail(j, "memory"), -1;
            memcpy(s, at, (size_t)(j->p - at)), s[j->p - at] = 0;
            v->s = s, v->n = (size_t)(j->p - at);
        }
    }
    return 0;
}

static const tw__jv *tw__jv_get(const tw__jv *o, const char *key) {
    size_t i;
    if (!o || o->t != 'o') return NULL;
    for (i = 0; i < o->n; i++)
        if (strcmp(o->kids[i].key, key) == 0) return &o->kids[i];
    return NULL;
}

/* A number's text as nano-units (value * 1e9), exact for up to 9 decimals, rounded beyond. */
static int tw__nano(const tw__jv *v, int64_t *out) {
    const char *p;
    int64_t whole = 0, frac = 0;
    int digits = 0, neg = 0, round = 0;
    if (!v || v->t != 'n') return -1;
    p = v->s;
    if (strpbrk(p, "eE")) {
        double d = strtod(p, NULL) * 1e9;
        if (!(d >= 0 && d < 9e18)) return -1;
        *out = (int64_t)(d + 0.5);
        return 0;
    }
    if (*p == '-') neg = 1, p++;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (whole > 9000000000ll) return -1;
        whole = whole * 10 + (*p - '0');
    }
    if (*p == '.')
        for (p++; *p >= '0' && *p <= '9'; p++) {
            if (digits < 9) frac = frac * 10 + (*p - '0'), digits++;
            else if (digits++ == 9) round = *p >= '5';
        }
    while (digits < 9) frac *= 10, digits++;
    if (neg) return -1;
    *out = whole * 1000000000ll + frac + round;
    return 0;
}

/* --- a regular-expression matcher for the data's "regex" matches (JavaScript's RegExp.test):
   literals, escapes (\d \w \s \. ...), ., classes [..] [^..], groups (?:..) and (..) with |,
   (?!..) and (?=..), ^ $, and the quantifiers * + ? {n} {n,} {n,m} (on groups: ? only). */
typedef struct tw__rxseq tw__rxseq;
typedef struct tw__rxn {
    char t;          /* c char set, ^ start, $ end, g group, ! not-lookahead, = lookahead */
    unsigned char set[32];
    int lo, hi;      /* repetitions; hi -1: unbounded */
    tw__rxseq *alts;
    int nalts;
} tw__rxn;
struct tw__rxseq {
    tw__rxn *v;
    int n;
};
typedef struct tw__rxk {
    const tw__rxseq *q;
    int i;
    const struct tw__rxk *up;
} tw__rxk;
typedef struct tw__rxp {
    const char *p, *e;
    tw__arena **ar;
    int bad;
} tw__rxp;

static void tw__rx_set(unsigned char *set, int c) { set[(unsigned char)c >> 3] |= (unsigned char)(1u << (c & 7)); }
static void tw__rx_range(unsigned char *set, int a, int b) {
    int c;
    for (c = a; c <= b; c++) tw__rx_set(set, c);
}
static void tw__rx_escape_class(unsigned char *set, int c) {
    int k;
    if (c == 'd') tw__rx_range(set, '0', '9');
    else if (c == 'w') tw__rx_range(set, '0', '9'), tw__rx_range(set, 'a', 'z'), tw__rx_range(set, 'A', 'Z'), tw__rx_set(set, '_');
    else if (c == 's') { for (k = 9; k <= 13; k++) tw__rx_set(set, k); tw__rx_set(set, ' '); }
    else if (c == 'D' || c == 'W' || c == 'S') {
        unsigned char t[32];
        memset(t, 0, 32);
        tw__rx_escape_class(t, c | 0x20);
        for (k = 0; k < 32; k++) set[k] |= (unsigned char)~t[k];
    } else tw__rx_set(set, c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c);
}

static tw__rxseq *tw__rx_alts(tw__rxp *x, int *nalts);

static int tw__rx_num(tw__rxp *x) {
    int v = 0;
    if (x->p >= x->e || *x->p < '0' || *x->p > '9') return x->bad = 1, 0;
    while (x->p < x->e && *x->p >= '0' && *x->p <= '9') {
        v = v * 10 + (*x->p++ - '0');
        if (v > 100000) return x->bad = 1, 0; /* a repetition count this large is not taken */
    }
    return v;
}

/* One sequence, up to | or ) or the end. */
static int tw__rx_seq(tw__rxp *x, tw__rxseq *q) {
    int cap = 0;
    q->v = NULL, q->n = 0;
    while (x->p < x->e && *x->p != '|' && *x->p != ')' && !x->bad) {
        tw__rxn nd;
        int c = (unsigned char)*x->p++;
        memset(&nd, 0, sizeof nd);
        nd.lo = nd.hi = 1, nd.t = 'c';
        if (c == '^') nd.t = '^';
        else if (c == '$') nd.t = '$';
        else if (c == '.') { memset(nd.set, 0xFF, 32); nd.set['\n' >> 3] &= (unsigned char)~(1u << ('\n' & 7)); }
        else if (c == '\\' && x->p < x->e) tw__rx_escape_class(nd.set, (unsigned char)*x->p++);
        else if (c == '[') {
            int neg = x->p < x->e && *x->p == '^', k;
            if (neg) x->p++;
            while (x->p < x->e && *x->p != ']') {
                int a = (unsigned char)*x->p++;
                if (a == '\\' && x->p < x->e) { tw__rx_escape_class(nd.set, (unsigned char)*x->p++); continue; }
                if (x->p + 1 < x->e && *x->p == '-' && x->p[1] != ']') {
                    int b = (unsigned char)x->p[1];
                    x->p += 2;
                    tw__rx_range(nd.set, a, b);
                } else tw__rx_set(nd.set, a);
            }
            if (x->p >= x->e) return x->bad = 1, -1;
            x->p++;
            if (neg) for (k = 0; k < 32; k++) nd.set[k] = (unsigned char)~nd.set[k];
        } else if (c == '(') {
            nd.t = 'g';
            if (x->p + 1 < x->e && x->p[0] == '?') {
                if (x->p[1] == ':') nd.t = 'g';
                else if (x->p[1] == '!') nd.t = '!';
                else if (x->p[1] == '=') nd.t = '=';
                else return x->bad = 1, -1;
                x->p += 2;
            }
            nd.alts = tw__rx_alts(x, &nd.nalts);
            if (!nd.alts || x->p >= x->e || *x->p != ')') return x->bad = 1, -1;
            x->p++;
        } else if (c == '*' || c == '+' || c == '?' || c == '{' || c == ')' || c == '|') {
            return x->bad = 1, -1;
        } else tw__rx_set(nd.set, c);
        /* a quantifier */
        if (x->p < x->e && (*x->p == '*' || *x->p == '+' || *x->p == '?' || *x->p == '{') && (nd.t == 'c' || nd.t == 'g')) {
            c = *x->p++;
            if (c == '*') nd.lo = 0, nd.hi = -1;
            else if (c == '+') nd.lo = 1, nd.hi = -1;
            else if (c == '?') nd.lo = 0, nd.hi = 1;
            else {
                nd.lo = nd.hi = tw__rx_num(x);
                if (x->p < x->e && *x->p == ',') {
                    x->p++;
                    nd.hi = x->p < x->e && *x->p == '}' ? -1 : tw__rx_num(x);
                }
                if (x->p >= x->e || *x->p != '}') return x->bad = 1, -1;
                x->p++;
            }
            if (x->p < x->e && *x->p == '?') return x->bad = 1, -1; /* lazy quantifiers: not used by the data */
            if (nd.t == 'g' && nd.hi != 1) return x->bad = 1, -1;
        }
        if (q->n == cap) {
            int nc = cap ? cap * 2 : 8;
            tw__rxn *nv = (tw__rxn *)tw__arena_get(x->ar, (size_t)nc * sizeof *nv);
            if (!nv) return x->bad = 1, -1;
            if (q->n) memcpy(nv, q->v, (size_t)q->n * sizeof *nv);
            q->v = nv, cap = nc;
        }
        q->v[q->n++] = nd;
    }
    return x->bad ? -1 : 0;
}

static tw__rxseq *tw__rx_alts(tw__rxp *x, int *nalts) {
    tw__rxseq *alts = NULL;
    int cap = 0;
    *nalts = 0;
    for (;;) {
        tw__rxseq q;
        if (tw__rx_seq(x, &q) != 0) return NULL;
        if (*nalts == cap) {
            int nc = cap ? cap * 2 : 4;
            tw__rxseq *na = (tw__rxseq *)tw__arena_get(x->ar, (size_t)nc * sizeof *na);
            if (!na) return NULL;
            if (*nalts) memcpy(na, alts, (size_t)*nalts * sizeof *na);
            alts = na, cap = nc;
        }
        alts[(*nalts)++] = q;
        if (x->p < x->e && *x->p == '|') {
            x->p++;
            continue;
        }
        return alts;
    }
}

static int tw__rx_in(const unsigned char *set, int c) { return (set[(unsigned char)c >> 3] >> (c & 7)) & 1; }

/* Whether q from node i, then the continuations, match s at pos. */
static int tw__rx_m(const tw__rxseq *q, int i, const char *s, int pos, int len, const tw__rxk *k, int depth, long *steps) {
    const tw__rxn *nd;
    int a;
    if (depth > 2000 || --*steps < 0) return 0; /* bounded: a pattern that backtracks without end matches nothing */
    if (i == q->n) return k ? tw__rx_m(k->q, k->i, s, pos, len, k->up, depth + 1, steps) : 1;
    nd = &q->v[i];
    switch (nd->t) {
    case '^': return pos == 0 && tw__rx_m(q, i + 1, s, pos, len, k, depth + 1, steps);
    case '$': return pos == len && tw__rx_m(q, i + 1, s, pos, len, k, depth + 1, steps);
    case '!': case '=': {
        int found = 0;
        for (a = 0; a < nd->nalts && !found; a++) found = tw__rx_m(&nd->alts[a], 0, s, pos, len, NULL, depth + 1, steps);
        return found == (nd->t == '=') && tw__rx_m(q, i + 1, s, pos, len, k, depth + 1, steps);
    }
    case 'g': {
        tw__rxk next;
        next.q = q, next.i = i + 1, next.up = k;
        for (a = 0; a < nd->nalts; a++)
            if (tw__rx_m(&nd->alts[a], 0, s, pos, len, &next, depth + 1, steps)) return 1;
        return nd->lo == 0 && tw__rx_m(q, i + 1, s, pos, len, k, depth + 1, steps);
    }
    default: { /* a character set, greedy: as many as may match, then fewer */
        int n = 0;
        while ((nd->hi < 0 || n < nd->hi) && pos + n < len && tw__rx_in(nd->set, (unsigned char)s[pos + n])) n++;
        for (; n >= nd->lo; n--)
            if (tw__rx_m(q, i + 1, s, pos + n, len, k, depth + 1, steps)) return 1;
        return 0;
    }
    }
}

/* RegExp(pattern).test(s); -1 for a pattern this matcher does not take, or one that needs more than
   200,000 steps on s (no pattern of the data needs a hundred). */
static int tw__rx_test(const char *pattern, const char *s) {
    tw__arena *ar = NULL;
    tw__rxp x;
    tw__rxseq top;
    int r = 0, pos, len = (int)strlen(s);
    long steps = 200000;
    x.p = pattern, x.e = pattern + strlen(pattern), x.ar = &ar, x.bad = 0;
    top.v = NULL, top.n = 0;
    {
        tw__rxn g;
        memset(&g, 0, sizeof g);
        g.t = 'g', g.lo = g.hi = 1;
        g.alts = tw__rx_alts(&x, &g.nalts);
        if (!g.alts || x.bad || x.p != x.e) r = -1;
        else {
            top.v = &g, top.n = 1;
            for (pos = 0; pos <= len && !r; pos++) r = tw__rx_m(&top, 0, s, pos, len, NULL, 0, &steps);
            if (steps < 0) r = -1;
        }
    }
    tw__arena_free(ar);
    return r;
}

/* --- matching, lookup and cost --- */
static int tw__ci_prefix(const char *s, const char *p, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        int a = (unsigned char)s[i], b = (unsigned char)p[i];
        if (!a) return 0;
        if (a >= 'A' && a <= 'Z') a |= 0x20;
        if (b >= 'A' && b <= 'Z') b |= 0x20;
        if (a != b) return 0;
    }
    return 1;
}

/* genai-prices' MatchLogic on a lower-cased name. */
static int tw__price_match(const tw__jv *m, const char *name) {
    const tw__jv *v;
    size_t i, nl = strlen(name);
    if (!m || m->t != 'o') return 0;
    if ((v = tw__jv_get(m, "or")) != NULL && v->t == 'a') {
        for (i = 0; i < v->n; i++)
            if (tw__price_match(&v->kids[i], name)) return 1;
        return 0;
    }
    if ((v = tw__jv_get(m, "and")) != NULL && v->t == 'a') {
        for (i = 0; i < v->n; i++)
            if (!tw__price_match(&v->kids[i], name)) return 0;
        return 1;
    }
    if ((v = tw__jv_get(m, "equals")) != NULL && v->t == 's') return v->n == nl && tw__ci_prefix(name, v->s, nl);
    if ((v = tw__jv_get(m, "starts_with")) != NULL && v->t == 's') return v->n <= nl && tw__ci_prefix(name, v->s, v->n);
    if ((v = tw__jv_get(m, "ends_with")) != NULL && v->t == 's') return v->n <= nl && tw__ci_prefix(name + nl - v->n, v->s, v->n);
    if ((v = tw__jv_get(m, "contains")) != NULL && v->t == 's') {
        for (i = 0; i + v->n <= nl; i++)
            if (tw__ci_prefix(name + i, v->s, v->n)) return 1;
        return 0;
    }
    if ((v = tw__jv_get(m, "regex")) != NULL && v->t == 's') {
        int r = tw__rx_test(v->s, name);
        if (r < 0) {
            static int told;
            if (!__atomic_exchange_n(&told, 1, __ATOMIC_RELAXED))
                tw_log(TW_LOG_WARN, "prices: the match regex \"%.80s\" uses what this matcher does not take, or backtracks too much; "
                                    "it matches nothing (said once)", v->s);
            return 0;
        }
        return r;
    }
    return 0;
}

typedef struct tw__price_table {
    tw__arena *ar;
    tw__jv root; /* an array of providers */
} tw__price_table;
static struct {
    pthread_mutex_t mu;
    int loaded, wanted;
    tw__price_table builtin, user;
    struct tw__price_memo {
        char key[256];
        const tw__jv *model;
    } memo[64];
    unsigned nmemo;
    char warned[16][256];
    unsigned nwarned;
} tw__prices = {PTHREAD_MUTEX_INITIALIZER, 0, 0, {NULL, {0, NULL, NULL, 0, NULL}}, {NULL, {0, NULL, NULL, 0, NULL}}, {{{0}, NULL}}, 0, {{0}}, 0};

static int tw__price_parse(tw__price_table *t, const char *text, size_t len, const char *name, char *err, size_t errlen) {
    tw__json j;
    memset(&j, 0, sizeof j);
    j.p = j.start = text, j.end = text + len, j.name = name, j.err = err, j.errlen = errlen;
    if (tw__jv_parse(&j, &t->ar, &t->root, 0) != 0) return -1;
    tw__json_ws(&j);
    if (j.p != j.end) return tw__json_fail(&j, "the end of the file after the provider array"), -1;
    if (t->root.t != 'a') {
        if (err && errlen) snprintf(err, errlen, "%s: expected an array of providers ([{\"id\": ..., \"models\": [...]}, ...])", name);
        return -1;
    }
    return 0;
}

/* Parses the built-in table once (under tw__prices.mu). */
static void tw__price_load_builtin(void) {
    char err[300];
#ifndef TW_NO_PRICES
    {
        size_t i, n = 0, k = sizeof tw__price_rows / sizeof tw__price_rows[0];
        char *all;
        for (i = 0; i < k; i++) n += strlen(tw__price_rows[i]);
        if ((all = (char *)TW_MALLOC(n + 1)) != NULL) {
            n = 0;
            for (i = 0; i < k; i++) {
                size_t l = strlen(tw__price_rows[i]);
                memcpy(all + n, tw__price_rows[i], l), n += l;
            }
            if (tw__price_parse(&tw__prices.builtin, all, n, "built-in price table", err, sizeof err) != 0)
                tw_log(TW_LOG_ERROR, "prices: %s", err);
            TW_FREE(all);
        }
    }
#else
    (void)err;
#endif
    TW__STORE(&tw__prices.loaded, 1);
}

/* The exporter thread parses the built-in table when the first LLM call starts (tw__price_want),
   so that its end finds it ready; a program that makes none never pays for it. */
static void tw__price_warm(void) {
    if (!TW__RLOAD(&tw__prices.wanted) || TW__LOAD(&tw__prices.loaded)) return;
    pthread_mutex_lock(&tw__prices.mu);
    if (!tw__prices.loaded) tw__price_load_builtin();
    pthread_mutex_unlock(&tw__prices.mu);
}
static void tw__price_want(void) {
    if (TW__RLOAD(&tw__prices.wanted)) return;
    TW__RSTORE(&tw__prices.wanted, 1);
    pthread_mutex_lock(&tw__g.mu);
    pthread_cond_signal(&tw__g.wake);
    pthread_mutex_unlock(&tw__g.mu);
}

/* Reads tracing.price_file (under tw__prices.mu). */
static void tw__price_load_user(void) {
    char err[300];
    if (tw__g.cfg.price_file && *tw__g.cfg.price_file) {
        FILE *f = fopen(tw__g.cfg.price_file, "rb");
        char *text = NULL;
        long n = -1;
        if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && n < (64l << 20) && fseek(f, 0, SEEK_SET) == 0 &&
            (text = (char *)TW_MALLOC((size_t)n + 1)) != NULL && fread(text, 1, (size_t)n, f) == (size_t)n) {
            if (tw__price_parse(&tw__prices.user, text, (size_t)n, tw__g.cfg.price_file, err, sizeof err) != 0) {
                tw_log(TW_LOG_ERROR, "tracing.price_file: %s; the built-in prices are used", err);
                tw__arena_free(tw__prices.user.ar), memset(&tw__prices.user, 0, sizeof tw__prices.user);
            }
        } else {
            tw_log(TW_LOG_ERROR, "tracing.price_file \"%.200s\": %s; the built-in prices are used", tw__g.cfg.price_file,
                   !f ? strerror(errno) : n >= (64l << 20) ? "larger than 64 MB" : "could not be read");
        }
        if (f) fclose(f);
        TW_FREE(text);
    }
}

/* At tw_init: tracing.price_file is read (now, so that its errors are told at once), and the
   remembered lookups and warnings go. */
static void tw__price_reset(void) {
    pthread_mutex_lock(&tw__prices.mu);
    tw__arena_free(tw__prices.user.ar);
    memset(&tw__prices.user, 0, sizeof tw__prices.user);
    tw__prices.nmemo = 0, tw__prices.nwarned = 0;
    tw__price_load_user();
    pthread_mutex_unlock(&tw__prices.mu);
}

static const tw__jv *tw__price_provider(const tw__jv *all, const char *id) {
    size_t i;
    for (i = 0; all && i < all->n; i++) {
        const tw__jv *pid = tw__jv_get(&all->kids[i], "id");
        if (pid && pid->t == 's' && strcmp(pid->s, id) == 0) return &all->kids[i];
    }
    for (i = 0; all && i < all->n; i++)
        if (tw__price_match(tw__jv_get(&all->kids[i], "provider_match"), id)) return &all->kids[i];
    return NULL;
}

static const tw__jv *tw__price_in(const tw__jv *prov, const char *model, const tw__jv *all) {
    const tw__jv *ms = tw__jv_get(prov, "models"), *fb;
    size_t i;
    for (i = 0; ms && ms->t == 'a' && i < ms->n; i++)
        if (tw__price_match(tw__jv_get(&ms->kids[i], "match"), model)) return &ms->kids[i];
    if (all && (fb = tw__jv_get(prov, "fallback_model_providers")) != NULL && fb->t == 'a')
        for (i = 0; i < fb->n; i++) {
            size_t k;
            if (fb->kids[i].t != 's') continue;
            for (k = 0; k < all->n; k++) {
                const tw__jv *pid = tw__jv_get(&all->kids[k], "id");
                const tw__jv *m;
                if (pid && pid->t == 's' && strcmp(pid->s, fb->kids[i].s) == 0 && (m = tw__price_in(&all->kids[k], model, NULL)) != NULL)
                    return m;
            }
        }
    return NULL;
}

/* "-20250514" (a real date, followed by -, : or the end) becomes "-2025-05-14", as genai-prices does. */
static int tw__price_dashed_dates(const char *m, char *out, size_t cap) {
    size_t i, o = 0, n = strlen(m);
    int changed = 0;
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (i = 0; i < n && o + 12 < cap; i++) {
        if (m[i] == '-' && i + 9 <= n && m[i + 1] == '2' && m[i + 2] == '0') {
            size_t k;
            int ok = 1, y, mo, d;
            for (k = 1; k <= 8; k++) ok &= m[i + k] >= '0' && m[i + k] <= '9';
            if (ok && (i + 9 == n || m[i + 9] == '-' || m[i + 9] == ':')) {
                y = (m[i + 1] - '0') * 1000 + (m[i + 2] - '0') * 100 + (m[i + 3] - '0') * 10 + (m[i + 4] - '0');
                mo = (m[i + 5] - '0') * 10 + (m[i + 6] - '0'), d = (m[i + 7] - '0') * 10 + (m[i + 8] - '0');
                if (mo >= 1 && mo <= 12 && d >= 1 && d <= mdays[mo - 1] &&
                    !(mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))) {
                    memcpy(out + o, m + i, 5), o += 5;
                    out[o++] = '-', out[o++] = m[i + 5], out[o++] = m[i + 6];
                    out[o++] = '-', out[o++] = m[i + 7], out[o++] = m[i + 8];
                    i += 8, changed = 1;
                    continue;
                }
            }
        }
        out[o++] = m[i];
    }
    out[o] = 0;
    return changed && i == n;
}

/* The model of (provider, model) in a table, as calcPrice finds it. */
static const tw__jv *tw__price_lookup(const tw__jv *all, const char *provider, const char *model) {
    const tw__jv *p = NULL, *m;
    char dashed[256];
    size_t i;
    if (!all || all->t != 'a') return NULL;
    if (provider && *provider) p = tw__price_provider(all, provider);
    if (!p)
        for (i = 0; i < all->n && !p; i++)
            if (tw__price_match(tw__jv_get(&all->kids[i], "model_match"), model)) p = &all->kids[i];
    if (!p) return NULL;
    if ((m = tw__price_in(p, model, all)) != NULL) return m;
    if (tw__price_dashed_dates(model, dashed, sizeof dashed)) return tw__price_in(p, dashed, all);
    return NULL;
}

/* Days from 1970-01-01 of a civil date. */
static int64_t tw__days(int64_t y, int m, int d) {
    int64_t era, yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS[.f](Z|+HH:MM)" as Unix seconds; -1 if not. */
static int64_t tw__parse_date(const char *s) {
    int y, mo, d, h = 0, mi = 0, se = 0, n = 0, oh = 0, om = 0;
    char sign = 0;
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) != 3) return -1;
    s += n;
    if (*s == 'T' || *s == ' ') {
        if (sscanf(s + 1, "%2d:%2d:%2d%n", &h, &mi, &se, &n) != 3) return -1;
        s += 1 + n;
        if (*s == '.') while (*++s >= '0' && *s <= '9') {}
        if (*s == '+' || *s == '-') {
            sign = *s;
            if (sscanf(s + 1, "%2d:%2d", &oh, &om) != 2) return -1;
        }
    }
    return tw__days(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - (sign == '+' ? 1 : sign == '-' ? -1 : 0) * (oh * 3600 + om * 60);
}

/* "HH:MM:SS[.f](Z|+HH:MM)" as UTC seconds of the day. */
static int tw__parse_tod(const char *s) {
    int h, m, se, n = 0, oh = 0, om = 0, off = 0;
    if (sscanf(s, "%2d:%2d:%2d%n", &h, &m, &se, &n) != 3) return -1;
    s += n;
    if (*s == '.') while (*++s >= '0' && *s <= '9') {}
    if (*s == '+' || *s == '-') {
        if (sscanf(s + 1, "%2d:%2d", &oh, &om) != 2) return -1;
        off = (*s == '+' ? 1 : -1) * (oh * 3600 + om * 60);
    }
    return ((h * 3600 + m * 60 + se - off) % 86400 + 86400) % 86400;
}

/* The model's prices at time t (calcPrice's choice among constrained prices). */
static const tw__jv *tw__price_at(const tw__jv *model, int64_t t) {
    const tw__jv *ps = tw__jv_get(model, "prices");
    size_t i;
    if (!ps || ps->t != 'a') return ps;
    for (i = ps->n; i-- > 0;) {
        const tw__jv *c = tw__jv_get(&ps->kids[i], "constraint"), *ty;
        if (!c) return tw__jv_get(&ps->kids[i], "prices");
        ty = tw__jv_get(c, "type");
        if (ty && ty->t == 's' && strcmp(ty->s, "start_date") == 0) {
            const tw__jv *sd = tw__jv_get(c, "start_date");
            int64_t at = sd && sd->t == 's' ? tw__parse_date(sd->s) : -1;
            if (at >= 0 && t >= at) return tw__jv_get(&ps->kids[i], "prices");
        } else if (ty && ty->t == 's' && strcmp(ty->s, "time_of_date") == 0) {
            const tw__jv *a = tw__jv_get(c, "start_time"), *b = tw__jv_get(c, "end_time");
            int sa = a && a->t == 's' ? tw__parse_tod(a->s) : -1, sb = b && b->t == 's' ? tw__parse_tod(b->s) : -1;
            int now = (int)(((t % 86400) + 86400) % 86400);
            if (sa < 0 || sb < 0) continue;
            if (sb < sa ? (now >= sa || now < sb) : (now >= sa && now < sb)) return tw__jv_get(&ps->kids[i], "prices");
        }
    }
    return ps->n ? tw__jv_get(&ps->kids[0], "prices") : NULL;
}

/* A rate in nano-dollars per unit of `per`: plain, or tiered by the input tokens. -1: none. */
static int64_t tw__price_rate(const tw__jv *prices, const char *key, int64_t input_total) {
    const tw__jv *v = tw__jv_get(prices, key), *tiers;
    int64_t r = -1;
    size_t i;
    if (!v) return -1;
    if (v->t == 'n') return tw__nano(v, &r) == 0 ? r : -1;
    if (v->t != 'o' || tw__nano(tw__jv_get(v, "base"), &r) != 0) return -1;
    if ((tiers = tw__jv_get(v, "tiers")) != NULL && tiers->t == 'a') {
        int64_t best_start = -1; /* the tier of the highest start the input exceeds */
        for (i = 0; i < tiers->n; i++) {
            const tw__jv *st = tw__jv_get(&tiers->kids[i], "start");
            int64_t start, rate;
            if (!st || tw__nano(st, &start) != 0 || tw__nano(tw__jv_get(&tiers->kids[i], "price"), &rate) != 0) continue;
            start /= 1000000000;
            if (input_total > start && start > best_start) best_start = start, r = rate;
        }
    }
    return r;
}

/* usage: input (with cache), output (with reasoning), cache read, cache write, reasoning. */
static int tw__price_compute(const tw__jv *prices, const int64_t u[5], int64_t *micros) {
    int64_t ri = tw__price_rate(prices, "input_mtok", u[0]), ro = tw__price_rate(prices, "output_mtok", u[0]);
    int64_t rcr = tw__price_rate(prices, "cache_read_mtok", u[0]), rcw = tw__price_rate(prices, "cache_write_mtok", u[0]);
    int64_t rr = tw__price_rate(prices, "output_reasoning_mtok", u[0]), rq = tw__price_rate(prices, "requests_kcount", u[0]);
    int64_t leaf[5], rate[5], whole = 0, frac = 0;
    int k;
    if (!prices || prices->t != 'o') return -1;
    leaf[0] = u[0] - (rcr >= 0 ? u[2] : 0) - (rcw >= 0 ? u[3] : 0), rate[0] = ri;
    leaf[1] = u[1] - (rr >= 0 ? u[4] : 0), rate[1] = ro;
    leaf[2] = u[2], rate[2] = rcr;
    leaf[3] = u[3], rate[3] = rcw;
    leaf[4] = u[4], rate[4] = rr;
    if (leaf[0] < 0 || leaf[1] < 0) return -1; /* more cache (reasoning) tokens than input (output) tokens */
    /* cost in micro-dollars of n tokens at r nano-dollars a million tokens = r * n / 1e9, kept exact
       as whole micro-dollars plus a remainder in 1e-9 of them */
    for (k = 0; k < 5; k++) {
        int64_t r = rate[k], n = leaf[k];
        if (r <= 0 || n <= 0) continue; /* no rate (-1), free, or none of these tokens */
        if (n > 4000000000ll) n = 4000000000ll;
        whole += (r / 1000000000) * n;
        frac += (r % 1000000000) * n % 1000000000;
        whole += (r % 1000000000) * n / 1000000000;
        whole += frac / 1000000000, frac %= 1000000000;
    }
    if (rq > 0) { /* per thousand requests: rq nano-dollars / 1000 a request = rq / 1e6 micro-dollars... */
        whole += rq / 1000000, frac += (rq % 1000000) * 1000;
        whole += frac / 1000000000, frac %= 1000000000;
    }
    *micros = whole + (frac >= 500000000 ? 1 : 0);
    return 0;
}

static int tw__price_cost_at(const char *provider, const char *model, int64_t unix_s, const int64_t u[5], int64_t *micros) {
    char lower[180], key[256];
    const tw__jv *m = NULL, *prices;
    size_t i, n;
    unsigned k;
    int found = 0, r;
    if (!model || !*model) return -1;
    /* calcPrice lower-cases and trims the model; the provider is compared lower-cased too */
    while (*model == ' ' || *model == '\t') model++;
    for (i = n = 0; model[i] && n + 1 < sizeof lower; i++) lower[n++] = (char)(model[i] >= 'A' && model[i] <= 'Z' ? model[i] | 0x20 : model[i]);
    while (n && (lower[n - 1] == ' ' || lower[n - 1] == '\t')) n--;
    lower[n] = 0;
    {   /* gen_ai.provider.name to genai-prices' provider ids, where they differ */
        static const char *const map[][2] = {{"aws.bedrock", "aws"}, {"azure.ai.openai", "azure"}, {"azure.ai.inference", "azure"},
                                             {"gcp.gemini", "google"}, {"gcp.vertex_ai", "google"}, {"gcp.gen_ai", "google"},
                                             {"x_ai", "x-ai"}, {"mistral_ai", "mistral"}};
        for (i = 0; provider && i < sizeof map / sizeof map[0]; i++)
            if (strcmp(provider, map[i][0]) == 0) provider = map[i][1];
    }
    snprintf(key, sizeof key, "%.60s|%.179s", provider ? provider : "", lower);
    if (unix_s <= 0) unix_s = (int64_t)time(NULL);
    pthread_mutex_lock(&tw__prices.mu);
    if (!tw__prices.loaded) tw__price_load_builtin();
    for (k = 0; k < tw__prices.nmemo && k < 64; k++)
        if (strcmp(tw__prices.memo[k].key, key) == 0) {
            m = tw__prices.memo[k].model, found = 1;
            break;
        }
    if (!found) {
        m = tw__price_lookup(&tw__prices.user.root, provider, lower);
        if (!m) m = tw__price_lookup(&tw__prices.builtin.root, provider, lower);
        k = tw__prices.nmemo++ % 64;
        memcpy(tw__prices.memo[k].key, key, sizeof key);
        tw__prices.memo[k].model = m;
        if (!m) {
            for (k = 0; k < tw__prices.nwarned && k < 16; k++)
                if (strcmp(tw__prices.warned[k], key) == 0) break;
            if (k == tw__prices.nwarned || k >= 16) {
                if (tw__prices.nwarned < 16) memcpy(tw__prices.warned[tw__prices.nwarned++], key, sizeof key);
                tw_log(TW_LOG_WARN, "prices: no price for model \"%.100s\"%s%.60s%s (%s%s); its calls have no cost", lower,
                       provider ? " of provider \"" : "", provider ? provider : "", provider ? "\"" : "",
#ifndef TW_NO_PRICES
                       TW__PRICE_SOURCE,
#else
                       "built without prices (TW_NO_PRICES)",
#endif
                       tw__g.cfg.price_file && *tw__g.cfg.price_file ? ", and tracing.price_file" : "; tracing.price_file can add it");
            }
        }
    }
    prices = m ? tw__price_at(m, unix_s) : NULL;
    r = prices ? tw__price_compute(prices, u, micros) : -1;
    pthread_mutex_unlock(&tw__prices.mu);
    return r;
}

TWTRACE_API int tw_price_cost(const char *provider, const char *model, int64_t unix_seconds, int64_t input_tokens, int64_t output_tokens,
                              int64_t cache_read_tokens, int64_t cache_write_tokens, int64_t reasoning_tokens, int64_t *micros) {
    int64_t u[5], m = 0;
    int r;
    u[0] = input_tokens > 0 ? input_tokens : 0, u[1] = output_tokens > 0 ? output_tokens : 0;
    u[2] = cache_read_tokens > 0 ? cache_read_tokens : 0, u[3] = cache_write_tokens > 0 ? cache_write_tokens : 0;
    u[4] = reasoning_tokens > 0 ? reasoning_tokens : 0;
    r = tw__price_cost_at(provider, model, unix_seconds, u, &m);
    if (micros) *micros = r == 0 ? m : -1;
    return r;
}

TWTRACE_API const char *tw_price_table_version(void) {
#ifndef TW_NO_PRICES
    return TW__PRICE_SOURCE;
#else
    return "none (TW_NO_PRICES)";
#endif
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
    pthread_mutex_init(&tw__prices.mu, NULL); /* a thread of the parent may have held it */
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
    tw__price_reset(); /* reads tracing.price_file */
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
