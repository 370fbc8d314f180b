// receiver.mjs - an OTLP/HTTP test receiver on Node's http server (a production HTTP parser).
// Every request body (gzip too) is checked against the official OTLP message definitions (the
// opentelemetry-proto classes generated in @opentelemetry/otlp-proto-exporter-base, run through
// protobufjs) after the OTLP-JSON mapping; unknown or misspelled fields fail. A control port lets
// the C test script misbehaviour and ask for reports and meaning checks.
//
//   node receiver.mjs PORTFILE        writes "DATA_PORT CONTROL_PORT" to PORTFILE when listening
//   TLS_DIR=D node receiver.mjs PORTFILE   also HTTPS data ports with D/server.crt and D/server.key
//                                     (one, and one that asks for a client certificate signed by
//                                     D/ca.crt): "DATA CONTROL TLS MTLS"; same handler and state
//
// Control (plain-text answers, "key=value" lines):
//   GET /reset                        forget everything, script empty, data port open
//   GET /script?s=503:1,reset,200     behaviour of the next data requests, one step each
//   GET /close  /open                 stop / resume listening on the data port (same port)
//   GET /mode?m=503:1                 the step for trace requests once the script is empty
//   GET /lean                         keep span ids only (long soaks), check one request in 20
//   GET /report                       counts
//   GET /check?service=S&input=N&output=M   meaning checks on everything received
//   GET /attr?key=K                   the longest string value seen for attribute K
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { checkRequest } from './schema.mjs';

const require = createRequire(import.meta.url);
void require;

let state;
function reset() {
  state = {
    script: [], requests: 0, traceRequests: 0, traces: 0, metrics: 0, gzip: 0, connections: 0, maxBody: 0,
    spans: new Map(), duplicates: 0, schemaErrors: [], resources: [], lastHeaders: {}, lastPath: '',
    lastMetrics: null, refused: 0, attrs: new Map(),
    mode: '200',   // the step when the script is empty (GET /mode?m=...), for the soak
    lean: false,   // keep only span ids, and check the schema of one request in 20 (GET /lean)
  };
}
reset();

function readBody(req) {
  return new Promise((resolve, reject) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

function record(path, obj) {
  if (path.endsWith('/v1/metrics') || obj.resourceMetrics) {
    state.metrics++;
    state.lastMetrics = obj;
    return;
  }
  state.traces++;
  for (const rs of obj.resourceSpans || []) {
    state.resources.push(rs.resource || {});
    for (const ss of rs.scopeSpans || []) {
      for (const sp of ss.spans || []) {
        const key = sp.traceId + '/' + sp.spanId;
        if (state.spans.has(key)) state.duplicates++;
        state.spans.set(key, state.lean ? { name: sp.name } : sp);
        if (state.lean) continue;
        for (const a of sp.attributes || []) {
          const v = a.value && a.value.stringValue;
          if (typeof v === 'string') {
            const len = Buffer.byteLength(v);
            if (!state.attrs.has(a.key) || state.attrs.get(a.key) < len) state.attrs.set(a.key, len);
          }
        }
      }
    }
  }
}

async function handleData(req, res) {
  state.requests++;
  // the script is for trace exports; metrics exports (which a loss can trigger) are answered 200
  const isTraces = !req.url.includes('metrics');
  if (isTraces) state.traceRequests++;
  const step = isTraces ? (state.script.length ? state.script.shift() : state.mode) : '200';
  if (step === 'reset') { req.socket.destroy(); return; }
  const raw = await readBody(req).catch(() => null);
  if (raw === null) return;
  if (step === 'garbage') { req.socket.end('HELLO THERE\r\n\r\n'); return; }
  if (step === 'truncated') {
    req.socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"partial');
    req.socket.destroy();
    return;
  }
  if (step.startsWith('slow:')) {
    setTimeout(() => { if (!res.destroyed) res.end('{}'); }, Number(step.slice(5)));
    return;
  }
  const m = /^(\d{3})(?::(\d+))?$/.exec(step);
  if (m && m[1] !== '200') {
    const headers = { 'Content-Type': 'text/plain' };
    if (m[2] !== undefined) headers['Retry-After'] = m[2];
    res.writeHead(Number(m[1]), headers);
    res.end(`test receiver says ${m[1]}: scripted refusal`);
    return;
  }
  // hostile answers: a 2 GB body announced, an endless chunked body, a megabyte header line, a
  // status line of garbage, a drip of one byte a second
  if (step === 'huge-length') { req.socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2147483648\r\n\r\n{'); return; }
  if (step === 'endless-chunked') {
    req.socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = 'ffff\r\n' + 'x'.repeat(0xffff) + '\r\n';
    const pump = () => { while (!req.socket.destroyed && req.socket.write(chunk)) { /* until the buffer is full */ } };
    req.socket.on('drain', pump);
    req.socket.on('error', () => {});
    pump();
    return;
  }
  if (step === 'big-header') { req.socket.end('HTTP/1.1 200 OK\r\nX-Big: ' + 'y'.repeat(1 << 20) + '\r\n\r\n'); return; }
  if (step === 'garbage-status') { req.socket.end('\x00\x01\x02 hello \xff\r\n\r\n'); return; }
  if (step === 'drip') {
    const text = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}';
    let i = 0;
    const t = setInterval(() => {
      if (req.socket.destroyed || i >= text.length) { clearInterval(t); return; }
      req.socket.write(text[i++]);
    }, 1000);
    req.socket.on('close', () => clearInterval(t));
    return;
  }
  if (step === '400-noisy') { // an error text with line breaks, terminal escapes, invalid UTF-8, and long
    res.writeHead(400, { 'Content-Type': 'text/plain' });
    res.end(Buffer.concat([Buffer.from('bad request:\r\n\x1b[31mred\x1b[0m \x07'), Buffer.from([0xff, 0xfe]),
      Buffer.from(' ' + 'x'.repeat(2000) + '\n\n')]));
    return;
  }
  if (step === '503-date') {
    res.writeHead(503, { 'Retry-After': new Date(Date.now() + 1500).toUTCString() });
    res.end('busy until the date');
    return;
  }
  // a real answer: decode and check
  let body = raw;
  state.maxBody = Math.max(state.maxBody, raw.length);
  if ((req.headers['content-encoding'] || '') === 'gzip') {
    state.gzip++;
    try { body = zlib.gunzipSync(raw); } catch (e) { state.schemaErrors.push('gzip: ' + e.message); }
  }
  state.lastHeaders = req.headers;
  state.lastPath = req.url;
  if (req.method !== 'POST') state.schemaErrors.push(`method ${req.method}`);
  if (!(req.headers['content-type'] || '').startsWith('application/json')) state.schemaErrors.push('content-type ' + req.headers['content-type']);
  if (!/^twtrace\//.test(req.headers['user-agent'] || '')) state.schemaErrors.push('user-agent ' + req.headers['user-agent']);
  let obj;
  try {
    obj = JSON.parse(body.toString('utf8'));
    if (!Buffer.from(body.toString('utf8'), 'utf8').equals(body)) state.schemaErrors.push('body is not valid UTF-8');
  } catch (e) {
    state.schemaErrors.push('JSON: ' + e.message);
  }
  if (obj) {
    const kind = req.url.includes('metrics') || obj.resourceMetrics ? 'metrics' : 'traces';
    if (!state.lean || state.requests % 20 === 0)
      for (const err of checkRequest(kind, obj)) state.schemaErrors.push(`${req.url}: ${err}`);
    record(req.url, obj);
  }
  let answer = '{}';
  if (step === 'partial') answer = '{"partialSuccess":{"rejectedSpans":"2","errorMessage":"two spans were too old"}}';
  if (step === '200-chunked' || step === 'partial') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    res.write(answer.slice(0, 1));
    res.end(answer.slice(1));
  } else if (step === '200-close') {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Connection': 'close', 'Content-Length': answer.length });
    res.end(answer);
  } else {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': answer.length });
    res.end(answer);
  }
}

function attrOf(list, key) {
  for (const a of list || []) if (a.key === key) return a.value;
  return undefined;
}

function check(q) {
  const errors = [...state.schemaErrors];
  const spans = [...state.spans.values()];
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const remote = q.get('remote') || '';
  if (state.duplicates) errors.push(`${state.duplicates} spans arrived more than once`);
  for (const s of spans) {
    const st = BigInt(s.startTimeUnixNano || '0'), en = BigInt(s.endTimeUnixNano || '0');
    if (st === 0n || en < st) errors.push(`span ${s.name}: start ${st} end ${en}`);
    if (s.parentSpanId) {
      const p = byId.get(s.parentSpanId);
      if (p) {
        if (p.traceId !== s.traceId) errors.push(`span ${s.name}: trace ${s.traceId} differs from its parent's ${p.traceId}`);
        const ps = BigInt(p.startTimeUnixNano), pe = BigInt(p.endTimeUnixNano);
        if (st < ps || en > pe) errors.push(`span ${s.name} [${st}, ${en}] is not inside its parent ${p.name} [${ps}, ${pe}]`);
      } else if (s.parentSpanId !== remote) {
        errors.push(`span ${s.name}: parent ${s.parentSpanId} never arrived`);
      }
    }
    // what lenient receivers rely on, as the OpenTelemetry JS SDK writes it
    if (!s.status || typeof s.status.code !== 'number') errors.push(`span ${s.name}: no status.code`);
    if (!Array.isArray(s.links)) errors.push(`span ${s.name}: no links array`);
    if (!Array.isArray(s.events)) errors.push(`span ${s.name}: no events array`);
    const code = (s.status && s.status.code) || 0;
    if (![0, 1, 2].includes(code)) errors.push(`span ${s.name}: status code ${code}`);
    if (code !== 2 && s.status && s.status.message) errors.push(`span ${s.name}: a message without an ERROR status`);
    for (const ev of s.events || []) {
      if (ev.name === 'exception') {
        if (code !== 2) errors.push(`span ${s.name}: exception event but status ${code}`);
        const t = attrOf(ev.attributes, 'exception.type'), m = attrOf(ev.attributes, 'exception.message');
        if (!t || !m) errors.push(`span ${s.name}: exception event without exception.type and exception.message`);
      }
      const et = BigInt(ev.timeUnixNano || '0');
      if (et < st || et > en) errors.push(`span ${s.name}: event ${ev.name} at ${et} outside the span`);
    }
  }
  const service = q.get('service');
  if (service !== null) {
    if (!state.resources.length) errors.push('no resource arrived');
    for (const r of state.resources) {
      const keys = (r.attributes || []).map((a) => a.key);
      if (new Set(keys).size !== keys.length) errors.push(`resource has a key twice: ${keys.join(',')}`);
      const inst = attrOf(r.attributes, 'service.instance.id');
      if (!inst || !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(inst.stringValue || ''))
        errors.push(`resource service.instance.id ${JSON.stringify(inst)} is not a UUID v4`);
      const v = attrOf(r.attributes, 'service.name');
      if (!v || v.stringValue !== service) errors.push(`resource service.name ${JSON.stringify(v)} instead of ${service}`);
    }
  }
  if (q.get('input') !== null || q.get('output') !== null) {
    const want = { input: q.get('input'), output: q.get('output') };
    const got = {};
    let found = false;
    for (const rm of (state.lastMetrics && state.lastMetrics.resourceMetrics) || []) {
      for (const sm of rm.scopeMetrics || []) {
        for (const m of sm.metrics || []) {
          if (m.name !== 'prompt_size') continue;
          found = true;
          if (m.unit !== '1') errors.push(`prompt_size unit ${m.unit}`);
          if (m.description !== 'Counts the number of tokens in the prompt.') errors.push(`prompt_size description ${m.description}`);
          if (!m.sum) { errors.push('prompt_size is not a sum'); continue; }
          if (m.sum.isMonotonic !== true) errors.push('prompt_size is not monotonic');
          if (m.sum.aggregationTemporality !== 2) errors.push(`prompt_size temporality ${m.sum.aggregationTemporality}, not cumulative (2)`);
          for (const dp of m.sum.dataPoints || []) {
            const d = attrOf(dp.attributes, 'direction');
            const dir = d && d.stringValue;
            if (dir !== 'input' && dir !== 'output') errors.push(`prompt_size direction ${JSON.stringify(d)}`);
            got[dir] = dp.asInt;
            if (BigInt(dp.startTimeUnixNano) > BigInt(dp.timeUnixNano)) errors.push('prompt_size start after time');
          }
        }
      }
    }
    if (!found) errors.push('no prompt_size metric arrived');
    for (const k of ['input', 'output'])
      if (want[k] !== null && got[k] !== want[k]) errors.push(`prompt_size{direction=${k}} = ${got[k]}, the program counted ${want[k]}`);
  }
  if (q.get('genai') !== null) checkGenai(q, spans, errors);
  return errors;
}

// The GenAI semantic conventions (v1.41.1): LLM-call, agent and tool spans, and the histograms,
// with totals the program counted (tokens=input,output; cost=micro-dollars; calls=LLM calls).
const TOKEN_BOUNDS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];
const DURATION_BOUNDS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];
const str = (v) => v && v.stringValue;
function checkGenai(q, spans, errors) {
  let calls = 0, agents = 0, tools = 0, spanIn = 0, spanOut = 0, spanCost = 0;
  for (const s of spans) {
    const op = str(attrOf(s.attributes, 'gen_ai.operation.name'));
    if (!op) continue;
    const where = `span ${s.name}`;
    if (op === 'invoke_agent') {
      agents++;
      const name = str(attrOf(s.attributes, 'gen_ai.agent.name'));
      if (s.name !== (name ? `invoke_agent ${name}` : 'invoke_agent')) errors.push(`${where}: an agent span's name is not "invoke_agent {gen_ai.agent.name}"`);
      if (s.kind !== 1 && s.kind !== 3) errors.push(`${where}: kind ${s.kind}, not INTERNAL or CLIENT`);
      continue;
    }
    if (op === 'execute_tool') {
      tools++;
      const name = str(attrOf(s.attributes, 'gen_ai.tool.name'));
      if (s.name !== `execute_tool ${name}`) errors.push(`${where}: a tool span's name is not "execute_tool {gen_ai.tool.name}"`);
      if (s.kind !== 1) errors.push(`${where}: kind ${s.kind}, not INTERNAL`);
      if (!str(attrOf(s.attributes, 'gen_ai.tool.type'))) errors.push(`${where}: no gen_ai.tool.type`);
      continue;
    }
    calls++;
    const model = str(attrOf(s.attributes, 'gen_ai.request.model'));
    if (s.name !== (model ? `${op} ${model}` : op)) errors.push(`${where}: not named "{gen_ai.operation.name} {gen_ai.request.model}"`);
    if (s.kind !== 3) errors.push(`${where}: kind ${s.kind}, not CLIENT (3)`);
    if (!str(attrOf(s.attributes, 'gen_ai.provider.name'))) errors.push(`${where}: no gen_ai.provider.name (required)`);
    for (const k of ['gen_ai.usage.input_tokens', 'gen_ai.usage.output_tokens', 'prompt_size', 'output_size']) {
      const v = attrOf(s.attributes, k);
      if (!v || typeof v.intValue !== 'string') errors.push(`${where}: ${k} is not an int (${JSON.stringify(v)})`);
    }
    spanIn += Number(attrOf(s.attributes, 'gen_ai.usage.input_tokens')?.intValue || 0);
    spanOut += Number(attrOf(s.attributes, 'gen_ai.usage.output_tokens')?.intValue || 0);
    spanCost += Number(attrOf(s.attributes, 'twtrace.cost.micros')?.intValue || 0);
    const fr = attrOf(s.attributes, 'gen_ai.response.finish_reasons');
    if (fr && !(fr.arrayValue && Array.isArray(fr.arrayValue.values) && fr.arrayValue.values.every((x) => typeof x.stringValue === 'string')))
      errors.push(`${where}: gen_ai.response.finish_reasons is not a string array`);
    for (const k of ['gen_ai.input.messages', 'gen_ai.output.messages', 'gen_ai.system_instructions']) {
      const v = str(attrOf(s.attributes, k));
      if (v === undefined) continue;
      let parsed;
      try { parsed = JSON.parse(v); } catch (e) { errors.push(`${where}: ${k} is not JSON: ${e.message}`); continue; }
      if (!Array.isArray(parsed)) { errors.push(`${where}: ${k} is not an array`); continue; }
      for (const m of parsed) {
        const parts = k === 'gen_ai.system_instructions' ? [m] : m.parts;
        if (k !== 'gen_ai.system_instructions' && typeof m.role !== 'string') errors.push(`${where}: ${k} message without a role`);
        if (k === 'gen_ai.output.messages' && typeof m.finish_reason !== 'string') errors.push(`${where}: output message without finish_reason`);
        if (!Array.isArray(parts) || !parts.every((p) => p.type === 'text' && typeof p.content === 'string')) errors.push(`${where}: ${k} parts are not text parts`);
      }
    }
  }
  const [wantIn, wantOut] = (q.get('tokens') || ',').split(',');
  if (q.get('calls') !== null && calls !== Number(q.get('calls'))) errors.push(`${calls} LLM-call spans arrived, the program made ${q.get('calls')}`);
  if (q.get('agents') !== null && agents !== Number(q.get('agents'))) errors.push(`${agents} agent spans arrived, not ${q.get('agents')}`);
  if (q.get('tools') !== null && tools !== Number(q.get('tools'))) errors.push(`${tools} tool spans arrived, not ${q.get('tools')}`);
  if (wantIn && spanIn !== Number(wantIn)) errors.push(`the spans' gen_ai.usage.input_tokens add up to ${spanIn}, the program recorded ${wantIn}`);
  if (wantOut && spanOut !== Number(wantOut)) errors.push(`the spans' gen_ai.usage.output_tokens add up to ${spanOut}, the program recorded ${wantOut}`);
  if (q.get('cost') !== null && spanCost !== Number(q.get('cost'))) errors.push(`the spans' twtrace.cost.micros add up to ${spanCost}, the program recorded ${q.get('cost')}`);
  // the metrics
  const metrics = new Map();
  for (const rm of (state.lastMetrics && state.lastMetrics.resourceMetrics) || [])
    for (const sm of rm.scopeMetrics || []) for (const m of sm.metrics || []) metrics.set(m.name, m);
  const hist = (name, unit, bounds) => {
    const m = metrics.get(name);
    if (!m) { errors.push(`no ${name} metric arrived`); return []; }
    if (m.unit !== unit) errors.push(`${name}: unit ${m.unit}, not ${unit}`);
    if (!m.histogram) { errors.push(`${name} is not a histogram`); return []; }
    if (m.histogram.aggregationTemporality !== 2) errors.push(`${name}: temporality ${m.histogram.aggregationTemporality}, not cumulative (2)`);
    for (const dp of m.histogram.dataPoints || []) {
      const counts = (dp.bucketCounts || []).map(BigInt);
      if (JSON.stringify(dp.explicitBounds) !== JSON.stringify(bounds)) errors.push(`${name}: bounds ${JSON.stringify(dp.explicitBounds)}, not the conventions'`);
      if (counts.length !== bounds.length + 1) errors.push(`${name}: ${counts.length} bucket counts for ${bounds.length} bounds`);
      if (counts.reduce((a, b) => a + b, 0n) !== BigInt(dp.count)) errors.push(`${name}: bucket counts add up to ${counts.reduce((a, b) => a + b, 0n)}, count is ${dp.count}`);
      for (const k of ['gen_ai.operation.name', 'gen_ai.provider.name'])
        if (!str(attrOf(dp.attributes, k))) errors.push(`${name}: a point without ${k} (required)`);
      if (Number(dp.count) > 0 && !(dp.min <= dp.max)) errors.push(`${name}: min ${dp.min} max ${dp.max}`);
    }
    return m.histogram.dataPoints || [];
  };
  const usage = hist('gen_ai.client.token.usage', '{token}', TOKEN_BOUNDS);
  const sums = { input: 0, output: 0 };
  for (const dp of usage) {
    const t = str(attrOf(dp.attributes, 'gen_ai.token.type'));
    if (t !== 'input' && t !== 'output') errors.push(`gen_ai.client.token.usage: gen_ai.token.type ${t}`);
    else sums[t] += dp.sum;
  }
  if (wantIn && sums.input !== Number(wantIn)) errors.push(`gen_ai.client.token.usage{input} sums to ${sums.input}, the program recorded ${wantIn}`);
  if (wantOut && sums.output !== Number(wantOut)) errors.push(`gen_ai.client.token.usage{output} sums to ${sums.output}, the program recorded ${wantOut}`);
  const dur = hist('gen_ai.client.operation.duration', 's', DURATION_BOUNDS);
  const n = dur.reduce((a, dp) => a + Number(dp.count), 0);
  if (q.get('calls') !== null && n !== Number(q.get('calls'))) errors.push(`gen_ai.client.operation.duration counts ${n} calls, the program made ${q.get('calls')}`);
  if (q.get('streamed') !== null) {
    const ttfc = hist('gen_ai.client.operation.time_to_first_chunk', 's', DURATION_BOUNDS);
    const nt = ttfc.reduce((a, dp) => a + Number(dp.count), 0);
    if (nt !== Number(q.get('streamed'))) errors.push(`time_to_first_chunk counts ${nt}, the program streamed ${q.get('streamed')} calls`);
  }
  if (q.get('cost') !== null) {
    const m = metrics.get('twtrace.gen_ai.cost');
    const total = m && m.sum ? m.sum.dataPoints.reduce((a, dp) => a + Number(dp.asInt), 0) : -1;
    if (total !== Number(q.get('cost'))) errors.push(`twtrace.gen_ai.cost adds up to ${total}, the program recorded ${q.get('cost')}`);
  }
}

function reportText() {
  const names = {};
  for (const s of state.spans.values()) names[s.name] = (names[s.name] || 0) + 1;
  const h = state.lastHeaders;
  return [
    `requests=${state.requests}`, `trace_requests=${state.traceRequests}`, `traces=${state.traces}`, `metrics=${state.metrics}`, `spans=${state.spans.size}`,
    `duplicates=${state.duplicates}`, `schema_errors=${state.schemaErrors.length}`, `gzip=${state.gzip}`,
    `connections=${state.connections}`, `max_body=${state.maxBody}`, `path=${state.lastPath}`,
    `x-api-key=${h['x-api-key'] || ''}`, `x-team=${h['x-team'] || ''}`, `x-signal=${h['x-signal'] || ''}`,
    `names=${JSON.stringify(names)}`, `tls_errors=${state.tlsErrors || 0}`, `client_cn=${state.lastClientCert || ''}`, ...state.schemaErrors.slice(0, 5).map((e) => `error=${e}`),
  ].join('\n') + '\n';
}

let dataServer = null;
let dataPort = 0;
function openData() {
  return new Promise((resolve) => {
    dataServer = http.createServer((req, res) => {
      handleData(req, res).catch((e) => { state.schemaErrors.push('receiver: ' + e.stack); res.destroy(); });
    });
    dataServer.keepAliveTimeout = 30000;
    dataServer.on('connection', () => state.connections++);
    dataServer.listen(dataPort, '127.0.0.1', () => { dataPort = dataServer.address().port; resolve(); });
  });
}
function closeData() {
  return new Promise((resolve) => {
    if (!dataServer) return resolve();
    dataServer.close(() => resolve());
    dataServer.closeAllConnections();
    dataServer = null;
  });
}

const control = http.createServer(async (req, res) => {
  const u = new URL(req.url, 'http://x');
  let out = 'ok\n';
  if (u.pathname === '/reset') { reset(); if (!dataServer) await openData(); }
  else if (u.pathname === '/script') state.script = (u.searchParams.get('s') || '').split(',').filter(Boolean);
  else if (u.pathname === '/close') await closeData();
  else if (u.pathname === '/mode') state.mode = u.searchParams.get('m') || '200';
  else if (u.pathname === '/lean') state.lean = true;
  else if (u.pathname === '/open') { if (!dataServer) await openData(); }
  else if (u.pathname === '/report') out = reportText();
  else if (u.pathname === '/check') { const e = check(u.searchParams); out = e.length ? e.slice(0, 20).join('\n') + '\n' : 'ok\n'; }
  else if (u.pathname === '/attr') out = `len=${state.attrs.get(u.searchParams.get('key')) ?? -1}\n`;
  else { res.writeHead(404); res.end('unknown control\n'); return; }
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Connection': 'close', 'Content-Length': Buffer.byteLength(out) });
  res.end(out);
});

function listenTls(mutual) {
  const dir = process.env.TLS_DIR;
  const opts = { cert: fs.readFileSync(`${dir}/server.crt`), key: fs.readFileSync(`${dir}/server.key`) };
  if (mutual) Object.assign(opts, { ca: fs.readFileSync(`${dir}/ca.crt`), requestCert: true, rejectUnauthorized: true });
  const srv = https.createServer(opts, (req, res) => {
    if (mutual) state.lastClientCert = (req.socket.getPeerCertificate() || {}).subject?.CN || '';
    handleData(req, res).catch((e) => { state.schemaErrors.push('receiver: ' + e.stack); res.destroy(); });
  });
  srv.keepAliveTimeout = 30000;
  srv.on('secureConnection', () => state.connections++);
  srv.on('tlsClientError', () => state.tlsErrors = (state.tlsErrors || 0) + 1);
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv.address().port)));
}

await openData();
const tlsPorts = process.env.TLS_DIR ? [await listenTls(false), await listenTls(true)] : [];
control.listen(0, '127.0.0.1', () => {
  fs.writeFileSync(process.argv[2], [dataPort, control.address().port, ...tlsPorts].join(' ') + '\n');
});
process.on('SIGTERM', () => process.exit(0));
