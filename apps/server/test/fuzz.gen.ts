/**
 * The fuzz tier's generator: from one operation of the OpenAPI document, requests that are each bad
 * in at least one way the operation's schema forbids (so the server must answer 4xx and change
 * nothing), plus transport-level faults (bad JSON, wrong content type, bad URL encoding, malformed
 * multipart). Values that are valid in form are taken from `Fixture` (real ids of the test's records).
 */
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

export interface Param {
  in: 'path' | 'query';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  params: Param[];
  body?: JsonSchema;
  multipart: boolean;
}

/** A request as app.inject takes it; `why` says what is wrong with it. */
export interface BadRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  why: string;
  /** True for a request that is valid in form (a weird but legal value): 2xx is then fine. */
  validForm?: boolean;
}

/** Real ids the generator uses where a value must be valid, by parameter or field name. */
export type Fixture = (
  name: string,
  where: 'path' | 'query' | 'body',
  op: Operation,
) => number | string | undefined;

// ---------------------------------------------------------------------------------------------
// Schema helpers

export type Kind =
  | { k: 'int'; min: number; max: number }
  | { k: 'number'; min?: number; max?: number }
  | { k: 'string'; s: JsonSchema }
  | { k: 'enum'; values: unknown[] }
  | { k: 'boolean' }
  | { k: 'array'; s: JsonSchema }
  | { k: 'object'; s: JsonSchema }
  | { k: 'any' };

export class Schemas {
  constructor(private readonly components: Record<string, JsonSchema>) {}

  deref(s: JsonSchema): JsonSchema {
    let cur = s;
    for (let i = 0; cur.$ref && i < 20; i++)
      cur = this.components[cur.$ref.replace('#/components/schemas/', '')] ?? {};
    return cur;
  }

  /** The schema without its null branch, and whether null is allowed. */
  nullable(s0: JsonSchema): { s: JsonSchema; nullable: boolean } {
    const s = this.deref(s0);
    if (s.anyOf) {
      const rest = s.anyOf.filter((x) => this.deref(x).type !== 'null');
      if (rest.length !== s.anyOf.length)
        return { s: rest.length === 1 ? this.deref(rest[0]) : { anyOf: rest }, nullable: true };
    }
    if (Array.isArray(s.type) && s.type.includes('null'))
      return { s: { ...s, type: s.type.filter((t) => t !== 'null') }, nullable: true };
    return { s, nullable: false };
  }

  kind(s0: JsonSchema): Kind {
    const s = this.deref(s0);
    if (s.anyOf) {
      const int = s.anyOf.map((x) => this.deref(x)).find((x) => x.type === 'integer');
      if (int) return { k: 'int', min: int.minimum ?? -2147483648, max: int.maximum ?? 2147483647 };
      return { k: 'any' };
    }
    if (s.enum) return { k: 'enum', values: s.enum };
    if (s.const !== undefined) return { k: 'enum', values: [s.const] };
    const t = Array.isArray(s.type) ? (s.type.length === 1 ? s.type[0] : 'multi') : s.type;
    if (t === 'integer')
      return { k: 'int', min: s.minimum ?? -9007199254740991, max: s.maximum ?? 9007199254740991 };
    if (t === 'number') return { k: 'number', min: s.minimum, max: s.maximum };
    if (t === 'string') return { k: 'string', s };
    if (t === 'boolean') return { k: 'boolean' };
    if (t === 'array') return { k: 'array', s };
    if (t === 'object' || s.properties) return { k: 'object', s };
    return { k: 'any' };
  }
}

// ---------------------------------------------------------------------------------------------
// Valid values

const CANDIDATES = ['FZ_1', 'fz_1', 'II', 'abc', 'a', 'Nội dung thử', 'x1'];

function validString(s: JsonSchema): string {
  if (s.format === 'email') return 'fuzz@example.vn';
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 1000;
  if (s.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return '2026-03-16';
  const re = s.pattern ? new RegExp(s.pattern) : null;
  for (const c0 of CANDIDATES) {
    const c = c0.length < min ? c0 + 'x'.repeat(min - c0.length) : c0;
    if (c.length <= max && (!re || re.test(c))) return c;
  }
  return 'x'.repeat(Math.max(min, 1));
}

export function validValue(
  sc: Schemas,
  s0: JsonSchema,
  name: string,
  where: 'path' | 'query' | 'body',
  op: Operation,
  fixture: Fixture,
  depth = 0,
): unknown {
  const { s } = sc.nullable(s0);
  const k = sc.kind(s);
  const fromFixture = fixture(name, where, op);
  switch (k.k) {
    case 'int': {
      if (fromFixture !== undefined) return where === 'body' ? Number(fromFixture) : String(fromFixture);
      const v = Math.min(Math.max(k.min, name.toLowerCase().includes('year') ? 2026 : 1), k.max);
      return where === 'body' ? v : String(v);
    }
    case 'number':
      return 1;
    case 'string':
      return fromFixture !== undefined ? String(fromFixture) : validString(k.s);
    case 'enum':
      return k.values[0];
    case 'boolean':
      return where === 'body' ? false : 'false';
    case 'array': {
      const n = Math.max(k.s.minItems ?? 0, 0);
      return Array.from({ length: n }, () =>
        validValue(sc, k.s.items ?? {}, name, where, op, fixture, depth + 1),
      );
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const r of k.s.required ?? [])
        if (k.s.properties?.[r] && depth < 6)
          out[r] = validValue(sc, k.s.properties[r], r, where, op, fixture, depth + 1);
      return out;
    }
    default:
      return where === 'body' ? 'x' : 'x';
  }
}

// ---------------------------------------------------------------------------------------------
// Bad values

/** Spellings of numbers that are not the canonical decimal one, or out of int4. As raw URL text. */
const BAD_INT_TEXT = [
  '0x10',
  '1e0',
  '%2022',
  '22%20',
  '22.0',
  '%2B5',
  '007',
  '%0A1',
  '2147483648',
  '99999999999999999999',
  '-1',
  'abc',
  '',
  '1%2C5',
  'NaN',
  'Infinity',
  '%D9%A3',
  '1%002',
  '0',
  '1_000',
  '0b11',
  '%E2%80%8B1',
];
const BAD_DATES = [
  '2026-02-30',
  '2026-13-45',
  '2026-00-10',
  '2026-04-31',
  '2025-02-29',
  '1899-12-31',
  '2101-01-01',
  '0000-00-00',
  '2026-2-3',
  '26-03-16',
  '2026-03-16T00:00:00Z',
  '20260316',
];

function badInts(
  k: { min: number; max: number },
  where: 'path' | 'query' | 'body',
): { v: unknown; raw?: string; why: string }[] {
  if (where !== 'body') {
    const out: { v: unknown; raw?: string; why: string }[] = BAD_INT_TEXT.map((t) => ({
      v: t,
      raw: t,
      why: `số không chuẩn '${t}'`,
    }));
    if (k.min > -2147483648) out.push({ v: String(k.min - 1), raw: String(k.min - 1), why: 'dưới cận' });
    if (k.max < 2147483647) out.push({ v: String(k.max + 1), raw: String(k.max + 1), why: 'trên cận' });
    return out;
  }
  const out: { v: unknown; why: string }[] = [
    { v: 2147483648, why: '2^31' },
    { v: -2147483649, why: '-2^31-1' },
    { v: 1e308, why: '1e308' },
    { v: 1.5, why: 'số lẻ' },
    { v: '1e0', why: 'chuỗi 1e0' },
    { v: '0x10', why: 'chuỗi 0x10' },
    { v: ' 22', why: 'chuỗi có dấu cách' },
    { v: true, why: 'boolean' },
    { v: [], why: 'mảng' },
    { v: {}, why: 'đối tượng' },
    { v: 2 ** 53 + 2, why: 'quá 2^53' },
  ];
  if (k.min > -9007199254740991) out.push({ v: k.min - 1, why: 'dưới cận' });
  if (k.max < 9007199254740991) out.push({ v: k.max + 1, why: 'trên cận' });
  return out;
}

function insertNul(s: string): string {
  return s.length > 1 ? s.slice(0, 1) + '\u0000' + s.slice(1) : s + '\u0000';
}

/** Values the schema forbids, for one field. `raw` is URL text to put as is (path and query). */
export function badValues(
  sc: Schemas,
  s0: JsonSchema,
  where: 'path' | 'query' | 'body',
  valid: unknown,
): { v: unknown; raw?: string; why: string }[] {
  const { s, nullable } = sc.nullable(s0);
  const k = sc.kind(s);
  const out: { v: unknown; raw?: string; why: string }[] = [];
  if (where === 'body' && !nullable) out.push({ v: null, why: 'null' });
  const str = typeof valid === 'string' ? valid : 'abc';
  const nul = { v: insertNul(str), raw: encodeURIComponent(insertNul(str)), why: 'byte NUL' };
  switch (k.k) {
    case 'int':
      out.push(...badInts(k, where));
      if (where !== 'body') out.push(nul);
      break;
    case 'number':
      if (where === 'body') {
        out.push({ v: '5', why: 'chuỗi' }, { v: true, why: 'boolean' }, { v: [], why: 'mảng' });
        if (k.max !== undefined) out.push({ v: k.max * 10 + 1, why: 'trên cận' });
        if (k.min !== undefined) out.push({ v: k.min * 10 - 1, why: 'dưới cận' });
      }
      break;
    case 'string': {
      if (k.s.maxLength !== undefined) {
        const long = (str || 'x').repeat(
          Math.ceil((k.s.maxLength + 1) / Math.max(1, (str || 'x').length)) + 1,
        );
        const padded = 'ắ'.repeat(k.s.maxLength + 1);
        out.push({
          v: long.length > k.s.maxLength ? long : padded,
          raw: encodeURIComponent(padded),
          why: 'quá dài',
        });
      }
      if ((k.s.minLength ?? 0) > 0) out.push({ v: '', raw: '', why: 'rỗng' });
      if (k.s.pattern === '^\\d{4}-\\d{2}-\\d{2}$' || valid === '2026-03-16')
        out.push(...BAD_DATES.map((d) => ({ v: d, raw: encodeURIComponent(d), why: `ngày '${d}'` })));
      else if (k.s.pattern) out.push({ v: '!! %', raw: '!!%20%25', why: 'sai mẫu' });
      if (k.s.format === 'email')
        out.push({ v: 'không-phải-thư', raw: encodeURIComponent('không-phải-thư'), why: 'thư sai' });
      out.push(nul);
      if (where === 'body')
        out.push({ v: 12, why: 'số' }, { v: [str], why: 'mảng' }, { v: { a: 1 }, why: 'đối tượng' });
      break;
    }
    case 'enum':
      out.push({ v: 'khong_co_gia_tri_nay', raw: 'khong_co_gia_tri_nay', why: 'ngoài danh sách' }, nul);
      if (where === 'body') out.push({ v: 1, why: 'số' });
      break;
    case 'boolean':
      if (where === 'body') out.push({ v: 'true', why: 'chuỗi' }, { v: 1, why: 'số' });
      else out.push(nul);
      break;
    case 'array':
      out.push({ v: 'x', why: 'không phải mảng' }, { v: { 0: 1 }, why: 'đối tượng thay mảng' });
      if (k.s.maxItems !== undefined && k.s.maxItems <= 5000)
        out.push({
          v: Array.from({ length: k.s.maxItems + 1 }, () => validValueOf(sc, k.s.items ?? {})),
          why: 'quá nhiều phần tử',
        });
      if ((k.s.minItems ?? 0) > 0) out.push({ v: [], why: 'mảng rỗng' });
      break;
    case 'object':
      out.push({ v: 'x', why: 'không phải đối tượng' }, { v: [1, 2], why: 'mảng thay đối tượng' });
      break;
    default:
      if (where !== 'body') out.push(nul);
  }
  return out;
}

function validValueOf(sc: Schemas, s: JsonSchema): unknown {
  const k = sc.kind(sc.nullable(s).s);
  if (k.k === 'int') return Math.max(1, k.min);
  if (k.k === 'string') return validString(k.s);
  if (k.k === 'enum') return k.values[0];
  if (k.k === 'boolean') return false;
  if (k.k === 'number') return 1;
  return {};
}

// ---------------------------------------------------------------------------------------------
// Body mutations: one place in the body made bad (recursively into objects and arrays).

interface BodyCase {
  body: unknown;
  why: string;
}

function bodyCases(sc: Schemas, s0: JsonSchema, valid: unknown, path: string, depth: number): BodyCase[] {
  const s = sc.nullable(s0).s;
  const k = sc.kind(s);
  const out: BodyCase[] = [];
  for (const b of badValues(sc, s0, 'body', valid))
    out.push({ body: b.v, why: `${path || 'thân'}: ${b.why}` });
  if (depth > 5) return out;
  if (k.k === 'object' && valid && typeof valid === 'object' && !Array.isArray(valid)) {
    const obj = valid as Record<string, unknown>;
    for (const r of k.s.required ?? []) {
      const { [r]: _gone, ...rest } = obj;
      out.push({ body: rest, why: `${path}.${r}: thiếu trường bắt buộc` });
    }
    for (const [name, ps] of Object.entries(k.s.properties ?? {})) {
      const v = name in obj ? obj[name] : validValueOf(sc, ps);
      const filled = sc.kind(sc.nullable(ps).s);
      const base =
        filled.k === 'object' || filled.k === 'array'
          ? name in obj
            ? obj[name]
            : sampleContainer(sc, ps)
          : v;
      for (const c of bodyCases(sc, ps, base, `${path}.${name}`, depth + 1))
        out.push({ body: { ...obj, [name]: c.body }, why: c.why });
    }
    if (k.s.additionalProperties && typeof k.s.additionalProperties === 'object') {
      const names = k.s.propertyNames ? sc.deref(k.s.propertyNames) : {};
      if (names.maxLength !== undefined)
        out.push({ body: { ...obj, ['k'.repeat(names.maxLength + 1)]: 'x' }, why: `${path}: khóa quá dài` });
      out.push({ body: { ...obj, ['a\u0000b']: 'x' }, why: `${path}: khóa có NUL` });
      for (const c of bodyCases(
        sc,
        k.s.additionalProperties,
        validValueOf(sc, k.s.additionalProperties),
        `${path}.*`,
        depth + 1,
      ))
        out.push({ body: { ...obj, II: c.body }, why: c.why });
    }
  }
  if (k.k === 'array' && k.s.items) {
    const item = sampleContainer(sc, k.s.items);
    for (const c of bodyCases(sc, k.s.items, item, `${path}[0]`, depth + 1))
      out.push({ body: [c.body], why: c.why });
  }
  return out;
}

function sampleContainer(sc: Schemas, s: JsonSchema): unknown {
  const k = sc.kind(sc.nullable(s).s);
  if (k.k === 'object') {
    const o: Record<string, unknown> = {};
    for (const r of k.s.required ?? [])
      if (k.s.properties?.[r]) o[r] = sampleContainer(sc, k.s.properties[r]);
    return o;
  }
  if (k.k === 'array') return [];
  return validValueOf(sc, s);
}

// ---------------------------------------------------------------------------------------------
// Requests

function fillPath(op: Operation, vals: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, n: string) => vals[n]);
}

function queryString(pairs: [string, string][]): string {
  return pairs.length ? '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&') : '';
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function multipartCases(): { headers: Record<string, string>; payload: string | Buffer; why: string }[] {
  const b = 'fuzzboundary';
  const part = (name: string, filename: string | null, content: string | Buffer) =>
    Buffer.concat([
      Buffer.from(
        `--${b}\r\nContent-Disposition: form-data; name="${name}"${filename !== null ? `; filename="${filename}"` : ''}\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.isBuffer(content) ? content : Buffer.from(content),
      Buffer.from('\r\n'),
    ]);
  const end = Buffer.from(`--${b}--\r\n`);
  const ct = { 'content-type': `multipart/form-data; boundary=${b}` };
  return [
    {
      headers: ct,
      payload: Buffer.concat([part('file', 'a.pdf', PDF)]),
      why: 'multipart cắt cụt (không có phần kết)',
    },
    {
      headers: ct,
      payload: Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n`),
      why: 'multipart cắt giữa tiêu đề',
    },
    { headers: ct, payload: Buffer.from('không phải multipart'), why: 'multipart không có ranh giới' },
    {
      headers: { 'content-type': 'multipart/form-data' },
      payload: Buffer.concat([part('file', 'a.pdf', PDF), end]),
      why: 'thiếu boundary',
    },
    {
      headers: { 'content-type': 'multipart/form-data; boundary=khac' },
      payload: Buffer.concat([part('file', 'a.pdf', PDF), end]),
      why: 'boundary sai',
    },
    {
      headers: ct,
      payload: Buffer.concat([part('file', 'a.pdf', PDF), part('file', 'b.pdf', PDF), end]),
      why: 'hai tệp',
    },
    { headers: ct, payload: Buffer.concat([part('note', null, 'x'), end]), why: 'không có tệp' },
    { headers: ct, payload: Buffer.concat([part('file', 'a.pdf', Buffer.alloc(0)), end]), why: 'tệp rỗng' },
    {
      headers: ct,
      payload: Buffer.concat([
        ...Array.from({ length: 30 }, (_, i) => part(`f${i}`, null, 'x')),
        part('file', 'a.pdf', PDF),
        end,
      ]),
      why: 'quá nhiều trường',
    },
    {
      headers: ct,
      payload: Buffer.concat([Buffer.from(`--${b}\r\nContent-Disposition: form-data\r\n\r\nx\r\n`), end]),
      why: 'phần không có tên',
    },
    {
      headers: ct,
      payload: Buffer.concat([part('file', 'a.exe', Buffer.from('MZ\x90\x00')), end]),
      why: 'tệp thực thi',
    },
    { headers: { 'content-type': 'application/json' }, payload: '{"file":"x"}', why: 'JSON thay multipart' },
    { headers: { 'content-type': 'text/plain' }, payload: 'x', why: 'text/plain thay multipart' },
  ];
}

/** Every bad request the generator knows for `op`, in a stable order. */
export function allBadRequests(sc: Schemas, op: Operation, fixture: Fixture, seed: number): BadRequest[] {
  const out: BadRequest[] = [];
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const goodPath: Record<string, string> = {};
  for (const p of pathParams)
    goodPath[p.name] = String(validValue(sc, p.schema, p.name, 'path', op, fixture));
  const goodQuery: [string, string][] = [];
  for (const p of queryParams) {
    const v = fixture(p.name, 'query', op);
    if (p.required || v !== undefined)
      goodQuery.push([
        p.name,
        encodeURIComponent(String(v ?? validValue(sc, p.schema, p.name, 'query', op, fixture))),
      ]);
  }
  const hasBody = op.body !== undefined;
  const goodBody = hasBody ? validValue(sc, op.body!, '', 'body', op, fixture) : undefined;
  const jsonHeaders = { 'content-type': 'application/json' };
  const base = (url: string, extra: Partial<BadRequest> & { why: string }): BadRequest => ({
    method: op.method,
    url,
    headers: hasBody ? jsonHeaders : {},
    ...(hasBody ? { payload: JSON.stringify(goodBody) } : {}),
    ...extra,
  });
  const goodUrl = fillPath(op, goodPath) + queryString(goodQuery);

  // path parameters
  for (const p of pathParams) {
    const bads = [
      ...badValues(sc, p.schema, 'path', goodPath[p.name]),
      { raw: '%E0%A4%A', why: 'mã hóa URL sai' },
      { raw: '9'.repeat(120), why: 'tham số quá dài' },
      { raw: '2147483647', why: 'id hợp lệ nhưng không tồn tại', notFound: true },
      { raw: '%2e%2e', why: "'..'" },
    ];
    for (const b of bads) {
      if (b.raw === undefined || b.raw === '') continue;
      out.push(
        base(fillPath(op, { ...goodPath, [p.name]: b.raw }) + queryString(goodQuery), {
          why: `đường dẫn ${p.name}: ${b.why}`,
        }),
      );
    }
  }
  // query parameters
  for (const p of queryParams) {
    const rest = goodQuery.filter(([k]) => k !== p.name);
    for (const b of badValues(sc, p.schema, 'query', undefined)) {
      if (b.raw === undefined) continue;
      if (b.raw === '' && !p.required && sc.kind(sc.nullable(p.schema).s).k === 'string') continue;
      out.push(
        base(fillPath(op, goodPath) + queryString([...rest, [p.name, b.raw]]), {
          why: `truy vấn ${p.name}: ${b.why}`,
        }),
      );
    }
    if (p.required)
      out.push(base(fillPath(op, goodPath) + queryString(rest), { why: `truy vấn ${p.name}: thiếu` }));
    const v = goodQuery.find(([k]) => k === p.name)?.[1] ?? '1';
    out.push(
      base(fillPath(op, goodPath) + queryString([...rest, [p.name, v], [p.name, v]]), {
        why: `truy vấn ${p.name}: lặp hai lần`,
      }),
    );
  }
  if (op.params.length || hasBody || op.multipart) {
    // a malformed escape in an unknown key is dropped with the key: legal, so only on a read
    if (op.method === 'GET')
      out.push({
        ...base(goodUrl + (goodQuery.length ? '&' : '?') + 'zz=%E0%A4%A&x=%', {
          why: 'truy vấn: mã hóa URL sai',
        }),
        validForm: true,
      });
    out.push(base(goodUrl + (goodQuery.length ? '&' : '?') + 'a%00b=1', { why: 'truy vấn: khóa có NUL' }));
  }
  // body
  if (hasBody) {
    for (const c of bodyCases(sc, op.body!, goodBody, '', 0))
      out.push(base(goodUrl, { payload: JSON.stringify(c.body), why: `thân ${c.why}` }));
    const bk = sc.kind(sc.nullable(op.body!).s);
    if (op.method === 'PATCH' && bk.k === 'object' && !(bk.s.required ?? []).length) {
      out.push(base(goodUrl, { payload: '{}', why: 'thân rỗng {}' }));
      out.push(
        base(goodUrl, { payload: JSON.stringify({ khongCo: 1, __x: 'y' }), why: 'thân chỉ có trường lạ' }),
      );
    }
    // junk beside a bad value
    const junk = fc.sample(
      fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
      {
        seed,
        numRuns: 3,
      },
    );
    for (const j of junk)
      out.push(base(goodUrl, { payload: JSON.stringify([j]), why: 'thân: mảng chứa rác' }));
    out.push(base(goodUrl, { payload: JSON.stringify(goodBody).replace(/\}$/, ''), why: 'JSON cắt cụt' }));
  }
  if (op.method !== 'GET' && op.method !== 'DELETE' && !op.multipart) {
    const bad = [
      ['{"a":', 'JSON hỏng'],
      ["{'a':1}", 'JSON dấu nháy đơn'],
      ['{"a":1e400,', 'JSON hỏng, số vô hạn'],
      ['', 'thân trống khai báo JSON'],
      ['{"__proto__":{"x":1}}', '__proto__'],
      ['{"constructor":{"prototype":{"x":1}}}', 'constructor.prototype'],
      ['\u0000', 'NUL thay JSON'],
      ['['.repeat(5000) + ']'.repeat(5000), 'mảng lồng sâu'],
    ] as const;
    // an operation without a body ignores a well-formed one: only malformed bodies are bad there
    for (const [payload, why] of bad)
      if (hasBody || !['__proto__', 'constructor.prototype', 'mảng lồng sâu'].includes(why))
        out.push(base(goodUrl, { headers: jsonHeaders, payload, why }));
    if (hasBody) {
      out.push(
        base(goodUrl, {
          headers: { 'content-type': 'text/plain' },
          payload: 'xin chào',
          why: 'sai Content-Type (text/plain)',
        }),
      );
      out.push(
        base(goodUrl, {
          headers: { 'content-type': 'application/xml' },
          payload: '<a/>',
          why: 'sai Content-Type (xml)',
        }),
      );
      out.push(
        base(goodUrl, {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'a=1',
          why: 'sai Content-Type (form)',
        }),
      );
    }
    out.push(
      base(goodUrl, {
        headers: jsonHeaders,
        payload: JSON.stringify({ x: 'y'.repeat(2 * 1024 * 1024 + 10) }),
        why: 'thân quá 2 MB',
      }),
    );
  }
  if (op.multipart) {
    for (const m of multipartCases())
      out.push({
        method: op.method,
        url: goodUrl,
        headers: m.headers,
        payload: m.payload,
        why: `multipart: ${m.why}`,
      });
  }
  // weird but legal values in the query of a read: never a 5xx
  if (op.method === 'GET')
    for (const p of queryParams) {
      const k = sc.kind(sc.nullable(p.schema).s);
      if (k.k !== 'string' || k.s.pattern) continue;
      const rest = goodQuery.filter(([n]) => n !== p.name);
      for (const w of [
        "%'_\\",
        '😀',
        '%ED%A0%80',
        'a%5Cb',
        '%25%25',
        ' ',
        'Ư',
        "'; drop table users; --",
        '%EF%BF%BF',
      ])
        out.push({
          ...base(
            fillPath(op, goodPath) + queryString([...rest, [p.name, encodeURIComponent(decodeSafe(w))]]),
            {
              why: `truy vấn ${p.name}: giá trị lạ nhưng hợp lệ '${w}'`,
            },
          ),
          validForm: true,
        });
    }
  return out;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Reads the operations out of an OpenAPI 3 document. */
export function operations(doc: {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Param[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
        summary?: string;
      }
    >
  >;
}): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [m, o] of Object.entries(ops)) {
      out.push({
        method: m.toUpperCase(),
        path,
        params: o.parameters ?? [],
        body: o.requestBody?.content['application/json']?.schema,
        multipart: /multipart|\.xlsx\/\.csv|từ \.xlsx/.test(o.summary ?? '') && m === 'post',
      });
    }
  return out;
}

/** A deterministic choice of `n` of `items` (all when there are fewer), seeded. */
export function pick<T>(items: T[], n: number, seed: number): T[] {
  if (items.length <= n) return items;
  const idx = fc.sample(
    fc.shuffledSubarray(
      items.map((_, i) => i),
      { minLength: n, maxLength: n },
    ),
    { seed, numRuns: 1 },
  )[0];
  return idx.sort((a, b) => a - b).map((i) => items[i]);
}
