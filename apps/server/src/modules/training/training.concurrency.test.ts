/**
 * Concurrent writes of the training module on PostgreSQL (PGlite serialises everything): requests
 * sent at once on the same version must let exactly one win (row lock and version condition), and
 * the first headcount of a unit and year is inserted once (unique key, insert that only one wins).
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';
import { http } from '../plans/plans.test-helpers.ts';

let env: TestEnv;
let p: Province;
let focal: TestUser;

const N = 4;
const B = '/api/v1/training';
const send = (method: 'PUT' | 'POST' | 'PATCH', url: string, payload: unknown) =>
  env.app.inject({ method, url, headers: focal.headers, payload: payload as never });

async function course() {
  const res = await send('POST', `${B}/courses`, {
    unitId: p.dept.id,
    topic: 'Lớp thử đồng thời',
    startOn: '2026-02-01',
    endOn: '2026-02-01',
  });
  expect(res.statusCode, res.body).toBe(201);
  return json<{ id: number; version: number }>(res);
}
async function count(q: ReturnType<typeof sql>): Promise<number> {
  return ((await env.database.db.execute(q)) as unknown as { rows: { n: number }[] }).rows[0].n;
}
const statuses = (res: { statusCode: number }[]) => res.map((r) => r.statusCode).sort();

describe.skipIf(process.env.TEST_DB !== 'postgres')('training: concurrent writes on PostgreSQL', () => {
  beforeAll(async () => {
    env = await testEnv();
    p = await makeProvince(env);
    focal = await makeUser(env, 'focal_officer', p.dept.id);
  });

  it(`${N} attendance updates on the same version: one wins, one audit row, the total of the winner`, async () => {
    const c = await course();
    const res = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        send('PUT', `${B}/courses/${c.id}/attendance`, {
          expectedVersion: c.version,
          units: [{ unitId: p.dept.id, count: 10 + i }],
        }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
    const won = json(res.find((r) => r.statusCode === 200)!);
    const rows = await count(
      sql`select count(*)::int as n from audit_log where entity = 'training_course' and entity_id = ${String(c.id)} and action = 'set_attendance'`,
    );
    expect(rows).toBe(1);
    const total = await count(sql`select attendees as n from training_courses where id = ${c.id}`);
    expect(total).toBe(won.attendees);
  });

  it(`${N} imports of the same list on the same version: one enters the rows, once`, async () => {
    const c = await course();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị']);
    ws.addRow([1, 'Nguyễn Văn Một', 'Chuyên viên', p.dept.code]);
    ws.addRow([2, 'Trần Thị Hai', 'Chuyên viên', p.dept.code]);
    const content = Buffer.from(await wb.xlsx.writeBuffer());
    const api = http(env);
    const res = await Promise.all(
      Array.from({ length: N }, () =>
        api.upload(focal, `${B}/courses/${c.id}/attendance/import?mode=commit&expectedVersion=${c.version}`, {
          name: 'danh-sach.xlsx',
          content,
        }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
    expect(
      await count(sql`select count(*)::int as n from training_attendees where course_id = ${c.id}`),
    ).toBe(2);
  });

  it(`${N} first headcounts of a unit and year at once: one is entered, the others get 409`, async () => {
    const res = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        send('PUT', `${B}/headcounts`, { unitId: p.dept.id, year: 2026, civilServants: 30 + i }),
      ),
    );
    expect(statuses(res)).toEqual([200, ...Array(N - 1).fill(409)]);
    expect(
      await count(
        sql`select count(*)::int as n from audit_log where entity = 'training_headcount' and unit_id = ${p.dept.id}`,
      ),
    ).toBe(1);
  });
});
