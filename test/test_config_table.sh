#!/usr/bin/env bash
# test_config_table.sh - README.md's configuration table lists exactly the keys of twtrace.h's
# TW_CONFIG_LIST, in its order, with its defaults and environment variables. Prints PASS/FAIL.
set -u
cd "$(dirname "$0")/.."
OUT=test/out
mkdir -p "$OUT"
cc -std=c99 -Wall -Wextra -Werror -o "$OUT/config_table" test/compile/config_table.c || { echo "FAIL build config_table"; exit 1; }
"$OUT/config_table" >"$OUT/config_table.header"
awk -F'|' '/^\| `tracing\./ { for (i = 2; i <= 4; i++) { gsub(/`/, "", $i); gsub(/^ +| +$/, "", $i) } print $2 "|" $3 "|" $4 }' README.md >"$OUT/config_table.readme"
if diff -u "$OUT/config_table.header" "$OUT/config_table.readme" >"$OUT/config_table.diff"; then
  echo "PASS README's configuration table is TW_CONFIG_LIST ($(wc -l <"$OUT/config_table.header") keys, defaults, environment)"
else
  echo "FAIL README's configuration table differs from TW_CONFIG_LIST (- header, + README):"; sed 's/^/    /' "$OUT/config_table.diff"
fi
