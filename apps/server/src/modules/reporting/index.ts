import type { ServerModule } from '../../core/module.ts';
import { registerReportingDemo } from './reporting.demo.ts';
import { registerReportingHooks } from './reporting.hooks.ts';
import { registerReportingRoutes } from './reporting.routes.ts';
import { settleStoredParts, storePartsAfterAnswer, storesAfterAnswer } from './rollup/rollup.partials.ts';

/** Periodic reporting: outlines as data, periods, reports and their workflow, roll-up, documents. */
export const reportingModule: ServerModule = {
  name: 'reporting',
  register: registerReportingHooks,
  routes: (app, { database }) => {
    registerReportingRoutes(app);
    // a province's stale roll-up part is stored after its answer, on PostgreSQL (PGlite runs one
    // statement at a time: the refresh would only queue in front of the next request)
    if (database.driver === 'postgres') {
      storePartsAfterAnswer(database.db, (message, err) => app.log.warn({ err }, message));
      app.addHook('onClose', async () => {
        await settleStoredParts();
        if (storesAfterAnswer(database.db)) storePartsAfterAnswer(null);
      });
    }
  },
  demo: registerReportingDemo,
};

// What other modules may use: the outline of reports, to name their fields (the audit trail).
export { reportOutlines } from './report/read-report.ts';
