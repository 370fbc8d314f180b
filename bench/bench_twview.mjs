// bench_twview.mjs TWVIEW TRACES.jsonl OUTDIR [TWVIEW_WITHOUT_ZLIB] - twview at scale (make bench): its run time and MB/s
// over a 100,000-span file (bench/gen_traces.mjs) for --text and -o, the page's size, and in
// Debian's headless Chromium the time until the largest trace's timeline is drawn (from the start
// of navigation to the page's "tw-drawn" mark, which it sets after the first draw) and the frame
// rate while scrolling through that timeline, a step each frame. Beside it in the same run: V8's JSON.parse of
// the same lines in Node (the least any JavaScript viewer, Jaeger UI's among them, does to read
// the file). Medians of 3 runs.
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "tools", "package.json"));
const [twview, file, out, plainTwview] = process.argv.slice(2); // plainTwview: one built without zlib
const bytes = fs.statSync(file).size, MB = bytes / 1e6;
const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
function timed(args, bin = twview) {
  const t = [];
  for (let k = 0; k < 3; k++) {
    const s = process.hrtime.bigint();
    const r = spawnSync(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
    if (r.status !== 0) throw new Error(`twview ${args.join(" ")}: ${r.stderr}`);
    t.push(Number(process.hrtime.bigint() - s) / 1e9);
  }
  return median(t);
}
const paths = spawnSync(twview, ["--paths", file], { maxBuffer: 1 << 30 }).stdout.toString().trim().split("\n");
const perTrace = new Map();
for (const l of paths) { const t = l.slice(0, 32); perTrace.set(t, (perTrace.get(t) || 0) + 1); }
const [largest, largestN] = [...perTrace].sort((a, b) => b[1] - a[1])[0];
console.log(`input: ${file}, ${(MB).toFixed(1)} MB, ${paths.length} spans in ${perTrace.size} traces (${[...perTrace.values()].sort((a, b) => a - b).join(", ")})`);
const tText = timed(["--text", file]), tSummary = timed(["--summary", file]);
const pages = [["", twview, resolve(`${out}/traces.html`)]];
if (plainTwview) pages.push([", no zlib (a JSON page)", plainTwview, resolve(`${out}/traces-json.html`)]);
for (const pg of pages) {
  const t = timed(["-o", pg[2], file], pg[1]);
  pg.push(fs.statSync(pg[2]).size / 1e6);
  console.log(`twview -o${pg[0]}  `.padEnd(19) + `${t.toFixed(2)} s  ${(MB / t).toFixed(0)} MB/s   page ${pg[3].toFixed(1)} MB`);
}
console.log(`twview --text      ${tText.toFixed(2)} s  ${(MB / tText).toFixed(0)} MB/s`);
console.log(`twview --summary   ${tSummary.toFixed(2)} s  ${(MB / tSummary).toFixed(0)} MB/s`);
{ // the peer: V8's JSON.parse of every line
  const text = fs.readFileSync(file, "utf8"), t = [];
  for (let k = 0; k < 3; k++) {
    const s = process.hrtime.bigint();
    let n = 0;
    for (const line of text.split("\n")) if (line) n += JSON.parse(line) ? 1 : 0;
    t.push(Number(process.hrtime.bigint() - s) / 1e9);
  }
  console.log(`peer: Node ${process.version} JSON.parse of the lines  ${median(t).toFixed(2)} s  ${(MB / median(t)).toFixed(0)} MB/s (parsing only)`);
}
const puppeteer = require("puppeteer-core");
const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] });
try {
  for (const [label, , page, htmlMB] of pages) {
    const drawn = [], frames = [];
    let rowsInDom = 0, click = 0;
    const search = [];
    for (let k = 0; k < 3; k++) {
      const p = await browser.newPage();
      await p.setViewport({ width: 1400, height: 900 });
      await p.goto(`file://${page}#trace=${largest}`, { waitUntil: "load", timeout: 120000 });
      await p.waitForFunction(() => performance.getEntriesByName("tw-drawn").length > 0, { timeout: 120000 });
      if (!(await p.$$eval("[data-span-id]", (e) => e.length))) throw new Error("no bars drawn");
      drawn.push(await p.evaluate(() => performance.getEntriesByName("tw-drawn")[0].startTime));
      if (k === 0) { // scroll the whole timeline, a step each frame for 300 frames: the time between frames
        const f = await p.evaluate(async () => {
          const tl = document.getElementById("tl"), stamps = [];
          const step = (tl.scrollHeight - tl.clientHeight) / 300;
          await new Promise((done) => {
            let i = 0;
            const frame = (t) => {
              stamps.push(t);
              if (++i > 300) return done();
              tl.scrollTop = i * step;
              requestAnimationFrame(frame);
            };
            requestAnimationFrame(frame);
          });
          return [stamps.slice(1).map((t, i) => t - stamps[i]), document.querySelectorAll("#tlin .row").length];
        });
        frames.push(...f[0]);
        rowsInDom = f[1];
        // the first click on a span: its trace's details read (inflated and parsed) and shown
        click = await p.evaluate(async () => {
          const row = document.querySelector("#tlin .row"), s = performance.now();
          row.click();
          while (!document.getElementById("detail").hasAttribute("data-detail-span-id")) await new Promise((r) => setTimeout(r, 2));
          return performance.now() - s;
        });
        // searches: one that every trace matches (each stops at its first hit) and one that none
        // does (every name and value of every trace read); each waits until the list is made
        for (const q of ["KeyError", "no such text"]) {
          search.push(await p.evaluate(async (q) => {
            const box = document.getElementById("q"), sum = document.getElementById("sum"), s = performance.now();
            box.value = q; box.dispatchEvent(new Event("input"));
            while (sum.dataset.query !== q) await new Promise((r) => setTimeout(r, 5));
            return [performance.now() - s - 150, sum.textContent];
          }, q));
        }
      }
      await p.close();
    }
    frames.sort((a, b) => a - b);
    const fps = 1000 / (frames.reduce((a, b) => a + b, 0) / frames.length);
    console.log(`Chromium, the page of twview -o${label}: the largest trace (${largestN} spans) drawn ${(median(drawn) / 1000).toFixed(2)} s after navigation started (reading the ${htmlMB.toFixed(0)} MB page included)`);
    console.log(`  scrolling it top to bottom, a step each frame: ${fps.toFixed(0)} frames a second, frame interval median ${frames[150].toFixed(1)} ms, longest ${frames[299].toFixed(1)} ms; ${rowsInDom} rows of ${largestN} in the document; the first click on a span shows its details in ${(click / 1000).toFixed(2)} s`);
    console.log(`  search (after the 150 ms the page waits for typing to stop): "${"KeyError"}" ${(search[0][0] / 1000).toFixed(2)} s (${search[0][1].replace(/.*, /, "")}), text in no trace ${(search[1][0] / 1000).toFixed(2)} s (${search[1][1].replace(/.*, /, "")})`);
  }
  console.log(`(Chromium ${(await browser.version()).replace(/^\D*/, "")}, headless, 1400x900)`);
} finally {
  await browser.close();
}
