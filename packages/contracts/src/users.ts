import { z } from 'zod';
import { Id, PageQuery, Text, updateOf } from './common.ts';
import { labelled } from './labels.ts';
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

const password = labelled(
  z.string().min(10, 'Mật khẩu phải có ít nhất 10 ký tự').max(200, 'Mật khẩu: tối đa 200 ký tự'),
  'Mật khẩu',
);
const fullName = labelled(
  z.string().trim().min(2, 'Họ và tên phải có ít nhất 2 ký tự').max(200, 'Họ và tên: tối đa 200 ký tự'),
  'Họ và tên',
);
const email = labelled(
  z
    .string()
    .trim()
    .max(200, 'Thư điện tử: tối đa 200 ký tự')
    .email('Thư điện tử không hợp lệ, hãy nhập dạng ten@donvi.gov.vn'),
  'Thư điện tử',
);
const role = labelled(RoleCode, 'Vai trò');

export const UserListQuery = PageQuery.extend({
  q: Text(200, 'Từ khóa').optional(),
  unitId: labelled(Id, 'Đơn vị').optional(),
  role: role.optional(),
});
export const CreateAssignment = z.object({
  role,
  unitId: labelled(Id, 'Đơn vị'),
  includeSubtree: labelled(z.boolean(), 'Áp dụng cho cả đơn vị cấp dưới').default(true),
});
/** A new account with, optionally, its first role (given in the same transaction). */
export const CreateUser = z.object({
  username: labelled(
    z
      .string()
      .trim()
      .toLowerCase()
      .min(3, 'Tên đăng nhập phải có ít nhất 3 ký tự')
      .max(60, 'Tên đăng nhập: tối đa 60 ký tự')
      .regex(
        /^[a-z0-9_.-]+$/,
        'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang',
      ),
    'Tên đăng nhập',
  ),
  fullName,
  email: email.nullish(),
  position: Text(200, 'Chức vụ').nullish(),
  password,
  /** Only an administrator of the whole tree may create an account without one. */
  assignment: labelled(CreateAssignment, 'Vai trò ban đầu').optional(),
});
export const UpdateUser = updateOf({
  fullName,
  email: email.nullable(),
  position: Text(200, 'Chức vụ').nullable(),
  active: labelled(z.boolean(), 'Trạng thái hoạt động'),
});
export const ResetPassword = z.object({ password });
/** `/users/:id/assignments/:assignmentId` */
export const UserAssignmentParams = z.object({
  id: labelled(Id, 'Mã người dùng'),
  assignmentId: labelled(Id, 'Mã phân quyền'),
});
