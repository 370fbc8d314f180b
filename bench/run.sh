#!/usr/bin/env bash
# bench/run.sh - every benchmark, each figure beside its peer measured in the same run (make bench).
set -eu
cd "$(dirname "$0")/.."
CC=${CC:-cc}
mkdir -p bench/out
node bench/corpus.mjs bench/out >/dev/null
$CC -O2 -o bench/out/bench_tokenize bench/bench_tokenize.c -lpthread
$CC -O2 -o bench/out/bench_trace bench/bench_trace.c -lpthread -lm
$CC -O2 -o bench/out/bench_otlp bench/bench_otlp.c -lpthread -lm
$CC -O2 -o bench/out/bench_genai bench/bench_genai.c -lpthread -lm
corpora="bench/out/english.txt bench/out/code.txt bench/out/multilingual.txt bench/out/chat.txt"
echo "== tokenizer: the corpora (bench/corpus.mjs; none repeated, sha256 to name them)"
cat bench/out/manifest.txt
echo "== tokenizer: twtokenize.h and its peers in the same run (npm tiktoken, WASM; tiktoken-node, native; gpt-tokenizer, JS)"
: >bench/out/tokenize.results
for e in cl100k_base o200k_base; do
  ./bench/out/bench_tokenize -e $e $corpora | tee -a bench/out/tokenize.results | grep -v '^result'
  node bench/peers.mjs $e $corpora | tee -a bench/out/tokenize.results | grep -v '^result'
done
node bench/report.mjs bench/out/tokenize.results
echo "== tracing: start + two attributes + end"
./bench/out/bench_trace 2> /dev/null
# TW_BENCH_BASELINE=<git revision>: the same bench of that revision in the same run, after ours
if [ -n "${TW_BENCH_BASELINE:-}" ]; then
  rm -rf bench/out/baseline && mkdir -p bench/out/baseline/bench
  git show "$TW_BENCH_BASELINE:twtrace.h" >bench/out/baseline/twtrace.h
  git show "$TW_BENCH_BASELINE:bench/bench_trace.c" >bench/out/baseline/bench/bench_trace.c
  cp bench/bench.h bench/out/baseline/bench/
  $CC -O2 -o bench/out/baseline/bench_trace bench/out/baseline/bench/bench_trace.c -lpthread -lm
  echo "-- the same, twtrace.h of $TW_BENCH_BASELINE"
  ./bench/out/baseline/bench_trace 2>/dev/null | head -3
  echo "-- ours again"
  ./bench/out/bench_trace 2>/dev/null | head -4
fi
echo "== GenAI: histogram records and LLM calls (application thread), and the OpenTelemetry JS SDK's histogram in the same run"
./bench/out/bench_genai 2> /dev/null
node bench/peer_metrics.mjs
echo "== twview: a 100,000-span file of agent sessions (bench/gen_traces.mjs), and in headless Chromium the page it writes"
$CC -O2 -o bench/out/twview tools/twview.c $(printf '#include <zlib.h>\n' | $CC -E - >/dev/null 2>&1 && echo -DTWVIEW_USE_ZLIB -lz) -lpthread
node bench/gen_traces.mjs bench/out/traces.jsonl bench/out
$CC -O2 -o bench/out/twview-json tools/twview.c -lpthread
node bench/bench_twview.mjs bench/out/twview bench/out/traces.jsonl bench/out bench/out/twview-json
echo "== export: OTLP JSON serialization and delivery over loopback (exporter thread CPU)"
./bench/out/bench_otlp 2> /dev/null
echo "== header size and compile time of the implementation translation unit"
for h in twtokenize.h twtrace.h twotlp_http.h; do
  printf '%-14s %8d bytes  ' "$h" "$(stat -c %s $h)"
  pre=""; [ "$h" = twotlp_http.h ] && pre='-DTW_PRE="../../twtrace.h"'
  best=""
  for i in 1 2 3; do # the fastest of three (the host's neighbours slow some)
    s=$(date +%s.%N); $CC -O2 -c -o bench/out/h.o test/compile/impl.c $pre -DTW_HEADER="\"../../$h\""; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  printf 'cc -O2 -c: %.2f s (the fastest of 3)\n' "$best"
done
