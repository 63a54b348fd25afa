import type { z } from 'zod';
import type { CreateOrgUnit } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import { assertGroupsExist } from '../group/read-group.ts';
import { loadUnitFor } from './load-unit.ts';
import { recordUnitEvent } from './unit-events.ts';
import * as repo from './unit.repository.ts';
import type { UnitView } from './unit.repository.ts';
import { authorizeCreateRoot } from './unit.policy.ts';
import { presentUnit } from './unit.present.ts';
import { isActive } from './unit.rules.ts';

type CreateInput = z.infer<typeof CreateOrgUnit>;

/** Creates a unit under a parent the actor may write (or a root, by an administrator of a whole tree). */
export async function createUnit(ctx: Ctx, input: CreateInput, opts: { isDemo?: boolean } = {}) {
  return presentUnit(ctx, await addUnit(ctx, input, opts));
}

/** createUnit without the presentation, for the verbs that create units as a part (merge, split, import). */
export async function addUnit(
  ctx: Ctx,
  input: CreateInput,
  opts: { isDemo?: boolean } = {},
): Promise<UnitView> {
  let parent: UnitView | undefined;
  if (input.parentId !== null) {
    parent = await loadUnitFor(ctx, input.parentId, 'createChild', 'Đơn vị cấp trên');
    if (!isActive(parent, input.validFrom))
      throw Err.org_unit_inactive('Đơn vị cấp trên không còn hiệu lực vào ngày này.');
  } else authorizeCreateRoot(ctx);
  await assertGroupsExist(ctx, input.groups);
  return inTx(ctx, async (tx, c) => {
    if (await repo.getUnitByCode(tx, input.code))
      throw Err.org_code_taken(`Mã đơn vị "${input.code}" đã được dùng.`, { params: { code: input.code } });
    const u = await repo.insertUnit(tx, { ...input, parentPath: parent?.path ?? null, isDemo: opts.isDemo });
    await repo.setGroups(tx, u.id, input.groups);
    await recordUnitEvent(tx, c, {
      kind: 'created',
      unitId: u.id,
      effectiveDate: input.validFrom,
      details: { name: u.name, parentId: u.parentId },
    });
    const created = (await repo.getUnit(tx, u.id))!;
    await audit(tx, c, {
      entity: 'org_unit',
      entityId: u.id,
      unitId: u.id,
      action: 'create',
      after: created,
    });
    return created;
  });
}
