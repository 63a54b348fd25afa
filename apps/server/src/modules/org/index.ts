import type { ServerModule } from '../../core/module.ts';
import { registerOrgDemo } from './org.demo.ts';
import { registerOrgHooks } from './org.hooks.ts';
import { registerOrgRoutes } from './org.routes.ts';

/** The org tree: units, groups, names over time, merges and splits. */
export const orgModule: ServerModule = {
  name: 'org',
  register: registerOrgHooks,
  routes: (app) => registerOrgRoutes(app),
  demo: registerOrgDemo,
};

// What other modules may use: reading units (scope-free lookups by id, searches), and the few
// writes the demo seeders of other modules need.
export {
  createUnit,
  deactivateUnit,
  findUnits,
  getUnitById,
  getUnitsByIds,
  listGroups,
  mergeUnits,
  resolveCurrentUnitIds,
  isActive,
} from './org.service.ts';
export type { UnitView } from './org.repository.ts';
