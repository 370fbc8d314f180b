/* Compile check: the header's declarations alone (no implementation). */
#include TW_HEADER
int tw_compile_check_decl(void);
int tw_compile_check_decl(void) { return 0; }
