// otel_js.mjs - twview on OTLP JSON that another OpenTelemetry SDK wrote: the OpenTelemetry JS SDK
// (@opentelemetry/sdk-trace, its spans serialized by @opentelemetry/otlp-transformer's
// JsonTraceSerializer, the body its OTLP/HTTP JSON exporter sends; pinned in tools/package.json),
// with its own habits: integers as JSON numbers, no parentSpanId on a root, flags, dropped counts.
// Two "processes" (two tracer providers with their own service.name), the second joining the
// first's trace through a W3C traceparent, as a child process does through TRACEPARENT. Times are
// set by hand so that the critical path is known: twview must put every span in one trace, nest
// the second process's spans under the span that started it, mark the error, total the agent's
// tokens and find the critical path's stretches worked out here.
// Usage: node test/twview/otel_js.mjs path/to/twview OUTDIR
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), "..", "..", "tools", "package.json"));
const api = require("@opentelemetry/api");
const { TracerProvider, InMemorySpanExporter, SimpleSpanProcessor, StackContextManager } = require("@opentelemetry/sdk-trace");
const { JsonTraceSerializer } = require("@opentelemetry/otlp-transformer");
const { resourceFromAttributes } = require("@opentelemetry/resources");
const { W3CTraceContextPropagator } = require("@opentelemetry/core");
const [twview, out] = process.argv.slice(2);
api.context.setGlobalContextManager(new StackContextManager().enable());
const provider = (service) => {
  const exporter = new InMemorySpanExporter();
  const p = new TracerProvider({ resource: resourceFromAttributes({ "service.name": service }), spanProcessors: [new SimpleSpanProcessor({ exporter })] });
  return { p, exporter, tracer: p.getTracer("otel_js") };
};
const agent = provider("js-agent"), executor = provider("js-executor");
const T = 1764000000000; // ms
const at = (ms) => T + ms;
const ctxOf = (span) => api.trace.setSpan(api.context.active(), span);
// root 0..100 > invoke_agent Planner 0..40 > chat gpt-4o 5..35 (CLIENT, tokens); execute_tool 40..95 >
// (the executor, through traceparent) CodeExecutor.execute 45..90 with an exception, status error
const root = agent.tracer.startSpan("Session.send_message", { kind: api.SpanKind.SERVER, startTime: at(0) });
const plan = agent.tracer.startSpan("invoke_agent Planner", { startTime: at(0), attributes: { "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "Planner" } }, ctxOf(root));
const chat = agent.tracer.startSpan("chat gpt-4o", { kind: api.SpanKind.CLIENT, startTime: at(5), attributes: { "gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o",
  "gen_ai.agent.name": "Planner", "gen_ai.usage.input_tokens": 321, "gen_ai.usage.output_tokens": 54, "twtrace.cost.micros": 1342 } }, ctxOf(plan));
chat.end(at(35)), plan.end(at(40));
const tool = agent.tracer.startSpan("execute_tool python", { startTime: at(40), attributes: { "gen_ai.operation.name": "execute_tool" } }, ctxOf(root));
const carrier = {};
new W3CTraceContextPropagator().inject(ctxOf(tool), carrier, api.defaultTextMapSetter);
const parentCtx = new W3CTraceContextPropagator().extract(api.ROOT_CONTEXT, { traceparent: carrier.traceparent }, api.defaultTextMapGetter);
const exec = executor.tracer.startSpan("CodeExecutor.execute", { startTime: at(45) }, parentCtx);
exec.recordException(new Error("KeyError: 'revenue'"), at(89));
exec.setStatus({ code: api.SpanStatusCode.ERROR, message: "the cell failed" });
exec.end(at(90)), tool.end(at(95)), root.end(at(100));
await agent.p.forceFlush(), await executor.p.forceFlush();
const lines = [agent, executor].map((x) => new TextDecoder().decode(JsonTraceSerializer.serializeRequest(x.exporter.getFinishedSpans())));
writeFileSync(`${out}/otel_js.jsonl`, lines.join("\n") + "\n");
const ids = Object.fromEntries([root, plan, chat, tool, exec].map((s) => [s.name, s.spanContext().spanId]));
const traceId = root.spanContext().traceId;
const run = (...a) => spawnSync(twview, [...a, `${out}/otel_js.jsonl`]);
const errors = [];
const paths = run("--paths"), text = run("--text").stdout.toString(), summary = run("--summary").stdout.toString();
if (paths.status !== 0 || paths.stderr.length) errors.push(`twview --paths: ${paths.status} ${paths.stderr}`);
const got = paths.stdout.toString().trim().split("\n").map((l) => l.split(" "));
if (got.length !== 5 || got.some((g) => g[0] !== traceId)) errors.push(`not the 5 spans of one trace ${traceId}: ${paths.stdout}`);
// the executor's span nested under the tool span, its error marked; the chat call's tokens shown
if (!/^[* ] {2}execute_tool python .*\n[* ] {4}CodeExecutor\.execute .* ERR$/m.test(text)) errors.push(`the second process's span is not nested under execute_tool, or not marked ERR:\n${text}`);
if (!/chat gpt-4o .* 321\/54$/m.test(text)) errors.push(`the chat call's tokens (321/54) are not shown:\n${text}`);
if (!/^Planner +1 .* 321 +54 +0\.001342$/m.test(summary)) errors.push(`the summary's Planner row lacks 1 call, 321/54 tokens, $0.001342:\n${summary}`);
// the critical path, by hand: root 95..100, tool 90..95, exec 45..90, tool 40..45, then root 0..40:
// the agent span ends at 40, the tool's start, and only a child that ends strictly before is followed
const ms = (a, b) => `${BigInt(at(a)) * 1000000n} ${BigInt(at(b)) * 1000000n}`;
const want = [["Session.send_message", 95, 100], ["execute_tool python", 90, 95], ["CodeExecutor.execute", 45, 90], ["execute_tool python", 40, 45], ["Session.send_message", 0, 40]]
  .map(([n, a, b]) => `${ids[n]} ${ms(a, b)}`).sort();
const sections = run("--sections").stdout.toString().trim().split("\n").map((l) => l.split(" ").slice(1).join(" ")).sort();
if (sections.join("|") !== want.join("|")) errors.push(`the critical path's stretches:\n  twview ${sections.join("\n         ")}\n  by hand ${want.join("\n          ")}`);
if (errors.length) { console.log(`FAIL twview on the OpenTelemetry JS SDK's OTLP JSON:\n  ${errors.join("\n  ")}`); process.exit(1); }
console.log("PASS twview on the OpenTelemetry JS SDK's OTLP JSON: two processes joined through traceparent in one trace, nested, the error, the tokens and the critical path as worked out by hand");
