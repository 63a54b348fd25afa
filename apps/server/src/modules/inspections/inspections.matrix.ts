/**
 * Access-control matrix rows of the inspections module: one per route. Plans and inspections are made
 * with the system context at the target unit (communeA 'own', communeB 'sibling', the province root
 * 'parent'), conducted by and of that unit, a fresh one for every request.
 */
import { todayInVietnam } from '@danvan/domain';
import type { BuiltRequest, MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys, uid } from '../../../test/factories.ts';
import { concludeInspection } from './inspection/conclude-inspection.ts';
import { createInspection } from './inspection/create-inspection.ts';
import { createPlan } from './plan/create-plan.ts';
import { createRecommendation } from './recommendation/create-recommendation.ts';
import { createViolation } from './violation/create-violation.ts';

const B = '/api/v1/inspections';
const req = (url: string, payload?: unknown, recordId?: unknown): BuiltRequest => ({
  url,
  payload,
  recordId,
});
const today = () => todayInVietnam(new Date());
const listed = (b: { items: { id: number }[] }, id: unknown) => b.items.some((x) => x.id === id);

async function inspectionAt(m: MatrixContext, t: Target, concluded = false) {
  const ctx = sys(m.env);
  const i = await createInspection(ctx, {
    unitId: m.unitId(t),
    conductorUnitId: m.unitId(t),
    mode: 'unplanned',
    title: `Kiểm tra thử ${uid()}`,
    startOn: today(),
  });
  if (!concluded) return i;
  return concludeInspection(ctx, i.id, {
    expectedVersion: i.version,
    conclusionNumber: `${uid()}/KL`,
    conclusionDate: today(),
    conclusionText: 'Kết luận thử.',
    signerName: 'Người Ký Thử',
    signerPosition: 'Chánh Thanh tra',
  });
}
const planAt = (m: MatrixContext, t: Target) =>
  createPlan(sys(m.env), { unitId: m.unitId(t), year: 2026, title: `Kế hoạch thử ${uid()}` });

export const rows: MatrixRow[] = [
  { method: 'GET', url: `${B}/reference`, kind: 'list', request: async () => req(`${B}/reference`) },
  {
    method: 'GET',
    url: `${B}/plans`,
    kind: 'list',
    request: async (m, t) => {
      const plan = await planAt(m, t);
      return req(`${B}/plans?year=2026&pageSize=500`, undefined, plan.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: `${B}/plans`,
    request: async (m, t) => req(`${B}/plans`, { unitId: m.unitId(t), year: 2026, title: `KH ${uid()}` }),
  },
  {
    method: 'GET',
    url: `${B}/plans/:id`,
    request: async (m, t) => req(`${B}/plans/${(await planAt(m, t)).id}`),
  },
  {
    method: 'PATCH',
    url: `${B}/plans/:id`,
    request: async (m, t) =>
      req(`${B}/plans/${(await planAt(m, t)).id}`, { title: `Sửa ${uid()}`, expectedVersion: 1 }),
  },
  {
    method: 'POST',
    url: `${B}/plans/:id/items`,
    request: async (m, t) =>
      req(`${B}/plans/${(await planAt(m, t)).id}/items`, {
        expectedVersion: 1,
        unitId: m.unitId(t),
        month: 6,
      }),
  },
  {
    method: 'GET',
    url: B,
    kind: 'list',
    request: async (m, t) => {
      const i = await inspectionAt(m, t);
      return req(`${B}?q=${encodeURIComponent(i.title)}`, undefined, i.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/export.xlsx`,
    request: async (m, t) => req(`${B}/export.xlsx?unitId=${m.unitId(t)}`),
  },
  {
    method: 'POST',
    url: B,
    request: async (m, t) =>
      req(B, {
        unitId: m.unitId(t),
        conductorUnitId: m.unitId(t),
        mode: 'unplanned',
        title: `Kiểm tra mới ${uid()}`,
        startOn: today(),
      }),
  },
  { method: 'GET', url: `${B}/:id`, request: async (m, t) => req(`${B}/${(await inspectionAt(m, t)).id}`) },
  {
    method: 'PATCH',
    url: `${B}/:id`,
    request: async (m, t) =>
      req(`${B}/${(await inspectionAt(m, t)).id}`, { findings: 'Đã sửa.', expectedVersion: 1 }),
  },
  {
    method: 'POST',
    url: `${B}/:id/conclude`,
    request: async (m, t) =>
      req(`${B}/${(await inspectionAt(m, t)).id}/conclude`, {
        expectedVersion: 1,
        conclusionNumber: `${uid()}/KL`,
        conclusionDate: today(),
        conclusionText: 'Kết luận.',
        signerName: 'Người Ký',
        signerPosition: 'Chánh Thanh tra',
      }),
  },
  {
    method: 'GET',
    url: `${B}/:id/conclusion.docx`,
    request: async (m, t) => req(`${B}/${(await inspectionAt(m, t, true)).id}/conclusion.docx`),
  },
  {
    method: 'POST',
    url: `${B}/:id/violations`,
    request: async (m, t) =>
      req(`${B}/${(await inspectionAt(m, t)).id}/violations`, {
        personName: 'Người Thử',
        rule: 'attitude',
        description: 'Hành vi thử.',
      }),
  },
  {
    method: 'PATCH',
    url: `${B}/violations/:id`,
    request: async (m, t) => {
      const i = await inspectionAt(m, t);
      const d = await createViolation(sys(m.env), i.id, {
        personName: 'Người Thử',
        rule: 'attire',
        description: 'Thử.',
      });
      return req(`${B}/violations/${d.violationList[0].id}`, { sanction: 'reminder', expectedVersion: 1 });
    },
  },
  {
    method: 'POST',
    url: `${B}/:id/recommendations`,
    request: async (m, t) =>
      req(`${B}/${(await inspectionAt(m, t)).id}/recommendations`, {
        content: 'Kiến nghị thử.',
        dueOn: today(),
      }),
  },
  {
    method: 'PATCH',
    url: `${B}/recommendations/:id`,
    request: async (m, t) => {
      const i = await inspectionAt(m, t);
      const d = await createRecommendation(sys(m.env), i.id, { content: 'Kiến nghị thử.' });
      return req(`${B}/recommendations/${d.recommendationList[0].id}`, {
        state: 'in_progress',
        expectedVersion: 1,
      });
    },
  },
];
