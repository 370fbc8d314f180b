// critical.mjs - twview's critical path against an independent implementation of Jaeger UI's
// algorithm written here from its description (recursive, over a span map with CHILD_OF references,
// children sanitized to their parent's interval first), on hand-made traces with known answers
// and on random ones: sequential and overlapping children, a child that outlives its parent, gaps,
// a single span, a child that starts before its parent (clock skew across processes), children
// that end at the same instant, deep chains.
// Usage: node test/twview/critical.mjs path/to/twview OUTDIR
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const [twview, out] = process.argv.slice(2);
let seed = 7;
const rnd = (n) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
const hex = (n, w) => n.toString(16).padStart(w, "0");

// -- the independent implementation (times in ns as Numbers; all below 2^53) --
function jaegerCriticalPath(spans) {
  const map = new Map(spans.map((s) => [s.id, { ...s, children: [] }]));
  for (const s of map.values()) if (s.parent && map.has(s.parent)) map.get(s.parent).children.push(s.id);
  // children in start order (then id): Jaeger UI's trace is in start order, and of children that
  // end at the same instant its stable sort by end keeps the first
  for (const s of map.values()) s.children.sort((a, b) => map.get(a).start - map.get(b).start || a - b);
  // sanitize: a child is cut to its parent's interval, or dropped when wholly outside it
  const sanitize = (id) => {
    const p = map.get(id);
    p.children = p.children.filter((cid) => {
      const c = map.get(cid);
      if (c.start > p.end || c.end < p.start) return false;
      c.start = Math.max(c.start, p.start);
      c.end = Math.min(c.end, p.end);
      return true;
    });
    for (const cid of p.children) sanitize(cid);
  };
  const roots = [...map.values()].filter((s) => !s.parent || !map.has(s.parent));
  const path = [];
  const compute = (id, returning) => {
    const cur = map.get(id);
    let kids = cur.children.map((c) => map.get(c));
    if (returning !== undefined) kids = kids.filter((k) => k.end < returning);
    let last = null;
    for (const k of kids) if (!last || k.end > last.end) last = k;
    const sectionEnd = returning !== undefined ? returning : cur.end;
    if (last) {
      if (last.end !== sectionEnd) path.push({ id, start: last.end, end: sectionEnd });
      compute(last.id, undefined);
      // then, as Jaeger does when the child's own path reaches its start, back to this span
      compute(id, last.start);
      return;
    }
    if (cur.start !== sectionEnd) path.push({ id, start: cur.start, end: sectionEnd });
  };
  for (const r of roots) {
    sanitize(r.id);
    compute(r.id, undefined);
  }
  const byId = new Map();
  for (const s of path) byId.set(s.id, (byId.get(s.id) || 0) + (s.end - s.start));
  byId.sections = path;
  return byId;
}

// -- traces --
const traces = [];
const T0 = 1764000000000000000n;
function add(name, spans, expect) { traces.push({ name, spans, expect }); }
const S = (id, parent, start, end) => ({ id, parent, start, end });
// hand-made, with the answer worked out by hand (ids are small numbers)
add("single span", [S(1, 0, 0, 100)], { 1: 100 });
add("sequential children", [S(1, 0, 0, 100), S(2, 1, 10, 40), S(3, 1, 50, 90)], { 1: 30, 2: 30, 3: 40 });
add("overlapping children: the one that ends last, then the parent before its start", [S(1, 0, 0, 100), S(2, 1, 10, 60), S(3, 1, 30, 80)],
  { 1: 50, 3: 50 });
add("a child that outlives its parent is cut at the parent's end", [S(1, 0, 0, 100), S(2, 1, 50, 150)], { 1: 50, 2: 50 });
add("a child that starts before its parent (skew) is cut at the parent's start", [S(1, 0, 100, 200), S(2, 1, 50, 150)], { 1: 50, 2: 50 });
add("gaps between children are the parent's", [S(1, 0, 0, 100), S(2, 1, 20, 30), S(3, 1, 60, 70)], { 1: 80, 2: 10, 3: 10 });
add("nested chain", [S(1, 0, 0, 100), S(2, 1, 10, 90), S(3, 2, 20, 80), S(4, 3, 30, 70)], { 1: 20, 2: 20, 3: 20, 4: 40 });
add("children ending at the same instant: the first to start is followed", [S(1, 0, 0, 100), S(2, 1, 10, 50), S(3, 1, 20, 50)], { 1: 60, 2: 40 });
add("adjacent children: one that ends just as the next starts is not followed (Jaeger's strict before)",
  [S(1, 0, 0, 100), S(2, 1, 0, 50), S(3, 1, 50, 100)], { 1: 50, 3: 50 });
add("a child wholly outside its parent is left out", [S(1, 0, 0, 100), S(2, 1, 150, 160), S(3, 1, 10, 20)], { 1: 90, 3: 10 });
// random ones
for (let t = 0; t < 300; t++) {
  const n = 1 + rnd(40), spans = [S(1, 0, 0, 1000 + rnd(100000))];
  for (let i = 2; i <= n; i++) {
    const p = spans[rnd(spans.length)];
    const len = p.end - p.start;
    let a = p.start + rnd(len + 1), b = a + rnd(len + 1);
    if (rnd(8) === 0) b = p.end + rnd(200); // outlives its parent
    if (rnd(10) === 0) a = Math.max(0, p.start - rnd(300)); // skew: starts before
    if (rnd(6) === 0 && i > 2) b = spans[spans.length - 1].end; // ties
    if (rnd(6) === 0 && i > 2 && spans[spans.length - 1].parent === p.id) a = spans[spans.length - 1].end, b = Math.max(a, b); // adjacent
    spans.push(S(i, p.id, a, Math.max(a, b)));
  }
  add(`random ${t}`, spans, null);
}
const lines = traces.map((tr, k) => JSON.stringify({ resourceSpans: [{ resource: { attributes: [{ key: "service.name", value: { stringValue: "t" } }] },
  scopeSpans: [{ scope: { name: "x" }, spans: tr.spans.map((s) => ({ traceId: hex(k + 1, 32), spanId: hex(s.id, 16), parentSpanId: s.parent ? hex(s.parent, 16) : "",
    name: `s${s.id}`, kind: 1, startTimeUnixNano: String(T0 + BigInt(s.start)), endTimeUnixNano: String(T0 + BigInt(s.end)), status: {}, attributes: [], events: [], links: [] })) }] }] }));
writeFileSync(`${out}/critical.jsonl`, lines.join("\n") + "\n");
const run = spawnSync(twview, ["--paths", `${out}/critical.jsonl`]);
if (run.status !== 0) { console.log(`FAIL twview --paths exited ${run.status}: ${run.stderr}`); process.exit(1); }
const got = new Map();
for (const l of run.stdout.toString().trim().split("\n")) {
  const [tid, sid, ns] = l.split(" ");
  got.set(`${parseInt(tid, 16)}/${parseInt(sid, 16)}`, Number(ns));
}
// the stretches too (twview --sections): the same set of [span, start, end] for each trace
const secRun = spawnSync(twview, ["--sections", `${out}/critical.jsonl`]);
const gotSec = new Map();
for (const l of secRun.stdout.toString().trim().split("\n")) {
  const [tid, sid, a, b] = l.split(" ");
  const k = parseInt(tid, 16);
  if (!gotSec.has(k)) gotSec.set(k, []);
  gotSec.get(k).push(`${parseInt(sid, 16)} ${BigInt(a) - T0} ${BigInt(b) - T0}`);
}
let bad = 0, handBad = 0, checked = 0, secBad = 0, secChecked = 0;
traces.forEach((tr, k) => {
  const want = jaegerCriticalPath(tr.spans);
  const ws = want.sections.map((x) => `${x.id} ${x.start} ${x.end}`).sort().join(","), gs = (gotSec.get(k + 1) || []).sort().join(",");
  secChecked += want.sections.length;
  if (ws !== gs && secBad++ < 8) console.log(`  ${tr.name}: the critical path's stretches: twview ${gs}, the independent implementation ${ws}`);
  for (const s of tr.spans) {
    const g = got.get(`${k + 1}/${s.id}`) ?? -1, w = want.get(s.id) || 0;
    checked++;
    if (g !== w) { if (bad++ < 8) console.log(`  ${tr.name}: span ${s.id}: twview ${g} ns on the path, the independent implementation ${w}`); }
    if (tr.expect && (tr.expect[s.id] || 0) !== w) { if (handBad++ < 8) console.log(`  ${tr.name}: span ${s.id}: the independent implementation ${w}, worked out by hand ${tr.expect[s.id] || 0}`); }
  }
});
const ok = bad === 0 && handBad === 0 && secBad === 0 && secChecked > traces.length;
console.log(`${ok ? "PASS" : "FAIL"} twview critical path: ${checked} spans of ${traces.length} traces (${traces.filter((t) => t.expect).length} worked out by hand) and its ${secChecked} stretches equal Jaeger UI's algorithm, ${bad} spans and ${secBad} traces' stretches differ`);
process.exit(ok ? 0 : 1);
