#!/usr/bin/env bash
# test/otlp/run.sh - the OTLP exporter against the Node test receiver: conformance to the official
# schema and its meaning, and behaviour under trouble. Builds test_otlp.c plain (without zlib: the
# gzip setting must fail clearly), with zlib under ASan+UBSan, and with zlib under TSan
# (TW_TEST_QUICK=1: plain and zlib only), and checks the deploy/ YAML files for syntax.
# Prints PASS/FAIL lines (test/run.sh counts them). Run from the repository root.
set -u
cd "$(dirname "$0")/../.."
OUT=test/out
mkdir -p "$OUT"
CC=${CC:-cc}
rc=0
portfile=$OUT/receiver.ports
rm -f "$portfile"
NODE_PATH=tools/node_modules node test/otlp/receiver.mjs "$portfile" >"$OUT/receiver.log" 2>&1 &
recv=$!
trap 'kill $recv 2>/dev/null' EXIT
for _ in $(seq 100); do [ -s "$portfile" ] && break; sleep 0.1; done
if [ ! -s "$portfile" ]; then
  echo "FAIL receiver did not start:"; sed 's/^/    /' "$OUT/receiver.log"; exit 1
fi
read -r RECV_DATA RECV_CTL <"$portfile"
export RECV_DATA RECV_CTL

variant() { # variant NAME LIBS FLAGS...
  local name=$1 libs=$2; shift 2
  if ! $CC -std=c11 -g -Wall -Wextra "$@" -o "$OUT/$name" test/otlp/test_otlp.c $libs -lpthread -lm >"$OUT/build-$name.log" 2>&1; then
    echo "FAIL build $name"; sed 's/^/    /' "$OUT/build-$name.log" | head -30; rc=1; return
  fi
  "$OUT/$name" >"$OUT/$name.log" 2>&1 || rc=1
  sed -n "s/^\(PASS\|FAIL\) /\1 $name: /p" "$OUT/$name.log"
  grep -v '^PASS ' "$OUT/$name.log" | head -40 | sed 's/^/    /'
}
variant test_otlp "" -O2
variant test_otlp-zlib -lz -O2 -DTWOTLP_USE_ZLIB
if [ "${TW_TEST_QUICK:-0}" != 1 ]; then
  ASAN_OPTIONS=detect_leaks=1 variant test_otlp-asan -lz -O1 -DTWOTLP_USE_ZLIB -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
  TSAN_OPTIONS=halt_on_error=1 variant test_otlp-tsan -lz -O1 -DTWOTLP_USE_ZLIB -fsanitize=thread
fi

# the collector stack's YAML parses
for y in deploy/*.yaml deploy/*.yml; do
  [ -f "$y" ] || continue
  if NODE_PATH=tools/node_modules node -e 'require("js-yaml").load(require("fs").readFileSync(process.argv[1], "utf8"))' "$y" >"$OUT/yaml.log" 2>&1; then
    echo "PASS yaml syntax: $y"
  else
    echo "FAIL yaml syntax: $y"; sed 's/^/    /' "$OUT/yaml.log"; rc=1
  fi
done
exit $rc
