/**
 * Imports as Excel on Windows writes them: a CSV saved as ANSI (Windows-1258, tone marks as combining
 * characters), text in decomposed form (NFD), and files that cannot be read (which must say how to
 * save them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testEnv, type TestEnv } from './harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from './factories.ts';
import { toWindows1258 } from './windows-text.ts';
import { http, makePeople, provincePlan, type People } from '../src/modules/plans/plans.test-helpers.ts';

let env: TestEnv;
let p: Province;
let admin: TestUser;
let api: ReturnType<typeof http>;

const HEADER = 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Mã hành chính,Nhóm,Hiệu lực từ';

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  admin = await makeUser(env, 'admin', p.root.id);
  api = http(env);
});

const importUnits = (mode: 'preview' | 'commit', name: string, content: Buffer) =>
  api.upload(admin, `/api/v1/org/import?mode=${mode}`, { name, content });

describe('importing units saved by Excel on Windows', () => {
  it('imports an ANSI (Windows-1258) CSV with Vietnamese names', async () => {
    const s = p.suffix;
    const rows = [
      [
        `ANSI1_${s}`,
        'Phường Thủ Dầu Một',
        'UBND cấp xã',
        p.root.code,
        '25747',
        'Khối xã, phường',
        '01/07/2025',
      ],
      [`ANSI2_${s}`, 'Xã Nguyễn Huệ', 'UBND cấp xã', p.root.code, '', 'khoi_xa', '01/07/2025'],
      [`ANSI3_${s}`, 'Đặc khu Côn Đảo', 'UBND cấp xã', p.root.code, '', '', '01/07/2025'],
    ];
    const csv = toWindows1258(
      [HEADER, ...rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','))].join('\r\n'),
    );
    const preview = await importUnits('preview', 'don-vi.csv', csv);
    expect(preview.statusCode, preview.body).toBe(200);
    const pv = json(preview);
    expect(pv.invalid, JSON.stringify(pv.rows)).toBe(0);
    expect(pv.rows.map((r: { name: string; action: string }) => [r.name, r.action])).toEqual([
      ['Phường Thủ Dầu Một', 'create'],
      ['Xã Nguyễn Huệ', 'create'],
      ['Đặc khu Côn Đảo', 'create'],
    ]);
    const commit = await importUnits('commit', 'don-vi.csv', csv);
    expect(commit.statusCode, commit.body).toBe(200);
    expect(json(commit).created).toBe(3);
    const list = json(await api.get(admin, `/api/v1/org/units?q=ANSI1_${s}`));
    expect(list.items[0]).toMatchObject({ name: 'Phường Thủ Dầu Một', groups: ['khoi_xa'] });
    expect(list.items[0].name).toBe(list.items[0].name.normalize('NFC'));
  });

  it('shows no update for unchanged units written in decomposed form (NFD), in .xlsx and in .csv', async () => {
    const exported = await api.get(admin, `/api/v1/org/export.xlsx?q=${p.suffix}`);
    expect(exported.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as never);
    const ws = wb.worksheets[0];
    const lines: string[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return; // the title
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = cell.value.normalize('NFD');
      });
      const vals = (row.values as unknown[]).slice(1, 8).map((v) => {
        const t =
          v instanceof Date
            ? `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`
            : String(v ?? '');
        return /[",;\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
      });
      lines.push(vals.join(','));
    });
    expect(String(ws.getRow(3).getCell(2).value)).not.toBe(
      String(ws.getRow(3).getCell(2).value).normalize('NFC'),
    );
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const csv = Buffer.from(lines.join('\r\n'), 'utf8');
    for (const [name, content] of [
      ['don-vi.xlsx', xlsx],
      ['don-vi.csv', csv],
    ] as const) {
      const res = await importUnits('preview', name, content);
      expect(res.statusCode, res.body).toBe(200);
      const rows = json(res).rows as { code: string; action: string; errors: string[] }[];
      expect(rows.length).toBeGreaterThanOrEqual(4);
      expect(
        rows.filter((r) => r.action !== 'skip' || r.errors.length),
        `${name}: every unit is unchanged`,
      ).toEqual([]);
    }
  });

  it('says how to save a file it cannot read', async () => {
    for (const [name, content] of [
      ['don-vi.csv', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x04])],
      ['don-vi.pdf', Buffer.from('%PDF-1.4\n%%EOF\n')],
      ['don-vi.csv', Buffer.from('một,hai\nba,bốn\n')],
    ] as const) {
      const res = await importUnits('preview', name, content);
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(json(res).detail, name).toContain(
        'Lưu tệp dưới dạng CSV UTF-8 (phân cách bằng dấu phẩy) hoặc .xlsx',
      );
    }
  });
});

describe('importing tasks saved by Excel on Windows', () => {
  let u: People;
  beforeAll(async () => {
    u = await makePeople(env, p);
  });

  it('reads an ANSI CSV of tasks, with groups and unit kinds by their Vietnamese names', async () => {
    const plan = json(
      await api.post(u.coordinator, '/api/v1/plans', provincePlan(p, { numberSymbol: `77/KH-${p.suffix}` })),
    );
    const header =
      'Mã,Mục,Tên nhiệm vụ,Nội dung,Đơn vị chủ trì (mã),Đơn vị phối hợp (mã),Giao cho nhóm,Giao cho loại đơn vị,Giao cho đơn vị (mã),Chu kỳ,Thời hạn,Sản phẩm,Văn bản chỉ đạo';
    const row = [
      'A.1',
      'II',
      'Tổ chức đối thoại với Nhân dân',
      'Người đứng đầu đối thoại trực tiếp',
      '',
      '',
      '"Khối xã, phường; Khối sở, ban, ngành"',
      '"Sở, ban, ngành"',
      '',
      'Hằng quý',
      '',
      'Báo cáo kết quả',
      '',
    ].join(',');
    const csv = toWindows1258(`${header}\r\n${row}\r\n`);
    const res = await api.upload(u.coordinator, `/api/v1/plans/${plan.id}/tasks/import?mode=commit`, {
      name: 'nhiem-vu.csv',
      content: csv,
    });
    expect(res.statusCode, res.body).toBe(200);
    const tasks = json(await api.get(u.coordinator, `/api/v1/plans/${plan.id}/tasks`)).items;
    expect(tasks).toHaveLength(1);
    expect(tasks[0].title).toBe('Tổ chức đối thoại với Nhân dân');
    expect(tasks[0].assignTo).toMatchObject({
      groups: ['khoi_xa', 'khoi_so_nganh'],
      kinds: ['department'],
    });
  });
});
