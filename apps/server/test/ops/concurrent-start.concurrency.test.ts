import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../pg-cluster.ts';
import { freshDatabase, spawnServer, withClient, type ServerProcess } from './server-process.ts';

// Two real servers started at the same moment on one empty PostgreSQL database: both must come up,
// the migrations, the demo province and the first administrator exactly once (an advisory lock
// around them), and nothing may run two queries at once on one connection (pg's DeprecationWarning).

describe.skipIf(process.env.TEST_DB !== 'postgres')(
  'two servers starting at once',
  { timeout: 400_000 },
  () => {
    const servers: ServerProcess[] = [];
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((s) => s.stop()));
    });

    async function startTwo(url: string, env: Record<string, string>) {
      for (let i = 0; i < 2; i++)
        servers.push(
          spawnServer({
            DATABASE_URL: url,
            PORT: String(await freePort()),
            DATA_DIR: `/tmp/danvan-start-${process.pid}-${i}`,
            JOBS: '0',
            ...env,
          }),
        );
      const results = await Promise.allSettled(servers.map((s) => s.ready()));
      return results;
    }

    it('an empty database with DEMO=1: both ready, one demo province, no concurrent query warning', async () => {
      const url = await freshDatabase('ops_start_demo');
      const results = await startTwo(url, { DEMO: '1' });
      for (const r of results) if (r.status === 'rejected') throw r.reason;
      const counts = await withClient(url, async (c) => ({
        provinces: (await c.query(`select count(*)::int as n from org_units where code = 'UBND_TINH'`))
          .rows[0].n,
        admins: (await c.query(`select count(*)::int as n from users where username = 'quantri'`)).rows[0].n,
        migrations: (await c.query(`select count(*)::int as n from drizzle.__migrations_foundation`)).rows[0]
          .n,
      }));
      expect(counts).toEqual({ provinces: 1, admins: 1, migrations: expect.any(Number) });
      const stderr = servers.map((s) => s.err()).join('\n');
      expect(stderr).not.toContain('DeprecationWarning');
      expect(stderr).not.toContain('duplicate key');
    });

    it('an empty database with DEMO=0 and ADMIN_PASSWORD: both ready, one administrator', async () => {
      const url = await freshDatabase('ops_start_admin');
      const results = await startTwo(url, { DEMO: '0', ADMIN_PASSWORD: 'QuanTri@Khoi2026' });
      for (const r of results) if (r.status === 'rejected') throw r.reason;
      const n = await withClient(
        url,
        async (c) =>
          (
            await c.query(
              `select count(*)::int as n from users u join role_assignments ra on ra.user_id = u.id
             where u.username = 'admin' and ra.role = 'admin'`,
            )
          ).rows[0].n,
      );
      const roots = await withClient(
        url,
        async (c) =>
          (await c.query(`select count(*)::int as n from org_units where parent_id is null`)).rows[0].n,
      );
      expect({ admins: n, roots }).toEqual({ admins: 1, roots: 1 });
    });
  },
);
