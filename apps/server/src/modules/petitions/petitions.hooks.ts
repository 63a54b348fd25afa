import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { FigureKey } from '@danvan/domain';
import { registerDailyJob } from '../../core/jobs.ts';
import { registerFigureProvider, type FigureQuery } from '../../core/figures.ts';
import type { Ctx } from '../../core/context.ts';
import { petitions } from '../../db/schema/petitions.ts';
import * as org from '../org/index.ts';
import { registerVaultOwner } from '../vault/index.ts';
import { loadPetition } from './petition/load-petition.ts';
import * as repo from './petition/petition.repository.ts';
import { canRevealIdentity } from './petition/petition.policy.ts';
import { sendPetitionReminders } from './petitions.jobs.ts';

const inPeriod = (col: SQL | typeof petitions.receivedOn, q: FigureQuery) =>
  sql`${col} between ${q.from}::date and ${q.to}::date`;

const FIGURES: [FigureKey, (q: FigureQuery) => SQL][] = [
  ['petitions.received', (q) => inPeriod(petitions.receivedOn, q)],
  ['petitions.complaints', (q) => and(inPeriod(petitions.receivedOn, q), eq(petitions.kind, 'khieu_nai'))!],
  ['petitions.denunciations', (q) => and(inPeriod(petitions.receivedOn, q), eq(petitions.kind, 'to_cao'))!],
  [
    'petitions.recommendations',
    (q) => and(inPeriod(petitions.receivedOn, q), inArray(petitions.kind, ['kien_nghi', 'phan_anh']))!,
  ],
  ['petitions.resolved', (q) => inPeriod(petitions.decidedOn as never, q)],
  [
    'petitions.resolved_on_time',
    (q) =>
      and(
        inPeriod(petitions.decidedOn as never, q),
        sql`(${petitions.resolutionDue} is null or ${petitions.decidedOn} <= ${petitions.resolutionDue})`,
      )!,
  ],
];

async function unitOf(ctx: Ctx, unitId: number) {
  return org.getUnitById(ctx, unitId);
}

let done = false;
/**
 * The denouncer's identity belongs to the petition (vault owner 'petition': readable when the case
 * is, revealed by its handler only); the 1432 report's petition figures; the daily reminder sweep.
 */
export function registerPetitionsHooks(): void {
  if (done) return;
  done = true;
  registerVaultOwner('petition', {
    async canReveal(ctx, ownerId) {
      const p = await loadPetition(ctx, ownerId);
      return canRevealIdentity(ctx.actor, {
        unitId: p.unitId,
        unitPath: p.unitPath,
        kind: p.kind,
        handlerId: p.handlerId,
      });
    },
  });
  for (const [key, where] of FIGURES)
    registerFigureProvider(key, async (ctx, q) => {
      const u = await unitOf(ctx, q.unitId);
      return u ? repo.countForFigure(ctx.db, u.path, q.subtree ?? false, u.id, where(q)) : null;
    });
  registerFigureProvider('dialogues.held', async (ctx, q) => {
    const u = await unitOf(ctx, q.unitId);
    return u ? repo.countDialogues(ctx.db, u.path, q.subtree ?? false, u.id, q.from, q.to) : null;
  });
  registerDailyJob('petitions.reminders', (ctx, today) => sendPetitionReminders(ctx, today));
}
