// gen_traces.mjs OUT.jsonl CORPUSDIR [SPANS...] - the twview scale bench's input: OTLP JSON lines
// in the shape twtrace's file exporter writes them (one ExportTraceServiceRequest per batch of at
// most 512 finished spans, in the order they ended, the spans of a batch grouped by service; a
// metrics request every few batches), holding several traces that run at the same time, each an
// agent session of TaskWeaver's shape: Session.send_message > Planner > chat (a prompt that grows
// with the conversation) > CodeInterpreter > chat (code) > execute_tool > CodeExecutor.execute in
// another service (a child process that joined through TRACEPARENT) > Kernel.run_cell, with now
// and then parallel tool calls, a retry, a failed cell with its exception and stack trace. Prompts
// and replies are cut from bench/corpus.mjs's English and code corpora (never the same text
// twice in a row), 100 bytes to 6 KB each (replies 50 bytes to 2 KB), log-uniform. SPANS: the spans of each trace (default
// 1,000 2,000 5,000 12,000 30,000 50,000: 100,000 in all). Deterministic (a fixed seed).
import fs from 'node:fs';
import path from 'node:path';

const [out, corpusDir, ...sizesArg] = process.argv.slice(2);
const sizes = sizesArg.length ? sizesArg.map(Number) : [1000, 2000, 5000, 12000, 30000, 50000];
let seed = 20261202;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
const hex = (n) => { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(rnd() * 16)]; return s; };
const texts = ['english.txt', 'code.txt'].map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'));
const at = [0, 0];
function text(k, min = 100, max = 12000) { // the next cut of corpus k, min..max bytes, log-uniform
  const t = texts[k];
  const len = Math.round(min * Math.pow(max / min, rnd()));
  if (at[k] + len >= t.length) at[k] = 0;
  const s = t.slice(at[k], at[k] + len);
  at[k] += len;
  return s;
}
const str = (key, v) => ({ key, value: { stringValue: v } });
const int = (key, v) => ({ key, value: { intValue: String(v) } });
const dbl = (key, v) => ({ key, value: { doubleValue: v } });
const msgs = (list) => JSON.stringify(list.map(([role, content]) => ({ role, parts: [{ type: 'text', content }] })));

const spans = []; // {service, span} in the order they end
function span(service, trace, parent, name, kind, start, end, attributes = [], events = [], status = {}) {
  const s = { traceId: trace, spanId: hex(16), parentSpanId: parent ? parent.spanId : '', name, kind,
    startTimeUnixNano: String(start), endTimeUnixNano: String(end), attributes, droppedAttributesCount: 0,
    events, droppedEventsCount: 0, links: [], droppedLinksCount: 0, status };
  spans.push({ service, span: s, end });
  return s;
}
const MS = 1000000n;
function llm(trace, parent, agent, model, t, history) { // a chat call: [span, end]
  const prompt = text(0, 100, 6000), reply = agent === 'Planner' ? text(0, 50, 2000) : text(1, 50, 2000);
  const inTok = Math.round((prompt.length + history) / 4), outTok = Math.round(reply.length / 4);
  const d = BigInt(Math.round(300 + 30 * outTok * (0.5 + rnd()))) * MS;
  const cost = Math.round(inTok * (model === 'gpt-4o' ? 2.5 : 0.15) + outTok * (model === 'gpt-4o' ? 10 : 0.6));
  const s = span('taskweaver', trace, parent, `chat ${model}`, 3, t, t + d, [
    str('gen_ai.operation.name', 'chat'), str('gen_ai.provider.name', 'openai'), str('gen_ai.request.model', model),
    str('gen_ai.agent.name', agent), str('server.address', 'api.openai.com'), int('server.port', 443),
    dbl('gen_ai.request.temperature', 0), str('gen_ai.response.model', model + '-2024-08-06'),
    str('gen_ai.response.id', 'chatcmpl-' + hex(24)),
    { key: 'gen_ai.response.finish_reasons', value: { arrayValue: { values: [{ stringValue: 'stop' }] } } },
    int('gen_ai.usage.input_tokens', inTok), int('prompt_size', inTok), int('gen_ai.usage.output_tokens', outTok),
    int('output_size', outTok), dbl('gen_ai.usage.cost.amount', cost / 1e6), str('gen_ai.usage.cost.currency', 'USD'),
    int('twtrace.cost.micros', cost), dbl('gen_ai.response.time_to_first_chunk', 0.2 + rnd()),
    str('gen_ai.input.messages', msgs([['system', `You are the ${agent} of TaskWeaver.`], ['user', prompt]])),
    str('gen_ai.output.messages', msgs([['assistant', reply]])),
  ]);
  return [s, t + d, Math.round((prompt.length + reply.length) / 4)]; // what the conversation grows by
}
function session(size, t0) {
  const trace = hex(32);
  const first = spans.length;
  let t = t0, round = 0, history = 0;
  const root = { spanId: hex(16) }; // written last, when its end is known (so are the agents' spans:
  // their children take the id first, the span is made when the children's end is known)
  while (spans.length - first < size - 1) {
    round++;
    const pStart = t + 2n * MS;
    const planner = { spanId: hex(16) };
    const [, pEnd, pin] = llm(trace, planner, 'Planner', 'gpt-4o', pStart + MS, history);
    history = Math.min(4 * 120000, history + 4 * pin); // bytes, up to a context window of 120k tokens
    span('taskweaver', trace, null, 'invoke_agent Planner', 1, pStart, pEnd + MS, [str('gen_ai.operation.name', 'invoke_agent'), str('gen_ai.agent.name', 'Planner')]).spanId = planner.spanId;
    let c = pEnd + 3n * MS;
    const ci = { spanId: hex(16) };
    const tries = rnd() < 0.1 ? 2 : 1; // now and then a retry of the code generation
    for (let k = 0; k < tries && spans.length - first < size - 1; k++) {
      const [, e] = llm(trace, ci, 'CodeInterpreter', 'gpt-4o-mini', c, history / 2);
      c = e + MS;
      const tools = rnd() < 0.2 ? 3 : 1; // parallel tool calls overlap
      let last = c;
      for (let j = 0; j < tools && spans.length - first < size - 1; j++) {
        const ts = c + BigInt(j) * 5n * MS, te = ts + BigInt(Math.round(20 + 2000 * rnd() * rnd())) * MS;
        const tool = span('taskweaver', trace, ci, 'execute_tool python', 1, ts, te, [str('gen_ai.operation.name', 'execute_tool'), str('gen_ai.tool.name', 'python'), str('gen_ai.tool.type', 'function'), str('gen_ai.tool.call.id', 'call_' + hex(12))]);
        const ex = span('taskweaver.executor', trace, tool, 'CodeExecutor.execute', 2, ts + MS, te - MS, [str('code', text(1, 80, 2000))]);
        const fail = rnd() < 0.05;
        span('taskweaver.executor', trace, ex, 'Kernel.run_cell', 1, ts + 2n * MS, te - 2n * MS, [int('cell.index', round)],
          fail ? [{ timeUnixNano: String(te - 2n * MS), name: 'exception', attributes: [str('exception.type', 'KeyError'), str('exception.message', "'revenue'"), str('exception.stacktrace', 'Traceback (most recent call last):\n  File "<cell>", line 3, in <module>\n' + text(1, 200, 1200))], droppedAttributesCount: 0 }] : [],
          fail ? { code: 2, message: "KeyError: 'revenue'" } : {});
        if (te > last) last = te;
      }
      c = last + MS;
    }
    span('taskweaver', trace, null, 'invoke_agent CodeInterpreter', 1, pEnd + 2n * MS, c, [str('gen_ai.operation.name', 'invoke_agent'), str('gen_ai.agent.name', 'CodeInterpreter')]).spanId = ci.spanId;
    t = c + 5n * MS;
  }
  span('taskweaver', trace, null, 'Session.send_message', 2, t0, t + MS, [str('session.id', hex(8)), int('round.count', round)]).spanId = root.spanId;
  // the root's own children: the agents of each round point at it
  for (let i = first; i < spans.length - 1; i++) if (!spans[i].span.parentSpanId) spans[i].span.parentSpanId = root.spanId;
  return trace;
}
const t0 = 1796220000000000000n;
sizes.forEach((n, i) => session(n, t0 + BigInt(i) * 7000n * MS));
spans.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
const resource = (service) => ({ attributes: [str('service.name', service), str('telemetry.sdk.name', 'twtrace'), str('telemetry.sdk.language', 'c'), str('telemetry.sdk.version', '0.4.0'), int('process.pid', service === 'taskweaver' ? 4242 : 4243)] });
const lines = [];
let tokens = 0;
for (let b = 0; b < spans.length; b += 512) {
  const batch = spans.slice(b, b + 512), by = new Map();
  for (const x of batch) (by.get(x.service) || by.set(x.service, []).get(x.service)).push(x.span);
  lines.push(JSON.stringify({ resourceSpans: [...by].map(([service, list]) => ({ resource: resource(service), scopeSpans: [{ scope: { name: 'twtrace', version: '0.4.0' }, spans: list }] })) }));
  for (const x of batch) for (const a of x.span.attributes) if (a.key === 'prompt_size') tokens += Number(a.value.intValue);
  if ((b / 512) % 8 === 7) lines.push(JSON.stringify({ resourceMetrics: [{ resource: resource('taskweaver'), scopeMetrics: [{ scope: { name: 'twtrace' }, metrics: [{ name: 'prompt_size', unit: '{token}', sum: { aggregationTemporality: 2, isMonotonic: true, dataPoints: [{ attributes: [str('direction', 'input')], startTimeUnixNano: String(t0), timeUnixNano: String(batch[batch.length - 1].end), asInt: String(tokens) }] } }] }] }] }));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${out}: ${spans.length} spans in ${sizes.length} traces (${sizes.join(', ')}), ${lines.length} lines, ${fs.statSync(out).size} bytes`);
