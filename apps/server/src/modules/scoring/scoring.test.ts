/**
 * The scoring module through HTTP (both databases): a criteria set issued and frozen once used (an
 * edit makes a new version), the year's round opened to the communes, a self-assessment with scores
 * proposed from live data and changed with a reason, submission by the head, the appraisal, the
 * explanation within its window, the decision, the ranking per unit group with the cap on xuất sắc
 * and eligibility, publishing, the comments of the Ban Dân vận, and the documents.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@danvan/domain';
import type { AssessmentDetail, Ranking, Round } from '@danvan/contracts';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, sys, type Province, type TestUser } from '../../../test/factories.ts';
import * as org from '../org/index.ts';
import {
  decidedAssessment,
  docxTextOf,
  issuedSet,
  roundAt,
  schemeId,
  today,
  YEAR,
} from './scoring.test-helpers.ts';

let env: TestEnv;
let p: Province;
let coordinator: TestUser;
let supervisor: TestUser;
let focalA: TestUser;
let headA: TestUser;
let focalB: TestUser;
let provinceFocal: TestUser;

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  coordinator = await makeUser(env, 'coordinator', p.root.id);
  supervisor = await makeUser(env, 'party_supervisor', p.root.id);
  focalA = await makeUser(env, 'focal_officer', p.communeA.id);
  headA = await makeUser(env, 'unit_head', p.communeA.id);
  focalB = await makeUser(env, 'focal_officer', p.communeB.id);
  provinceFocal = await makeUser(env, 'focal_officer', p.root.id);
});

const B = '/api/v1/scoring';
const send = (u: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: u.headers,
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });
const items = (a: AssessmentDetail) => a.groups.flatMap((g) => g.items);
const item = (a: AssessmentDetail, code: string) => items(a).find((i) => i.criterionCode === code)!;

describe('scoring: criteria sets and band schemes as data', () => {
  it('seeds the band schemes with their legal basis, the NĐ 335 one marked to check', async () => {
    const res = await send(supervisor, 'GET', `${B}/band-schemes`);
    expect(res.statusCode).toBe(200);
    const list = json(res).items as {
      code: string;
      needsCheck: boolean;
      basis: string;
      bands: { code: string; min: number | null; minInclusive: boolean }[];
      cap: { percent: number };
    }[];
    const nd335 = list.find((s) => s.code === 'nd335-2025')!;
    expect(nd335.needsCheck).toBe(true);
    expect(nd335.basis).toContain('335/2025/NĐ-CP');
    expect(nd335.bands[0]).toMatchObject({ code: 'xuat_sac', min: 90, minInclusive: true });
    expect(nd335.cap.percent).toBe(20);
    expect(list.find((s) => s.code === 'dvcq-tinh')!.basis).toContain('cần kiểm tra');
  });

  it('lists the proposers, every key of the seeded set answered by the module that owns its data', async () => {
    const list = json(await send(focalA, 'GET', `${B}/proposers`)).items as {
      key: string;
      available: boolean;
    }[];
    expect(list.find((x) => x.key === 'plans.plan_issued_on_time')?.available).toBe(true);
    expect(list.find((x) => x.key === 'reception.head_days_minimum')?.available).toBe(true);
    // registered by the modules that own the data (answers, petitions, reporting)
    for (const key of [
      'dialogues.held',
      'front.recommendations_answered',
      'petitions.none_overdue',
      'reporting.reports_on_time',
    ])
      expect(list.find((x) => x.key === key)?.available).toBe(true);
  });

  it('the coordinator creates a set; a tree that does not add up or names an unknown proposer is refused', async () => {
    const body = {
      unitId: p.root.id,
      year: YEAR,
      name: 'Bộ tiêu chí thử',
      bandSchemeId: await schemeId(env),
      content: {
        groups: [
          {
            code: 'I',
            name: 'Nhóm I',
            maxPoints: 10,
            criteria: [{ code: '1.1', name: 'Tiêu chí', maxPoints: 6, proposerKey: 'khong.co' }],
          },
        ],
      },
    };
    const bad = await send(coordinator, 'POST', `${B}/sets`, body);
    expect(bad.statusCode).toBe(422);
    expect(
      json(bad)
        .errors.map((e: { message: string }) => e.message)
        .join(' '),
    ).toMatch(/nhỏ hơn điểm tối đa.*khong\.co|khong\.co/s);
    const ok = await send(coordinator, 'POST', `${B}/sets`, {
      ...body,
      content: {
        groups: [{ ...body.content.groups[0], criteria: [{ code: '1.1', name: 'Tiêu chí', maxPoints: 10 }] }],
      },
    });
    expect(ok.statusCode).toBe(201);
    expect(json(ok)).toMatchObject({
      state: 'draft',
      maxTotal: 10,
      selfPoints: 10,
      superiorPoints: 0,
      can: { update: true, issue: true },
    });
    // a commune reads neither the draft nor may it create sets
    expect((await send(focalA, 'GET', `${B}/sets/${json(ok).id}`)).statusCode).toBe(404);
    expect((await send(focalA, 'POST', `${B}/sets`, { ...body, unitId: p.communeA.id })).statusCode).toBe(
      403,
    );
  });

  it('an issued set is shared downwards; once a self-assessment used it, an edit makes a new version', async () => {
    const set = await issuedSet(env, p.root.id);
    expect(set).toMatchObject({
      state: 'issued',
      maxTotal: 100,
      selfPoints: 90,
      superiorPoints: 10,
      setVersion: 1,
    });
    expect((await send(focalA, 'GET', `${B}/sets/${set.id}`)).statusCode).toBe(200);
    // not used yet: edited in place
    const renamed = json(
      await send(coordinator, 'PATCH', `${B}/sets/${set.id}`, {
        version: set.version,
        name: `${set.name} (sửa)`,
      }),
    );
    expect(renamed).toMatchObject({ id: set.id, setVersion: 1 });
    const round = await roundAt(env, p.root.id, { setId: set.id });
    const opened = await send(focalA, 'POST', `${B}/assessments`, {
      roundId: round.id,
      unitId: p.communeA.id,
    });
    expect(opened.statusCode).toBe(201);
    const used = json(await send(coordinator, 'GET', `${B}/sets/${set.id}`));
    expect(used.usedAt).not.toBeNull();
    const stale = await send(coordinator, 'PATCH', `${B}/sets/${set.id}`, {
      version: renamed.version,
      basis: 'x',
    });
    expect(stale.statusCode).toBe(409);
    const v2res = await send(coordinator, 'PATCH', `${B}/sets/${set.id}`, {
      version: used.version,
      basis: 'Căn cứ mới',
    });
    expect(v2res.statusCode).toBe(200);
    const v2 = json(v2res);
    expect(v2).toMatchObject({
      setVersion: 2,
      previousVersionId: set.id,
      state: 'draft',
      basis: 'Căn cứ mới',
    });
    expect(v2.id).not.toBe(set.id);
    expect(json(await send(coordinator, 'GET', `${B}/sets/${set.id}`)).state).toBe('superseded');
    // the round keeps the version it was opened with
    expect(json(await send(coordinator, 'GET', `${B}/rounds/${round.id}`)).setId).toBe(set.id);
  });
});

describe('scoring: the year round, self-assessment, appraisal, explanation, decision', () => {
  let round: Round;
  let a: AssessmentDetail;

  it('a draft round is seen only by the organising unit; opened, the communes see it', async () => {
    round = await roundAt(env, p.root.id, { draft: true });
    expect(round.state).toBe('draft');
    expect((await send(focalA, 'GET', `${B}/rounds/${round.id}`)).statusCode).toBe(404);
    expect(
      (await send(focalA, 'POST', `${B}/assessments`, { roundId: round.id, unitId: p.communeA.id }))
        .statusCode,
    ).toBe(404);
    const opened = await send(coordinator, 'POST', `${B}/rounds/${round.id}/open`, {
      version: round.version,
    });
    expect(opened.statusCode).toBe(200);
    round = json(opened);
    expect(round).toMatchObject({ state: 'open', counts: { participants: 3, notStarted: 3 } });
    expect((await send(focalA, 'GET', `${B}/rounds/${round.id}`)).statusCode).toBe(200);
  });

  it('the commune opens its self-assessment with scores proposed from live data and their evidence links', async () => {
    // another commune's officer, and the province's own officer, may not open it
    expect(
      (await send(focalB, 'POST', `${B}/assessments`, { roundId: round.id, unitId: p.communeA.id }))
        .statusCode,
    ).toBe(404);
    expect(
      (await send(provinceFocal, 'POST', `${B}/assessments`, { roundId: round.id, unitId: p.communeA.id }))
        .statusCode,
    ).toBe(403);
    // a unit outside the round's groups
    expect(
      (await send(makeDeptFocal(), 'POST', `${B}/assessments`, { roundId: round.id, unitId: p.dept.id }))
        .statusCode,
    ).toBe(422);
    const res = await send(focalA, 'POST', `${B}/assessments`, { roundId: round.id, unitId: p.communeA.id });
    expect(res.statusCode).toBe(201);
    a = json(res);
    expect(a).toMatchObject({
      state: 'draft',
      unitId: p.communeA.id,
      maxTotal: 100,
      can: { draft: true, submit: false },
    });
    const plan = item(a, '1.1');
    expect(plan.proposal).toMatchObject({ key: 'plans.plan_issued_on_time', score: 0 });
    expect(plan.proposal!.description).toContain('Chưa ban hành kế hoạch');
    expect(plan.proposal!.evidence.path).toContain(`unitId=${p.communeA.id}`);
    expect(plan.selfFromProposal).toBe(true);
    // no tasks due and no petitions: full points, said so
    expect(item(a, '1.3').proposal).toMatchObject({ score: 7 });
    expect(item(a, '3.2').proposal).toMatchObject({ score: 8 });
    // the reception minimum comes from the legal register (Chủ tịch UBND cấp xã: 1 ngày/tuần)
    expect(item(a, '3.1').proposal!.description).toMatch(/0\/52 ngày/);
    // no records of the Front's recommendations: a proposal that says "no data", with no score
    expect(item(a, '5.2').proposal).toMatchObject({ key: 'front.recommendations_answered', score: null });
    expect(item(a, '5.2').proposal!.description).toContain('Chưa có số liệu');
    expect(item(a, '5.2').selfScore).toBeNull();
    // the superior's criterion is not the unit's
    expect(item(a, '8.1')).toMatchObject({ scoredBy: 'superior', selfScore: null, proposal: null });
    expect(a.selfTotal).toBe(15);
    expect(
      (await send(focalA, 'POST', `${B}/assessments`, { roundId: round.id, unitId: p.communeA.id }))
        .statusCode,
    ).toBe(409);
  });

  it('a proposed score is changed only with a reason; the superior part is refused; totals respect the caps', async () => {
    const plan = item(a, '1.1');
    const noReason = await send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${plan.id}`, {
      version: a.version,
      selfScore: 5,
    });
    expect(noReason.statusCode).toBe(422);
    expect(json(noReason).detail).toContain('lý do');
    const over = await send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${plan.id}`, {
      version: a.version,
      selfScore: 6,
      selfReason: 'x',
    });
    expect(over.statusCode).toBe(422);
    const ok = await send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${plan.id}`, {
      version: a.version,
      selfScore: 5,
      selfReason: 'Kế hoạch ban hành bằng văn bản giấy ngày 15/01, chưa nhập vào hệ thống',
      evidenceLinks: [{ path: '/ke-hoach', label: 'Kế hoạch số 12/KH-UBND' }],
    });
    expect(ok.statusCode).toBe(200);
    const stale = await send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${plan.id}`, {
      version: a.version,
      selfScore: 4,
      selfReason: 'y',
    });
    expect(stale.statusCode).toBe(409);
    a = json(ok);
    expect(item(a, '1.1')).toMatchObject({
      selfScore: 5,
      selfFromProposal: false,
      evidenceLinks: [{ label: 'Kế hoạch số 12/KH-UBND' }],
    });
    const sup = item(a, '8.1');
    expect(
      (
        await send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${sup.id}`, {
          version: a.version,
          selfScore: 10,
        })
      ).statusCode,
    ).toBe(422);
    // bonus fills group I only up to its cap of 15
    for (const code of ['1.2', '1.4']) {
      const i = item(a, code);
      a = json(
        await send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${i.id}`, {
          version: a.version,
          selfScore: i.maxPoints,
          selfReason: 'Có quyết định',
        }),
      );
    }
    expect(a.groups[0]).toMatchObject({ code: 'I', selfTotal: 15 });
  });

  it('the focal officer may not submit; the head submits once every self-scored criterion is scored', async () => {
    expect(
      (await send(focalA, 'POST', `${B}/assessments/${a.id}/submit`, { version: a.version })).statusCode,
    ).toBe(403);
    const missing = await send(headA, 'POST', `${B}/assessments/${a.id}/submit`, { version: a.version });
    expect(missing.statusCode).toBe(422);
    expect(json(missing).detail).toMatch(/chưa tự chấm/);
    for (const i of items(a))
      if (i.scoredBy === 'self' && i.selfScore === null)
        a = json(
          await send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${i.id}`, {
            version: a.version,
            selfScore: i.kind === 'deduction' ? 0 : i.maxPoints,
          }),
        );
    const res = await send(headA, 'POST', `${B}/assessments/${a.id}/submit`, { version: a.version });
    expect(res.statusCode).toBe(200);
    a = json(res);
    expect(a).toMatchObject({ state: 'submitted', late: false, can: { draft: false, submit: false } });
    const i = item(a, '2.1');
    expect(
      (
        await send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${i.id}`, {
          version: a.version,
          selfScore: 1,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('the team lowers a criterion with a comment, scores the superior part, and sends the appraisal', async () => {
    expect(
      (
        await send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${item(a, '2.1').id}/appraisal`, {
          version: a.version,
          appraisedScore: 3,
        })
      ).statusCode,
    ).toBe(403);
    const i = item(a, '2.1');
    const noComment = await send(coordinator, 'PATCH', `${B}/assessments/${a.id}/items/${i.id}/appraisal`, {
      version: a.version,
      appraisedScore: 3,
    });
    expect(noComment.statusCode).toBe(422);
    a = json(
      await send(coordinator, 'PATCH', `${B}/assessments/${a.id}/items/${i.id}/appraisal`, {
        version: a.version,
        appraisedScore: 3,
        comment: 'Chưa niêm yết đủ thủ tục hành chính lĩnh vực đất đai',
      }),
    );
    expect(item(a, '2.1')).toMatchObject({
      appraisedScore: 3,
      appraisalComment: 'Chưa niêm yết đủ thủ tục hành chính lĩnh vực đất đai',
    });
    const early = await send(coordinator, 'POST', `${B}/assessments/${a.id}/send-appraisal`, {
      version: a.version,
    });
    expect(early.statusCode).toBe(422);
    expect(json(early).detail).toContain('cấp trên chấm');
    a = json(
      await send(coordinator, 'PATCH', `${B}/assessments/${a.id}/items/${item(a, '8.1').id}/appraisal`, {
        version: a.version,
        appraisedScore: 9,
      }),
    );
    const sent = await send(coordinator, 'POST', `${B}/assessments/${a.id}/send-appraisal`, {
      version: a.version,
    });
    expect(sent.statusCode).toBe(200);
    a = json(sent);
    expect(a).toMatchObject({
      state: 'appraised',
      explainUntil: addDays(today(), 5),
      can: { explain: false, decide: false },
    });
    // untouched criteria keep the unit's score: −2 on 2.1, +9 for the superior part
    expect(a.selfTotal).toBe(78);
    expect(a.appraisedTotal).toBe(78 - 2 + 9);
  });

  it('the commune explains within the window; the team decides after; the result has its band', async () => {
    expect(
      (await send(coordinator, 'POST', `${B}/assessments/${a.id}/decide`, { version: a.version })).statusCode,
    ).toBe(409);
    const i = item(a, '2.1');
    const focalView = json(await send(focalA, 'GET', `${B}/assessments/${a.id}`));
    expect(focalView.can).toMatchObject({ explain: true, sendExplanation: false });
    a = json(
      await send(focalA, 'PATCH', `${B}/assessments/${a.id}/items/${i.id}/explanation`, {
        version: a.version,
        explanation: 'Đã niêm yết bổ sung ngày 20/10, có ảnh chụp kèm theo.',
      }),
    );
    const sent = await send(headA, 'POST', `${B}/assessments/${a.id}/send-explanation`, {
      version: a.version,
    });
    expect(sent.statusCode).toBe(200);
    a = json(sent);
    expect(a.state).toBe('explained');
    const noReason = await send(coordinator, 'POST', `${B}/assessments/${a.id}/decide`, {
      version: a.version,
      disqualified: true,
    });
    expect(noReason.statusCode).toBe(422);
    const decided = await send(coordinator, 'POST', `${B}/assessments/${a.id}/decide`, {
      version: a.version,
      items: [{ itemId: i.id, finalScore: 4, comment: 'Chấp nhận một phần giải trình' }],
    });
    expect(decided.statusCode).toBe(200);
    a = json(decided);
    expect(a).toMatchObject({ state: 'decided', finalTotal: 86, band: 'tot' });
    expect(item(a, '2.1')).toMatchObject({ finalScore: 4, decisionComment: 'Chấp nhận một phần giải trình' });
  });

  it('the Ban Dân vận comments; others may not', async () => {
    const res = await send(supervisor, 'POST', `${B}/assessments/${a.id}/comments`, {
      text: 'Đề nghị đơn vị rút kinh nghiệm về công khai thủ tục.',
    });
    expect(res.statusCode).toBe(201);
    expect(json(res).authorName).toBeTruthy();
    expect((await send(focalA, 'POST', `${B}/assessments/${a.id}/comments`, { text: 'x' })).statusCode).toBe(
      403,
    );
    expect(json(await send(focalA, 'GET', `${B}/assessments/${a.id}`)).comments).toHaveLength(1);
  });
});

function makeDeptFocal(): TestUser {
  return deptFocal;
}
let deptFocal: TestUser;
beforeAll(async () => {
  deptFocal = await makeUser(env, 'focal_officer', p.dept.id);
});

describe('scoring: ranking per group, the cap and eligibility, compliance, publishing, documents', () => {
  let round: Round;
  let q: Province;
  let communeD: { id: number };
  let communeE: { id: number };
  let qCoordinator: TestUser;
  let qFocalA: TestUser;
  let qFocalE: TestUser;

  beforeAll(async () => {
    q = await makeProvince(env);
    communeD = await org.createUnit(sys(env), {
      code: `XA_D_${q.suffix}`,
      name: `Xã Tân Phú ${q.suffix}`,
      kind: 'commune',
      parentId: q.root.id,
      validFrom: '2015-01-01',
      groups: ['khoi_xa'],
    });
    communeE = await org.createUnit(sys(env), {
      code: `XA_E_${q.suffix}`,
      name: `Xã Hưng Thịnh ${q.suffix}`,
      kind: 'commune',
      parentId: q.root.id,
      validFrom: '2015-01-01',
      groups: ['khoi_xa'],
    });
    qFocalE = await makeUser(env, 'focal_officer', communeE.id);
    qCoordinator = await makeUser(env, 'coordinator', q.root.id);
    qFocalA = await makeUser(env, 'focal_officer', q.communeA.id);
    round = await roundAt(env, q.root.id, { groups: ['khoi_xa', 'khoi_so_nganh'] });
    // five units classified tốt or above: 20% allows one xuất sắc
    await decidedAssessment(env, round.id, q.communeA.id, 1); // 100
    await decidedAssessment(env, round.id, q.communeB.id, 1, { superior: 6 }); // 96
    await decidedAssessment(env, round.id, q.communeC.id, 0.8); // ≈ 81
    await decidedAssessment(env, round.id, communeD.id, 0.85); // ≈ 86
    await decidedAssessment(env, round.id, q.dept.id, 1, {
      superior: 6,
      disqualified: 'Để xảy ra vi phạm bị kỷ luật trong năm',
    }); // 96
    await decidedAssessment(env, round.id, q.dept2.id, 0.75); // ≈ 76
  });

  it('before publishing, the ranking is the team’s only', async () => {
    expect((await send(qFocalA, 'GET', `${B}/rounds/${round.id}/ranking`)).statusCode).toBe(403);
    expect((await send(qFocalA, 'GET', `${B}/rounds/${round.id}/decision.docx`)).statusCode).toBe(403);
  });

  it('classifies, applies eligibility and the cap with its reason, and ranks within each group', async () => {
    const res = await send(qCoordinator, 'GET', `${B}/rounds/${round.id}/ranking`);
    expect(res.statusCode).toBe(200);
    const r: Ranking = json(res);
    const xa = r.groups.find((g) => g.groupCode === 'khoi_xa')!;
    const all = r.groups.flatMap((g) => g.rows);
    const row = (id: number) => all.find((x) => x.unitId === id)!;
    expect(row(q.communeA.id)).toMatchObject({ total: 100, band: 'xuat_sac', capApplied: false, rank: 1 });
    expect(row(q.communeB.id)).toMatchObject({
      total: 96,
      bandByScore: 'xuat_sac',
      band: 'tot',
      capApplied: true,
      rank: 2,
    });
    expect(row(q.communeB.id).note).toMatch(/Vượt tỷ lệ.*chỉ 1 trong 5 đơn vị.*thứ 2 trong 2/);
    expect(row(communeD.id)).toMatchObject({ band: 'tot', rank: 3 });
    expect(row(q.communeC.id)).toMatchObject({ band: 'tot', rank: 4 });
    expect(xa.rows.map((x) => x.unitId)).toEqual([q.communeA.id, q.communeB.id, communeD.id, q.communeC.id]);
    // the disqualified department is not eligible for tốt or above, and not counted in the base
    expect(row(q.dept.id)).toMatchObject({
      total: 96,
      bandByScore: 'xuat_sac',
      band: 'hoan_thanh',
      disqualified: true,
      rank: 1,
    });
    expect(row(q.dept.id).note).toContain('Để xảy ra vi phạm');
    expect(r.cap).toMatchObject({ percent: 20, base: 5, allowed: 1, before: 2 });
    expect(r.cap!.moved).toEqual([expect.objectContaining({ unitId: q.communeB.id, place: 2 })]);
    expect(r.bandCounts).toEqual({ xuat_sac: 1, tot: 4, hoan_thanh: 1 });
    // one group only
    const only = json(
      await send(qCoordinator, 'GET', `${B}/rounds/${round.id}/ranking?groupId=${xa.groupId}`),
    );
    expect(only.groups).toHaveLength(1);
  });

  it('shows who has not submitted, and who was late once the deadline passed', async () => {
    let rows = json(await send(qCoordinator, 'GET', `${B}/rounds/${round.id}/compliance`)).items as {
      unitId: number;
      status: string;
      late: boolean;
    }[];
    expect(rows).toHaveLength(7);
    expect(rows.find((x) => x.unitId === communeE.id)).toMatchObject({ status: 'not_started', late: false });
    const r = json(await send(qCoordinator, 'GET', `${B}/rounds/${round.id}`));
    expect(r.counts).toMatchObject({ participants: 7, decided: 6, notStarted: 1 });
    const moved = await send(qCoordinator, 'PATCH', `${B}/rounds/${round.id}`, {
      version: r.version,
      submitDeadline: addDays(today(), -1),
    });
    expect(moved.statusCode).toBe(200);
    rows = json(await send(qCoordinator, 'GET', `${B}/rounds/${round.id}/compliance`)).items;
    expect(rows.find((x) => x.unitId === communeE.id)).toMatchObject({ status: 'not_started', late: true });
    expect(rows.find((x) => x.unitId === q.communeA.id)).toMatchObject({ status: 'decided', late: true });
    // a commune sees only itself
    const own = json(await send(qFocalA, 'GET', `${B}/rounds/${round.id}/compliance`)).items;
    expect(own.map((x: { unitId: number }) => x.unitId)).toEqual([q.communeA.id]);
    round = json(moved);
  });

  it('publishes once every submitted assessment is decided; the communes then read the results', async () => {
    const r = json(await send(qCoordinator, 'GET', `${B}/rounds/${round.id}`));
    expect(
      (await send(qFocalA, 'POST', `${B}/rounds/${round.id}/publish`, { version: r.version })).statusCode,
    ).toBe(403);
    const res = await send(qCoordinator, 'POST', `${B}/rounds/${round.id}/publish`, {
      version: r.version,
      decisionNumber: '125/QĐ-UBND',
      decisionDate: today(),
    });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ state: 'published', decisionNumber: '125/QĐ-UBND' });
    expect((await send(qFocalA, 'GET', `${B}/rounds/${round.id}/ranking`)).statusCode).toBe(200);
    // closed to changes
    expect(
      (await send(qCoordinator, 'POST', `${B}/rounds/${round.id}/publish`, { version: json(res).version }))
        .statusCode,
    ).toBe(409);
    expect(
      (await send(qFocalE, 'POST', `${B}/assessments`, { roundId: round.id, unitId: communeE.id }))
        .statusCode,
    ).toBe(409);
  });

  it('the decision .docx has the annex table; the ranking and the assessment open as .xlsx', async () => {
    const doc = await send(qFocalA, 'GET', `${B}/rounds/${round.id}/decision.docx`);
    expect(doc.statusCode).toBe(200);
    const text = await docxTextOf(doc.rawPayload);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain(
      `Về việc công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền năm ${YEAR}`,
    );
    expect(text).toContain('PHỤ LỤC');
    expect(text).toContain(q.communeA.name);
    expect(text).toContain('Hoàn thành xuất sắc nhiệm vụ');
    expect(text).toMatch(/tỷ lệ khống chế, 1 đơn vị/);
    const x = await send(qCoordinator, 'GET', `${B}/rounds/${round.id}/ranking.xlsx`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    expect(wb.worksheets.map((w) => w.name).sort()).toEqual(
      ['Khối sở, ban, ngành', 'Khối xã, phường'].sort(),
    );
    const ws = wb.getWorksheet('Khối xã, phường')!;
    const cells = ws.getSheetValues().flat().map(String).join(' | ');
    expect(cells).toContain(q.communeA.name);
    expect(cells).toContain('Vượt tỷ lệ');
    const aId = json(
      await send(qCoordinator, 'GET', `${B}/assessments?roundId=${round.id}&unitId=${q.communeA.id}`),
    ).items[0].id;
    const ax = await send(qFocalA, 'GET', `${B}/assessments/${aId}/export.xlsx`);
    expect(ax.statusCode).toBe(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(ax.rawPayload as never);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['Tự chấm', 'Thẩm định']);
    expect(wb2.getWorksheet('Thẩm định')!.getSheetValues().flat().map(String).join(' ')).toContain(
      'TỔNG ĐIỂM',
    );
  });
});
