/* Compile check: the header with its implementation, included twice (the second is a no-op). */
#define TWTRACE_IMPLEMENTATION
#ifdef TW_PRE
#include TW_PRE /* a header this one needs first */
#endif
#include TW_HEADER
#include TW_HEADER
int tw_compile_check_impl(void);
int tw_compile_check_impl(void) { return 0; }
