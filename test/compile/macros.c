/* Compile check: every public macro of twtrace.h expanded (span scopes, attribute and event
   helpers), with the implementations of all three headers, under -Wall -Wextra -Wpedantic -Wshadow
   -Werror in C99, C11, C++11 and C++17 with gcc and clang; then run (exit status 0). */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include "../../twtokenize.h"
#include "../../twotlp_http.h"

static int helper(int x) {
    TW_SPAN_FUNC();
    tw_set_span_attribute_int("x", x);
    if (x > 5) return -1;
    return x;
}

int main(void) {
    tw_attr attrs[4];
    int i, n = 0;
    tw_config c = tw_config_default();
    c.enabled = 1, c.exporter = "none";
    if (tw_init(&c) != TW_OK) return 1;
    {
        TW_SPAN("outer");
        TW_SPAN("second.in.the.same.scope");
        tw_set_span_attribute_str("s", "v");
        tw_set_span_attribute_strn("s2", "value", 3);
        tw_set_span_attribute_int("i", 1);
        tw_set_span_attribute_double("d", 0.5);
        tw_set_span_attribute_bool("b", 1);
        tw_set_span_status(TW_STATUS_OK, NULL);
        attrs[0] = TW_ATTR_STR("k", "v");
        attrs[1] = TW_ATTR_INT("n", 2);
        attrs[2] = TW_ATTR_DOUBLE("d", 1.5);
        attrs[3] = TW_ATTR_BOOL("b", 0);
        tw_add_span_event("event", attrs, 4);
        tw_set_span_exception("Error", "message", NULL);
        for (i = 0; i < 3; i++) {
            TW_SPAN("loop");
            if (i == 1) continue;
            n += helper(i);
        }
        { TW_SPAN("a"); { TW_SPAN("b"); TW_SPAN("c"); } } /* nested and on one line: no shadowing */
        {
            TW_SPAN_SCOPE("the 0.1 name");
            tw_span_end(tw_span_start("explicit"));
        }
        {
            TW_SPAN_KIND("chat gpt-4o", TW_SPAN_KIND_CLIENT);
            tw_span_options o;
            tw_link link;
            tw_span *h;
            memset(&o, 0, sizeof o);
            link.context = tw_current_context(), link.attrs = attrs, link.n_attrs = 1;
            o.kind = TW_SPAN_KIND_PRODUCER, o.links = &link, o.n_links = 1;
            h = tw_span_start_with("with options", &o);
            tw_span_set_attribute_str(h, "k", "v");
            tw_span_set_attribute_int(h, "i", 1);
            tw_span_add_link(h, tw_span_context(h), NULL, 0);
            tw_span_end(h);
        }
        { /* the GenAI scopes and calls */
            TW_AGENT("Planner");
            TW_AGENT("nested");
            {
                TW_TOOL("python");
                tw_llm_request rq = tw_llm_request_default();
                tw_llm_result res = tw_llm_result_default();
                tw_llm_call *call;
                rq.provider = "openai", rq.model = "gpt-4o";
                call = tw_llm_start(&rq);
                tw_llm_message(call, "user", "hi", 2);
                tw_llm_chunk(call, "hello", 5);
                res.finish_reason = "stop";
                (void)tw_llm_end(call, &res);
            }
        }
        switch (n) {
        case 2: {
            TW_SPAN("case");
            break;
        }
        default: break;
        }
        n += (int)tw_count_tokens("hello world", 11);
    }
    return tw_shutdown() == TW_OK && n == 4 ? 0 : 2;
}
