import { and, asc, desc, eq, gte, ilike, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { legalTimeLimits } from '../../../db/schema/legal.ts';
import { countAll, type ListQuery } from '../../../core/page.ts';

export type RuleRow = typeof legalTimeLimits.$inferSelect;
export type NewRuleRow = typeof legalTimeLimits.$inferInsert;

/** Serialises the writes of one rule code (its versions and variants) until the transaction ends. */
export async function lockCode(tx: Db, code: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'legal_time_limits:' + code}))`);
}

export interface RuleFilter {
  q?: string;
  code?: string;
  asOf?: string;
  needsCheck?: boolean;
  /** Without it, only the rules in force on `today` or later. */
  includeRetired?: boolean;
  today: string;
}

function where(f: RuleFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    parts.push(
      or(
        sql`f_unaccent(${legalTimeLimits.name}) ilike f_unaccent(${like})`,
        ilike(legalTimeLimits.code, like),
        sql`f_unaccent(${legalTimeLimits.basisLaw}) ilike f_unaccent(${like})`,
      ),
    );
  }
  if (f.code) parts.push(eq(legalTimeLimits.code, f.code));
  if (f.needsCheck !== undefined) parts.push(eq(legalTimeLimits.needsCheck, f.needsCheck));
  if (f.asOf)
    parts.push(
      lte(legalTimeLimits.effectiveFrom, f.asOf),
      or(isNull(legalTimeLimits.effectiveTo), gte(legalTimeLimits.effectiveTo, f.asOf)),
    );
  else if (!f.includeRetired)
    parts.push(or(isNull(legalTimeLimits.effectiveTo), gte(legalTimeLimits.effectiveTo, f.today)));
  return and(...parts);
}

/** The rules matching the filter, by code then newest version first (a page of it: core/page.ts). */
export function ruleList(db: Db, f: RuleFilter): ListQuery<RuleRow> {
  const w = where(f);
  return {
    rows: db
      .select()
      .from(legalTimeLimits)
      .where(w)
      .orderBy(asc(legalTimeLimits.code), desc(legalTimeLimits.effectiveFrom), asc(legalTimeLimits.id)),
    count: db.select(countAll()).from(legalTimeLimits).where(w),
  };
}

/** Every rule of the register (a few hundred at most): what deadlines are counted from. */
export async function allRules(db: Db, code?: string) {
  return db
    .select()
    .from(legalTimeLimits)
    .where(code ? eq(legalTimeLimits.code, code) : undefined)
    .orderBy(asc(legalTimeLimits.id));
}

export async function getRule(db: Db, id: number, opts: { forUpdate?: boolean } = {}) {
  const q = db.select().from(legalTimeLimits).where(eq(legalTimeLimits.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function nextVersion(tx: Db, code: string): Promise<number> {
  const [{ v }] = await tx
    .select({ v: sql<number>`coalesce(max(${legalTimeLimits.version}), 0)::int` })
    .from(legalTimeLimits)
    .where(eq(legalTimeLimits.code, code));
  return v + 1;
}

export async function insertRule(tx: Db, row: NewRuleRow) {
  const [r] = await tx.insert(legalTimeLimits).values(row).returning();
  return r;
}

export async function updateRule(tx: Db, id: number, set: Partial<NewRuleRow>) {
  const [r] = await tx
    .update(legalTimeLimits)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(legalTimeLimits.id, id))
    .returning();
  return r;
}

/** Marks a version as used by a case (once; the first use is kept). */
export async function markUsed(tx: Db, id: number, at: Date) {
  await tx
    .update(legalTimeLimits)
    .set({ usedAt: at })
    .where(and(eq(legalTimeLimits.id, id), isNull(legalTimeLimits.usedAt)));
}
