/**
 * The reception module through HTTP: the reception log (mass delegations, filters, refusals, the
 * conclusion notice .docx, the .xlsx export) and what the petitions module reads of a visit.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { json } from '../../../test/factories.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { markVisitPetition, readVisitForPetition } from './index.ts';
import {
  B,
  created,
  ctxOf,
  env,
  headA,
  inspector,
  officerA,
  officerB,
  p,
  send,
  setupReception,
  visitBody,
} from './reception.fixture.ts';

setupReception();

describe('the reception log', () => {
  it('a group of six about land is a mass delegation; filters, search without diacritics', async () => {
    const v = await created(
      await send(
        officerA,
        'POST',
        `${B}/visits`,
        visitBody({
          visitorsCount: 6,
          representativeName: 'Trần Văn Dũng',
          content: 'Khiếu nại việc bồi thường khi thu hồi đất làm đường liên xã.',
          field: 'dat_dai',
          outcome: 'petition_received',
        }),
      ),
    );
    expect(v).toMatchObject({
      massDelegation: true,
      visitorsCount: 6,
      receivedOn: '2026-11-24',
      receivedTime: '08:30',
    });
    expect(v.receivedAt).toBe('2026-11-24T01:30:00.000Z');
    const four = await created(await send(officerA, 'POST', `${B}/visits`, visitBody({ visitorsCount: 4 })));
    expect(four.massDelegation).toBe(false);

    const land = json(
      await send(officerA, 'GET', `${B}/visits?unitId=${p.communeA.id}&field=dat_dai&mass=1`),
    );
    expect(land.items.map((x: { id: number }) => x.id)).toEqual([v.id]);
    expect(land.can).toEqual({ create: true });
    const found = json(
      await send(inspector, 'GET', `${B}/visits?q=${encodeURIComponent('boi thuong thu hoi dat')}`),
    );
    expect(found.items.map((x: { id: number }) => x.id)).toContain(v.id);
    expect(
      json(await send(officerB, 'GET', `${B}/visits?field=dat_dai`)).items.map((x: { id: number }) => x.id),
    ).not.toContain(v.id);

    // a correction recomputes the flag
    const fewer = await send(officerA, 'PATCH', `${B}/visits/${v.id}`, {
      visitorsCount: 3,
      expectedVersion: v.version,
    });
    expect(fewer.statusCode, fewer.body).toBe(200);
    expect(json(fewer)).toMatchObject({ massDelegation: false, version: 2 });
    const audits = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'reception_visit'), eq(auditLog.entityId, String(v.id))))
      .orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('a refusal needs its reason; online only from 1/7/2026; not in the future', async () => {
    const r = await send(officerA, 'POST', `${B}/visits`, visitBody({ outcome: 'refused' }));
    expect(r.statusCode).toBe(400);
    expect(json(r).detail).toMatch(/Từ chối tiếp công dân phải ghi rõ lý do/);
    expect(json(r).errors[0].path).toBe('refusalReason');
    const ok = await send(
      officerA,
      'POST',
      `${B}/visits`,
      visitBody({ outcome: 'refused', refusalReason: 'Người đến say rượu.' }),
    );
    expect(ok.statusCode, ok.body).toBe(201);
    const early = await send(
      officerA,
      'POST',
      `${B}/visits`,
      visitBody({ receivedOn: '2026-06-15', online: true }),
    );
    expect(early.statusCode).toBe(400);
    expect(json(early).detail).toMatch(/trực tuyến áp dụng từ ngày 01\/07\/2026/);
    const online = await send(
      officerA,
      'POST',
      `${B}/visits`,
      visitBody({ receivedOn: '2026-11-20', online: true, onlineNoticeSentOn: '2026-11-12' }),
    );
    expect(online.statusCode, online.body).toBe(201);
    expect(
      (await send(officerA, 'POST', `${B}/visits`, visitBody({ receivedOn: '2026-12-02' }))).statusCode,
    ).toBe(400);
    expect((await send(inspector, 'POST', `${B}/visits`, visitBody())).statusCode).toBe(403);
  });

  it('the conclusion notice is a .docx with the visit’s content, without the identity number', async () => {
    const v = await created(
      await send(
        headA,
        'POST',
        `${B}/visits`,
        visitBody({
          kind: 'periodic_head',
          receivedOn: '2026-10-27',
          headInPerson: true,
          receiverName: 'Phạm Văn Hòa',
          receiverTitle: 'Chủ tịch UBND xã',
          visitorsCount: 6,
          representativeName: 'Trần Văn Dũng',
          idNumber: '075082004512',
          content: 'Phản ánh đơn giá bồi thường đất nông nghiệp chưa thỏa đáng.',
          field: 'dat_dai',
          outcome: 'petition_received',
          conclusion: 'Giao Công chức Địa chính rà soát hồ sơ bồi thường, báo cáo trong 10 ngày làm việc.',
        }),
      ),
    );
    const res = await send(inspector, 'GET', `${B}/visits/${v.id}/conclusion.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml
      .split('</w:p>')
      .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .join('\n');
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Kết luận của Chủ tịch UBND xã tại buổi tiếp công dân ngày 27/10/2026');
    expect(text).toContain('đoàn 6 công dân do ông (bà) Trần Văn Dũng làm đại diện');
    expect(text).toContain('Phản ánh đơn giá bồi thường đất nông nghiệp chưa thỏa đáng.');
    expect(text).toContain('Giao Công chức Địa chính rà soát hồ sơ bồi thường');
    expect(text).toContain('Phạm Văn Hòa');
    expect(text).not.toContain('075082004512');
    // without a conclusion there is no notice
    const bare = await created(await send(officerA, 'POST', `${B}/visits`, visitBody()));
    expect(bare.can.conclusion).toBe(false);
    const none = await send(officerA, 'GET', `${B}/visits/${bare.id}/conclusion.docx`);
    expect(none.statusCode).toBe(409);
    expect((await send(officerB, 'GET', `${B}/visits/${v.id}/conclusion.docx`)).statusCode).toBe(404);
  });

  it('exports the log as .xlsx: Date cells, labels not codes', async () => {
    const res = await send(officerA, 'GET', `${B}/visits/export.xlsx?unitId=${p.communeA.id}&field=dat_dai`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('SỔ TIẾP CÔNG DÂN');
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    const col = (h: string) => header.indexOf(h) + 1;
    const row = ws.getRow(3);
    const at = row.getCell(col('Thời gian tiếp')).value;
    expect(at).toBeInstanceOf(Date);
    expect(row.getCell(col('Thời gian tiếp')).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(row.getCell(col('Lĩnh vực')).value).toBe('Đất đai');
    expect(String(row.getCell(col('Loại tiếp')).value)).toMatch(/^Tiếp /);
    expect(typeof row.getCell(col('Số người')).value).toBe('number');
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
    for (const code of ['dat_dai', 'petition_received', 'regular', 'periodic_head', 'answered'])
      expect(texts).not.toContain(code);
  });
});

describe('for the petitions module', () => {
  it('reads a visit the actor may read (404 otherwise) and links the petition once', async () => {
    const v = await created(
      await send(
        officerA,
        'POST',
        `${B}/visits`,
        visitBody({ visitorsCount: 6, field: 'dat_dai', representativeName: 'Trần Văn Dũng' }),
      ),
    );
    const mine = ctxOf(officerA, 'reception_officer', p.communeA);
    const got = await readVisitForPetition(mine, v.id);
    expect(got).toMatchObject({
      id: v.id,
      unitId: p.communeA.id,
      receivedAt: '2026-11-24T01:30:00.000Z',
      visitorsCount: 6,
      representativeName: 'Trần Văn Dũng',
      idNumber: '075186001234',
      field: 'dat_dai',
      petitionId: null,
    });
    const other = ctxOf(officerB, 'reception_officer', p.communeB);
    await expect(readVisitForPetition(other, v.id)).rejects.toMatchObject({ status: 404 });
    await expect(readVisitForPetition(mine, 0)).rejects.toMatchObject({ status: 404 });

    await env.database.db.transaction(async (tx) => markVisitPetition(tx as never, mine, v.id, 4242));
    expect(json(await send(officerA, 'GET', `${B}/visits/${v.id}`)).petitionId).toBe(4242);
    await env.database.db.transaction(async (tx) => markVisitPetition(tx as never, mine, v.id, 4242));
    await expect(
      env.database.db.transaction(async (tx) => markVisitPetition(tx as never, mine, v.id, 4343)),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      env.database.db.transaction(async (tx) => markVisitPetition(tx as never, other, v.id, 4343)),
    ).rejects.toMatchObject({ status: 404 });
  });
});
