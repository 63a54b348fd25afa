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
export { createUnit } from './unit/create-unit.ts';
export { deactivateUnit } from './unit/deactivate-unit.ts';
export { mergeUnits } from './unit/merge-units.ts';
export {
  findUnits,
  getUnitById,
  getUnitPath,
  getUnitsByIds,
  resolveCurrentUnitIds,
} from './unit/read-unit.ts';
export { isActive } from './unit/unit.rules.ts';
export { listGroups } from './group/read-group.ts';
export { orgGeneration, orgGenerationSql } from './org.generation.ts';
export type { UnitPath, UnitView } from './unit/unit.repository.ts';
