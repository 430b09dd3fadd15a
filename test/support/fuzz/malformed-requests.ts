import fc from 'fast-check';
import { type JsonSchema, leafPaths, removeAt, replaceAt, sampleOf } from './schema-samples';

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  pathParams: string[];
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
}

type OpenApiDoc = {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
};

export function operationsOf(doc: OpenApiDoc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      operationId: op.operationId,
      method: method.toUpperCase(),
      path,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      query: (op.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: p.name, required: Boolean(p.required), schema: p.schema })),
      body: op.requestBody?.content['application/json']?.schema,
    })),
  );
}

export interface FuzzRequest {
  /** What was broken, for the report: `field-type body.title=null`. */
  what: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

const HOSTILE_JSON: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2147483648,
  -2147483649,
  1e20,
  1e308,
  9007199254740993,
  '',
  ' ',
  '\u0000',
  '标题\u0000',
  '\u001b[2J',
  '\u007f',
  '\ud800',
  '😀'.repeat(3),
  'x'.repeat(70_000),
  '0x10',
  ' 1',
  '1e20',
  'Infinity',
  'NaN',
  "'; DROP TABLE members; --",
  '<script>alert(1)</script>',
  '2026-02-30',
  '9999-99-99T99:99:99Z',
  '25:61',
  '-1',
  [],
  [null],
  {},
  { a: 1 },
  [1, 2, 3],
];
const HOSTILE_TEXT = [
  '2147483648',
  '9223372036854775808',
  '1e20',
  '1e308',
  'Infinity',
  '-1',
  '0',
  '0x10',
  '%201',
  '+1',
  '1.5',
  'abc',
  '%00',
  '1%00',
  '%E4%B8',
  '%C0%AF',
  '%FF',
  '9'.repeat(40),
  '%F0%9F%98%80',
  "1'%20OR%20'1'='1",
  '..%2F..%2Fetc',
];

const encode = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function urlFor(op: Operation, pathValue: (name: string) => string, query: Record<string, string>) {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => pathValue(name));
  const search = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${v}`)
    .join('&');
  return search ? `${path}?${search}` : path;
}

function baseQuery(op: Operation): Record<string, string> {
  const query: Record<string, string> = {};
  for (const param of op.query)
    if (param.required) query[param.name] = encodeURIComponent(String(sampleOf(param.schema)));
  return query;
}

/** One request of `op` broken in exactly one way, drawn by fast-check. */
export function malformedRequest(op: Operation): fc.Arbitrary<FuzzRequest> {
  const json = { 'content-type': 'application/json' };
  const base = op.body ? sampleOf(op.body) : undefined;
  const plain = (what: string, options: Partial<FuzzRequest> = {}): FuzzRequest => ({
    what,
    method: op.method,
    url: urlFor(op, () => '1', baseQuery(op)),
    headers: base === undefined ? {} : json,
    payload: base === undefined ? undefined : JSON.stringify(base),
    ...options,
  });
  const kinds: fc.Arbitrary<FuzzRequest>[] = [];

  if (op.pathParams.length) {
    kinds.push(
      fc
        .tuple(fc.constantFrom(...op.pathParams), fc.constantFrom(...HOSTILE_TEXT))
        .map(([name, value]) =>
          plain(`path ${name}=${value}`, { url: urlFor(op, (n) => (n === name ? value : '1'), baseQuery(op)) }),
        ),
    );
  }
  const queryNames = [...op.query.map((q) => q.name), 'unknownField'];
  kinds.push(
    fc
      .tuple(fc.constantFrom(...queryNames), fc.constantFrom(...HOSTILE_TEXT))
      .map(([name, value]) =>
        plain(`query ${name}=${value}`, { url: urlFor(op, () => '1', { ...baseQuery(op), [name]: value }) }),
      ),
  );
  const required = op.query.filter((q) => q.required);
  if (required.length) {
    kinds.push(
      fc.constantFrom(...required).map((q) => {
        const query = baseQuery(op);
        delete query[q.name];
        return plain(`query missing ${q.name}`, { url: urlFor(op, () => '1', query) });
      }),
    );
  }

  if (base !== undefined) {
    const paths = leafPaths(base);
    kinds.push(
      fc.tuple(fc.constantFrom(...paths), fc.constantFrom(...HOSTILE_JSON)).map(([path, value]) =>
        plain(`body ${path.join('.') || '(whole)'}=${encode(value).slice(0, 40)}`, {
          payload: JSON.stringify(replaceAt(base, path, value)),
        }),
      ),
    );
    const requiredFields = op.body?.required ?? [];
    if (requiredFields.length) {
      kinds.push(
        fc
          .constantFrom(...requiredFields)
          .map((field) => plain(`body missing ${field}`, { payload: JSON.stringify(removeAt(base, field)) })),
      );
    }
    kinds.push(
      fc.constant(plain('body extra field', { payload: JSON.stringify({ ...(base as object), unknownField: 1 }) })),
    );
    const text = JSON.stringify(base);
    kinds.push(
      fc
        .integer({ min: 0, max: Math.max(text.length - 1, 0) })
        .map((cut) => plain(`broken JSON cut at ${cut}`, { payload: text.slice(0, cut) })),
    );
    kinds.push(
      fc
        .constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
          'application/xml',
        )
        .map((type) => plain(`content-type ${type}`, { headers: { 'content-type': type } })),
    );
    kinds.push(
      fc
        .constantFrom('\u0000', '"\\u0000"', '\xff\xfe', '{"a":', '[]'.repeat(5000), '{"__proto__":{"x":1}}', 'null')
        .map((raw) => plain(`raw body ${JSON.stringify(raw.slice(0, 20))}`, { payload: raw })),
    );
  } else if (op.method !== 'GET' && op.method !== 'DELETE') {
    kinds.push(fc.constant(plain('unexpected body', { headers: json, payload: '{"unknownField":1}' })));
  }
  return fc.oneof(...kinds);
}
