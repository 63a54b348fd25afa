/**
 * Copies the seeds of packages/domain (the legal time limits, the 2025–2027 calendar) into the tables,
 * once each: a seed's name is recorded with its rows in one transaction, so an administrator's later
 * edits and deletions are never undone. Run at start (the module's `seed`), by the demo seeder and before a rule is created.
 */
import { eq, inArray } from 'drizzle-orm';
import { LEGAL_TIME_LIMITS_SEED, VN_PUBLIC_HOLIDAYS_2025_2027 } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import type { Db } from '../../../db/client.ts';
import { legalCalendarDays, legalSeeds, legalTimeLimits } from '../../../db/schema/legal.ts';

const RULES_SEED = 'time_limits_2026';
const CALENDAR_SEED = 'calendar_2025_2027';

async function claim(tx: Db, name: string): Promise<boolean> {
  const rows = await tx.insert(legalSeeds).values({ name }).onConflictDoNothing().returning();
  return rows.length === 1;
}

async function seeded(db: Db, name: string): Promise<boolean> {
  const [row] = await db.select({ name: legalSeeds.name }).from(legalSeeds).where(eq(legalSeeds.name, name));
  return !!row;
}

/**
 * Rules added to the seed after RULES_SEED ran somewhere: each later seed copies the seed's versions of
 * its codes into a database that has no rule of that code yet (a database seeded before them), once.
 */
const LATER_RULE_SEEDS: { name: string; codes: readonly string[] }[] = [
  { name: 'time_limits_2026_cap_pho', codes: ['tiep_cong_dan.cap_pho_tiep_thay'] },
];

async function insertRules(tx: Db, codes: ReadonlySet<string> | null): Promise<number> {
  const versions = new Map<string, number>();
  let n = 0;
  for (const r of LEGAL_TIME_LIMITS_SEED) {
    if (codes && !codes.has(r.code)) continue;
    const version = (versions.get(r.code) ?? 0) + 1;
    versions.set(r.code, version);
    n++;
    await tx.insert(legalTimeLimits).values({
      code: r.code,
      version,
      name: r.name,
      value: r.value,
      unit: r.unit,
      conditions: { ...r.conditions },
      basisLaw: r.basis.law,
      basisArticle: r.basis.article ?? null,
      basisClause: r.basis.clause ?? null,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo,
      needsCheck: r.needsCheck,
      note: r.note ?? null,
    });
  }
  return n;
}

export async function ensureLegalSeed(ctx: Ctx): Promise<void> {
  if (!(await seeded(ctx.db, RULES_SEED)))
    await inTx(ctx, async (tx, c) => {
      if (!(await claim(tx, RULES_SEED))) return;
      await insertRules(tx, null);
      await audit(tx, c, {
        entity: 'legal_seed',
        entityId: RULES_SEED,
        action: 'seed',
        after: { rules: LEGAL_TIME_LIMITS_SEED.length },
      });
    });
  for (const later of LATER_RULE_SEEDS)
    if (!(await seeded(ctx.db, later.name)))
      await inTx(ctx, async (tx, c) => {
        if (!(await claim(tx, later.name))) return;
        const present = await tx
          .select({ code: legalTimeLimits.code })
          .from(legalTimeLimits)
          .where(inArray(legalTimeLimits.code, [...later.codes]));
        const missing = new Set(later.codes.filter((code) => !present.some((p) => p.code === code)));
        const rules = missing.size ? await insertRules(tx, missing) : 0;
        await audit(tx, c, { entity: 'legal_seed', entityId: later.name, action: 'seed', after: { rules } });
      });
  if (!(await seeded(ctx.db, CALENDAR_SEED)))
    await inTx(ctx, async (tx, c) => {
      if (!(await claim(tx, CALENDAR_SEED))) return;
      // a day the administrator entered before the seed ran is kept as it is
      await tx
        .insert(legalCalendarDays)
        .values(
          VN_PUBLIC_HOLIDAYS_2025_2027.map((d) => ({
            date: d.date,
            name: d.name,
            workday: d.workday ?? false,
            basis: d.basis ?? '',
            needsCheck: d.needsCheck ?? false,
          })),
        )
        .onConflictDoNothing({ target: legalCalendarDays.date });
      await audit(tx, c, {
        entity: 'legal_seed',
        entityId: CALENDAR_SEED,
        action: 'seed',
        after: { days: VN_PUBLIC_HOLIDAYS_2025_2027.length },
      });
    });
}
