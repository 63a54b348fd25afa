import type { MatrixRow } from '../../../test/access-matrix.types.ts';
import { uid, unitFor } from '../../../test/factories.ts';
import ExcelJS from 'exceljs';

async function importFile(parentCode: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đơn vị');
  ws.addRow([
    'Mã đơn vị',
    'Tên đơn vị',
    'Loại đơn vị',
    'Mã đơn vị cấp trên',
    'Mã hành chính',
    'Nhóm',
    'Hiệu lực từ',
  ]);
  ws.addRow([`IMX_${uid()}`, 'Đơn vị nhập thử', 'public_service', parentCode, '', '', '01/07/2025']);
  return { name: 'don-vi.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) };
}

const listed = (body: { items: { id: number }[] }, id: unknown) => body.items.some((u) => u.id === id);

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/v1/org/units',
    kind: 'list',
    request: async (m, t) => {
      const u = await unitFor(m, t);
      return {
        url: `/api/v1/org/units?q=${encodeURIComponent(u.code)}&includeInactive=true`,
        recordId: u.id,
      };
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: '/api/v1/org/roots',
    kind: 'list',
    request: async (m, t) => ({ url: '/api/v1/org/roots', recordId: m.unitId(t) }),
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: '/api/v1/org/groups',
    kind: 'list',
    request: async () => ({ url: '/api/v1/org/groups' }),
  },
  {
    method: 'GET',
    url: '/api/v1/org/units/:id',
    request: async (m, t) => ({ url: `/api/v1/org/units/${(await unitFor(m, t)).id}` }),
  },
  {
    method: 'GET',
    url: '/api/v1/org/units/:id/history',
    request: async (m, t) => ({ url: `/api/v1/org/units/${(await unitFor(m, t)).id}/history` }),
  },
  {
    method: 'POST',
    url: '/api/v1/org/units',
    request: async (m, t) => ({
      url: '/api/v1/org/units',
      payload: {
        code: `NEW_${uid()}`,
        name: 'Đơn vị mới',
        kind: 'public_service',
        parentId: (await unitFor(m, t)).id,
        validFrom: '2026-01-01',
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/org/units/:id',
    request: async (m, t) => ({
      url: `/api/v1/org/units/${(await unitFor(m, t)).id}`,
      payload: { shortName: 'Tên ngắn' },
    }),
  },
  {
    method: 'POST',
    url: '/api/v1/org/units/:id/move',
    request: async (m, t) => {
      const u = await unitFor(m, t);
      const dest = await unitFor(m, t === 'parent' ? 'own' : t);
      return {
        url: `/api/v1/org/units/${u.id}/move`,
        payload: { newParentId: dest.id, effectiveDate: '2026-01-01' },
      };
    },
    okStatuses: [],
  },
  {
    method: 'POST',
    url: '/api/v1/org/units/:id/deactivate',
    request: async (m, t) => ({
      url: `/api/v1/org/units/${(await unitFor(m, t)).id}/deactivate`,
      payload: { validTo: '2026-12-31', reason: 'Thử phân quyền' },
    }),
    okStatuses: [422],
  },
  {
    method: 'POST',
    url: '/api/v1/org/merge',
    request: async (m, t) => {
      const a = await unitFor(m, t);
      const b = await unitFor(m, t === 'parent' ? 'own' : t);
      return {
        url: '/api/v1/org/merge',
        payload: { sourceIds: [a.id], targetId: b.id, effectiveDate: '2026-01-01' },
      };
    },
    okStatuses: [422],
  },
  {
    method: 'POST',
    url: '/api/v1/org/split',
    request: async (m, t) => {
      const a = await unitFor(m, t);
      return {
        url: '/api/v1/org/split',
        payload: {
          sourceId: a.id,
          effectiveDate: '2026-01-01',
          parts: [1, 2].map((i) => ({
            code: `SP${i}_${uid()}`,
            name: `Phần ${i}`,
            kind: 'public_service',
            parentId: m.unitId(t === 'parent' ? 'own' : t),
          })),
        },
      };
    },
    okStatuses: [422],
  },
  {
    method: 'POST',
    url: '/api/v1/org/import',
    request: async (m, t) => ({
      url: '/api/v1/org/import?mode=commit',
      file: await importFile((await unitFor(m, t)).code),
    }),
    deniedStatuses: [400, 403, 404],
  },
  {
    method: 'GET',
    url: '/api/v1/org/export.xlsx',
    kind: 'list',
    request: async () => ({ url: '/api/v1/org/export.xlsx' }),
  },
];
