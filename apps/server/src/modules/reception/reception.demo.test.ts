import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld, type DemoWorld } from '../../../test/demo-world.ts';
import { registerReceptionDemo } from './reception.demo.ts';
import { receptionCompliance } from './compliance/read-compliance.ts';
import { listSchedules } from './schedule/read-schedule.ts';
import { listVisits } from './visit/read-visit.ts';

// The demo runs in a database of its own (its unit codes are fixed), on the fixed demo day, over the
// reference data (legal time limits, the working-day calendar) its deadlines are counted from.
let w: DemoWorld;
beforeAll(async () => {
  w = await demoWorld({ register: [registerReceptionDemo], seeders: ['reception'], withReferenceData: true });
}, 600_000);
afterAll(async () => w?.database.close());

const as = (username: string) => w.as(username);

describe('demo data of citizen reception', () => {
  it('the demo commune has its schedules and its log, with a mass delegation about land', async () => {
    const officer = await as('tiepdan');
    const schedules = await listSchedules(officer, { page: 1, pageSize: 50 });
    expect(schedules.items.map((s) => s.kind).sort()).toEqual(['periodic_head', 'regular']);
    expect(schedules.can).toEqual({ create: true });
    const visits = await listVisits(officer, { page: 1, pageSize: 50 });
    expect(visits.total).toBe(11);
    const mass = visits.items.filter((v) => v.massDelegation);
    expect(mass.some((v) => v.field === 'dat_dai' && v.visitorsCount === 7)).toBe(true);
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
