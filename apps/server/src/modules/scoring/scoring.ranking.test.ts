/**
 * The scoring module through HTTP (both databases): the ranking per unit group with the cap on xuất
 * sắc and eligibility, compliance, publishing, and the documents.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@danvan/domain';
import type { Ranking, Round } from '@danvan/contracts';
import { json, makeProvince, makeUser, sys, type Province, type TestUser } from '../../../test/factories.ts';
import * as org from '../org/index.ts';
import { decidedAssessment, docxTextOf, roundAt, today, YEAR } from './scoring.test-helpers.ts';
import { B, env, send, setupScoring } from './scoring.fixture.ts';

setupScoring();

describe('scoring: ranking per group, the cap and eligibility, compliance, publishing, documents', () => {
  let round: Round;
  let q: Province;
  let communeD: { id: number };
  let communeE: { id: number };
  let qCoordinator: TestUser;
  let qFocalA: TestUser;
  let qFocalE: TestUser;

  beforeAll(async () => {
    q = await makeProvince(env);
    communeD = await org.createUnit(sys(env), {
      code: `XA_D_${q.suffix}`,
      name: `Xã Tân Phú ${q.suffix}`,
      kind: 'commune',
      parentId: q.root.id,
      validFrom: '2015-01-01',
      groups: ['khoi_xa'],
    });
    communeE = await org.createUnit(sys(env), {
      code: `XA_E_${q.suffix}`,
      name: `Xã Hưng Thịnh ${q.suffix}`,
      kind: 'commune',
      parentId: q.root.id,
      validFrom: '2015-01-01',
      groups: ['khoi_xa'],
    });
    qFocalE = await makeUser(env, 'focal_officer', communeE.id);
    qCoordinator = await makeUser(env, 'coordinator', q.root.id);
    qFocalA = await makeUser(env, 'focal_officer', q.communeA.id);
    round = await roundAt(env, q.root.id, { groups: ['khoi_xa', 'khoi_so_nganh'] });
    // five units classified tốt or above: 20% allows one xuất sắc
    await decidedAssessment(env, round.id, q.communeA.id, 1); // 100
    await decidedAssessment(env, round.id, q.communeB.id, 1, { superior: 6 }); // 96
    await decidedAssessment(env, round.id, q.communeC.id, 0.8); // ≈ 81
    await decidedAssessment(env, round.id, communeD.id, 0.85); // ≈ 86
    await decidedAssessment(env, round.id, q.dept.id, 1, {
      superior: 6,
      disqualified: 'Để xảy ra vi phạm bị kỷ luật trong năm',
    }); // 96
    await decidedAssessment(env, round.id, q.dept2.id, 0.75); // ≈ 76
  });

  it('before publishing, the ranking is the team’s only', async () => {
    expect((await send(qFocalA, 'GET', `${B}/rounds/${round.id}/ranking`)).statusCode).toBe(403);
    expect((await send(qFocalA, 'GET', `${B}/rounds/${round.id}/decision.docx`)).statusCode).toBe(403);
  });

  it('classifies, applies eligibility and the cap with its reason, and ranks within each group', async () => {
    const res = await send(qCoordinator, 'GET', `${B}/rounds/${round.id}/ranking`);
    expect(res.statusCode).toBe(200);
    const r: Ranking = json(res);
    const xa = r.groups.find((g) => g.groupCode === 'khoi_xa')!;
    const all = r.groups.flatMap((g) => g.rows);
    const row = (id: number) => all.find((x) => x.unitId === id)!;
    expect(row(q.communeA.id)).toMatchObject({ total: 100, band: 'xuat_sac', capApplied: false, rank: 1 });
    expect(row(q.communeB.id)).toMatchObject({
      total: 96,
      bandByScore: 'xuat_sac',
      band: 'tot',
      capApplied: true,
      rank: 2,
    });
    expect(row(q.communeB.id).note).toMatch(/Vượt tỷ lệ.*chỉ 1 trong 5 đơn vị.*thứ 2 trong 2/);
    expect(row(communeD.id)).toMatchObject({ band: 'tot', rank: 3 });
    expect(row(q.communeC.id)).toMatchObject({ band: 'tot', rank: 4 });
    expect(xa.rows.map((x) => x.unitId)).toEqual([q.communeA.id, q.communeB.id, communeD.id, q.communeC.id]);
    // the disqualified department is not eligible for tốt or above, and not counted in the base
    expect(row(q.dept.id)).toMatchObject({
      total: 96,
      bandByScore: 'xuat_sac',
      band: 'hoan_thanh',
      disqualified: true,
      rank: 1,
    });
    expect(row(q.dept.id).note).toContain('Để xảy ra vi phạm');
    expect(r.cap).toMatchObject({ percent: 20, base: 5, allowed: 1, before: 2 });
    expect(r.cap!.moved).toEqual([expect.objectContaining({ unitId: q.communeB.id, place: 2 })]);
    expect(r.bandCounts).toEqual({ xuat_sac: 1, tot: 4, hoan_thanh: 1 });
    // one group only
    const only = json(
      await send(qCoordinator, 'GET', `${B}/rounds/${round.id}/ranking?groupId=${xa.groupId}`),
    );
    expect(only.groups).toHaveLength(1);
  });

  it('shows who has not submitted, and who was late once the deadline passed', async () => {
    let rows = json(await send(qCoordinator, 'GET', `${B}/rounds/${round.id}/compliance`)).items as {
      unitId: number;
      status: string;
      late: boolean;
    }[];
    expect(rows).toHaveLength(7);
    expect(rows.find((x) => x.unitId === communeE.id)).toMatchObject({ status: 'not_started', late: false });
    const r = json(await send(qCoordinator, 'GET', `${B}/rounds/${round.id}`));
    expect(r.counts).toMatchObject({ participants: 7, decided: 6, notStarted: 1 });
    const moved = await send(qCoordinator, 'PATCH', `${B}/rounds/${round.id}`, {
      version: r.version,
      submitDeadline: addDays(today(), -1),
    });
    expect(moved.statusCode).toBe(200);
    rows = json(await send(qCoordinator, 'GET', `${B}/rounds/${round.id}/compliance`)).items;
    expect(rows.find((x) => x.unitId === communeE.id)).toMatchObject({ status: 'not_started', late: true });
    expect(rows.find((x) => x.unitId === q.communeA.id)).toMatchObject({ status: 'decided', late: true });
    // a commune sees only itself
    const own = json(await send(qFocalA, 'GET', `${B}/rounds/${round.id}/compliance`)).items;
    expect(own.map((x: { unitId: number }) => x.unitId)).toEqual([q.communeA.id]);
    round = json(moved);
  });

  it('publishes once every submitted assessment is decided; the communes then read the results', async () => {
    const r = json(await send(qCoordinator, 'GET', `${B}/rounds/${round.id}`));
    expect(
      (await send(qFocalA, 'POST', `${B}/rounds/${round.id}/publish`, { version: r.version })).statusCode,
    ).toBe(403);
    const res = await send(qCoordinator, 'POST', `${B}/rounds/${round.id}/publish`, {
      version: r.version,
      decisionNumber: '125/QĐ-UBND',
      decisionDate: today(),
    });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ state: 'published', decisionNumber: '125/QĐ-UBND' });
    expect((await send(qFocalA, 'GET', `${B}/rounds/${round.id}/ranking`)).statusCode).toBe(200);
    // closed to changes
    expect(
      (await send(qCoordinator, 'POST', `${B}/rounds/${round.id}/publish`, { version: json(res).version }))
        .statusCode,
    ).toBe(409);
    expect(
      (await send(qFocalE, 'POST', `${B}/assessments`, { roundId: round.id, unitId: communeE.id }))
        .statusCode,
    ).toBe(409);
  });

  it('the decision .docx has the annex table; the ranking and the assessment open as .xlsx', async () => {
    const doc = await send(qFocalA, 'GET', `${B}/rounds/${round.id}/decision.docx`);
    expect(doc.statusCode).toBe(200);
    const text = await docxTextOf(doc.rawPayload);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain(
      `Về việc công nhận kết quả đánh giá, xếp loại công tác dân vận chính quyền năm ${YEAR}`,
    );
    expect(text).toContain('PHỤ LỤC');
    expect(text).toContain(q.communeA.name);
    expect(text).toContain('Hoàn thành xuất sắc nhiệm vụ');
    expect(text).toMatch(/tỷ lệ khống chế, 1 đơn vị/);
    const x = await send(qCoordinator, 'GET', `${B}/rounds/${round.id}/ranking.xlsx`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    expect(wb.worksheets.map((w) => w.name).sort()).toEqual(
      ['Khối sở, ban, ngành', 'Khối xã, phường'].sort(),
    );
    const ws = wb.getWorksheet('Khối xã, phường')!;
    const cells = ws.getSheetValues().flat().map(String).join(' | ');
    expect(cells).toContain(q.communeA.name);
    expect(cells).toContain('Vượt tỷ lệ');
    const aId = json(
      await send(qCoordinator, 'GET', `${B}/assessments?roundId=${round.id}&unitId=${q.communeA.id}`),
    ).items[0].id;
    const ax = await send(qFocalA, 'GET', `${B}/assessments/${aId}/export.xlsx`);
    expect(ax.statusCode).toBe(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(ax.rawPayload as never);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['Tự chấm', 'Thẩm định']);
    expect(wb2.getWorksheet('Thẩm định')!.getSheetValues().flat().map(String).join(' ')).toContain(
      'TỔNG ĐIỂM',
    );
  });
});
