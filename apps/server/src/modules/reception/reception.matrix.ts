import type { BuiltRequest, MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys, uid } from '../../../test/factories.ts';
import { createSchedule } from './schedule/create-schedule.ts';
import { createVisit } from './visit/create-visit.ts';

/**
 * Every record is made fresh by the system at the target unit (own = communeA, sibling = communeB,
 * parent = the province root), so writes and deletes never disturb one another.
 */
const B = '/api/v1/reception';

const scheduleBody = (unitId: number) => ({
  unitId,
  kind: 'regular' as const,
  title: `Lịch thử ma trận ${uid()}`,
  weekdays: [0, 1, 2, 3, 4, 5, 6],
  startTime: '07:30',
  endTime: '11:00',
  place: 'Phòng tiếp công dân',
  receiverName: 'Nguyễn Văn An',
  receiverTitle: 'Công chức tiếp công dân',
  validFrom: '2020-01-01',
});

const visitBody = (unitId: number, name = `Công dân ${uid()}`) => ({
  unitId,
  kind: 'regular' as const,
  receivedOn: '2025-11-04',
  receivedTime: '08:00',
  place: 'Phòng tiếp công dân',
  receiverName: 'Nguyễn Văn An',
  visitorsCount: 1,
  representativeName: name,
  content: 'Kiến nghị thử ma trận phân quyền.',
  field: 'dat_dai' as const,
  outcome: 'answered' as const,
  conclusion: 'Giao bộ phận chuyên môn xem xét, trả lời.',
});

async function schedule(m: MatrixContext, t: Target) {
  return createSchedule(sys(m.env), { ...scheduleBody(m.unitId(t)), monthDays: [], dates: [] } as never);
}
async function visit(m: MatrixContext, t: Target, name?: string) {
  return createVisit(sys(m.env), visitBody(m.unitId(t), name) as never);
}

const req = (url: string, payload?: unknown, recordId?: unknown): BuiltRequest => ({
  url,
  payload,
  recordId,
});
const listed = (b: { items: { id: number }[] }, _m: unknown, _t: unknown, built: BuiltRequest) =>
  b.items.some((x) => x.id === built.recordId);

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: `${B}/schedules`,
    kind: 'list',
    request: async (m, t) => req(`${B}/schedules?pageSize=500`, undefined, (await schedule(m, t)).id),
    visible: listed,
  },
  {
    method: 'POST',
    url: `${B}/schedules`,
    request: async (m, t) => req(`${B}/schedules`, scheduleBody(m.unitId(t))),
  },
  {
    method: 'GET',
    url: `${B}/schedules/:id`,
    request: async (m, t) => req(`${B}/schedules/${(await schedule(m, t)).id}`),
  },
  {
    method: 'PATCH',
    url: `${B}/schedules/:id`,
    request: async (m, t) => req(`${B}/schedules/${(await schedule(m, t)).id}`, { place: 'Hội trường UBND' }),
  },
  {
    method: 'DELETE',
    url: `${B}/schedules/:id`,
    request: async (m, t) => req(`${B}/schedules/${(await schedule(m, t)).id}`),
  },
  {
    method: 'GET',
    url: `${B}/sessions`,
    kind: 'list',
    request: async (m, t) =>
      req(`${B}/sessions?from=2026-03-02&to=2026-03-08`, undefined, (await schedule(m, t)).id),
    visible: (b: { items: { scheduleId: number }[] }, _m, _t, built) =>
      b.items.some((s) => s.scheduleId === built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/visits`,
    kind: 'list',
    request: async (m, t) => {
      const name = `Ma Trận ${uid()}`;
      const v = await visit(m, t, name);
      return req(`${B}/visits?q=${encodeURIComponent(name)}`, undefined, v.id);
    },
    visible: listed,
  },
  {
    method: 'GET',
    url: `${B}/visits/export.xlsx`,
    kind: 'list',
    request: async () => req(`${B}/visits/export.xlsx`),
  },
  {
    method: 'POST',
    url: `${B}/visits`,
    request: async (m, t) => req(`${B}/visits`, visitBody(m.unitId(t))),
  },
  {
    method: 'GET',
    url: `${B}/visits/:id`,
    request: async (m, t) => req(`${B}/visits/${(await visit(m, t)).id}`),
  },
  {
    method: 'PATCH',
    url: `${B}/visits/:id`,
    request: async (m, t) => req(`${B}/visits/${(await visit(m, t)).id}`, { place: 'Hội trường UBND' }),
  },
  {
    method: 'GET',
    url: `${B}/visits/:id/conclusion.docx`,
    request: async (m, t) => req(`${B}/visits/${(await visit(m, t)).id}/conclusion.docx`),
  },
  {
    method: 'GET',
    url: `${B}/compliance`,
    kind: 'list',
    request: async (m, t) => req(`${B}/compliance?from=2026-01&to=2026-03`, undefined, m.unitId(t)),
    visible: (b: { rows: { unitId: number }[] }, _m, _t, built) =>
      b.rows.some((r) => r.unitId === built.recordId),
  },
];
