import type { MatrixRow } from '../../../test/access-matrix.types.ts';
import { unitFor } from '../../../test/factories.ts';

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/v1/audit',
    kind: 'list',
    request: async (m, t) => {
      const u = await unitFor(m, t); // creating it writes an audit row for that unit
      return { url: `/api/v1/audit?unitId=${u.id}&entity=org_unit`, recordId: u.id };
    },
    visible: (b: { items: { unitId: number }[] }, _m, _t, built) =>
      b.items.some((e) => e.unitId === built.recordId),
  },
  {
    method: 'GET',
    url: '/api/v1/audit/export.xlsx',
    kind: 'list',
    request: async () => ({ url: '/api/v1/audit/export.xlsx?entity=org_unit' }),
  },
];
