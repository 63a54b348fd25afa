/**
 * The fuzz tier's generator: from one operation of the OpenAPI document, requests that are each bad
 * in at least one way the operation's schema forbids (so the server must answer 4xx and change
 * nothing), plus transport-level faults (bad JSON, wrong content type, bad URL encoding, malformed
 * multipart). Values that are valid in form are taken from `Fixture` (real ids of the test's records).
 */
import fc from 'fast-check';
import { bodyRequests } from './fuzz.gen/bodies.ts';
import { multipartRequests } from './fuzz.gen/multipart.ts';
import { fillPath, paramRequests, queryString, weirdQueryRequests } from './fuzz.gen/params.ts';
import type { BadRequest, Fixture, JsonSchema, Operation, Param, RequestBase } from './fuzz.gen/schemas.ts';
import { Schemas } from './fuzz.gen/schemas.ts';
import { validValue } from './fuzz.gen/values.ts';

export { Schemas } from './fuzz.gen/schemas.ts';
export type { BadRequest, Fixture, JsonSchema, Kind, Operation, Param } from './fuzz.gen/schemas.ts';
export { badValues, validValue } from './fuzz.gen/values.ts';

/** Every bad request the generator knows for `op`, in a stable order. */
export function allBadRequests(sc: Schemas, op: Operation, fixture: Fixture, seed: number): BadRequest[] {
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
  const r: RequestBase = {
    op,
    pathParams,
    queryParams,
    goodPath,
    goodQuery,
    goodUrl,
    hasBody,
    goodBody,
    jsonHeaders,
    base,
  };
  return [
    ...paramRequests(sc, r),
    ...bodyRequests(sc, r, seed),
    ...multipartRequests(r),
    ...weirdQueryRequests(sc, r),
  ];
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
