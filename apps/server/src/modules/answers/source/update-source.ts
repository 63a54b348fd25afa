import type { z } from 'zod';
import { AddAnswerItems, UpdateAnswerSource } from '@danvan/contracts';
import { audit, inTx, isNoopUpdate } from '../../../core/audit.ts';
import { today, type Ctx } from '../../../core/context.ts';
import { Conflict, StateInvalid } from '../../../core/errors.ts';
import { insertItems } from './insert-items.ts';
import { loadSource } from './read-source.ts';
import { presentSourceDetail } from './source.present.ts';
import * as repo from './source.repository.ts';

const stale = () => Conflict('Văn bản vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

/** Sửa thông tin văn bản nguồn (title, number, summary, the session's deadline) at the version seen. */
export async function updateSource(ctx: Ctx, id: number, raw: z.input<typeof UpdateAnswerSource>) {
  const input = UpdateAnswerSource.parse(raw);
  await inTx(ctx, async (tx, c) => {
    const { source: s } = await loadSource(c, id, 'update', true);
    if (input.expectedVersion !== s.version) throw stale();
    const patch = {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.documentNumber !== undefined ? { documentNumber: input.documentNumber } : {}),
      ...(input.summary !== undefined ? { summary: input.summary } : {}),
      ...(input.answerDue !== undefined ? { answerDue: input.answerDue } : {}),
    };
    const before = Object.fromEntries(
      Object.keys(patch).map((k) => [k, (s as unknown as Record<string, unknown>)[k]]),
    );
    if (isNoopUpdate(before, patch)) return;
    const v = await repo.updateSource(tx, id, s.version, patch);
    if (v === null) throw stale();
    await audit(tx, c, {
      entity: 'answer_source',
      entityId: id,
      unitId: s.unitId,
      action: 'update',
      before,
      after: patch,
    });
  });
  return presentSourceDetail(ctx, (await repo.getSource(ctx.db, id, today(ctx)))!);
}

/** Thêm nội dung vào văn bản (recommendations, petitions, commitments), numbered after the last. */
export async function addSourceItems(ctx: Ctx, id: number, raw: z.input<typeof AddAnswerItems>) {
  const input = AddAnswerItems.parse(raw);
  await inTx(ctx, async (tx, c) => {
    const { source: s } = await loadSource(c, id, 'update', true);
    if (s.kind === 'consultation')
      throw StateInvalid('Ý kiến góp ý của Nhân dân được thêm qua cổng thông tin, sau kiểm duyệt.');
    await insertItems(
      tx,
      c,
      {
        id,
        kind: s.kind,
        unitId: s.unitId,
        unitPath: s.unitPath,
        receivedOn: s.heldOn ?? s.receivedOn,
        answerDue: s.answerDue,
        addresseeUnitId: s.addresseeUnitId,
        isDemo: s.isDemo,
      },
      input.items,
    );
  });
  return presentSourceDetail(ctx, (await repo.getSource(ctx.db, id, today(ctx)))!);
}
