import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config.ts';
import { openPglite, type Database } from '../../db/client.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { makeActor, systemCtx, type Ctx } from '../../core/context.ts';
import { demoSeeders } from '../../core/demo.ts';
import { loadAssignments } from '../../core/sessions.ts';
import { seedReferenceData } from '../index.ts';
import { registerOrgDemo } from '../org/org.demo.ts';
import { registerUsersDemo } from '../users/users.demo.ts';
import { registerPortalDemo } from './portal.demo.ts';
import { registerPortalHooks } from './portal.hooks.ts';
import { listPublicAnswers } from './publication/read-publications.ts';
import { getSatisfaction, listPortalRatings } from './rating/read-ratings.ts';

// The demo runs in a database of its own (its unit codes are fixed), on a fixed day.
let database: Database;
let ctx: Ctx;
const clock = { now: () => new Date('2026-11-22T03:00:00Z') };

beforeAll(async () => {
  database = await openPglite('memory://');
  await migrateDatabase(database);
  const { config } = readConfig({
    DATA_DIR: `/tmp/danvan-portal-demo-test-${process.pid}`,
    DEMO: '1',
    LOG_LEVEL: 'silent',
  } as never);
  await seedReferenceData(database, config!);
  registerPortalHooks();
  registerOrgDemo();
  registerUsersDemo();
  registerPortalDemo();
  ctx = systemCtx(database.db, config!, clock);
  for (const s of demoSeeders().filter((x) => ['org', 'users', 'portal'].includes(x.name))) await s.run(ctx);
}, 600_000);
afterAll(async () => database?.close());

async function as(username: string): Promise<Ctx> {
  const r = await database.query<{ id: number; full_name: string }>(
    'select id, full_name from users where username = $1',
    [username],
  );
  const assignments = await loadAssignments(database.db, r[0].id);
  return { ...ctx, actor: makeActor({ id: r[0].id, username, fullName: r[0].full_name }, assignments) };
}

describe('demo data of the portal', () => {
  it('three published answers with honest states, and ratings that give an index', async () => {
    const answers = await listPublicAnswers({ ...ctx, actor: null }, { page: 1, pageSize: 50 });
    expect(answers.items.map((a) => a.state).sort()).toEqual([
      'not_competent',
      'resolved',
      'resolved_in_part',
    ]);
    expect(
      answers.items.every((a) => !/Lê Văn Cường|Nguyễn Thị Lan|Trần Văn Dũng|09\d{8}/.test(a.text)),
    ).toBe(true);
    const officer = await as('tiepdan');
    const received = await listPortalRatings(officer, { page: 1, pageSize: 50 });
    expect(received.total).toBe(5);
    const head = await as('chutichxa');
    const s = await getSatisfaction(head, { from: '2026-10-01', to: '2026-11-22', subtree: '1' });
    // 5, 5, 4, 3, 4: four of five satisfied
    expect(s).toMatchObject({ n: 5, satisfied: 4, index: 80 });
  });
});
