// bench_tiktoken.mjs ENCODING FILE... - npm tiktoken (WASM build of OpenAI's Rust core), the peer.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(new URL("../tools/package.json", import.meta.url));
const t0 = performance.now();
const { get_encoding } = require("tiktoken");
const ENC = process.argv[2];
const enc = get_encoding(ENC);
enc.encode_ordinary("x");
console.log(`tiktoken   ${ENC} first use (load + build): ${(performance.now() - t0).toFixed(1)} ms`);
for (const f of process.argv.slice(3)) {
  const text = readFileSync(f, "utf8");
  const bytes = Buffer.byteLength(text);
  let n = 0, tokens = 0;
  const start = performance.now();
  let t;
  do { tokens = enc.encode_ordinary(text).length; n++; t = performance.now(); } while (t - start < 1000);
  console.log(`tiktoken   ${ENC.padEnd(11)} ${f.split("/").pop().padEnd(18)} ${((bytes * n) / ((t - start) / 1000) / 1e6).toFixed(1).padStart(8)} MB/s  ${tokens} tokens`);
}
