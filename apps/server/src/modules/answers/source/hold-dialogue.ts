import type { z } from 'zod';
import { HoldDialogue } from '@danvan/contracts';
import { formatDateVi } from '@danvan/domain';
import { audit, inTx } from '../../../core/audit.ts';
import { today, type Ctx } from '../../../core/context.ts';
import { Conflict, Invalid, StateInvalid } from '../../../core/errors.ts';
import { insertItems } from './insert-items.ts';
import { loadSource } from './read-source.ts';
import { presentSourceDetail } from './source.present.ts';
import * as repo from './source.repository.ts';

/**
 * Ghi nhận buổi đối thoại đã tổ chức: the day, who took part and how many, the issues raised, the
 * chair's conclusion, and the commitments (items with their owner and due date). Once: a held
 * dialogue is not held again (409); the version the user saw guards a concurrent save.
 */
export async function holdDialogue(ctx: Ctx, id: number, raw: z.input<typeof HoldDialogue>) {
  const input = HoldDialogue.parse(raw);
  if (input.heldOn > today(ctx))
    throw Invalid('Ngày tổ chức không được sau ngày hôm nay.', [
      { path: 'heldOn', message: 'Ngày trong tương lai' },
    ]);
  await inTx(ctx, async (tx, c) => {
    const { source: s } = await loadSource(c, id, 'hold', true);
    if (s.kind !== 'dialogue') throw StateInvalid('Chỉ ghi nhận buổi đối thoại cho lịch đối thoại.');
    if (input.expectedVersion !== s.version)
      throw Conflict('Lịch đối thoại vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');
    if (s.dialogueState !== 'scheduled')
      throw StateInvalid(`Buổi đối thoại đã được ghi nhận ngày ${formatDateVi(s.heldOn ?? s.receivedOn)}.`);
    const v = await repo.updateSource(tx, id, s.version, {
      dialogueState: 'held',
      heldOn: input.heldOn,
      details: {
        ...s.details,
        participantCount: input.participantCount,
        participantsText: input.participantsText || (s.details.participantsText as string) || '',
        issuesRaised: input.issuesRaised,
        conclusion: input.conclusion,
      },
    });
    if (v === null)
      throw Conflict('Lịch đối thoại vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');
    await audit(tx, c, {
      entity: 'answer_source',
      entityId: id,
      unitId: s.unitId,
      action: 'hold_dialogue',
      before: { state: s.dialogueState, version: s.version },
      after: { state: 'held', heldOn: input.heldOn, participantCount: input.participantCount, version: v },
    });
    await insertItems(
      tx,
      c,
      {
        id,
        kind: s.kind,
        unitId: s.unitId,
        unitPath: s.unitPath,
        receivedOn: input.heldOn,
        answerDue: null,
        addresseeUnitId: null,
        isDemo: s.isDemo,
      },
      input.commitments,
      'commitments',
    );
  });
  return presentSourceDetail(ctx, (await repo.getSource(ctx.db, id, today(ctx)))!);
}
