/**
 * Load-time registrations of the reception module: the log's entries take attachments (the recording
 * of an online session, the papers handed in), and the figures it gives the reporting module.
 */
import { registerFigureProvider, type FigureQuery } from '../../core/figures.ts';
import type { Ctx } from '../../core/context.ts';
import { registerFileOwner } from '../files/index.ts';
import * as org from '../org/index.ts';
import * as visits from './visit/visit.repository.ts';
import { canVisit } from './visit/visit.policy.ts';
import { READ, WRITE } from './shared/unit.policy.ts';
import { registerReceptionProposers } from './proposers/reception-proposers.ts';

type Counts = Awaited<ReturnType<typeof visits.figureCounts>>;

/** The counts of the unit (or its subtree) over the period, or null for an unknown unit. */
const figure =
  (pick: (c: Counts) => number) =>
  async (ctx: Ctx, q: FigureQuery): Promise<number | null> => {
    const u = await org.getUnitById(ctx, q.unitId);
    if (!u) return null;
    return pick(await visits.figureCounts(ctx.db, { ...q, unitPath: u.path }));
  };

let done = false;
export function registerReceptionHooks(): void {
  if (done) return;
  done = true;
  registerReceptionProposers(); // scoring criteria answered from this module's records

  registerFileOwner('reception_visit', async (ctx, entityId) => {
    if (!/^\d{1,9}$/.test(entityId)) return null;
    const v = await visits.getVisit(ctx.db, Number(entityId));
    if (!v || !canVisit(ctx.actor, 'read', v)) return null;
    return { unitId: v.unitId, unitPath: v.unitPath, readPermission: READ, writePermission: WRITE };
  });

  // Figures for reports (the unit's own log, or its subtree's with q.subtree):
  // a session (buổi tiếp) is a day of reception of one kind at a unit; the visitors are the people
  // received (lượt người, a delegation counts its members); the head's sessions are the days of
  // periodic reception the head held in person; a mass delegation is a visit of 5 people or more.
  registerFigureProvider(
    'reception.sessions',
    figure((c) => c.sessions),
  );
  registerFigureProvider(
    'reception.visitors',
    figure((c) => c.visitors),
  );
  registerFigureProvider(
    'reception.head_sessions',
    figure((c) => c.headSessions),
  );
  registerFigureProvider(
    'reception.mass_delegations',
    figure((c) => c.massDelegations),
  );
}
