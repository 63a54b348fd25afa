/**
 * Stable error codes, each with the one HTTP status it always goes out with. The server sends the code
 * in application/problem+json bodies (`code`), the web app translates it (i18n key `errors.<code>`).
 * Never rename a code; add new ones. A code never changes its status: when a case needs another status,
 * it needs another code. The server builds errors only through the factories of `core/errors.ts`,
 * which take the status from here.
 *
 *  400 the request is malformed or a field is wrong (the user corrects the input)
 *  401/403/404 who you are, what you may do, what you may see (out of scope reads as 404)
 *  409 the record's state does not allow it now (changed by someone else, locked, taken, wrong status)
 *  413/415 the body or file is too large or of a type we do not take
 *  422 well formed and in a valid state, but a business rule refuses it
 */
import { z } from 'zod';

export const ERROR_STATUS = {
  // platform
  validation_failed: 400,
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  account_locked: 423,
  account_disabled: 403,
  conflict: 409,
  rule_violation: 422,
  rate_limited: 429,
  origin_mismatch: 403,
  file_too_large: 413,
  file_type_not_allowed: 415,
  payload_too_large: 413,
  internal: 500,
  database_unavailable: 503,
  import_invalid: 400,
  locked: 409,
  state_invalid: 409,
  // org
  org_cycle: 422,
  org_unit_inactive: 422,
  org_code_taken: 409,
  org_merge_invalid: 422,
  org_split_invalid: 422,
  // users and auth
  user_email_taken: 409,
  password_too_weak: 400,
  password_wrong: 400,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** Body of every error response (RFC 9457 problem details plus our code). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode | string;
  detail?: string;
  params?: Record<string, string | number>;
  /**
   * Per-field errors: `path` the field's key ('narratives.II.1', 'deadlines.1.deadline') for the web
   * app to put the message under its field, `label` its Vietnamese name, `message` the whole sentence
   * ("<label>: <what to do>.").
   */
  errors?: { path: string; label?: string; message: string }[];
  requestId?: string;
}

/** The same body as a schema, for the OpenAPI document (the `Problem` component of every 4xx/5xx). */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  errors: z
    .array(z.object({ path: z.string(), label: z.string().optional(), message: z.string() }))
    .optional(),
  requestId: z.string().optional(),
});
