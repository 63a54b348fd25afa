/** Editing a guiding document (its number and date stay unique in the unit's register). */
import type { UpdateGuidingDocument } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict } from '../../../core/errors.ts';
import * as repo from './guiding-document.repository.ts';
import { authorizeGuidingDocument } from './guiding-document.policy.ts';
import { presentDoc } from './guiding-document.present.ts';
import { checkIssuedOn } from './guiding-document.rules.ts';
import { loadDoc } from './read-guiding-document.ts';

export async function updateDoc(ctx: Ctx, id: number, input: UpdateGuidingDocument) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadDoc(c, id);
    authorizeGuidingDocument(c, 'update', before);
    checkIssuedOn(input.issuedOn, today(c));
    const numberSymbol = input.numberSymbol ?? before.numberSymbol;
    const issuedOn = input.issuedOn ?? before.issuedOn;
    const dup = await repo.findDocByNumber(tx, before.unitId, numberSymbol, issuedOn);
    if (dup && dup !== id) throw Conflict(`Văn bản số ${numberSymbol} ngày này đã có trong sổ của đơn vị.`);
    await repo.updateDoc(tx, id, { ...input, updatedAt: c.clock.now() });
    const after = (await repo.getDoc(tx, id))!;
    await audit(tx, c, {
      entity: 'guiding_document',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentDoc(c, after);
  });
}
