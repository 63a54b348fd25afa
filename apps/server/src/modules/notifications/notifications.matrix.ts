import type { MatrixRow } from '../../../test/access-matrix.types.ts';

// The inbox belongs to the person: every signed-in user reads and marks only their own messages.
export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/v1/notifications',
    kind: 'self',
    request: async () => ({ url: '/api/v1/notifications' }),
  },
  {
    method: 'GET',
    url: '/api/v1/notifications/unread-count',
    kind: 'self',
    request: async () => ({ url: '/api/v1/notifications/unread-count' }),
  },
  {
    method: 'POST',
    url: '/api/v1/notifications/:id/read',
    kind: 'self',
    okStatuses: [404],
    request: async () => ({ url: '/api/v1/notifications/999999999/read' }),
  },
  {
    method: 'POST',
    url: '/api/v1/notifications/read-all',
    kind: 'self',
    request: async () => ({ url: '/api/v1/notifications/read-all' }),
  },
];
