import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { intParam, num, rows, textArray } from '../shared/sql.ts';
import { LRUCache } from 'lru-cache';
import * as org from '../../org/index.ts';
import {
  fingerprintCte,
  partialAggregates,
  refreshAfterAnswer,
  refreshStoredPart,
  storesAfterAnswer,
  type LiveTerms,
} from './rollup.partials.ts';

// Roll-up: one SQL over the reports of a subtree, merged units mapped to their successor. Every query
// takes the subtree (unitPath) the caller was authorised for by the period policy.

/**
 * The units whose reports count under a subtree: units inside it that were not merged away (as of
 * asOf), plus, transitively, every unit merged into one of them. A merged unit therefore counts under
 * its successor's ancestors, and never also under its own former parent.
 * As `mapped(id, under_id, under_kind, under_path, depth)`: a counted unit, the unit of the subtree it
 * counts under (itself at depth 0, else its successor) with that unit's kind and path. Only the
 * merges are walked recursively: the subtree's own units are read once, by their path, so the
 * planner counts them as it counts a path's units (the recursion, estimated at ten times its input,
 * had a nation's 4,300 units planned as 120,000 and a province's joins as a nation's).
 */
function countedUnitsCte(prefix: string, asOf: string, group?: string | null, kind?: string | null): SQL {
  return sql`sub as (
      select u.id, u.kind, u.path from org_units u
      where u.path like ${prefix}
        and not exists (select 1 from org_successions s where s.predecessor_id = u.id and s.kind = 'merge' and s.effective_date <= ${asOf})
        ${group ? sql`and exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id where ug.unit_id = u.id and g.code = ${group})` : sql``}
        ${kind ? sql`and u.kind = ${kind}` : sql``}
    ), merged(id, under_id, depth) as (
      select s.predecessor_id, sub.id, 1 from org_successions s join sub on sub.id = s.successor_id
      where s.kind = 'merge' and s.effective_date <= ${asOf}
      union
      select s.predecessor_id, m.under_id, m.depth + 1 from org_successions s join merged m on s.successor_id = m.id
      where s.kind = 'merge' and s.effective_date <= ${asOf} and m.depth < 20
    ), mapped(id, under_id, under_kind, under_path, depth) as (
      select id, id, kind, path, 0 from sub
      union all
      select m.id, m.under_id, su.kind, su.path, m.depth from merged m join sub su on su.id = m.under_id
    )`;
}

export interface RollupRow {
  indicatorId: number;
  code: string;
  sectionCode: string;
  name: string;
  unit: string;
  aggregation: string;
  numeratorCode: string | null;
  denominatorCode: string | null;
  value: number | null;
  n: number;
}

export interface RollupResult {
  rows: RollupRow[];
  reports: number;
}

/**
 * The ids of the units whose reports count under a subtree (countedUnitsCte), resolved on their own
 * first. The roll-up then filters on an array the planner counts exactly: planned on the recursive
 * CTE instead (estimated at 80 times its size at national scale), its cost crossed PostgreSQL's JIT
 * threshold and every roll-up, even a province's, paid 50 ms of JIT compilation.
 */
export async function countedUnitIds(
  db: Db,
  q: { unitPath: string; asOf: string; group?: string | null; kind?: string | null },
): Promise<number[]> {
  const r = await rows<{ id: number }>(
    db,
    sql`with recursive ${countedUnitsCte(q.unitPath + '%', q.asOf, q.group, q.kind)}
    select distinct id from mapped`,
  );
  return r.map((x) => Number(x.id));
}

/** A counted unit with the groups and kinds of the unit(s) it counts under (itself, or its successor). */
interface TaggedUnit {
  id: number;
  groups: string[];
  kinds: string[];
  /**
   * The part of the subtree it counts in: the child of the subtree's unit that holds the unit it
   * counts under, or minus the subtree unit's id when it counts under that unit itself.
   */
  part: number;
}

/**
 * The counted units of a subtree as flat rows `flat(id, kind, code, part)`: a unit, the kind of a unit
 * it counts under (itself, or its successor), one of that unit's groups (or null), and the part of the
 * subtree it counts in (TaggedUnit.part). What the live roll-up's slices and the partial roll-up's
 * parts and fingerprints are all taken from.
 */
function flatCountedCte(unitPath: string, asOf: string): SQL {
  return sql`${countedUnitsCte(unitPath + '%', asOf)}, flat as (
      select m.id, m.under_kind as kind, g.code,
        case when m.under_path = ${unitPath} then -m.under_id
          else split_part(substr(m.under_path, ${unitPath.length + 1}), '/', 1)::int end as part
      from mapped m
      left join org_unit_groups ug on ug.unit_id = m.under_id
      left join org_groups g on g.id = ug.group_id
    )`;
}

/**
 * Gathers the flat rows into counted units. They come flat and are gathered here: grouped in SQL,
 * the distinct arrays cost a sort per unit (25 ms for a nation's 4,300). A unit's part is the least
 * of its rows'.
 */
function gatherTagged(r: { id: unknown; kind: unknown; code: unknown; part: unknown }[], rootId: number) {
  const byId = new Map<number, TaggedUnit>();
  for (const x of r) {
    const id = Number(x.id);
    const kind = String(x.kind);
    const code = x.code === null ? null : String(x.code);
    const part = Number(x.part) || -rootId;
    let u = byId.get(id);
    if (!u) byId.set(id, (u = { id, groups: [], kinds: [], part }));
    if (code !== null && !u.groups.includes(code)) u.groups.push(code);
    if (!u.kinds.includes(kind)) u.kinds.push(kind);
    if (part < u.part) u.part = part;
  }
  for (const u of byId.values()) {
    u.groups.sort();
    u.kinds.sort();
  }
  return [...byId.values()];
}

const rootOf = (unitPath: string) => Number(unitPath.split('/').filter(Boolean).at(-1));

/** The stored slices a counted unit's reports feed: 'g:<group>' and 'k:<kind>', sorted. */
const slicesOf = (u: TaggedUnit) =>
  [...u.groups.map((g) => `g:${g}`), ...u.kinds.map((k) => `k:${k}`)].sort();

/** A subtree's counted units as the roll-ups use them, with their fingerprint parameters built once. */
interface Counted {
  units: TaggedUnit[];
  /** `cu(id, part, th)` of fingerprintCte: each unit, its part (per child) and its slices. */
  cu: SQL;
}

/**
 * The counted units of subtrees, by org generation, subtree and date: derived from the org tree
 * alone, they change when the tree does (a new generation, a new key), and a nation's 4,300 cost a
 * recursive statement of 10–15 ms to find again on every read.
 */
const countedCache = new LRUCache<string, Counted>({ max: 256 });

/** Every counted unit of a subtree with its groups, kinds and part, from memory when the tree is unchanged. */
async function countedUnits(db: Db, q: { unitPath: string; asOf: string }): Promise<Counted> {
  const key = (g: string) => `${g}|${q.unitPath}|${q.asOf}`;
  const hit = countedCache.get(key(await org.orgGeneration(db)));
  if (hit) return hit;
  // the generation read with the units, in one snapshot: they are stored under the tree they came from
  const r = await rows<{ id: number; kind: string; code: string | null; part: number; g: string }>(
    db,
    sql`with recursive ${flatCountedCte(q.unitPath, q.asOf)}
    select id, kind, code, part, ${org.orgGenerationSql} as g from flat`,
  );
  const units = gatherTagged(r, rootOf(q.unitPath));
  const counted: Counted = {
    units,
    cu: sql`select * from unnest(${intParam(units.map((u) => u.id))}, ${intParam(units.map((u) => u.part))}, ${textArray(units.map((u) => slicesOf(u).join(',')))})`,
  };
  // an empty subtree has no row to carry the generation: it is not kept
  if (r.length) countedCache.set(key(String(r[0].g)), counted);
  return counted;
}

/** The live fingerprint terms of a subtree's parts (fingerprintCte), per period and child part. */
async function liveTerms(
  db: Db,
  q: { periodIds: number[]; statuses: readonly string[]; counted: Counted },
): Promise<LiveTerms> {
  const r = await rows<{ period_id: number; part: number; n: number | null; h: string | null; tpl: string }>(
    db,
    sql`with cu(id, part, th) as (${q.counted.cu}), ${fingerprintCte(q)}
    select pp.id as period_id, pt.part, fp.n, fp.h::text as h, t.id || '.' || t.version as tpl
    from reporting_periods pp join reporting_templates t on t.id = pp.template_id
    cross join (select distinct part from cu) pt
    left join fp on fp.period_id = pp.id and fp.part = pt.part
    where pp.id = any(${intParam(q.periodIds)})`,
  );
  const parts = new Set<number>();
  const templates = new Map<number, string>();
  const terms = new Map<string, { n: number; h: bigint }>();
  for (const x of r) {
    const period = Number(x.period_id);
    const part = Number(x.part);
    parts.add(part);
    templates.set(period, String(x.tpl));
    if (x.n !== null) terms.set(`${period}:${part}`, { n: Number(x.n), h: BigInt(String(x.h)) });
  }
  return { parts: [...parts].sort((a, b) => a - b), templates, terms };
}

/**
 * Subtrees with at least this many counted units are rolled up from stored partial aggregates
 * (rollup.partials.ts) instead of their values: one part for the whole subtree, or, from
 * PARTS_FROM_UNITS, one per child of its unit (a nation: one per province). Smaller ones are read
 * live: their values are fewer than a cache's bookkeeping.
 */
export const PARTIALS_FROM_UNITS = 60;
export const PARTS_FROM_UNITS = 1000;

/**
 * Runs roll-up statements with PostgreSQL's JIT off (SET LOCAL: until this transaction ends, or the
 * caller's when it runs inside one, where it is a savepoint): a roll-up runs for tens of milliseconds, and compiling it costs
 * 50 ms each time once its estimated cost crosses jit_above_cost, as a national one's does when the
 * values table grows. PGlite accepts the setting too (it has no JIT).
 */
async function withoutJit<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return fn(tx as unknown as Db);
  });
}

/** One statement over a subtree's reports (its recursive CTE misestimated), with JIT off. */
const rowsWithoutJit = (db: Db, q: SQL) => withoutJit(db, (tx) => rows<Record<string, unknown>>(tx, q));

/** A part of the counted units the roll-up also totals on its own: a unit group, or a unit kind. */
export interface RollupSlice {
  key: string;
  group?: string;
  kind?: string;
}

/**
 * The roll-ups of one subtree for several periods and slices (the whole subtree, and each unit group
 * or kind asked for) in one scan of the values: every value row is read once and feeds the whole
 * subtree's aggregates and those of the slices its unit belongs to (FILTER by a bit mask per unit).
 * Each indicator by its rule: count, sum, min, max (the average is sum / count), and 'last', the value
 * of the most recently submitted report that has one (ties: the later report), as the greatest
 * [submitted_at, report id, value] triple of the 'last' indicators' rows. The reports come through
 * the (period, unit) key and their values through the covering (report, indicator, value) index: a
 * subtree reads only its own rows, whatever the size of the nation.
 * Returns, per period id, the whole subtree's result under '' and each slice's under its key.
 */
export async function rollupSlices(
  db: Db,
  q: {
    periodIds: number[];
    unitPath: string;
    asOf: string;
    statuses: readonly string[];
    slices?: RollupSlice[];
    /** Only the units of this group, or of this kind (with the units merged into them). */
    only?: { group?: string | null; kind?: string | null };
    /**
     * 'auto' (the default): by the subtree's size (PARTIALS_FROM_UNITS, PARTS_FROM_UNITS); 'live'
     * always from the values; 'whole' / 'parts' from partial aggregates, as one part or by child.
     */
    mode?: RollupMode;
  },
): Promise<Map<number, Map<string, RollupResult>>> {
  const slices = q.slices ?? [];
  if (slices.length > 30) throw new Error('rollupSlices: at most 30 slices');
  // on the server's handle (not a caller's transaction) a stale whole part is stored after the answer
  const later = storesAfterAnswer(db);
  return withoutJit(db, async (tx) => {
    const counted = await countedUnits(tx, q);
    const tagged = counted.units;
    const mode = q.mode ?? 'auto';
    const both = !!(q.only?.group && q.only?.kind);
    const partial =
      !both &&
      (mode === 'whole' || mode === 'parts' || (mode === 'auto' && tagged.length >= PARTIALS_FROM_UNITS));
    if (partial) {
      const byChild = mode === 'parts' || (mode === 'auto' && tagged.length >= PARTS_FROM_UNITS);
      const live = await liveTerms(tx, { ...q, counted });
      const staleIsNull = later && !byChild;
      const fromParts = await fromPartials(tx, { ...q, slices, live, tagged, byChild, staleIsNull });
      if (fromParts) return fromParts;
      // the part is stale: answered from the values below, stored after the answer
      refreshAfterAnswer(
        `${q.periodIds.join(',')}|${q.unitPath}|${[...q.statuses].sort().join(',')}|${q.asOf}`,
        (root) =>
          storeWholePart(root, {
            periodIds: q.periodIds,
            statuses: q.statuses,
            unitPath: q.unitPath,
            asOf: q.asOf,
          }),
      );
    }
    const units = tagged.filter(
      (u) =>
        (!q.only?.group || slices.length > 0 || u.groups.includes(q.only.group)) &&
        (!q.only?.kind || slices.length > 0 || u.kinds.includes(q.only.kind)),
    );
    const masks = slices.length
      ? units.map((u) =>
          slices.reduce(
            (m, s, k) =>
              (s.group && u.groups.includes(s.group)) || (s.kind && u.kinds.includes(s.kind))
                ? m | (1 << k)
                : m,
            0,
          ),
        )
      : null;
    const r = await sliceRows(tx, { ...q, ids: units.map((u) => u.id), masks, slices: slices.length });
    const out = emptyResults(q.periodIds, slices);
    for (const x of r) {
      const per = out.get(Number(x.period_id))!;
      ['', ...slices.map((s) => s.key)].forEach((key, k) => {
        const res = per.get(key)!;
        res.reports = Number(x[`r${k}`] ?? 0);
        res.rows.push(
          rollupRow(x, {
            n: Number(x[`n${k}`] ?? 0),
            s: x[`s${k}`],
            mn: x[`mn${k}`],
            mx: x[`mx${k}`],
            l: x[`l${k}`],
          }),
        );
      });
    }
    return out;
  });
}

export type RollupMode = 'auto' | 'live' | 'whole' | 'parts';

function emptyResults(periodIds: number[], slices: RollupSlice[]) {
  return new Map<number, Map<string, RollupResult>>(
    periodIds.map((id) => [
      id,
      new Map(['', ...slices.map((s) => s.key)].map((k) => [k, { rows: [] as RollupRow[], reports: 0 }])),
    ]),
  );
}

/** One indicator's row of a roll-up from its aggregates: the value by the indicator's rule. */
function rollupRow(
  i: Record<string, unknown>,
  a: { n: number; s: unknown; mn: unknown; mx: unknown; l: unknown },
): RollupRow {
  const s = num(a.s);
  const value: Record<string, number | null> = {
    sum: s,
    avg: s === null || !a.n ? null : s / a.n,
    min: num(a.mn),
    max: num(a.mx),
    last: num(a.l),
  };
  return {
    indicatorId: Number(i.id),
    code: String(i.code),
    sectionCode: String(i.section_code),
    name: String(i.name),
    unit: String(i.unit),
    aggregation: String(i.aggregation),
    numeratorCode: (i.numerator_code as string) ?? null,
    denominatorCode: (i.denominator_code as string) ?? null,
    value: value[String(i.aggregation)] ?? null,
    n: a.n,
  };
}

/**
 * The upkeep of the stored parts on the write path, in the caller's transaction, after a report
 * changed (its status, values or narratives: its version rose): every part already stored for its
 * period that counts the report (a part under one of the ancestors of its unit, or of the unit it
 * was merged into, or that unit alone) and whose counted statuses hold the report's status before or
 * after the change is brought to the rows the transaction sees (refreshStoredPart), so the next read
 * of the roll-up finds it fresh. Parts nobody has read yet are left to their first read; a report of
 * a level other than 'unit' counts in no part. Returns the number of parts recomputed.
 */
export async function keepStoredParts(
  db: Db,
  q: { reportId: number; before: string; asOf: string },
): Promise<number> {
  // one statement when nothing is stored: the report, the units it counts under, their stored parts
  const candidates = await rows<{
    period_id: number;
    part_id: number;
    statuses: string;
    path: string;
    status: string;
  }>(
    db,
    sql`with recursive rep as (
        select period_id, unit_id, status from reporting_reports where id = ${q.reportId} and level = 'unit'
      ), succ(id, depth) as (
        select unit_id, 0 from rep
        union
        select s.successor_id, succ.depth + 1 from org_successions s join succ on s.predecessor_id = succ.id
        where s.kind = 'merge' and s.effective_date <= ${q.asOf} and succ.depth < 20
      ), anc as (
        select distinct a::int as id from succ join org_units u on u.id = succ.id
        cross join unnest(string_to_array(trim(both '/' from u.path), '/')) as a
      )
      select p.period_id, p.part_id, p.statuses, u.path, rep.status
      from rep join reporting_rollup_parts p on p.period_id = rep.period_id
      join org_units u on u.id = abs(p.part_id)
      where (p.part_id > 0 and p.part_id in (select id from anc))
        or (p.part_id < 0 and -p.part_id in (select id from succ))
      order by p.part_id, p.statuses`,
  );
  const touched = candidates.filter((c) => {
    const counted = c.statuses.split(',');
    return counted.includes(q.before) || counted.includes(c.status);
  });
  if (!touched.length) return 0;
  return withoutJit(db, async (tx) => {
    let n = 0;
    for (const c of touched) {
      const part = Number(c.part_id);
      const periodId = Number(c.period_id);
      const statuses = c.statuses.split(',');
      const counted = await countedUnits(tx, { unitPath: c.path, asOf: q.asOf });
      if (await refreshPart(tx, { periodId, statuses, part, counted })) n++;
    }
    return n;
  });
}

/**
 * One stored part of a period brought to the live rows the transaction sees (refreshStoredPart: after
 * the part's lock, recomputed only if still stale), from the counted units of the part's subtree: a
 * subtree's part holds all of them; minus a unit's id, that unit and those merged into it.
 */
function refreshPart(
  tx: Db,
  q: { periodId: number; statuses: readonly string[]; part: number; counted: Counted },
): Promise<boolean> {
  return refreshStoredPart(tx, {
    periodId: q.periodId,
    statuses: q.statuses,
    part: q.part,
    live: () => liveTerms(tx, { periodIds: [q.periodId], statuses: q.statuses, counted: q.counted }),
    units: () =>
      q.counted.units
        .filter((u) => q.part > 0 || u.part === q.part)
        .map((u) => ({ id: u.id, part: q.part, slices: slicesOf(u) })),
  });
}

/** A subtree's one stored part (read whole) of each period brought to the live rows, in its own transaction on `db`. */
async function storeWholePart(
  db: Db,
  q: { periodIds: number[]; statuses: readonly string[]; unitPath: string; asOf: string },
) {
  const part = rootOf(q.unitPath);
  await withoutJit(db, async (tx) => {
    const counted = await countedUnits(tx, { unitPath: q.unitPath, asOf: q.asOf });
    for (const periodId of q.periodIds)
      await refreshPart(tx, { periodId, statuses: q.statuses, part, counted });
  });
}

/**
 * rollupSlices from the stored partial aggregates of the subtree's parts (rollup.partials.ts); with
 * `staleIsNull`, null when a part is stale instead of recomputing it first.
 */
async function fromPartials(
  db: Db,
  q: {
    periodIds: number[];
    unitPath: string;
    statuses: readonly string[];
    slices: RollupSlice[];
    only?: { group?: string | null; kind?: string | null };
    live: LiveTerms;
    tagged: TaggedUnit[];
    byChild: boolean;
    staleIsNull?: boolean;
  },
) {
  const rootId = rootOf(q.unitPath);
  const stored = (x: { group?: string | null; kind?: string | null } | undefined) =>
    x?.group ? `g:${x.group}` : x?.kind ? `k:${x.kind}` : '';
  const base = q.slices.length ? '' : stored(q.only);
  const wanted = [base, ...q.slices.map((s) => stored(s))];
  const aggs = await partialAggregates(db, {
    periodIds: q.periodIds,
    statuses: q.statuses,
    live: q.live,
    whole: q.byChild ? null : rootId,
    units: () => q.tagged.map((u) => ({ id: u.id, part: q.byChild ? u.part : rootId, slices: slicesOf(u) })),
    slices: [...new Set(wanted)],
    staleIsNull: q.staleIsNull,
  });
  if (!aggs) return null;
  const indicators = await rows<Record<string, unknown>>(
    db,
    sql`select p.id as period_id, i.id, i.code, i.section_code, i.name, i.unit, i.aggregation,
      i.numerator_code, i.denominator_code
    from reporting_periods p join reporting_indicators i on i.template_id = p.template_id
    where p.id = any(${intParam(q.periodIds)})
    order by p.id, i.position`,
  );
  const out = emptyResults(q.periodIds, q.slices);
  const keys = ['', ...q.slices.map((s) => s.key)];
  for (const [id, per] of out)
    keys.forEach((key, k) => {
      per.get(key)!.reports = aggs.get(id)!.get(wanted[k])!.reports;
    });
  for (const i of indicators) {
    const per = out.get(Number(i.period_id))!;
    const a = aggs.get(Number(i.period_id))!;
    keys.forEach((key, k) => {
      const x = a.get(wanted[k])!.byIndicator.get(Number(i.id));
      per.get(key)!.rows.push(rollupRow(i, x ?? { n: 0, s: null, mn: null, mx: null, l: null }));
    });
  }
  return out;
}

/** The one statement of rollupSlices: per period and indicator, the aggregates of each slice. */
function sliceRows(
  db: Db,
  q: {
    periodIds: number[];
    statuses: readonly string[];
    ids: number[];
    masks: number[] | null;
    slices: number;
  },
) {
  const reps = q.masks
    ? sql`select r.id, r.period_id, r.submitted_at, c.mask from reporting_reports r
        join unnest(${intParam(q.ids)}, ${intParam(q.masks)}) as c(unit_id, mask) on c.unit_id = r.unit_id
        where r.period_id = any(${intParam(q.periodIds)}) and r.level = 'unit' and r.status = any(${textArray([...q.statuses])})`
    : sql`select r.id, r.period_id, r.submitted_at, 0 as mask from reporting_reports r
        where r.period_id = any(${intParam(q.periodIds)}) and r.level = 'unit' and r.status = any(${textArray([...q.statuses])})
          and r.unit_id = any(${intParam(q.ids)})`;
  const ks = Array.from({ length: q.slices + 1 }, (_, k) => k);
  // slice 0 is the whole subtree; slice k > 0 the reports whose unit has bit k - 1 of its mask
  const mask = (k: number) => sql.raw(`(reps.mask & ${1 << (k - 1)}) <> 0`);
  const only = (k: number) => (k === 0 ? sql`` : sql` filter (where ${mask(k)})`);
  const aggs = sql.join(
    ks.map(
      (k) => sql`count(v.value)${only(k)} as ${sql.raw(`n${k}`)},
        sum(v.value)${only(k)} as ${sql.raw(`s${k}`)},
        min(v.value)${only(k)} as ${sql.raw(`mn${k}`)},
        max(v.value)${only(k)} as ${sql.raw(`mx${k}`)},
        (max(array[coalesce(extract(epoch from reps.submitted_at)::numeric, -1e18), reps.id, v.value])
          filter (where v.value is not null and v.indicator_id = any(lastids.a)${k === 0 ? sql`` : sql` and ${mask(k)}`}))[3] as ${sql.raw(`l${k}`)}`,
    ),
    sql`, `,
  );
  const counts = sql.join(
    ks.map((k) => sql`count(*)${only(k)}::int as ${sql.raw(`r${k}`)}`),
    sql`, `,
  );
  const cols = sql.join(
    ks
      .flatMap((k) => ['n', 's', 'mn', 'mx', 'l'].map((c) => sql.raw(`agg.${c}${k}`)))
      .concat(ks.map((k) => sql.raw(`cnt.r${k}`))),
    sql`, `,
  );
  // reps is inlined wherever it is read (not materialized): the values' scan and join are then
  // planned on the real table, in parallel where worthwhile, as the bare GROUP BY would be
  return rows<Record<string, unknown>>(
    db,
    sql`with reps as not materialized (${reps}),
    lastids as (
      select coalesce(array_agg(li.id), '{}') as a from reporting_indicators li
      join reporting_periods lp on lp.template_id = li.template_id
      where lp.id = any(${intParam(q.periodIds)}) and li.aggregation = 'last'
    ), agg as (
      select reps.period_id, v.indicator_id, ${aggs}
      from reporting_values v join reps on reps.id = v.report_id cross join lastids
      group by reps.period_id, v.indicator_id
    ), cnt as (
      select reps.period_id, ${counts} from reps group by reps.period_id
    )
    select p.id as period_id, i.id, i.code, i.section_code, i.name, i.unit, i.aggregation,
      i.numerator_code, i.denominator_code, ${cols}
    from reporting_periods p
    join reporting_indicators i on i.template_id = p.template_id
    left join agg on agg.period_id = p.id and agg.indicator_id = i.id
    left join cnt on cnt.period_id = p.id
    where p.id = any(${intParam(q.periodIds)})
    order by p.id, i.position`,
  );
}

/** The roll-up of a subtree (or of one unit group or kind in it) for one period. */
export async function rollup(
  db: Db,
  q: {
    periodId: number;
    templateId: number;
    unitPath: string;
    asOf: string;
    statuses: readonly string[];
    group?: string | null;
    /** Only the units of this kind (with the units merged into them). */
    kind?: string | null;
    mode?: RollupMode;
  },
): Promise<RollupResult> {
  const r = await rollupSlices(db, {
    periodIds: [q.periodId],
    unitPath: q.unitPath,
    asOf: q.asOf,
    statuses: q.statuses,
    only: { group: q.group, kind: q.kind },
    mode: q.mode,
  });
  return r.get(q.periodId)!.get('')!;
}

export interface DrillRow {
  reportId: number;
  unitId: number;
  unitName: string;
  underId: number;
  underName: string;
  depth: number;
  status: string;
  value: number | null;
  source: string | null;
}

/** Per report of a subtree: the value of one indicator, and the unit it counts under. */
export async function drilldown(
  db: Db,
  q: { periodId: number; indicatorId: number; unitPath: string; asOf: string; statuses: readonly string[] },
): Promise<DrillRow[]> {
  const r = await rowsWithoutJit(
    db,
    sql`with recursive ${countedUnitsCte(q.unitPath + '%', q.asOf)}
    select r.id as report_id, r.unit_id, u.name as unit_name, m.under_id, uu.name as under_name, m.depth,
      r.status, v.value, v.source
    from reporting_reports r
    join mapped m on m.id = r.unit_id
    join org_units u on u.id = r.unit_id
    join org_units uu on uu.id = m.under_id
    left join reporting_values v on v.report_id = r.id and v.indicator_id = ${q.indicatorId}
    where r.period_id = ${q.periodId} and r.level = 'unit' and r.status = any(${textArray([...q.statuses])})
    order by u.path`,
  );
  return r.map((x) => ({
    reportId: Number(x.report_id),
    unitId: Number(x.unit_id),
    unitName: String(x.unit_name),
    underId: Number(x.under_id),
    underName: String(x.under_name),
    depth: Number(x.depth),
    status: String(x.status),
    value: num(x.value),
    source: (x.source as string) ?? null,
  }));
}

/** Narratives of the reports counted under a subtree, for the province's compilation. */
export async function subtreeNarratives(
  db: Db,
  q: { periodId: number; unitPath: string; asOf: string; statuses: readonly string[] },
) {
  const r = await rowsWithoutJit(
    db,
    sql`with recursive ${countedUnitsCte(q.unitPath + '%', q.asOf)}
    select r.id, r.unit_id, u.name as unit_name, r.status, r.narratives
    from reporting_reports r join mapped m on m.id = r.unit_id join org_units u on u.id = r.unit_id
    where r.period_id = ${q.periodId} and r.level = 'unit' and r.status = any(${textArray([...q.statuses])})
    order by u.path`,
  );
  return r.map((x) => ({
    reportId: Number(x.id),
    unitId: Number(x.unit_id),
    unitName: String(x.unit_name),
    status: String(x.status),
    narratives: (typeof x.narratives === 'string' ? JSON.parse(x.narratives) : x.narratives) as Record<
      string,
      string
    >,
  }));
}

export interface ReportStatusRow {
  id: number;
  unitId: number;
  status: string;
  submittedAt: Date | null;
  firstSubmittedAt: Date | null;
  acceptedAt: Date | null;
}

const asDate = (v: unknown) => (v === null || v === undefined ? null : new Date(Number(v)));

/** A timestamp as whole epoch milliseconds (what a Date holds), as a float8. */
const ms = (col: SQL) => sql`floor(extract(epoch from ${col}) * 1000)::float8`;

/**
 * Where each report of a period stands, for the units of one subtree only (the list, the dashboard,
 * the reminders), with the few columns they show: never the narratives, never another subtree's rows.
 */
export async function subtreeReportStatuses(
  db: Db,
  q: { periodId: number; unitPath: string; level?: string },
): Promise<ReportStatusRow[]> {
  const r = await rows<Record<string, unknown>>(
    db,
    // the times as epoch milliseconds: a number is read many times faster than a timestamp's text
    sql`select r.id, r.unit_id, r.status, ${ms(sql`r.submitted_at`)} as submitted_at,
      ${ms(sql`r.first_submitted_at`)} as first_submitted_at, ${ms(sql`r.accepted_at`)} as accepted_at
    from reporting_reports r join org_units u on u.id = r.unit_id
    where r.period_id = ${q.periodId} and r.level = ${q.level ?? 'unit'} and u.path like ${q.unitPath + '%'}`,
  );
  return r.map((x) => ({
    id: Number(x.id),
    unitId: Number(x.unit_id),
    status: String(x.status),
    submittedAt: asDate(x.submitted_at),
    firstSubmittedAt: asDate(x.first_submitted_at),
    acceptedAt: asDate(x.accepted_at),
  }));
}
