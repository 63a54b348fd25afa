import {
  formatDateVi,
  formatLegalBasis,
  formatTimeLimit,
  nextStatus,
  PETITION_STATUS_LABELS,
  PETITION_STEP_LABELS,
  type PetitionKind,
  type PetitionStatus,
  type PetitionStep,
} from '@danvan/domain';
import { permissionsOfRole, type Role } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, Invalid, StateInvalid } from '../../../core/errors.ts';
import type { Db } from '../../../db/client.ts';
import type { LegalDeadline } from '../../legal/index.ts';
import * as repo from './petition.repository.ts';
import { authorizePetition, type PetitionAction } from './petition.policy.ts';

/** Loads a petition the actor may read (404 otherwise); with `lock` inside a transaction, FOR UPDATE. */
export async function loadPetition(ctx: Ctx, id: number, action: PetitionAction = 'read', lock = false) {
  const p = await repo.getPetition(ctx.db, id, lock);
  authorizePetition(ctx, action, p);
  return p;
}

export const stalePetition = () =>
  Conflict('Đơn thư vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

/** What a rule gave a step: stored on the timeline so the case shows which version it took. */
export function ruleDetails(d: LegalDeadline) {
  return {
    ruleName: d.rule.name,
    limitText: formatTimeLimit(d.rule),
    basisText: formatLegalBasis(d.rule.basis),
    needsCheck: d.rule.needsCheck,
    unit: d.rule.unit,
  };
}

export interface StepInput {
  on: string;
  note?: string | null;
  expectedVersion?: number;
}

export interface StepResult {
  patch: Partial<repo.PetitionRow>;
  /** The timeline line's deadline, whether met, the rule it took, and details (never an identity). */
  entry?: {
    dueDate?: string | null;
    met?: boolean | null;
    ruleId?: number | null;
    ruleVersion?: number | null;
    details?: Record<string, unknown>;
  };
  /** Audit's after, when more than the patch (or less: the patch may hold long texts). */
  auditAfter?: Record<string, unknown>;
}

/** Checks the date of a step: not before the petition was received (or the last step), not in the future. */
function checkDate(ctx: Ctx, p: repo.PetitionView, on: string) {
  if (on > today(ctx))
    throw Invalid('Ngày thực hiện không được sau ngày hôm nay.', [
      { path: 'on', message: 'Ngày thực hiện không được sau ngày hôm nay' },
    ]);
  if (on < p.receivedOn)
    throw Invalid(`Ngày thực hiện không được trước ngày nhận đơn (${formatDateVi(p.receivedOn)}).`, [
      { path: 'on', message: 'Ngày thực hiện không được trước ngày nhận đơn' },
    ]);
}

/**
 * The shape of every workflow verb: one transaction that locks the petition row, authorises the
 * action, checks the state machine (409 when the step is not allowed now) and the date, applies the
 * step, writes the row at the version loaded, a timeline line and the audit row.
 */
export function runStep(
  ctx: Ctx,
  id: number,
  step: PetitionStep,
  action: PetitionAction,
  input: StepInput,
  apply: (tx: Db, c: Ctx, p: repo.PetitionView) => Promise<StepResult>,
): Promise<repo.PetitionView> {
  return inTx(ctx, async (tx, c) => {
    const p = await loadPetition(c, id, action, true);
    if (input.expectedVersion !== undefined && input.expectedVersion !== p.version) throw stalePetition();
    const to = nextStatus(p.status as PetitionStatus, step, p.kind as PetitionKind);
    if (to === null)
      throw StateInvalid(
        `Không thể thực hiện "${PETITION_STEP_LABELS[step].vi.toLocaleLowerCase('vi-VN')}" khi đơn đang ở trạng thái "${PETITION_STATUS_LABELS[p.status as PetitionStatus].vi}".`,
        { step, status: p.status },
      );
    checkDate(c, p, input.on);
    const r = await apply(tx, c, p);
    const patch = { ...r.patch, status: to };
    const v = await repo.updatePetition(tx, id, p.version, patch);
    if (v === null) throw stalePetition();
    await recordStep(tx, c, id, step, input.on, input.note ?? null, r.entry);
    await audit(tx, c, {
      entity: 'petition',
      entityId: id,
      unitId: p.unitId,
      action: step,
      before: { status: p.status, version: p.version },
      after: { status: to, version: v, ...(r.auditAfter ?? {}) },
    });
    return (await repo.getPetition(tx, id))!;
  });
}

export async function recordStep(
  tx: Db,
  ctx: Ctx,
  petitionId: number,
  step: PetitionStep,
  on: string,
  note: string | null,
  entry: StepResult['entry'] = {},
) {
  await repo.insertStep(tx, {
    petitionId,
    step,
    on,
    at: ctx.clock.now(),
    actorId: ctx.actor && !ctx.actor.system ? ctx.actor.userId : null,
    actorName: ctx.actor?.fullName ?? 'Hệ thống',
    dueDate: entry.dueDate ?? null,
    met: entry.met ?? null,
    ruleId: entry.ruleId ?? null,
    ruleVersion: entry.ruleVersion ?? null,
    note,
    details: entry.details ?? null,
  });
}

/** 400 unless the user holds petitions:handle at the petition's unit (directly or over its subtree). */
export async function assertHandler(db: Db, userId: number, p: { unitId: number; unitPath: string }) {
  const rows = await repo.assignmentsOf(db, userId);
  const ok = rows.some(
    (a) =>
      permissionsOfRole(a.role as Role).includes('petitions:handle') &&
      (a.unitId === p.unitId || (a.includeSubtree && p.unitPath.startsWith(a.path))),
  );
  if (!ok)
    throw Invalid('Người được giao giải quyết phải là cán bộ xử lý đơn của đơn vị.', [
      { path: 'handlerId', message: 'Không phải cán bộ xử lý đơn của đơn vị' },
    ]);
}
