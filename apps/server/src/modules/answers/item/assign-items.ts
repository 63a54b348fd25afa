import type { z } from 'zod';
import { AssignAnswerItems } from '@danvan/contracts';
import { audit, inTx } from '../../../core/audit.ts';
import type { Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import { notifyAssigned } from '../shared/notify.ts';
import { checkTargetUnits } from '../shared/units.ts';
import { itemsByIds } from './item.repository.ts';
import { presentItem } from './item.present.ts';
import { loadItem, stepInTx } from './run-item-step.ts';

type Input = z.input<typeof AssignAnswerItems>;

/**
 * Giao đơn vị chủ trì trả lời (bulk): the responsible unit, the coordinating units, the person in
 * charge and, when given, the due date (else the item keeps its own) for each chosen item, in one
 * transaction at the versions the user saw. The unit is told.
 */
export async function assignItems(ctx: Ctx, raw: Input) {
  const input = AssignAnswerItems.parse(raw);
  const ids = input.items.map((x) => x.id);
  if (new Set(ids).size !== ids.length)
    throw Invalid('Mỗi nội dung chỉ được chọn một lần.', [{ path: 'items', message: 'Nội dung trùng lặp' }]);
  if (input.coordinatingUnitIds.includes(input.responsibleUnitId))
    throw Invalid('Đơn vị phối hợp không được trùng đơn vị chủ trì.', [
      { path: 'coordinatingUnitIds', message: 'Trùng đơn vị chủ trì' },
    ]);
  await inTx(ctx, async (tx, c) => {
    for (const x of [...input.items].sort((a, b) => a.id - b.id)) {
      const cur = await loadItem(c, x.id, 'assign', true);
      const units = await checkTargetUnits(c, cur.sourceUnitPath, [
        { id: input.responsibleUnitId, path: 'responsibleUnitId' },
        ...input.coordinatingUnitIds.map((id, k) => ({ id, path: `coordinatingUnitIds.${k}` })),
      ]);
      const due = input.dueDate ?? cur.dueDate;
      const { before } = await stepInTx(tx, c, x.id, 'assign', 'assign', x.expectedVersion, () => ({
        patch: {
          responsibleUnitId: input.responsibleUnitId,
          coordinatingUnitIds: input.coordinatingUnitIds,
          ...(input.ownerName !== undefined ? { ownerName: input.ownerName } : {}),
          ...(input.dueDate ? { dueDate: input.dueDate, dueRuleCode: null, dueRuleVersion: null } : {}),
        },
        details: {
          responsibleUnitId: input.responsibleUnitId,
          responsibleUnitName: units.get(input.responsibleUnitId)?.name ?? '',
          coordinatingUnitIds: input.coordinatingUnitIds,
          dueDate: due,
        },
        auditAfter: {
          responsibleUnitId: input.responsibleUnitId,
          coordinatingUnitIds: input.coordinatingUnitIds,
          dueDate: due,
        },
      }));
      await notifyAssigned(
        tx,
        c,
        before,
        input.responsibleUnitId,
        units.get(input.responsibleUnitId)?.name ?? '',
        due,
      );
    }
    await audit(tx, c, {
      entity: 'answer_item',
      action: 'bulk_assign',
      after: { items: ids, responsibleUnitId: input.responsibleUnitId },
    });
  });
  const rows = await itemsByIds(ctx.db, ids);
  return { items: rows.map((r) => presentItem(ctx, r)) };
}
