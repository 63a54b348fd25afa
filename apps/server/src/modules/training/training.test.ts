/**
 * The training module through HTTP (both databases): recording a course, who may, its attendance by
 * unit and by person, the .xlsx attendance import (preview with Vietnamese row errors, commit of all
 * rows or none, on the previewed version), the headcounts and the per-unit share trained, the .xlsx
 * registers (parsed), the report figures of outline II.2 and their province roll-up.
 */
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, sys, type Province, type TestUser } from '../../../test/factories.ts';
import { computeFigures } from '../../core/figures.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { http } from '../plans/plans.test-helpers.ts';

let env: TestEnv;
let p: Province;
let api: ReturnType<typeof http>;
let focal: TestUser;
let coordinator: TestUser;
let supervisor: TestUser;
let focalB: TestUser;

beforeAll(async () => {
  env = await testEnv();
  api = http(env);
  p = await makeProvince(env);
  focal = await makeUser(env, 'focal_officer', p.dept.id);
  coordinator = await makeUser(env, 'coordinator', p.root.id);
  supervisor = await makeUser(env, 'party_supervisor', p.root.id);
  focalB = await makeUser(env, 'focal_officer', p.communeB.id);
});

const B = '/api/v1/training';
const courseBody = (over: Record<string, unknown> = {}) => ({
  unitId: p.dept.id,
  topic: 'Bồi dưỡng kỹ năng vận động Nhân dân',
  kind: 'refresher',
  format: 'in_person',
  place: 'Hội trường Sở Nội vụ',
  startOn: '2026-03-10',
  endOn: '2026-03-11',
  ...over,
});
async function create(u = focal, over: Record<string, unknown> = {}) {
  const res = await api.post(u, `${B}/courses`, courseBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return json(res);
}

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
async function readXlsx(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  return wb;
}
const put = (u: TestUser, url: string, payload: unknown) =>
  env.app.inject({ method: 'PUT', url, headers: u.headers, payload: payload as never });
const upload = (u: TestUser, id: number, content: Buffer, q: string) =>
  api.upload(u, `${B}/courses/${id}/attendance/import?${q}`, { name: 'danh-sach.xlsx', content });

describe('training: courses', () => {
  it('a department records a course; the supervisor reads it and may not record one; a sibling never sees it', async () => {
    const c = await create();
    expect(c).toMatchObject({ unitId: p.dept.id, attendees: 0, version: 1, can: { update: true } });
    const seen = await api.get(supervisor, `${B}/courses/${c.id}`);
    expect(seen.statusCode).toBe(200);
    expect(json(seen).can.update).toBe(false);
    expect((await api.post(supervisor, `${B}/courses`, courseBody())).statusCode).toBe(403);
    expect((await api.get(focalB, `${B}/courses/${c.id}`)).statusCode).toBe(404);
    const [row] = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'training_course'), eq(auditLog.entityId, String(c.id))));
    expect(row.action).toBe('create');
  });

  it('refuses an end before the start and a stale version, in Vietnamese', async () => {
    const bad = await api.post(focal, `${B}/courses`, courseBody({ endOn: '2026-03-01' }));
    expect(bad.statusCode).toBe(400);
    expect(json(bad).detail).toContain('phải sau hoặc bằng ngày bắt đầu');
    const c = await create();
    const ok = await api.patch(focal, `${B}/courses/${c.id}`, { topic: 'Chủ đề mới', expectedVersion: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok).version).toBe(2);
    const stale = await api.patch(focal, `${B}/courses/${c.id}`, { topic: 'Khác', expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
    const late = await api.patch(focal, `${B}/courses/${c.id}`, { endOn: '2026-03-01', expectedVersion: 2 });
    expect(late.statusCode).toBe(400);
  });

  it('the register filters by year, kind and words without diacritics', async () => {
    const c = await create(focal, { topic: 'Tập huấn kỹ năng đối thoại với Nhân dân', kind: 'training' });
    const hit = json(
      await api.get(coordinator, `${B}/courses?q=ky%20nang%20doi%20thoai&year=2026&unitId=${p.dept.id}`),
    );
    expect(hit.items.map((x: { id: number }) => x.id)).toContain(c.id);
    expect(hit.can.create).toBe(true);
    const none = json(await api.get(coordinator, `${B}/courses?q=ky%20nang%20doi%20thoai&year=2025`));
    expect(none.items.map((x: { id: number }) => x.id)).not.toContain(c.id);
    const byKind = json(await api.get(coordinator, `${B}/courses?kind=briefing&unitId=${p.dept.id}`));
    expect(byKind.items.map((x: { id: number }) => x.id)).not.toContain(c.id);
  });
});

describe('training: attendance', () => {
  it('sets counts by unit; a unit counts at least the persons named of it', async () => {
    const c = await create();
    const res = await put(focal, `${B}/courses/${c.id}/attendance`, {
      expectedVersion: c.version,
      units: [
        { unitId: p.dept.id, count: 5 },
        { unitId: p.communeA.id, count: 1 },
      ],
      persons: [
        { unitId: p.communeA.id, fullName: 'Nguyễn Văn An', position: 'Công chức' },
        { unitId: p.communeA.id, fullName: 'Trần Thị Bình', position: '' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const d = json(res);
    expect(d.attendees).toBe(7);
    expect(d.attendanceUnits.find((u: { unitId: number }) => u.unitId === p.communeA.id)).toMatchObject({
      count: 2,
      named: 2,
    });
    const stale = await put(focal, `${B}/courses/${c.id}/attendance`, {
      expectedVersion: c.version,
      units: [],
    });
    expect(stale.statusCode).toBe(409);
    const unknown = await put(focal, `${B}/courses/${c.id}/attendance`, {
      expectedVersion: d.version,
      units: [{ unitId: 2_000_000_000, count: 1 }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(json(unknown).detail).toContain('Không tìm thấy đơn vị');
  });

  it('imports a list from .xlsx: a preview with Vietnamese row errors writes nothing; commit enters all rows', async () => {
    const c = await create();
    const bad = await xlsx([
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
      [1, 'Lê Văn Cường', 'Chuyên viên', p.dept.name],
      [2, '', 'Chuyên viên', p.dept.name],
      [3, 'Phạm Thị Dung', 'Công chức', 'Xã Không Có'],
      [4, 'Lê Văn Cường', 'Chuyên viên', p.dept.name],
    ]);
    const pre = await upload(focal, c.id, bad, 'mode=preview');
    expect(pre.statusCode, pre.body).toBe(200);
    const preview = json(pre);
    expect(preview).toMatchObject({ valid: 1, invalid: 3 });
    expect(preview.rows[1]).toMatchObject({ row: 3, action: 'skip', errors: ['Thiếu họ và tên'] });
    expect(preview.rows[2].errors[0]).toContain('Không tìm thấy đơn vị "Xã Không Có"');
    expect(preview.rows[3].errors[0]).toBe('Trùng với dòng 2 của tệp');
    expect(json(await api.get(focal, `${B}/courses/${c.id}`)).persons).toEqual([]);
    const refused = await upload(focal, c.id, bad, `mode=commit&expectedVersion=${c.version}`);
    expect(refused.statusCode).toBe(400);
    expect(json(refused).detail).toContain('3 dòng lỗi');

    const good = await xlsx([
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
      [1, 'Lê Văn Cường', 'Chuyên viên', p.dept.name],
      [2, 'Phạm Thị Dung', 'Công chức Văn phòng', p.communeA.code],
      [3, 'Hoàng Minh Đức', 'Phó Chủ tịch', p.communeA.name.normalize('NFD')],
    ]);
    const done = await upload(focal, c.id, good, `mode=commit&expectedVersion=${c.version}`);
    expect(done.statusCode, done.body).toBe(200);
    const d = json(done);
    expect(d.attendees).toBe(3);
    expect(d.persons.map((x: { fullName: string }) => x.fullName).sort()).toEqual(
      ['Hoàng Minh Đức', 'Lê Văn Cường', 'Phạm Thị Dung'].sort(),
    );
    // the same list again: rows already on the course are skipped, not errors; an old version is refused
    const again = json(await upload(focal, c.id, good, 'mode=preview'));
    expect(again).toMatchObject({ valid: 0, invalid: 0 });
    expect((await upload(focal, c.id, good, `mode=commit&expectedVersion=${c.version}`)).statusCode).toBe(
      409,
    );
    const [row] = await env.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'training_course'),
          eq(auditLog.action, 'import_attendance'),
          eq(auditLog.entityId, String(c.id)),
        ),
      );
    expect((row.after as { persons: unknown[] }).persons).toHaveLength(3);
    // the supervisor may not import
    expect((await upload(supervisor, c.id, good, 'mode=preview')).statusCode).toBe(403);
  });
});

describe('training: headcounts, per-unit figures, exports and report figures', () => {
  it('a unit enters its headcount once; a change names the version', async () => {
    const first = await put(focal, `${B}/headcounts`, { unitId: p.dept.id, year: 2026, civilServants: 40 });
    expect(first.statusCode, first.body).toBe(200);
    const again = await put(focal, `${B}/headcounts`, { unitId: p.dept.id, year: 2026, civilServants: 41 });
    expect(again.statusCode).toBe(409);
    const changed = await put(focal, `${B}/headcounts`, {
      unitId: p.dept.id,
      year: 2026,
      civilServants: 20,
      expectedVersion: json(first).version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(json(changed).civilServants).toBe(20);
    expect(
      (await put(supervisor, `${B}/headcounts`, { unitId: p.dept.id, year: 2026, civilServants: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await put(focalB, `${B}/headcounts`, { unitId: p.dept.id, year: 2026, civilServants: 1 })).statusCode,
    ).toBe(404);
    const list = json(await api.get(coordinator, `${B}/headcounts?unitId=${p.root.id}&year=2026`));
    expect(list.items.find((x: { unitId: number }) => x.unitId === p.dept.id).civilServants).toBe(20);
  });

  it('the share trained counts each named person once in the year, against the headcount', async () => {
    const f = json(await api.get(coordinator, `${B}/figures?unitId=${p.root.id}&year=2026`));
    const dept = f.items.find((x: { unitId: number }) => x.unitId === p.dept.id);
    // dept staff: 5 unnamed (first attendance test) + 1 named (Lê Văn Cường, import test)
    expect(dept).toMatchObject({ attendees: 6, trained: 6, headcount: 20, share: 30 });
    expect(dept.courses).toBeGreaterThanOrEqual(4);
    const communeA = f.items.find((x: { unitId: number }) => x.unitId === p.communeA.id);
    expect(communeA).toMatchObject({ attendees: 4, trained: 4, headcount: null, share: null });
    expect(f.summary.attendees).toBe(10);
  });

  it('exports the courses and the figures as real workbooks', async () => {
    const res = await api.get(coordinator, `${B}/courses/export.xlsx?unitId=${p.dept.id}`);
    expect(res.statusCode).toBe(200);
    const wb = await readXlsx(res.rawPayload);
    const ws = wb.getWorksheet('Lớp tập huấn')!;
    const texts: string[] = [];
    const dates: string[] = [];
    ws.eachRow((r) =>
      r.eachCell((c) => {
        texts.push(String(c.text));
        if (c.value instanceof Date) dates.push(`${c.value.toISOString().slice(0, 10)} ${c.numFmt}`);
      }),
    );
    expect(texts).toContain('Bồi dưỡng kỹ năng vận động Nhân dân');
    expect(texts).toContain('Lớp bồi dưỡng kỹ năng');
    expect(dates).toContain('2026-03-10 dd/mm/yyyy');
    const fig = await api.get(coordinator, `${B}/figures/export.xlsx?unitId=${p.root.id}&year=2026`);
    expect(fig.statusCode).toBe(200);
    const fw = await readXlsx(fig.rawPayload);
    const rows: unknown[][] = [];
    fw.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const deptRow = rows.find((r) => r[1] === p.dept.name)!;
    expect(deptRow.slice(2)).toEqual([expect.any(Number), 6, 6, 20, 30]);
  });

  it('fills II.2 of the six-month report: courses and attendees, and the province roll-up matches', async () => {
    const q = { from: '2026-01-01', to: '2026-06-30' };
    const keys = ['training.courses', 'training.attendees'];
    const dept = await computeFigures(sys(env), keys, { unitId: p.dept.id, ...q });
    const root = await computeFigures(sys(env), keys, { unitId: p.root.id, ...q });
    const subtree = await computeFigures(sys(env), keys, { unitId: p.root.id, ...q, subtree: true });
    const list = json(await api.get(coordinator, `${B}/courses?unitId=${p.root.id}&year=2026&pageSize=500`));
    expect(dept['training.courses']).toBe(list.total);
    expect(dept['training.attendees']).toBe(10);
    expect(root['training.courses']).toBe(0);
    expect(subtree['training.courses']).toBe(dept['training.courses']! + root['training.courses']!);
    expect(subtree['training.attendees']).toBe(10);
    const h2 = await computeFigures(sys(env), keys, {
      unitId: p.dept.id,
      from: '2026-07-01',
      to: '2026-12-31',
    });
    expect(h2['training.courses']).toBe(0);
  });
});
