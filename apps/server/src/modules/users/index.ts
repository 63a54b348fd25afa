import type { ServerModule } from '../../core/module.ts';
import { registerUsersDemo } from './users.demo.ts';
import { registerUsersRoutes } from './users.routes.ts';

/** Accounts and their role assignments at units. */
export const usersModule: ServerModule = {
  name: 'users',
  routes: (app) => registerUsersRoutes(app),
  demo: registerUsersDemo,
};

export { activeEmails, usersWithRoleAt } from './directory.ts';
export {
  accountById,
  accountByUsername,
  recordLogin,
  setPasswordHash,
  takeLoginAttempt,
  type AccountRow,
} from './credentials.ts';
