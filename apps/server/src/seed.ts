import { eq, sql } from 'drizzle-orm';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { systemCtx } from './core/context.ts';
import { demoSeeders } from './core/demo.ts';
import { users } from './db/schema/users.ts';
import { registerModuleHooks } from './modules/index.ts';
import { registerDemoModules } from './modules/demo.ts';
import * as usersSvc from './modules/users/index.ts';
import * as org from './modules/org/index.ts';

/** Seeds the demo province on first start (DEMO=1, empty database). Returns whether it seeded. */
export async function seedDemoIfEmpty(database: Database, config: Config): Promise<boolean> {
  if (!config.demo) return false;
  const [{ n }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(sql`org_units`);
  if (n > 0) return false;
  registerModuleHooks();
  registerDemoModules();
  const ctx = systemCtx(database.db, config);
  for (const s of demoSeeders()) await s.run(ctx);
  return true;
}

/**
 * Without demo data, the first administrator comes from ADMIN_PASSWORD (user 'admin', over every
 * root unit) or from `npm run admin:create`.
 */
export async function ensureAdmin(
  database: Database,
  config: Config,
  password = config.ADMIN_PASSWORD,
  username = 'admin',
): Promise<'created' | 'exists' | 'skipped'> {
  if (!password) return 'skipped';
  const [existing] = await database.db.select().from(users).where(eq(users.username, username));
  if (existing) return 'exists';
  const ctx = systemCtx(database.db, config);
  let roots = await org.findUnits(ctx, {});
  roots = roots.filter((u) => u.parentId === null);
  if (!roots.length) {
    roots = [
      await org.createUnit(ctx, {
        code: 'GOC',
        name: 'Đơn vị gốc (đổi tên sau khi cài đặt)',
        kind: 'province',
        parentId: null,
        validFrom: '2025-07-01',
        groups: [],
      }),
    ];
  }
  const u = await usersSvc.createUser(ctx, { username, fullName: 'Quản trị hệ thống', password });
  for (const r of roots) await usersSvc.grantRole(ctx, u.id, 'admin', r.id, true);
  return 'created';
}
