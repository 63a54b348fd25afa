import type { ServerModule } from '../../core/module.ts';
import { registerAuthRoutes } from './auth.routes.ts';

/** Login, logout, the session's own account: change password, switch the working unit. */
export const authModule: ServerModule = {
  name: 'auth',
  routes: (app) => registerAuthRoutes(app),
};
