import type { z } from 'zod';
import type { NewAnswerItem } from '@danvan/contracts';
import { audit, inTx } from '../../../core/audit.ts';
import { today, type Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import type { answersSources } from '../../../db/schema/answers.ts';
import * as org from '../../org/index.ts';
import { checkTargetUnits } from '../shared/units.ts';
import { insertItems } from './insert-items.ts';
import { authorizeSource } from './source.policy.ts';
import { presentSourceDetail } from './source.present.ts';
import * as repo from './source.repository.ts';

export interface NewSource {
  row: Omit<typeof answersSources.$inferInsert, 'unitId' | 'createdBy'>;
  unitId: number;
  items: z.infer<typeof NewAnswerItem>[];
}

/**
 * The common path of every "file a source" verb: the filing unit must be in the actor's
 * answers:file scope (404 / 403), an addressee must be a unit of the same province, then the source,
 * its items (numbered from 1) and the audit row in one transaction.
 */
export async function createSource(ctx: Ctx, s: NewSource) {
  const unit = await org.getUnitById(ctx, s.unitId);
  if (!unit || !org.isActive(unit, today(ctx)))
    throw Invalid('Đơn vị không tồn tại hoặc đã ngừng hoạt động.', [
      { path: 'unitId', message: 'Đơn vị không hợp lệ' },
    ]);
  authorizeSource(ctx, 'update', {
    kind: String(s.row.kind),
    unit: { id: unit.id, path: unit.path },
    addressee: null,
  });
  if (s.row.addresseeUnitId)
    await checkTargetUnits(ctx, unit.path, [{ id: s.row.addresseeUnitId, path: 'addresseeUnitId' }]);
  const id = await inTx(ctx, async (tx, c) => {
    const id = await repo.insertSource(tx, {
      ...s.row,
      unitId: unit.id,
      createdBy: c.actor && !c.actor.system ? c.actor.userId : null,
    });
    await audit(tx, c, {
      entity: 'answer_source',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after: { kind: s.row.kind, title: s.row.title, items: s.items.length },
    });
    await insertItems(
      tx,
      c,
      {
        id,
        kind: String(s.row.kind),
        unitId: unit.id,
        unitPath: unit.path,
        receivedOn: String(s.row.receivedOn),
        answerDue: s.row.answerDue ?? null,
        addresseeUnitId: s.row.addresseeUnitId ?? null,
        isDemo: s.row.isDemo ?? false,
      },
      s.items,
    );
    return id;
  });
  return presentSourceDetail(ctx, (await repo.getSource(ctx.db, id, today(ctx)))!);
}
