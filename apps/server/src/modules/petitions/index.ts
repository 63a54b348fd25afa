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
// For the public portal: a petition sent by a citizen, what its lookup code shows, what publishing checks.
export {
  createPortalPetition,
  petitionForPublication,
  readPortalCase,
  type PetitionForPublication,
  type PortalCaseFacts,
  type PortalPetitionInput,
} from './petition/portal-petition.ts';
// The few workflow steps the portal's demo seeder takes its demo petitions through.
export { acceptPetition } from './petition/accept-petition.ts';
export { closePetition } from './petition/close-petition.ts';
export { decidePetition } from './petition/decide-petition.ts';
export { guidePetition } from './petition/guide-petition.ts';
export { sendResultPetition } from './petition/send-result-petition.ts';
