/** Access-matrix rows of the plans registers: guiding documents, year themes, movements, leaders in charge. */
import type { MatrixRow } from '../../../test/access-matrix.types.ts';
import { uid, unitFor } from '../../../test/factories.ts';
import { docAt, leaderAt, listed, movementAt, themeAt, unitOf } from './plans.matrix.records.ts';

export const registerRows: MatrixRow[] = [
  // --- guiding documents ---
  {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents',
    kind: 'list',
    request: async (m, t) => {
      const d = await docAt(m, t);
      return {
        url: `/api/v1/plans/guiding-documents?q=${encodeURIComponent(d.numberSymbol)}`,
        recordId: d.id,
      };
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents/export.xlsx',
    kind: 'list',
    request: async () => ({ url: '/api/v1/plans/guiding-documents/export.xlsx?q=MX-' }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/guiding-documents/${(await docAt(m, t)).id}` }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/guiding-documents',
    request: async (m, t) => ({
      url: '/api/v1/plans/guiding-documents',
      payload: {
        unitId: unitOf(m, t),
        numberSymbol: `MX-${uid()}`,
        issuedOn: '2024-01-15',
        issuer: 'UBND tỉnh',
        kind: 'cong_van',
        title: 'Văn bản thử',
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/guiding-documents/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/guiding-documents/${(await docAt(m, t)).id}`,
      payload: { summary: 'Tóm tắt mới' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/v1/plans/guiding-documents/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/guiding-documents/${(await docAt(m, t)).id}` }),
  },

  // --- year themes and movements (a superior's apply below it by design: see plans.registers.test.ts) ---
  {
    method: 'GET',
    url: '/api/v1/plans/themes',
    kind: 'list',
    request: async (m, t) => {
      const th = await themeAt(m, t);
      return { url: `/api/v1/plans/themes?year=${th.year}`, recordId: th.id };
    },
    visible: (b, _m, t, built) => t !== 'parent' && listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/themes',
    request: async (m, t) => ({
      url: '/api/v1/plans/themes',
      payload: {
        unitId: t === 'parent' ? m.p.root.id : (await unitFor(m, t)).id,
        year: 2030,
        name: 'Chủ đề năm thử',
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/themes/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/themes/${(await themeAt(m, t)).id}`,
      payload: { description: 'Mô tả mới' },
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/movements',
    kind: 'list',
    request: async (m, t) => ({ url: '/api/v1/plans/movements', recordId: (await movementAt(m, t)).id }),
    visible: (b, _m, t, built) => t !== 'parent' && listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/movements',
    request: async (m, t) => ({
      url: '/api/v1/plans/movements',
      payload: {
        unitId: unitOf(m, t),
        code: `mx_${uid().toLowerCase()}`,
        name: 'Phong trào thử',
        kind: 'phong_trao',
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/movements/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/movements/${(await movementAt(m, t)).id}`,
      payload: { description: 'Mô tả mới' },
    }),
  },

  // --- leaders in charge ---
  {
    method: 'GET',
    url: '/api/v1/plans/leaders',
    kind: 'list',
    request: async (m, t) => {
      const l = await leaderAt(m, t);
      return { url: `/api/v1/plans/leaders?q=${encodeURIComponent(l.leaderName)}`, recordId: l.id };
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/leaders/compliance',
    request: async (m, t) => ({ url: `/api/v1/plans/leaders/compliance?unitId=${unitOf(m, t)}` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/leaders/compliance.xlsx',
    request: async (m, t) => ({ url: `/api/v1/plans/leaders/compliance.xlsx?unitId=${unitOf(m, t)}` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/leaders/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/leaders/${(await leaderAt(m, t)).id}` }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/leaders',
    request: async (m, t) => ({
      url: '/api/v1/plans/leaders',
      payload: {
        unitId: unitOf(m, t),
        leaderName: 'Lãnh Đạo Thử',
        position: 'Phó Chủ tịch',
        fromDate: '2025-01-01',
        decisionNumber: '1/QĐ',
        decisionDate: '2024-12-20',
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/leaders/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/leaders/${(await leaderAt(m, t)).id}`,
      payload: { note: 'Ghi chú' },
    }),
  },
];
