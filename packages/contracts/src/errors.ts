/**
 * Stable error codes. The server sends them in application/problem+json bodies (`code`), the web
 * app translates them (i18n key `errors.<code>`). Never rename a code; add new ones.
 */
export const ERROR_CODES = [
  'validation_failed',
  'not_found',
  'forbidden',
  'unauthenticated',
  'session_expired',
  'invalid_credentials',
  'account_locked',
  'account_disabled',
  'conflict',
  'rule_violation',
  'rate_limited',
  'origin_mismatch',
  'file_too_large',
  'file_type_not_allowed',
  'payload_too_large',
  'internal',
  'org_cycle',
  'org_unit_inactive',
  'org_code_taken',
  'org_merge_invalid',
  'org_split_invalid',
  'user_email_taken',
  'password_too_weak',
  'password_wrong',
  'import_invalid',
  'locked',
  'state_invalid',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Body of every error response (RFC 9457 problem details plus our code). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode | string;
  detail?: string;
  params?: Record<string, string | number>;
  errors?: { path: string; message: string }[];
  requestId?: string;
}
