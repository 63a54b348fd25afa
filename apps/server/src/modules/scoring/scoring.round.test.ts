/**
 * The scoring module through HTTP (both databases): the year's round opened to the communes, a
 * self-assessment with scores proposed from live data and changed with a reason, submission by the head,
 * the appraisal, the explanation within its window, the decision, the comments of the Ban Dân vận.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '@danvan/domain';
import type { AssessmentDetail, Round } from '@danvan/contracts';
import { json } from '../../../test/factories.ts';
import { roundAt, today } from './scoring.test-helpers.ts';
import {
  B,
  coordinator,
  env,
  focalA,
  focalB,
  headA,
  item,
  items,
  makeDeptFocal,
  p,
  provinceFocal,
  send,
  setupScoring,
  supervisor,
} from './scoring.fixture.ts';

setupScoring();

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
