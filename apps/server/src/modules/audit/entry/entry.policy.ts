/**
 * THE access rules of the audit trail. An entry is read by those who hold audit:read at its unit;
 * entries without a unit (logins, accounts) only by those who read the audit of a whole root. The
 * names an entry shows (units, people) are those the reader may see anyway: a unit in their org:read,
 * audit:read or users:read scope, a person holding a role in such a unit (or the reader).
 */
import type { Actor } from '../../../core/context.ts';
import { scopesFor, type Scope } from '../../../core/scope.ts';

/** Which entries a reader may see; the required scope argument of every list query. */
export interface AuditReadScope {
  units: Scope[];
  /** Entries without a unit are visible too. */
  unitless: boolean;
}

/** Which names a reader's entries may show. */
export interface AuditNameScope {
  readerId: number;
  units: Scope[];
  /** People holding no role anywhere may be named (a whole-root reader). */
  unattachedUsers: boolean;
}

/** The audit of a whole root: a scope over the subtree of a root unit. */
const readsWholeRoot = (scopes: Scope[]) =>
  scopes.some((s) => s.subtree && s.path.split('/').filter(Boolean).length === 1);

export function auditReadScope(actor: Actor): AuditReadScope {
  const units = scopesFor(actor, 'audit:read');
  return { units, unitless: readsWholeRoot(units) };
}

export function auditNameScope(actor: Actor): AuditNameScope {
  return {
    readerId: actor.userId,
    units: [
      ...scopesFor(actor, 'org:read'),
      ...scopesFor(actor, 'audit:read'),
      ...scopesFor(actor, 'users:read'),
    ],
    unattachedUsers: actor.system || readsWholeRoot(scopesFor(actor, 'audit:read')),
  };
}
