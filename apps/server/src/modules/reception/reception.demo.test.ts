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
import { registerReceptionDemo } from './reception.demo.ts';
import { receptionCompliance } from './compliance/read-compliance.ts';
import { listSchedules } from './schedule/read-schedule.ts';
import { listVisits } from './visit/read-visit.ts';

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
  registerReceptionDemo();
  ctx = systemCtx(database.db, config!, clock);
  for (const s of demoSeeders().filter((x) => ['org', 'users', 'reception'].includes(x.name)))
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

describe('demo data of citizen reception', () => {
  it('the demo commune has its schedules and its log, with a mass delegation about land', async () => {
    const officer = await as('tiepdan');
    const schedules = await listSchedules(officer, { page: 1, pageSize: 50 });
    expect(schedules.items.map((s) => s.kind).sort()).toEqual(['periodic_head', 'regular']);
    expect(schedules.can).toEqual({ create: true });
    const visits = await listVisits(officer, { page: 1, pageSize: 50 });
    expect(visits.total).toBe(11);
    const mass = visits.items.filter((v) => v.massDelegation);
    expect(mass.some((v) => v.field === 'land' && v.visitorsCount === 7)).toBe(true);
    expect(visits.items.some((v) => v.outcome === 'refused' && v.refusalReason.includes('Điều 9'))).toBe(
      true,
    );
  });

  it('the chair missed a week and was stood in for by the deputy: both months not met', async () => {
    const chair = await as('chutichxa');
    const c = await receptionCompliance(chair, { from: '2026-10', to: '2026-11' });
    const [row] = c.rows;
    expect(row.ruleCode).toBe('tiep_cong_dan.chu_tich_xa');
    expect(row.months.map((m) => m.state)).toEqual(['not_met', 'not_met']);
    expect(row.months[0].deputyDaysNotCounted).toBe(1);
  });

  it('the province shows its head’s periodic day to the public', async () => {
    const coordinator = await as('sonoivu');
    const s = await listSchedules(coordinator, { page: 1, pageSize: 50 });
    expect(s.items.some((x) => x.kind === 'periodic_head' && x.monthDays.includes(20) && x.online)).toBe(
      true,
    );
  });
});
