/* Must NOT compile: TW_SPAN(name) { ... } was 0.1's block form, a for loop in disguise that changed
   what break and continue mean; now TW_SPAN is a declaration and this is a syntax error. (With
   -DTW_STATEMENT_FORM: a span as the body of a loop, TW_SPAN(name) stmt;, must not compile either.) */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
int main(void) {
    int a, n = 0;
    for (a = 1; a <= 3; a++)
#ifdef TW_STATEMENT_FORM
        TW_SPAN("CodeExecutor.execute") n++;
#else
        TW_SPAN("CodeExecutor.execute") {
            n++;
            if (a == 1) break;
        }
#endif
    return n;
}
