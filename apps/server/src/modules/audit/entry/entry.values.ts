/** Small helpers over the JSON of an audit entry's before/after. */
import { DERIVED_KEYS, isSecretKey } from './entry.labels.ts';

export type Json = unknown;
export type Obj = Record<string, Json>;

const MAX_TEXT = 500;

export const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isEmpty = (v: Json) =>
  v === null ||
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (isObj(v) && Object.keys(v).length === 0);
export const same = (a: Json, b: Json) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
export const toId = (v: Json): number | null => {
  const n = typeof v === 'string' && /^\d{1,10}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null;
};
export const cut = (s: string) => (s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 1).trimEnd() + '…' : s);

/** Keys shown for an object: no secrets, no derived columns, no name stored beside its id. */
export function shownKeys(o: Obj): string[] {
  return Object.keys(o).filter((k) => {
    if (isSecretKey(k) || DERIVED_KEYS.has(k)) return false;
    const m = /^(.+)Name$/.exec(k);
    if (m && (`${m[1]}Id` in o || m[1] in o)) return false;
    return true;
  });
}

/** The top-level objects of a before/after value (an array, e.g. the units merged, becomes { items }). */
export function asObj(v: Json): Obj | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return { items: v };
  if (isObj(v)) return v;
  return { value: v };
}

export function parseJson(v: Json): Json {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
