import type { BuiltRequest, MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys, uid } from '../../../test/factories.ts';
import { OUTLINE_1432 } from '@danvan/domain';
import { createTemplate } from './template/create-template.ts';
import { ensureBuiltinTemplates } from './template/ensure-builtin-templates.ts';
import { getTemplateByCode } from './template/template.repository.ts';
import { createPeriod } from './period/create-period.ts';
import { openReport } from './report/open-report.ts';
import { acceptReport } from './report/accept-report.ts';
import { submitReport } from './report/submit-report.ts';
import { compileProvinceReport } from './rollup/compile-province-report.ts';

/**
 * Access-control matrix rows of the reporting module. Targets: a record of communeA ('own'), of
 * communeB ('sibling') or of the province root ('parent'). Periods are the province's: for a
 * period-level view the target is the unit asked about (?unitId=); for a period itself, 'parent' is a
 * period the commune is not asked to report in. Reviewing (return, accept, reopen) is done by a higher
 * level only, never on one's own unit: no role may do it to 'own' (allowedRoles: []).
 */
const B = '/api/v1/reporting';

const templateCache = new Map<string, number>();

function templateBody(code: string, ownerUnitId: number) {
  return {
    code,
    name: 'Đề cương kiểm tra phân quyền',
    legalBasis: '',
    description: '',
    ownerUnitId,
    sections: [
      { code: 'I', number: 'I', title: 'KHÁI QUÁT CHUNG', guidance: '', hasNarrative: true, children: [] },
      { code: 'II', number: 'II', title: 'KẾT QUẢ', guidance: '', hasNarrative: true, children: [] },
    ],
    indicators: [
      {
        code: 'received',
        sectionCode: 'II',
        name: 'Số đơn tiếp nhận',
        unit: 'đơn',
        type: 'integer' as const,
        aggregation: 'sum' as const,
      },
    ],
    rules: [],
  };
}

async function template(m: MatrixContext): Promise<number> {
  const key = m.p.suffix;
  if (!templateCache.has(key)) {
    const t = await createTemplate(sys(m.env), templateBody(`MX_${uid()}`, m.p.root.id));
    templateCache.set(key, t.id);
  }
  return templateCache.get(key)!;
}

/** A fresh period issued by `rootUnitId`. */
async function period(
  m: MatrixContext,
  rootUnitId: number,
  required: { groups?: string[]; kinds?: string[] } = { groups: ['khoi_xa'] },
) {
  return createPeriod(sys(m.env), {
    templateId: await template(m),
    rootUnitId,
    kind: 'ad_hoc',
    year: 2026,
    deadlines: [
      { level: 'unit', deadline: '2026-12-10', remindDaysBefore: 5 },
      { level: 'province', deadline: '2026-12-20', remindDaysBefore: 5 },
    ],
    requiredGroups: required.groups ?? [],
    requiredKinds: required.kinds ?? [],
  });
}

/** A period the target can see: the province's for communes, one the commune is not in for 'parent'. */
async function periodFor(m: MatrixContext, t: Target) {
  if (t === 'own') return period(m, m.p.root.id);
  if (t === 'sibling') return period(m, m.p.communeB.id, { kinds: ['commune'] });
  return period(m, m.p.root.id, { groups: ['khoi_so_nganh'] });
}

/** A period issued by the target unit (for the coordinator's views of the period as a whole). */
const periodIssuedBy = (m: MatrixContext, t: Target) => period(m, m.unitId(t), { kinds: ['commune'] });

/** A draft report of the target unit: a unit's report, or the province's own report for 'parent'. */
async function report(m: MatrixContext, t: Target, status: 'draft' | 'submitted' | 'accepted' = 'draft') {
  const ctx = sys(m.env);
  const per = await period(m, m.p.root.id);
  const r =
    t === 'parent'
      ? await compileProvinceReport(ctx, per.id, {
          includeSubmitted: false,
          overwriteNarratives: false,
        })
      : await openReport(ctx, per.id, m.unitId(t));
  if (status !== 'draft') await submitReport(ctx, r.id, {});
  if (status === 'accepted') await acceptReport(ctx, r.id, {});
  return r.id;
}

const req = (url: string, payload?: unknown): BuiltRequest => ({ url, payload });

export const rows: MatrixRow[] = [
  // Templates: reference data for every signed-in user.
  { method: 'GET', url: `${B}/templates`, kind: 'self', request: async () => req(`${B}/templates`) },
  {
    method: 'GET',
    url: `${B}/templates/:id`,
    kind: 'self',
    request: async (m) => {
      await ensureBuiltinTemplates(sys(m.env));
      const t = (await getTemplateByCode(m.env.database.db, OUTLINE_1432.code))!;
      return req(`${B}/templates/${t.id}`);
    },
  },
  { method: 'GET', url: `${B}/providers`, kind: 'self', request: async () => req(`${B}/providers`) },
  {
    method: 'POST',
    url: `${B}/templates`,
    request: async (m, t) => req(`${B}/templates`, templateBody(`MXN_${uid()}`, m.unitId(t))),
  },
  {
    method: 'PUT',
    url: `${B}/templates/:id`,
    request: async (m, t) => {
      const created = await createTemplate(sys(m.env), templateBody(`MXU_${uid()}`, m.unitId(t)));
      const { code: _c, ownerUnitId: _o, ...body } = templateBody('x', m.unitId(t));
      return req(`${B}/templates/${created.id}`, { ...body, name: 'Đề cương đã sửa' });
    },
  },

  // Periods
  { method: 'GET', url: `${B}/periods`, request: async (m, t) => req(`${B}/periods?unitId=${m.unitId(t)}`) },
  {
    method: 'GET',
    url: `${B}/periods/:id`,
    request: async (m, t) => req(`${B}/periods/${(await periodFor(m, t)).id}`),
  },
  {
    method: 'POST',
    url: `${B}/periods`,
    request: async (m, t) =>
      req(`${B}/periods`, {
        templateId: await template(m),
        rootUnitId: m.unitId(t),
        kind: 'thematic',
        year: 2026,
        deadlines: [{ level: 'unit', deadline: '2026-12-10' }],
        requiredKinds: ['commune'],
      }),
  },
  {
    method: 'PATCH',
    url: `${B}/periods/:id`,
    request: async (m, t) =>
      req(`${B}/periods/${(await periodIssuedBy(m, t)).id}`, { name: 'Kỳ báo cáo đã đổi tên' }),
  },
  {
    method: 'POST',
    url: `${B}/periods/:id/remind`,
    request: async (m, t) => req(`${B}/periods/${(await periodIssuedBy(m, t)).id}/remind`),
  },
  {
    method: 'GET',
    url: `${B}/periods/:id/reports`,
    request: async (m, t) =>
      req(`${B}/periods/${(await period(m, m.p.root.id)).id}/reports?unitId=${m.unitId(t)}`),
  },
  {
    method: 'POST',
    url: `${B}/periods/:id/reports`,
    request: async (m, t) =>
      req(`${B}/periods/${(await period(m, m.p.root.id)).id}/reports`, { unitId: m.unitId(t) }),
  },
  {
    method: 'GET',
    url: `${B}/periods/:id/rollup`,
    request: async (m, t) =>
      req(`${B}/periods/${(await period(m, m.p.root.id)).id}/rollup?unitId=${m.unitId(t)}`),
  },
  {
    method: 'GET',
    url: `${B}/periods/:id/rollup/units`,
    request: async (m, t) =>
      req(
        `${B}/periods/${(await period(m, m.p.root.id)).id}/rollup/units?unitId=${m.unitId(t)}&indicator=received`,
      ),
  },
  {
    method: 'GET',
    url: `${B}/periods/:id/dashboard`,
    request: async (m, t) =>
      req(`${B}/periods/${(await period(m, m.p.root.id)).id}/dashboard?unitId=${m.unitId(t)}`),
  },
  {
    method: 'GET',
    url: `${B}/periods/:id/export.xlsx`,
    request: async (m, t) =>
      req(`${B}/periods/${(await period(m, m.p.root.id)).id}/export.xlsx?unitId=${m.unitId(t)}`),
  },
  {
    method: 'GET',
    url: `${B}/periods/:id/compilation`,
    request: async (m, t) => req(`${B}/periods/${(await periodIssuedBy(m, t)).id}/compilation`),
  },
  {
    method: 'POST',
    url: `${B}/periods/:id/compile`,
    request: async (m, t) => req(`${B}/periods/${(await periodIssuedBy(m, t)).id}/compile`, {}),
  },

  // Reports
  {
    method: 'GET',
    url: `${B}/reports/:id`,
    request: async (m, t) => req(`${B}/reports/${await report(m, t)}`),
  },
  {
    method: 'PATCH',
    url: `${B}/reports/:id`,
    request: async (m, t) =>
      req(`${B}/reports/${await report(m, t)}`, {
        narratives: { I: 'Nội dung' },
        values: [{ code: 'received', value: 3 }],
      }),
  },
  {
    method: 'POST',
    url: `${B}/reports/:id/recompute`,
    request: async (m, t) => req(`${B}/reports/${await report(m, t)}/recompute`),
  },
  {
    method: 'POST',
    url: `${B}/reports/:id/submit`,
    request: async (m, t) => req(`${B}/reports/${await report(m, t)}/submit`, {}),
  },
  {
    method: 'POST',
    url: `${B}/reports/:id/return`,
    allowedRoles: [],
    request: async (m, t) =>
      req(`${B}/reports/${await report(m, t, 'submitted')}/return`, { comment: 'Đề nghị bổ sung' }),
  },
  {
    method: 'POST',
    url: `${B}/reports/:id/accept`,
    allowedRoles: [],
    request: async (m, t) => req(`${B}/reports/${await report(m, t, 'submitted')}/accept`, {}),
  },
  {
    method: 'POST',
    url: `${B}/reports/:id/reopen`,
    allowedRoles: [],
    request: async (m, t) =>
      req(`${B}/reports/${await report(m, t, 'accepted')}/reopen`, { reason: 'Điều chỉnh số liệu' }),
  },
  {
    method: 'GET',
    url: `${B}/reports/:id/export.docx`,
    request: async (m, t) => req(`${B}/reports/${await report(m, t)}/export.docx`),
  },
  {
    method: 'GET',
    url: `${B}/reports/:id/export.xlsx`,
    request: async (m, t) => req(`${B}/reports/${await report(m, t)}/export.xlsx`),
  },
];
