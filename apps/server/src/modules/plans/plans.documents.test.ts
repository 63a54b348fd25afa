import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type TestEnv } from '../../../test/harness.ts';
import { type Province } from '../../../test/factories.ts';
import { type Api, json, type People, plansWorld, provincePlan } from './plans.test-helpers.ts';

let env: TestEnv, p: Province, u: People, api: Api;
let planId: number;

beforeAll(async () => {
  ({ env, p, u, api } = await plansWorld());
  const plan = json(await api.post(u.coordinator, '/api/v1/plans', provincePlan(p)));
  planId = plan.id;
  await api.post(u.coordinator, `/api/v1/plans/${planId}/tasks`, {
    code: 'II.1.1',
    sectionNumber: 'II.1',
    title: 'Quán triệt chủ trương của Đảng về công tác dân vận',
    assignTo: { groups: ['khoi_xa'] },
    dueDate: '2026-06-30',
    expectedProduct: 'Văn bản quán triệt',
  });
  await api.post(u.coordinator, `/api/v1/plans/${planId}/tasks`, {
    code: 'X.1',
    title: 'Báo cáo sơ kết 6 tháng',
    assignTo: { groups: ['khoi_xa', 'khoi_so_nganh'] },
    recurrence: 'six_monthly',
    expectedProduct: 'Báo cáo',
  });
  const issued = await api.post(u.coordinator, `/api/v1/plans/${planId}/issue`, {});
  if (issued.statusCode !== 200) throw new Error(issued.body);
});
afterAll(() => env.clock.reset());

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
}

async function sheetRows(buf: Buffer, sheet = 0): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  const rows: string[][] = [];
  wb.worksheets[sheet].eachRow((r) =>
    rows.push(
      (r.values as unknown[])
        .slice(1)
        .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))),
    ),
  );
  return rows;
}

describe('documents of a plan', () => {
  it('exports the plan as .docx in the NĐ 30/2020 format', async () => {
    const res = await api.get(u.focalA, `/api/v1/plans/${planId}/document.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('.docx');
    const text = await docxText(res.rawPayload);
    for (const expected of [
      // the issuer's name is broken before its level: 'ỦY BAN NHÂN DÂN' / 'TỈNH …' (runs joined here)
      `ỦY BAN NHÂN DÂNTỈNH THỬ NGHIỆM ${p.suffix}`,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: 01/KH-UBND-${p.suffix}`,
      `Thử Nghiệm ${p.suffix}, ngày 02 tháng 3 năm 2026`,
      'KẾ HOẠCH',
      'Triển khai, thực hiện công tác dân vận chính quyền trên địa bàn tỉnh năm 2026',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '2. Yêu cầu',
      'II. NỘI DUNG',
      '1. Quán triệt các quan điểm, chủ trương của Đảng về công tác dân vận chính quyền',
      'III. TỔ CHỨC THỰC HIỆN',
      'IV. DANH MỤC NHIỆM VỤ',
      'Quán triệt chủ trương của Đảng về công tác dân vận',
      'Khối xã, phường',
      '6 tháng một lần',
      'căn cứ Kế hoạch này xây dựng, ban hành kế hoạch triển khai thực hiện của cơ quan, đơn vị, địa phương mình trước ngày 30/04/2026',
      'Nơi nhận:',
      '- Thường trực Tỉnh ủy',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn An',
    ])
      expect(text, expected).toContain(expected);
    expect(text.indexOf('I. MỤC ĐÍCH, YÊU CẦU')).toBeLessThan(text.indexOf('II. NỘI DUNG'));
  });

  it('a draft prints with the number and the date left blank', async () => {
    const draft = json(
      await api.post(
        u.coordinator,
        '/api/v1/plans',
        provincePlan(p, { numberSymbol: '', requiredSelector: null, requiredDue: null }),
      ),
    );
    const text = await docxText(
      (await api.get(u.coordinator, `/api/v1/plans/${draft.id}/document.docx`)).rawPayload,
    );
    expect(text).toContain('Số:      /KH');
    expect(text).toContain('ngày     tháng     năm 20...');
  });

  it('exports the compliance list, the matrix and the tasks as .xlsx', async () => {
    const c = await api.get(u.coordinator, `/api/v1/plans/${planId}/compliance.xlsx`);
    expect(c.statusCode).toBe(200);
    const rows = await sheetRows(c.rawPayload);
    expect(rows[0][0]).toContain('TÌNH HÌNH BAN HÀNH KẾ HOẠCH');
    expect(rows[1]).toEqual(expect.arrayContaining(['Đơn vị', 'Tình trạng']));
    const names = rows.slice(2).map((r) => r[2]);
    expect(names.sort()).toEqual([p.communeA.name, p.communeB.name, p.communeC.name].sort());
    expect(rows.slice(2).every((r) => r[3] === 'Chưa đến hạn')).toBe(true);

    const m = await api.get(u.coordinator, `/api/v1/plans/${planId}/matrix.xlsx?group=khoi_xa`);
    expect(m.statusCode).toBe(200);
    const mr = await sheetRows(m.rawPayload);
    expect(mr[1].slice(0, 3)).toEqual(['STT', 'Mã đơn vị', 'Đơn vị']);
    expect(mr[1][3]).toContain('Quán triệt chủ trương');
    expect(mr.length).toBe(2 + 3);
    expect(mr[2][3]).toBe('Chưa thực hiện 0%');
    expect(mr[2][4]).toBe('Chưa thực hiện 0%; 0/2 kỳ');

    const mine = await api.get(u.focalA, `/api/v1/plans/my-tasks.xlsx?unitId=${p.communeA.id}`);
    const myRows = await sheetRows(mine.rawPayload);
    expect(myRows[0][0]).toBe(`NHIỆM VỤ CỦA ĐƠN VỊ: ${p.communeA.name.toLocaleUpperCase('vi-VN')}`);
    expect(myRows.length).toBe(2 + 3);
  });

  it('imports tasks from the exported sheet: a preview with errors per row, then all or nothing', async () => {
    const target = json(
      await api.post(u.coordinator, '/api/v1/plans', provincePlan(p, { numberSymbol: `09/KH-${p.suffix}` })),
    );
    const exported = (await api.get(u.coordinator, `/api/v1/plans/${planId}/tasks.xlsx`)).rawPayload;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as never);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(3).value).toBe('Tên nhiệm vụ');
    expect(ws.getRow(2).getCell(7).value).toBe('Khối xã, phường'); // groups by their names (codes are still read)
    ws.addRow([
      'Z.1',
      'II',
      'Nhiệm vụ giao cho Sở',
      'Nội dung',
      p.dept.code,
      '',
      '',
      '',
      `${p.dept.code}, ${p.dept2.code}`,
      'Hằng quý',
      '',
      'Báo cáo quý',
      '',
    ]);
    ws.addRow([
      'Z.2',
      'II',
      '',
      '',
      'KHONG_CO',
      '',
      'khoi_xa',
      'Xã lạ',
      '',
      'Hai tuần',
      '31/02/2026',
      '',
      '99/XX',
    ]);
    const form = async () => ({ name: 'nhiem-vu.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) });
    const prev = await api.upload(
      u.coordinator,
      `/api/v1/plans/${target.id}/tasks/import?mode=preview`,
      await form(),
    );
    expect(prev.statusCode, prev.body).toBe(200);
    const pv = json(prev);
    expect(pv.valid).toBe(3);
    expect(pv.invalid).toBe(1);
    expect(pv.rows[2].assignees).toBe(2);
    const errors = pv.rows[3].errors.join(' ');
    for (const m of [
      'không tìm thấy đơn vị mã "KHONG_CO"',
      'Chu kỳ "Hai tuần"',
      'Thời hạn "31/02/2026"',
      'Loại đơn vị "Xã lạ"',
      'văn bản chỉ đạo số "99/XX"',
    ])
      expect(errors).toContain(m);
    const bad = await api.upload(
      u.coordinator,
      `/api/v1/plans/${target.id}/tasks/import?mode=commit`,
      await form(),
    );
    expect(bad.statusCode).toBe(400);
    expect(json(bad).code).toBe('import_invalid');
    expect(json(await api.get(u.coordinator, `/api/v1/plans/${target.id}/tasks`)).items).toHaveLength(0);
    ws.spliceRows(5, 1);
    const ok = await api.upload(
      u.coordinator,
      `/api/v1/plans/${target.id}/tasks/import?mode=commit`,
      await form(),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok).created).toBe(3);
    const tasks = json(await api.get(u.coordinator, `/api/v1/plans/${target.id}/tasks`)).items;
    expect(tasks.map((t: { code: string }) => t.code)).toEqual(['II.1.1', 'X.1', 'Z.1']);
    expect(tasks[2]).toMatchObject({ recurrence: 'quarterly', leadUnit: { id: p.dept.id } });
    // a commune officer may not import into the province's plan
    const denied = await api.upload(
      u.focalA,
      `/api/v1/plans/${target.id}/tasks/import?mode=preview`,
      await form(),
    );
    expect(denied.statusCode).toBe(404);
  });
});
