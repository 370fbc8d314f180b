#!/usr/bin/env bash
# cross.sh - the unit tests (tokenizer, tracing, GenAI and prices) and the golden tokenizer tests on other CPUs: aarch64 and s390x
# (big-endian), built with Debian's cross compilers (gcc-aarch64-linux-gnu, gcc-s390x-linux-gnu)
# and run under qemu-user (package qemu-user). Prints PASS/FAIL lines; test/run.sh counts them.
cd "$(dirname "$0")/.."
OUT=test/out/cross
mkdir -p "$OUT"
rc=0
for arch in aarch64 s390x; do
  cc=$arch-linux-gnu-gcc qemu=qemu-$arch
  if ! command -v $cc >/dev/null 2>&1 || ! command -v $qemu >/dev/null 2>&1; then
    echo "FAIL $arch: $cc or $qemu is not installed (apt-get install gcc-$arch-linux-gnu qemu-user; .ci/run does)"
    rc=1
    continue
  fi
  for t in test_tokenize test_trace test_genai; do
    if ! $cc -std=c11 -O2 -static -DTW_NO_FORK_TEST -o "$OUT/$t-$arch" test/$t.c -lpthread -lm >"$OUT/build-$t-$arch.log" 2>&1; then
      echo "FAIL $arch: build $t"; sed 's/^/    /' "$OUT/build-$t-$arch.log" | head -20; rc=1; continue
    fi
    timeout -k 10 600 $qemu "$OUT/$t-$arch" >"$OUT/$t-$arch.log" 2>&1
    r=$?
    sed -n "s/^\(PASS\|FAIL\) /\1 $arch $t: /p" "$OUT/$t-$arch.log"
    if [ $r -ne 0 ] || ! grep -q '^PASS ' "$OUT/$t-$arch.log"; then
      echo "FAIL $arch $t: exit status $r"; grep -v '^PASS ' "$OUT/$t-$arch.log" | head -30 | sed 's/^/    /'; rc=1
    fi
  done
  # the command-line tool, as a user on that machine runs it
  if $cc -O2 -static -o "$OUT/twtok-$arch" tools/twtok.c >/dev/null 2>&1; then
    got=$($qemu "$OUT/twtok-$arch" --encode 'hello world' 2>&1)
    if [ "$got" = "15339 1917" ]; then echo "PASS $arch twtok --encode 'hello world'"; else echo "FAIL $arch twtok --encode 'hello world': '$got'"; rc=1; fi
  else
    echo "FAIL $arch: build twtok"; rc=1
  fi
done
exit $rc
