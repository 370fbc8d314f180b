// corpus.mjs OUTDIR - the tokenizer benchmark's corpora, from files a fresh Debian machine of this
// kind has, none of them repeated (a file whose content was taken already is skipped):
//   english.txt       licences (/usr/share/common-licenses) and the English manual pages
//                     (/usr/share/man/man*/, roff markup stripped)
//   code.txt          C headers (/usr/include) and Python sources (the python3 standard library)
//   multilingual.txt  the translations of the gettext catalogues (/usr/share/locale/*/LC_MESSAGES/
//                     *.mo), an equal share for every language but English, round by round
//   chat.txt          messages of 20 to 2,000 bytes (log-uniform, a fixed seed) cut at white space
//                     from the three above in turn, separated by the byte 0x1E, as prompts and
//                     replies are
// Files are taken in an order shuffled with a fixed seed, so that a corpus draws on every package
// rather than the first few in path order, and at most CAP bytes of each (cut at a line's end).
// Each is at least TARGET bytes (3.2 MB). manifest.txt says how many files each took, from where,
// and the SHA-256 of each corpus, so that a figure can name exactly the text it came from.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

const out = process.argv[2];
const TARGET = 3.2e6;
const CAP = 16384;
function shuffled(list, seed) { // Fisher-Yates with a fixed linear congruential generator
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function capped(text) {
  if (Buffer.byteLength(text) <= CAP) return text;
  const b = Buffer.from(text).subarray(0, CAP);
  const nl = b.lastIndexOf(0x0a);
  return b.subarray(0, nl > 0 ? nl : CAP).toString('utf8').replace(/\uFFFD$/, '');
}
fs.mkdirSync(out, { recursive: true });

function walk(dir, keep, acc = []) {
  let entries;
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return acc; }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, keep, acc);
    else if (e.isFile() && keep(p)) acc.push(p);
  }
  return acc;
}

const seen = new Set();
function fresh(text) { // false for a text taken already (the same file under two names)
  const h = crypto.createHash('sha256').update(text).digest('hex');
  if (seen.has(h)) return false;
  seen.add(h);
  return true;
}
const valid = (b) => Buffer.from(b.toString('utf8'), 'utf8').equals(b);

// roff to plain text: macros dropped or reduced to their words, escapes to their characters
function deroff(src) {
  const lines = [];
  for (let l of src.split('\n')) {
    if (/^['.]\s*\\"/.test(l) || /^\.\s*$/.test(l)) continue;
    const m = /^[.'](\w+)\s*(.*)$/.exec(l);
    if (m) {
      if (!/^(SH|SS|B|I|BR|RB|IR|RI|BI|IB|SM|SB|TP|IP|Nm|Nd|Sh|Ss|Fl|Ar|Op|Pa|Xr|Dq|Qq|Sq|Em|It)$/.test(m[1])) continue;
      l = m[2].replace(/"/g, '');
    }
    l = l.replace(/\\f(\[[^\]]*\]|\(..|.)/g, '').replace(/\\\(em|\\\[em\]/g, '--').replace(/\\\(..|\\\[[^\]]*\]|\\\*\(..|\\\*./g, '')
      .replace(/\\[-e]/g, (s) => (s === '\\-' ? '-' : '\\')).replace(/\\[&|^%c:]/g, '').replace(/\\ /g, ' ').replace(/\\(.)/g, '$1');
    lines.push(l);
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

function collect(name, sources) { // sources: [{what, files, read}] taken in order until TARGET
  const parts = [];
  let bytes = 0;
  const used = [];
  for (const s of sources) {
    let n = 0;
    for (const f of s.files) {
      if (bytes >= (s.upTo || TARGET)) break;
      let text;
      try { text = s.read(f); } catch { continue; }
      if (!text || !fresh(text)) continue;
      text = capped(text);
      parts.push(text);
      bytes += Buffer.byteLength(text) + 2;
      n++;
    }
    used.push(`${n} ${s.what}`);
  }
  const body = parts.join('\n\n');
  fs.writeFileSync(path.join(out, name), body);
  return { name, bytes: Buffer.byteLength(body), used };
}

// english: licences, then manual pages in English (not the translated ones under man/xx/)
const licences = walk('/usr/share/common-licenses', () => true);
const manpages = shuffled(fs.readdirSync('/usr/share/man').filter((d) => /^man\d/.test(d)).sort()
  .flatMap((d) => walk(path.join('/usr/share/man', d), (p) => /\.gz$/.test(p))), 1);
const english = collect('english.txt', [
  { what: 'licences from /usr/share/common-licenses', files: licences, read: (f) => fs.readFileSync(f, 'utf8') },
  { what: 'English manual pages from /usr/share/man/man*', files: manpages, read: (f) => {
    const b = zlib.gunzipSync(fs.readFileSync(f));
    if (!valid(b) || /^\.so /.test(b.toString('utf8'))) return null; // a link to another page
    const t = deroff(b.toString('utf8'));
    return t.length > 200 ? t : null;
  } },
]);

// code: C headers, then Python sources, half each
let pylib = null;
try { pylib = execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])']).toString().trim(); } catch { /* none */ }
const readValid = (f) => { const b = fs.readFileSync(f); return valid(b) && b.length > 0 ? b.toString('utf8') : null; };
const code = collect('code.txt', [
  { what: 'C headers from /usr/include', files: shuffled(walk('/usr/include', (p) => p.endsWith('.h')), 2), read: readValid, upTo: TARGET / 2 },
  { what: `Python sources from ${pylib || '(no python3)'}`, files: pylib ? shuffled(walk(pylib, (p) => p.endsWith('.py') && !/site-packages|test/.test(p)), 3) : [], read: readValid },
]);

// multilingual: the translations of every language's catalogues, an equal share each
function moStrings(file) {
  const b = fs.readFileSync(file);
  const le = b.readUInt32LE(0) === 0x950412de, be = b.readUInt32BE(0) === 0x950412de;
  if (!le && !be) return [];
  const u32 = (o) => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
  const n = u32(8), orig = u32(12), trans = u32(16), res = [];
  for (let i = 0; i < n; i++) {
    const olen = u32(orig + 8 * i);
    const len = u32(trans + 8 * i), off = u32(trans + 8 * i + 4);
    if (olen === 0 || off + len > b.length) continue; // the header entry
    const s = b.subarray(off, off + len);
    if (valid(s)) res.push(s.toString('utf8').replace(/\0/g, '\n'));
  }
  return res;
}
const langs = fs.readdirSync('/usr/share/locale').filter((l) => !/^en($|_|@)/.test(l) && l !== 'locale.alias').sort();
const byLang = langs.map((l) => {
  const strs = [];
  const local = new Set();
  for (const f of walk(path.join('/usr/share/locale', l), (p) => p.endsWith('.mo'))) {
    try { for (const s of moStrings(f)) if (!local.has(s)) local.add(s), strs.push(s); } catch { /* not a catalogue */ }
  }
  return { l, strs };
}).filter((x) => x.strs.length);
{
  const parts = [];
  let bytes = 0, round = 0;
  const share = 4096, taken = byLang.map(() => 0), langsUsed = new Set();
  while (bytes < TARGET && round < 100000) { // round by round: up to `share` bytes of each language
    let any = false;
    for (let k = 0; k < byLang.length && bytes < TARGET; k++) {
      const { l, strs } = byLang[k];
      let got = 0;
      while (taken[k] < strs.length && got < share) {
        const s = strs[taken[k]++];
        if (!fresh(s)) continue;
        parts.push(s);
        got += Buffer.byteLength(s) + 1;
      }
      if (got) any = true, langsUsed.add(l), bytes += got;
    }
    if (!any) break;
    round++;
  }
  const body = parts.join('\n');
  fs.writeFileSync(path.join(out, 'multilingual.txt'), body);
  var multilingual = { name: 'multilingual.txt', bytes: Buffer.byteLength(body),
    used: [`translations in ${langsUsed.size} languages from ${langs.length} catalogue directories of /usr/share/locale`] };
}

// chat: messages of 20 to 2,000 bytes, log-uniform, from the three in turn
{
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
  const srcs = ['english.txt', 'code.txt', 'multilingual.txt'].map((f) => fs.readFileSync(path.join(out, f)));
  const at = [0, 0, 0], msgs = [];
  let bytes = 0, k = 0;
  while (bytes < TARGET) {
    const b = srcs[k % 3];
    let len = Math.round(20 * Math.pow(100, rnd()));
    let s = at[k % 3], e = Math.min(b.length, s + len);
    while (e < b.length && e > s && b[e] !== 0x20 && b[e] !== 0x0a) e++; // at white space
    while (e < b.length && (b[e] & 0xc0) === 0x80) e++;
    const m = b.subarray(s, e);
    at[k % 3] = e >= b.length ? 0 : e + 1;
    if (m.length >= 20 && !m.includes(0x1e)) msgs.push(m), bytes += m.length + 1;
    k++;
  }
  fs.writeFileSync(path.join(out, 'chat.txt'), Buffer.concat(msgs.flatMap((m, i) => (i ? [Buffer.from([0x1e]), m] : [m]))));
  var chat = { name: 'chat.txt', bytes, used: [`${msgs.length} messages of 20 to 2,000 bytes from the three corpora`] };
}

const lines = [english, code, multilingual, chat].map((c) => {
  const sha = crypto.createHash('sha256').update(fs.readFileSync(path.join(out, c.name))).digest('hex');
  return `${c.name.padEnd(17)} ${String(c.bytes).padStart(8)} bytes  sha256 ${sha.slice(0, 16)}  ${c.used.join('; ')}`;
});
fs.writeFileSync(path.join(out, 'manifest.txt'), lines.join('\n') + '\n');
process.stdout.write(lines.join('\n') + '\n');
