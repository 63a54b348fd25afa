/**
 * The answers module through HTTP (both databases): a direct dialogue and its commitments (minutes
 * .docx, compliance on time / overdue), the Front's supervision conclusion answered, judged and
 * re-answered, a council session's voter petitions (repeated petitions, bulk assignment, bulk answer
 * with a template, publication), who sees what, the register .xlsx, the reminder sweep, the figures.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import {
  json,
  makeProvince,
  makeUser,
  sys,
  uid,
  type Province,
  type TestUser,
} from '../../../test/factories.ts';
import { computeFigures } from '../../core/figures.ts';
import { notifications } from '../../db/schema/notifications.ts';
import { auditLog } from '../../db/schema/audit.ts';
import * as org from '../org/index.ts';
import { sendAnswerReminders } from './answers.jobs.ts';

let env: TestEnv;
let p: Province;
let front: { id: number; path: string };
let council: { id: number; path: string };
let headA: TestUser; // commune A's chair: holds the dialogue, judges and closes its commitments
let focalA: TestUser;
let frontUser: TestUser;
let deptHead: TestUser;
let deptFocal: TestUser;
let councilUser: TestUser;
let focalB: TestUser;
let coordinator: TestUser;

const TODAY = '2026-06-20';
const B = '/api/v1/answers';

beforeAll(async () => {
  env = await testEnv();
  env.clock.set(`${TODAY}T03:00:00Z`);
  p = await makeProvince(env);
  const ctx = sys(env);
  const s = uid();
  front = await org.createUnit(ctx, {
    code: `MTTQ_${s}`,
    name: `Ủy ban MTTQ Việt Nam tỉnh ${s}`,
    kind: 'front',
    parentId: p.root.id,
    validFrom: '2015-01-01',
    groups: [],
  });
  council = await org.createUnit(ctx, {
    code: `HDND_${s}`,
    name: `Hội đồng nhân dân tỉnh ${s}`,
    kind: 'council',
    parentId: p.root.id,
    validFrom: '2015-01-01',
    groups: [],
  });
  headA = await makeUser(env, 'unit_head', p.communeA.id, { fullName: 'Nguyễn Văn Chủ Tịch' });
  focalA = await makeUser(env, 'focal_officer', p.communeA.id);
  frontUser = await makeUser(env, 'front', front.id);
  deptHead = await makeUser(env, 'unit_head', p.dept.id);
  deptFocal = await makeUser(env, 'focal_officer', p.dept.id);
  councilUser = await makeUser(env, 'council_office', council.id);
  focalB = await makeUser(env, 'focal_officer', p.communeB.id);
  coordinator = await makeUser(env, 'coordinator', p.root.id);
});

afterAll(() => env.clock.reset());

const send = (u: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: u.headers,
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });
const ok = async (
  u: TestUser,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: unknown,
  status = 200,
) => {
  const res = await send(u, method, url, payload);
  expect(res.statusCode, res.body).toBe(status);
  return json(res);
};

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
}

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

describe("voter petitions of a People's Council session", () => {
  let first: any;
  let second: any;

  it('files the petitions by field; a petition repeated from an earlier session is flagged', async () => {
    first = await ok(
      councilUser,
      'POST',
      `${B}/council-sessions`,
      {
        unitId: council.id,
        title: 'Kỳ họp thứ 10, HĐND tỉnh khóa X',
        term: '2021–2026',
        sessionOn: '2025-12-10',
        answerDue: '2026-01-31',
        items: [
          {
            text: 'Đề nghị sớm nâng cấp tuyến đường ĐT 765 đoạn qua xã Hòa Bình',
            field: 'xay_dung_giao_thong',
            origin: 'Cử tri xã Hòa Bình',
          },
        ],
      },
      201,
    );
    second = await ok(
      councilUser,
      'POST',
      `${B}/council-sessions`,
      {
        unitId: council.id,
        title: 'Kỳ họp thứ 11, HĐND tỉnh khóa X',
        sessionOn: '2026-06-10',
        answerDue: '2026-07-10',
        items: [
          {
            text: 'Đề nghị sớm nâng cấp tuyến đường ĐT765 đoạn qua xã Hòa Bình',
            field: 'xay_dung_giao_thong',
          },
          { text: 'Đề nghị bố trí thêm giáo viên tiếng Anh cho các trường tiểu học', field: 'giao_duc' },
        ],
      },
      201,
    );
    expect(second.sourceItems[0].repeatOf).toMatchObject({
      itemId: first.sourceItems[0].id,
      sourceTitle: first.title,
    });
    expect(second.sourceItems[1].repeatOf).toBeNull();
    expect(
      second.sourceItems.every((i: any) => i.dueDate === '2026-07-10' && i.responsibleUnit === null),
    ).toBe(true);
  });

  it("assigns them in bulk, the department answers, the office publishes: the portal's public section shows the answer", async () => {
    const assigned = await ok(councilUser, 'POST', `${B}/items/assign`, {
      items: second.sourceItems.map((i: any) => ({ id: i.id, expectedVersion: i.version })),
      responsibleUnitId: p.dept.id,
      coordinatingUnitIds: [p.dept2.id],
    });
    expect(assigned.items.every((i: any) => i.responsibleUnit?.id === p.dept.id)).toBe(true);
    expect(assigned.items[0].coordinatingUnits).toEqual([{ id: p.dept2.id, name: p.dept2.name }]);
    // the department was told
    const told = await env.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, deptHead.id), eq(notifications.kind, 'answers.assigned')));
    expect(told.length).toBeGreaterThanOrEqual(2);

    const i0 = assigned.items[0];
    const answered = await ok(deptHead, 'POST', `${B}/items/${i0.id}/answer`, {
      expectedVersion: i0.version,
      text: 'Tuyến ĐT 765 đã được bố trí vốn trung hạn 2026–2030, khởi công quý IV/2026.',
    });
    // publishing needs an answer: the unanswered one is refused, and nothing is published
    const refused = await send(councilUser, 'POST', `${B}/items/publish`, {
      items: [
        { id: i0.id, expectedVersion: answered.version },
        { id: assigned.items[1].id, expectedVersion: assigned.items[1].version },
      ],
      published: true,
    });
    expect(refused.statusCode).toBe(409);
    const pub = await ok(councilUser, 'POST', `${B}/items/publish`, {
      items: [{ id: i0.id, expectedVersion: answered.version }],
      published: true,
    });
    expect(pub.items[0].published).toBe(true);
    // published through the portal's registry: the portal's public section shows it, to anyone
    const anon = await env.app.inject({
      method: 'GET',
      url: `/api/v1/public/sections/voter_petitions?unitId=${p.dept.id}&pageSize=100`,
    });
    expect(anon.statusCode, anon.body).toBe(200);
    const list = json(anon);
    const shown = list.items.filter((x: any) => x.title.includes(second.title));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ section: 'voter_petitions', unitId: p.dept.id, unitName: p.dept.name });
    expect(shown[0].summary).toContain(i0.text);
    expect(shown[0].summary).toContain(answered.answerText);
    expect(list.items.some((x: any) => x.summary.includes(assigned.items[1].text))).toBe(false);
    // the answers module keeps no public list of its own
    const gone = await env.app.inject({ method: 'GET', url: `${B}/public/answers` });
    expect(gone.statusCode).toBe(404);

    const src = await ok(councilUser, 'GET', `${B}/sources/${second.id}`);
    expect(src.counts).toMatchObject({ total: 2, assigned: 2, answered: 1, answeredRate: 50 });
  });

  it('the co-ordinating unit reads the petitions given to it, a sibling unit does not', async () => {
    const dept2 = await makeUser(env, 'focal_officer', p.dept2.id);
    const mine = await ok(dept2, 'GET', `${B}/items?sourceId=${second.id}`);
    expect(mine.total).toBe(2);
    expect(mine.items.every((i: any) => !i.can.answer)).toBe(true);
    const src = await ok(dept2, 'GET', `${B}/sources/${second.id}`);
    expect(src.sourceItems).toHaveLength(2);
    expect(src.can.update).toBe(false);
    const none = await ok(focalB, 'GET', `${B}/items?sourceId=${second.id}`);
    expect(none.total).toBe(0);
  });

  it('exports the register of items as .xlsx', async () => {
    const res = await send(councilUser, 'GET', `${B}/items/export.xlsx?sourceId=${second.id}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0]!;
    const cells: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain('Kiến nghị cử tri kỳ họp HĐND');
    expect(cells).toContain('Đề nghị bố trí thêm giáo viên tiếng Anh cho các trường tiểu học');
    expect(cells).toContain('Đã trả lời');
  });
});

describe('the daily reminder sweep', () => {
  it('reminds the answering unit before the due date and when overdue, once', async () => {
    const s = await ok(
      frontUser,
      'POST',
      `${B}/front-supervisions`,
      {
        unitId: front.id,
        addresseeUnitId: p.dept2.id,
        title: 'Kết luận giám sát công tác tiếp công dân',
        receivedOn: '2026-06-01',
        items: [
          { text: 'Bố trí phòng tiếp công dân riêng', dueDate: '2026-06-22' },
          { text: 'Niêm yết lịch tiếp công dân', dueDate: '2026-06-19' },
        ],
      },
      201,
    );
    const head2 = await makeUser(env, 'unit_head', p.dept2.id);
    const r1 = await sendAnswerReminders(sys(env), TODAY);
    expect(r1.dueSoon).toBeGreaterThanOrEqual(1);
    expect(r1.overdue).toBeGreaterThanOrEqual(1);
    const inbox = async () =>
      (await env.database.db.select().from(notifications).where(eq(notifications.userId, head2.id))).filter(
        (n) => String(n.link).includes('/tra-loi/'),
      );
    const first = await inbox();
    expect(first.map((n) => n.kind).sort()).toEqual(['answers.due', 'answers.overdue']);
    await sendAnswerReminders(sys(env), TODAY);
    expect(await inbox()).toHaveLength(2);
    void s;
  });
});

describe('adding items to a document', () => {
  it('an unknown document is a 404 in Vietnamese and nothing is added', async () => {
    const res = await send(coordinator, 'POST', `${B}/sources/2147483647/items`, {
      items: [{ text: 'Đề nghị sửa đường liên xã.' }],
    });
    expect(res.statusCode, res.body).toBe(404);
    expect(json(res).detail).toMatch(/Văn bản, hồ sơ/);
  });

  it('no items at all is a 400 naming the field, not a 500', async () => {
    for (const body of [{}, { items: [] }]) {
      const res = await send(coordinator, 'POST', `${B}/sources/2147483647/items`, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(json(res).detail).toMatch(/Nội dung/);
    }
  });
});
