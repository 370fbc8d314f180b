/* Compile check: the header's declarations alone (no implementation). */
#ifdef TW_PRE
#include TW_PRE /* a header this one needs first */
#endif
#include TW_HEADER
int tw_compile_check_decl(void);
int tw_compile_check_decl(void) { return 0; }
