import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { json, type TestUser } from '../../../test/factories.ts';
import { B, petitionsWorld, type PetitionsWorld } from './petitions.test-helpers.ts';

let w: PetitionsWorld;
beforeAll(async () => {
  w = await petitionsWorld();
});

/** A real workbook: an optional title row, the header, then the rows. */
async function workbook(
  rows: (string | number | Date)[][],
  opts: { title?: boolean; header?: string[] } = {},
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ đơn thư');
  if (opts.title) ws.addRow(['SỔ THEO DÕI ĐƠN THƯ NĂM 2025']);
  ws.addRow(
    opts.header ?? [
      'Ngày nhận',
      'Loại đơn',
      'Lĩnh vực',
      'Kênh tiếp nhận',
      'Người đứng đơn',
      'Số người',
      'Trích yếu',
      'Nội dung',
    ],
  );
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(u: TestUser, url: string, content: Buffer, filename = 'so-don-thu.xlsx') {
  const boundary = 'imp' + Math.random().toString(16).slice(2);
  return w.env.app.inject({
    method: 'POST',
    url,
    headers: { ...u.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
}
const url = (mode: 'preview' | 'commit', unitId = w.p.communeA.id) =>
  `${B}/import?mode=${mode}&unitId=${unitId}`;

describe('import of earlier petitions from .xlsx', () => {
  it('previews each row with its errors named by the column, then enters the valid rows and skips the bad one', async () => {
    const s = w.p.suffix;
    const file = await workbook(
      [
        [
          new Date('2026-03-02T00:00:00Z'),
          'Khiếu nại',
          'Đất đai',
          'Trực tiếp',
          'Lê Văn Nhập',
          1,
          `Khiếu nại thu hồi đất ${s}`,
          'Khiếu nại việc thu hồi đất ruộng.',
        ],
        [
          '05/03/2026',
          'kien nghi',
          'Môi trường',
          'Qua bưu chính',
          'Trần Thị Bích',
          7,
          `Kiến nghị ô nhiễm ${s}`,
          'Kiến nghị xử lý mùi hôi.',
        ],
        ['31/02/2026', 'Đơn lạ', 'Thiên văn', 'Qua tiếp công dân', 'Ngô Văn Sai', 'mười', '', 'Nội dung'],
      ],
      { title: true },
    );
    const pre = await upload(w.officer, url('preview'), file);
    expect(pre.statusCode, pre.body).toBe(200);
    const body = json<any>(pre);
    expect(body).toMatchObject({ valid: 2, invalid: 1 });
    // the title row is skipped: the rows are numbered as in Excel
    expect(body.rows.map((r: any) => r.row)).toEqual([3, 4, 5]);
    expect(body.rows[0]).toMatchObject({
      action: 'create',
      receivedOn: '2026-03-02',
      kind: 'khieu_nai',
      field: 'dat_dai',
      errors: [],
    });
    expect(body.rows[1]).toMatchObject({ kind: 'kien_nghi', field: 'moi_truong' });
    const bad = body.rows[2];
    expect(bad.action).toBe('skip');
    for (const column of [
      'Ngày nhận:',
      'Loại đơn:',
      'Lĩnh vực:',
      'Kênh tiếp nhận:',
      'Số người:',
      'Trích yếu:',
    ])
      expect(
        bad.errors.some((e: string) => e.startsWith(column)),
        column,
      ).toBe(true);
    expect(bad.errors).toContain('Trích yếu: bắt buộc nhập');
    // nothing written by the preview
    const before = json<any>(await w.send(w.officer, 'GET', `${B}?q=${encodeURIComponent(s)}&pageSize=50`));
    expect(before.items.filter((i: any) => i.subject.endsWith(s))).toHaveLength(0);

    const done = await upload(w.officer, url('commit'), file);
    expect(done.statusCode, done.body).toBe(200);
    expect(json<any>(done)).toMatchObject({ created: 2, skipped: 1 });
    const list = json<any>(await w.send(w.officer, 'GET', `${B}?q=${encodeURIComponent(s)}&pageSize=50`));
    const mine = list.items.filter((i: any) => i.subject.endsWith(s));
    expect(mine.map((i: any) => i.kind).sort()).toEqual(['khieu_nai', 'kien_nghi']);
    const k = mine.find((i: any) => i.kind === 'kien_nghi');
    expect(k).toMatchObject({
      receivedOn: '2026-03-05',
      channel: 'post',
      petitionersCount: 7,
      status: 'received',
    });
    // each with its screening deadline from the legal register
    expect(k.dueDate).toBeTruthy();
  });

  it('finds the columns by their header in any order, and names a missing required column', async () => {
    const s = w.p.suffix;
    const file = await workbook(
      [[`Phản ánh đường hỏng ${s}`, 'Phản ánh đường liên thôn xuống cấp.', '10/04/2026', 'Phản ánh']],
      { header: ['Trích yếu nội dung', 'Nội dung đơn', 'Ngày nhận đơn', 'Loại đơn'] },
    );
    const pre = json<any>(await upload(w.officer, url('preview'), file));
    expect(pre.rows[0]).toMatchObject({
      action: 'create',
      kind: 'phan_anh',
      field: 'khac',
      receivedOn: '2026-04-10',
    });

    const missing = await upload(
      w.officer,
      url('preview'),
      await workbook([['01/04/2026', 'Khiếu nại']], { header: ['Ngày nhận', 'Loại đơn'] }),
    );
    expect(missing.statusCode).toBe(400);
    expect(json<any>(missing).detail).toContain('"Trích yếu"');
    expect(json<any>(missing).detail).toContain('"Nội dung"');
  });

  it('refuses a date after today and a file with no valid row', async () => {
    const file = await workbook([['01/01/2099', 'Khiếu nại', '', '', '', '', 'Đơn tương lai', 'Nội dung']]);
    const pre = json<any>(await upload(w.officer, url('preview'), file));
    expect(pre.rows[0].errors).toEqual(['Ngày nhận: không được sau ngày hôm nay']);
    const commit = await upload(w.officer, url('commit'), file);
    expect(commit.statusCode).toBe(400);
    expect(json<any>(commit).code).toBe('import_invalid');
  });

  it('a tố cáo row keeps its denouncer out of the petition and out of the preview', async () => {
    const s = w.p.suffix;
    const file = await workbook([
      [
        '12/05/2026',
        'Tố cáo',
        'Tham nhũng, tiêu cực',
        'Qua bưu chính',
        `Người Tố Cáo Bí Mật ${s}`,
        1,
        `Tố cáo cán bộ địa chính ${s}`,
        'Tố cáo nhận tiền.',
      ],
    ]);
    const pre = await upload(w.officer, url('preview'), file);
    expect(pre.body).not.toContain('Người Tố Cáo Bí Mật');
    const done = json<any>(await upload(w.officer, url('commit'), file));
    expect(done.created).toBe(1);
    const detail = await w.send(w.officer, 'GET', `${B}/${done.ids[0]}`);
    expect(detail.body).not.toContain('Người Tố Cáo Bí Mật');
  });

  it('only at a unit where the actor may enter petitions, for the preview and the import alike', async () => {
    const file = await workbook([['01/04/2026', 'Khiếu nại', '', '', '', '', 'Đơn', 'Nội dung']]);
    expect((await upload(w.siblingOfficer, url('preview'), file)).statusCode).toBe(404);
    expect((await upload(w.siblingOfficer, url('commit'), file)).statusCode).toBe(404);
    expect((await upload(w.inspector, url('commit'), file)).statusCode).toBe(403);
  });

  it('the template opens with the columns, example rows that import, and the lists of values', async () => {
    const res = await w.send(w.officer, 'GET', `${B}/import/template.xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const [sheet, lists] = wb.worksheets;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Ngày nhận',
      'Loại đơn',
      'Lĩnh vực',
      'Kênh tiếp nhận',
      'Người đứng đơn',
      'Số người',
      'Trích yếu',
      'Nội dung',
    ]);
    expect(sheet.getCell('A2').value).toBeInstanceOf(Date);
    const values = lists.getColumn(2).values as unknown[];
    expect(values).toContain('Đất đai');
    expect((lists.getColumn(3).values as unknown[]).includes('Qua tiếp công dân')).toBe(false);
    // the template as it is downloaded imports cleanly
    const pre = json<any>(await upload(w.officer, url('preview'), Buffer.from(res.rawPayload)));
    expect(pre).toMatchObject({ valid: 2, invalid: 0 });
  });
});
