import type { FastifyInstance } from 'fastify';
import {
  CreateAssignment,
  CreateUser,
  IdParam,
  Ok,
  paged,
  ResetPassword,
  UpdateUser,
  User,
  UserAssignmentParams,
  UserListQuery,
} from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { addAssignment } from './assignment/add-assignment.ts';
import { removeAssignment } from './assignment/remove-assignment.ts';
import { createUserWithRole } from './user/create-user.ts';
import { getUser, listUsers } from './user/read-user.ts';
import { resetPassword } from './user/reset-password.ts';
import { updateUser } from './user/update-user.ts';

const tags = ['Người dùng và phân quyền'];

export function registerUsersRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/users',
    operationId: 'listUsers',
    access: 'users:read',
    tags,
    summary: 'Danh sách người dùng trong phạm vi',
    response: paged(User),
    query: UserListQuery,
    handler: (ctx, { query }) => listUsers(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/users/:id',
    operationId: 'getUser',
    access: 'users:read',
    tags,
    summary: 'Một người dùng',
    response: User,
    params: IdParam,
    handler: (ctx, { params }) => getUser(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/users',
    operationId: 'createUser',
    access: 'users:write',
    tags,
    summary: 'Tạo người dùng (kèm vai trò ban đầu)',
    response: User,
    status: 201,
    body: CreateUser,
    handler: (ctx, { body }) => createUserWithRole(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/users/:id',
    operationId: 'updateUser',
    access: 'users:write',
    tags,
    summary: 'Sửa, vô hiệu hóa người dùng',
    response: User,
    params: IdParam,
    body: UpdateUser,
    handler: (ctx, { params, body }) => updateUser(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/users/:id/password',
    operationId: 'resetUserPassword',
    access: 'users:write',
    tags,
    summary: 'Đặt lại mật khẩu',
    response: Ok,
    params: IdParam,
    body: ResetPassword,
    handler: (ctx, { params, body }) => resetPassword(ctx, params.id, body.password),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/users/:id/assignments',
    operationId: 'addUserAssignment',
    access: 'users:write',
    tags,
    summary: 'Giao vai trò tại một đơn vị',
    response: User,
    params: IdParam,
    body: CreateAssignment,
    handler: (ctx, { params, body }) => addAssignment(ctx, params.id, body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/users/:id/assignments/:assignmentId',
    operationId: 'removeUserAssignment',
    access: 'users:write',
    tags,
    summary: 'Thu hồi vai trò',
    response: User,
    params: UserAssignmentParams,
    handler: (ctx, { params }) => removeAssignment(ctx, params.id, params.assignmentId),
  });
}
