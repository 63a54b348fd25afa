import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { intParam, rows, textArray } from '../shared/sql.ts';

// Partial roll-ups (reporting_rollup_parts / reporting_rollup_partials): a large subtree's roll-up as
// the sum of its parts' stored aggregates, each part recomputed only when its fingerprint changed.
//
// A part is a set of counted units: a child of the subtree's unit (the units counted under it) or
// the subtree's unit alone with the units merged into it (part id = minus its id); a subtree small
// enough to be one part is stored under its own id. Its fingerprint is taken over the live reports of
// those units in the counted statuses: every report's id, version (it rises on every change of the
// report or its values), status and submission time, and the slices of its unit, plus the template
// (id and version) of the period. So a submission, a return, an acceptance, a reopening, a report
// created or deleted, a unit moved, merged or regrouped all change the fingerprint of the parts they
// touch, and the stored aggregates of a part are used only while they are those of the live rows.
//
// Freshness is checked on every read (one small statement over the reports, no values). The fingerprint
// is read before the aggregates are recomputed, so a change committed in between leaves a part stored
// under the older fingerprint: the next read sees a difference and recomputes it; stored aggregates
// are never older than their fingerprint. Readers that recompute the same part wait for each other
// (an advisory lock per period, part and counted statuses) and then recompute only what is still stale.
//
// The write path keeps the parts already stored up to date as well (keepStoredParts in
// rollup.repository.ts, run by every report verb in its own transaction): the parts that count the
// changed report are recomputed there, after that part's lock, so the next read finds them fresh and
// pays nothing. What bypasses the verbs (SQL by hand, an import, a change to the tree) is caught by the
// readers' check as before: the upkeep saves the readers work, the fingerprint keeps them right.
//
// A subtree read as one part (60 to 999 units: a province) whose part is stale, on the server's own
// handle (storePartsAfterAnswer), is answered from the values, as a smaller subtree is, and its part
// stored right after the answer, in a transaction of its own (refreshAfterAnswer): the first read
// after a change that went around the verbs costs a live read, not a live read and the part's
// upkeep. A nation (parts per child) and a read inside a caller's transaction recompute before they
// answer, as before.

/** A counted unit, the part it belongs to, and its slices ('g:<group>', 'k:<kind>'). */
export interface PartUnit {
  id: number;
  part: number;
  slices: string[];
}

/** What a part-wise roll-up returns per period and stored slice: per indicator, and the report count. */
export interface PartialAggregate {
  reports: number;
  byIndicator: Map<
    number,
    { n: number; s: string | null; mn: string | null; mx: string | null; l: string | null }
  >;
}

/** Where a stale part is stored after the answer: the server's own handle, and where failures go. */
let afterAnswer: { db: Db; report: (message: string, err: unknown) => void } | null = null;
/** The refreshes started and not finished, by period, part, statuses and date. */
const pending = new Map<string, Promise<void>>();

/**
 * Lets reads on `db` (the server's handle, never a transaction) answer a stale part from the values
 * and store it after (null: every read recomputes first). `report` receives a refresh that failed
 * (the next read finds the part stale and tries again).
 */
export function storePartsAfterAnswer(
  db: Db | null,
  report: (message: string, err: unknown) => void = () => {},
) {
  afterAnswer = db ? { db, report } : null;
}

/** Whether a read on `db` may answer a stale part from the values and store it after. */
export const storesAfterAnswer = (db: Db) => afterAnswer !== null && afterAnswer.db === db;

/**
 * Stores a part after the answer that found it stale: `run` on the server's handle, once at a time
 * per key (a refresh of the same part asked meanwhile joins the one under way), after the current
 * turn of the event loop (the answer first).
 */
export function refreshAfterAnswer(key: string, run: (db: Db) => Promise<unknown>): void {
  if (!afterAnswer || pending.has(key)) return;
  const { db, report } = afterAnswer;
  const p = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => run(db))
    .then(
      () => {},
      (err) => report('Không lưu được phần tổng hợp báo cáo (sẽ tính lại ở lần đọc sau)', err),
    )
    .finally(() => pending.delete(key));
  pending.set(key, p);
}

/** How many refreshes after an answer are under way. */
export const storingAfterAnswer = () => pending.size;

/** Waits until every refresh started has finished (tests, the bench, and the server's close). */
export async function settleStoredParts(): Promise<void> {
  while (pending.size) await Promise.allSettled([...pending.values()]);
}

/** The sums of parts last read, by their fingerprints (least recently used first). */
const combined = new Map<string, Map<number, Map<string, PartialAggregate>>>();
const MEMO_SIZE = 64;

const unitsParam = (units: PartUnit[]) =>
  sql`unnest(${intParam(units.map((u) => u.id))}, ${intParam(units.map((u) => u.part))}, ${textArray(
    units.map((u) => u.slices.join(',')),
  )})`;

/**
 * The live fingerprint terms of each (period, part) of a subtree, as a CTE `fp(period_id, part, n, h)`
 * over `cu(id, part, th)` (each counted unit, its part per child of the subtree's unit, and a hash of
 * the kinds and groups it counts under, its slices): the number of counted reports and the XOR of a
 * hash of each one's id, version, status, submission time and its unit's slices. Counts and XORs add
 * up across parts, so the fingerprint of a subtree read as one part is its children's combined
 * (combine below): a province read on its own and the nation's part for it share one stored part.
 */
export const fingerprintCte = (q: { periodIds: number[]; statuses: readonly string[] }) =>
  sql`fp as (
      select r.period_id, cu.part, count(*)::int as n,
        bit_xor(hash_record_extended(row(r.id, r.version, r.status, r.submitted_at, cu.th), 0)) as h
      from reporting_reports r join cu on cu.id = r.unit_id
      where r.period_id = any(${intParam(q.periodIds)}) and r.level = 'unit'
        and r.status = any(${textArray([...q.statuses])})
      group by r.period_id, cu.part
    )`;

/** The live fingerprint terms of a subtree (fingerprintCte), per period and part, with its template. */
export interface LiveTerms {
  /** The parts (children of the subtree's unit, or minus its id), each with or without reports. */
  parts: number[];
  /** Per period: its template's id and version. */
  templates: Map<number, string>;
  /** Per `${period}:${part}`: the report count and the XOR of their hashes (absent: no report). */
  terms: Map<string, { n: number; h: bigint }>;
}

/** The live fingerprints of the parts read: per child, or the whole subtree as the one part `whole`. */
function combine(live: LiveTerms, periodIds: number[], whole: number | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of periodIds) {
    const fp = (parts: number[]) => {
      let n = 0;
      let h = 0n;
      for (const part of parts) {
        const t = live.terms.get(`${id}:${part}`);
        if (t) {
          n += t.n;
          h ^= t.h;
        }
      }
      return `${live.templates.get(id)}:${n}:${h}`;
    };
    if (whole !== null) out.set(`${id}:${whole}`, fp(live.parts));
    else for (const part of live.parts) out.set(`${id}:${part}`, fp([part]));
  }
  return out;
}

/** The stored fingerprints of the parts (those present). */
async function storedFingerprints(db: Db, q: { periodIds: number[]; statuses: string; parts: number[] }) {
  const r = await rows<{ period_id: number; part_id: number; fingerprint: string }>(
    db,
    sql`select period_id, part_id, fingerprint from reporting_rollup_parts
    where period_id = any(${intParam(q.periodIds)}) and part_id = any(${intParam(q.parts)})
      and statuses = ${q.statuses}`,
  );
  return new Map(r.map((x) => [`${x.period_id}:${x.part_id}`, x.fingerprint]));
}

/** Recomputes the given (period, part) pairs from the live rows and stores them under `fps`. */
async function recompute(
  db: Db,
  q: {
    statuses: readonly string[];
    key: string;
    units: PartUnit[];
    pairs: { periodId: number; part: number; fp: string }[];
  },
) {
  const periodIds = [...new Set(q.pairs.map((p) => p.periodId))];
  const units = q.units.filter((u) => q.pairs.some((p) => p.part === u.part));
  const pairs = sql`unnest(${intParam(q.pairs.map((p) => p.periodId))}, ${intParam(q.pairs.map((p) => p.part))}, ${textArray(q.pairs.map((p) => p.fp))})`;
  await db.execute(sql`delete from reporting_rollup_parts x using ${pairs} as st(period_id, part, fp)
    where x.period_id = st.period_id and x.part_id = st.part and x.statuses = ${q.key}`);
  // the report counts of each slice, with the fingerprint the part is stored under
  await db.execute(sql`with c(unit_id, part, tags) as (select * from ${unitsParam(units)}),
    st(period_id, part, fp) as (select * from ${pairs}),
    cnt as (
      select r.period_id, c.part, c.tags, count(*) as n
      from reporting_reports r join c on c.unit_id = r.unit_id
      where r.period_id = any(${intParam(periodIds)}) and r.level = 'unit' and r.status = any(${textArray([...q.statuses])})
      group by r.period_id, c.part, c.tags
    ), per as (
      select cnt.period_id, cnt.part, sl.slice, sum(cnt.n)::int as n
      from cnt cross join lateral unnest(array[''] || string_to_array(cnt.tags, ',')) as sl(slice)
      group by cnt.period_id, cnt.part, sl.slice
    )
    insert into reporting_rollup_parts (period_id, part_id, statuses, fingerprint, reports)
    select st.period_id, st.part, ${q.key}, st.fp,
      coalesce((select jsonb_object_agg(per.slice, per.n) from per where per.period_id = st.period_id and per.part = st.part), '{}'::jsonb)
    from st order by st.period_id, st.part`);
  // the values: aggregated per unit slice set first (a handful per part), then spread to the slices,
  // and stored as one row per slice (agg materialized: planned on its own it is hashed, where the
  // arrays' ordering below had it sorted, 25,000 values of a province, at three times the cost)
  await db.execute(sql`with c(unit_id, part, tags) as (select * from ${unitsParam(units)}),
    st(period_id, part, fp) as (select * from ${pairs}),
    lastids as (
      select coalesce(array_agg(li.id), '{}') as a from reporting_indicators li
      join reporting_periods lp on lp.template_id = li.template_id
      where lp.id = any(${intParam(periodIds)}) and li.aggregation = 'last'
    ), agg as materialized (
      select r.period_id, c.part, c.tags, v.indicator_id, count(v.value) as n, sum(v.value) as s,
        min(v.value) as mn, max(v.value) as mx,
        max(array[coalesce(extract(epoch from r.submitted_at)::numeric, -1e18), r.id, v.value])
          filter (where v.value is not null and v.indicator_id = any(lastids.a)) as l
      from reporting_reports r
      join c on c.unit_id = r.unit_id
      join st on st.period_id = r.period_id and st.part = c.part
      join reporting_values v on v.report_id = r.id
      cross join lastids
      where r.period_id = any(${intParam(periodIds)}) and r.level = 'unit' and r.status = any(${textArray([...q.statuses])})
      group by r.period_id, c.part, c.tags, v.indicator_id
    ), per as (
      select agg.period_id, agg.part, sl.slice, agg.indicator_id, sum(agg.n)::int as n, sum(agg.s) as s,
        min(agg.mn) as mn, max(agg.mx) as mx, max(agg.l) as l
      from agg cross join lateral unnest(array[''] || string_to_array(agg.tags, ',')) as sl(slice)
      group by agg.period_id, agg.part, sl.slice, agg.indicator_id
    )
    insert into reporting_rollup_partials (period_id, part_id, statuses, slice, indicator_ids, n, s, mn, mx,
      last_at, last_report, last_value)
    select period_id, part, ${q.key}, slice, array_agg(indicator_id order by indicator_id),
      array_agg(n order by indicator_id), array_agg(s order by indicator_id),
      array_agg(mn order by indicator_id), array_agg(mx order by indicator_id),
      array_agg(l[1] order by indicator_id), array_agg(l[2] order by indicator_id),
      array_agg(l[3] order by indicator_id)
    from per group by period_id, part, slice`);
}

/** Of the (period, part) pairs read (keys of `live`), those whose stored fingerprint is not the live one. */
async function staleParts(
  db: Db,
  q: { periodIds: number[]; key: string; parts: number[]; live: Map<string, string> },
) {
  const stored = await storedFingerprints(db, { periodIds: q.periodIds, statuses: q.key, parts: q.parts });
  return [...q.live]
    .filter(([k, fp]) => stored.get(k) !== fp)
    .map(([k, fp]) => {
      const [periodId, part] = k.split(':').map(Number);
      return { periodId, part, fp };
    });
}

/**
 * Waits for, and holds until the caller's transaction ends, the right to recompute these stored parts
 * (an advisory lock per period, part and counted statuses, taken in that order by every reader and
 * writer, so none waits on another in a cycle): recomputations of different parts run side by side.
 */
async function lockParts(db: Db, key: string, pairs: { periodId: number; part: number }[]) {
  const sorted = [...pairs].sort((x, y) => x.periodId - y.periodId || x.part - y.part);
  for (const p of sorted)
    await db.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`reporting_rollup_parts:${p.periodId}:${p.part}:${key}`}, 0))`,
    );
}

/**
 * Recomputes, of the (period, part) pairs of `live` (their live fingerprints), those still stale: the
 * caller holds their locks (lockParts), so no one else stores them meanwhile.
 */
async function refreshStale(
  db: Db,
  q: {
    periodIds: number[];
    statuses: readonly string[];
    key: string;
    parts: number[];
    live: Map<string, string>;
    units: () => PartUnit[];
  },
): Promise<number> {
  const stale = await staleParts(db, q);
  if (stale.length) await recompute(db, { statuses: q.statuses, key: q.key, units: q.units(), pairs: stale });
  return stale.length;
}

/**
 * The upkeep on the write path: brings one stored part of a period (`part`: a subtree's unit id, read
 * as one part `whole`, or minus a unit's id, that unit alone) to the live rows the caller's transaction
 * sees, recomputing it if its fingerprint is not theirs. The part's lock is taken first, so the
 * fingerprint is read after any writer that refreshed the part before has committed. Returns whether
 * the part was recomputed.
 */
export async function refreshStoredPart(
  db: Db,
  q: {
    periodId: number;
    statuses: readonly string[];
    part: number;
    live: () => Promise<LiveTerms>;
    units: () => PartUnit[];
  },
): Promise<boolean> {
  const key = [...q.statuses].sort().join(',');
  await lockParts(db, key, [{ periodId: q.periodId, part: q.part }]);
  const all = combine(await q.live(), [q.periodId], q.part > 0 ? q.part : null);
  const k = `${q.periodId}:${q.part}`;
  const fp = all.get(k);
  if (fp === undefined) return false; // the part no longer exists in the tree: nothing reads it
  const live = new Map([[k, fp]]);
  const n = await refreshStale(db, {
    periodIds: [q.periodId],
    statuses: q.statuses,
    key,
    parts: [q.part],
    live,
    units: q.units,
  });
  return n > 0;
}

/**
 * The aggregates of a subtree's counted units for each period, per stored slice asked for, from its
 * parts (one per child of its unit, or the whole subtree as the one part `whole`): parts whose stored
 * fingerprint is the live one are read as stored, the others recomputed first from `units()` (the
 * counted units with their parts and slices, listed only then). Runs on the caller's transaction (the
 * advisory locks are released when it ends).
 */
export async function partialAggregates(
  db: Db,
  q: {
    periodIds: number[];
    statuses: readonly string[];
    live: LiveTerms;
    whole: number | null;
    units: () => PartUnit[];
    slices: string[];
    /** When a part is stale: null instead of recomputing it (the caller answers from the values). */
    staleIsNull?: boolean;
  },
): Promise<Map<number, Map<string, PartialAggregate>> | null> {
  const key = [...q.statuses].sort().join(',');
  const parts = q.whole !== null ? [q.whole] : q.live.parts;
  const live = combine(q.live, q.periodIds, q.whole);
  // the sum of parts is a function of their fingerprints: kept in memory under them (any instance,
  // any change: a changed part has a new fingerprint, so a new key)
  const memoKey = `${key}|${q.slices.join(',')}|${[...live].sort().join(';')}`;
  const memo = combined.get(memoKey);
  if (memo) {
    combined.delete(memoKey);
    combined.set(memoKey, memo);
    return memo;
  }
  const stale = await staleParts(db, { periodIds: q.periodIds, key, parts, live });
  if (stale.length && q.staleIsNull) return null;
  if (stale.length) {
    // one recomputation of a part at a time; another reader (or a writer) may have just done it
    await lockParts(db, key, stale);
    const locked = new Map(stale.map((x) => [`${x.periodId}:${x.part}`, x.fp]));
    await refreshStale(db, {
      periodIds: q.periodIds,
      statuses: q.statuses,
      key,
      parts,
      live: locked,
      units: q.units,
    });
  }
  const wanted = sql`unnest(${intParam(q.periodIds.flatMap(() => parts))}, ${intParam(q.periodIds.flatMap((id) => parts.map(() => id)))})`;
  // the values and the report counts in one statement: one snapshot, even while a part is replaced.
  // The planner takes each row's arrays for ten elements (they hold one per indicator): it would sort
  // a nation's 40,000 unnested figures to group them (55 ms, spilling to disk) instead of hashing
  // them (30 ms), so sorting is discouraged for this one statement
  await db.execute(sql`set local enable_sort = off`);
  const all = await rows<Record<string, string | number | null>>(
    db,
    sql`select 'v' as kind, x.period_id, x.slice, u.indicator_id, sum(u.n)::int as n, sum(u.s) as s,
        min(u.mn) as mn, max(u.mx) as mx,
        (max(array[u.la, u.lr, u.lv]) filter (where u.la is not null))[3] as l
      from reporting_rollup_partials x join ${wanted} as w(part, period_id)
        on w.part = x.part_id and w.period_id = x.period_id
      cross join lateral unnest(x.indicator_ids, x.n, x.s, x.mn, x.mx, x.last_at, x.last_report, x.last_value)
        as u(indicator_id, n, s, mn, mx, la, lr, lv)
      where x.statuses = ${key} and x.slice = any(${textArray(q.slices)})
      group by x.period_id, x.slice, u.indicator_id
    union all
      select 'c', p.period_id, e.key, null, sum(e.value::int)::int, null, null, null, null
      from reporting_rollup_parts p cross join jsonb_each_text(p.reports) as e(key, value)
      where p.period_id = any(${intParam(q.periodIds)}) and p.part_id = any(${intParam(parts)})
        and p.statuses = ${key} and e.key = any(${textArray(q.slices)})
      group by p.period_id, e.key`,
  );
  await db.execute(sql`set local enable_sort to default`);
  const out = new Map<number, Map<string, PartialAggregate>>(
    q.periodIds.map((id) => [id, new Map(q.slices.map((s) => [s, { reports: 0, byIndicator: new Map() }]))]),
  );
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  for (const v of all) {
    const agg = out.get(Number(v.period_id))!.get(String(v.slice))!;
    if (v.kind === 'c') {
      agg.reports = Number(v.n);
      continue;
    }
    agg.byIndicator.set(Number(v.indicator_id), {
      n: Number(v.n),
      s: str(v.s),
      mn: str(v.mn),
      mx: str(v.mx),
      l: str(v.l),
    });
  }
  combined.set(memoKey, out);
  if (combined.size > MEMO_SIZE) combined.delete(combined.keys().next().value!);
  return out;
}
