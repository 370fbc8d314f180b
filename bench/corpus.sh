#!/usr/bin/env bash
# corpus.sh OUTDIR - builds the benchmark texts (about 1 MB each) from files every Debian machine has
# and from the project's multilingual passages.
set -eu
out=$1
mkdir -p "$out"
repeat_to() { # repeat_to FILE BYTES: repeats FILE's content until it is at least BYTES long
  local f=$1 want=$2 tmp="$1.tmp"
  : > "$tmp"
  while [ "$(stat -c %s "$tmp")" -lt "$want" ]; do cat "$f" >> "$tmp"; done
  mv "$tmp" "$f"
}
cat /usr/share/common-licenses/GPL-3 /usr/share/common-licenses/Apache-2.0 /usr/share/common-licenses/Artistic > "$out/english.txt"
repeat_to "$out/english.txt" 1000000
cat /usr/include/stdio.h /usr/include/stdlib.h /usr/include/string.h /usr/include/pthread.h /usr/include/unistd.h > "$out/code.txt"
repeat_to "$out/code.txt" 1000000
node -e 'import(process.cwd() + "/test/reference/texts.mjs").then(m => process.stdout.write(m.MULTILINGUAL.slice(1, 25).join("\n\n")))' > "$out/multilingual.txt"
repeat_to "$out/multilingual.txt" 1000000
