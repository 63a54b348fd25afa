import type { MatrixRow } from '../../../test/access-matrix.types.ts';

export const rows: MatrixRow[] = [
  {
    method: 'POST',
    url: '/api/v1/auth/login',
    kind: 'public',
    okStatuses: [401],
    request: async () => ({
      url: '/api/v1/auth/login',
      payload: { username: 'khong_ton_tai', password: 'sai-mat-khau' },
    }),
  },
  { method: 'GET', url: '/api/v1/auth/me', kind: 'self', request: async () => ({ url: '/api/v1/auth/me' }) },
  {
    method: 'POST',
    url: '/api/v1/auth/password',
    kind: 'self',
    okStatuses: [400],
    request: async () => ({
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'sai', newPassword: 'MatKhauMoi@2026' },
    }),
  },
  {
    method: 'POST',
    url: '/api/v1/auth/switch-unit',
    kind: 'self',
    okStatuses: [404],
    request: async () => ({ url: '/api/v1/auth/switch-unit', payload: { assignmentId: 999999999 } }),
  },
  // logging out ends the session, so it is exercised last by the auth tests, not here: a fresh session per call
  {
    method: 'POST',
    url: '/api/v1/auth/logout',
    kind: 'self',
    freshSession: true,
    request: async () => ({ url: '/api/v1/auth/logout' }),
  },
];
