import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';

let env: TestEnv;
let p: Province;
let admin: TestUser;
let communeAdmin: TestUser;
let coord: TestUser;
let headA: TestUser;

interface Change {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}
interface Row {
  id: number;
  action: string;
  actionLabel: string;
  entityLabel: string;
  recordLabel: string;
  link: string | null;
  atText: string;
  changes: Change[];
  summary: string;
  before: unknown;
  after: unknown;
}

const get = (u: TestUser, url: string) => env.app.inject({ method: 'GET', url, headers: u.headers });
const send = (u: TestUser, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown = {}) =>
  env.app.inject({ method, url, headers: u.headers, payload: payload as never });
async function auditOf(u: TestUser, query: string): Promise<Row[]> {
  const res = await get(u, `/api/v1/audit?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return json(res).items;
}
const change = (r: Row, label: string) => r.changes.find((c) => c.label === label);
const DATE_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  admin = await makeUser(env, 'admin', p.root.id, { fullName: 'Quản trị tỉnh' });
  communeAdmin = await makeUser(env, 'admin', p.communeA.id, { fullName: 'Quản trị xã A' });
  coord = await makeUser(env, 'coordinator', p.root.id, { fullName: 'Chuyên viên Sở Nội vụ' });
  headA = await makeUser(env, 'unit_head', p.communeA.id, { fullName: 'Chủ tịch xã A' });
  const res = await send(admin, 'PATCH', `/api/v1/org/units/${p.communeC.id}`, { shortName: 'Tân Tiến' });
  expect(res.statusCode, res.body).toBe(200);
});

describe('a readable audit trail', () => {
  it('names a unit change in Vietnamese: labels, dd/MM/yyyy dates, the parent by name, a link', async () => {
    const [row] = await auditOf(admin, `entity=org_unit&unitId=${p.communeA.id}&action=create`);
    expect(row.actionLabel).toBe('Tạo mới');
    expect(row.entityLabel).toBe('Đơn vị');
    expect(row.recordLabel).toBe(p.communeA.name);
    expect(row.link).toBe(`/org?unit=${p.communeA.id}`);
    expect(row.atText).toMatch(DATE_TIME);
    expect(change(row, 'Đơn vị cấp trên')).toMatchObject({ before: null, after: p.root.name });
    expect(change(row, 'Hiệu lực từ ngày')?.after).toBe('01/01/2015');
    expect(change(row, 'Loại đơn vị')?.after).not.toBe('commune');
    expect(change(row, 'Nhóm (khối)')?.after).toBe('Khối xã, phường');
    expect(change(row, 'Dữ liệu trình diễn')?.after).toBe('Không');
    // no English key, no raw id of the parent, no materialised path
    expect(row.changes.map((c) => c.label)).not.toContain('parentId');
    expect(row.summary).not.toContain(`/${p.root.id}/`);
    expect(row.summary).toContain(`Đơn vị cấp trên: ${p.root.name}`);

    const [upd] = await auditOf(admin, `entity=org_unit&unitId=${p.communeC.id}&action=update`);
    expect(upd.actionLabel).toBe('Cập nhật');
    expect(upd.changes).toEqual([
      { field: 'shortName', label: 'Tên ngắn', before: null, after: 'Tân Tiến', kind: 'changed' },
    ]);
    expect(upd.summary).toBe('Tên ngắn: (trống) → Tân Tiến');
  });

  it('never names a unit or a person the reader cannot see: it stays "#id"', async () => {
    const [row] = await auditOf(communeAdmin, `entity=org_unit&unitId=${p.communeA.id}&action=create`);
    expect(change(row, 'Đơn vị cấp trên')?.after).toBe(`#${p.root.id}`);
    expect(JSON.stringify(row.changes)).not.toContain(p.root.name);
  });

  it('shows a user change with Vietnamese labels, the role and unit by name, and no secret', async () => {
    const created = json(
      await send(admin, 'POST', '/api/v1/users', {
        username: `kiemtra_${p.suffix}`.toLowerCase(),
        fullName: 'Trần Văn Kiểm',
        password: 'KiemTra@2026xa',
      }),
    );
    await send(admin, 'POST', `/api/v1/users/${created.id}/assignments`, {
      role: 'focal_officer',
      unitId: p.communeB.id,
      includeSubtree: true,
    });
    await send(admin, 'PATCH', `/api/v1/users/${created.id}`, {
      fullName: 'Trần Văn Kiểm Tra',
      position: 'Chuyên viên',
    });

    const [assign] = await auditOf(admin, `entity=role_assignment&unitId=${p.communeB.id}`);
    expect(assign.actionLabel).toBe('Tạo mới');
    expect(change(assign, 'Vai trò')?.after).toBe('Cán bộ đầu mối');
    expect(change(assign, 'Đơn vị')?.after).toBe(p.communeB.name);
    // a person is named as they are called now
    expect(change(assign, 'Người dùng')?.after).toBe('Trần Văn Kiểm Tra');
    expect(change(assign, 'Gồm cả các đơn vị cấp dưới')?.after).toBe('Có');

    const userRows = json(await get(admin, `/api/v1/audit?entity=user&pageSize=200`)).items as Row[];
    const mine = userRows.filter((r) => r.link === '/users' && r.recordLabel.includes('Trần Văn Kiểm'));
    const create = mine.find((r) => r.action === 'create')!;
    expect(change(create, 'Tên đăng nhập')?.after).toBe(`kiemtra_${p.suffix}`.toLowerCase());
    expect(change(create, 'Thời điểm tạo')?.after).toMatch(DATE_TIME);
    expect(change(create, 'Tài khoản đang hoạt động')?.after).toBe('Có');
    const update = mine.find((r) => r.action === 'update')!;
    expect(update.changes).toEqual([
      {
        field: 'fullName',
        label: 'Họ và tên',
        before: 'Trần Văn Kiểm',
        after: 'Trần Văn Kiểm Tra',
        kind: 'changed',
      },
      { field: 'position', label: 'Chức vụ', before: null, after: 'Chuyên viên', kind: 'changed' },
    ]);
    expect(JSON.stringify(mine)).not.toMatch(/argon2|passwordHash|\[ẩn\]/);
  });

  it('drops secrets even from rows written before the writer scrubbed them', async () => {
    await env.database.query(
      `insert into audit_log (actor_name, unit_id, entity, entity_id, action, before, after)
       values ('Cũ', $1, 'user', '1', 'update', $2, $3)`,
      [
        p.communeB.id,
        JSON.stringify({ passwordHash: '$scrypt$secret-old', fullName: 'A' }),
        JSON.stringify({
          passwordHash: '$scrypt$secret-new',
          tokenHash: 'tok123',
          fullName: 'B',
          someNewField: 2,
        }),
      ],
    );
    const [row] = await auditOf(admin, `entity=user&unitId=${p.communeB.id}`);
    expect(JSON.stringify(row)).not.toMatch(/secret-|tok123|passwordHash|tokenHash/);
    expect(row.changes).toEqual([
      { field: 'fullName', label: 'Họ và tên', before: 'A', after: 'B', kind: 'changed' },
      // an unknown key is shown under a humanised label, never hidden
      { field: 'someNewField', label: 'Some new field', before: null, after: '2', kind: 'added' },
    ]);
  });

  it('shows a report change: statuses, sections and figures by name, a link to the report', async () => {
    const B = '/api/v1/reporting';
    const tpl = await send(coord, 'POST', `${B}/templates`, {
      code: `NK_${p.suffix}`,
      name: 'Đề cương thử nhật ký',
      legalBasis: 'Thử nghiệm',
      ownerUnitId: p.root.id,
      sections: [
        { code: 'I', number: 'I', title: 'KHÁI QUÁT CHUNG', guidance: '', hasNarrative: true, children: [] },
      ],
      indicators: [
        { code: 'received', sectionCode: 'I', name: 'Số đơn tiếp nhận', unit: 'đơn', aggregation: 'sum' },
      ],
      rules: [],
    });
    expect(tpl.statusCode, tpl.body).toBe(200);
    const period = await send(coord, 'POST', `${B}/periods`, {
      templateId: json(tpl).id,
      rootUnitId: p.root.id,
      kind: 'six_month',
      year: 2026,
      deadlines: [{ level: 'unit', deadline: '2026-12-10' }],
      requiredGroups: ['khoi_xa'],
    });
    expect(period.statusCode, period.body).toBe(200);
    const opened = await send(headA, 'POST', `${B}/periods/${json(period).id}/reports`, {
      unitId: p.communeA.id,
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const id = json(opened).id as number;
    const saved = await send(headA, 'PATCH', `${B}/reports/${id}`, {
      narratives: { I: 'Tình hình chung ổn định.' },
      values: [{ code: 'received', value: 1234 }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await send(headA, 'POST', `${B}/reports/${id}/submit`, {})).statusCode).toBe(200);
    const ret = await send(coord, 'POST', `${B}/reports/${id}/return`, {
      comment: 'Bổ sung số liệu quý II.',
    });
    expect(ret.statusCode, ret.body).toBe(200);

    const rows = (await auditOf(coord, `entity=report&unitId=${p.communeA.id}`)).filter(
      (r) => r.link === `/bao-cao/${id}`,
    );
    expect(rows.map((r) => r.actionLabel)).toEqual(['Trả lại', 'Gửi báo cáo', 'Lưu', 'Lập báo cáo']);
    const [returned, submitted, save, create] = rows;
    expect(returned.recordLabel).toBe(`${json(period).name} – ${p.communeA.name}`);
    expect(change(returned, 'Trạng thái')).toMatchObject({ before: 'Đã gửi', after: 'Bị trả lại' });
    expect(change(returned, 'Ý kiến của cơ quan tiếp nhận')?.after).toBe('Bổ sung số liệu quý II.');
    expect(submitted.summary).toBe('Trạng thái: Đang soạn → Đã gửi');
    expect(change(save, 'Nội dung thuyết minh – mục I. KHÁI QUÁT CHUNG')?.after).toBe(
      'Tình hình chung ổn định.',
    );
    expect(change(save, 'Số liệu – Số đơn tiếp nhận')?.after).toBe('1.234');
    expect(change(create, 'Đơn vị')?.after).toBe(p.communeA.name);
    expect(change(create, 'Kỳ báo cáo')?.after).toBe(`#${json(period).id}`);

    const [tplRow] = (await auditOf(coord, `entity=report_template&unitId=${p.root.id}`)).filter(
      (r) => r.link === `/bao-cao/de-cuong/${json(tpl).id}`,
    );
    expect(tplRow.recordLabel).toBe('Đề cương báo cáo “Đề cương thử nhật ký”');
    expect(change(tplRow, 'Các mục')?.after).toBe('I. KHÁI QUÁT CHUNG');
    expect(change(tplRow, 'Chỉ tiêu')?.after).toBe('Số đơn tiếp nhận');
    expect(change(tplRow, 'Đơn vị sở hữu')?.after).toBe(p.root.name);
  });

  it('exports the readable columns to .xlsx, dates as real Excel dates, no raw JSON', async () => {
    const list = await auditOf(admin, `unitId=${p.communeC.id}`);
    const res = await get(admin, `/api/v1/audit/export.xlsx?unitId=${p.communeC.id}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0];
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Thời gian',
      'Người thực hiện',
      'Đơn vị',
      'Thao tác',
      'Đối tượng',
      'Nội dung thay đổi',
      'Địa chỉ IP',
    ]);
    expect(ws.rowCount).toBe(2 + list.length);
    const texts: string[] = [];
    ws.eachRow((r, n) => n > 2 && r.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    expect(texts.some((t) => t.startsWith('{') || t.includes('":'))).toBe(false);
    expect(texts).toContain('Cập nhật');
    expect(texts).toContain('Tên ngắn: (trống) → Tân Tiến');
    expect(texts).toContain(`Đơn vị: ${p.communeC.name}`);
    expect(texts).not.toContain('update');
    // the time is an Excel date showing Vietnam wall-clock time
    const first = ws.getRow(3).getCell(1);
    expect(first.value).toBeInstanceOf(Date);
    expect(first.numFmt).toBe('dd/mm/yyyy hh:mm');
    const d = first.value as Date;
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(
      `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    ).toBe(list[0].atText);
  });
});
