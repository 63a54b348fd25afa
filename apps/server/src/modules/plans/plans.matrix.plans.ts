/** Access-matrix rows of the plans, their tasks and a unit's tasks and assignments. */
import type { MatrixRow } from '../../../test/access-matrix.types.ts';
import {
  assignmentAt,
  draftPlanAt,
  importFile,
  listed,
  planWithTaskAt,
  unitOf,
  year,
} from './plans.matrix.records.ts';

export const planRows: MatrixRow[] = [
  // --- a unit's tasks and assignments ---
  {
    method: 'GET',
    url: '/api/v1/plans/my-tasks',
    request: async (m, t) => ({ url: `/api/v1/plans/my-tasks?unitId=${unitOf(m, t)}&state=all` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/my-tasks.xlsx',
    request: async (m, t) => ({ url: `/api/v1/plans/my-tasks.xlsx?unitId=${unitOf(m, t)}` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/assignments/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/assignments/${await assignmentAt(m, t)}` }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/assignments/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/assignments/${await assignmentAt(m, t)}`,
      payload: { progress: 20, note: 'Đang làm' },
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/requirements',
    request: async (m, t) => ({ url: `/api/v1/plans/requirements?unitId=${unitOf(m, t)}` }),
  },

  // --- tasks ---
  {
    method: 'GET',
    url: '/api/v1/plans/tasks/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/tasks/${(await planWithTaskAt(m, t, false)).task.id}` }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/tasks/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/tasks/${(await planWithTaskAt(m, t, false)).task.id}`,
      payload: { description: 'Nội dung mới' },
    }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/tasks/:id/cancel',
    request: async (m, t) => ({
      url: `/api/v1/plans/tasks/${(await planWithTaskAt(m, t)).task.id}/cancel`,
      payload: {},
    }),
  },
  {
    method: 'DELETE',
    url: '/api/v1/plans/tasks/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/tasks/${(await planWithTaskAt(m, t, false)).task.id}` }),
  },

  // --- plans ---
  {
    method: 'GET',
    url: '/api/v1/plans',
    kind: 'list',
    request: async (m, t) => {
      const plan = await draftPlanAt(m, t);
      return { url: `/api/v1/plans?q=${encodeURIComponent(plan.title)}`, recordId: plan.id };
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: '/api/v1/plans',
    request: async (m, t) => ({
      url: '/api/v1/plans',
      payload: { unitId: unitOf(m, t), year: year(), title: 'Kế hoạch thử' },
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}` }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}`,
      payload: { title: 'Trích yếu mới' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/v1/plans/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}` }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/:id/issue',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/issue`, payload: {} }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/document.docx',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/document.docx` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/compliance',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/compliance` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/compliance.xlsx',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/compliance.xlsx` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/tasks',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await planWithTaskAt(m, t, false)).plan.id}/tasks` }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/:id/tasks',
    request: async (m, t) => ({
      url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/tasks`,
      payload: { title: 'Nhiệm vụ mới', assignTo: { unitIds: [unitOf(m, t)] }, dueDate: `${year()}-12-31` },
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/tasks.xlsx',
    request: async (m, t) => ({
      url: `/api/v1/plans/${(await planWithTaskAt(m, t, false)).plan.id}/tasks.xlsx`,
    }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/:id/tasks/import',
    request: async (m, t) => ({
      url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/tasks/import?mode=preview`,
      file: await importFile(m, t),
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/matrix',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await planWithTaskAt(m, t)).plan.id}/matrix` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/matrix.xlsx',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await planWithTaskAt(m, t)).plan.id}/matrix.xlsx` }),
  },
];
