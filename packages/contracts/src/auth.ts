import { z } from 'zod';
import { Id } from './common.ts';
import { labelled } from './labels.ts';
import { Assignment } from './users.ts';

export const LoginInput = z.object({
  username: labelled(
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1, 'Tên đăng nhập không được để trống')
      .max(60, 'Tên đăng nhập: tối đa 60 ký tự'),
    'Tên đăng nhập',
  ),
  password: labelled(
    z.string().min(1, 'Mật khẩu không được để trống').max(200, 'Mật khẩu: tối đa 200 ký tự'),
    'Mật khẩu',
  ),
});
export const ChangePasswordInput = z.object({
  currentPassword: labelled(
    z
      .string()
      .min(1, 'Mật khẩu hiện tại không được để trống')
      .max(200, 'Mật khẩu hiện tại: tối đa 200 ký tự'),
    'Mật khẩu hiện tại',
  ),
  newPassword: labelled(
    z.string().min(10, 'Mật khẩu mới phải có ít nhất 10 ký tự').max(200, 'Mật khẩu mới: tối đa 200 ký tự'),
    'Mật khẩu mới',
  ),
});
export const SwitchUnitInput = z.object({ assignmentId: labelled(Id, 'Đơn vị làm việc (phân quyền)') });

export const Me = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  assignments: z.array(Assignment),
  activeAssignmentId: z.number().int().nullable(),
  activeUnit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  permissions: z.array(z.string()),
  demo: z.boolean(),
});
export type Me = z.infer<typeof Me>;
