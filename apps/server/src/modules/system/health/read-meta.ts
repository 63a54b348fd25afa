import type { Ctx } from '../../../core/context.ts';
import type { Database } from '../../../db/client.ts';

/** What the web app shows of the deployment: demo mode, version, database driver. */
export function readMeta(ctx: Ctx, database: Pick<Database, 'driver'>) {
  return { demo: ctx.config.demo, version: '0.1.0', database: database.driver };
}
