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
import { registerPetitionsProposers } from './proposers/petitions-proposers.ts';

const inPeriod = (col: SQL | typeof petitions.receivedOn, q: FigureQuery) =>
  sql`${col} between ${q.from}::date and ${q.to}::date`;

/**
 * Settled before the period's first day: decided (quyết định, kết luận) or handed out of the unit's
 * hands (chuyển đơn, hướng dẫn, lưu đơn) on an earlier day.
 */
const settledBefore = (q: FigureQuery) =>
  sql`(coalesce(${petitions.decidedOn} < ${q.from}::date, false) or exists (select 1 from petition_steps s where s.petition_id = ${petitions.id} and s.step in ('transfer', 'guide', 'file') and s."on" < ${q.from}::date))`;

/** Kỳ trước chuyển sang: received before the period and still unresolved at its first day. */
const carriedOver = (q: FigureQuery) =>
  sql`(${petitions.receivedOn} < ${q.from}::date and not ${settledBefore(q)})`;

/**
 * The period's cases to handle, as the 1432 outline (III.7, "kể cả số đơn kỳ trước chuyển sang chưa
 * giải quyết xong") and the Thanh tra reporting forms count them: received in the period plus carried
 * over from the previous one (tiếp nhận trong kỳ + kỳ trước chuyển sang).
 */
const toHandle = (q: FigureQuery) => sql`(${inPeriod(petitions.receivedOn, q)} or ${carriedOver(q)})`;

/** Resolved in the period: a case of the period's base decided within it (carried-over ones too). */
const resolvedIn = (q: FigureQuery) => and(toHandle(q), inPeriod(petitions.decidedOn as never, q))!;

const FIGURES: [FigureKey, (q: FigureQuery) => SQL][] = [
  ['petitions.received', (q) => toHandle(q)],
  ['petitions.carried_over', (q) => carriedOver(q)],
  ['petitions.complaints', (q) => and(toHandle(q), eq(petitions.kind, 'khieu_nai'))!],
  ['petitions.denunciations', (q) => and(toHandle(q), eq(petitions.kind, 'to_cao'))!],
  ['petitions.recommendations', (q) => and(toHandle(q), inArray(petitions.kind, ['kien_nghi', 'phan_anh']))!],
  ['petitions.resolved', (q) => resolvedIn(q)],
  [
    // among the resolved: decided by the resolution's last day (extensions and suspensions included)
    'petitions.resolved_on_time',
    (q) =>
      and(
        resolvedIn(q),
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
  registerPetitionsProposers(); // scoring criteria answered from this module's records
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
  // the dialogues of complaint resolution (Luật Khiếu nại 2011 điều 30, 39); the head's dialogues with
  // the people ('dialogues.held') are the answers module's
  registerFigureProvider('petitions.dialogues', async (ctx, q) => {
    const u = await unitOf(ctx, q.unitId);
    return u ? repo.countDialogues(ctx.db, u.path, q.subtree ?? false, u.id, q.from, q.to) : null;
  });
  registerDailyJob('petitions.reminders', (ctx, today) => sendPetitionReminders(ctx, today));
}
