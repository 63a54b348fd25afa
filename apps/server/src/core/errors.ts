import { ERROR_CODES, ERROR_STATUS, type ErrorCode } from '@danvan/contracts';

export interface ErrorDetails {
  params?: Record<string, string | number>;
  errors?: { path: string; message: string }[];
}

/**
 * A typed error with a stable code; the HTTP layer maps it to application/problem+json. The status is
 * the code's own (ERROR_STATUS in packages/contracts), never chosen at the throw site. Build it only
 * through the factories below (lint refuses `new AppError` outside core).
 */
export class AppError extends Error {
  readonly status: number;
  readonly params?: Record<string, string | number>;
  readonly errors?: { path: string; message: string }[];
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
    this.params = details.params;
    this.errors = details.errors;
  }
}

/** One named factory per error code: `Err.state_invalid('Báo cáo đã gửi.')`. */
export const Err = Object.fromEntries(
  ERROR_CODES.map((code) => [
    code,
    (message: string, details?: ErrorDetails) => new AppError(code, message, details),
  ]),
) as { readonly [K in ErrorCode]: (message: string, details?: ErrorDetails) => AppError };

// The common ones, with their usual Vietnamese message.
export const NotFound = (what = 'Bản ghi') =>
  Err.not_found(`${what} không tồn tại hoặc bạn không có quyền xem.`);
export const Forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => Err.forbidden(message);
export const Unauthenticated = () => Err.unauthenticated('Vui lòng đăng nhập.');
/** 409: someone else changed the record first (optimistic lock), or a uniqueness clash. */
export const Conflict = (message: string, params?: Record<string, string | number>) =>
  Err.conflict(message, { params });
/** 400: the input is wrong; `errors` names the fields. */
export const Invalid = (message: string, errors?: { path: string; message: string }[]) =>
  Err.validation_failed(message, { errors });
/** 422: a business rule refuses a well-formed request. */
export const RuleViolation = (
  message: string,
  params?: Record<string, string | number>,
  errors?: { path: string; message: string }[],
) => Err.rule_violation(message, { params, errors });
/** 409: the record's status does not allow the action now. */
export const StateInvalid = (message: string, params?: Record<string, string | number>) =>
  Err.state_invalid(message, { params });
