#!/usr/bin/env bash
# test_tokhook.sh - tw_count_tokens finds twtokenize.h whatever the include order, in another
# translation unit, and says once (with the reason and the fix) when it cannot count.
OUT=test/out/tokhook
mkdir -p "$OUT"
CC=${CC:-cc}
check() { # check NAME COND-RESULT DETAIL
  if [ "$2" = 0 ]; then echo "PASS $1"; else echo "FAIL $1"; echo "$3" | sed 's/^/    /' | head -20; fi
}
build() { # build NAME COMPILER FLAGS... ; then ./OUT/NAME
  local name=$1 cc=$2; shift 2
  $cc "$@" -o "$OUT/$name" -lpthread -lm >"$OUT/$name.build" 2>&1 || { cat "$OUT/$name.build"; return 1; }
}
W="-Wall -Wextra -Wpedantic -Werror"
for cc in gcc g++; do
  lang="-x c -std=c99"; [ $cc = g++ ] && lang="-x c++ -std=c++11"
  build after-$cc $cc $lang $W -DWITH_TOKENIZER_AFTER test/compile/tok_order.c
  out=$("$OUT/after-$cc" 2>&1); check "twtrace.h before twtokenize.h ($cc): tokens counted" "$([ "$out" = 2 ]; echo $?)" "$out"
  $cc $lang $W -DTOK_ONLY -c -o "$OUT/tok-$cc.o" test/compile/tok_order.c && $cc $lang $W -c -o "$OUT/main-$cc.o" test/compile/tok_order.c &&
    build other-tu-$cc $cc "$OUT/main-$cc.o" "$OUT/tok-$cc.o"
  out=$("$OUT/other-tu-$cc" 2>&1); check "tokenizer in another translation unit ($cc): tokens counted" "$([ "$out" = 2 ]; echo $?)" "$out"
done
build none gcc -std=c99 $W test/compile/tok_order.c
out=$("$OUT/none")
check "no tokenizer: TW_ERR_NO_TOKENIZER, said once with the fix, and the negative size said once" \
  "$([ "$(echo "$out" | head -1)" = -6 ] && [ "$(echo "$out" | grep -c '^tw_count_tokens: no tokenizer in this program: compile twtokenize.h')" = 1 ] &&
      [ "$(echo "$out" | grep -c 'negative size is not counted')" = 1 ]; echo $?)" "$out"
build no-o200k gcc -std=c99 $W -DWITH_TOKENIZER_AFTER -DTWTOK_NO_O200K test/compile/tok_order.c
out=$("$OUT/no-o200k" gpt-4o)
check "gpt-4o without o200k_base: says the encoding was left out (-DTWTOK_NO_O200K), once" \
  "$([ "$(echo "$out" | head -1)" = -7 ] && [ "$(echo "$out" | grep -c 'uses o200k_base, which this build leaves out (-DTWTOK_NO_O200K)')" = 1 ]; echo $?)" "$out"
out=$("$OUT/after-gcc" no-such-model)
check "unknown model: says the tokenizer knows no such model, once" \
  "$([ "$(echo "$out" | head -1)" = -7 ] && [ "$(echo "$out" | grep -c 'knows no such model')" = 1 ]; echo $?)" "$out"
out=$("$OUT/after-gcc" gpt-4o)
check "gpt-4o counts with o200k_base" "$([ "$out" = 2 ]; echo $?)" "$out"
exit 0
