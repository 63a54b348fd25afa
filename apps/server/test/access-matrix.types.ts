import type { Role } from '@danvan/contracts';
import type { TestEnv } from './harness.ts';
import type { Province } from './factories.ts';

/**
 * One row of the access-control matrix, per registered route. The matrix test gives every role an
 * assignment at `own` (province.communeA, with subtree) and, for each row, asks `request` to build a
 * request aimed at a record of the target unit: `own` (communeA), `sibling` (communeB) or `parent`
 * (the province root). It then checks:
 *   - a role that holds the route's permission, aimed at `own`: never 401/403/404 (the row's
 *     `okStatuses`, default any 2xx, or 400/409/422 business refusals listed there);
 *   - a role without the permission, or aimed at `sibling`/`parent`: never 2xx (403 or 404).
 * Rows of kind 'list' (a collection filtered by scope) check: roles with the permission get 2xx and
 * `visible(body)` is true for `own` records and false for `sibling`/`parent` ones; others get 403.
 * Rows of kind 'self' (the actor's own inbox, session…) only check that every role gets 2xx and an
 * anonymous request 401. Rows of kind 'public' check that an anonymous request is not refused.
 * Every row also checks that an anonymous request gets 401 (except 'public').
 */
export type Target = 'own' | 'sibling' | 'parent';

export interface MatrixContext {
  env: TestEnv;
  p: Province;
  /** Unit id of the target. */
  unitId(t: Target): number;
  /** Headers (session cookie) of a user who holds `role` at communeA, for setting things up. */
  as(role: Role): { cookie: string };
  /** Headers of an administrator over the whole province (root, subtree), for setting up 'parent' records. */
  asRoot(role?: Role): { cookie: string };
}

export interface BuiltRequest {
  url: string;
  /** For 'list' rows: the record the visibility check looks for. */
  recordId?: unknown;
  payload?: unknown;
  /** A file to send as multipart field `file`. */
  file?: { name: string; content: Buffer };
}

export interface MatrixRow {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Exactly as registered, e.g. '/api/v1/org/units/:id'. */
  url: string;
  kind?: 'unit' | 'list' | 'self' | 'public';
  /** For 'list' rows: whether the response shows the record built for the target. */
  visible?: (
    body: any,
    m: MatrixContext,
    target: Target,
    built: BuiltRequest & { recordId?: unknown },
  ) => boolean;
  /** Builds the request against a record of the target unit (creating the record if needed). */
  request: (m: MatrixContext, target: Target) => Promise<BuiltRequest>;
  /** Statuses that count as "allowed" besides 2xx (e.g. 409 when the route refuses on business grounds). */
  okStatuses?: number[];
  /** Statuses that count as "refused" (default 403 and 404), e.g. 400 for a batch import's per-row errors. */
  deniedStatuses?: number[];
  /** The request ends the session (logout): each call gets a fresh user and session of the role. */
  freshSession?: boolean;
  /**
   * Roles that may do this to their own unit even though the permission check alone says so, or may
   * not; by default derived from ROLE_PERMISSIONS and the route's declared access.
   */
  allowedRoles?: Role[];
}
