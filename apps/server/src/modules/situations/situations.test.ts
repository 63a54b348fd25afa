import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, asc, eq } from 'drizzle-orm';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';
import { auditLog } from '../../db/schema/audit.ts';
import * as org from '../org/index.ts';
import { sys } from '../../../test/factories.ts';

const B = '/api/v1/situations';
let env: TestEnv;
let p: Province;
let head: TestUser; // unit_head of communeA
let officer: TestUser; // reception_officer of communeA
let front: TestUser; // front at communeA: reads only
let headB: TestUser; // unit_head of communeB
let coordinator: TestUser; // coordinator at the province: reads the subtree
let admin: TestUser; // admin: no situations permission
let hamlet: { id: number; name: string };

const send = (method: string, u: TestUser | null, url: string, payload?: unknown) =>
  env.app.inject({
    method: method as never,
    url,
    headers: u ? u.headers : {},
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });

const note = (over: Record<string, unknown> = {}) => ({
  unitId: p.communeA.id,
  place: 'Ấp 3, dự án đường vành đai',
  topic: 'land_clearance',
  level: 'complex',
  summary: 'Mười hai hộ dân chưa đồng thuận phương án bồi thường giải phóng mặt bằng.',
  source: 'Tổ dân vận ấp 3',
  notedOn: '2026-03-02',
  ...over,
});

async function auditRows(entity: string, id: number) {
  return env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(id))))
    .orderBy(asc(auditLog.id));
}

beforeAll(async () => {
  env = await testEnv();
  env.clock.set('2026-03-10T03:00:00Z');
  p = await makeProvince(env);
  head = await makeUser(env, 'unit_head', p.communeA.id);
  officer = await makeUser(env, 'reception_officer', p.communeA.id);
  front = await makeUser(env, 'front', p.communeA.id);
  headB = await makeUser(env, 'unit_head', p.communeB.id);
  coordinator = await makeUser(env, 'coordinator', p.root.id);
  admin = await makeUser(env, 'admin', p.root.id);
  hamlet = await org.createUnit(sys(env), {
    code: `AP3_${p.suffix}`,
    name: `Ấp 3 ${p.suffix}`,
    kind: 'public_service',
    parentId: p.communeA.id,
    validFrom: '2020-01-01',
    groups: [],
  });
});
afterAll(() => env.clock.reset());

describe('situation notes', () => {
  let id: number;

  it('records a note with its follow-up actions, audited, and computes overdue for today', async () => {
    const res = await send(
      'POST',
      head,
      B,
      note({
        placeUnitId: hamlet.id,
        followUps: [
          { action: 'Đối thoại với các hộ dân', assignee: 'Chủ tịch UBND xã', dueDate: '2026-03-09' },
          { action: 'Rà soát đơn giá đất', assignee: 'Công chức địa chính', dueDate: '2026-03-10' },
          {
            action: 'Báo cáo Ban Dân vận',
            assignee: 'Văn phòng',
            dueDate: '2026-03-05',
            state: 'done',
          },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const s = json(res);
    id = s.id;
    expect(s).toMatchObject({
      unitId: p.communeA.id,
      placeUnitId: hamlet.id,
      placeUnitName: hamlet.name,
      topic: 'land_clearance',
      level: 'complex',
      state: 'monitoring',
      version: 1,
      openFollowUps: 2,
      overdueFollowUps: 1,
      can: { update: true, delete: true, addFollowUp: true },
    });
    const byAction = Object.fromEntries(s.followUps.map((f: any) => [f.action, f]));
    expect(byAction['Đối thoại với các hộ dân']).toMatchObject({ overdue: true, daysLate: 1 });
    expect(byAction['Rà soát đơn giá đất']).toMatchObject({ overdue: false, daysLate: 0 });
    expect(byAction['Báo cáo Ban Dân vận']).toMatchObject({ overdue: false, doneOn: '2026-03-10' });
    const audits = await auditRows('situation', id);
    expect(audits.map((a) => a.action)).toEqual(['create']);
    expect(audits[0].unitId).toBe(p.communeA.id);
  });

  it('refuses bad input with Vietnamese messages (400) and out-of-scope units (404 / 403)', async () => {
    const future = await send('POST', head, B, note({ notedOn: '2026-03-11' }));
    expect(future.statusCode).toBe(400);
    expect(json(future).detail).toContain('Ngày nắm tình hình không được sau ngày hôm nay');
    const early = await send(
      'POST',
      head,
      B,
      note({ followUps: [{ action: 'x', assignee: 'y', dueDate: '2026-03-01' }] }),
    );
    expect(early.statusCode).toBe(400);
    expect(json(early).detail).toContain('Hạn thực hiện không được trước ngày nắm tình hình');
    const topic = await send('POST', head, B, note({ topic: 'thoi_tiet' }));
    expect(topic.statusCode).toBe(400);
    expect(json(topic).detail).toContain('Lĩnh vực');
    const place = await send('POST', head, B, note({ placeUnitId: p.communeB.id }));
    expect(place.statusCode).toBe(400);
    expect(json(place).detail).toContain('Đơn vị trên địa bàn');
    expect((await send('POST', head, B, note({ unitId: p.communeB.id }))).statusCode).toBe(404);
    expect((await send('POST', front, B, note())).statusCode).toBe(403);
    expect((await send('POST', admin, B, note())).statusCode).toBe(403);
    const range = await send('GET', head, `${B}?from=2026-03-05&to=2026-03-01`);
    expect(range.statusCode).toBe(400);
    expect(json(range).detail).toContain('“Từ ngày” phải trước hoặc bằng “Đến ngày”');
  });

  it('reads a note within scope only: the unit, its superiors; never a sibling', async () => {
    expect((await send('GET', front, `${B}/${id}`)).statusCode).toBe(200);
    expect(json(await send('GET', front, `${B}/${id}`)).can).toEqual({
      update: false,
      delete: false,
      addFollowUp: false,
    });
    expect((await send('GET', coordinator, `${B}/${id}`)).statusCode).toBe(200);
    expect((await send('GET', headB, `${B}/${id}`)).statusCode).toBe(404);
    expect((await send('GET', admin, `${B}/${id}`)).statusCode).toBe(403);
  });

  it('edits at the version shown: a stale version is 409, a no-op writes no audit row', async () => {
    const ok = await send('PATCH', officer, `${B}/${id}`, { level: 'watch', expectedVersion: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok)).toMatchObject({ level: 'watch', version: 2 });
    const stale = await send('PATCH', officer, `${B}/${id}`, { level: 'normal', expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).detail).toContain('vừa được người khác cập nhật');
    const same = await send('PATCH', officer, `${B}/${id}`, { level: 'watch', expectedVersion: 2 });
    expect(same.statusCode).toBe(200);
    expect(json(same).version).toBe(2);
    expect((await auditRows('situation', id)).map((a) => a.action)).toEqual(['create', 'update']);
    const empty = await send('PATCH', officer, `${B}/${id}`, { expectedVersion: 2 });
    expect(empty.statusCode).toBe(400);
    const noVersion = await send('PATCH', officer, `${B}/${id}`, { level: 'normal' });
    expect(noVersion.statusCode).toBe(400);
    expect(
      (await send('PATCH', front, `${B}/${id}`, { level: 'normal', expectedVersion: 2 })).statusCode,
    ).toBe(403);
    expect(
      (await send('PATCH', headB, `${B}/${id}`, { level: 'normal', expectedVersion: 2 })).statusCode,
    ).toBe(404);
  });

  it('settles a note only when every follow-up is done; a settled note keeps its actions', async () => {
    const cur = json(await send('GET', head, `${B}/${id}`));
    const early = await send('PATCH', head, `${B}/${id}`, {
      state: 'stabilized',
      expectedVersion: cur.version,
    });
    expect(early.statusCode).toBe(422);
    expect(json(early).detail).toContain('Còn 2 việc cần làm chưa xong');
    let s = cur;
    for (const f of cur.followUps.filter((x: any) => x.state !== 'done')) {
      const r = await send('PATCH', head, `${B}/follow-ups/${f.id}`, {
        state: 'done',
        note: 'Đã thực hiện xong.',
        expectedVersion: f.version,
      });
      expect(r.statusCode, r.body).toBe(200);
      s = json(r);
    }
    expect(s).toMatchObject({ openFollowUps: 0, overdueFollowUps: 0 });
    const done = s.followUps.find((f: any) => f.action === 'Đối thoại với các hộ dân');
    expect(done).toMatchObject({ state: 'done', doneOn: '2026-03-10', overdue: false, version: 2 });
    const staleF = await send('PATCH', head, `${B}/follow-ups/${done.id}`, { note: 'x', expectedVersion: 1 });
    expect(staleF.statusCode).toBe(409);
    const settled = await send('PATCH', head, `${B}/${id}`, {
      state: 'stabilized',
      expectedVersion: s.version,
    });
    expect(settled.statusCode, settled.body).toBe(200);
    expect(json(settled).state).toBe('stabilized');
    const add = await send('POST', head, `${B}/${id}/follow-ups`, {
      action: 'Việc mới',
      assignee: 'Ai đó',
      dueDate: '2026-03-20',
    });
    expect(add.statusCode).toBe(409);
    expect(json(add).detail).toContain('Tình hình đã ổn định');
    const reopen = await send('PATCH', head, `${B}/${id}`, {
      state: 'monitoring',
      expectedVersion: json(settled).version,
    });
    expect(reopen.statusCode).toBe(200);
    const added = await send('POST', head, `${B}/${id}/follow-ups`, {
      action: 'Theo dõi việc bàn giao mặt bằng',
      assignee: 'Trưởng ấp 3',
      dueDate: '2026-03-20',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(json(added)).toMatchObject({ openFollowUps: 1, followUps: expect.any(Array) });
    const fresh = json(added).followUps.find((f: any) => f.action === 'Theo dõi việc bàn giao mặt bằng');
    expect((await send('DELETE', front, `${B}/follow-ups/${fresh.id}`)).statusCode).toBe(403);
    expect((await send('DELETE', headB, `${B}/follow-ups/${fresh.id}`)).statusCode).toBe(404);
    expect((await send('DELETE', head, `${B}/follow-ups/${fresh.id}`)).statusCode).toBe(204);
    expect((await auditRows('situation_follow_up', fresh.id)).map((a) => a.action)).toEqual([
      'create',
      'delete',
    ]);
  });

  it('lists with filters (topic, level, state, unit, date range, overdue, search without diacritics) and can.create', async () => {
    const mk = async (u: TestUser, over: Record<string, unknown>) => {
      const r = await send('POST', u, B, note(over));
      expect(r.statusCode, r.body).toBe(200);
      return json(r).id as number;
    };
    const religion = await mk(head, {
      topic: 'religion',
      level: 'normal',
      place: 'Giáo xứ Thánh Tâm',
      summary: 'Giáo xứ đề nghị sửa chữa nhà giáo lý.',
      notedOn: '2026-02-10',
      followUps: [{ action: 'Hướng dẫn thủ tục', assignee: 'Công chức văn hóa', dueDate: '2026-02-20' }],
    });
    const sibling = await mk(headB, { unitId: p.communeB.id, topic: 'religion', notedOn: '2026-02-11' });
    const ids = (r: { body: string }) => json(r).items.map((s: any) => s.id);

    const all = await send('GET', head, B);
    expect(all.statusCode).toBe(200);
    expect(ids(all)).toEqual(expect.arrayContaining([id, religion]));
    expect(ids(all)).not.toContain(sibling);
    expect(json(all).can).toEqual({ create: true });
    expect(json(await send('GET', front, B)).can).toEqual({ create: false });
    expect((await send('GET', admin, B)).statusCode).toBe(403);

    expect(ids(await send('GET', head, `${B}?topic=religion`))).toEqual([religion]);
    expect(ids(await send('GET', head, `${B}?level=normal&topic=religion`))).toEqual([religion]);
    expect(ids(await send('GET', head, `${B}?state=stabilized&topic=religion`))).toEqual([]);
    expect(ids(await send('GET', head, `${B}?from=2026-02-01&to=2026-02-28`))).toEqual([religion]);
    expect(ids(await send('GET', head, `${B}?q=giao%20xu%20thanh%20tam`))).toEqual([religion]);
    expect(ids(await send('GET', head, `${B}?overdue=true`))).toEqual([religion]);
    // the province reads its communes' notes; a unit filter keeps the unit and its subtree
    const prov = await send('GET', coordinator, `${B}?topic=religion&pageSize=10`);
    expect(ids(prov)).toEqual(expect.arrayContaining([religion, sibling]));
    expect(json(prov).can).toEqual({ create: false });
    expect(ids(await send('GET', coordinator, `${B}?topic=religion&unitId=${p.communeB.id}`))).toEqual([
      sibling,
    ]);
    expect((await send('GET', head, `${B}?unitId=${p.communeB.id}`)).statusCode).toBe(404);
    const paged = json(await send('GET', head, `${B}?pageSize=1&page=2`));
    expect(paged).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(paged.items).toHaveLength(1);
  });

  it('exports the filtered register as a real .xlsx with the follow-ups on a second sheet', async () => {
    const res = await send('GET', head, `${B}/export.xlsx?topic=land_clearance`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const [notes, actions] = wb.worksheets;
    expect(notes.name).toBe('Tình hình');
    expect(actions.name).toBe('Việc cần làm');
    const text = (ws: ExcelJS.Worksheet) => {
      const out: string[] = [];
      ws.eachRow((r) =>
        out.push(
          (r.values as unknown[])
            .slice(1)
            .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')))
            .join('|'),
        ),
      );
      return out;
    };
    const rows = text(notes);
    expect(rows[0]).toContain('SỔ THEO DÕI TÌNH HÌNH NHÂN DÂN');
    expect(
      rows.some((r) => r.includes('Giải phóng mặt bằng') && r.includes('Ấp 3, dự án đường vành đai')),
    ).toBe(true);
    expect(rows.some((r) => r.includes('Tôn giáo'))).toBe(false);
    const dated = rows.find((r) => r.includes('Ấp 3'))!;
    expect(dated).toContain('2026-03-02');
    expect(text(actions).some((r) => r.includes('Đối thoại với các hộ dân') && r.includes('Đã xong'))).toBe(
      true,
    );
    expect((await send('GET', admin, `${B}/export.xlsx`)).statusCode).toBe(403);
  });

  it('deletes a note with its actions, audited; a reader may not', async () => {
    expect((await send('DELETE', front, `${B}/${id}`)).statusCode).toBe(403);
    expect((await send('DELETE', headB, `${B}/${id}`)).statusCode).toBe(404);
    expect((await send('DELETE', head, `${B}/${id}`)).statusCode).toBe(204);
    expect((await send('GET', head, `${B}/${id}`)).statusCode).toBe(404);
    expect((await auditRows('situation', id)).map((a) => a.action).at(-1)).toBe('delete');
  });
});
