// peers.mjs ENCODING FILE... - the tokenizer's peers on the same corpora and documents as
// bench_tokenize.c (whole files, 4 KB documents cut at a UTF-8 boundary, chat messages one by one):
//   tiktoken       npm tiktoken, the WASM build of OpenAI's Rust core (the reference)
//   tiktoken-node  npm tiktoken-node, OpenAI's Rust core as a native Node addon (napi-rs);
//                  cl100k_base only (it has no o200k_base)
//   gpt-tokenizer  npm gpt-tokenizer, the popular pure-JavaScript one
// Before timing, every peer's ids for every 4 KB document and message are compared with the
// reference's: a peer that differs on any is reported, and is not an exact peer.
// Prints "result TOOL ENCODING CORPUS DOCUMENTS encode 1 MB/s TOKENS" lines for bench/report.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(new URL('../tools/package.json', import.meta.url));
const ENC = process.argv[2];
const version = (pkg) => JSON.parse(readFileSync(new URL(`../tools/node_modules/${pkg}/package.json`, import.meta.url))).version;

function split(buf, size) { // as bench_tokenize.c: strings of the same bytes
  const out = [];
  const chat = buf.includes(0x1e);
  let at = 0;
  while (at < buf.length) {
    let e;
    if (chat) { e = buf.indexOf(0x1e, at); if (e < 0) e = buf.length; }
    else if (!size || buf.length - at <= size) e = buf.length;
    else { e = at + size; while (e > at && (buf[e] & 0xc0) === 0x80) e--; }
    out.push(buf.subarray(at, e).toString('utf8'));
    at = e + (chat && e < buf.length ? 1 : 0);
  }
  return out;
}

const peers = [];
{
  const t0 = performance.now();
  const enc = require('tiktoken').get_encoding(ENC);
  enc.encode_ordinary('x');
  peers.push({ name: 'tiktoken', version: version('tiktoken'), first: performance.now() - t0, encode: (s) => enc.encode_ordinary(s) });
}
if (ENC === 'cl100k_base') {
  try {
    const t0 = performance.now();
    const enc = require('tiktoken-node').getEncoding(ENC);
    enc.encode('x');
    peers.push({ name: 'tiktoken-node', version: version('tiktoken-node'), first: performance.now() - t0, encode: (s) => enc.encode(s) });
  } catch (e) {
    console.log(`tiktoken-node: not available here (${e.message})`);
  }
} else {
  console.log(`tiktoken-node: has no ${ENC}`);
}
{
  const t0 = performance.now();
  const g = require(`gpt-tokenizer/encoding/${ENC}`);
  g.encode('x');
  peers.push({ name: 'gpt-tokenizer', version: version('gpt-tokenizer'), first: performance.now() - t0,
    encode: (s) => g.encode(s, { disallowedSpecial: new Set() }) });
}
for (const p of peers) console.log(`${p.name} ${p.version} ${ENC} first use (load + build): ${p.first.toFixed(1)} ms`);

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
for (const f of process.argv.slice(3)) {
  const buf = readFileSync(f);
  const name = f.split('/').pop();
  const chat = buf.includes(0x1e);
  const sets = chat ? [['messages', split(buf, 0)]] : [['whole', split(buf, 0)], ['4KB', split(buf, 4096)]];
  const ref = peers[0];
  for (const p of peers) p.inexact = false; // per corpus
  for (const p of peers.slice(1)) { // exactness first
    const docs = sets[sets.length - 1][1];
    let bad = 0, first = -1;
    for (let i = 0; i < docs.length; i++) if (!same(p.encode(docs[i]), ref.encode(docs[i]))) { bad++; if (first < 0) first = i; }
    console.log(`exact ${p.name} ${ENC} ${name}: ${bad} of ${docs.length} documents differ from tiktoken${bad ? ` (the first: #${first})` : ''}`);
    if (bad) p.inexact = true;
  }
  for (const [kind, docs] of sets) {
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
    for (const p of peers) {
      // passes for 0.7 s (at least two); the figure is the fastest pass, as bench_tokenize.c takes ours
      let passes = 0, tokens = 0, best = Infinity;
      const start = performance.now();
      let t;
      do {
        const p0 = performance.now();
        tokens = 0;
        for (const d of docs) tokens += p.encode(d).length;
        passes++;
        t = performance.now();
        best = Math.min(best, t - p0);
      } while (t - start < 700 || passes < 2);
      console.log(`result ${p.name}${p.inexact ? '(inexact)' : ''} ${ENC} ${name} ${kind} encode 1 ${(bytes / (best / 1000) / 1e6).toFixed(1)} ${tokens}`);
    }
  }
}
