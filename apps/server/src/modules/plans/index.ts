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

// What other modules may use: the plan of each task, to link task records (the audit trail).
export { taskPlans } from './task/read-task.ts';
