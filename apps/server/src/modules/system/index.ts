import type { ServerModule } from '../../core/module.ts';
import { registerSystemRoutes } from './system.routes.ts';

/** Health and readiness probes. */
export const systemModule: ServerModule = {
  name: 'system',
  routes: (app, deps) => registerSystemRoutes(app, deps),
};
