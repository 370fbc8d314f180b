#!/usr/bin/env bash
# test_twtok.sh - the twtok command-line tool: counts, ids, decode, tokens, errors and exit codes.
T=tools/twtok
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" == "$3" ]; then echo "PASS $1"; else echo "FAIL $1"; echo "    expected: $2"; echo "    actual:   $3"; fi
}
check "count of arguments" "2" "$($T hello world)"
check "count of stdin" "2" "$(printf 'hello world' | $T)"
check "encode" "15339 1917" "$($T --encode hello world)"
check "decode" "hello world" "$(echo '15339 1917' | $T --decode)"
check "decode ends with a newline" "hello world|" "$(echo '15339 1917' | $T --decode | tr '\n' '|')"
check "model flag" "2" "$($T -m gpt-3.5-turbo hello world)"
check "encoding flag" "2" "$($T -e cl100k_base hello world)"
check "special as text by default" "7" "$($T '<|endoftext|>')"
check "--allow-special" "100257" "$($T --allow-special --encode '<|endoftext|>')"
check "tokens" $'15339\t"hello"\n1917\t" world"' "$($T --tokens hello world)"
$T --bogus >/dev/null 2>&1; check "unknown option exits 2" 2 $?
check "unknown option message is one line" 1 "$($T --bogus 2>&1 | wc -l)"
$T -m no-such-model x >/dev/null 2>&1; check "unknown model exits 2" 2 $?
$T -e no-such-encoding x >/dev/null 2>&1; check "unknown encoding exits 2" 2 $?
$T -m text-davinci-003 x >/dev/null 2>&1; check "model of a missing encoding (p50k_base) exits 2" 2 $?
check "o200k by model" "24912 2375" "$($T -m gpt-4o --encode hello world)"
check "o200k by encoding" "24912 2375" "$($T -e o200k_base --encode hello world)"
check "o200k special tokens" "199999 200018" "$($T -m gpt-4o --allow-special --encode '<|endoftext|><|endofprompt|>')"
echo "12 abc" | $T --decode >/dev/null 2>&1; check "decode of a non-number exits 2" 2 $?
echo "999999" | $T --decode >/dev/null 2>&1; check "decode of an unknown id exits 2" 2 $?
check "round trip of a file (plus --decode's newline)" "$({ cat README.md; echo; } | md5sum)" "$($T --encode < README.md | $T --decode | md5sum)"
check "options after the text" "15339 1917" "$($T hello world --encode)"
check "options between the words" "24912 2375" "$($T hello -m gpt-4o world --encode)"
check "-- ends the options" "1474 865" "$($T --encode -- -m x)"
check "-t N keeps the text of the first N tokens" "hello world" "$($T -t 2 hello world and more)"
check "--truncate with --encode keeps N ids" "15339 1917" "$($T --encode --truncate 2 hello world and more)"
check "-t 0" "" "$($T -t 0 hello)"
$T -t x hello >/dev/null 2>&1; check "-t with a non-number exits 2" 2 $?
check "-t error is one line" 1 "$($T -t -5 hello 2>&1 | wc -l)"
printf 'hello world' > test/out/twtok-input.txt
check "-i FILE" "2" "$($T -i test/out/twtok-input.txt)"
check "--input FILE with --encode" "15339 1917" "$($T --encode --input test/out/twtok-input.txt)"
check "-i - reads standard input" "2" "$(printf 'hello world' | $T -i -)"
$T -i /nonexistent/file >/dev/null 2>&1; check "-i of a missing file exits 2" 2 $?
check "-i error is one line naming the file" "1 1" "$($T -i /nonexistent/file 2>&1 | wc -l) $($T -i /nonexistent/file 2>&1 | grep -c '/nonexistent/file')"
$T -i test/out/twtok-input.txt more text >/dev/null 2>&1; check "-i and TEXT together exit 2" 2 $?
check "--version" "twtok 0.3 (twtokenize.h)" "$($T --version)"
check "--tokens shows a partial UTF-8 token as escaped bytes" $'9468\t"\\xf0\\x9f"\n97\t"\\xa4"\n244\t"\\x96"' "$($T --tokens '🤖')"
check "--tokens shows whole UTF-8 characters as they are" $'978\t"é"' "$($T --tokens 'é')"
check "decode error is one line" 1 "$(printf '12 abc\ndef\n' | $T --decode 2>&1 | wc -l)"
