import { z } from 'zod';
import { Id } from './common.ts';
import { Assignment } from './users.ts';

export const LoginInput = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Nhập tên đăng nhập').max(60),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});
export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(200, 'Mật khẩu: tối đa 200 ký tự'),
  newPassword: z
    .string()
    .min(10, 'Mật khẩu mới phải có ít nhất 10 ký tự')
    .max(200, 'Mật khẩu: tối đa 200 ký tự'),
});
export const SwitchUnitInput = z.object({ assignmentId: Id });

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
