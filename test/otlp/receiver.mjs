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
  return errors;
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
