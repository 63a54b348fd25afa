import type { ServerModule } from '../../core/module.ts';
import { registerPlansDemo } from './plans.demo.ts';
import { registerPlansHooks } from './plans.hooks.ts';
import { registerPlansRoutes } from './plans.routes.ts';

/** Plans and tasks: guiding documents, cascading plans, tasks and assignments, leaders, themes. */
export const plansModule: ServerModule = {
  name: 'plans',
  register: registerPlansHooks,
  routes: (app) => registerPlansRoutes(app),
  demo: registerPlansDemo,
};
