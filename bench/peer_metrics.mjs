// peer_metrics.mjs - the OpenTelemetry JS SDK's histogram, measured beside twtrace's in make bench:
// Histogram.record with the four attributes of a GenAI token-usage point (the same attribute object
// each time, the SDK's fastest case), explicit buckets, cumulative, a MeterProvider with a reader
// that is never collected during the loop. Prints "peer ..." lines.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "tools", "package.json"));
const { MeterProvider, MetricReader } = require("@opentelemetry/sdk-metrics");
import { readFileSync } from "node:fs";
const sdkVersion = JSON.parse(readFileSync(join(here, "..", "tools", "node_modules", "@opentelemetry", "sdk-metrics", "package.json"), "utf8")).version;

class Reader extends MetricReader {
  async onForceFlush() {}
  async onShutdown() {}
}
const reader = new Reader();
const provider = new MeterProvider({ readers: [reader] });
const meter = provider.getMeter("bench");
const h = meter.createHistogram("gen_ai.client.token.usage", {
  unit: "{token}",
  advice: { explicitBucketBoundaries: [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864] },
});
const attrs = { "gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.request.model": "gpt-4o", "gen_ai.token.type": "input" };
const runs = [];
for (let r = 0; r < 5; r++) {
  const n = 2_000_000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) h.record(i & 1023, attrs);
  runs.push(Number(process.hrtime.bigint() - t0) / n);
}
runs.sort((a, b) => a - b);
const { resourceMetrics } = await reader.collect();
const dp = resourceMetrics.scopeMetrics[0].metrics[0].dataPoints[0];
console.log(`peer     OpenTelemetry JS sdk-metrics ${sdkVersion} Histogram.record, 4 attributes, 1 thread  ${runs[2].toFixed(1)} ns/record  (median of 5; ${dp.value.count} recorded)`);
