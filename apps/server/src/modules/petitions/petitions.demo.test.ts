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
import { registerPetitionsDemo } from './petitions.demo.ts';
import { registerPetitionsHooks } from './petitions.hooks.ts';
import { getPetition, listPetitions } from './petition/read-petition.ts';

// The demo runs in a database of its own (its unit codes are fixed), on a fixed day.
let database: Database;
let ctx: Ctx;
const clock = { now: () => new Date('2026-11-22T03:00:00Z') };

beforeAll(async () => {
  database = await openPglite('memory://');
  await migrateDatabase(database);
  const { config } = readConfig({
    DATA_DIR: `/tmp/danvan-demo-test-${process.pid}`,
    DEMO: '1',
    LOG_LEVEL: 'silent',
  } as never);
  await seedReferenceData(database, config!);
  registerOrgDemo();
  registerUsersDemo();
  registerPetitionsDemo();
  registerPetitionsHooks();
  ctx = systemCtx(database.db, config!, clock);
  for (const s of demoSeeders().filter((x) => ['org', 'users', 'petitions'].includes(x.name)))
    await s.run(ctx);
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

describe('demo petitions', () => {
  it('the demo denunciation is assigned to the denunciation handler, who alone may reveal its denouncer', async () => {
    const handler = await as('xulytocao');
    const list = await listPetitions(handler, { kind: 'to_cao', page: 1, pageSize: 50 } as never);
    expect(list.total).toBe(1);
    const d = await getPetition(handler, list.items[0].id);
    expect(d.handlerName).toBe('Bùi Thị Hạnh');
    expect(d.protected).toBe(false);
    expect(d.can.reveal).toBe(true);
    // the reception officer who entered it sees it protected
    const officer = await getPetition(await as('tiepdan'), d.id);
    expect(officer).toMatchObject({ protected: true, content: null });
    expect(officer.can.reveal).toBe(false);
  });
});
