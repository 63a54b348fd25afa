/**
 * The inspections module through HTTP (both databases): the year's plan and its compliance, an
 * inspection of a planned item (carried out once), violations whose person's data only the
 * inspector reads (never in others' answers, exports or documents, never in the audit), the
 * recommendations tracked to completion with overdue flagged, the conclusion (.docx, parsed), the
 * .xlsx register (parsed), the public results for the portal and the report figures of III.6.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, sys, type Province, type TestUser } from '../../../test/factories.ts';
import { computeFigures } from '../../core/figures.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { http } from '../plans/plans.test-helpers.ts';
import { publicInspectionResults } from './index.ts';

let env: TestEnv;
let p: Province;
let api: ReturnType<typeof http>;
let inspector: TestUser;
let coordinator: TestUser;
let headA: TestUser;
let focalB: TestUser;

const B = '/api/v1/inspections';
const PERSON = 'Nguyễn Văn Tâm Thử';

beforeAll(async () => {
  env = await testEnv();
  api = http(env);
  p = await makeProvince(env);
  inspector = await makeUser(env, 'inspector', p.root.id);
  coordinator = await makeUser(env, 'coordinator', p.root.id);
  headA = await makeUser(env, 'unit_head', p.communeA.id);
  focalB = await makeUser(env, 'unit_head', p.communeB.id);
});

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
}
async function sheetTexts(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as never);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => out.push(String(c.text)))));
  return out.join('\n');
}
const ok = <T = any>(res: { statusCode: number; body: string }, status = 200): T => {
  expect(res.statusCode, res.body).toBe(status);
  return json(res);
};

let planId: number;
let itemA: number;
let inspectionId: number;

describe('inspections: the plan, an inspection, its violations and recommendations', () => {
  it('the inspector plans the year; a unit head may not', async () => {
    const plan = ok(
      await api.post(inspector, `${B}/plans`, {
        unitId: p.dept2.id,
        year: 2026,
        title: 'Kế hoạch kiểm tra công vụ năm 2026',
      }),
      201,
    );
    planId = plan.id;
    let d = ok(
      await api.post(inspector, `${B}/plans/${planId}/items`, {
        expectedVersion: 1,
        unitId: p.communeA.id,
        month: 3,
      }),
      201,
    );
    d = ok(
      await api.post(inspector, `${B}/plans/${planId}/items`, {
        expectedVersion: d.version,
        unitId: p.communeB.id,
        month: 1,
      }),
      201,
    );
    expect(d.planItems).toHaveLength(2);
    itemA = d.planItems.find((i: { unitId: number }) => i.unitId === p.communeA.id).id;
    const stale = await api.post(inspector, `${B}/plans/${planId}/items`, {
      expectedVersion: 1,
      unitId: p.communeC.id,
      month: 5,
    });
    expect(stale.statusCode).toBe(409);
    const other = await api.post(inspector, `${B}/plans/${planId}/items`, {
      expectedVersion: d.version,
      unitId: p.otherCommune.id,
      month: 5,
    });
    expect(other.statusCode).toBe(400);
    expect(
      (await api.post(headA, `${B}/plans`, { unitId: p.communeA.id, year: 2026, title: 'KH' })).statusCode,
    ).toBe(403);
  });

  it('records the planned inspection once; the item cannot be carried out twice', async () => {
    const body = {
      unitId: p.communeA.id,
      conductorUnitId: p.dept2.id,
      planItemId: itemA,
      kind: 'check',
      title: 'Kiểm tra công vụ tại Xã Hòa Bình',
      decisionNumber: '12/QĐ-TTr',
      startOn: '2026-03-09',
      team: [{ name: 'Đặng Văn Lực', role: 'Trưởng đoàn' }],
      scope: 'việc chấp hành kỷ luật, kỷ cương hành chính',
      findings: 'Niêm yết công khai thủ tục hành chính đầy đủ.',
    };
    const made = ok(await api.post(inspector, B, body), 201);
    inspectionId = made.id;
    expect(made).toMatchObject({ state: 'ongoing', mode: 'planned', can: { update: true, persons: true } });
    expect((await api.post(inspector, B, body)).statusCode).toBe(409);
    const wrong = await api.post(inspector, B, { ...body, planItemId: null, unitId: p.otherCommune.id });
    expect(wrong.statusCode).toBe(400);
    expect(
      (await api.post(headA, B, { ...body, planItemId: null, conductorUnitId: p.communeA.id })).statusCode,
    ).toBe(403);
    // the unit inspected reads it; a sibling never sees it
    expect(ok(await api.get(headA, `${B}/${inspectionId}`)).can.update).toBe(false);
    expect((await api.get(focalB, `${B}/${inspectionId}`)).statusCode).toBe(404);
  });

  it('a violation: the inspector reads the person; others read "đã ẩn danh"; the audit never holds it', async () => {
    const d = ok(
      await api.post(inspector, `${B}/${inspectionId}/violations`, {
        personName: PERSON,
        personPosition: 'Công chức Văn phòng - Thống kê',
        personUnit: p.communeA.name,
        rule: 'arrogance',
        description: 'Gây khó khăn cho người dân khi tiếp nhận hồ sơ.',
        sanction: 'reprimand',
        sanctionDecision: 'Quyết định số 45/QĐ-UBND',
        sanctionOn: '2026-04-02',
      }),
      201,
    );
    expect(d.violationList[0]).toMatchObject({
      personName: PERSON,
      anonymised: false,
      sanction: 'reprimand',
    });
    for (const u of [headA, coordinator]) {
      const seen = ok(await api.get(u, `${B}/${inspectionId}`));
      expect(seen.violationList[0]).toMatchObject({
        personName: 'đã ẩn danh',
        personPosition: 'đã ẩn danh',
        anonymised: true,
      });
      expect(JSON.stringify(seen)).not.toContain(PERSON);
    }
    const v = d.violationList[0];
    ok(
      await api.patch(inspector, `${B}/violations/${v.id}`, {
        personPosition: 'Phó Chủ tịch',
        expectedVersion: v.version,
      }),
    );
    expect(
      (
        await api.patch(inspector, `${B}/violations/${v.id}`, {
          sanction: 'warning',
          expectedVersion: v.version,
        })
      ).statusCode,
    ).toBe(409);
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'inspection_violation'));
    const mine = rows.filter((r) => r.entityId === String(v.id));
    expect(mine.map((r) => r.action).sort()).toEqual(['create', 'update']);
    expect(JSON.stringify(mine)).not.toContain(PERSON);
    expect(JSON.stringify(mine)).not.toContain('Phó Chủ tịch');
  });

  it('recommendations: overdue flagged; done needs evidence; a stale version is refused; the unit may not mark it', async () => {
    let d = ok(
      await api.post(inspector, `${B}/${inspectionId}/recommendations`, {
        content: 'Tổ chức kiểm điểm, rút kinh nghiệm về văn hóa giao tiếp với Nhân dân.',
        dueOn: '2026-04-15',
      }),
      201,
    );
    let r = d.recommendationList[0];
    expect(r).toMatchObject({ state: 'open', overdue: true, responsibleUnitId: p.communeA.id });
    expect(d.recommendationsOverdue).toBe(1);
    const overdue = ok(await api.get(coordinator, `${B}?overdue=true&unitId=${p.root.id}`));
    expect(overdue.items.map((x: { id: number }) => x.id)).toContain(inspectionId);
    const noEvidence = await api.patch(inspector, `${B}/recommendations/${r.id}`, {
      state: 'done',
      doneOn: '2026-04-10',
      expectedVersion: r.version,
    });
    expect(noEvidence.statusCode).toBe(422);
    expect(json(noEvidence).detail).toContain('minh chứng');
    expect(
      (
        await api.patch(headA, `${B}/recommendations/${r.id}`, {
          state: 'in_progress',
          expectedVersion: r.version,
        })
      ).statusCode,
    ).toBe(403);
    d = ok(
      await api.patch(inspector, `${B}/recommendations/${r.id}`, {
        state: 'in_progress',
        expectedVersion: r.version,
      }),
    );
    r = d.recommendationList[0];
    expect(
      (
        await api.patch(inspector, `${B}/recommendations/${r.id}`, {
          state: 'done',
          expectedVersion: r.version - 1,
        })
      ).statusCode,
    ).toBe(409);
    d = ok(
      await api.patch(inspector, `${B}/recommendations/${r.id}`, {
        state: 'done',
        doneOn: '2026-04-10',
        evidence: 'Biên bản họp kiểm điểm ngày 10/4/2026.',
        expectedVersion: r.version,
      }),
    );
    expect(d.recommendationList[0]).toMatchObject({ state: 'done', overdue: false, doneOn: '2026-04-10' });
    expect(d.recommendationsOverdue).toBe(0);
    const actions = (
      await env.database.db.select().from(auditLog).where(eq(auditLog.entity, 'inspection_recommendation'))
    )
      .filter((x) => x.entityId === String(r.id))
      .map((x) => x.action);
    expect(actions).toContain('complete');
  });

  it('concludes once, publicly; the conclusion .docx names the person only for the inspector', async () => {
    const cur = ok(await api.get(inspector, `${B}/${inspectionId}`));
    const notYet = await api.patch(inspector, `${B}/${inspectionId}`, {
      isPublic: true,
      expectedVersion: cur.version,
    });
    expect(notYet.statusCode).toBe(409);
    const d = ok(
      await api.post(inspector, `${B}/${inspectionId}/conclude`, {
        expectedVersion: cur.version,
        conclusionNumber: '18/KL-TTr',
        conclusionDate: '2026-03-25',
        conclusionText:
          'Đơn vị chấp hành tốt kỷ luật, kỷ cương hành chính; 01 trường hợp vi phạm đã được xử lý.',
        signerName: 'Hồ Văn Hà',
        signerPosition: 'Chánh Thanh tra',
        isPublic: true,
        publicSummary:
          'Đơn vị chấp hành tốt kỷ luật, kỷ cương hành chính; 01 trường hợp vi phạm đã được xử lý.',
      }),
    );
    expect(d).toMatchObject({
      state: 'concluded',
      isPublic: true,
      endOn: '2026-03-25',
      can: { conclude: false },
    });
    const again = await api.post(inspector, `${B}/${inspectionId}/conclude`, {
      expectedVersion: d.version,
      conclusionNumber: '19/KL-TTr',
      conclusionDate: '2026-03-26',
      conclusionText: 'Lần hai.',
      signerName: 'Hồ Văn Hà',
      signerPosition: 'Chánh Thanh tra',
    });
    expect(again.statusCode).toBe(409);
    const mine = await api.get(inspector, `${B}/${inspectionId}/conclusion.docx`);
    expect(mine.statusCode).toBe(200);
    const text = await docxText(mine.rawPayload);
    expect(text).toContain('KẾT LUẬN');
    expect(text).toContain('Kiểm tra công vụ tại');
    expect(text).toContain('Số: 18/KL-TTr');
    expect(text).toContain(PERSON);
    expect(text).toContain('Hồ Văn Hà');
    const theirs = await docxText(
      (await api.get(coordinator, `${B}/${inspectionId}/conclusion.docx`)).rawPayload,
    );
    expect(theirs).not.toContain(PERSON);
    expect(theirs).toContain('đã ẩn danh');
  });

  it('the .xlsx register holds the person for the inspector only', async () => {
    const own = await api.get(inspector, `${B}/export.xlsx?unitId=${p.communeA.id}`);
    expect(own.statusCode).toBe(200);
    const ownText = await sheetTexts(own.rawPayload);
    expect(ownText).toContain(PERSON);
    expect(ownText).toContain('Khiển trách');
    expect(ownText).toContain('Đã hoàn thành');
    const theirs = await sheetTexts(
      (await api.get(coordinator, `${B}/export.xlsx?unitId=${p.communeA.id}`)).rawPayload,
    );
    expect(theirs).not.toContain(PERSON);
    expect(theirs).toContain('đã ẩn danh');
    expect(theirs).toContain('Kiểm tra công vụ tại Xã Hòa Bình');
  });

  it('the plan shows planned against done; the public results carry no person', async () => {
    const plan = ok(await api.get(coordinator, `${B}/plans/${planId}`));
    expect(plan.compliance).toMatchObject({ planned: 2, concluded: 1 });
    expect(plan.planItems.find((i: { unitId: number }) => i.unitId === p.communeA.id)).toMatchObject({
      status: 'concluded',
      inspectionId,
    });
    const list = ok(await api.get(coordinator, `${B}/plans?unitId=${p.root.id}&year=2026`));
    expect(list.items.find((x: { id: number }) => x.id === planId).compliance.planned).toBe(2);
    const pub = await publicInspectionResults(sys(env), { unitId: p.communeA.id });
    expect(pub.items.map((x) => x.id)).toContain(inspectionId);
    expect(pub.items.find((x) => x.id === inspectionId)).toMatchObject({
      violations: 1,
      recommendationsDone: 1,
    });
    expect(JSON.stringify(pub)).not.toContain(PERSON);
  });

  it('fills III.6: inspections, violations and sanctions, and the province roll-up matches', async () => {
    const keys = ['inspections.held', 'inspections.violations', 'inspections.sanctioned'];
    const q = { from: '2026-01-01', to: '2026-06-30' };
    const a = await computeFigures(sys(env), keys, { unitId: p.communeA.id, ...q });
    expect(a).toEqual({ 'inspections.held': 1, 'inspections.violations': 1, 'inspections.sanctioned': 1 });
    const conductor = await computeFigures(sys(env), keys, { unitId: p.dept2.id, ...q });
    expect(conductor['inspections.held']).toBe(0);
    const all = await computeFigures(sys(env), keys, { unitId: p.root.id, ...q, subtree: true });
    expect(all).toEqual(a);
    const h2 = await computeFigures(sys(env), keys, {
      unitId: p.communeA.id,
      from: '2026-07-01',
      to: '2026-12-31',
    });
    expect(h2['inspections.held']).toBe(0);
  });
});
