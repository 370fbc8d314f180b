// dump.mjs - runs test/reference/twtok_dump.c on strings: each goes in as [u32 little-endian length]
// [UTF-8 bytes], each result comes back as [u32 count][count u32 values] (token ids, or with
// --pieces the pieces' byte lengths). Used by check.mjs and pieces.mjs.
import { spawnSync } from "node:child_process";

export function runDump(dump, args, strings) {
  const bufs = [];
  for (const s of strings) {
    const b = Buffer.from(s, "utf8"), h = Buffer.alloc(4);
    h.writeUInt32LE(b.length);
    bufs.push(h, b);
  }
  const r = spawnSync(dump, args, { input: Buffer.concat(bufs), maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${dump} ${args.join(" ")} exited with ${r.status}: ${r.stderr}`);
  const out = [], o = r.stdout;
  for (let pos = 0; pos < o.length; ) {
    const n = o.readUInt32LE(pos);
    pos += 4;
    const vals = [];
    for (let i = 0; i < n; i++, pos += 4) vals.push(o.readUInt32LE(pos));
    out.push(vals);
  }
  if (out.length !== strings.length) throw new Error(`${dump} returned ${out.length} results for ${strings.length} inputs`);
  return out;
}
