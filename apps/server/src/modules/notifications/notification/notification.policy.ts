/**
 * THE access rule of notifications: the inbox belongs to the person. Every signed-in user reads and
 * marks only their own messages; another's message does not exist for them (404).
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';

export type NotificationAction = 'read' | 'mark_read';

export function canNotification(actor: Actor, _action: NotificationAction, n: { userId: number }): boolean {
  return n.userId === actor.userId;
}

/** The inbox the actor may read: their own (the required owner argument of every inbox query). */
export function inboxOf(ctx: Ctx): number {
  return requireActor(ctx.actor).userId;
}

/** Throws 404 when the message is missing or not the actor's; returns it otherwise. */
export function authorizeNotification<T extends { userId: number }>(
  ctx: Ctx,
  action: NotificationAction,
  n: T | undefined,
): T {
  if (!n || !canNotification(requireActor(ctx.actor), action, n)) throw NotFound('Thông báo');
  return n;
}
