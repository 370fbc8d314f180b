/* bench_genai.c - the GenAI layer's costs on the application thread: a histogram record (a bound
   point; by attribute set through the thread's cache), on one thread and on two at once (the same
   point, and points of their own), and an LLM call (start, a system and a user message, the
   response, the end with the provider's usage: span, attributes, content capture, cost, four
   histogram records and two counter adds), with and without counting the tokens here. The spans go
   to /dev/null through the file exporter. Prints "twtrace ..." lines (bench/run.sh puts the peer's
   beside them). */
#define TWTRACE_IMPLEMENTATION
#include "../twtokenize.h"
#include "../twtrace.h"
#include "bench.h"
#include <pthread.h>

static tw_histogram *hist;
static tw_histogram_point *shared;
static const tw_attr attrs4[4] = {{"gen_ai.operation.name", TW_ATTR_STRING, "chat", 0, 0}, {"gen_ai.provider.name", TW_ATTR_STRING, "openai", 0, 0},
                                  {"gen_ai.request.model", TW_ATTR_STRING, "gpt-4o", 0, 0}, {"gen_ai.token.type", TW_ATTR_STRING, "input", 0, 0}};

static double record_bound(tw_histogram_point *p, long n) {
    double t0 = now_s();
    long i;
    for (i = 0; i < n; i++) tw_histogram_point_record(p, (double)(i & 1023));
    return (now_s() - t0) * 1e9 / (double)n;
}
static double record_attrs(long n) {
    double t0 = now_s();
    long i;
    for (i = 0; i < n; i++) tw_histogram_record(hist, (double)(i & 1023), attrs4, 4);
    return (now_s() - t0) * 1e9 / (double)n;
}
typedef struct job {
    tw_histogram_point *p;
    double ns;
} job;
static void *thread_record(void *arg) {
    job *j = (job *)arg;
    j->ns = record_bound(j->p, 20000000);
    return NULL;
}
static double two_threads(tw_histogram_point *a, tw_histogram_point *b) {
    pthread_t t[2];
    job j[2];
    j[0].p = a, j[1].p = b;
    pthread_create(&t[0], NULL, thread_record, &j[0]);
    pthread_create(&t[1], NULL, thread_record, &j[1]);
    pthread_join(t[0], NULL), pthread_join(t[1], NULL);
    return (j[0].ns + j[1].ns) / 2;
}

static const char *SYS = "You are the Planner of TaskWeaver. Decompose the user's request into steps and delegate them to the CodeInterpreter.";
static const char *USER = "Load sales.csv and tell me which month had the highest revenue, and plot the revenue by month.";
static const char *REPLY = "1. Ask CodeInterpreter to load sales.csv\n2. Ask it to group revenue by month and report the maximum\n3. Plot it";

static double llm_calls(long n, int reported) {
    double t0 = now_s();
    long i;
    for (i = 0; i < n; i++) {
        tw_llm_request rq = tw_llm_request_default();
        tw_llm_result res = tw_llm_result_default();
        tw_llm_call *c;
        rq.provider = "openai", rq.model = "gpt-4o", rq.temperature = 0.2, rq.max_tokens = 512;
        c = tw_llm_start(&rq);
        tw_llm_message(c, "system", SYS, strlen(SYS));
        tw_llm_message(c, "user", USER, strlen(USER));
        tw_llm_response(c, REPLY, strlen(REPLY));
        res.finish_reason = "stop";
        if (reported) res.input_tokens = 61, res.output_tokens = 30;
        tw_llm_end(c, &res);
    }
    return (now_s() - t0) * 1e6 / (double)n;
}

int main(void) {
    static const double b[] = {TW_GENAI_TOKEN_BUCKETS};
    tw_config c = tw_config_default();
    double runs[5];
    int r;
    tw_attr other = TW_ATTR_STR("gen_ai.token.type", "output");
    c.enabled = 1, c.exporter = "file", c.file_path = "/dev/null", c.max_queue_size = 65536;
    if (tw_init(&c) != TW_OK) return 1;
    hist = tw_histogram_get("gen_ai.client.token.usage", "{token}", "", b, sizeof b / sizeof b[0]);
    shared = tw_histogram_bind(hist, attrs4, 4);
    record_bound(shared, 1000000); /* warm: the thread's cell */
    for (r = 0; r < 5; r++) runs[r] = record_bound(shared, 20000000);
    qsort(runs, 5, sizeof runs[0], cmp_double);
    printf("twtrace  histogram record, bound point, 1 thread          %6.1f ns/record  (median of 5; min %.1f, max %.1f)\n", runs[2], runs[0], runs[4]);
    record_attrs(1000000);
    for (r = 0; r < 5; r++) runs[r] = record_attrs(5000000);
    qsort(runs, 5, sizeof runs[0], cmp_double);
    printf("twtrace  histogram record, 4 attributes, 1 thread         %6.1f ns/record  (median of 5; the thread's cache finds the point)\n", runs[2]);
    for (r = 0; r < 3; r++) runs[r] = two_threads(shared, shared);
    qsort(runs, 3, sizeof runs[0], cmp_double);
    printf("twtrace  histogram record, bound point, 2 threads, same point (each) %6.1f ns/record  (median of 3)\n", runs[1]);
    {
        tw_attr a2[4];
        memcpy(a2, attrs4, sizeof a2);
        a2[3] = other;
        for (r = 0; r < 3; r++) runs[r] = two_threads(shared, tw_histogram_bind(hist, a2, 4));
        qsort(runs, 3, sizeof runs[0], cmp_double);
        printf("twtrace  histogram record, bound point, 2 threads, own points (each) %6.1f ns/record  (median of 3)\n", runs[1]);
    }
    llm_calls(2000, 1);
    for (r = 0; r < 5; r++) runs[r] = llm_calls(20000, 1);
    qsort(runs, 5, sizeof runs[0], cmp_double);
    printf("twtrace  LLM call, provider's usage (span, capture, cost, 4 histograms, 2 counters) %6.2f us/call  (median of 5)\n", runs[2]);
    for (r = 0; r < 5; r++) runs[r] = llm_calls(20000, 0);
    qsort(runs, 5, sizeof runs[0], cmp_double);
    printf("twtrace  LLM call, tokens counted here (o200k_base, 330 bytes)                      %6.2f us/call  (median of 5)\n", runs[2]);
    tw_shutdown();
    return 0;
}
