import type { MatrixRow } from '../../../test/access-matrix.types.ts';

export const rows: MatrixRow[] = [
  { method: 'GET', url: '/api/v1/meta', kind: 'public', request: async () => ({ url: '/api/v1/meta' }) },
];
