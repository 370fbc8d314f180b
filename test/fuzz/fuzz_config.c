/* fuzz_config.c - the configuration reader on any bytes (not NUL-terminated: the buffer is copied to
   a heap block of exactly its size, so ASan sees a read past its end). Properties: the result is OK
   or CONFIG; an error says file:line:column; an accepted config keeps its values in range. */
#define TWTRACE_IMPLEMENTATION
#include "../../twtrace.h"
#include "fuzz_check.h"
#include <stdint.h>

static void quiet(int level, const char *msg, void *user) { (void)level, (void)msg, (void)user; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *buf = (char *)malloc(size ? size : 1), err[512];
    tw_config c = tw_config_default();
    int r;
    tw_set_log_function(quiet, NULL);
    memcpy(buf, data, size);
    r = tw_config_load_string(buf, size, "fuzz.json", &c, err, sizeof err);
    FUZZ_ASSERT(r == TW_OK || r == TW_ERR_CONFIG || r == TW_ERR_NOMEM, "result %d", r);
    if (r == TW_ERR_CONFIG) FUZZ_ASSERT(strncmp(err, "fuzz.json:", 10) == 0 && strlen(err) > 14, "error '%s'", err);
    if (r == TW_OK) {
        FUZZ_ASSERT(c.max_queue_size >= 1 && c.max_export_batch_size >= 1 && c.attribute_value_length_limit >= -1 &&
                        c.max_request_bytes >= 1024 && c.shutdown_timeout_ms >= 1,
                    "a value out of its range was accepted");
        FUZZ_ASSERT(c.exporter && (strcmp(c.exporter, "otlp") == 0 || strcmp(c.exporter, "console") == 0 ||
                                   strcmp(c.exporter, "file") == 0 || strcmp(c.exporter, "none") == 0),
                    "exporter");
    }
    free(buf);
    return 0;
}
