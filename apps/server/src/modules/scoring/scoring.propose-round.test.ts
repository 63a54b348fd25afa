/**
 * The whole round proposed in one call (POST /rounds/:id/propose): the coordinator's team refreshes
 * the proposals of every draft from live data; a score that followed the proposal follows the new
 * one, a score the unit changed with a reason stays; submitted assessments are untouched; the round's
 * version guards a second call; the audit says what was done. Runs on PGlite and PostgreSQL.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { AssessmentDetail, Round, RoundProposeResult } from '@danvan/contracts';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, sys, type Province, type TestUser } from '../../../test/factories.ts';
import { openAssessment } from './assessment/open-assessment.ts';
import { selfScoreItem } from './assessment/self-score-item.ts';
import { submitAssessment } from './assessment/submit-assessment.ts';
import { roundAt, scoreAll, YEAR } from './scoring.test-helpers.ts';

let env: TestEnv;
let p: Province;
let coordinator: TestUser;
let focalA: TestUser;
const B = '/api/v1/scoring';
const send = (u: TestUser, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  env.app.inject({ method, url, headers: u.headers, payload: payload as never });
const item = (a: AssessmentDetail, code: string) =>
  a.groups.flatMap((g) => g.items).find((i) => i.criterionCode === code)!;

describe('scoring: proposing the scores of a whole round in one call', () => {
  beforeAll(async () => {
    env = await testEnv();
    p = await makeProvince(env);
    coordinator = await makeUser(env, 'coordinator', p.root.id);
    focalA = await makeUser(env, 'focal_officer', p.communeA.id);
  });

  it('refreshes every draft from live data, keeps the scores changed with a reason, leaves the submitted ones', async () => {
    let round: Round = json(
      await send(coordinator, 'GET', `${B}/rounds/${(await roundAt(env, p.root.id)).id}`),
    );
    expect(round.can.propose).toBe(true);
    const ctx = sys(env);
    // A follows the proposals; B changed 1.1 with a reason; C submitted
    const a0 = await openAssessment(ctx, { roundId: round.id, unitId: p.communeA.id });
    let b0 = await openAssessment(ctx, { roundId: round.id, unitId: p.communeB.id });
    b0 = await selfScoreItem(ctx, b0.id, item(b0, '1.1').id, {
      version: b0.version,
      selfScore: 3,
      selfReason: 'Kế hoạch ban hành bằng văn bản giấy',
    });
    let c0 = await scoreAll(env, await openAssessment(ctx, { roundId: round.id, unitId: p.communeC.id }), 1);
    c0 = await submitAssessment(ctx, c0.id, c0.version);
    expect(item(a0, '1.1').proposal).toMatchObject({ score: 0 });
    expect(item(a0, '1.1').selfScore).toBe(0);

    // the live data changes: A, B and C issue their year's plan on time (1.1 proposes its 5 points)
    for (const u of [p.communeA, p.communeB, p.communeC])
      await env.database.db
        .execute(sql`insert into plans(unit_id, year, title, issuer_name, status, issued_on)
        values (${u.id}, ${YEAR}, ${'Kế hoạch thực hiện công tác dân vận chính quyền năm ' + YEAR}, 'Chủ tịch UBND xã', 'issued', ${`${YEAR}-01-15`})`);

    // who may: the coordinator's team over the organising unit, not a commune's focal officer
    expect(
      (await send(focalA, 'POST', `${B}/rounds/${round.id}/propose`, { version: round.version })).statusCode,
    ).toBe(403);
    const res = await send(coordinator, 'POST', `${B}/rounds/${round.id}/propose`, {
      version: round.version,
    });
    expect(res.statusCode).toBe(200);
    const out = json<RoundProposeResult>(res);
    const measured = a0.groups.flatMap((g) => g.items).filter((i) => i.proposal !== null).length;
    expect(out).toMatchObject({ units: 2, criteria: measured, proposals: 2 * measured, changed: 1 });
    expect(out.noData).toBe(
      2 * a0.groups.flatMap((g) => g.items).filter((i) => i.proposal && i.proposal.score === null).length,
    );
    expect(out.round.version).toBe(round.version + 1);

    const a = json<AssessmentDetail>(await send(coordinator, 'GET', `${B}/assessments/${a0.id}`));
    expect(item(a, '1.1')).toMatchObject({ selfScore: 5, selfFromProposal: true, proposal: { score: 5 } });
    expect(a.selfTotal).toBe(a0.selfTotal + 5);
    expect(a.version).toBe(a0.version + 1);
    const b = json<AssessmentDetail>(await send(coordinator, 'GET', `${B}/assessments/${b0.id}`));
    expect(item(b, '1.1')).toMatchObject({ selfScore: 3, proposal: { score: 5 } });
    expect(b.selfTotal).toBe(b0.selfTotal);
    const c = json<AssessmentDetail>(await send(coordinator, 'GET', `${B}/assessments/${c0.id}`));
    expect(item(c, '1.1').proposal).toMatchObject({ score: 0 });
    expect(c.version).toBe(c0.version);

    // the same version again: someone else came first
    expect(
      (await send(coordinator, 'POST', `${B}/rounds/${round.id}/propose`, { version: round.version }))
        .statusCode,
    ).toBe(409);
    round = out.round;
    const audit = (await env.database.db.execute(
      sql`select after from audit_log where entity = 'scoring_round' and entity_id = ${String(round.id)} and action = 'scoring.round.propose'`,
    )) as unknown as { rows: { after: unknown }[] };
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].after).toMatchObject({ units: 2, criteria: measured, changed: 1 });
  });

  it('a round in preparation is not proposed (409); an unknown round is 404', async () => {
    const draft = await roundAt(env, p.root.id, { draft: true });
    const res = await send(coordinator, 'POST', `${B}/rounds/${draft.id}/propose`, {
      version: draft.version,
    });
    expect(res.statusCode).toBe(409);
    expect(json<{ detail: string }>(res).detail).toContain('đang mở');
    expect((await send(coordinator, 'POST', `${B}/rounds/999999/propose`, { version: 1 })).statusCode).toBe(
      404,
    );
  });
});
