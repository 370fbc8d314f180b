#!/usr/bin/env bash
# test_twview.sh - tools/twview as a user runs it over SSH: the demo's trace as a tree with a bar per
# span and the critical path, in 80 columns and without colour when piped; the summary's totals by
# agent equal the demo's own; malformed lines reported with file:line and skipped; standard input;
# gzip input; the OTLP JSON of the OpenTelemetry JS SDK (test/twview/otel_js.mjs); the critical path against an independent implementation (test/twview/critical.mjs); the HTML
# page in headless Chromium (test/twview/browser.mjs); make demo's demo.html.
OUT=test/out/twview
mkdir -p "$OUT"
V=tools/twview
rc=0
check() { if [ "$2" = 0 ]; then echo "PASS $1"; else echo "FAIL $1"; echo "$3" | sed 's/^/    /' | head -30; rc=1; fi; }
rm -f "$OUT/demo.jsonl"
printf '{"tracing.enabled": true, "tracing.exporter": "file", "tracing.file_path": "%s/demo.jsonl"}\n' "$PWD/$OUT" >"$OUT/project.json"
demo=$(./examples/agent_demo "$OUT/project.json" 2>&1)
spans=$(grep -o '"spanId"' "$OUT/demo.jsonl" | wc -l)
text=$($V --text "$OUT/demo.jsonl" 2>&1)
bars=$(echo "$text" | grep -c '|.*|')
check "twview --text: a bar for each of the demo's $spans spans, the critical path marked, in one trace" \
  "$([ "$spans" -ge 15 ] && [ "$bars" = "$spans" ] && [ "$(echo "$text" | grep -c '^trace ')" = 1 ] &&
     echo "$text" | grep -q '^\*Session.send_message ' && echo "$text" | grep -q '^\*          Kernel.run_cell .* ERR' &&
     echo "$text" | grep -q 'chat gpt-4o-mini .* 44/27'; echo $?)" "$text"
wide=$( { echo "$text"; $V --summary "$OUT/demo.jsonl"; } | awk 'length($0) > 80')
check "twview --text and --summary fit 80 columns and have no colour when piped" \
  "$([ -z "$wide" ] && ! { echo "$text"; $V --summary "$OUT/demo.jsonl"; } | grep -q $'\033'; echo $?)" "$wide"
# the summary's tokens by agent are the demo's own totals by role
want=$(echo "$demo" | awk '/^tokens and cost by role/{f=1;next} f&&/^  (Planner|CodeInterpreter) /{print $1, $4, $6}' | sort)
got=$($V --summary "$OUT/demo.jsonl" | awk '/^agent: LLM calls/{f=1;next} f{print $1, $6, $7}' | sort)
check "twview --summary: tokens by agent equal the demo's ($(echo $want))" "$([ -n "$want" ] && [ "$want" = "$got" ]; echo $?)" "demo: $want
twview: $got"
# malformed lines: reported with file and line, skipped; the good ones still shown
{ echo 'not json'; head -1 "$OUT/demo.jsonl"; echo '{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"xyz","spanId":"1"}]}]}]}';
  printf '\001\377garbage\n'; echo '{"resourceMetrics":[]}'; echo '[1,2'; } >"$OUT/bad.jsonl"
err=$($V --text "$OUT/bad.jsonl" 2>&1 >/dev/null)
check "twview: malformed lines are reported with file:line and skipped, the rest shown" \
  "$($V --text "$OUT/bad.jsonl" >/dev/null 2>&1; [ $? = 0 ] && echo "$err" | grep -q "bad.jsonl:1:1: expected a value" && echo "$err" | grep -q "bad.jsonl:3: a span without a valid traceId" &&
     echo "$err" | grep -q "bad.jsonl:4:1: " && echo "$err" | grep -q 'bad.jsonl:6:5: expected .,. or .]. after a value' && ! echo "$err" | grep -q "bad.jsonl:5:" &&
     echo "$err" | grep -q '4 malformed lines skipped'; echo $?)" "$err"
check "twview: standard input (-), a usage message with exit status 2 for a wrong option, --help on standard output with 0" \
  "$(cat "$OUT/demo.jsonl" | $V --text - | grep -q '^\*Session.send_message' && { $V --bogus x >/dev/null 2>&1; [ $? = 2 ]; } &&
     $V --help 2>/dev/null | grep -q '^usage: twview' &&
     { $V >/dev/null 2>&1; [ $? = 2 ]; }; echo $?)" ""
# gzip: a file compressed whole, and in two gzip members one after the other (as cat and logrotate
# make them), read as the plain file; one cut short says so; a twview built without zlib refuses
# gzip with a message that says what to do
half=$(( $(wc -l <"$OUT/demo.jsonl") / 2 ))
gzip -c "$OUT/demo.jsonl" >"$OUT/demo.jsonl.gz"
{ head -n "$half" "$OUT/demo.jsonl" | gzip -c; tail -n +"$((half + 1))" "$OUT/demo.jsonl" | gzip -c; } >"$OUT/members.jsonl.gz"
head -c "$(( $(stat -c %s "$OUT/demo.jsonl.gz") / 2 ))" "$OUT/demo.jsonl.gz" >"$OUT/cut.jsonl.gz"
cc -O2 -o "$OUT/twview-nozlib" tools/twview.c -lpthread
plain=$($V --paths "$OUT/demo.jsonl")
cut=$($V --paths "$OUT/cut.jsonl.gz" 2>&1 >/dev/null)
nozlib=$("$OUT/twview-nozlib" --text "$OUT/demo.jsonl.gz" 2>&1); nozlib_rc=$?
check "twview reads gzip files (whole, several members, - too); one cut short is read up to the cut and said; without zlib, a clear refusal" \
  "$([ -n "$plain" ] && [ "$($V --paths "$OUT/demo.jsonl.gz")" = "$plain" ] && [ "$($V --paths "$OUT/members.jsonl.gz")" = "$plain" ] &&
     [ "$($V --paths - <"$OUT/demo.jsonl.gz")" = "$plain" ] && echo "$cut" | grep -q 'cut.jsonl.gz: the gzip data ends early' &&
     [ "$nozlib_rc" = 1 ] && echo "$nozlib" | grep -q 'a gzip file, and this twview was built without zlib'; echo $?)" "cut: $cut
without zlib ($nozlib_rc): $nozlib"
# the reader, the views and the page under the sanitizers: ASan+UBSan on every file above (the
# gzip ones through zlib), TSan on the page's compressing threads
san=""
if cc -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all -DTWVIEW_USE_ZLIB -o "$OUT/twview-asan" tools/twview.c -lpthread -lz 2>"$OUT/san.log" &&
   cc -g -O1 -fsanitize=thread -DTWVIEW_USE_ZLIB -o "$OUT/twview-tsan" tools/twview.c -lpthread -lz 2>>"$OUT/san.log"; then
  : >"$OUT/empty.jsonl"
  for f in "$OUT/demo.jsonl" "$OUT/demo.jsonl.gz" "$OUT/members.jsonl.gz" "$OUT/cut.jsonl.gz" "$OUT/bad.jsonl" "$OUT/empty.jsonl"; do
    for m in --text --summary --sections; do "$OUT/twview-asan" $m "$f" >/dev/null 2>>"$OUT/san.log" || true; done
    "$OUT/twview-asan" -o "$OUT/san.html" "$f" >/dev/null 2>>"$OUT/san.log" || true
  done
  "$OUT/twview-asan" --text - <"$OUT/demo.jsonl" >/dev/null 2>>"$OUT/san.log"
  "$OUT/twview-tsan" -o "$OUT/san.html" "$OUT/demo.jsonl" "$OUT/bad.jsonl" >/dev/null 2>>"$OUT/san.log"
  san=$(grep -E "runtime error|AddressSanitizer|LeakSanitizer|ThreadSanitizer" "$OUT/san.log" | head -5)
else
  san="could not build: $(head -5 "$OUT/san.log")"
fi
check "twview under ASan+UBSan (every view, plain and gzip input, malformed lines) and TSan (the page's compressing threads): no finding" \
  "$([ -z "$san" ]; echo $?)" "$san"
out=$(node test/twview/otel_js.mjs "$V" "$OUT" 2>&1)
check "${out#PASS }" "$(echo "$out" | grep -q '^PASS'; echo $?)" "$out"
out=$(node test/twview/critical.mjs "$V" "$OUT" 2>&1)
check "${out#PASS }" "$(echo "$out" | grep -q '^PASS'; echo $?)" "$out"
# the page in a real browser (Debian's chromium; .ci/run installs it)
if command -v chromium >/dev/null 2>&1; then
  out=$(timeout 300 node test/twview/browser.mjs "$V" "$OUT/demo.jsonl" "$OUT" "$OUT/critical.jsonl" 2>&1)
  check "${out#PASS }" "$(echo "$out" | grep -q '^PASS'; echo $?)" "$out"
  # the page of a twview without zlib: the same data as JSON, not deflated
  mkdir -p "$OUT/json"
  out=$(timeout 300 node test/twview/browser.mjs "$OUT/twview-nozlib" "$OUT/demo.jsonl" "$OUT/json" "$OUT/critical.jsonl" 2>&1)
  check "(JSON page, twview without zlib) ${out#PASS }" "$(echo "$out" | grep -q '^PASS' && ! grep -q 'data-z=' "$OUT/json/page.html" && grep -q 'data-z="deflate"' "$OUT/page.html"; echo $?)" "$out"
else
  check "twview's page in a browser: chromium is installed (apt-get install chromium)" 1 "chromium not found"
fi
# make demo's page: made, and says where
out=$(make -s demo 2>&1)
check "make demo writes demo.html and says so" "$([ -s demo.html ] && grep -q 'data-span-id\|twdata' demo.html && echo "$out" | grep -q 'open demo.html'; echo $?)" "$out"
exit $rc
