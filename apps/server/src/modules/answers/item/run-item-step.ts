import {
  ANSWER_ITEM_STATUS_LABELS,
  ANSWER_ITEM_STEP_LABELS,
  formatDateVi,
  nextItemStatus,
  type AnswerItemStatus,
  type AnswerItemStep,
  type AnswerVerdict,
} from '@danvan/domain';
import { audit, inTx } from '../../../core/audit.ts';
import { today, type Ctx } from '../../../core/context.ts';
import { Conflict, Invalid, StateInvalid } from '../../../core/errors.ts';
import type { Db } from '../../../db/client.ts';
import type { answersItems } from '../../../db/schema/answers.ts';
import { authorizeItem, type ItemAction } from './item.policy.ts';
import * as repo from './item.repository.ts';

export const staleItem = (n?: number) =>
  Conflict(
    `${n ? `Nội dung số ${n}` : 'Nội dung'} vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.`,
  );

export interface StepResult {
  patch: Partial<typeof answersItems.$inferInsert>;
  note?: string;
  details?: Record<string, unknown>;
  auditAfter?: Record<string, unknown>;
}

/** Loads an item the actor may read (404 otherwise); inside a transaction with `lock`, FOR UPDATE. */
export async function loadItem(ctx: Ctx, id: number, action: ItemAction = 'read', lock = false) {
  const i = await repo.getItem(ctx.db, id, lock);
  authorizeItem(ctx, action, i ? repo.itemRef(i) : undefined);
  return i!;
}

/** A step's date: not in the future, not before the item was received. */
export function checkStepDate(ctx: Ctx, on: string, path = 'answeredOn') {
  if (on > today(ctx))
    throw Invalid('Ngày thực hiện không được sau ngày hôm nay.', [
      { path, message: 'Ngày thực hiện không được sau ngày hôm nay' },
    ]);
}

/**
 * The shape of every item verb, inside the caller's transaction: lock the row, authorise, check the
 * version the user saw (409 conflict) and the state machine (409 state_invalid), apply the step,
 * write at the version loaded, a history line and the audit row.
 */
export async function stepInTx(
  tx: Db,
  c: Ctx,
  id: number,
  step: AnswerItemStep,
  action: ItemAction,
  expectedVersion: number,
  apply: (i: repo.ItemRow) => Promise<StepResult> | StepResult,
  verdict?: AnswerVerdict,
): Promise<{ before: repo.ItemRow; to: AnswerItemStatus }> {
  const i = await loadItem(c, id, action, true);
  if (expectedVersion !== i.version) throw staleItem(i.number);
  const to = nextItemStatus(i.status as AnswerItemStatus, step, verdict);
  if (to === null)
    throw StateInvalid(
      `Không thể thực hiện "${ANSWER_ITEM_STEP_LABELS[step].vi.toLocaleLowerCase('vi-VN')}" với nội dung số ${i.number} khi đang ở trạng thái "${ANSWER_ITEM_STATUS_LABELS[i.status as AnswerItemStatus].vi}".`,
      { step, status: i.status, number: i.number },
    );
  const r = await apply(i);
  const v = await repo.updateItem(tx, id, i.version, { ...r.patch, status: to });
  if (v === null) throw staleItem(i.number);
  await repo.insertStep(tx, {
    itemId: id,
    step,
    on: today(c),
    at: c.clock.now(),
    actorId: c.actor && !c.actor.system ? c.actor.userId : null,
    actorName: c.actor?.fullName ?? 'Hệ thống',
    fromStatus: i.status,
    toStatus: to,
    note: r.note ?? '',
    details: r.details ?? null,
  });
  await audit(tx, c, {
    entity: 'answer_item',
    entityId: id,
    unitId: i.responsibleUnitId ?? i.sourceUnitId,
    action: `${step}_item`,
    before: { status: i.status, version: i.version },
    after: { status: to, version: v, ...(r.auditAfter ?? {}) },
  });
  return { before: i, to };
}

/** One step on one item in its own transaction; returns the item as it now is. */
export function runItemStep(
  ctx: Ctx,
  id: number,
  step: AnswerItemStep,
  action: ItemAction,
  expectedVersion: number,
  apply: (i: repo.ItemRow, c: Ctx, tx: Db) => Promise<StepResult> | StepResult,
  verdict?: AnswerVerdict,
  after?: (tx: Db, c: Ctx, before: repo.ItemRow) => Promise<void>,
) {
  return inTx(ctx, async (tx, c) => {
    const { before } = await stepInTx(
      tx,
      c,
      id,
      step,
      action,
      expectedVersion,
      (i) => apply(i, c, tx),
      verdict,
    );
    if (after) await after(tx, c, before);
    return (await repo.getItem(tx, id))!;
  });
}

export const dueText = (d: string | null) => (d ? formatDateVi(d) : 'không có hạn');
