import type { MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys, uid } from '../../../test/factories.ts';
import { createSituation } from './situation/create-situation.ts';

/**
 * A note is its unit's: read by situations:read over the unit, written by situations:write there;
 * never shared downwards (the 'parent' note of the province root stays invisible to a commune) nor
 * sideways. Every request gets a fresh note of the target unit, with one follow-up action.
 */
const B = '/api/v1/situations';

async function note(m: MatrixContext, t: Target, token = uid()) {
  return createSituation(sys(m.env), {
    unitId: m.unitId(t),
    place: `Ấp thử ma trận ${token}`,
    topic: 'hot_spot',
    level: 'watch',
    summary: `Tình hình thử phân quyền ${token}`,
    notedOn: '2026-01-05',
    followUps: [{ action: 'Kiểm tra hiện trường', assignee: 'Công an xã', dueDate: '2026-01-20' }],
  });
}

const listed = (b: { items: { id: number }[] }, id: unknown) => b.items.some((s) => s.id === id);

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: B,
    kind: 'list',
    request: async (m, t) => {
      const token = uid();
      const s = await note(m, t, token);
      return { url: `${B}?q=${encodeURIComponent(token)}`, recordId: s.id };
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: `${B}/export.xlsx`,
    kind: 'list',
    request: async (m, t) => ({ url: `${B}/export.xlsx?q=${(await note(m, t)).id}` }),
  },
  {
    method: 'GET',
    url: `${B}/:id`,
    request: async (m, t) => ({ url: `${B}/${(await note(m, t)).id}` }),
  },
  {
    method: 'POST',
    url: B,
    request: async (m, t) => ({
      url: B,
      payload: {
        unitId: m.unitId(t),
        place: 'Khu phố 2',
        topic: 'public_order',
        summary: 'Tình hình mới',
        notedOn: '2026-01-05',
      },
    }),
  },
  {
    method: 'PATCH',
    url: `${B}/:id`,
    request: async (m, t) => {
      const s = await note(m, t);
      return { url: `${B}/${s.id}`, payload: { level: 'complex', expectedVersion: s.version } };
    },
  },
  {
    method: 'DELETE',
    url: `${B}/:id`,
    request: async (m, t) => ({ url: `${B}/${(await note(m, t)).id}` }),
  },
  {
    method: 'POST',
    url: `${B}/:id/follow-ups`,
    request: async (m, t) => ({
      url: `${B}/${(await note(m, t)).id}/follow-ups`,
      payload: { action: 'Vận động các hộ', assignee: 'Mặt trận xã', dueDate: '2026-02-01' },
    }),
  },
  {
    method: 'PATCH',
    url: `${B}/follow-ups/:id`,
    request: async (m, t) => {
      const f = (await note(m, t)).followUps[0];
      return {
        url: `${B}/follow-ups/${f.id}`,
        payload: { state: 'in_progress', expectedVersion: f.version },
      };
    },
  },
  {
    method: 'DELETE',
    url: `${B}/follow-ups/:id`,
    request: async (m, t) => ({ url: `${B}/follow-ups/${(await note(m, t)).followUps[0].id}` }),
  },
];
