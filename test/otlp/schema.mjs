// schema.mjs - checks an OTLP/HTTP JSON request against the official opentelemetry-proto message
// definitions, as generated into @opentelemetry/otlp-proto-exporter-base (0.51.1) and run by
// protobufjs.
//
// The OTLP-JSON mapping is applied first, strictly: trace and span ids must be lowercase hex of
// exactly 32 and 16 digits (they become bytes), 64-bit integers must be decimal strings, enums
// integers. The request then goes through the generated fromObject (which keeps only the fields the
// definitions know, converting each to its declared type) and back through toObject; any
// difference from the input - an unknown or misspelled field, a value of the wrong type, a number
// where a decimal string belongs - is an error that names its path.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = require('@opentelemetry/otlp-proto-exporter-base/build/src/generated/root.js');
const TYPES = {
  traces: root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest,
  metrics: root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest,
};
const ID_DIGITS = { traceId: 32, spanId: 16, parentSpanId: 16 };

// Hex ids to base64 (protobufjs' JSON form of bytes); errors for malformed ones.
function mapIds(v, path, errors) {
  if (Array.isArray(v)) return v.map((x, i) => mapIds(x, `${path}[${i}]`, errors));
  if (v === null || typeof v !== 'object') return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (k in ID_DIGITS && typeof x === 'string') {
      const n = ID_DIGITS[k];
      if (k === 'parentSpanId' && x === '') { out[k] = ''; continue; }
      if (!new RegExp(`^[0-9a-f]{${n}}$`).test(x)) errors.push(`${path}.${k}: "${x}" is not ${n} lowercase hex digits`);
      else if (/^0+$/.test(x)) errors.push(`${path}.${k}: all zero (invalid id)`);
      out[k] = Buffer.from(x, 'hex').toString('base64');
    } else {
      out[k] = mapIds(x, `${path}.${k}`, errors);
    }
  }
  return out;
}

function dropEmptyArrays(v) {
  if (Array.isArray(v)) return v.map(dropEmptyArrays);
  if (v === null || typeof v !== 'object') return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (Array.isArray(x) && x.length === 0) continue;
    out[k] = dropEmptyArrays(x);
  }
  return out;
}

function isDefault(v) {
  return v === null || v === undefined || v === 0 || v === '0' || v === '' || v === false ||
    (Array.isArray(v) && v.length === 0);
}

function diff(a, b, path, errors) {
  if (errors.length > 20) return;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      errors.push(`${path}: array shape differs from the definitions' (${JSON.stringify(a)?.slice(0, 80)})`);
      return;
    }
    a.forEach((x, i) => diff(x, b[i], `${path}[${i}]`, errors));
    return;
  }
  if (a !== null && typeof a === 'object' && b !== null && typeof b === 'object') {
    for (const k of Object.keys(a)) {
      if (!(k in b)) errors.push(`${path}.${k}: not a field of this message (unknown or misspelled)`);
      else diff(a[k], b[k], `${path}.${k}`, errors);
    }
    // the round trip writes every field (defaults: true), so that a default the body wrote (a
    // status code 0, a count of 0) is compared too; one the body left out must be a default
    for (const k of Object.keys(b)) if (!(k in a) && !isDefault(b[k])) errors.push(`${path}.${k}: appeared in the round trip`);
    return;
  }
  if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) {
    errors.push(`${path}: ${JSON.stringify(a)} (${typeof a}) comes back as ${JSON.stringify(b)} (${typeof b}): wrong type or encoding`);
  }
}

export function checkRequest(kind, obj) {
  const T = TYPES[kind];
  const errors = [];
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return ['the body is not a JSON object'];
  const mapped = mapIds(obj, kind, errors);
  let msg;
  try {
    msg = T.fromObject(mapped);
  } catch (e) {
    return [...errors, `${kind}: fromObject: ${e.message}`];
  }
  const v = T.verify(msg);
  if (v) errors.push(`${kind}: verify: ${v}`);
  // encode and decode too: the message must survive the wire format
  const back = T.toObject(T.decode(T.encode(msg).finish()), { longs: String, enums: Number, bytes: String, json: true, arrays: true, defaults: true });
  diff(dropEmptyArrays(mapped), dropEmptyArrays(back), kind, errors);
  return errors;
}
