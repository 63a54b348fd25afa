/**
 * Access-control matrix rows of the models module: one per route. Records are made with the system
 * context at the target unit: communeA ('own'), communeB ('sibling') or the province root ('parent'),
 * a fresh one for every request of a transition (each succeeds once). The criteria and the rule
 * values are the province's: only the coordinator of a whole tree changes them (allowedRoles: []).
 */
import { todayInVietnam } from '@danvan/domain';
import type { BuiltRequest, MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys, uid } from '../../../test/factories.ts';
import { createCommendation } from './commendation/create-commendation.ts';
import { listCriteria } from './criterion/read-criteria.ts';
import { evaluateModel } from './evaluation/evaluate-model.ts';
import { createModel } from './model/create-model.ts';
import { recogniseModel } from './model/recognise-model.ts';
import { startModel } from './model/start-model.ts';
import { listSettings } from './setting/read-settings.ts';

const B = '/api/v1/models';
const req = (url: string, payload?: unknown, recordId?: unknown): BuiltRequest => ({
  url,
  payload,
  recordId,
});
const today = () => todayInVietnam(new Date());
const WRITERS = ['unit_head', 'focal_officer'] as const;
const EVALUATORS = ['coordinator'] as const;

async function modelAt(
  m: MatrixContext,
  t: Target,
  upTo: 'registered' | 'running' | 'evaluated' | 'recognised' = 'registered',
) {
  const ctx = sys(m.env);
  let model = await createModel(ctx, {
    unitId: m.unitId(t),
    name: `Mô hình thử ${uid()}`,
    field: 'economy',
    registration: { situation: 'Thực trạng.', goals: 'Mục tiêu.', contentMethod: 'Cách làm.' },
    registeredOn: today(),
  });
  if (upTo === 'registered') return model;
  model = await startModel(ctx, model.id, { expectedVersion: model.version });
  if (upTo === 'running') return model;
  const criteria = (await listCriteria(ctx, {})).items;
  model = await evaluateModel(ctx, model.id, {
    expectedVersion: model.version,
    evaluatedOn: today(),
    scores: criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints })),
  });
  if (upTo === 'evaluated') return model;
  return recogniseModel(ctx, model.id, {
    expectedVersion: model.version,
    level: 'commune',
    decision: 'QĐ thử',
  });
}

async function commendationAt(m: MatrixContext, t: Target) {
  return createCommendation(sys(m.env), {
    unitId: m.unitId(t),
    recipientKind: 'collective',
    recipientName: `Tập thể thử ${uid()}`,
    level: 'commune',
    form: 'certificate_of_merit',
    decisionNumber: `${uid()}/QĐ-UBND`,
    decisionDate: today(),
    issuerName: 'Ủy ban nhân dân xã',
    signerName: 'Người Ký Thử',
  });
}

const listed = (b: { items: { id: number }[] }, id: unknown) => b.items.some((x) => x.id === id);

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: B,
    kind: 'list',
    request: async (m, t) => {
      const model = await modelAt(m, t);
      return req(`${B}?q=${encodeURIComponent(model.name)}`, undefined, model.id);
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
        name: `Mô hình mới ${uid()}`,
        field: 'culture_society',
        registration: { situation: 'Thực trạng.', goals: 'Mục tiêu.', contentMethod: 'Cách làm.' },
        registeredOn: today(),
      }),
  },
  { method: 'GET', url: `${B}/:id`, request: async (m, t) => req(`${B}/${(await modelAt(m, t)).id}`) },
  {
    method: 'PATCH',
    url: `${B}/:id`,
    request: async (m, t) =>
      req(`${B}/${(await modelAt(m, t)).id}`, { name: `Tên đã sửa ${uid()}`, expectedVersion: 1 }),
  },
  {
    method: 'POST',
    url: `${B}/:id/start`,
    request: async (m, t) => req(`${B}/${(await modelAt(m, t)).id}/start`, { expectedVersion: 1 }),
  },
  {
    method: 'POST',
    url: `${B}/:id/stop`,
    allowedRoles: [...WRITERS, ...EVALUATORS],
    request: async (m, t) =>
      req(`${B}/${(await modelAt(m, t)).id}/stop`, { expectedVersion: 1, reason: 'Thử ma trận' }),
  },
  {
    method: 'POST',
    url: `${B}/:id/results`,
    request: async (m, t) =>
      req(`${B}/${(await modelAt(m, t, 'running')).id}/results`, {
        reportedOn: today(),
        content: 'Kết quả thử.',
      }),
  },
  {
    method: 'POST',
    url: `${B}/:id/evaluations`,
    request: async (m, t) => {
      const model = await modelAt(m, t, 'running');
      const criteria = (await listCriteria(sys(m.env), {})).items;
      return req(`${B}/${model.id}/evaluations`, {
        expectedVersion: model.version,
        evaluatedOn: today(),
        scores: criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints })),
      });
    },
  },
  {
    method: 'POST',
    url: `${B}/:id/resume`,
    request: async (m, t) => {
      const model = await modelAt(m, t, 'evaluated');
      return req(`${B}/${model.id}/resume`, { expectedVersion: model.version, reason: 'Bổ sung.' });
    },
  },
  {
    method: 'POST',
    url: `${B}/:id/recognise`,
    request: async (m, t) => {
      const model = await modelAt(m, t, 'evaluated');
      return req(`${B}/${model.id}/recognise`, {
        expectedVersion: model.version,
        level: 'commune',
        decision: 'QĐ thử',
      });
    },
  },
  {
    method: 'POST',
    url: `${B}/:id/replicate`,
    request: async (m, t) => {
      const model = await modelAt(m, t, 'recognised');
      return req(`${B}/${model.id}/replicate`, { expectedVersion: model.version, note: 'Nhân rộng thử.' });
    },
  },
  { method: 'GET', url: `${B}/criteria`, kind: 'list', request: async () => req(`${B}/criteria`) },
  {
    method: 'POST',
    url: `${B}/criteria`,
    allowedRoles: [],
    request: async () =>
      req(`${B}/criteria`, {
        code: `mx_${uid().toLowerCase()}`,
        name: 'Tiêu chí thử',
        maxPoints: 5,
        basis: 'Thử',
      }),
  },
  {
    method: 'PATCH',
    url: `${B}/criteria/:id`,
    allowedRoles: [],
    request: async (m) =>
      req(`${B}/criteria/${(await listCriteria(sys(m.env), {})).items[0].id}`, { guidance: 'Thử' }),
  },
  { method: 'GET', url: `${B}/settings`, kind: 'list', request: async () => req(`${B}/settings`) },
  {
    method: 'PATCH',
    url: `${B}/settings/:id`,
    allowedRoles: [],
    request: async (m) => {
      const s = (await listSettings(sys(m.env))).items[0];
      return req(`${B}/settings/${s.id}`, { value: s.value, expectedVersion: s.version });
    },
  },
  {
    method: 'GET',
    url: `${B}/compliance`,
    kind: 'list',
    request: async (m, t) => req(`${B}/compliance?pageSize=500`, undefined, m.unitId(t)),
    visible: (b, _m, _t, built) => b.items.some((x: { unitId: number }) => x.unitId === built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/commendations`,
    kind: 'list',
    request: async (m, t) => {
      const c = await commendationAt(m, t);
      return req(`${B}/commendations?q=${encodeURIComponent(c.recipientName)}`, undefined, c.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/commendations/export.xlsx`,
    request: async (m, t) => req(`${B}/commendations/export.xlsx?unitId=${m.unitId(t)}`),
  },
  {
    method: 'POST',
    url: `${B}/commendations`,
    allowedRoles: [...WRITERS, ...EVALUATORS],
    request: async (m, t) =>
      req(`${B}/commendations`, {
        unitId: m.unitId(t),
        recipientKind: 'individual',
        recipientName: 'Nguyễn Văn Thử',
        level: 'commune',
        form: 'praise',
        decisionNumber: `${uid()}/QĐ`,
        decisionDate: today(),
        issuerName: 'Ủy ban nhân dân xã',
        signerName: 'Người Ký',
      }),
  },
  {
    method: 'GET',
    url: `${B}/commendations/:id`,
    request: async (m, t) => req(`${B}/commendations/${(await commendationAt(m, t)).id}`),
  },
  {
    method: 'PATCH',
    url: `${B}/commendations/:id`,
    allowedRoles: [...WRITERS, ...EVALUATORS],
    request: async (m, t) =>
      req(`${B}/commendations/${(await commendationAt(m, t)).id}`, {
        signerName: 'Người Ký Khác',
        expectedVersion: 1,
      }),
  },
  {
    method: 'GET',
    url: `${B}/commendations/:id/decision.docx`,
    request: async (m, t) => req(`${B}/commendations/${(await commendationAt(m, t)).id}/decision.docx`),
  },
];
