#!/usr/bin/env bash
# test/soak/run.sh - the soak (soak.c) against the Node receiver; SOAK_SECONDS (default 180) long.
# make soak runs it at full length; make test runs a short one (45 s). Prints PASS/FAIL lines.
cd "$(dirname "$0")/../.."
OUT=test/out/soak
mkdir -p "$OUT"
CC=${CC:-cc}
portfile=$OUT/receiver.ports
rm -f "$portfile"
NODE_PATH=tools/node_modules node --max-old-space-size=2048 test/otlp/receiver.mjs "$portfile" >"$OUT/receiver.log" 2>&1 &
recv=$!
trap 'kill $recv 2>/dev/null' EXIT
for _ in $(seq 100); do [ -s "$portfile" ] && break; sleep 0.1; done
[ -s "$portfile" ] || { echo "FAIL soak: the receiver did not start"; sed 's/^/    /' "$OUT/receiver.log"; exit 1; }
read -r RECV_DATA RECV_CTL <"$portfile"
export RECV_DATA RECV_CTL
$CC -std=c11 -O2 -g -Wall -Wextra -o "$OUT/soak" test/soak/soak.c -lpthread >"$OUT/build.log" 2>&1 ||
  { echo "FAIL soak: build"; sed 's/^/    /' "$OUT/build.log" | head -20; exit 1; }
"$OUT/soak"
