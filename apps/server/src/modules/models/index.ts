import type { ServerModule } from '../../core/module.ts';
import { registerModelsDemo } from './models.demo.ts';
import { registerModelsHooks } from './models.hooks.ts';
import { registerModelsRoutes } from './models.routes.ts';
import { ensureModelsSeed } from './shared/seed.ts';

/**
 * "Dân vận khéo" models (registration, results, evaluations against the recognition criteria,
 * recognition and replication), the one-to-two compliance of state bodies, and commendations.
 */
export const modelsModule: ServerModule = {
  name: 'models',
  register: registerModelsHooks,
  routes: (app) => registerModelsRoutes(app),
  seed: ensureModelsSeed,
  demo: registerModelsDemo,
};

// What other modules may use: the recognised models for the public portal's showcase (no personal data).
export { recognisedModels } from './model/showcase.ts';
