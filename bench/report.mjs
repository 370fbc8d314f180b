// report.mjs FILE... - the tokenizer table of make bench from the "result" lines of
// bench_tokenize.c and peers.mjs (one run): MB/s of each tool on each corpus and kind of document,
// and each figure's ratio to the native tiktoken (tiktoken-node; for o200k_base, which it lacks, to
// the fastest exact peer, marked *). A peer that gave other ids than tiktoken is marked inexact and
// is never the one compared with.
import { readFileSync } from 'node:fs';

const rows = new Map(); // encoding|corpus|docs -> {tool call threads -> MB/s}
for (const f of process.argv.slice(2)) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const m = /^result (\S+) (\S+) (\S+) (\S+) (\S+) (\d) ([\d.]+) (\d+)$/.exec(line);
    if (!m) continue;
    const [, tool, enc, corpus, docs, call, threads, mbs] = m;
    const key = `${enc}|${corpus}|${docs}`;
    if (!rows.has(key)) rows.set(key, {});
    rows.get(key)[`${tool} ${call} ${threads}`] = Number(mbs);
  }
}
const fmt = (v) => (v === undefined ? '-' : v.toFixed(1));
const peersOf = ['tiktoken', 'tiktoken-node', 'gpt-tokenizer'];
console.log('MB/s in the fastest of the passes over the corpus in 0.7 s (at least two), single thread unless said; (x N.N): the ratio to the native tiktoken (* the fastest exact peer)');
console.log(['encoding', 'corpus', 'documents', 'count', 'encode', 'encode 2 thr', ...peersOf].map((s, i) => (i < 3 ? s.padEnd(i ? 17 : 12) : s.padStart(i < 6 ? 16 : 14))).join(''));
for (const [key, r] of rows) {
  const [enc, corpus, docs] = key.split('|');
  let base = r['tiktoken-node encode 1'], star = '';
  if (base === undefined) {
    base = Math.max(...peersOf.map((p) => r[`${p} encode 1`] ?? -1));
    star = '*';
  }
  const rel = (v) => (v === undefined || !(base > 0) ? '' : ` (x${(v / base).toFixed(1)}${star})`);
  const ours = ['count 1', 'encode 1', 'encode 2'].map((k) => `${fmt(r[`twtokenize ${k}`])}${rel(r[`twtokenize ${k}`])}`);
  const peers = peersOf.map((p) => {
    const inexact = Object.keys(r).some((k) => k.startsWith(`${p}(inexact)`));
    return inexact ? 'inexact' : fmt(r[`${p} encode 1`]);
  });
  console.log([enc.padEnd(12), corpus.padEnd(17), docs.padEnd(17), ...ours.map((s) => s.padStart(16)), ...peers.map((s) => s.padStart(14))].join(''));
}
