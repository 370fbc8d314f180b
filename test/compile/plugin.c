/* plugin.c - a plugin (a shared library) that counts tokens, for test/compile/plugin_unload.c. */
#define TWTOKENIZE_IMPLEMENTATION
#include "../../twtokenize.h"
int lib_count(const char *s, unsigned long n) { return (int)twtok_count(twtok_encoding_get("cl100k_base"), s, n); }
