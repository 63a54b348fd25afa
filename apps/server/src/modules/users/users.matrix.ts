import type { MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { makeUser, uid } from '../../../test/factories.ts';

/** A fresh user with a role at the target unit. */
async function userAt(m: MatrixContext, t: Target) {
  return makeUser(m.env, 'focal_officer', m.unitId(t));
}

export const rows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/v1/users',
    kind: 'list',
    request: async (m, t) => {
      const u = await userAt(m, t);
      return { url: `/api/v1/users?q=${u.username}`, recordId: u.id };
    },
    visible: (b: { items: { id: number }[] }, _m, _t, built) => b.items.some((u) => u.id === built.recordId),
  },
  {
    method: 'GET',
    url: '/api/v1/users/:id',
    request: async (m, t) => ({ url: `/api/v1/users/${(await userAt(m, t)).id}` }),
  },
  // creating an account, with its first role at the administrator's own unit (only an administrator of
  // the whole tree may leave it without one: users.security.test.ts)
  {
    method: 'POST',
    url: '/api/v1/users',
    kind: 'list',
    request: async (m) => ({
      url: '/api/v1/users',
      payload: {
        username: `nguoidung_${uid()}`.toLowerCase(),
        fullName: 'Người Dùng Mới',
        password: 'MatKhau@2026x',
        assignment: { role: 'focal_officer', unitId: m.unitId('own'), includeSubtree: true },
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/users/:id',
    request: async (m, t) => ({
      url: `/api/v1/users/${(await userAt(m, t)).id}`,
      payload: { position: 'Chuyên viên' },
    }),
  },
  {
    method: 'POST',
    url: '/api/v1/users/:id/password',
    request: async (m, t) => ({
      url: `/api/v1/users/${(await userAt(m, t)).id}/password`,
      payload: { password: 'MatKhauMoi@2026' },
    }),
  },
  {
    method: 'POST',
    url: '/api/v1/users/:id/assignments',
    request: async (m, t) => ({
      url: `/api/v1/users/${(await userAt(m, t)).id}/assignments`,
      payload: { role: 'unit_head', unitId: m.unitId(t), includeSubtree: true },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/v1/users/:id/assignments/:assignmentId',
    request: async (m, t) => {
      const u = await userAt(m, t);
      const res = await m.env.app.inject({
        method: 'GET',
        url: `/api/v1/users/${u.id}`,
        headers: m.as('admin'),
      });
      const assignmentId = res.statusCode === 200 ? JSON.parse(res.body).assignments[0].id : 999999;
      // for targets the admin cannot see, look the assignment up directly
      const id =
        assignmentId === 999999
          ? (
              await m.env.database.query<{ id: number }>(
                'select id from role_assignments where user_id = $1',
                [u.id],
              )
            )[0].id
          : assignmentId;
      return { url: `/api/v1/users/${u.id}/assignments/${id}` };
    },
  },
];
