import type { ServerModule } from '../../core/module.ts';
import { registerReceptionDemo } from './reception.demo.ts';
import { registerReceptionHooks } from './reception.hooks.ts';
import { registerReceptionRoutes } from './reception.routes.ts';

/**
 * Citizen reception (tiếp công dân): the units' reception schedules, the reception log (sổ tiếp công
 * dân) with its conclusion notices and export, and the heads' compliance with the legal minimum.
 */
export const receptionModule: ServerModule = {
  name: 'reception',
  register: registerReceptionHooks,
  routes: (app) => registerReceptionRoutes(app),
  demo: registerReceptionDemo,
};

// What other modules may use: the published sessions for the public portal, and, for the petitions
// module, the visit a petition is created from and the link back to it.
export { publicSchedules } from './schedule/read-schedule.ts';
export { readVisitForPetition, type VisitForPetition } from './visit/read-visit.ts';
export { markVisitPetition } from './visit/mark-visit-petition.ts';
