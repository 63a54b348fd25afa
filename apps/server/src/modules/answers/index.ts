import type { ServerModule } from '../../core/module.ts';
import { registerAnswersDemo } from './answers.demo.ts';
import { registerAnswersHooks } from './answers.hooks.ts';
import { registerAnswersRoutes } from './answers.routes.ts';

/**
 * Answers to the people: one tracked-answer mechanism (a source document's numbered items,
 * assigned, answered by a due date, judged, published) and the four capabilities on it — direct
 * dialogues, the Front's supervision and social criticism, voter petitions, public consultation.
 */
export const answersModule: ServerModule = {
  name: 'answers',
  register: registerAnswersHooks,
  routes: (app) => registerAnswersRoutes(app),
  demo: registerAnswersDemo,
};
