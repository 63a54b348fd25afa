import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import { Invalid } from '../../../core/errors.ts';
import type { Db } from '../../../db/client.ts';
import type { ReportRow } from './report.repository.ts';
import { recordEvent, withReport, writeReport, type Loaded } from './load-report.ts';
import { authorizeReport, reportRecord } from './report.policy.ts';
import { presentAfter } from './report.present.ts';
import { notifyReport, UNIT_ROLES } from './report.notify.ts';

/** Returns a submitted report to the unit with comments, general and per section. */
export async function returnReport(
  ctx: Ctx,
  id: number,
  input: { comment: string; sectionComments: Record<string, string> },
) {
  const done = await withReport(ctx, id, (tx, c, l) => returnLoaded(tx, c, l, input));
  return presentAfter(ctx, done);
}

async function returnLoaded(
  tx: Db,
  ctx: Ctx,
  l: Loaded,
  input: { comment: string; sectionComments: Record<string, string> },
) {
  const id = l.report.r.id;
  authorizeReport(ctx, 'return', reportRecord(l));
  const codes = new Set<string>();
  const walk = (list: Loaded['template']['sections']) =>
    list.forEach((s) => (codes.add(s.code), walk(s.children)));
  walk(l.template.sections);
  const sections = Object.fromEntries(
    Object.entries(input.sectionComments).filter(([, v]) => v.trim() !== ''),
  );
  const unknown = Object.keys(sections).filter((k) => !codes.has(k));
  if (unknown.length) throw Invalid(`Mục không có trong đề cương: ${unknown.join(', ')}`);
  const patch: Partial<ReportRow> = {
    status: 'returned',
    reviewComments: { general: input.comment || null, sections },
  };
  const version = await writeReport(tx, l, patch);
  await recordEvent(tx, ctx, id, {
    action: 'return',
    from: 'submitted',
    to: 'returned',
    comment: input.comment || null,
    sectionComments: sections,
  });
  await audit(tx, ctx, {
    entity: 'report',
    entityId: id,
    unitId: l.report.r.unitId,
    action: 'return',
    before: { status: 'submitted' },
    after: { status: 'returned', comment: input.comment, sections },
  });
  await notifyReport(
    tx,
    ctx,
    l.report.r.unitId,
    UNIT_ROLES,
    {
      code: input.comment ? 'reporting.returned' : 'reporting.returned_by_item',
      params: { period: l.period.p.name, comment: input.comment ?? '' },
      title: `${l.period.p.name} bị trả lại`,
      body: input.comment || 'Xem ý kiến theo từng mục của báo cáo.',
    },
    id,
    `reporting:${id}:returned:${l.report.r.version}`,
  );
  return { l, patch, version };
}
