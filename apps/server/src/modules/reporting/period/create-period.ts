import type { CreatePeriod } from '@danvan/contracts';
import { defaultPeriodRange, nd09CutoffRange } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid, NotFound } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';
import * as repo from './period.repository.ts';
import * as templates from '../template/template.repository.ts';
import { authorizePeriod } from './period.policy.ts';
import { checkDates, checkRequired, defaultPeriodName } from './period.checks.ts';
import { presentPeriodById } from './read-period.ts';

export { defaultPeriodName };

/** Opens a report period of a root unit, freezing the template it uses. */
export async function createPeriod(ctx: Ctx, input: CreatePeriod, opts: { isDemo?: boolean } = {}) {
  const root = await org.getUnitById(ctx, input.rootUnitId);
  if (!root) throw NotFound('Đơn vị');
  authorizePeriod(ctx, 'create', { root });
  const tpl = await templates.getTemplate(ctx.db, input.templateId);
  if (!tpl) throw NotFound('Đề cương báo cáo');
  if (input.kind === 'quarterly' && !input.quarter) throw Invalid('Báo cáo quý phải chọn quý.');
  const range = defaultPeriodRange(input.kind, input.year, input.quarter ?? undefined);
  const fromDate = input.fromDate ?? range.from;
  const toDate = input.toDate ?? range.to;
  const earliest = input.deadlines.map((d) => d.deadline).sort()[0];
  const nd09 = nd09CutoffRange(input.kind, input.year, input.quarter ?? undefined)?.to ?? toDate;
  const cutoffDate =
    input.cutoffDate ?? [nd09, toDate, earliest].filter((d) => d >= fromDate).sort()[0] ?? toDate;
  checkDates({ fromDate, toDate, cutoffDate }, input.deadlines);
  await checkRequired(ctx, input.requiredGroups, input.requiredKinds);
  const id = await inTx(ctx, async (tx, c) => {
    const row = await repo.insertPeriod(tx, {
      templateId: tpl.t.id,
      rootUnitId: root.id,
      kind: input.kind,
      year: input.year,
      quarter: input.kind === 'quarterly' ? (input.quarter ?? null) : null,
      name: input.name?.trim() || defaultPeriodName(input.kind, input.year, input.quarter),
      fromDate,
      toDate,
      cutoffDate,
      requiredGroups: input.requiredGroups,
      requiredKinds: input.requiredKinds,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      isDemo: opts.isDemo ?? false,
    });
    await repo.setDeadlines(tx, row.id, input.deadlines);
    // A template in use is frozen: later edits make a new version.
    await templates.freezeTemplate(tx, tpl.t.id, c.clock.now());
    await audit(tx, c, {
      entity: 'report_period',
      entityId: row.id,
      unitId: root.id,
      action: 'create',
      after: { ...row, deadlines: input.deadlines },
    });
    return row.id;
  });
  return presentPeriodById(ctx, id);
}
