import type { ServerModule } from '../../core/module.ts';
import { registerPetitionsDemo } from './petitions.demo.ts';
import { registerPetitionsHooks } from './petitions.hooks.ts';
import { registerPetitionsRoutes } from './petitions.routes.ts';

/** Petitions (đơn thư): khiếu nại, tố cáo, kiến nghị, phản ánh through their legal workflow. */
export const petitionsModule: ServerModule = {
  name: 'petitions',
  register: registerPetitionsHooks,
  routes: (app) => registerPetitionsRoutes(app),
  demo: registerPetitionsDemo,
};

// What other modules may use: entering a petition (the reception log creates one from a visit).
export { createPetitions } from './petition/create-petition.ts';
