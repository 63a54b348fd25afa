import type { ServerModule } from '../../core/module.ts';
import { registerReportingDemo } from './reporting.demo.ts';
import { registerReportingHooks } from './reporting.hooks.ts';
import { registerReportingRoutes } from './reporting.routes.ts';

/** Periodic reporting: outlines as data, periods, reports and their workflow, roll-up, documents. */
export const reportingModule: ServerModule = {
  name: 'reporting',
  register: registerReportingHooks,
  routes: (app) => registerReportingRoutes(app),
  demo: registerReportingDemo,
};

// What other modules may use: the outline of reports, to name their fields (the audit trail).
export { reportOutlines } from './report/read-report.ts';
