// check.mjs - twtrace.h's tw_price_cost against npm @pydantic/genai-prices' own calcPrice.
// Usage: node test/prices/check.mjs path/to/price_cli
// Cases: every model of every provider (its id as the model name, with and without the provider),
// names written otherwise (upper case, a -YYYYMMDD date), unknown names, usages with cache and
// reasoning tokens, tiered prices above and below their thresholds, and times before and after
// each price change (start_date) and inside and outside time-of-day prices. A cost must equal
// calcPrice's total_price in micro-dollars: ours is exact and rounded once, calcPrice's is a
// double, so the two may differ by the rounding (0.5) plus a double's relative error.
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "..", "tools", "package.json"));
const { calcPrice, findProvider } = require("@pydantic/genai-prices");
const cli = process.argv[2];

let seed = 20261202;
const rnd = (n) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
const providers = ["anthropic", "openai", "google", "aws", "azure", "mistral", "deepseek", "x-ai", "groq", "openrouter", "together",
  "fireworks", "cohere", "perplexity", "moonshotai", "novita", "zai", "cerebras"];
const cases = [];
const add = (provider, model, when, u) => cases.push({ provider, model, when, u });
const usage = (big) => {
  const input = big ? 100000 + rnd(400000) : 1 + rnd(5000);
  const cr = rnd(3) === 0 ? rnd(input) : 0;
  const cw = rnd(4) === 0 ? rnd(input - cr + 1) : 0;
  const output = big ? 1000 + rnd(200000) : rnd(3000);
  const reasoning = rnd(3) === 0 ? rnd(output + 1) : 0;
  return { input_tokens: input, output_tokens: output, cache_read_tokens: cr, cache_write_tokens: cw, output_reasoning_tokens: reasoning };
};
const now = Date.UTC(2026, 11, 2, 12, 0, 0);
for (const pid of providers) {
  const p = findProvider({ providerId: pid });
  if (!p) continue;
  for (const m of p.models) {
    const name = m.id.toLowerCase();
    const times = [now];
    if (Array.isArray(m.prices))
      for (const c of m.prices) {
        if (c.constraint?.type === "start_date") {
          const t = Date.parse(c.constraint.start_date);
          times.push(t - 86400000, t + 3600000);
        } else if (c.constraint?.type === "time_of_date") {
          const [h, mi] = c.constraint.start_time.split(":").map(Number);
          times.push(Date.UTC(2026, 5, 1, h, mi) + 600000, Date.UTC(2026, 5, 1, h, mi) - 600000);
        }
      }
    for (const t of times) {
      add(pid, name, t, usage(rnd(2) === 0));
      if (rnd(4) === 0) add(null, name, t, usage(true));
    }
  }
}
// other spellings and unknown names
for (const m of ["GPT-4o", "gpt-4o-2024-08-06", "claude-sonnet-4-20250514", "claude-3-5-haiku-20241022", "gpt-4.1-mini", "o3-mini",
  "gemini-2.5-pro", "gpt-5", "no-such-model-x", "llama-4-scout", "  gpt-4o  "]) {
  add("openai", m, now, usage(true));
  add(null, m, now, usage(true));
  add("anthropic", m, now, usage(false));
}

const input = cases.map((c) => [c.provider ?? "-", c.model, Math.floor(c.when / 1000), c.u.input_tokens, c.u.output_tokens,
  c.u.cache_read_tokens, c.u.cache_write_tokens, c.u.output_reasoning_tokens].join("\t")).join("\n") + "\n";
const run = spawnSync(cli, [], { input, maxBuffer: 1 << 26 });
if (run.status !== 0) {
  console.log(`FAIL price_cli exited with ${run.status}: ${run.stderr}`);
  process.exit(1);
}
const got = run.stdout.toString().trim().split("\n");
let compared = 0, unknown = 0, threw = 0, bad = 0;
cases.forEach((c, i) => {
  let want;
  try {
    const opts = { timestamp: new Date(Math.floor(c.when / 1000) * 1000) };
    if (c.provider) opts.providerId = c.provider;
    const r = calcPrice({ input_tokens: c.u.input_tokens, output_tokens: c.u.output_tokens, cache_read_tokens: c.u.cache_read_tokens,
      cache_write_tokens: c.u.cache_write_tokens, output_reasoning_tokens: c.u.output_reasoning_tokens }, c.model, opts);
    want = r ? r.total_price * 1e6 : null;
  } catch (e) {
    threw++;
    return; // usage calcPrice itself refuses for that model (its data's unit rules)
  }
  if (want === null) {
    unknown++;
    // calcPrice answers null for a provider it does not know, where twtrace.h tries the model alone
    if (got[i] !== "none" && (c.provider === null || findProvider({ providerId: c.provider }))) {
      bad++;
      if (bad <= 10) console.log(`  ${c.provider ?? "(any)"}/${c.model}: calcPrice has no price, twtrace.h ${got[i]}`);
    }
    if (process.env.SHOW_UNKNOWN && unknown < 20) console.log(`  unknown: ${c.provider ?? "(any)"}/${c.model} -> ${got[i]}`);
    return;
  }
  compared++;
  const ours = got[i] === "none" ? NaN : Number(got[i]);
  if (!(Math.abs(ours - want) <= 0.5 + Math.abs(want) * 1e-12)) {
    bad++;
    if (bad <= 10) console.log(`  ${c.provider ?? "(any)"}/${c.model} at ${new Date(c.when).toISOString()} ${JSON.stringify(c.u)}: twtrace.h ${got[i]}, calcPrice ${want}`);
  }
});
const ok = bad === 0 && compared >= 300;
console.log(`${ok ? "PASS" : "FAIL"} prices: ${compared} costs equal to calcPrice's (${unknown} unknown to both, ${threw} usages calcPrice refuses), ${bad} differ`);
process.exit(ok ? 0 : 1);
