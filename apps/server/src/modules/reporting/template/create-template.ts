import type { CreateTemplate } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid, NotFound } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';
import * as repo from './template.repository.ts';
import { authorizeTemplateCreate } from './template.policy.ts';
import { assertValidTemplate, indicatorRows } from './template.content.ts';
import { templateDetail } from './read-template.ts';

/** Creates a template owned by a unit of the coordinator's scope. */
export async function createTemplate(ctx: Ctx, input: CreateTemplate, opts: { isDemo?: boolean } = {}) {
  const owner = await org.getUnitById(ctx, input.ownerUnitId);
  if (!owner) throw NotFound('Đơn vị');
  authorizeTemplateCreate(ctx, owner);
  assertValidTemplate(input);
  const id = await inTx(ctx, async (tx, c) => {
    if (await repo.getTemplateByCode(tx, input.code))
      throw Invalid(`Mã đề cương "${input.code}" đã được dùng.`, [
        { path: 'code', message: 'Mã đã được dùng' },
      ]);
    const row = await repo.insertTemplate(tx, {
      code: input.code,
      version: 1,
      name: input.name,
      legalBasis: input.legalBasis,
      description: input.description,
      sections: input.sections,
      rules: input.rules,
      ownerUnitId: owner.id,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      isDemo: opts.isDemo ?? false,
    });
    await repo.replaceIndicators(tx, row.id, indicatorRows(input));
    await audit(tx, c, {
      entity: 'report_template',
      entityId: row.id,
      unitId: owner.id,
      action: 'create',
      after: input,
    });
    return row.id;
  });
  return templateDetail(ctx, id);
}
