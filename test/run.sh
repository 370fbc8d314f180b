#!/usr/bin/env bash
# test/run.sh - every test of the kit, one runner; the last line is "N passed, N failed".
#   compile checks (each header as C99, C11, C++; gcc and clang; -Wall -Wextra -Wpedantic -Werror),
#   the two-translation-unit link test, the unit tests plain, under ASan+UBSan, threaded ones under
#   TSan, the command-line tool, the unit and golden tests on aarch64 and s390x under qemu-user,
#   and the Node-based conformance tests.
# Run from the repository root (make test). TW_TEST_QUICK=1 skips the sanitizer builds.
set -u
cd "$(dirname "$0")/.."
OUT=test/out
mkdir -p "$OUT"
passed=0
failed=0
failures=()

pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); failures+=("$1"); }

# step NAME COMMAND...: one check that passes when the command exits 0 (output shown on failure)
step() {
  local name=$1; shift
  if "$@" >"$OUT/step.log" 2>&1; then pass "$name"; else fail "$name"; sed 's/^/    /' "$OUT/step.log" | tail -40; fi
}

# run_tests NAME BINARY [ARGS]: runs a test binary and counts its PASS/FAIL lines
run_tests() {
  local name=$1 bin=$2; shift 2
  local log="$OUT/$name.log"
  # a hung test is a failure, not a hung CI (exit status 124 below)
  timeout -k 10 "${TW_TEST_TIMEOUT:-900}" "$bin" "$@" >"$log" 2>&1
  local rc=$?
  local p f
  p=$(grep -c '^PASS ' "$log")
  f=$(grep -c '^FAIL ' "$log")
  grep -E '^(PASS|FAIL) ' "$log" | sed "s/^\(PASS\|FAIL\) /\1 $name: /"
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$f" -gt 0 ] || [ "$rc" -ne 0 ] || [ "$p" -eq 0 ]; then
    [ "$f" -gt 0 ] || { failed=$((failed + 1)); echo "FAIL $name: exit status $rc with $p passed"; }
    failures+=("$name")
    grep -v -E '^PASS ' "$log" | head -60 | sed 's/^/    /'
  fi
}

CC=${CC:-cc}
HAVE_CLANG=0
command -v clang >/dev/null 2>&1 && HAVE_CLANG=1
WARN="-Wall -Wextra -Wpedantic -Werror"
HEADERS="twtokenize.h twtrace.h twotlp_http.h"

# --- compile checks -----------------------------------------------------------------------
compilers="gcc g++"
[ $HAVE_CLANG = 1 ] && compilers="gcc g++ clang clang++"
[ $HAVE_CLANG = 1 ] || fail "clang is not installed (apt-get install clang): the clang compile checks cannot run"
for h in $HEADERS; do
  [ -f "$h" ] || continue
  pre=""
  [ "$h" = twotlp_http.h ] && pre='-DTW_PRE="../../twtrace.h"'
  for cc in $compilers; do
    case $cc in
      g++|clang++) stds="c++11 c++17" lang="-x c++" ;;
      *) stds="c99 c11" lang="-x c" ;;
    esac
    for std in $stds; do
      step "compile $h $cc -std=$std (declarations)" $cc $lang -std=$std $WARN -fsyntax-only test/compile/decl_only.c $pre -DTW_HEADER="\"../../$h\""
      step "compile $h $cc -std=$std (implementation)" $cc $lang -std=$std $WARN -c -o "$OUT/impl.o" test/compile/impl.c $pre -DTW_HEADER="\"../../$h\""
    done
  done
done
for leave in TWTOK_NO_O200K TWTOK_NO_CL100K "TWTOK_NO_CL100K -DTWTOK_NO_O200K"; do
  step "twtokenize.h with -D$leave builds and has the rest" \
    sh -c "$CC -std=c99 $WARN -D$leave -o $OUT/leave_out test/compile/leave_out.c && $OUT/leave_out"
done
# every public macro expanded, and the README's example as a user copies it, under the strictest
# warnings with each compiler and standard; the block form of 0.1 must not compile
awk '/^## Ten lines/{f=1} f&&/^```c$/{g=1;next} g&&/^```$/{exit} g' README.md >"$OUT/readme_example.c"
mkdir -p "$OUT/readme_run"
printf '{"tracing.enabled": true, "tracing.exporter": "console"}\n' >"$OUT/readme_run/project.json"
readme_example() { # CC LANG STD: builds the example; it prints its span with the prompt on it, and exits 0
  [ -s "$OUT/readme_example.c" ] || { echo "no C example under '## Ten lines' in README.md"; return 1; }
  $1 $2 -std=$3 $WARN -Wshadow -I. -o "$OUT/readme_example" "$OUT/readme_example.c" -lpthread || return 1
  (cd "$OUT/readme_run" && ../readme_example >out.txt 2>err.txt) || { cat "$OUT/readme_run/err.txt"; return 1; }
  grep -q '^  Planner.reply ' "$OUT/readme_run/out.txt" && grep -q 'prompt = "' "$OUT/readme_run/out.txt" &&
    grep -q 'metric prompt_size{direction="input"} = ' "$OUT/readme_run/out.txt" || { cat "$OUT/readme_run/out.txt"; return 1; }
}
for cc in $compilers; do
  case $cc in
    g++|clang++) stds="c++11 c++17" lang="-x c++" ;;
    *) stds="c99 c11" lang="-x c" ;;
  esac
  for std in $stds; do
    step "every public macro: $cc -std=$std -Wshadow -Werror, runs" \
      sh -c "$cc $lang -std=$std $WARN -Wshadow -o $OUT/macros test/compile/macros.c -lpthread && $OUT/macros"
    step "README example: $cc -std=$std -Wshadow -Werror, runs and prints its span" readme_example $cc "$lang" $std
    for form in "" -DTW_STATEMENT_FORM; do
      step "TW_SPAN(name) ${form:+stmt; }${form:-{ ... \}} does not compile: $cc -std=$std" \
        sh -c "! $cc $lang -std=$std -fsyntax-only $form test/compile/block_form.c >/dev/null 2>&1"
    done
  done
done
if [ -f twtrace.h ]; then
  step "link: headers in two translation units, implementation in one" \
    sh -c "$CC -std=c99 $WARN -c -o $OUT/link_a.o test/compile/link_a.c && $CC -std=c99 $WARN -c -o $OUT/link_b.o test/compile/link_b.c && $CC -o $OUT/link test/out/link_a.o test/out/link_b.o -lpthread -lm && $OUT/link"
fi

step "twtokenize.h in a plugin unloaded while a thread that used it lives: the thread exits cleanly" \
  sh -c "$CC -O2 -shared -fPIC -o $OUT/plugin.so test/compile/plugin.c -lpthread && $CC -O2 -o $OUT/plugin_unload test/compile/plugin_unload.c -ldl -lpthread && $OUT/plugin_unload $OUT/plugin.so | grep -q '^ok '"

# --- unit tests ---------------------------------------------------------------------------
build() { # build NAME SRC FLAGS...
  local name=$1 src=$2; shift 2
  $CC -std=c11 -g -Wall -Wextra "$@" -o "$OUT/$name" "$src" -lpthread -lm >"$OUT/build-$name.log" 2>&1 ||
    { fail "build $name"; sed 's/^/    /' "$OUT/build-$name.log" | head -30; return 1; }
}
UNIT_TESTS="test_tokenize"
[ -f test/test_trace.c ] && UNIT_TESTS="$UNIT_TESTS test_trace"
[ -f test/test_core.c ] && UNIT_TESTS="$UNIT_TESTS test_core"
[ -f test/test_genai.c ] && UNIT_TESTS="$UNIT_TESTS test_genai"
[ -f test/test_otlp.c ] && UNIT_TESTS="$UNIT_TESTS test_otlp"
for t in $UNIT_TESTS; do
  build "$t" "test/$t.c" -O2 && run_tests "$t" "$OUT/$t"
  if [ "${TW_TEST_QUICK:-0}" != 1 ]; then
    build "$t-asan" "test/$t.c" -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer &&
      ASAN_OPTIONS=detect_leaks=1 run_tests "$t-asan+ubsan" "$OUT/$t-asan"
    build "$t-tsan" "test/$t.c" -O1 -fsanitize=thread &&
      TSAN_OPTIONS=halt_on_error=1 run_tests "$t-tsan" "$OUT/$t-tsan"
  fi
done

# --- prices: the built-in table against the package's own calcPrice ------------------------
if build price_cli test/prices/price_cli.c -O1; then
  step "prices: tw_price_cost equals @pydantic/genai-prices' calcPrice (every model, dates, tiers, cache, reasoning)" \
    node test/prices/check.mjs "$OUT/price_cli"
fi
step "twtrace.h -DTW_NO_PRICES: builds -std=c99 -Wpedantic, and has no price" \
  sh -c "$CC -std=c99 $WARN -DTW_NO_PRICES -DTW_EXPECT_NO_PRICES -o $OUT/no_prices test/compile/no_prices.c -lpthread -lm && $OUT/no_prices"

# --- the pre-tokenizers against the patterns run by a regular expression engine --------------
if build twtok_dump test/reference/twtok_dump.c -O2; then
  for enc in cl100k_base o200k_base; do
    step "twtokenize.h $enc: the golden cases cut into the pieces the pattern makes (V8's regular expressions, Unicode 16.0 classes)" \
      node test/reference/pieces.mjs "$OUT/twtok_dump" $enc golden
  done
fi

# --- the command-line tool ----------------------------------------------------------------
if [ -x tools/twtok ]; then
  run_tests "twtok" bash test/test_twtok.sh
else
  fail "tools/twtok is not built (make)"
fi

# --- the exporter interface and the configuration table --------------------------------------
step "twotlp_http.h uses only twtrace.h's public API (no tw__/TW__ name)" sh -c "! grep -nE '\\b(tw__|TW__)' twotlp_http.h"
run_tests "example-exporter" bash test/test_example_exporter.sh
run_tests "config-table" bash test/test_config_table.sh
run_tests "deploy" bash test/test_deploy.sh

# --- the tokenizer from twtrace.h, the demo without a collector ---------------------------
run_tests "tokenizer-hook" bash test/test_tokhook.sh
run_tests "demo" bash test/test_demo.sh
run_tests "twview" bash test/test_twview.sh

# --- fuzzing: every parser and place where outside bytes enter, a short budget each ---------
if [ "${TW_TEST_QUICK:-0}" != 1 ]; then
  FUZZ_SECONDS=${FUZZ_SECONDS:-15} run_tests "fuzz" bash test/fuzz/run.sh
fi

# --- a short soak: two threads, a flapping collector, 45 s (make soak: 180 s) ---------------
if [ "${TW_TEST_QUICK:-0}" != 1 ]; then
  SOAK_SECONDS=${SOAK_SECONDS:-45} run_tests "soak" bash test/soak/run.sh
fi

# --- other CPUs: aarch64 and s390x (big-endian) under qemu-user ----------------------------
if [ "${TW_TEST_QUICK:-0}" != 1 ]; then
  run_tests "cross" bash test/cross.sh
fi

# --- Node-based conformance tests ---------------------------------------------------------
if [ -f test/otlp/run.sh ]; then
  run_tests "otlp-conformance" bash test/otlp/run.sh
fi

echo
if [ $failed -gt 0 ]; then
  echo "failed:"
  printf '  %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
