/**
 * THE access rules for accounts and their roles. Every users verb authorises through `authorizeUser` /
 * `authorizeGrant`, and the `can` flags of a response come from the same predicates (`userFlags`).
 */
import { permissionsOfRole, ROLE_LABELS, type Permission, type Role } from '@danvan/contracts';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import {
  coversGrant,
  coversRoot,
  inScope,
  requireActor,
  scopesFor,
  type Scope,
} from '../../../core/scope.ts';

/** What the rules need of an assignment: where it lies and whether it covers the subtree. */
export interface AssignmentRef {
  unitId: number;
  unitPath: string;
  includeSubtree: boolean;
}

/** What the rules need of an account: who it is, whether active, and every role it holds. */
export interface UserRef {
  id: number;
  active: boolean;
  assignments: AssignmentRef[];
}

export type UserAction = 'read' | 'update' | 'resetPassword' | 'assign' | 'disable';

/** The answer to changing one's own account through the users routes (issue 7, item 2). */
const SELF_CHANGE =
  'Không thể tự thay đổi tài khoản của chính mình tại trang Người dùng. Để đổi mật khẩu, hãy dùng mục ' +
  '"Đổi mật khẩu" (cần nhập mật khẩu hiện tại); vai trò và trạng thái tài khoản của bạn do một quản trị viên khác thay đổi.';
const NOT_ALL_IN_SCOPE =
  'Bạn không có quyền thay đổi người dùng này: người này giữ vai trò tại đơn vị ngoài phạm vi quản trị của bạn.';

/**
 * Permissions that govern access itself (those of the administrator role). A role carrying one is given
 * only by an actor who holds it over the whole grant; the working permissions of the other roles are
 * given by the accounts administrator by office, within their users:write scope.
 */
const GOVERNING: ReadonlySet<Permission> = new Set(permissionsOfRole('admin'));

const at = (a: AssignmentRef) => ({ id: a.unitId, path: a.unitPath });

/**
 * Where the actor reads accounts, for list queries: an account is visible when one of its roles lies
 * in `scopes`; an account with no role only when `unassigned` (an administrator of a whole tree).
 */
export function userReadScope(actor: Actor): { scopes: Scope[]; unassigned: boolean } {
  const scopes = scopesFor(actor, 'users:read');
  return { scopes, unassigned: coversRoot(scopes) };
}

function mayRead(actor: Actor, u: UserRef): boolean {
  const { scopes, unassigned } = userReadScope(actor);
  if (!u.assignments.length) return unassigned;
  return u.assignments.some((a) => inScope(scopes, at(a)));
}

/**
 * Whether the actor may change this account (update, reset the password, disable, give or take roles):
 * never one's own here; a user with roles only when every role lies within the actor's users:write
 * scope, with the subtree it covers; a user with no role only by an administrator of a whole tree.
 */
function mayChange(actor: Actor, u: UserRef): boolean {
  if (u.id === actor.userId) return false;
  const scopes = scopesFor(actor, 'users:write');
  if (!scopes.length) return false;
  if (!u.assignments.length) return coversRoot(scopes);
  return u.assignments.every((a) => coversGrant(scopes, at(a), a.includeSubtree));
}

/** One predicate per action on an account. */
export function canUser(actor: Actor, action: UserAction, u: UserRef): boolean {
  if (!mayRead(actor, u)) return false;
  switch (action) {
    case 'read':
      return true;
    case 'update':
    case 'resetPassword':
    case 'assign':
      return mayChange(actor, u);
    case 'disable':
      return mayChange(actor, u) && u.active;
  }
}

/** 404 when the actor may not even see the account, 403 when visible but not to be changed so. */
export function authorizeUser(ctx: Ctx, action: UserAction, u: UserRef | undefined): asserts u is UserRef {
  const actor = requireActor(ctx.actor);
  if (!u || !canUser(actor, 'read', u)) throw NotFound('Người dùng');
  if (canUser(actor, action, u)) return;
  throw Forbidden(u.id === actor.userId ? SELF_CHANGE : NOT_ALL_IN_SCOPE);
}

/** The `can` object of an account in a response, from the same predicates. */
export function userFlags(actor: Actor, u: UserRef) {
  return {
    update: canUser(actor, 'update', u),
    resetPassword: canUser(actor, 'resetPassword', u),
    assign: canUser(actor, 'assign', u),
    disable: canUser(actor, 'disable', u),
  };
}

/** The roles of an account the actor is shown: those held outside the actor's scope are none of theirs. */
export function canSeeAssignment(actor: Actor, a: AssignmentRef): boolean {
  return inScope(scopesFor(actor, 'users:read'), at(a));
}

/**
 * Whether the actor may create an account without a role: only an administrator of a whole tree (a user
 * with no role belongs to them); anyone else gives the first role in the same request.
 */
export function canCreateUnassigned(actor: Actor): boolean {
  return coversRoot(scopesFor(actor, 'users:write'));
}

/** Whether the actor may create an account whose first role is at the unit (the list's `can.create`). */
export function canCreateUserAt(actor: Actor, unit: { id: number; path: string }): boolean {
  return inScope(scopesFor(actor, 'users:write'), unit) || canCreateUnassigned(actor);
}

export interface Grant {
  role: Role;
  includeSubtree: boolean;
}
type GrantUnit = { id: number; path: string };

/**
 * Why the actor may not give this role at this unit, or null when they may: the unit (with its subtree
 * when the grant covers it) lies within their users:write scope, and every governing permission of the
 * role is theirs over the same units.
 */
function grantRefusal(actor: Actor, unit: GrantUnit, g: Grant) {
  const write = scopesFor(actor, 'users:write');
  if (!inScope(write, unit))
    return inScope(scopesFor(actor, 'org:read'), unit) ? Forbidden() : NotFound('Đơn vị');
  if (g.includeSubtree && !coversGrant(write, unit, true))
    return Forbidden(
      'Bạn chỉ quản trị riêng đơn vị này nên không thể giao vai trò gồm cả đơn vị cấp dưới. ' +
        'Hãy bỏ chọn "Gồm cả đơn vị cấp dưới".',
    );
  for (const perm of permissionsOfRole(g.role))
    if (GOVERNING.has(perm) && !coversGrant(scopesFor(actor, perm), unit, g.includeSubtree))
      return Forbidden(
        `Bạn không thể giao vai trò "${ROLE_LABELS[g.role].vi}" tại đơn vị này vì chính bạn không giữ đủ quyền của vai trò đó tại đây.`,
      );
  return null;
}

export function canGrant(actor: Actor, unit: GrantUnit, g: Grant): boolean {
  return grantRefusal(actor, unit, g) === null;
}

/** Throws unless the actor may give the role at the unit (404 for a unit they cannot see, else 403). */
export function authorizeGrant(ctx: Ctx, unit: GrantUnit | undefined, g: Grant): asserts unit is GrantUnit {
  if (!unit) throw NotFound('Đơn vị');
  const refusal = grantRefusal(requireActor(ctx.actor), unit, g);
  if (refusal) throw refusal;
}

/** Taking a role back needs users:write at its unit (404 for a unit the actor cannot see, else 403). */
export function authorizeRevoke(ctx: Ctx, unit: GrantUnit | undefined): asserts unit is GrantUnit {
  const actor = requireActor(ctx.actor);
  if (unit && inScope(scopesFor(actor, 'users:write'), unit)) return;
  if (unit && inScope(scopesFor(actor, 'org:read'), unit)) throw Forbidden();
  throw NotFound('Đơn vị');
}
