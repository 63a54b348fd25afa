import type { ServerModule } from '../../core/module.ts';
import { registerAuditRoutes } from './audit.routes.ts';

/** Reading the audit trail (core/audit.ts writes it, in each change's own transaction). */
export const auditModule: ServerModule = {
  name: 'audit',
  routes: (app) => registerAuditRoutes(app),
};

export { auditHistory } from './entry/read-entries.ts';
