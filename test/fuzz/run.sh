#!/usr/bin/env bash
# test/fuzz/run.sh - builds the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined) and
# runs each for FUZZ_SECONDS (default 60) from its committed seed corpus (copied, so that what a run
# finds stays in test/out/fuzz). Prints PASS/FAIL lines with the executions and the coverage; a
# crash, a sanitizer report or a broken property is a FAIL with the input that caused it.
#   make fuzz                       every target for 60 s
#   FUZZ_SECONDS=3600 make fuzz     longer; FUZZ_TARGETS="http config" for some of them
cd "$(dirname "$0")/../.."
OUT=test/out/fuzz
mkdir -p "$OUT"
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"config lists traceparent url http tokenize serializer prices twview"}
CLANG=${CLANG:-clang}
rc=0
if ! echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }' |
    $CLANG -x c -fsanitize=fuzzer -o "$OUT/probe" - >/dev/null 2>&1; then
  echo "FAIL fuzz: $CLANG cannot build libFuzzer targets (apt-get install clang libclang-rt-14-dev)"
  exit 1
fi
# build them two at a time
for t in $TARGETS; do
  $CLANG -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -o "$OUT/fuzz_$t" test/fuzz/fuzz_$t.c -lpthread \
    >"$OUT/build-$t.log" 2>&1 &
  [ $(jobs -r | wc -l) -ge 2 ] && wait -n
done
wait
for t in $TARGETS; do
  if [ ! -x "$OUT/fuzz_$t" ]; then echo "FAIL fuzz $t: build"; sed 's/^/    /' "$OUT/build-$t.log" | head -20; rc=1; continue; fi
  rm -rf "$OUT/corpus-$t" && mkdir -p "$OUT/corpus-$t" && cp test/fuzz/corpus/$t/* "$OUT/corpus-$t/" 2>/dev/null
  maxlen=4096
  [ $t = http ] && maxlen=70000
  (cd "$OUT" && ASAN_OPTIONS=detect_leaks=1 ./fuzz_$t -max_total_time="$SECONDS_EACH" -max_len=$maxlen -timeout=20 -rss_limit_mb=2048 \
    -artifact_prefix="crash-$t-" "corpus-$t" >"run-$t.log" 2>&1)
  r=$?
  stats=$(grep -E '^#[0-9]+' "$OUT/run-$t.log" | tail -1 | sed -E 's/^#([0-9]+)[^c]*cov: ([0-9]+) ft: ([0-9]+) corp: ([0-9]+).*/\1 executions, coverage \2 edges (\3 features), corpus \4/')
  if [ $r -eq 0 ]; then
    echo "PASS fuzz $t: ${SECONDS_EACH} s, $stats"
  else
    echo "FAIL fuzz $t (exit $r): $stats"
    grep -E 'property failed|ERROR|runtime error|SUMMARY|Test unit written|^Base64' "$OUT/run-$t.log" | head -8 | sed 's/^/    /'
    rc=1
  fi
done
exit $rc
