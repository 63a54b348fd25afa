import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, type PetitionKind } from '@danvan/domain';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { makeProvince, sys, uid, type Province } from '../../../test/factories.ts';
import { computeFigures } from '../../core/figures.ts';
import { acceptPetition } from './petition/accept-petition.ts';
import { createPetitions } from './petition/create-petition.ts';
import { decidePetition } from './petition/decide-petition.ts';
import { transferPetition } from './petition/transfer-petition.ts';
import { registerPetitionsHooks } from './petitions.hooks.ts';

/**
 * The 1432 report's III.7 petition figures for the third quarter of 2026 (01/7–30/9), with cases on
 * both sides of its first day: "received" is received in the period plus carried over from the
 * previous one (kỳ trước chuyển sang: received before 01/7, not settled by then), and "resolved" and
 * "resolved on time" count the cases of that base decided in the period, carried-over ones included.
 */
const Q = { from: '2026-07-01', to: '2026-09-30' };
const KEYS = [
  'petitions.received',
  'petitions.carried_over',
  'petitions.complaints',
  'petitions.recommendations',
  'petitions.resolved',
  'petitions.resolved_on_time',
];

let env: TestEnv;
let p: Province;

async function petition(receivedOn: string, kind: PetitionKind = 'khieu_nai') {
  const [made] = await createPetitions(sys(env), {
    unitId: p.communeA.id,
    receivedOn,
    channel: 'in_person',
    kinds: [kind],
    field: 'dat_dai',
    petitionersCount: 1,
    representativeName: `Người thử số liệu ${uid()}`,
    subject: `Đơn thử số liệu báo cáo ${uid()}`,
    content: 'Nội dung đơn thử số liệu báo cáo',
    complex: false,
    remoteArea: false,
    duplicateDecisions: [],
  });
  return made.id;
}
const accept = async (id: number, on: string) => (await acceptPetition(sys(env), id, { on })).deadlines;
const decide = (id: number, on: string) =>
  decidePetition(sys(env), id, { on, number: `${uid()}/QĐ-UBND`, summary: 'Giải quyết khiếu nại' });
async function resolutionDue(id: number, on: string) {
  const deadlines = await accept(id, on);
  return deadlines.find((d: { step: string }) => d.step === 'resolution')!.dueDate as string;
}
const figures = () => computeFigures(sys(env), KEYS, { unitId: p.communeA.id, ...Q });

beforeAll(async () => {
  env = await testEnv();
  registerPetitionsHooks();
  p = await makeProvince(env);
}, 600_000);

describe('III.7 petition figures with the cases carried over from the previous period', () => {
  it('counts received = received in the period + carried over, and resolved on time among the resolved of that base', async () => {
    // before the period, settled before it: counted nowhere
    const decidedBefore = await petition('2026-05-04');
    await decide(decidedBefore, addDays(await resolutionDue(decidedBefore, '2026-05-06'), -20));
    const transferredBefore = await petition('2026-06-10');
    await transferPetition(sys(env), transferredBefore, { on: '2026-06-15', toBody: 'Ủy ban nhân dân tỉnh' });
    // before the period, open at its first day: carried over
    const stillOpen = await petition('2026-05-15');
    await accept(stillOpen, '2026-05-20');
    const transferredInPeriod = await petition('2026-06-25', 'kien_nghi');
    await transferPetition(sys(env), transferredInPeriod, {
      on: '2026-07-02',
      toBody: 'Ủy ban nhân dân tỉnh',
    });
    // carried over and decided in the period: on time (on its last day), and late
    const onTime = await petition('2026-06-18');
    await decide(onTime, await resolutionDue(onTime, '2026-06-20'));
    const late = await petition('2026-06-01');
    const lateDue = await resolutionDue(late, '2026-06-03');
    expect(lateDue < '2026-07-20').toBe(true);
    await decide(late, '2026-07-25');
    // received in the period: one open, one decided within it on time
    await petition('2026-08-03');
    const newDecided = await petition('2026-07-06');
    await decide(newDecided, addDays(await resolutionDue(newDecided, '2026-07-08'), -5));
    // received after the period: counted nowhere
    await petition('2026-10-02');

    const f = await figures();
    expect(f['petitions.carried_over']).toBe(4); // stillOpen, transferredInPeriod, onTime, late
    expect(f['petitions.received']).toBe(6); // + the two received in the period
    expect(f['petitions.complaints']).toBe(5);
    expect(f['petitions.recommendations']).toBe(1);
    expect(f['petitions.resolved']).toBe(3); // onTime, late, newDecided
    expect(f['petitions.resolved_on_time']).toBe(2); // late is not
  });

  it('a case received on the period’s first day is received in it, not carried over', async () => {
    const before = await figures();
    await petition(Q.from);
    const after = await figures();
    expect(after['petitions.received']! - before['petitions.received']!).toBe(1);
    expect(after['petitions.carried_over']).toBe(before['petitions.carried_over']);
  });
});
