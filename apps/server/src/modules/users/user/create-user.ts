import type { z } from 'zod';
import type { CreateUser } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err, Invalid } from '../../../core/errors.ts';
import { hashPassword, passwordProblems } from '../../../core/passwords.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import * as assignments from '../assignment/assignment.repository.ts';
import { loadUser } from './load-user.ts';
import * as repo from './user.repository.ts';
import { authorizeGrant, canCreateUnassigned } from './user.policy.ts';
import { presentUser } from './user.present.ts';

/** Creates an account (no role). For seeding, the admin CLI and createUserWithRole; checks no access. */
export async function createUser(
  ctx: Ctx,
  input: Omit<z.infer<typeof CreateUser>, 'assignment'>,
  opts: { isDemo?: boolean } = {},
) {
  const problems = passwordProblems(input.password, input.username);
  if (problems.length) throw Err.password_too_weak(problems.join(' '));
  const passwordHash = await hashPassword(input.password);
  return inTx(ctx, async (tx, c) => {
    if (await repo.usernameTaken(tx, input.username))
      throw Err.user_email_taken(`Tên đăng nhập "${input.username}" đã tồn tại.`);
    const u = await repo.insertUser(tx, {
      username: input.username,
      fullName: input.fullName,
      email: input.email ?? null,
      position: input.position ?? null,
      passwordHash,
      isDemo: opts.isDemo ?? false,
    });
    await audit(tx, c, {
      entity: 'user',
      entityId: u.id,
      action: 'create',
      after: { ...u, passwordHash: undefined },
    });
    return u;
  });
}

/**
 * A new account with, optionally, its first role (given in the same transaction). A user with no role
 * belongs to the administrator of the whole tree; anyone else gives the first role in the same
 * request, so no account is left that its creator can no longer manage.
 */
export async function createUserWithRole(ctx: Ctx, input: z.infer<typeof CreateUser>) {
  const actor = requireActor(ctx.actor);
  const { assignment, ...fields } = input;
  const unit = assignment ? await org.getUnitById(ctx, assignment.unitId) : null;
  if (assignment) authorizeGrant(ctx, unit ?? undefined, assignment);
  else if (!canCreateUnassigned(actor))
    throw Invalid('Hãy chọn vai trò và đơn vị ban đầu cho người dùng.', [
      { path: 'assignment', message: 'Hãy chọn vai trò và đơn vị ban đầu cho người dùng.' },
    ]);
  return inTx(ctx, async (tx, c) => {
    const u = await createUser(c, fields);
    if (assignment && unit) {
      const a = (await assignments.insertAssignment(tx, {
        userId: u.id,
        role: assignment.role,
        unitId: unit.id,
        includeSubtree: assignment.includeSubtree,
      }))!;
      await audit(tx, c, {
        entity: 'role_assignment',
        entityId: a.id,
        unitId: unit.id,
        action: 'create',
        after: { ...a, unitName: unit.name },
      });
    }
    return presentUser(c, (await loadUser(tx, u.id))!);
  });
}
