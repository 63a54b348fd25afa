import type { UpdateTemplate } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound } from '../../../core/errors.ts';
import * as repo from './template.repository.ts';
import { authorizeTemplateEdit } from './template.policy.ts';
import { assertValidTemplate, indicatorRows } from './template.content.ts';
import { templateDetail } from './read-template.ts';

/**
 * Edits a template. A template that a period uses is frozen: the edit becomes a new version with the
 * same code (the old version stays as it was for its periods). Only the latest version can be edited.
 */
export async function updateTemplate(ctx: Ctx, id: number, input: UpdateTemplate) {
  const row = await repo.getTemplate(ctx.db, id);
  if (!row) throw NotFound('Đề cương báo cáo');
  const t = row.t;
  const versions = row.t.ownerUnitId ? await repo.templateVersions(ctx.db, t.code) : [];
  authorizeTemplateEdit(ctx, {
    builtin: t.builtin,
    ownerUnitId: t.ownerUnitId,
    ownerUnitPath: row.ownerUnitPath,
    latest: versions[0]?.id === t.id,
  });
  assertValidTemplate(input);
  const newId = await inTx(ctx, async (tx, c) => {
    if (t.frozenAt) {
      const next = await repo.insertTemplate(tx, {
        code: t.code,
        version: t.version + 1,
        name: input.name,
        legalBasis: input.legalBasis,
        description: input.description,
        sections: input.sections,
        rules: input.rules,
        ownerUnitId: t.ownerUnitId,
        previousVersionId: t.id,
        createdBy: c.actor?.system ? null : c.actor?.userId,
        isDemo: t.isDemo,
      });
      await repo.replaceIndicators(tx, next.id, indicatorRows(input));
      await audit(tx, c, {
        entity: 'report_template',
        entityId: next.id,
        unitId: t.ownerUnitId,
        action: 'new_version',
        before: { id: t.id, version: t.version },
        after: input,
      });
      return next.id;
    }
    await repo.updateTemplate(tx, t.id, {
      name: input.name,
      legalBasis: input.legalBasis,
      description: input.description,
      sections: input.sections,
      rules: input.rules,
    });
    await repo.replaceIndicators(tx, t.id, indicatorRows(input));
    await audit(tx, c, {
      entity: 'report_template',
      entityId: t.id,
      unitId: t.ownerUnitId,
      action: 'update',
      before: t,
      after: input,
    });
    return t.id;
  });
  return templateDetail(ctx, newId);
}
