#!/usr/bin/env bash
# test_example_exporter.sh - examples/callback_exporter.c, an exporter written against twtrace.h's
# public API only: it uses no private name, builds clean as C99, C11, C++11 and C++17 with gcc and
# clang under -Werror, and its table has the calls, errors and token counts the program made
# (token counts checked against tools/twtok). Prints PASS/FAIL lines.
set -u
cd "$(dirname "$0")/.."
OUT=test/out
mkdir -p "$OUT"
src=examples/callback_exporter.c
ok() { echo "PASS $1"; }
no() { echo "FAIL $1"; }
if grep -nE '\b(tw__|TW__|twtok__|twotlp__)' "$src"; then no "the example uses private names"; else ok "the example uses the public API only"; fi
compilers="gcc g++"
command -v clang >/dev/null 2>&1 && compilers="gcc g++ clang clang++"
for cc in $compilers; do
  case $cc in g++|clang++) stds="c++11 c++17" lang="-x c++" ;; *) stds="c99 c11" lang="-x c" ;; esac
  for std in $stds; do
    if $cc $lang -std=$std -O2 -Wall -Wextra -Wpedantic -Wshadow -Werror -o "$OUT/callback_exporter" "$src" -lpthread >"$OUT/cbx.log" 2>&1; then
      ok "callback exporter builds: $cc -std=$std"
    else
      no "callback exporter builds: $cc -std=$std"; sed 's/^/    /' "$OUT/cbx.log" | head -20
    fi
  done
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
