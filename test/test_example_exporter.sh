#!/usr/bin/env bash
# test_example_exporter.sh - examples/callback_exporter.c, an exporter written against twtrace.h's
# public API only: it uses no private name, builds clean as C99 and as C++17 under -Werror, and
# its table has the calls, errors and token counts the program made (checked against tools/twtok). Prints PASS/FAIL lines.
set -u
cd "$(dirname "$0")/.."
OUT=test/out
mkdir -p "$OUT"
src=examples/callback_exporter.c
ok() { echo "PASS $1"; }
no() { echo "FAIL $1"; }
if grep -nE '\b(tw__|TW__|twtok__|twotlp__)' "$src"; then no "the example uses private names"; else ok "the example uses the public API only"; fi
# as C and as C++ (test/compile/macros.c builds the header itself with every compiler and standard)
builds="gcc:-x,c,-std=c99"
command -v clang++ >/dev/null 2>&1 && builds="$builds clang++:-x,c++,-std=c++17" || builds="$builds g++:-x,c++,-std=c++17"
for b in $builds; do
  cc=${b%%:*} flags=${b#*:}
  flags=${flags//,/ }
  if $cc $flags -O0 -Wall -Wextra -Wpedantic -Wshadow -Werror -o "$OUT/callback_exporter" "$src" -lpthread >"$OUT/cbx.log" 2>&1; then
    ok "callback exporter builds: $cc $flags"
  else
    no "callback exporter builds: $cc $flags"; sed 's/^/    /' "$OUT/cbx.log" | head -20
  fi
done
gcc -std=c11 -O2 -o "$OUT/callback_exporter" "$src" -lpthread || { no "build"; exit 1; }
"$OUT/callback_exporter" >"$OUT/cbx.out" 2>"$OUT/cbx.err" || { no "the example exits 0"; cat "$OUT/cbx.err"; }
prompt_in=$(tools/twtok "You are the Planner. The user asks: count the rows of data.csv.")
prompt_out=$(tools/twtok "Ask the CodeInterpreter to load data.csv and count its rows.")
ci_in=$(tools/twtok "Write Python that loads data.csv and prints the number of rows.")
ci_out=$(printf "import pandas as pd\nprint(len(pd.read_csv('data.csv')))" | tools/twtok)
row() { awk -v n="$1" '$1 == n { print $2, $4, $5, $6 }' "$OUT/cbx.out"; }
want="3 $((3 * prompt_in)) $((3 * prompt_out)) 0"
[ "$(row Planner.reply)" = "$want" ] && ok "Planner.reply: 3 calls, tokens as twtok counts them" || { no "Planner.reply row: '$(row Planner.reply)', want '$want'"; cat "$OUT/cbx.out"; }
want="3 $((3 * ci_in)) $((3 * ci_out)) 1"
[ "$(row CodeInterpreter.reply)" = "$want" ] && ok "CodeInterpreter.reply: 3 calls, 1 error" || { no "CodeInterpreter.reply row: '$(row CodeInterpreter.reply)', want '$want'"; cat "$OUT/cbx.out"; }
grep -qx '3 traces' "$OUT/cbx.out" && [ "$(row Session.send_message | cut -d' ' -f1)" = 3 ] && ok "3 traces, whole" || { no "traces"; cat "$OUT/cbx.out"; }
