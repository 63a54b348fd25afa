/** Bad bodies: one place in the JSON made bad (recursively), malformed JSON, wrong content types. */
import fc from 'fast-check';
import type { BadRequest, JsonSchema, RequestBase, Schemas } from './schemas.ts';
import { badValues, validValueOf } from './values.ts';

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

/** The body's own cases, then the transport faults of a JSON request (the order is the generator's). */
export function bodyRequests(sc: Schemas, r: RequestBase, seed: number): BadRequest[] {
  const { op, hasBody, goodBody, goodUrl, jsonHeaders, base } = r;
  const out: BadRequest[] = [];
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
  return out;
}
