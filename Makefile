# twtrace kit - plain cc, no configure step.
#   make                 tools and examples
#   make test            every test (test/run.sh); last line "N passed, N failed"
#   make bench           benchmarks, printed beside the peers measured in the same run
#   make demo            the instrumented agent demo with the console exporter (CONFIG=file.json to change),
#                        and a run of it as demo.html (twview)
#   make gen             regenerate the data in twtokenize.h and the price table in twtrace.h (needs node and npm)
#   make check-reference compare the tokenizer with npm tiktoken on millions of strings, and its
#                        pieces with the patterns run by V8's regular expressions
#   make fuzz            every libFuzzer target for FUZZ_SECONDS (60) each (clang)
#   make soak            minutes of spans against a flapping collector (SOAK_SECONDS, 180)
CC      ?= cc
CFLAGS  ?= -O2 -Wall -Wextra
LDLIBS  ?= -lpthread
NODE_MODULES = tools/node_modules/.installed

PROGRAMS = tools/twtok tools/twview examples/agent_demo
CONFIG  ?=

all: $(PROGRAMS)

tools/twtok: tools/twtok.c twtokenize.h
	$(CC) $(CFLAGS) -o $@ tools/twtok.c $(LDLIBS)

# twview reads gzip files and writes compressed pages where zlib's header is installed (TWVIEW_ZLIB=
# empty builds it without: it then refuses gzip input with a message and writes JSON pages)
TWVIEW_ZLIB ?= $(shell printf '\#include <zlib.h>\n' | $(CC) -E - >/dev/null 2>&1 && echo -DTWVIEW_USE_ZLIB -lz)
tools/twview: tools/twview.c tools/twview_page.h twtrace.h
	$(CC) $(CFLAGS) -o $@ tools/twview.c $(TWVIEW_ZLIB) $(LDLIBS)

examples/agent_demo: examples/agent_demo.c twtrace.h twtokenize.h twotlp_http.h
	$(CC) $(CFLAGS) -o $@ examples/agent_demo.c $(LDLIBS)

$(NODE_MODULES): tools/package.json tools/package-lock.json
	cd tools && npm ci --no-audit --no-fund
	touch $@

build/twtok_dump: test/reference/twtok_dump.c twtokenize.h
	@mkdir -p build
	$(CC) -O2 -o $@ test/reference/twtok_dump.c

test: all $(NODE_MODULES)
	bash test/run.sh

gen: $(NODE_MODULES)
	node tools/gen_twtokenize.mjs twtokenize.h
	node tools/gen_prices.mjs twtrace.h

golden: $(NODE_MODULES) build/twtok_dump
	node test/reference/check.mjs build/twtok_dump cl100k_base --golden test/golden_cl100k.txt
	node test/reference/check.mjs build/twtok_dump o200k_base --golden test/golden_o200k.txt

check-reference: $(NODE_MODULES) build/twtok_dump
	node test/reference/check.mjs build/twtok_dump cl100k_base
	node test/reference/check.mjs build/twtok_dump o200k_base
	node test/reference/pieces.mjs build/twtok_dump cl100k_base reference
	node test/reference/pieces.mjs build/twtok_dump o200k_base reference

bench: $(NODE_MODULES)
	bash bench/run.sh

fuzz:
	bash test/fuzz/run.sh

soak: $(NODE_MODULES)
	bash test/soak/run.sh

demo: examples/agent_demo tools/twview
	./examples/agent_demo $(CONFIG)
	@printf '{"tracing.enabled": true, "tracing.exporter": "file", "tracing.file_path": "demo.jsonl", "tracing.service_name": "agent_demo"}\n' >demo.project.json
	@rm -f demo.jsonl && ./examples/agent_demo demo.project.json >/dev/null && rm -f demo.project.json
	@./tools/twview -o demo.html demo.jsonl 2>/dev/null && echo "demo: another run's trace is in demo.jsonl; open demo.html in a browser to see its timeline (or: tools/twview --text demo.jsonl)"

clean:
	rm -rf build test/out bench/out $(PROGRAMS) demo.jsonl demo.html

.PHONY: all test gen golden check-reference bench demo clean fuzz soak
