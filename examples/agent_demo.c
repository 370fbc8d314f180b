/* agent_demo.c - a simulated TaskWeaver round, instrumented with twtrace.h.
   User query -> Planner -> CodeInterpreter (CodeGenerator, CodeExecutor; the first execution
   fails with an exception, the second works) -> Planner reply. The roles are agents
   (invoke_agent spans), the code execution a tool (execute_tool), and every simulated LLM call goes
   through the LLM-call API: the Planner's calls with the usage a provider reports, the
   CodeGenerator's streamed in chunks and counted here exactly with twtokenize.h. Each call's span
   carries the GenAI conventions' attributes, its prompt and response, its tokens and its cost; at
   the end the demo prints the tokens and cost of each role. The code runs in a child process (a
   "kernel") that joins the trace through the TRACEPARENT environment variable.

     ./agent_demo                 console exporter (no collector needed)
     ./agent_demo project.json    any TaskWeaver-style project configuration (e.g. deploy/project.json)
*/
#define TWTRACE_IMPLEMENTATION
#include "../twtokenize.h"
#include "../twtrace.h"
#include "../twotlp_http.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *USER_QUERY = "Load sales.csv and tell me which month had the highest revenue.";
static const char *PLANNER_PROMPT =
    "You are the Planner of TaskWeaver. Decompose the user's request into steps and delegate them to the "
    "CodeInterpreter. Conversation so far:\nUser: Load sales.csv and tell me which month had the highest revenue.\n";
static const char *PLANNER_PLAN =
    "1. Ask CodeInterpreter to load sales.csv\n2. Ask it to group revenue by month and report the maximum\n";
static const char *CODE_PROMPT =
    "You are the CodeGenerator. Write Python code for: load sales.csv and find the month with the highest revenue.";
static const char *CODE_V1 = "import pandas as pd\ndf = pd.read_csv('sale.csv')\nprint(df.groupby('month').revenue.sum().idxmax())\n";
static const char *CODE_V2 = "import pandas as pd\ndf = pd.read_csv('sales.csv')\nprint(df.groupby('month').revenue.sum().idxmax())\n";
static const char *TRACEBACK =
    "Traceback (most recent call last):\n  File \"<cell 1>\", line 2, in <module>\n"
    "FileNotFoundError: [Errno 2] No such file or directory: 'sale.csv'\n";
static const char *FINAL_REPLY = "March had the highest revenue (42,180 USD).";

static const char *config_path;
static const char *self_path;

/* Tokens and cost of each role, from what each call recorded. */
static struct {
    const char *role;
    int64_t in, out, micros;
    int calls;
} roles[4];

static void account(const char *role, tw_llm_summary s) {
    int i;
    for (i = 0; i < 4 && roles[i].role && strcmp(roles[i].role, role) != 0; i++) {
    }
    if (i == 4) return;
    roles[i].role = role, roles[i].calls++;
    if (s.input_tokens > 0) roles[i].in += s.input_tokens;
    if (s.output_tokens > 0) roles[i].out += s.output_tokens;
    if (s.cost_micros > 0) roles[i].micros += s.cost_micros;
}

/* A simulated LLM call of role (the agent whose span is open): the prompt as messages; the
   response whole with the usage a provider reports, or streamed in chunks with no usage (counted
   here). */
static void llm_call(const char *role, const char *model, const char *system, const char *prompt, const char *response, int stream) {
    tw_llm_request rq = tw_llm_request_default();
    tw_llm_result res = tw_llm_result_default();
    tw_llm_call *call;
    rq.provider = "openai", rq.model = model, rq.temperature = 0.0, rq.max_tokens = 1024;
    rq.server_address = "api.openai.com", rq.server_port = 443;
    call = tw_llm_start(&rq);
    tw_llm_message(call, "system", system, strlen(system));
    tw_llm_message(call, "user", prompt, strlen(prompt));
    if (stream) { /* chunks of a few bytes, as a stream delivers them */
        size_t n = strlen(response), at = 0;
        while (at < n) {
            size_t k = n - at < 7 ? n - at : 7;
            tw_llm_chunk(call, response + at, k);
            at += k;
            usleep(200);
        }
    } else {
        int64_t in = tw_count_tokens(prompt, strlen(prompt)), out = tw_count_tokens(response, strlen(response));
        tw_llm_response(call, response, strlen(response));
        /* what a provider's usage block says (prompt_tokens include the chat format's) */
        res.input_tokens = in >= 0 ? in + 40 : 50, res.output_tokens = out >= 0 ? out : 20, res.cache_read_tokens = 0;
        res.response_model = "gpt-4o-2024-08-06", res.response_id = "chatcmpl-demo";
    }
    res.finish_reason = "stop";
    account(role, tw_llm_end(call, &res));
}

static int start_tracing(void) {
    if (config_path) return tw_init_from_file(config_path);
    {
        tw_config c = tw_config_default();
        c.enabled = 1, c.exporter = "console", c.service_name = "agent_demo";
        return tw_init(&c);
    }
}

/* The kernel: a child process that runs one cell. */
static int kernel_main(const char *code) {
    int fails = strstr(code, "'sale.csv'") != NULL;
    if (start_tracing() != TW_OK) return 2;
    {
        TW_SPAN("Kernel.run_cell"); /* a span for the rest of this block */
        tw_set_span_attribute_str("code", code);
        tw_set_span_attribute_int("process.pid", (int64_t)getpid());
        if (fails) {
            tw_set_span_exception("FileNotFoundError", "[Errno 2] No such file or directory: 'sale.csv'", TRACEBACK);
        } else {
            tw_set_span_attribute_str("output", "March\n");
            tw_set_span_status(TW_STATUS_OK, NULL);
        }
    }
    tw_shutdown();
    return fails ? 1 : 0;
}

/* Runs code in a kernel process that joins this trace; returns the kernel's exit status. */
static int run_in_kernel(const char *code) {
    char tp[64];
    pid_t pid;
    int st = 0;
    if (tw_traceparent(tp, sizeof tp) == TW_OK) setenv("TRACEPARENT", tp, 1);
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        execl(self_path, self_path, "--kernel", code, config_path, (char *)NULL);
        _exit(127);
    }
    unsetenv("TRACEPARENT");
    if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st)) return -1;
    return WEXITSTATUS(st);
}

static void generate_code(int attempt, const char *code) {
    TW_SPAN("CodeGenerator.reply"); /* to the end of the function */
    tw_set_span_attribute_int("attempt", attempt);
    llm_call("CodeInterpreter", "gpt-4o-mini", "You are the CodeGenerator of TaskWeaver.", attempt == 1 ? CODE_PROMPT : TRACEBACK, code, 1);
}

static int execute_code(const char *code) {
    int rc;
    TW_TOOL("python");              /* the GenAI conventions' execute_tool span */
    TW_SPAN("CodeExecutor.execute");
    tw_set_span_attribute_str("code", code);
    rc = run_in_kernel(code);
    tw_set_span_attribute_int("exit_code", rc);
    if (rc != 0) {
        tw_set_span_exception("FileNotFoundError", "[Errno 2] No such file or directory: 'sale.csv'", TRACEBACK);
        return rc;                  /* ends the span too */
    }
    tw_set_span_attribute_str("output", "March\n");
    tw_set_span_status(TW_STATUS_OK, NULL);
    return 0;
}

static int code_interpreter(const char *task) {
    int attempt, rc = -1;
    TW_AGENT("CodeInterpreter");    /* invoke_agent CodeInterpreter: the agent of the calls inside */
    TW_SPAN("CodeInterpreter.reply");
    tw_set_span_attribute_str("task", task);
    for (attempt = 1; attempt <= 2; attempt++) {
        const char *code = attempt == 1 ? CODE_V1 : CODE_V2;
        generate_code(attempt, code);
        rc = execute_code(code);
        if (rc == 0) break;         /* leaves the loop: TW_SPAN hides no loop of its own */
    }
    if (rc == 0) tw_set_span_status(TW_STATUS_OK, NULL);
    return rc;
}

static void planner_reply(const char *prompt, const char *response, int final) {
    TW_AGENT("Planner");
    TW_SPAN("Planner.reply");
    llm_call("Planner", "gpt-4o", "You are the Planner of TaskWeaver.", prompt, response, 0);
    if (final) tw_set_span_attribute_str("reply_to_user", response);
    tw_set_span_status(TW_STATUS_OK, NULL);
}

int main(int argc, char **argv) {
    int rc;
    self_path = argv[0];
    if (argc >= 3 && strcmp(argv[1], "--kernel") == 0) {
        config_path = argc >= 4 ? argv[3] : NULL;
        return kernel_main(argv[2]);
    }
    config_path = argc >= 2 ? argv[1] : NULL;
    if ((rc = start_tracing()) != TW_OK) {
        fprintf(stderr, "agent_demo: tracing did not start: %s\n", tw_result_string(rc));
        return 1;
    }
    {
        TW_SPAN("Session.send_message");
        tw_set_span_attribute_str("user_query", USER_QUERY);
        planner_reply(PLANNER_PROMPT, PLANNER_PLAN, 0);
        rc = code_interpreter("load sales.csv and report the month with the highest revenue");
        planner_reply(PLANNER_PLAN, FINAL_REPLY, 1);
    }
    printf("Planner -> User: %s\n", FINAL_REPLY);
    tw_shutdown();
    {
        int i;
        int64_t micros = 0;
        printf("tokens and cost by role (%s):\n", tw_price_table_version());
        for (i = 0; i < 4 && roles[i].role; i++) {
            printf("  %-16s %d calls  %6lld input  %6lld output tokens  $%.6f\n", roles[i].role, roles[i].calls, (long long)roles[i].in,
                   (long long)roles[i].out, (double)roles[i].micros / 1e6);
            micros += roles[i].micros;
        }
        printf("  %-16s %31s $%.6f\n", "all", "", (double)micros / 1e6);
    }
    return rc == 0 ? 0 : 1;
}
