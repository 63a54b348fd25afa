/** Values for one field: valid in form (from the fixture where an id must exist), and every bad one. */
import type { Fixture, JsonSchema, Operation, Schemas } from './schemas.ts';

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
    // a canonical integer within the bounds is good input ('0' where the minimum is 0)
    const inRange = (t: string) => /^(0|-?[1-9]\d*)$/.test(t) && Number(t) >= k.min && Number(t) <= k.max;
    const out: { v: unknown; raw?: string; why: string }[] = BAD_INT_TEXT.filter((t) => !inRange(t)).map(
      (t) => ({ v: t, raw: t, why: `số không chuẩn '${t}'` }),
    );
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

export function validValueOf(sc: Schemas, s: JsonSchema): unknown {
  const k = sc.kind(sc.nullable(s).s);
  if (k.k === 'int') return Math.max(1, k.min);
  if (k.k === 'string') return validString(k.s);
  if (k.k === 'enum') return k.values[0];
  if (k.k === 'boolean') return false;
  if (k.k === 'number') return 1;
  return {};
}
