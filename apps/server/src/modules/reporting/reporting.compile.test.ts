import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { json } from '../../../test/factories.ts';
import {
  acceptedReport,
  B,
  coord,
  get,
  headA,
  headB,
  makePeriod,
  officerA,
  openReport,
  p,
  send,
  setupReporting,
} from './reporting.fixture.ts';

setupReporting();

describe('province compilation and documents', () => {
  it('compiles the province report from the units’ figures and narratives, then sends it on', async () => {
    const per = await makePeriod();
    await acceptedReport(per.id, p.communeA.id, headA, { resolved: 6 });
    await acceptedReport(per.id, p.communeB.id, headB, { resolved: 7 });
    const comp = json(await get(coord, `${B}/periods/${per.id}/compilation`));
    const s1 = comp.sections.find((s: { code: string }) => s.code === 'I');
    expect(s1.narratives.map((n: { unitId: number }) => n.unitId)).toEqual([p.communeA.id, p.communeB.id]);
    expect(comp.report).toBeNull();
    const res = await send(coord, 'POST', `${B}/periods/${per.id}/compile`, {});
    expect(res.statusCode, res.body).toBe(200);
    const pr = json(res);
    expect(pr).toMatchObject({
      level: 'province',
      unitId: p.root.id,
      status: 'draft',
      deadline: '2026-05-30',
    });
    expect(pr.values.find((v: { code: string }) => v.code === 'received')).toMatchObject({
      value: 17,
      source: 'computed',
      origin: 'rollup',
    });
    expect(pr.values.find((v: { code: string }) => v.code === 'rate').value).toBe(76.47);
    // a synthesis, not a paste: the units' own texts stay in the compilation as excerpts
    expect(pr.narratives.I ?? '').not.toContain('Tình hình chung của đơn vị');
    const edited = await send(coord, 'PATCH', `${B}/reports/${pr.id}`, {
      narratives: { I: 'Toàn tỉnh: tình hình ổn định.' },
    });
    expect(edited.statusCode).toBe(200);
    const sent = await send(coord, 'POST', `${B}/reports/${pr.id}/submit`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    // nobody above the province in this tree: the coordinator cannot accept the province's own report
    expect((await send(coord, 'POST', `${B}/reports/${pr.id}/accept`)).statusCode).toBe(403);
    expect(json(await get(coord, `${B}/periods/${per.id}/dashboard`)).provinceLevel.status).toBe('submitted');
  });

  it('writes a synthesis an officer can send: figures by group with shares, standout, late and missing units', async () => {
    const per = await makePeriod();
    const ra = await acceptedReport(per.id, p.communeA.id, headA, { resolved: 6 });
    await acceptedReport(per.id, p.communeB.id, headB, { resolved: 7 });
    // one unit also writes section II.1: the excerpt is offered beside that section
    await send(coord, 'POST', `${B}/reports/${ra}/reopen`, { reason: 'Bổ sung nội dung mục II.1' });
    expect(
      (
        await send(headA, 'PATCH', `${B}/reports/${ra}`, {
          narratives: { 'II.1': 'Xã tổ chức 4 buổi tiếp công dân định kỳ.' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await send(headA, 'POST', `${B}/reports/${ra}/submit`, {})).statusCode).toBe(200);
    expect((await send(coord, 'POST', `${B}/reports/${ra}/accept`, {})).statusCode).toBe(200);

    const before = json(await get(coord, `${B}/periods/${per.id}/compilation`));
    expect(before.can.compile).toBe(true);
    expect(json(await get(coord, `${B}/periods/${per.id}`)).can.compile).toBe(true);
    // the excerpts, section by section
    const excerpts = (code: string) =>
      before.sections.find((s: { code: string }) => s.code === code).narratives as {
        unitId: number;
        text: string;
      }[];
    expect(excerpts('I').map((n) => n.unitId)).toEqual([p.communeA.id, p.communeB.id]);
    expect(excerpts('II.1')).toEqual([
      expect.objectContaining({ unitId: p.communeA.id, text: 'Xã tổ chức 4 buổi tiếp công dân định kỳ.' }),
    ]);

    const pr = json(await send(coord, 'POST', `${B}/periods/${per.id}/compile`, {}));
    expect(pr.can.compile).toBe(true);
    const allText = JSON.stringify(pr.narratives);
    expect(allText).not.toContain('Tình hình chung của đơn vị');
    expect(allText).not.toContain('Xã tổ chức 4 buổi');
    // per section: the rolled-up figures, each group's share, the units with the highest figures
    expect(pr.narratives['II.2']).toContain(
      `- Số đơn tiếp nhận: 17 đơn, trong đó Khối xã, phường 17 đơn (100%); cao nhất: ${p.communeA.name} (10 đơn), ${p.communeB.name} (7 đơn).`,
    );
    expect(pr.narratives['II.2']).toContain('- Tỷ lệ giải quyết: 76,47%');
    const syn = pr.synthesis;
    const ii2 = syn.sections.find((s: { code: string }) => s.code === 'II.2');
    const groups = ii2.tables.find((t: { title: string }) => t.title === 'Số liệu theo khối');
    expect(groups.columns).toEqual(['Chỉ tiêu', 'Đơn vị tính', 'Toàn tỉnh', 'Khối xã, phường']);
    expect(groups.rows[0]).toEqual(['Số đơn tiếp nhận', 'đơn', 17, '17 (100%)']);
    const standout = ii2.tables.find((t: { title: string }) => t.title === 'Đơn vị nổi bật');
    expect(standout.rows[0]).toEqual([
      'Số đơn tiếp nhận',
      `${p.communeA.name}: 10 đơn; ${p.communeB.name}: 7 đơn`,
    ]);
    // how the units reported: counts and shares by group, the late and the missing
    expect(syn.overview.paragraphs[0]).toContain(
      '3 đơn vị phải báo cáo; đã có 2 đơn vị gửi báo cáo (đạt 66,7%)',
    );
    expect(syn.overview.paragraphs).toContain(`Đơn vị quá hạn chưa gửi báo cáo: ${p.communeC.name}.`);
    expect(syn.overview.paragraphs.join(' ')).toContain(`Đơn vị gửi báo cáo chậm: ${p.communeA.name}`);
    expect(syn.overview.tables[0].rows).toEqual([
      ['Khối xã, phường', 3, 2, '66,7%', 0, 2, 1],
      ['Toàn tỉnh', 3, 2, '66,7%', 0, 2, 1],
    ]);

    // the .docx (NĐ 30) carries the synthesis, not the units' texts
    const doc = await get(coord, `${B}/reports/${pr.id}/export.docx`);
    expect(doc.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(doc.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('đã có 2 đơn vị gửi báo cáo (đạt 66,7%)');
    expect(text).toContain('Tình hình gửi báo cáo theo khối:');
    expect(text).toContain('Số liệu theo khối:');
    expect(text).toContain('Đơn vị nổi bật:');
    expect(text).toContain('17 (100%)');
    expect(text).not.toContain('Tình hình chung của đơn vị');

    // once sent, compiling is no longer offered, and refused
    expect((await send(coord, 'POST', `${B}/reports/${pr.id}/submit`, {})).statusCode).toBe(200);
    expect(json(await get(coord, `${B}/periods/${per.id}/compilation`)).can.compile).toBe(false);
    expect(json(await get(coord, `${B}/periods/${per.id}`)).can.compile).toBe(false);
    expect(json(await get(coord, `${B}/reports/${pr.id}`)).can.compile).toBe(false);
    expect((await send(coord, 'POST', `${B}/periods/${per.id}/compile`, {})).statusCode).toBe(409);
    // a unit's own report never offers it
    expect(json(await get(headA, `${B}/reports/${ra}`)).can.compile).toBe(false);
  });

  it('exports a report as .docx (NĐ 30/2020, outline headings and figures) and .xlsx', async () => {
    const per = await makePeriod();
    const id = await acceptedReport(per.id, p.communeA.id, headA, { resolved: 6 });
    const res = await get(officerA, `${B}/reports/${id}/export.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('I. KHÁI QUÁT CHUNG');
    expect(text).toContain('2. Giải quyết đơn thư');
    expect(text).toContain('Số đơn tiếp nhận');
    expect(text).toContain('Tình hình chung của đơn vị');
    expect(xml).toMatch(/<w:t[^>]*>10<\/w:t>/);

    const x = await get(officerA, `${B}/reports/${id}/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const ws = wb.worksheets[0];
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push(r.values as unknown[]));
    const received = rows.find((r) => r.includes('Số đơn tiếp nhận'))!;
    expect(received).toContain(10);
    expect(received).toContain('Hệ thống tính');

    await acceptedReport(per.id, p.communeB.id, headB, { resolved: 2 });
    const all = await get(coord, `${B}/periods/${per.id}/export.xlsx`);
    expect(all.statusCode).toBe(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(all.rawPayload as never);
    const sheet = wb2.worksheets[0];
    const header = sheet.getRow(2).values as unknown[];
    const col = header.findIndex((h) => String(h).startsWith('Số đơn tiếp nhận'));
    const units: [unknown, unknown][] = [];
    sheet.eachRow((r, n) => n > 2 && units.push([r.getCell(2).value, r.getCell(col).value]));
    expect(units).toEqual(
      expect.arrayContaining([
        [p.communeA.name, 10],
        [p.communeB.name, 7],
        [p.communeC.name, null],
        [expect.stringContaining('Tổng hợp'), 17],
      ]),
    );
  });

  it('lists a report’s attachments to its own unit only', async () => {
    const per = await makePeriod();
    const r = await openReport(officerA, per.id, p.communeA.id);
    const list = await get(officerA, `/api/v1/files?entity=report&entityId=${r.id}`);
    expect(list.statusCode).toBe(200);
    expect((await get(headB, `/api/v1/files?entity=report&entityId=${r.id}`)).statusCode).toBe(404);
  });
});
