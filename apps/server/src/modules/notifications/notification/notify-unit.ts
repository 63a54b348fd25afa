import type { Role } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import type { Db } from '../../../db/client.ts';
import { usersWithRoleAt } from '../../users/index.ts';
import { notifyUsers, type Message } from './notify-users.ts';

/** Sends a message to the people of a unit who hold the given roles there. */
export async function notifyUnit(
  db: Db,
  ctx: Pick<Ctx, 'config'>,
  unitId: number,
  roles: Role[],
  m: Message,
): Promise<number> {
  return notifyUsers(db, ctx, await usersWithRoleAt(db, unitId, roles), m);
}
