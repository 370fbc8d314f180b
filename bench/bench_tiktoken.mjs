// bench_tiktoken.mjs FILE... - npm tiktoken (WASM build of OpenAI's Rust core), the peer.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(new URL("../tools/package.json", import.meta.url));
const t0 = performance.now();
const { get_encoding } = require("tiktoken");
const enc = get_encoding("cl100k_base");
enc.encode_ordinary("x");
console.log(`tiktoken   first use (load + build): ${(performance.now() - t0).toFixed(1)} ms`);
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, "utf8");
  const bytes = Buffer.byteLength(text);
  let n = 0, tokens = 0;
  const start = performance.now();
  let t;
  do { tokens = enc.encode_ordinary(text).length; n++; t = performance.now(); } while (t - start < 1000);
  console.log(`tiktoken   ${f.split("/").pop().padEnd(18)} ${((bytes * n) / ((t - start) / 1000) / 1e6).toFixed(1).padStart(8)} MB/s  ${tokens} tokens`);
}
