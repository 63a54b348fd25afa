/**
 * Load-time registrations of the models module: its records take attachments (a model's photos and
 * files, a commendation's decision), readable and attachable exactly when the record is; and the
 * figures it gives the six-month and yearly reports (1432 outline III.4).
 */
import { minIsoDate, todayInVietnam } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { registerFigureProvider, type FigureQuery } from '../../core/figures.ts';
import { registerFileOwner } from '../files/index.ts';
import * as org from '../org/index.ts';
import * as commendationsRepo from './commendation/commendation.repository.ts';
import * as modelsRepo from './model/model.repository.ts';
import { registerModelsProposers } from './proposers/models-proposers.ts';

let done = false;
export function registerModelsHooks(): void {
  if (done) return;
  done = true;
  registerModelsProposers(); // scoring criteria answered from this module's records

  registerFileOwner('model', async (ctx, entityId) => {
    const m = await modelsRepo.getModel(ctx.db, Number(entityId));
    if (!m) return null;
    return {
      unitId: m.unitId,
      unitPath: m.unitPath,
      readPermission: 'models:read',
      writePermission: 'models:write',
      // a stopped model keeps its record as it was
      writable: m.state !== 'stopped',
    };
  });
  registerFileOwner('model_commendation', async (ctx, entityId) => {
    const r = await commendationsRepo.getCommendation(ctx.db, Number(entityId));
    return r
      ? {
          unitId: r.unitId,
          unitPath: r.unitPath,
          readPermission: 'models:read',
          writePermission: 'models:write',
        }
      : null;
  });

  // Figures for reports: the unit's own records, or its whole subtree's with q.subtree; up to today.
  const withUnit =
    (f: (ctx: Ctx, q: FigureQuery & { unitPath: string }) => Promise<number>) =>
    async (ctx: Ctx, q: FigureQuery) => {
      const u = await org.getUnitById(ctx, q.unitId);
      if (!u) return null;
      return f(ctx, { ...q, to: minIsoDate(q.to, todayInVietnam(ctx.clock.now())), unitPath: u.path });
    };
  registerFigureProvider(
    'models.registered',
    withUnit((ctx, q) => modelsRepo.countModels(ctx.db, q, 'registered')),
  );
  registerFigureProvider(
    'models.recognised',
    withUnit((ctx, q) => modelsRepo.countModels(ctx.db, q, 'recognised')),
  );
  registerFigureProvider(
    'models.commendations',
    withUnit((ctx, q) => commendationsRepo.countCommendations(ctx.db, q)),
  );
}
