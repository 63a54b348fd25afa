import { z } from 'zod';
import { Id, PageQuery, Text, updateOf } from './common.ts';
import { ROLES } from './permissions.ts';

export const RoleCode = z.enum(ROLES);

export const Assignment = z.object({
  id: z.number().int(),
  role: RoleCode,
  unitId: z.number().int(),
  unitName: z.string(),
  includeSubtree: z.boolean(),
});
export type Assignment = z.infer<typeof Assignment>;

export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  position: z.string().nullable(),
  active: z.boolean(),
  isDemo: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  assignments: z.array(Assignment),
  can: z.record(z.string(), z.boolean()).optional(),
});
export type User = z.infer<typeof User>;

const password = z.string().min(10, 'Mật khẩu phải có ít nhất 10 ký tự').max(200);

export const UserListQuery = PageQuery.extend({
  q: Text(200, 'Từ khóa').optional(),
  unitId: Id.optional(),
  role: RoleCode.optional(),
});
export const CreateUser = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, 'Tên đăng nhập phải có ít nhất 3 ký tự')
    .max(60)
    .regex(/^[a-z0-9_.-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch'),
  fullName: z.string().trim().min(2, 'Họ tên phải có ít nhất 2 ký tự').max(200),
  email: z.string().trim().max(200).email('Địa chỉ thư điện tử không hợp lệ').nullish(),
  position: Text(200, 'Chức vụ').nullish(),
  password,
});
export const UpdateUser = updateOf({
  fullName: z.string().trim().min(2, 'Họ tên phải có ít nhất 2 ký tự').max(200, 'Họ tên: tối đa 200 ký tự'),
  email: z.string().trim().max(200).email('Địa chỉ thư điện tử không hợp lệ').nullable(),
  position: Text(200, 'Chức vụ').nullable(),
  active: z.boolean(),
});
export const ResetPassword = z.object({ password });
export const CreateAssignment = z.object({
  role: RoleCode,
  unitId: Id,
  includeSubtree: z.boolean().default(true),
});
/** `/users/:id/assignments/:assignmentId` */
export const UserAssignmentParams = z.object({ id: Id, assignmentId: Id });
