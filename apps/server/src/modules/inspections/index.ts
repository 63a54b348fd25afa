import type { ServerModule } from '../../core/module.ts';
import { registerInspectionsDemo } from './inspections.demo.ts';
import { registerInspectionsHooks } from './inspections.hooks.ts';
import { registerInspectionsRoutes } from './inspections.routes.ts';

/**
 * Inspections of public duty (thanh tra, kiểm tra công vụ): the year's plan and its compliance, each
 * inspection with its team and findings, violations of conduct (the person's data only for holders
 * of inspections:persons), recommendations tracked to completion, the conclusion (.docx), the report
 * figures of outline III.6 and the portal's public results.
 */
export const inspectionsModule: ServerModule = {
  name: 'inspections',
  register: registerInspectionsHooks,
  routes: (app) => registerInspectionsRoutes(app),
  demo: registerInspectionsDemo,
};

// What other modules may use: the public results (no person's data), for the portal.
export { publicInspectionResults } from './inspection/public-results.ts';
