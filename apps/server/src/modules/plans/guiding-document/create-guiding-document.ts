/** Registering a guiding document in a unit's register. */
import type { CreateGuidingDocument } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict } from '../../../core/errors.ts';
import { unitToCreateAt } from '../shared/unit.policy.ts';
import * as repo from './guiding-document.repository.ts';
import { canGuidingDocument } from './guiding-document.policy.ts';
import { presentDoc } from './guiding-document.present.ts';
import { checkIssuedOn } from './guiding-document.rules.ts';

export async function createDoc(ctx: Ctx, input: CreateGuidingDocument, opts: { isDemo?: boolean } = {}) {
  const unit = await unitToCreateAt(ctx, input.unitId, (a, u) =>
    canGuidingDocument(a, 'create', { ...u, sharedWithSubunits: false }),
  );
  checkIssuedOn(input.issuedOn, today(ctx));
  return inTx(ctx, async (tx, c) => {
    if (await repo.findDocByNumber(tx, unit.id, input.numberSymbol, input.issuedOn))
      throw Conflict(`Văn bản số ${input.numberSymbol} ngày này đã có trong sổ của đơn vị.`, {
        numberSymbol: input.numberSymbol,
      });
    const id = await repo.insertDoc(tx, {
      ...input,
      unitId: unit.id,
      isDemo: opts.isDemo ?? false,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    const after = (await repo.getDoc(tx, id))!;
    await audit(tx, c, {
      entity: 'guiding_document',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after,
    });
    return presentDoc(c, after);
  });
}
