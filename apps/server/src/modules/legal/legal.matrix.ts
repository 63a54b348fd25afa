import type { BuiltRequest, MatrixContext, MatrixRow } from '../../../test/access-matrix.types.ts';
import { sys, uid } from '../../../test/factories.ts';
import { createCalendarDay } from './calendar/create-calendar-day.ts';
import { createRule } from './rule/create-rule.ts';

/**
 * The register and the calendar are national data: every holder of legal:read reads them (lists, no
 * unit). Writes need legal:manage over a whole tree (an administrator at a root unit), so no role
 * assigned at a commune may write, the administrator included (allowedRoles: []).
 */
const B = '/api/v1/legal';
const req = (url: string, payload?: unknown): BuiltRequest => ({ url, payload });

let rule: Promise<number> | null = null;
let day: Promise<number> | null = null;

/** One rule and one calendar day made by the system for the write rows (every write is refused). */
function ruleId(m: MatrixContext): Promise<number> {
  rule ??= createRule(sys(m.env), {
    code: `ma_tran.${uid().toLowerCase()}`,
    name: 'Quy định thử ma trận quyền',
    value: 5,
    unit: 'working_days',
    conditions: {},
    basis: { law: 'Văn bản thử nghiệm' },
    effectiveFrom: '2020-01-01',
    effectiveTo: null,
    needsCheck: false,
  }).then((r) => r.id);
  return rule;
}
function dayId(m: MatrixContext): Promise<number> {
  day ??= createCalendarDay(sys(m.env), {
    date: `2091-0${1 + (parseInt(uid(), 16) % 9)}-1${parseInt(uid(), 16) % 9}`,
    name: 'Ngày nghỉ thử ma trận quyền',
    workday: false,
    basis: '',
    needsCheck: false,
  }).then((d) => d.id);
  return day;
}

const ruleBody = () => ({
  code: `ma_tran.moi_${uid().toLowerCase()}`,
  name: 'Quy định mới',
  value: 3,
  unit: 'working_days',
  basis: { law: 'Văn bản thử nghiệm' },
  effectiveFrom: '2020-01-01',
});

export const rows: MatrixRow[] = [
  { method: 'GET', url: `${B}/rules`, kind: 'list', request: async () => req(`${B}/rules`) },
  {
    method: 'GET',
    url: `${B}/deadline`,
    kind: 'list',
    request: async () => req(`${B}/deadline?code=khieu_nai.giai_quyet&start=2026-03-02`),
  },
  { method: 'GET', url: `${B}/calendar`, kind: 'list', request: async () => req(`${B}/calendar?year=2026`) },
  { method: 'POST', url: `${B}/rules`, allowedRoles: [], request: async () => req(`${B}/rules`, ruleBody()) },
  {
    method: 'PATCH',
    url: `${B}/rules/:id`,
    allowedRoles: [],
    request: async (m) => req(`${B}/rules/${await ruleId(m)}`, { value: 4 }),
  },
  {
    method: 'POST',
    url: `${B}/rules/:id/retire`,
    allowedRoles: [],
    request: async (m) =>
      req(`${B}/rules/${await ruleId(m)}/retire`, { effectiveTo: '2030-12-31', reason: 'Thử ma trận' }),
  },
  {
    method: 'POST',
    url: `${B}/calendar`,
    allowedRoles: [],
    request: async () => req(`${B}/calendar`, { date: '2092-03-03', name: 'Ngày nghỉ mới' }),
  },
  {
    method: 'PATCH',
    url: `${B}/calendar/:id`,
    allowedRoles: [],
    request: async (m) => req(`${B}/calendar/${await dayId(m)}`, { name: 'Tên đã sửa' }),
  },
  {
    method: 'DELETE',
    url: `${B}/calendar/:id`,
    allowedRoles: [],
    request: async (m) => req(`${B}/calendar/${await dayId(m)}`),
  },
];
