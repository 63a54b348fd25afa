/**
 * The answers module through HTTP: a dialogue and its commitments, and the Front's supervision answered,
 * judged and re-answered, with the figures. One file: the audit check counts the steps of both.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sys, uid } from '../../../test/factories.ts';
import { computeFigures } from '../../core/figures.ts';
import { notifications } from '../../db/schema/notifications.ts';
import { auditLog } from '../../db/schema/audit.ts';
import * as org from '../org/index.ts';
import {
  B,
  coordinator,
  deptFocal,
  deptHead,
  docxText,
  env,
  focalA,
  focalB,
  front,
  frontUser,
  headA,
  ok,
  p,
  send,
  setupAnswers,
} from './answers.fixture.ts';

setupAnswers();

describe('dialogues: scheduled, held, commitments tracked to closure', () => {
  let dialogue: any;

  it('schedules a dialogue with its notice, then records it as held with two commitments', async () => {
    dialogue = await ok(
      headA,
      'POST',
      `${B}/dialogues`,
      {
        unitId: p.communeA.id,
        title: 'Đối thoại về bồi thường, hỗ trợ giải phóng mặt bằng đường liên xã',
        scheduledOn: '2026-05-10',
        place: 'Hội trường UBND xã',
        chairName: 'Nguyễn Văn Chủ Tịch',
        noticeOn: '2026-05-03',
        noticeText: 'UBND xã thông báo lịch đối thoại với Nhân dân thôn 3.',
        participantsText: 'Đại diện các hộ dân thôn 3, Mặt trận xã, các ngành liên quan',
      },
      201,
    );
    expect(dialogue.kind).toBe('dialogue');
    expect(dialogue.dialogue.state).toBe('scheduled');
    expect(dialogue.can.hold).toBe(true);
    expect(dialogue.can.minutes).toBe(false);

    dialogue = await ok(headA, 'POST', `${B}/dialogues/${dialogue.id}/hold`, {
      expectedVersion: dialogue.version,
      heldOn: '2026-05-10',
      participantCount: 86,
      issuesRaised:
        'Người dân đề nghị công khai đơn giá bồi thường.\nĐề nghị sửa đường tạm cho học sinh đi lại.',
      conclusion: 'Chủ tịch UBND xã tiếp thu, giao các bộ phận giải quyết.',
      commitments: [
        {
          text: 'Công khai đơn giá bồi thường tại nhà văn hóa thôn 3',
          field: 'dat_dai',
          responsibleUnitId: p.communeA.id,
          ownerName: 'Công chức Địa chính',
          dueDate: '2026-05-25',
        },
        {
          text: 'Sửa đường tạm cho học sinh đi lại',
          field: 'xay_dung_giao_thong',
          responsibleUnitId: p.communeA.id,
          ownerName: 'Phó Chủ tịch UBND xã',
          dueDate: '2026-06-10',
        },
      ],
    });
    expect(dialogue.dialogue).toMatchObject({ state: 'held', heldOn: '2026-05-10', participantCount: 86 });
    expect(dialogue.sourceItems.map((i: any) => [i.number, i.status, i.dueDate])).toEqual([
      [1, 'received', '2026-05-25'],
      [2, 'received', '2026-06-10'],
    ]);
    // held once: a second record of the same dialogue is refused
    const again = await send(headA, 'POST', `${B}/dialogues/${dialogue.id}/hold`, {
      expectedVersion: dialogue.version,
      heldOn: '2026-05-10',
      participantCount: 1,
      issuesRaised: 'x',
    });
    expect(again.statusCode).toBe(409);
  });

  it('closes one commitment on time; the other goes overdue and shows in the compliance', async () => {
    const [c1, c2] = dialogue.sourceItems;
    const answered = await ok(focalA, 'POST', `${B}/items/${c1.id}/answer`, {
      expectedVersion: c1.version,
      text: 'Đã niêm yết đơn giá bồi thường tại nhà văn hóa thôn 3 từ ngày 20/5/2026.',
      answeredOn: '2026-05-20',
    });
    expect(answered).toMatchObject({
      status: 'answered',
      compliance: 'on_time',
      firstAnsweredOn: '2026-05-20',
    });
    expect(answered.can.judge).toBe(false); // the commune's chair judges; its officer only answers
    const head = await ok(headA, 'GET', `${B}/items/${c1.id}`);
    expect(head.can.close).toBe(true);
    const closed = await ok(headA, 'POST', `${B}/items/${c1.id}/close`, { expectedVersion: head.version });
    expect(closed.status).toBe('closed');
    expect(closed.history.map((h: any) => h.step)).toEqual(['create', 'answer', 'close']);

    const overdue = await ok(headA, 'GET', `${B}/items/${c2.id}`);
    expect(overdue.compliance).toBe('overdue');

    const comp = await ok(coordinator, 'GET', `${B}/compliance?kind=dialogue&unitId=${p.root.id}`);
    const row = comp.items.find((r: any) => r.unitId === p.communeA.id);
    expect(row).toMatchObject({ total: 2, on_time: 1, late: 0, overdue: 1, pending: 0, answeredRate: 50 });
  });

  it('writes the minutes as a .docx in NĐ 30 form with the commitments', async () => {
    const res = await send(focalA, 'GET', `${B}/dialogues/${dialogue.id}/minutes.docx`);
    expect(res.statusCode, res.body).toBe(200);
    const text = await docxText(res.rawPayload);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Số người tham dự: 86 người.');
    expect(text).toContain('Công khai đơn giá bồi thường tại nhà văn hóa thôn 3');
    expect(text).toContain('25/05/2026');
    expect(text).toContain('Nguyễn Văn Chủ Tịch');
  });

  it('a sibling commune sees nothing of it (404), and cannot answer it', async () => {
    expect((await send(focalB, 'GET', `${B}/sources/${dialogue.id}`)).statusCode).toBe(404);
    const res = await send(focalB, 'POST', `${B}/items/${dialogue.sourceItems[1].id}/answer`, {
      expectedVersion: 1,
      text: 'x',
    });
    expect(res.statusCode).toBe(404);
    const list = await ok(focalB, 'GET', `${B}/sources?kind=dialogue`);
    expect(list.items.some((s: any) => s.id === dialogue.id)).toBe(false);
  });

  it('pre-fills III.7: dialogues held, commitments, commitments done', async () => {
    const q = { unitId: p.communeA.id, from: '2026-01-01', to: '2026-06-30' };
    const f = await computeFigures(
      sys(env),
      ['dialogues.held', 'dialogues.commitments', 'dialogues.commitments_done'],
      q,
    );
    expect(f).toEqual({ 'dialogues.held': 1, 'dialogues.commitments': 2, 'dialogues.commitments_done': 1 });
  });
});

describe("the Front's supervision: answered, judged, re-answered", () => {
  let doc: any;

  it('the Front finds the agency to address outside its own subtree, searched without diacritics', async () => {
    const found = await ok(frontUser, 'GET', `${B}/units?q=${encodeURIComponent('so tu phap')}`);
    expect(found.can).toEqual({ create: false });
    expect(found.items.map((u: any) => u.id)).toEqual([p.dept2.id]);
    expect(found.items[0]).toMatchObject({
      name: p.dept2.name,
      code: p.dept2.code,
      kind: 'department',
      parentName: p.root.name,
    });
    // the whole province, paged, and never another province's units
    const all = await ok(frontUser, 'GET', `${B}/units?pageSize=500&q=${p.suffix}`);
    const ids = all.items.map((u: any) => u.id);
    for (const u of [p.root, p.dept, p.dept2, p.communeA, p.communeB, p.communeC])
      expect(ids).toContain(u.id);
    expect(ids).not.toContain(p.other.id);
    expect(ids).not.toContain(p.otherCommune.id);
    const paged = await ok(frontUser, 'GET', `${B}/units?pageSize=2&page=2&q=${p.suffix}`);
    expect(paged).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
    expect(paged.items.map((u: any) => u.id)).toEqual(ids.slice(2, 4));
    // the org tree itself shows the Front only its own subtree: that is why this list exists
    const tree = await ok(frontUser, 'GET', `/api/v1/org/units?q=${encodeURIComponent('so tu phap')}`);
    expect(tree.items.some((u: any) => u.id === p.dept2.id)).toBe(false);
  });

  it('lists no unit that has ceased to exist', async () => {
    const ctx = sys(env);
    const gone = await org.createUnit(ctx, {
      code: `STP_CU_${uid()}`,
      name: `Sở Tư pháp cũ ${p.suffix}`,
      kind: 'department',
      parentId: p.root.id,
      validFrom: '2015-01-01',
      groups: [],
    });
    const before = await ok(frontUser, 'GET', `${B}/units?q=${encodeURIComponent('tu phap cu')}`);
    expect(before.items.map((u: any) => u.id)).toContain(gone.id);
    await org.deactivateUnit(ctx, gone.id, { validTo: '2026-06-01', reason: 'Sáp nhập vào Sở Tư pháp' });
    const after = await ok(frontUser, 'GET', `${B}/units?q=${encodeURIComponent('tu phap cu')}`);
    expect(after.items.map((u: any) => u.id)).not.toContain(gone.id);
  });

  it('the Front files a conclusion with three recommendations to a department, due by the rule', async () => {
    doc = await ok(
      frontUser,
      'POST',
      `${B}/front-supervisions`,
      {
        unitId: front.id,
        addresseeUnitId: p.dept.id,
        docType: 'conclusion',
        title: 'Kết luận giám sát việc giải quyết thủ tục hành chính',
        documentNumber: '15/TB-MTTQ-BTT',
        receivedOn: '2026-06-01',
        items: [
          { text: 'Rút ngắn thời gian giải quyết hồ sơ', field: 'hanh_chinh_tu_phap' },
          { text: 'Công khai quy trình tại Bộ phận một cửa', field: 'hanh_chinh_tu_phap' },
          { text: 'Tăng cường tiếp nhận hồ sơ trực tuyến', field: 'hanh_chinh_tu_phap' },
        ],
      },
      201,
    );
    expect(doc.sourceItems).toHaveLength(3);
    for (const i of doc.sourceItems) {
      expect(i.responsibleUnit).toEqual({ id: p.dept.id, name: p.dept.name });
      expect(i.dueDate).toBe('2026-06-16'); // 15 days from 01/06/2026
      expect(i.dueRule).toMatchObject({ code: 'mttq.tra_loi_kien_nghi_giam_sat', needsCheck: true });
      // the Front files, judges and may reassign; only the department answers
      expect(i.can).toMatchObject({ answer: false, judge: false, assign: true });
    }
    // the Front files; it never answers
    const r = await send(frontUser, 'POST', `${B}/items/${doc.sourceItems[0].id}/answer`, {
      expectedVersion: 1,
      text: 'x',
    });
    expect(r.statusCode).toBe(403);
  });

  it('the department sees what was addressed to it and answers all three at once from a template', async () => {
    const mine = await ok(deptFocal, 'GET', `${B}/items?sourceId=${doc.id}&mine=true`);
    expect(mine.total).toBe(3);
    expect(mine.items.every((i: any) => i.can.answer)).toBe(true);
    const tpl = await ok(
      deptHead,
      'POST',
      `${B}/templates`,
      {
        unitId: p.dept.id,
        name: 'Tiếp thu kiến nghị',
        text: 'Sở tiếp thu kiến nghị số {so} ({noi_dung}); {don_vi} sẽ triển khai trong quý III.',
      },
      201,
    );
    const res = await ok(deptFocal, 'POST', `${B}/items/answer`, {
      items: mine.items.map((i: any) => ({ id: i.id, expectedVersion: i.version })),
      templateId: tpl.id,
      answerDocument: '120/SNV-VP',
      answeredOn: '2026-06-15',
    });
    expect(res.items.map((i: any) => i.status)).toEqual(['answered', 'answered', 'answered']);
    expect(res.items[1].answerText).toBe(
      `Sở tiếp thu kiến nghị số 2 (Công khai quy trình tại Bộ phận một cửa); ${p.dept.name} sẽ triển khai trong quý III.`,
    );
    expect(res.items.every((i: any) => i.compliance === 'on_time')).toBe(true);
    // the author was told of every answer
    const inbox = await env.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, frontUser.id), eq(notifications.kind, 'answers.answered')));
    expect(inbox).toHaveLength(3);
    expect(inbox[0].messageParams).toMatchObject({ source: doc.title });
  });

  it('the Front marks one not satisfactory; the department re-answers; the Front accepts it', async () => {
    const item = await ok(frontUser, 'GET', `${B}/items/${doc.sourceItems[0].id}`);
    expect(item.can.judge).toBe(true);
    const judged = await ok(frontUser, 'POST', `${B}/items/${item.id}/judge`, {
      expectedVersion: item.version,
      verdict: 'not_satisfied',
      comment: 'Chưa nêu rõ thời gian giải quyết cụ thể.',
    });
    expect(judged).toMatchObject({ status: 'not_satisfied', verdict: 'not_satisfied' });
    // judging again is not possible until it is re-answered
    const twice = await send(frontUser, 'POST', `${B}/items/${item.id}/judge`, {
      expectedVersion: judged.version,
      verdict: 'satisfied',
    });
    expect(twice.statusCode).toBe(409);
    const re = await ok(deptHead, 'POST', `${B}/items/${item.id}/answer`, {
      expectedVersion: judged.version,
      text: 'Từ ngày 01/7/2026 giảm thời gian giải quyết từ 10 xuống 7 ngày làm việc.',
      answeredOn: '2026-06-18',
    });
    expect(re).toMatchObject({
      status: 're_answered',
      answerCount: 2,
      firstAnsweredOn: '2026-06-15',
      compliance: 'on_time',
    });
    const ok2 = await ok(frontUser, 'POST', `${B}/items/${item.id}/judge`, {
      expectedVersion: re.version,
      verdict: 'satisfied',
    });
    expect(ok2.status).toBe('satisfied');
    expect(ok2.history.map((h: any) => h.step)).toEqual(['create', 'answer', 'judge', 'answer', 'judge']);
  });

  it('a stale version is refused (409) and writes nothing', async () => {
    const i = await ok(deptFocal, 'GET', `${B}/items/${doc.sourceItems[2].id}`);
    const res = await send(frontUser, 'POST', `${B}/items/${i.id}/judge`, {
      expectedVersion: i.version + 5,
      verdict: 'satisfied',
    });
    expect(res.statusCode).toBe(409);
    expect((await ok(deptFocal, 'GET', `${B}/items/${i.id}`)).status).toBe('answered');
  });

  it('what is not taken in is explained with the reason', async () => {
    const s = await ok(
      frontUser,
      'POST',
      `${B}/front-criticisms`,
      {
        unitId: front.id,
        addresseeUnitId: p.dept.id,
        title: 'Phản biện dự thảo Đề án vị trí việc làm',
        receivedOn: '2026-06-05',
        draftTitle: 'Đề án vị trí việc làm năm 2026',
        draftSentOn: '2026-06-01',
        submissionOn: '2026-06-10',
        items: [{ text: 'Bổ sung vị trí chuyên trách dân vận' }],
      },
      201,
    );
    expect(s.front).toMatchObject({ leadDays: 9, leadDaysRequired: 15, leadOk: false });
    const it0 = s.sourceItems[0];
    const d = await ok(deptHead, 'POST', `${B}/items/${it0.id}/decline`, {
      expectedVersion: it0.version,
      reason: 'Biên chế đã được giao đủ theo quy định, không tăng thêm vị trí.',
    });
    expect(d).toMatchObject({ status: 'not_taken', compliance: 'on_time' });
    expect(d.declineReason).toContain('Biên chế');
  });

  it('pre-fills III.8 for the department: recommendations received and answered', async () => {
    const f = await computeFigures(
      sys(env),
      ['front.recommendations_received', 'front.recommendations_answered'],
      {
        unitId: p.dept.id,
        from: '2026-01-01',
        to: '2026-06-30',
      },
    );
    expect(f).toEqual({ 'front.recommendations_received': 4, 'front.recommendations_answered': 4 });
  });

  it('audits every step with a labelled action', async () => {
    const rows = await env.database.db.select().from(auditLog).where(eq(auditLog.entity, 'answer_item'));
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['answer_item', 'judge_item', 'decline_item', 'close_item', 'bulk_answer'])
      expect(actions).toContain(a);
  });
});
