import type { z } from 'zod';
import type { UpdateUser } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { revokeUserSessions } from '../../../core/sessions.ts';
import { loadUser } from './load-user.ts';
import * as repo from './user.repository.ts';
import type { UserRow } from './user.repository.ts';
import { authorizeUser } from './user.policy.ts';
import { presentUser } from './user.present.ts';

/** Edits an account's details or (en|dis)ables it; disabling ends its sessions. */
export async function updateUser(ctx: Ctx, id: number, input: z.infer<typeof UpdateUser>) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadUser(tx, id, { lock: true });
    authorizeUser(c, 'update', before);
    // only what really changes is written (an empty or unchanged form is no change, and no audit row)
    const patch: Partial<Pick<UserRow, 'fullName' | 'email' | 'position' | 'active'>> = {};
    if (input.fullName !== undefined && input.fullName !== before.fullName) patch.fullName = input.fullName;
    if (input.email !== undefined && (input.email ?? null) !== before.email)
      patch.email = input.email ?? null;
    if (input.position !== undefined && (input.position ?? null) !== before.position)
      patch.position = input.position ?? null;
    if (input.active !== undefined && input.active !== before.active) patch.active = input.active;
    if (!Object.keys(patch).length) return presentUser(c, before);
    const after = await repo.updateUser(tx, id, patch);
    if (patch.active === false) await revokeUserSessions(tx, id, c.clock.now());
    const { assignments: _a, ...beforeRow } = before;
    void _a;
    await audit(tx, c, {
      entity: 'user',
      entityId: id,
      action: patch.active === false ? 'disable' : patch.active === true ? 'enable' : 'update',
      before: { ...beforeRow, passwordHash: undefined },
      after: { ...after, passwordHash: undefined },
    });
    return presentUser(c, { ...after, assignments: before.assignments });
  });
}
