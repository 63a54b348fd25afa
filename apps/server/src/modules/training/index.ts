import type { ServerModule } from '../../core/module.ts';
import { registerTrainingDemo } from './training.demo.ts';
import { registerTrainingHooks } from './training.hooks.ts';
import { registerTrainingRoutes } from './training.routes.ts';

/**
 * Training courses on dân vận work (tập huấn, bồi dưỡng kỹ năng vận động Nhân dân): the courses,
 * their attendees by unit and by person (imported from .xlsx), the units' headcounts of civil
 * servants and the per-unit figures; the report figures of outline II.2.
 */
export const trainingModule: ServerModule = {
  name: 'training',
  register: registerTrainingHooks,
  routes: (app) => registerTrainingRoutes(app),
  demo: registerTrainingDemo,
};
