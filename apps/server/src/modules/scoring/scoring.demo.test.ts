/**
 * The demo data of scoring, in a database of its own: the year's set issued, the round of the wards
 * and communes open, and assessments of a few wards in different states, in correct Vietnamese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld, type DemoWorld } from '../../../test/demo-world.ts';
import { listAssessments } from './assessment/read-assessment.ts';
import { listRounds } from './round/read-round.ts';
import { registerScoringDemo } from './scoring.demo.ts';
import { registerScoringHooks } from './scoring.hooks.ts';

let world: DemoWorld;

beforeAll(async () => {
  world = await demoWorld({ register: [registerScoringHooks, registerScoringDemo], seeders: ['scoring'] });
}, 600_000);
afterAll(async () => world?.database.close());

describe('demo data of the scoring module', () => {
  it('has the year round open with assessments in every state', async () => {
    const coordinator = await world.as('sonoivu');
    const rounds = await listRounds(coordinator, { page: 1, pageSize: 50 });
    expect(rounds.items).toHaveLength(1);
    expect(rounds.items[0]).toMatchObject({ state: 'open', isDemo: true });
    expect(rounds.items[0].name).toContain('Chấm điểm, xếp loại công tác dân vận chính quyền');
    const list = await listAssessments(coordinator, { page: 1, pageSize: 50, roundId: rounds.items[0].id });
    expect(new Set(list.items.map((a) => a.state))).toEqual(
      new Set(['draft', 'submitted', 'appraised', 'decided']),
    );
    expect(list.items.every((a) => a.isDemo)).toBe(true);
    expect(list.items.find((a) => a.state === 'decided')!.band).not.toBeNull();
  });
});
