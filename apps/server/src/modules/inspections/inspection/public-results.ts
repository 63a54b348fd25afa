/**
 * The results of concluded inspections marked public, for the public portal: the unit, the body,
 * the dates, the conclusion's number and date, the public summary and the counts. No person's data
 * is ever read here (the violators' columns are not selected).
 */
import type { PortalItem, PublicInspectionResult } from '@danvan/contracts';
import { INSPECTION_KIND_LABELS, formatDateVi } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { listPage } from '../../../core/page.ts';
import type { PortalListQuery } from '../../../core/portal.ts';
import * as repo from './inspection.repository.ts';

export async function publicInspectionResults(
  ctx: Pick<Ctx, 'db'>,
  q: { unitId?: number; page?: number; pageSize?: number; id?: number } = {},
): Promise<{ items: PublicInspectionResult[]; total: number }> {
  return listPage(
    ctx,
    { page: q.page ?? 1, pageSize: q.pageSize ?? 50 },
    {
      ...repo.publicList(ctx.db, { unitId: q.unitId, id: q.id }),
      present: (rows) =>
        rows.map((r) => ({
          ...r,
          kind: r.kind as PublicInspectionResult['kind'],
          violations: Number(r.violations),
          recommendations: Number(r.recommendations),
          recommendationsDone: Number(r.recommendationsDone),
        })),
    },
  );
}

export function portalItem(r: PublicInspectionResult): PortalItem {
  return {
    id: String(r.id),
    section: 'inspections',
    title: r.title,
    summary: r.summary,
    unitId: r.unitId,
    unitName: r.unitName,
    date: r.conclusionDate,
    field: null,
    fieldLabel: null,
    state: r.kind,
    stateLabel: INSPECTION_KIND_LABELS[r.kind]?.vi ?? null,
    facts: [
      { label: 'Cơ quan tiến hành', value: r.conductorUnitName },
      {
        label: 'Thời gian',
        value: r.endOn ? `${formatDateVi(r.startOn)} – ${formatDateVi(r.endOn)}` : formatDateVi(r.startOn),
      },
      ...(r.conclusionNumber
        ? [
            {
              label: 'Kết luận',
              value: `Số ${r.conclusionNumber}${r.conclusionDate ? ` ngày ${formatDateVi(r.conclusionDate)}` : ''}`,
            },
          ]
        : []),
      { label: 'Số trường hợp vi phạm', value: String(r.violations) },
      { label: 'Kiến nghị đã thực hiện', value: `${r.recommendationsDone}/${r.recommendations}` },
    ],
  };
}

export async function portalList(ctx: Ctx, q: PortalListQuery) {
  const { items, total } = await publicInspectionResults(ctx, q);
  return { items: items.map(portalItem), total };
}
export async function portalGet(ctx: Ctx, id: number) {
  const { items } = await publicInspectionResults(ctx, { id, pageSize: 1 });
  return items[0] ? portalItem(items[0]) : null;
}
