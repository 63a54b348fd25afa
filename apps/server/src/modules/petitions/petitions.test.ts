import JSZip from 'jszip';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, uid } from '../../../test/factories.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { B, petitionsWorld, type PetitionsWorld } from './petitions.test-helpers.ts';

let w: PetitionsWorld;

beforeAll(async () => {
  w = await petitionsWorld();
  w.env.clock.set('2026-10-20T03:00:00Z');
});
afterAll(() => w.env.clock.reset());

async function docText(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .normalize('NFC');
}

describe('a complaint through its workflow', () => {
  let id: number;
  it('takes the acceptance limit in force on the day of receipt (old rule in June 2026, new in July)', async () => {
    const [june] = await w.create(w.officer);
    expect(june.status).toBe('received');
    expect(june.flags).toContain('mass');
    // Luật KN 2011 điều 27: 10 ngày; 25/6 + 10 = 05/7 Chủ nhật → 06/7
    expect(june.deadlines).toMatchObject([{ step: 'screening', dueDate: '2026-07-06' }]);
    expect(june.dueDate).toBe('2026-07-06');
    const [july] = await w.create(w.officer, { receivedOn: '2026-07-02', subject: `Khác ${uid()}` });
    // from 01/7/2026 (NĐ 155/2026): 7 ngày làm việc → 13/7
    expect(july.dueDate).toBe('2026-07-13');
    expect(july.deadlines[0].ruleId).not.toBe(june.deadlines[0].ruleId);
    id = june.id;
  });

  it('is screened and accepted by the officer: a 30-day limit from acceptance, 45 days the most', async () => {
    const s = await w.step(w.officer, id, 'screen', { on: '2026-06-26', competence: 'own' });
    expect(s.statusCode, s.body).toBe(200);
    expect(json(s).status).toBe('screened');
    const a = await w.step(w.officer, id, 'accept', { on: '2026-06-30' });
    expect(a.statusCode, a.body).toBe(200);
    const body = json(a);
    expect(body.status).toBe('accepted');
    expect(body.dueDate).toBe('2026-07-30');
    expect(body.maxDueDate).toBe('2026-08-14');
    expect(body.deadlines.find((d: any) => d.step === 'resolution')).toMatchObject({
      dueDate: '2026-07-30',
      basisText: expect.stringContaining('Luật Khiếu nại 2011'),
    });
    expect(body.timeline.map((t: any) => t.step)).toEqual(['receive', 'screen', 'accept']);
    expect(body.timeline[2]).toMatchObject({
      dueDate: '2026-07-06',
      met: true,
      actorName: 'Cán bộ tiếp dân',
    });
    expect(body.documents).toContain('thong-bao-thu-ly');
  });

  it('refuses a step the state machine does not allow (409) and a date in the future (400)', async () => {
    expect((await w.step(w.officer, id, 'accept', { on: '2026-07-01' })).statusCode).toBe(409);
    expect((await w.step(w.officer, id, 'verify', { on: '2026-12-01', note: 'x' })).statusCode).toBe(400);
    expect(
      (await w.step(w.officer, id, 'verify', { on: '2026-07-03', note: 'Làm việc với các hộ dân' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await w.step(w.officer, id, 'dialogue', { on: '2026-07-05', note: 'Đối thoại với 6 hộ dân' }))
        .statusCode,
    ).toBe(200);
  });

  it('is extended by the head only, once, to the complex limit', async () => {
    expect((await w.step(w.officer, id, 'extend', { on: '2026-07-20', reason: 'Phức tạp' })).statusCode).toBe(
      403,
    );
    const e = await w.step(w.head, id, 'extend', {
      on: '2026-07-20',
      reason: 'Vụ việc phức tạp, nhiều hộ liên quan',
    });
    expect(e.statusCode, e.body).toBe(200);
    expect(json(e)).toMatchObject({ dueDate: '2026-08-14', extensions: 1, complex: true });
    const again = await w.step(w.head, id, 'extend', { on: '2026-07-21', reason: 'Lần nữa' });
    expect(again.statusCode).toBe(422);
    expect(json(again).detail).toMatch(/một lần/);
  });

  it('is decided by the head, the result sent and the case closed; the decision .docx holds it', async () => {
    expect(
      (await w.step(w.officer, id, 'decide', { on: '2026-08-10', number: '1/QĐ-UBND', summary: 'x' }))
        .statusCode,
    ).toBe(403);
    const d = await w.step(w.head, id, 'decide', {
      on: '2026-08-10',
      number: '25/QĐ-UBND',
      summary: 'Công nhận một phần nội dung khiếu nại; điều chỉnh đơn giá bồi thường cho 6 hộ.',
    });
    expect(d.statusCode, d.body).toBe(200);
    const body = json(d);
    expect(body.status).toBe('decided');
    // Luật KN điều 32: gửi quyết định trong 3 ngày làm việc: 11, 12, 13/8
    expect(body.dueDate).toBe('2026-08-13');
    expect(body.timeline.at(-1)).toMatchObject({ step: 'decide', met: true, dueDate: '2026-08-14' });
    const doc = await w.send(w.head, 'GET', `${B}/${id}/documents/quyet-dinh-giai-quyet`);
    expect(doc.statusCode).toBe(200);
    const text = await docText(doc.rawPayload);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('điều chỉnh đơn giá bồi thường cho 6 hộ');
    expect(text).toContain('Luật Khiếu nại');
    expect((await w.step(w.officer, id, 'send-result', { on: '2026-08-12' })).statusCode).toBe(200);
    const c = await w.step(w.officer, id, 'close', { on: '2026-08-20' });
    expect(json(c).status).toBe('closed');
    const rows = await w.env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'petition'), eq(auditLog.entityId, String(id))))
      .orderBy(asc(auditLog.id));
    expect(rows.map((r) => r.action)).toEqual([
      'create',
      'screen',
      'accept',
      'verify',
      'dialogue',
      'extend',
      'decide',
      'send_result',
      'close',
    ]);
    expect(JSON.stringify(rows)).not.toContain('Nguyễn Văn Hùng');
  });

  it('is read by the inspector and hidden from a sibling commune', async () => {
    expect((await w.send(w.inspector, 'GET', `${B}/${id}`)).statusCode).toBe(200);
    expect((await w.step(w.inspector, id, 'verify', { on: '2026-08-01', note: 'x' })).statusCode).toBe(403);
    expect((await w.send(w.siblingOfficer, 'GET', `${B}/${id}`)).statusCode).toBe(404);
  });
});

describe('suspension and a denunciation’s extensions', () => {
  it('moves the deadline by the days suspended', async () => {
    const [p] = await w.create(w.officer, {
      receivedOn: '2026-03-02',
      kinds: ['khieu_nai'],
      subject: `Tạm đình chỉ ${uid()}`,
    });
    await w.step(w.officer, p.id, 'accept', { on: '2026-03-05' }); // 30 ngày → 04/4 thứ Bảy → 06/4
    const s = await w.step(w.head, p.id, 'suspend', { on: '2026-03-10', reason: 'Chờ kết quả giám định' });
    expect(json(s).status).toBe('suspended');
    expect(json(s).dueDate).toBeNull();
    const r = await w.step(w.head, p.id, 'resume', { on: '2026-03-20' });
    expect(r.statusCode, r.body).toBe(200);
    // 10 days not counted: 04/4 + 10 = 14/4
    expect(json(r).dueDate).toBe('2026-04-14');
  });

  it('extends a denunciation twice from the due date, never a third time', async () => {
    const [p] = await w.create(w.officer, {
      receivedOn: '2026-08-03',
      kinds: ['to_cao'],
      representativeName: null,
      idNumber: null,
      subject: `Tố cáo ${uid()}`,
    });
    const a = await w.step(w.officer, p.id, 'accept', { on: '2026-08-03' });
    expect(json(a).dueDate).toBe('2026-09-03'); // 02/9 Quốc khánh → 03/9
    expect(json(a).maxDueDate).toBe('2026-11-04'); // gia hạn: 03/9 + 30 = 03/10 thứ Bảy → 05/10; + 30 = 04/11
    const e1 = await w.step(w.head, p.id, 'extend', { on: '2026-09-01', reason: 'Phức tạp' });
    expect(json(e1).dueDate).toBe('2026-10-05');
    const e2 = await w.step(w.head, p.id, 'extend', { on: '2026-10-01', reason: 'Đặc biệt phức tạp' });
    expect(json(e2).dueDate).toBe('2026-11-04');
    const e3 = await w.step(w.head, p.id, 'extend', { on: '2026-10-02', reason: 'Lần ba' });
    expect(e3.statusCode).toBe(422);
    expect(json(e3).detail).toMatch(/hai lần/);
  });
});

describe('split, duplicates and the register', () => {
  it('splits a petition of two kinds into linked records; the tố cáo keeps no name', async () => {
    const made = await w.create(w.officer, {
      kinds: ['to_cao', 'khieu_nai'],
      subject: `Hai nội dung ${uid()}`,
    });
    expect(made.map((m) => m.kind)).toEqual(['khieu_nai', 'to_cao']);
    expect(made[1].splitFromId).toBe(made[0].id);
    expect(made[0].splitSiblings).toEqual([{ id: made[1].id, kind: 'to_cao' }]);
    expect(made[0].representativeName).toBe('Nguyễn Văn Hùng');
    expect(made[1].representativeName).toBeNull();
    expect(made[1].idNumber).toBeNull();
    expect(made[1].identity).toMatchObject({ mode: 'sealed' });
  });

  it('finds duplicates without diacritics; the officer links one and dismisses another', async () => {
    const tag = uid();
    const [first] = await w.create(w.officer, {
      representativeName: `Trần Thị Bình ${tag}`,
      idNumber: null,
      subject: `Đơn đầu ${tag}`,
    });
    const check = await w.send(w.officer, 'POST', `${B}/duplicate-check`, {
      unitId: w.p.communeA.id,
      representativeName: `tran thi binh ${tag.toLowerCase()}`,
      content: 'không liên quan',
    });
    expect(check.statusCode).toBe(200);
    expect(json(check).map((c: any) => c.petitionId)).toContain(first.id);
    const [second] = await w.create(w.officer, {
      representativeName: `TRAN THI BINH ${tag}`,
      idNumber: null,
      subject: `Đơn sau ${tag}`,
    });
    const cand = second.duplicates.find((d: any) => d.petitionId === first.id);
    expect(cand).toMatchObject({ reason: 'person', decision: null });
    const link = await w.send(w.officer, 'POST', `${B}/${second.id}/duplicates/${first.id}`, {
      decision: 'link',
    });
    expect(link.statusCode, link.body).toBe(200);
    expect(json(link).flags).toContain('duplicate');
    expect(json(link).timeline.at(-1).step).toBe('link_duplicate');
    expect(
      (await w.send(w.officer, 'POST', `${B}/${second.id}/duplicates/${first.id}`, { decision: 'dismiss' }))
        .statusCode,
    ).toBe(409);
    const other = json(link).duplicates.find((d: any) => d.petitionId !== first.id && d.decision === null);
    if (other) {
      const dis = await w.send(w.officer, 'POST', `${B}/${second.id}/duplicates/${other.petitionId}`, {
        decision: 'dismiss',
      });
      expect(json(dis).duplicates.find((d: any) => d.petitionId === other.petitionId).decision).toBe(
        'dismiss',
      );
    }
  });

  it('searches without diacritics, filters and counts per status', async () => {
    const tag = uid();
    await w.create(w.officer, { subject: `Khiếu nại đất đai ${tag}`, content: `Nội dung ${tag}` });
    const res = await w.send(
      w.inspector,
      'GET',
      `${B}?q=${encodeURIComponent(`khieu nai dat dai ${tag.toLowerCase()}`)}`,
    );
    expect(res.statusCode).toBe(200);
    const body = json(res);
    expect(body.items.map((i: any) => i.subject)).toEqual([`Khiếu nại đất đai ${tag}`]);
    expect(body.counts.received).toBe(1);
    expect(body.can.create).toBe(false);
    const mine = json(
      await w.send(w.officer, 'GET', `${B}?unitId=${w.p.communeA.id}&flag=mass&kind=khieu_nai&pageSize=500`),
    );
    expect(mine.can.create).toBe(true);
    expect(mine.items.every((i: any) => i.petitionersCount >= 5 && i.kind === 'khieu_nai')).toBe(true);
    const overdue = json(await w.send(w.officer, 'GET', `${B}?flag=overdue&pageSize=500`));
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((i: any) => i.flags.includes('overdue'))).toBe(true);
    expect((await w.send(w.siblingOfficer, 'GET', `${B}?q=${tag}`)).json().total).toBe(0);
  });

  it('exports the register as .xlsx with Date cells and no content', async () => {
    const res = await w.send(w.officer, 'GET', `${B}/export.xlsx?unitId=${w.p.communeA.id}`);
    expect(res.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0];
    let dates = 0;
    ws.eachRow((r) => r.eachCell((c) => (c.value instanceof Date ? (dates += 1) : 0)));
    expect(dates).toBeGreaterThan(0);
    const all = JSON.stringify(ws.getSheetValues());
    expect(all).toContain('Khiếu nại');
    expect(all).not.toContain('bồi thường chưa thỏa đáng');
  });
});
