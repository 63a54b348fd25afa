/**
 * Concurrent verbs of scoring on PostgreSQL (PGlite serialises everything): requests sent at once
 * with the same version must let exactly one win (the row lock and the version condition), so an
 * assessment is opened once per unit, a criterion is scored once, a submission, an appraisal, a
 * decision and a publication happen once, and a set edited at once makes one new version.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { AssessmentDetail } from '@danvan/contracts';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, sys, type Province, type TestUser } from '../../../test/factories.ts';
import { openAssessment } from './assessment/open-assessment.ts';
import { decidedAssessment, issuedSet, roundAt, scoreAll } from './scoring.test-helpers.ts';

let env: TestEnv;
let p: Province;
let focalA: TestUser;
let headA: TestUser;
let coordinator: TestUser;

const N = 4;
const B = '/api/v1/scoring';
const send = (u: TestUser, method: 'POST' | 'PATCH', url: string, payload: unknown) =>
  env.app.inject({ method, url, headers: u.headers, payload: payload as never });
const statuses = (res: { statusCode: number }[]) => res.map((r) => r.statusCode).sort();

async function count(q: ReturnType<typeof sql>): Promise<number> {
  return Number(((await env.database.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0].n);
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('scoring: concurrent verbs on PostgreSQL', () => {
  beforeAll(async () => {
    env = await testEnv();
    p = await makeProvince(env);
    focalA = await makeUser(env, 'focal_officer', p.communeA.id);
    headA = await makeUser(env, 'unit_head', p.communeA.id);
    coordinator = await makeUser(env, 'coordinator', p.root.id);
  });

  it(`${N} openings of one unit's self-assessment: one 201, the others 409, one set of items`, async () => {
    const round = await roundAt(env, p.root.id);
    const res = await Promise.all(
      Array.from({ length: N }, () =>
        send(focalA, 'POST', `${B}/assessments`, { roundId: round.id, unitId: p.communeA.id }),
      ),
    );
    expect(statuses(res)).toEqual([201, ...Array(N - 1).fill(409)]);
    expect(
      await count(sql`select count(*)::int as n from scoring_assessments where round_id = ${round.id}`),
    ).toBe(1);
    const a = json<AssessmentDetail>(res.find((r) => r.statusCode === 201)!);
    expect(await count(sql`select count(*)::int as n from scoring_items where assessment_id = ${a.id}`)).toBe(
      a.groups.flatMap((g) => g.items).length,
    );
  });

  it(`${N} self-scores with the same version: one wins, one audit row`, async () => {
    const round = await roundAt(env, p.root.id);
    const a = await openAssessment(sys(env), { roundId: round.id, unitId: p.communeA.id });
    const i = a.groups[1].items[0];
    const res = await Promise.all(
      Array.from({ length: N }, (_, k) =>
        send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${i.id}`, {
          version: a.version,
          selfScore: k + 1,
        }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where entity = 'scoring_assessment' and entity_id = ${String(a.id)} and action = 'scoring.assessment.self_score'`,
      ),
    ).toBe(1);
  });

  it(`${N} submissions, then ${N} appraisals sent, with the same version: one each`, async () => {
    const round = await roundAt(env, p.root.id);
    let a = await scoreAll(
      env,
      await openAssessment(sys(env), { roundId: round.id, unitId: p.communeA.id }),
      1,
    );
    let res = await Promise.all(
      Array.from({ length: N }, () =>
        send(headA, 'POST', `${B}/assessments/${a.id}/submit`, { version: a.version }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
    a = json(res.find((r) => r.statusCode === 200)!);
    const sup = a.groups.flatMap((g) => g.items).find((x) => x.scoredBy === 'superior')!;
    a = json(
      await send(coordinator, 'PATCH', `${B}/assessments/${a.id}/items/${sup.id}/appraisal`, {
        version: a.version,
        appraisedScore: 8,
      }),
    );
    res = await Promise.all(
      Array.from({ length: N }, () =>
        send(coordinator, 'POST', `${B}/assessments/${a.id}/send-appraisal`, { version: a.version }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
  });

  it(`${N} proposals for a whole round with the same version: one 200, the others 409, one audit row`, async () => {
    const round = await roundAt(env, p.root.id);
    const a = await openAssessment(sys(env), { roundId: round.id, unitId: p.communeA.id });
    const r = json<{ version: number }>(
      await env.app.inject({ method: 'GET', url: `${B}/rounds/${round.id}`, headers: coordinator.headers }),
    );
    const res = await Promise.all(
      Array.from({ length: N }, () =>
        send(coordinator, 'POST', `${B}/rounds/${round.id}/propose`, { version: r.version }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where entity = 'scoring_round' and entity_id = ${String(round.id)} and action = 'scoring.round.propose'`,
      ),
    ).toBe(1);
    // the draft was written once: its version moved by one
    expect(await count(sql`select version as n from scoring_assessments where id = ${a.id}`)).toBe(
      a.version + 1,
    );
  });

  it(`${N} publications of a round: one wins`, async () => {
    const round = await roundAt(env, p.root.id);
    await decidedAssessment(env, round.id, p.communeB.id, 0.9);
    const r = json(
      await env.app.inject({ method: 'GET', url: `${B}/rounds/${round.id}`, headers: coordinator.headers }),
    );
    const res = await Promise.all(
      Array.from({ length: N }, () =>
        send(coordinator, 'POST', `${B}/rounds/${round.id}/publish`, { version: r.version }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
  });

  it(`${N} edits of a used set at once make one new version`, async () => {
    const set = await issuedSet(env, p.root.id);
    const round = await roundAt(env, p.root.id, { setId: set.id });
    await openAssessment(sys(env), { roundId: round.id, unitId: p.communeC.id });
    const used = json(
      await env.app.inject({ method: 'GET', url: `${B}/sets/${set.id}`, headers: coordinator.headers }),
    );
    const res = await Promise.all(
      Array.from({ length: N }, (_, k) =>
        send(coordinator, 'PATCH', `${B}/sets/${set.id}`, { version: used.version, basis: `Căn cứ ${k}` }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
    expect(
      await count(sql`select count(*)::int as n from scoring_sets where previous_version_id = ${set.id}`),
    ).toBe(1);
  });
});
