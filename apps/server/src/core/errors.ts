import type { ErrorCode } from '@danvan/contracts';

/** A typed error with a stable code; the HTTP layer maps it to application/problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string | number>,
    readonly errors?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export const NotFound = (what = 'Bản ghi') =>
  new AppError(404, 'not_found', `${what} không tồn tại hoặc bạn không có quyền xem.`);
export const Forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError(403, 'forbidden', message);
export const Unauthenticated = () => new AppError(401, 'unauthenticated', 'Vui lòng đăng nhập.');
export const Conflict = (code: ErrorCode, message: string, params?: Record<string, string | number>) =>
  new AppError(409, code, message, params);
export const Invalid = (
  message: string,
  errors?: { path: string; message: string }[],
  code: ErrorCode = 'validation_failed',
) => new AppError(400, code, message, undefined, errors);
export const RuleViolation = (code: ErrorCode, message: string, params?: Record<string, string | number>) =>
  new AppError(422, code, message, params);
