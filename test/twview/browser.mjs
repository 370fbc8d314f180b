// browser.mjs - twview's page in a real browser: Debian's Chromium, headless, driven through the
// DevTools protocol by puppeteer-core (pinned in tools/package.json). The page is opened from disk
// and must: list every trace (data-trace-id), draw a bar for every span of the demo's trace
// (data-span-id), mark as critical (data-critical="1") exactly the spans twview --paths puts on the
// critical path with a black line over each stretch of it at its place on the time axis, show a
// span's attributes on a click (data-detail-span-id), find traces by a search, show a hostile span
// name and attribute as text without running them, and make no network request. Screenshots go to
// OUTDIR for people to look at.
// Usage: node test/twview/browser.mjs twview DEMO.jsonl OUTDIR
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "..", "tools", "package.json"));
const puppeteer = require("puppeteer-core");
const [twview, demo, out, more] = process.argv.slice(2); // more: traces with other critical paths (critical.mjs's)
const errors = [];
const fail = (m) => errors.push(m);

// a second trace whose text tries to break out of the page
const XSS = "</script><script>window.__pwned=1;alert(1)</script>";
const ATTR = "<img src=x onerror=\"window.__pwned=2\">&amp;";
const xssTrace = "ab".repeat(16);
writeFileSync(`${out}/hostile.jsonl`, JSON.stringify({ resourceSpans: [{ resource: { attributes: [{ key: "service.name", value: { stringValue: "<b>svc</b>" } }] },
  scopeSpans: [{ scope: { name: "x" }, spans: [{ traceId: xssTrace, spanId: "cd".repeat(8), parentSpanId: "", name: XSS, kind: 1,
    startTimeUnixNano: "1764000000000000000", endTimeUnixNano: "1764000000001000000", status: {}, events: [], links: [],
    attributes: [{ key: "prompt", value: { stringValue: ATTR } }, { key: "x\u2028y", value: { stringValue: "line\u2028separator" } }] }] }] }] }) + "\n");
const page_path = resolve(`${out}/page.html`);
const made = spawnSync(twview, ["-o", page_path, demo, `${out}/hostile.jsonl`, ...(more ? [more] : [])]);
if (made.status !== 0) { console.log(`FAIL twview -o: ${made.stderr}`); process.exit(1); }
const paths = spawnSync(twview, ["--paths", demo]).stdout.toString().trim().split("\n").map((l) => l.split(" "));
const demoTrace = paths[0][0];
const demoSpans = paths.filter((p) => p[0] === demoTrace);
const wantCritical = new Set(demoSpans.filter((p) => Number(p[2]) > 0).map((p) => p[1]));

// the page draws a trace once it has read it (a compressed page inflates it first): the timeline
// then says which trace it shows, and the details pane which span
const drawn = (p, t) => p.waitForSelector(`#tl[data-shown-trace-id="${t}"]`, { timeout: 20000 });
const shows = (p, sid) => p.waitForSelector(`#detail[data-detail-span-id="${sid}"]`, { timeout: 20000 });
const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run"] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  page.on("dialog", async (d) => { fail(`a dialog opened: ${d.message()}`); await d.dismiss(); });
  page.on("request", (r) => { if (!/^(file|data):/.test(r.url())) fail(`a network request: ${r.url()}`); });
  page.on("pageerror", (e) => fail(`a script error: ${e.message}`));
  await page.goto(`file://${page_path}#trace=${demoTrace}`, { waitUntil: "load" });
  await drawn(page, demoTrace);
  const traces = await page.$$eval("[data-trace-id]", (els) => els.map((e) => e.getAttribute("data-trace-id")));
  const nmore = more ? new Set(spawnSync(twview, ["--paths", more]).stdout.toString().trim().split("\n").map((l) => l.split(" ")[0])).size : 0;
  if (traces.length !== 2 + nmore || !traces.includes(demoTrace) || !traces.includes(xssTrace)) fail(`the trace list has ${traces.length} traces, not ${2 + nmore}`);
  const bars = await page.$$eval("[data-span-id]", (els) => els.map((e) => [e.getAttribute("data-span-id"), e.getAttribute("data-critical")]));
  const ids = new Set(bars.map((b) => b[0]));
  for (const [, sid] of demoSpans) if (!ids.has(sid)) fail(`span ${sid} has no bar`);
  if (bars.length !== demoSpans.length) fail(`${bars.length} bars for ${demoSpans.length} spans`);
  const gotCritical = new Set(bars.filter((b) => b[1] === "1").map((b) => b[0]));
  if (gotCritical.size !== wantCritical.size || [...wantCritical].some((x) => !gotCritical.has(x)))
    fail(`bars marked critical ${[...gotCritical].sort()} are not twview's critical path ${[...wantCritical].sort()}`);
  // a click on the first LLM call's bar shows its details
  const llm = await page.evaluateHandle(() => [...document.querySelectorAll(".row")].find((r) => r.querySelector(".lab").textContent.trim() === "chat gpt-4o"));
  const llmId = await llm.evaluate((r) => r.querySelector("[data-span-id]").getAttribute("data-span-id"));
  await llm.click();
  await shows(page, llmId);
  const shown = await page.$eval("#detail", (d) => [d.getAttribute("data-detail-span-id"), d.textContent]);
  if (shown[0] !== llmId) fail(`the details pane shows ${shown[0]}, the click was on ${llmId}`);
  for (const want of ["gen_ai.usage.input_tokens", "gen_ai.input.messages", "You are the Planner of TaskWeaver.", "twtrace.cost.micros"])
    if (!shown[1].includes(want)) fail(`the details of ${llmId} lack "${want}"`);
  { // the picture for people: the demo's trace alone, its first LLM call opened
    const demoPage = resolve(`${out}/demo.html`);
    spawnSync(twview, ["-o", demoPage, demo]);
    const p2 = await browser.newPage();
    await p2.setViewport({ width: 1400, height: 860 });
    await p2.goto(`file://${demoPage}`, { waitUntil: "load" });
    await drawn(p2, demoTrace);
    const row = await p2.evaluateHandle(() => [...document.querySelectorAll(".row")].find((r) => r.querySelector(".lab").textContent.trim() === "chat gpt-4o"));
    await row.click();
    await p2.waitForSelector("#detail[data-detail-span-id]");
    await p2.screenshot({ path: `${out}/demo.png` });
    await p2.close();
  }
  // traces whose critical path leaves spans out (overlapping children, gaps, a child outliving its parent)
  if (more) {
    const all = spawnSync(twview, ["--paths", more]).stdout.toString().trim().split("\n").map((l) => l.split(" "));
    const tids = [...new Set(all.map((p) => p[0]))].slice(0, 40);
    const sections = spawnSync(twview, ["--sections", more]).stdout.toString().trim().split("\n").map((l) => l.split(" "));
    const roots = new Map(); // each trace's root: its start and length, the timeline's axis
    for (const line of readFileSync(more, "utf8").trim().split("\n"))
      for (const sp of JSON.parse(line).resourceSpans[0].scopeSpans[0].spans)
        if (!sp.parentSpanId) roots.set(sp.traceId, [BigInt(sp.startTimeUnixNano), Number(BigInt(sp.endTimeUnixNano) - BigInt(sp.startTimeUnixNano))]);
    let partial = 0, stretches = 0;
    for (const tid of tids) {
      const want = new Set(all.filter((p) => p[0] === tid && Number(p[2]) > 0).map((p) => p[1]));
      const n = all.filter((p) => p[0] === tid).length;
      if (want.size < n) partial++;
      await page.evaluate((t) => { location.hash = "trace=" + t; }, tid);
      await drawn(page, tid);
      const b = await page.$$eval("[data-span-id]", (els) => els.map((e) => [e.getAttribute("data-span-id"), e.getAttribute("data-critical")]));
      const got = new Set(b.filter((x) => x[1] === "1").map((x) => x[0]));
      if (b.length !== n) fail(`trace ${tid}: ${b.length} bars for ${n} spans`);
      if (got.size !== want.size || [...want].some((x) => !got.has(x))) fail(`trace ${tid}: bars marked critical ${[...got].sort()} are not twview's ${[...want].sort()}`);
      // the black lines: one for each stretch of the path, where it is on the time axis (within a
      // pixel; spans drawn narrower than 4 pixels are only counted)
      const drawnCp = await page.$$eval("#tlin .row", (rows) => rows.map((r) => {
        const lane = r.querySelector(".lane").getBoundingClientRect(), bar = r.querySelector(".bar");
        return [bar.getAttribute("data-span-id"), lane.width, bar.getBoundingClientRect().width, [...bar.querySelectorAll(".cp")].map((c) => { const b = c.getBoundingClientRect(); return [b.left - lane.left, b.width]; }).sort((x, y) => x[0] - y[0])];
      }));
      const [t0, total] = roots.get(tid);
      for (const [sid, W, barW, cps] of drawnCp) {
        const want = sections.filter((x) => x[0] === tid && x[1] === sid).map((x) => [Number(BigInt(x[2]) - t0), Number(BigInt(x[3]) - t0)]).sort((x, y) => x[0] - y[0]);
        stretches += want.length;
        if (cps.length !== want.length) { fail(`trace ${tid} span ${sid}: ${cps.length} black lines for ${want.length} stretches on the critical path`); continue; }
        if (barW < 4) continue;
        want.forEach(([a, b], j) => {
          const x = a / total * W, w = Math.max(1, (b - a) / total * W);
          if (Math.abs(cps[j][0] - x) > 1 || Math.abs(cps[j][1] - w) > 1) fail(`trace ${tid} span ${sid}: a black line at ${cps[j][0].toFixed(1)}+${cps[j][1].toFixed(1)} px, its stretch at ${x.toFixed(1)}+${w.toFixed(1)}`);
        });
      }
    }
    if (stretches < 60) fail(`only ${stretches} stretches of the critical path checked`);
    if (partial < 10) fail(`only ${partial} of the traces checked have spans off the critical path`);
  }
  // search: by a span name, an attribute value, an exception's message (an event's attribute),
  // case-insensitively; a text no trace holds lists none
  for (const [q, want] of [["SESSION.send_message", [demoTrace]], ["line\u2028SEPARATOR", [xssTrace]], ["'sale.csv'", [demoTrace]], ["no such text anywhere", []]]) {
    await page.evaluate((q) => { const box = document.getElementById("q"); box.value = q; box.dispatchEvent(new Event("input")); }, q);
    await page.waitForFunction((q) => document.getElementById("sum").dataset.query === q, { timeout: 20000 }, q);
    const listed = await page.$$eval("#traces [data-trace-id]", (els) => els.map((e) => e.getAttribute("data-trace-id")));
    if (listed.join() !== want.join()) fail(`a search for ${JSON.stringify(q)} lists ${listed.length} traces (${listed.slice(0, 3)}), not ${want.length} (${want})`);
  }
  // the hostile trace: its text shown as text, nothing run
  await page.goto(`file://${page_path}#trace=${xssTrace}`, { waitUntil: "load" });
  await drawn(page, xssTrace);
  const label = await page.$eval(".row .lab", (e) => e.textContent.trim());
  if (label !== XSS) fail(`the hostile span's name shows as ${JSON.stringify(label)}`);
  await page.click(".row");
  await shows(page, "cd".repeat(8));
  const detail = await page.$eval("#detail", (d) => d.textContent);
  if (!detail.includes(ATTR)) fail("the hostile attribute is not shown as its text");
  if (!detail.includes("line\u2028separator")) fail("a U+2028 in a value did not survive");
  if (await page.evaluate(() => window.__pwned)) fail("the hostile text ran as script");
  if ((await page.$$("img")).length) fail("the hostile text made an element");
  await page.screenshot({ path: `${out}/hostile.png` });
} catch (e) { // a wait that timed out: say so, with the page's errors before it
  fail(e.message.split("\n")[0]);
} finally {
  await browser.close();
}
if (errors.length) {
  console.log(`FAIL twview's page in Chromium:\n  ${errors.join("\n  ")}`);
  process.exit(1);
}
console.log(`PASS twview's page in headless Chromium: ${demoSpans.length} bars, critical path as computed (${wantCritical.size} spans), details on click, search, hostile text inert, no network (screenshots in ${out})`);
