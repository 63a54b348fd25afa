/** The module's verb against the hand-written SQL, alternately, results compared; EXPLAIN when a target is missed. */
import type { Database } from '../../../apps/server/src/db/client.ts';
import { RUNS, WARMUP, log, median, p95, timed, type Row } from './common.ts';
import { explain, recordStatements } from './explain.ts';

/** measure(label, target, mine, hand, same) on db: a row of the table (a failure is a row too). */
export function measurer(db: Database) {
  const measure = async <A, B>(
    label: string,
    target: (mine: number, hand: number, p: number) => { ok: boolean; text: string },
    mineFn: (n: number) => Promise<A>,
    handFn: (n: number) => Promise<B>,
    same: (a: A, b: B) => string | null,
  ): Promise<Row> => {
    try {
      return await measureOnce(label, target, mineFn, handFn, same);
    } catch (e) {
      const cause = (e as { cause?: { message?: string } }).cause?.message;
      const message = `${(e as Error).message.split('\n')[0].slice(0, 300)}${cause ? ` — ${cause}` : ''}`;
      log(`LỖI khi đo ${label}: ${message}`);
      return { label: `${label} — LỖI: ${message}`, mine: NaN, hand: NaN, p95: NaN, target: '', ok: false };
    }
  };
  const measureOnce = async <A, B>(
    label: string,
    target: (mine: number, hand: number, p: number) => { ok: boolean; text: string },
    mineFn: (n: number) => Promise<A>,
    handFn: (n: number) => Promise<B>,
    same: (a: A, b: B) => string | null,
  ): Promise<Row> => {
    const mine: number[] = [];
    const hand: number[] = [];
    for (let n = 0; n < RUNS + WARMUP; n++) {
      // alternate which goes first, so neither always finds the cache warmed by the other
      let t1: number, t2: number, a: A, b: B;
      if (n % 2) {
        [t1, a] = await timed(() => mineFn(n));
        [t2, b] = await timed(() => handFn(n));
      } else {
        [t2, b] = await timed(() => handFn(n));
        [t1, a] = await timed(() => mineFn(n));
      }
      const diff = same(a, b);
      if (diff) throw new Error(`${label}: kết quả khác nhau (${diff})`);
      if (n >= WARMUP) {
        mine.push(t1);
        hand.push(t2);
      }
    }
    const r = { mine: median(mine), hand: median(hand), p95: p95(mine) };
    const t = target(r.mine, r.hand, r.p95);
    const row: Row = { label, ...r, target: t.text, ok: t.ok };
    if (!t.ok) row.plans = await explain(db, await recordStatements(() => mineFn(0)));
    return row;
  };
  return measure;
}

export const ratio =
  (max: number, plus = 0, p95Max?: number) =>
  (mine: number, hand: number, p: number) => ({
    ok: mine <= max * hand + plus && (p95Max === undefined || p < p95Max),
    text: `≤ ${max}×${plus ? ` + ${plus} ms` : ''}${p95Max ? `, p95 < ${p95Max} ms` : ''}`,
  });
export const sameIds = (a: number[], b: number[]) =>
  a.join() === b.join() ? null : `${a.slice(0, 5)} ≠ ${b.slice(0, 5)}`;
export type HandRegister = {
  items: { id: number }[] | null;
  total: string;
  counts: Record<string, number> | null;
};
export const sameRegister = (
  a: { items: { id: number }[]; total: number; counts: Record<string, number> },
  b: HandRegister,
) =>
  sameIds(
    a.items.map((x) => x.id),
    (b.items ?? []).map((x) => Number(x.id)),
  ) ??
  (a.total !== Number(b.total) ? `tổng ${a.total} ≠ ${b.total}` : null) ??
  (JSON.stringify(Object.entries(a.counts).sort()) !== JSON.stringify(Object.entries(b.counts ?? {}).sort())
    ? 'số đếm theo trạng thái'
    : null);
