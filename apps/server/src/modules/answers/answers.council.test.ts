/**
 * The answers module through HTTP (both databases): a council session's voter petitions (repeated
 * petitions, bulk assignment, publication), who sees what, the register .xlsx, the reminder sweep, and
 * adding items to a document.
 */
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { json, makeUser, sys } from '../../../test/factories.ts';
import { notifications } from '../../db/schema/notifications.ts';
import { sendAnswerReminders } from './answers.jobs.ts';
import {
  B,
  coordinator,
  council,
  councilUser,
  deptHead,
  env,
  focalB,
  front,
  frontUser,
  ok,
  p,
  send,
  setupAnswers,
  TODAY,
} from './answers.fixture.ts';

setupAnswers();

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
