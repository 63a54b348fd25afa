import { randomUUID } from 'node:crypto';
import type { Permission, Role } from '@danvan/contracts';
import { PERMISSIONS, permissionsOfRole } from '@danvan/contracts';
import { todayInVietnam } from '@danvan/domain';
import type { Db } from '../db/client.ts';
import type { Config } from '../config.ts';

export interface ActorAssignment {
  id: number;
  role: Role;
  unitId: number;
  unitName: string;
  unitPath: string;
  includeSubtree: boolean;
}

export interface Actor {
  userId: number;
  username: string;
  fullName: string;
  /** The account's position (chức vụ), when the actor was read from a session. */
  position?: string | null;
  sessionId: number | null;
  assignments: ActorAssignment[];
  activeAssignmentId: number | null;
  permissions: Set<Permission>;
  /** The system itself (seeding, daily jobs): every permission over the whole tree. Never a request. */
  system?: boolean;
  /**
   * One object per read of the session (core/sessions.ts): every request the session cache answers
   * from one entry carries the same, the next read a new one. An answer that depends on the actor
   * alone may be kept by it (route()'s `sameFor`, GET /auth/me).
   */
  memoKey?: object;
}

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Everything a service needs: who acts, on which database (or open transaction), when, and why. */
export interface Ctx {
  db: Db;
  actor: Actor | null;
  requestId: string;
  ip: string | null;
  clock: Clock;
  config: Config;
}

export function makeActor(
  u: { id: number; username: string; fullName: string },
  assignments: ActorAssignment[],
  sessionId: number | null = null,
  activeAssignmentId: number | null = null,
): Actor {
  const permissions = new Set<Permission>();
  for (const a of assignments) for (const p of permissionsOfRole(a.role)) permissions.add(p);
  return {
    userId: u.id,
    username: u.username,
    fullName: u.fullName,
    sessionId,
    assignments,
    activeAssignmentId: activeAssignmentId ?? assignments[0]?.id ?? null,
    permissions,
  };
}

export const SYSTEM_ACTOR: Actor = {
  userId: 0,
  username: 'system',
  fullName: 'Hệ thống',
  sessionId: null,
  assignments: [],
  activeAssignmentId: null,
  permissions: new Set(PERMISSIONS),
  system: true,
};

export function systemCtx(db: Db, config: Config, clock: Clock = systemClock): Ctx {
  return { db, actor: SYSTEM_ACTOR, requestId: `job-${randomUUID()}`, ip: null, clock, config };
}

export function today(ctx: Pick<Ctx, 'clock'>): string {
  return todayInVietnam(ctx.clock.now());
}

/** The unit the actor is working as (the unit switcher), or their first assignment's unit. */
export function activeAssignment(actor: Actor): ActorAssignment | null {
  return actor.assignments.find((a) => a.id === actor.activeAssignmentId) ?? actor.assignments[0] ?? null;
}
