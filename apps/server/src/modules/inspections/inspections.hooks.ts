/**
 * Load-time registrations of the inspections module: an inspection and a recommendation take
 * attachments (the team's records, the evidence of completion), readable when the inspection is and
 * attached by the inspector; the figures of the report (1432 outline III.6): inspections of the unit,
 * violations found, violations sanctioned by a disciplinary form; and the portal's section of public
 * results.
 */
import { DISCIPLINARY_SANCTIONS, minIsoDate, todayInVietnam } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { today } from '../../core/context.ts';
import { registerFigureProvider, type FigureQuery } from '../../core/figures.ts';
import { registerPortalSection } from '../../core/portal.ts';
import { registerFileOwner } from '../files/index.ts';
import * as org from '../org/index.ts';
import * as repo from './inspection/inspection.repository.ts';
import { portalGet, portalList, publicInspectionResults } from './inspection/public-results.ts';
import * as recommendationsRepo from './recommendation/recommendation.repository.ts';

let done = false;
export function registerInspectionsHooks(): void {
  if (done) return;
  done = true;

  // the inspection's files belong to the body conducting it (the inspected unit reads them too,
  // through the inspection; the files module checks the owner's unit)
  const owner = async (ctx: Ctx, inspectionId: number) => {
    const r = await repo.getInspection(ctx.db, inspectionId, today(ctx));
    return r
      ? {
          unitId: r.conductorUnitId,
          unitPath: r.conductorPath,
          readPermission: 'inspections:read' as const,
          writePermission: 'inspections:write' as const,
        }
      : null;
  };
  registerFileOwner('inspection', (ctx, entityId) => owner(ctx, Number(entityId)));
  registerFileOwner('inspection_recommendation', async (ctx, entityId) => {
    const x = await recommendationsRepo.getRecommendation(ctx.db, Number(entityId));
    return x ? owner(ctx, x.inspectionId) : null;
  });

  const withUnit =
    (f: (ctx: Ctx, q: FigureQuery & { unitPath: string }) => Promise<number>) =>
    async (ctx: Ctx, q: FigureQuery) => {
      const u = await org.getUnitById(ctx, q.unitId);
      if (!u) return null;
      return f(ctx, { ...q, to: minIsoDate(q.to, todayInVietnam(ctx.clock.now())), unitPath: u.path });
    };
  registerFigureProvider(
    'inspections.held',
    withUnit((ctx, q) => repo.countInspections(ctx.db, q)),
  );
  registerFigureProvider(
    'inspections.violations',
    withUnit((ctx, q) => repo.countViolations(ctx.db, q)),
  );
  registerFigureProvider(
    'inspections.sanctioned',
    withUnit((ctx, q) => repo.countViolations(ctx.db, q, DISCIPLINARY_SANCTIONS)),
  );

  registerPortalSection({
    key: 'inspections',
    order: 40,
    title: { vi: 'Kết quả thanh tra, kiểm tra công vụ', en: 'Public duty inspection results' },
    list: portalList,
    get: portalGet,
    count: async (ctx) => (await publicInspectionResults(ctx, { pageSize: 1 })).total,
  });
}
