/** Bad path and query parameters, and weird but legal query values of a read. */
import type { BadRequest, Operation, RequestBase, Schemas } from './schemas.ts';
import { badValues } from './values.ts';

export function fillPath(op: Operation, vals: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, n: string) => vals[n]);
}

export function queryString(pairs: [string, string][]): string {
  return pairs.length ? '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&') : '';
}

/** Path parameters, query parameters, then the query's own faults (bad escape, NUL in a key). */
export function paramRequests(sc: Schemas, r: RequestBase): BadRequest[] {
  const { op, pathParams, queryParams, goodPath, goodQuery, goodUrl, hasBody, base } = r;
  const out: BadRequest[] = [];
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
  return out;
}

/** Values a read's free-text query takes without complaint; the server must still never fail. */
export function weirdQueryRequests(sc: Schemas, r: RequestBase): BadRequest[] {
  const { op, queryParams, goodPath, goodQuery, base } = r;
  const out: BadRequest[] = [];
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
