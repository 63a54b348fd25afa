import { sql, type SQL } from 'drizzle-orm';
import type { PetitionKind } from '@danvan/domain';
import type { Db } from '../../../db/client.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';
import type { PageWindow } from '../../../core/page.ts';

export interface WindowCounts {
  running: number;
  dueSoon: number;
  overdue: number;
}
export type KindCounts = WindowCounts & { kind: PetitionKind };
export interface OverviewUnitRow extends WindowCounts {
  unitId: number;
  unitName: string;
  byKind: KindCounts[];
}

export interface OverviewFilter {
  unitPath?: string;
  kind?: string;
  today: string;
  soonDays: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/**
 * The deadline overview in one statement: the running cases (those with a running deadline, the
 * generated `running_due`, served by the partial index petitions_running_due_idx) of the units in
 * scope counted per unit and kind by window (overdue: due before today; due soon: from today to
 * today + soonDays, as the domain's deadlineWindow), one page of units (most overdue first; the
 * split by kind only for the page's units), their number, and the totals over all of them.
 */
export async function deadlineOverview(db: Db, scopes: Scope[], f: OverviewFilter, w: PageWindow) {
  const parts: SQL[] = [sql`p.running_due is not null`, unitIdInScopeSql(scopes, sql`p.unit_id`)];
  if (f.unitPath)
    parts.push(
      sql`p.unit_id in (select ou.id from org_units ou where ou.path like ${escapeLike(f.unitPath) + '%'})`,
    );
  if (f.kind) parts.push(sql`p.kind = ${f.kind}`);
  const today = sql`${f.today}::date`;
  const r = await db.execute(sql`
    with c as (
      select p.unit_id, p.kind,
        count(*)::int as running,
        (count(*) filter (where p.running_due between ${today} and ${today} + ${f.soonDays}::int))::int as due_soon,
        (count(*) filter (where p.running_due < ${today}))::int as overdue
      from petitions p
      where ${sql.join(parts, sql` and `)}
      group by p.unit_id, p.kind
    ), u as (
      select unit_id, sum(running)::int as running, sum(due_soon)::int as due_soon, sum(overdue)::int as overdue
      from c group by unit_id
    ), pg as (
      select u.unit_id, o.name, u.running, u.due_soon, u.overdue
      from u join org_units o on o.id = u.unit_id
      order by u.overdue desc, u.due_soon desc, u.running desc, u.unit_id
      limit ${w.limit} offset ${w.offset}
    )
    select
      (select count(*)::int from u) as total,
      (select coalesce(json_agg(x order by x.overdue desc, x."dueSoon" desc, x.running desc, x."unitId"), '[]'::json) from (
        select pg.unit_id as "unitId", pg.name as "unitName", pg.running, pg.due_soon as "dueSoon", pg.overdue,
          (select json_agg(json_build_object('kind', c.kind, 'running', c.running, 'dueSoon', c.due_soon, 'overdue', c.overdue))
             from c where c.unit_id = pg.unit_id) as "byKind"
        from pg) x) as items,
      (select coalesce(json_agg(json_build_object('kind', kind, 'running', running, 'dueSoon', due_soon, 'overdue', overdue)), '[]'::json)
        from (select kind, sum(running)::int as running, sum(due_soon)::int as due_soon, sum(overdue)::int as overdue from c group by kind) k) as totals`);
  const [row] = (r as unknown as { rows: { total: number; items: unknown; totals: unknown }[] }).rows;
  const parse = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
  return {
    total: Number(row?.total ?? 0),
    items: parse<OverviewUnitRow[]>(row?.items ?? []),
    byKind: parse<KindCounts[]>(row?.totals ?? []),
  };
}
