/** Ratings received by the actor's units, and the satisfaction index per unit and period. */
import type { z } from 'zod';
import type {
  PortalRating,
  PortalRatingQuery,
  RatingSubject,
  SatisfactionQuery,
  SatisfactionReport,
} from '@danvan/contracts';
import { addDays, RATING_SUBJECT_LABELS, RATING_SUBJECTS, satisfactionIndex } from '@danvan/domain';
import { activeAssignment, today, type Ctx } from '../../../core/context.ts';
import { Invalid, NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { authorizePortal, portalReadScopes } from '../publication/publication.policy.ts';
import * as repo from './rating.repository.ts';

async function readableUnit(ctx: Ctx, unitId: number) {
  const u = await org.getUnitById(ctx, unitId);
  authorizePortal(ctx, 'read', u ? { unitId: u.id, unitPath: u.path } : undefined);
  return u!;
}

export async function listPortalRatings(ctx: Ctx, q: z.infer<typeof PortalRatingQuery>) {
  const actor = requireActor(ctx.actor);
  const under = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  return listPage(ctx, q, {
    ...repo.ratingList(ctx.db, {
      scopes: portalReadScopes(actor),
      under,
      subject: q.subject,
      from: q.from,
      to: q.to,
    }),
    present: (rows): PortalRating[] =>
      rows.map(({ r, unitName, petitionId }) => ({
        id: r.id,
        subject: r.subject as RatingSubject,
        subjectLabel: RATING_SUBJECT_LABELS[r.subject as RatingSubject].vi,
        unitId: r.unitId,
        unitName,
        score: r.score,
        comment: r.comment,
        ratedOn: r.ratedOn,
        on: r.on,
        petitionId: petitionId ?? null,
      })),
    // citizens rate on the portal; nothing is created from this list
    can: { create: false },
  });
}

export const SATISFACTION_METHOD_VI =
  'Tỷ lệ phần trăm ý kiến “Hài lòng” và “Rất hài lòng” (4–5 điểm trên thang 5 điểm) trên tổng số ý kiến đánh giá trong kỳ, theo phương pháp đo lường sự hài lòng SIPAS (Quyết định 1001/QĐ-BNV năm 2023).';

function figures(counts: { score: number; n: number }[]) {
  const c: Record<number, number> = {};
  for (const x of counts) c[x.score] = (c[x.score] ?? 0) + x.n;
  const s = satisfactionIndex(c);
  return { n: s.n, satisfied: s.satisfied, index: s.index, mean: s.mean, byScore: [...s.byScore] };
}

/** The satisfaction index of a unit (the active unit by default) over [from, to]. */
export async function getSatisfaction(ctx: Ctx, q: SatisfactionQuery): Promise<SatisfactionReport> {
  const actor = requireActor(ctx.actor);
  if (q.to < q.from)
    throw Invalid('Đến ngày không được trước từ ngày.', [
      { path: 'to', message: 'Đến ngày không được trước từ ngày' },
    ]);
  const unitId = q.unitId ?? activeAssignment(actor)?.unitId;
  if (!unitId) throw NotFound('Đơn vị');
  const u = await readableUnit(ctx, unitId);
  const subtree = q.subtree === '1';
  const counts = await repo.scoreCounts(ctx.db, {
    unitId: u.id,
    unitPath: u.path,
    subtree,
    from: q.from,
    to: q.to,
  });
  const children = subtree
    ? await repo.childScoreCounts(ctx.db, u.id, { from: q.from, to: q.to, on: today(ctx) })
    : [];
  const byChild = new Map<number, { unitName: string; counts: { score: number; n: number }[] }>();
  for (const r of children) {
    const e = byChild.get(r.unitId) ?? { unitName: r.unitName, counts: [] };
    if (r.score !== null) e.counts.push({ score: r.score, n: r.n });
    byChild.set(r.unitId, e);
  }
  return {
    unitId: u.id,
    unitName: u.name,
    from: q.from,
    to: q.to,
    subtree,
    method: SATISFACTION_METHOD_VI,
    ...figures(counts),
    bySubject: RATING_SUBJECTS.map((s) => ({
      subject: s,
      subjectLabel: RATING_SUBJECT_LABELS[s].vi,
      ...figures(counts.filter((c) => c.subject === s)),
    })),
    units: [...byChild].map(([id, e]) => ({ unitId: id, unitName: e.unitName, ...figures(e.counts) })),
  };
}

/** The figure provider of `satisfaction.index` (the 1432 report's III.5): the index, or null without ratings. */
export async function satisfactionFigure(
  ctx: Ctx,
  q: { unitId: number; from: string; to: string; subtree?: boolean },
): Promise<number | null> {
  const u = await org.getUnitById(ctx, q.unitId);
  if (!u) return null;
  const counts = await repo.scoreCounts(ctx.db, {
    unitId: u.id,
    unitPath: u.path,
    subtree: q.subtree ?? false,
    from: q.from,
    to: q.to,
  });
  return figures(counts).index;
}

/** Every unit's index over the last 12 months (the portal's home). */
export async function overallSatisfaction(ctx: Ctx) {
  const to = today(ctx);
  const from = addDays(to, -364);
  const f = figures(await repo.scoreCounts(ctx.db, { subtree: true, from, to }));
  return { index: f.index, n: f.n, from, to };
}
