import type { ServerModule } from '../../core/module.ts';
import { registerUsersDemo } from './users.demo.ts';
import { registerUsersRoutes } from './users.routes.ts';

/** Accounts and their role assignments at units. */
export const usersModule: ServerModule = {
  name: 'users',
  routes: (app) => registerUsersRoutes(app),
  demo: registerUsersDemo,
};

export { activeEmails, usersWithRoleAt } from './user/directory.ts';
export {
  accountById,
  accountByUsername,
  recordLogin,
  setPasswordHash,
  takeLoginAttempt,
  type AccountRow,
} from './user/credentials.ts';
// seeding and the admin CLI (no access check): an account, and a role for it
export { createUser } from './user/create-user.ts';
export { grantRole } from './assignment/grant-role.ts';
