/**
 * The addressee picker: the units a source filed by the actor may be addressed to, or its items
 * assigned to. These are the active units of the province (org tree root) of each unit where the
 * actor holds answers:file — the same rule `checkTargetUnits` enforces when the source is saved —
 * so the Front and the People's Council office find the agencies outside their own subtree.
 * Only the unit's name, code, kind, depth and parent's name: the org tree's reference data.
 */
import { and, asc, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { AnswerUnit, AnswerUnitQuery } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { requireActor, scopesFor } from '../../../core/scope.ts';
import { orgUnits } from '../../../db/schema/org.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/** The roots ('/12/') of the provinces where the actor files; '/' for the whole tree (system). */
function provinceRoots(ctx: Ctx): string[] {
  const roots = scopesFor(requireActor(ctx.actor), 'answers:file').map((s) => {
    const first = s.path.split('/')[1];
    return first ? `/${first}/` : '/';
  });
  return roots.includes('/') ? ['/'] : [...new Set(roots)];
}

export async function listAnswerUnits(ctx: Ctx, q: z.infer<typeof AnswerUnitQuery>) {
  const roots = provinceRoots(ctx);
  const empty = { items: [] as AnswerUnit[], total: 0, page: q.page, pageSize: q.pageSize };
  if (!roots.length) return { ...empty, can: { create: false } };
  const t = today(ctx);
  const parts: (SQL | undefined)[] = [
    or(...roots.map((r) => sql`${orgUnits.path} like ${escapeLike(r) + '%'}`)),
    sql`${orgUnits.validFrom} <= ${t}::date`,
    sql`(${orgUnits.validTo} is null or ${orgUnits.validTo} >= ${t}::date)`,
  ];
  const key = q.q?.trim();
  if (key) parts.push(sql`${orgUnits.searchKey} like '%' || lower(f_unaccent(${escapeLike(key)})) || '%'`);
  const where = and(...parts);
  const parent = alias(orgUnits, 'answers_unit_parent');
  const rows = await ctx.db
    .select({
      id: orgUnits.id,
      name: orgUnits.name,
      code: orgUnits.code,
      kind: orgUnits.kind,
      depth: orgUnits.depth,
      parentName: parent.name,
    })
    .from(orgUnits)
    .leftJoin(parent, sql`${parent.id} = ${orgUnits.parentId}`)
    .where(where)
    .orderBy(asc(orgUnits.depth), asc(orgUnits.name), asc(orgUnits.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total = await ctx.db.$count(orgUnits, where);
  return {
    items: rows.map((r) => ({ ...r, kind: r.kind as AnswerUnit['kind'], parentName: r.parentName ?? null })),
    total: Number(total),
    page: q.page,
    pageSize: q.pageSize,
    // a reference list: nothing is created from it
    can: { create: false },
  };
}
