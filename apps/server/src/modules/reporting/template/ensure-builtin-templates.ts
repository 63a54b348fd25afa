import { BUILTIN_TEMPLATES } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import * as repo from './template.repository.ts';
import { fromDomain, indicatorRows } from './template.content.ts';

/** Inserts the built-in templates (the 1432/BNV-CTTN outline) once; they are frozen from the start. */
export async function ensureBuiltinTemplates(ctx: Ctx, opts: { isDemo?: boolean } = {}): Promise<void> {
  for (const t of BUILTIN_TEMPLATES) {
    if (await repo.getTemplateByCode(ctx.db, t.code)) continue;
    await inTx(ctx, async (tx, c) => {
      if (await repo.getTemplateByCode(tx, t.code)) return;
      const def = fromDomain(t);
      const row = await repo.insertTemplate(tx, {
        code: t.code,
        version: 1,
        name: t.name,
        legalBasis: t.legalBasis,
        description: t.description,
        sections: def.sections,
        rules: def.rules,
        builtin: true,
        frozenAt: c.clock.now(),
        isDemo: opts.isDemo ?? false,
      });
      await repo.replaceIndicators(tx, row.id, indicatorRows(def));
      await audit(tx, c, {
        entity: 'report_template',
        entityId: row.id,
        action: 'create',
        after: { code: t.code },
      });
    });
  }
}
