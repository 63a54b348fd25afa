import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client.ts';
import { registerSystemRoutes } from './system/system.routes.ts';
import { registerAuthRoutes } from './auth/auth.routes.ts';
import { registerOrgRoutes } from './org/org.routes.ts';
import { registerUsersRoutes } from './users/users.routes.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { registerFilesRoutes } from './files/files.routes.ts';
import { registerNotificationsRoutes } from './notifications/notifications.routes.ts';
import { registerOrgHooks } from './org/org.hooks.ts';
import { registerReportingRoutes } from './reporting/reporting.routes.ts';
import { registerReportingHooks } from './reporting/reporting.hooks.ts';
import { registerPlansRoutes } from './plans/plans.routes.ts';
import { registerPlansHooks } from './plans/plans.hooks.ts';

/** Load-time registrations of each module: file owners, daily reminder sweeps, report figure providers. */
export function registerModuleHooks(): void {
  registerOrgHooks();
  registerReportingHooks();
  registerPlansHooks();
}

/** Every module's routes. A new module adds one line here. */
export function registerModules(app: FastifyInstance, database: Database): void {
  registerSystemRoutes(app, database);
  registerAuthRoutes(app);
  registerOrgRoutes(app);
  registerUsersRoutes(app);
  registerAuditRoutes(app);
  registerFilesRoutes(app);
  registerNotificationsRoutes(app);
  registerReportingRoutes(app);
  registerPlansRoutes(app);
}
