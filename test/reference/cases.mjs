// cases.mjs - inputs for comparing twtokenize.h with the reference tokenizer (npm tiktoken).
// goldenCases(): the deterministic set whose reference ids are committed (test/golden_cl100k.txt).
// referenceCases(): the large set `make check-reference` compares live.
import { MULTILINGUAL } from "./texts.mjs";

// A small deterministic generator (xorshift32), so every run checks the same strings.
export function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}

const cp = (c) => String.fromCodePoint(c);
const isSurrogate = (c) => c >= 0xd800 && c <= 0xdfff;

// Unicode White_Space, all of it.
export const WHITE_SPACE = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002,
  0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];

function contractions() {
  const out = [];
  const forms = ["s", "t", "re", "ve", "m", "ll", "d"];
  for (const f of forms) {
    // every letter-case combination of the suffix
    const n = f.length;
    for (let mask = 0; mask < 1 << n; mask++) {
      let s = "";
      for (let i = 0; i < n; i++) s += mask & (1 << i) ? f[i].toUpperCase() : f[i];
      out.push(`'${s}`, `it'${s}`, `it'${s} x`, `'${s}a`, ` '${s}`, `he'${s}'${s}`, `X'${s}!`);
    }
  }
  // the long s folds to s; other look-alikes do not match
  out.push("'\u017f", "it'\u017f", "'\u017fa", "'\u212a", "'\u0130", "\u2019s", "it\u2019s", "''s", "'", "'x", "'1");
  return out;
}

function whitespace() {
  const out = [];
  for (const w of WHITE_SPACE) {
    const c = cp(w);
    out.push(c, c + c, c + c + c, "a" + c + "b", "a" + c + c + "b", c + "a", "a" + c, c + "1", c + "!", "!" + c,
      c + "\n", "\n" + c, c + " a", " " + c + "a", "a" + c + c + c, c + "\r\n" + c);
  }
  // CR/LF mixes
  const nl = ["\r", "\n", "\r\n", "\n\r", "\r\r\n", "\n\n", " \n ", "\t\n\t", "  \r\n  "];
  for (const a of nl) for (const b of nl) out.push(a + b, "x" + a + "y" + b + "z", "x" + a + b + "  y", "!" + a + b);
  out.push("   ", "    x", "x    ", "\t\t\tx", "a \t \n b", "  \n  \n  x", "x\n\n\n", "\n\n\nx", "x  \n", "{\n    return 1;\n}\n");
  return out;
}

function scripts() {
  const digits = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50,
    0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10, 0x1d7ce, 0x1e950];
  const out = [];
  for (const d of digits) {
    let s = "";
    for (let i = 0; i < 10; i++) s += cp(d + i);
    out.push(s, s.slice(0, 2), "x" + s + "y", " " + s, s + "." + s);
  }
  out.push("\u2160\u2161\u2162", "\u00bd\u00be", "\u2460\u2461\u2462\u2463", "12345678", "3.14159", "1,000,000", "0x1F");
  // combining marks
  out.push("e\u0301", "cafe\u0301", "\u0301", "a\u0300\u0301\u0302b", "\u0915\u094d\u0937", "\u0928\u092e\u0938\u094d\u0924\u0947",
    "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd", "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35", "n\u0303o", "\u1100\u1161\u11a8");
  // emoji, ZWJ sequences, flags, skin tones, variation selectors
  out.push("\u{1f600}", "\u{1f44d}\u{1f3fd}", "\u{1f468}\u200d\u{1f469}\u200d\u{1f467}\u200d\u{1f466}", "\u{1f1eb}\u{1f1f7}",
    "\u2764\ufe0f", "hi \u{1f600}!", "\u{1f600}\u{1f600}\u{1f600}", "a\u200db", "x\u200bx", "\ufeffBOM");
  // CJK, RTL
  out.push("\u4f60\u597d\uff0c\u4e16\u754c\uff01", "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8", "\ud55c\uad6d\uc5b4 \ud14d\uc2a4\ud2b8",
    "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645", "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",
    "\u202eabc\u202c", "\u{20000}\u{20001}", "\u3002\u4e2d\u6587", "\u300c\u5f15\u7528\u300d");
  return out;
}

function specials() {
  return ["<|endoftext|>", "a<|endoftext|>b", "<|fim_prefix|>x<|fim_middle|>y<|fim_suffix|>", "<|endofprompt|>",
    "<|endoftext|><|endoftext|>", "<|endoftext", "<|endoftext|", "<<|endoftext|>>", " <|endoftext|> ",
    "x\n<|endoftext|>\n", "  <|endoftext|>", "<|im_start|>", "<|fim_prefix|>"];
}

function longPieces() {
  return ["a".repeat(1000), "ab".repeat(700), "!".repeat(999), " ".repeat(1200), " ".repeat(600) + "x",
    "\n".repeat(500), "9".repeat(1000), "\u4e00".repeat(400), "\u{1f600}".repeat(200), "-=".repeat(400),
    "x".repeat(257), "y".repeat(255), "z".repeat(256), "abc".repeat(300) + "!", ".".repeat(128) + "a"];
}

function randomStrings(count, seed) {
  const r = rng(seed);
  const pools = [
    () => 0x20 + Math.floor(r() * 95),
    () => [0x09, 0x0a, 0x0d, 0x20, 0x20, 0x20, 0x27][Math.floor(r() * 7)],
    () => 0x80 + Math.floor(r() * 0x780),
    () => 0x800 + Math.floor(r() * 0xf800),
    () => 0x10000 + Math.floor(r() * 0x100000),
    () => WHITE_SPACE[Math.floor(r() * WHITE_SPACE.length)],
    () => "sStTrReEvVmMlLdD"[Math.floor(r() * 16)].codePointAt(0),
    () => 0x300 + Math.floor(r() * 0x70),
  ];
  const out = [];
  for (let i = 0; i < count; i++) {
    const len = 1 + Math.floor(r() * 40);
    let s = "";
    for (let j = 0; j < len; j++) {
      let c = pools[Math.floor(r() * pools.length)]();
      if (isSurrogate(c)) c = 0xfffd;
      s += cp(c);
    }
    out.push(s);
  }
  return out;
}

// Strings over one or two characters of every class the patterns tell apart (Lu, Ll, Lt, Lm, Lo,
// marks Mn/Mc/Me, numbers Nd/Nl/No, white space, CR, LF, '/', apostrophes and the contraction
// letters): dense in the letter-case splits and backtracking of the o200k pattern.
const CLASS_POOL = ["A", "\u00c9", "\u03a3", "a", "\u00e9", "\u03c3", "\u01c5", "\u1f88", "\u02b0", "\u30fc", "\u4e2d",
  "\u05d0", "\u0301", "\u0903", "\u20dd", "1", "\u0663", "\u216b", "\u00bd", " ", " ", "\n", "\r", "\t", "\u3000",
  "'", "'", "/", "!", ".", "-", "s", "S", "t", "r", "e", "v", "m", "l", "L", "d", "D", "\u017f", "\ud83d\ude00"];
function classStrings(count, seed) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const len = 1 + Math.floor(r() * 24);
    let s = "";
    for (let j = 0; j < len; j++) s += CLASS_POOL[Math.floor(r() * CLASS_POOL.length)];
    out.push(s);
  }
  return out;
}

// Runs of ASCII letters and of spaces, which the scanners take eight bytes at a time, of 1 to 19
// characters in every case pattern, next to what ends them (the characters just outside the letter
// ranges, apostrophes and contractions, digits, white space, letters and marks beyond ASCII, bytes
// whose low seven bits are letters), at every distance from the end of the text.
const RUN_ENDS = ["@", "[", "`", "{", "'", "'s", "'LL", "'re", " ", "\t", "\n", "\r\n", "0", "42", "\u00e9", "\u00c9",
  "\u00df", "\u0301", "\u4e2d", "\u0430", "\u0410", "\u1e61", "!", "_", "~", "\u00a0", "\u2003", "\u02b0", "\u01c5"];
function asciiRuns(count, seed) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const run = () => {
    const n = 1 + Math.floor(r() * 19), kind = Math.floor(r() * 6);
    if (kind === 5) return " ".repeat(n);
    let s = "";
    for (let i = 0; i < n; i++) {
      const c = String.fromCharCode(97 + Math.floor(r() * 26));
      const upper = kind === 1 || (kind === 2 && i === 0) || (kind === 3 && r() < 0.5) || (kind === 4 && i >= n / 2);
      s += upper ? c.toUpperCase() : c;
    }
    return s;
  };
  const out = [];
  for (let i = 0; i < count; i++) {
    const parts = 1 + Math.floor(r() * 6);
    let s = "";
    for (let j = 0; j < parts; j++) s += r() < 0.65 ? run() : pick(RUN_ENDS);
    out.push(s);
  }
  return out;
}

export function goldenCases() {
  return [...contractions(), ...whitespace(), ...scripts(), ...specials(), ...longPieces(), ...MULTILINGUAL,
    ...randomStrings(1500, 20261124), ...classStrings(600, 20261125), ...asciiRuns(2000, 20261202)];
}

// Every code point (surrogates aside) in several contexts, in batches to keep memory flat.
export function* everyCodePoint(contexts) {
  for (let c = 0; c <= 0x10ffff; c++) {
    if (isSurrogate(c)) continue;
    const ch = cp(c);
    for (const f of contexts) yield f(ch);
  }
}

export const CONTEXTS = [
  (c) => c,
  (c) => "a" + c + "b",
  (c) => " " + c + c + "1",
  (c) => "'" + c + "s\n",
  (c) => "1" + c + " x",
  (c) => "!" + c + "\t ",
];

export function referenceCases(seed) {
  return [...goldenCases(), ...randomStrings(20000, seed), ...classStrings(200000, seed + 1), ...asciiRuns(200000, seed + 2)];
}
