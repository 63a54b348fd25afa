/**
 * The models module through HTTP (both databases): registering a model, its state machine, results,
 * evaluations against the seeded criteria (versioned when used), recognition, the compliance of state
 * bodies with the one-to-two rule, commendations with their NĐ 30 decision, the .xlsx registers, the
 * report figures and the public showcase.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, sys, type Province, type TestUser } from '../../../test/factories.ts';
import { computeFigures } from '../../core/figures.ts';
import { auditLog } from '../../db/schema/audit.ts';
import { recognisedModels } from './index.ts';

let env: TestEnv;
let p: Province;
let focal: TestUser;
let head: TestUser;
let coordinator: TestUser;
let supervisor: TestUser;
let focalB: TestUser;

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  focal = await makeUser(env, 'focal_officer', p.dept.id);
  head = await makeUser(env, 'unit_head', p.dept.id);
  coordinator = await makeUser(env, 'coordinator', p.root.id);
  supervisor = await makeUser(env, 'party_supervisor', p.root.id);
  focalB = await makeUser(env, 'focal_officer', p.communeB.id);
});

const B = '/api/v1/models';
const send = (u: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: u.headers,
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });

const registration = {
  situation: 'Thủ tục hành chính lĩnh vực đất đai còn chậm, người dân phải đi lại nhiều lần.',
  goals: '100% hồ sơ được hướng dẫn một lần, đầy đủ; giảm 30% số lượt đi lại.',
  contentMethod: 'Tổ hướng dẫn tại Bộ phận một cửa, nhóm Zalo hỗ trợ người dân.',
  areaBeneficiaries: 'Người dân, doanh nghiệp có hồ sơ đất đai trên địa bàn tỉnh.',
  forces: 'Công chức Bộ phận một cửa (nòng cốt), Đoàn Thanh niên (hỗ trợ).',
  resources: 'Kinh phí thường xuyên của đơn vị.',
  timeline: 'Từ tháng 3/2025 đến hết năm 2025.',
  verifiableResults: 'Số hồ sơ đúng hạn, số lượt hướng dẫn, kết quả khảo sát SIPAS.',
};
const modelBody = (over: Record<string, unknown> = {}) => ({
  unitId: p.dept.id,
  name: 'Một lần hướng dẫn, trọn vẹn hồ sơ',
  field: 'political_system',
  subject: 'collective',
  registration,
  registeredOn: '2025-03-02',
  publicSummary: 'Hướng dẫn người dân một lần, đầy đủ hồ sơ đất đai.',
  ...over,
});

async function create(u = focal, over: Record<string, unknown> = {}) {
  const res = await send(u, 'POST', B, modelBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return json(res);
}

async function criteria() {
  const res = await send(coordinator, 'GET', `${B}/criteria`);
  expect(res.statusCode, res.body).toBe(200);
  return json(res).items as { id: number; code: string; maxPoints: number; version: number }[];
}

const fullScores = (list: { id: number; maxPoints: number }[], share: number) =>
  list.map((c) => ({ criterionId: c.id, points: Math.round(c.maxPoints * share * 4) / 4, comment: '' }));

async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
}

describe('models: registration and the state machine', () => {
  it('a department registers a model; the party supervisor reads it and may not register one', async () => {
    const m = await create();
    expect(m).toMatchObject({ state: 'registered', unitId: p.dept.id, registration, version: 1 });
    expect(m.can).toMatchObject({ update: true, start: true, evaluate: false, recognise: false });
    const seen = await send(supervisor, 'GET', `${B}/${m.id}`);
    expect(seen.statusCode).toBe(200);
    expect(json(seen).can.update).toBe(false);
    const refused = await send(supervisor, 'POST', B, modelBody());
    expect(refused.statusCode).toBe(403);
    // a sibling commune never sees it
    expect((await send(focalB, 'GET', `${B}/${m.id}`)).statusCode).toBe(404);
    const [row] = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'model'), eq(auditLog.entityId, String(m.id))));
    expect(row.action).toBe('create');
  });

  it('an individual model names the person; the registration is checked in Vietnamese', async () => {
    const res = await send(focal, 'POST', B, modelBody({ subject: 'individual' }));
    expect(res.statusCode).toBe(400);
    expect(json(res).detail).toContain('họ tên cá nhân');
    const empty = await send(focal, 'POST', B, modelBody({ registration: { ...registration, goals: '' } }));
    expect(empty.statusCode).toBe(400);
    expect(json(empty).detail).toContain('Mục tiêu, chỉ tiêu: không được để trống');
  });

  it('runs the path start → results → evaluation → recognition → replication, each audited', async () => {
    const m = await create();
    const started = await send(focal, 'POST', `${B}/${m.id}/start`, { expectedVersion: 1, on: '2025-03-10' });
    expect(started.statusCode, started.body).toBe(200);
    expect(json(started)).toMatchObject({ state: 'running', startedOn: '2025-03-10', version: 2 });
    const result = await send(focal, 'POST', `${B}/${m.id}/results`, {
      reportedOn: '2025-06-30',
      content: 'Sáu tháng đầu năm hướng dẫn 1.250 lượt, 98% hồ sơ đúng hạn.',
      figures: [
        { label: 'Lượt hướng dẫn', value: 1250, unit: 'lượt' },
        { label: 'Hồ sơ đúng hạn', value: 98, unit: '%' },
      ],
    });
    expect(result.statusCode, result.body).toBe(201);
    const afterResult = json(result);
    expect(afterResult.results).toHaveLength(1);
    expect(afterResult.results[0].figures[0]).toEqual({ label: 'Lượt hướng dẫn', value: 1250, unit: 'lượt' });

    // the unit may not evaluate its own model; the coordinator does
    const list = await criteria();
    expect(list.length).toBeGreaterThanOrEqual(7);
    const own = await send(head, 'POST', `${B}/${m.id}/evaluations`, {
      expectedVersion: afterResult.version,
      evaluatedOn: '2025-11-20',
      scores: fullScores(list, 0.9),
    });
    expect(own.statusCode).toBe(403);
    const ev = await send(coordinator, 'POST', `${B}/${m.id}/evaluations`, {
      expectedVersion: afterResult.version,
      evaluatedOn: '2025-11-20',
      scores: fullScores(list, 0.9),
      conclusion: 'Mô hình hiệu quả, đề nghị công nhận cấp tỉnh.',
      evaluatorName: 'Tổ thẩm định Sở Nội vụ',
    });
    expect(ev.statusCode, ev.body).toBe(201);
    const evaluated = json(ev);
    expect(evaluated.state).toBe('evaluated');
    expect(evaluated.evaluations[0]).toMatchObject({ passed: true, passPercent: 70 });
    expect(evaluated.latestScore.passed).toBe(true);

    const rec = await send(coordinator, 'POST', `${B}/${m.id}/recognise`, {
      expectedVersion: evaluated.version,
      level: 'province',
      decision: 'Quyết định số 125/QĐ-UBND ngày 15/12/2025',
      on: '2025-12-15',
    });
    expect(rec.statusCode, rec.body).toBe(200);
    expect(json(rec)).toMatchObject({
      state: 'recognised',
      recognisedLevel: 'province',
      recognisedOn: '2025-12-15',
    });
    const repl = await send(coordinator, 'POST', `${B}/${m.id}/replicate`, {
      expectedVersion: json(rec).version,
      note: 'Nhân rộng tại 12 xã, phường.',
    });
    expect(repl.statusCode, repl.body).toBe(200);
    expect(json(repl).state).toBe('replicated');
    const actions = (
      await env.database.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'model'), eq(auditLog.entityId, String(m.id))))
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['create', 'start', 'evaluate', 'recognise', 'replicate']),
    );
  });

  it('refuses a transition the state does not allow (409 in Vietnamese) and a stale version (409)', async () => {
    const m = await create();
    const wrong = await send(coordinator, 'POST', `${B}/${m.id}/recognise`, {
      expectedVersion: 1,
      level: 'province',
      decision: 'QĐ 1',
    });
    expect(wrong.statusCode).toBe(409);
    expect(json(wrong).detail).toContain('“Đã đăng ký”');
    await send(focal, 'POST', `${B}/${m.id}/start`, { expectedVersion: 1, on: '2025-03-10' });
    const stale = await send(focal, 'PATCH', `${B}/${m.id}`, { name: 'Tên mới', expectedVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).detail).toContain('vừa được người khác cập nhật');
  });

  it('a model below the pass mark is not recognised (422) and may be sent back to running', async () => {
    const m = await create();
    const s = json(await send(focal, 'POST', `${B}/${m.id}/start`, { expectedVersion: 1, on: '2025-03-10' }));
    const list = await criteria();
    const ev = json(
      await send(coordinator, 'POST', `${B}/${m.id}/evaluations`, {
        expectedVersion: s.version,
        evaluatedOn: '2025-11-20',
        scores: fullScores(list, 0.5),
      }),
    );
    expect(ev.evaluations[0].passed).toBe(false);
    const rec = await send(coordinator, 'POST', `${B}/${m.id}/recognise`, {
      expectedVersion: ev.version,
      level: 'province',
      decision: 'QĐ 2',
      on: '2025-12-01',
    });
    expect(rec.statusCode).toBe(422);
    expect(json(rec).detail).toContain('chưa đạt ngưỡng công nhận (70%');
    const back = await send(coordinator, 'POST', `${B}/${m.id}/resume`, {
      expectedVersion: ev.version,
      reason: 'Bổ sung số liệu kiểm chứng.',
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(json(back).state).toBe('running');
  });

  it('an evaluation must score every criterion within its maximum (400 naming it)', async () => {
    const m = await create();
    const s = json(await send(focal, 'POST', `${B}/${m.id}/start`, { expectedVersion: 1, on: '2025-03-10' }));
    const list = await criteria();
    const scores = fullScores(list, 1).slice(1);
    scores[0].points = 999;
    const res = await send(coordinator, 'POST', `${B}/${m.id}/evaluations`, {
      expectedVersion: s.version,
      evaluatedOn: '2025-11-20',
      scores,
    });
    expect(res.statusCode).toBe(400);
    expect(json(res).detail).toContain('Chưa chấm tiêu chí');
  });
});

describe('models: criteria and rule values as data', () => {
  it('the seeded criteria cite their basis; a used criterion changes by a new version', async () => {
    const list = await criteria();
    expect(list[0]).toMatchObject({ version: expect.any(Number) });
    const all = json(await send(coordinator, 'GET', `${B}/criteria`)).items;
    expect(all.every((c: { basis: string }) => c.basis.includes('Dân vận khéo'))).toBe(true);
    // the evaluations above used them
    const used = all.find((c: { usedAt: string | null }) => c.usedAt);
    expect(used).toBeTruthy();
    const res = await send(coordinator, 'PATCH', `${B}/criteria/${used.id}`, {
      maxPoints: used.maxPoints,
      guidance: 'Hướng dẫn mới',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res).id).toBe(used.id);
    // a new maximum of a used criterion: a new version, the used one retired (evaluations keep theirs)
    const bumped = await send(coordinator, 'PATCH', `${B}/criteria/${used.id}`, {
      maxPoints: used.maxPoints + 5,
    });
    expect(bumped.statusCode, bumped.body).toBe(200);
    const next = json(bumped);
    expect(next).toMatchObject({
      code: used.code,
      version: used.version + 1,
      previousVersionId: used.id,
      usedAt: null,
    });
    const inForce = (await criteria()).map((c) => c.id);
    expect(inForce).toContain(next.id);
    expect(inForce).not.toContain(used.id);
    const again = await send(coordinator, 'PATCH', `${B}/criteria/${used.id}`, { guidance: 'y' });
    expect(again.statusCode).toBe(409);
    // the new version is not used yet: it changes in place (back to the seeded maximum)
    const restored = await send(coordinator, 'PATCH', `${B}/criteria/${next.id}`, {
      maxPoints: used.maxPoints,
    });
    expect(restored.statusCode).toBe(200);
    // a focal officer may not edit; a coordinator of a commune neither (the set is the province's)
    expect((await send(focal, 'PATCH', `${B}/criteria/${used.id}`, { guidance: 'x' })).statusCode).toBe(403);
    const settings = json(await send(focal, 'GET', `${B}/settings`)).items;
    const min = settings.find((s: { key: string }) => s.key === 'min_models_per_body');
    expect(min).toMatchObject({ value: 1, can: { update: false } });
    expect(min.basis).toContain('01 đến 02 mô hình');
  });
});

describe('models: compliance with the one-to-two rule', () => {
  it('lists the state bodies without a running model; a department with one meets the rule', async () => {
    const res = await send(coordinator, 'GET', `${B}/compliance?unitId=${p.root.id}&pageSize=100`);
    expect(res.statusCode, res.body).toBe(200);
    const c = json(res);
    const byId = new Map(c.items.map((r: { unitId: number }) => [r.unitId, r]));
    expect(byId.get(p.communeB.id)).toMatchObject({ status: 'none', active: 0 });
    expect(byId.get(p.dept.id)).toMatchObject({ status: 'meets' });
    expect((byId.get(p.dept.id) as { running: number }).running).toBeGreaterThan(0);
    expect(c.summary).toMatchObject({ minimum: 1, target: 2 });
    expect(c.summary.none).toBeGreaterThanOrEqual(4);
    const none = json(
      await send(coordinator, 'GET', `${B}/compliance?unitId=${p.root.id}&status=none&pageSize=100`),
    );
    expect(none.items.map((r: { unitId: number }) => r.unitId)).toContain(p.communeB.id);
    expect(none.items.map((r: { unitId: number }) => r.unitId)).not.toContain(p.dept.id);
    // the other province is never listed
    expect(c.items.map((r: { unitId: number }) => r.unitId)).not.toContain(p.otherCommune.id);
  });
});

describe('models: commendations, documents, figures and the showcase', () => {
  it('records a commendation linked to a model and renders its decision in NĐ 30 form', async () => {
    const m = await create();
    const res = await send(coordinator, 'POST', `${B}/commendations`, {
      unitId: p.dept.id,
      recipientKind: 'collective',
      recipientName: 'Bộ phận một cửa Sở Nội vụ',
      achievement: 'Có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2025',
      level: 'province',
      form: 'certificate',
      decisionNumber: '2150/QĐ-UBND',
      decisionDate: '2025-12-20',
      issuerName: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
      signerName: 'Nguyễn Văn An',
      signerPosition: 'Chủ tịch',
      modelId: m.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = json(res);
    expect(c).toMatchObject({ modelId: m.id, modelName: m.name, form: 'certificate', linkKind: null });
    const doc = await send(focal, 'GET', `${B}/commendations/${c.id}/decision.docx`);
    expect(doc.statusCode).toBe(200);
    const text = await docxText(doc.rawPayload);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Số: 2150/QĐ-UBND');
    expect(text).toContain('Tặng Bằng khen cho tập thể Bộ phận một cửa Sở Nội vụ');
    expect(text).toContain('Nguyễn Văn An');
    const stale = await send(focal, 'PATCH', `${B}/commendations/${c.id}`, {
      signerName: 'X',
      expectedVersion: 9,
    });
    expect(stale.statusCode).toBe(409);
    expect((await send(focalB, 'GET', `${B}/commendations/${c.id}`)).statusCode).toBe(404);
  });

  it('exports the registers as .xlsx with dates as Date cells', async () => {
    const res = await send(coordinator, 'GET', `${B}/export.xlsx?unitId=${p.dept.id}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const ws = wb.worksheets[0];
    let header = 0;
    ws.eachRow((r, i) => {
      if ((r.values as unknown[]).includes('Tên mô hình')) header = i;
    });
    expect(header).toBeGreaterThan(0);
    const first = ws.getRow(header + 1);
    const cols = (ws.getRow(header).values as unknown[]).slice(1) as string[];
    expect(first.getCell(cols.indexOf('Ngày đăng ký') + 1).value).toBeInstanceOf(Date);
    expect(first.getCell(cols.indexOf('Đơn vị') + 1).value).toBe(p.dept.name);
    const com = await send(coordinator, 'GET', `${B}/commendations/export.xlsx?unitId=${p.dept.id}`);
    expect(com.statusCode).toBe(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(com.rawPayload as never);
    const values: unknown[] = [];
    wb2.worksheets[0].eachRow((r) => values.push(...(r.values as unknown[])));
    expect(values).toContain('Bằng khen');
    expect(values.some((v) => v instanceof Date)).toBe(true);
  });

  it('fills the report figures of a unit and period (III.4), the subtree included when asked', async () => {
    const ctx = sys(env);
    const keys = ['models.registered', 'models.recognised', 'models.commendations'];
    const year = await computeFigures(ctx, keys, { unitId: p.dept.id, from: '2025-01-01', to: '2025-12-31' });
    expect(year['models.registered']).toBeGreaterThanOrEqual(5);
    expect(year['models.recognised']).toBe(1);
    expect(year['models.commendations']).toBe(1);
    const firstHalf = await computeFigures(ctx, keys, {
      unitId: p.dept.id,
      from: '2025-01-01',
      to: '2025-06-30',
    });
    expect(firstHalf['models.recognised']).toBe(0);
    expect(firstHalf['models.commendations']).toBe(0);
    const root = await computeFigures(ctx, keys, { unitId: p.root.id, from: '2025-01-01', to: '2025-12-31' });
    expect(root['models.registered']).toBe(0);
    const rolled = await computeFigures(ctx, keys, {
      unitId: p.root.id,
      from: '2025-01-01',
      to: '2025-12-31',
      subtree: true,
    });
    expect(rolled['models.registered']).toBe(year['models.registered']);
  });

  it('the showcase lists recognised models without personal data', async () => {
    const m = await create(focal, {
      subject: 'individual',
      personName: 'Trần Thị Bình',
      name: 'Cá nhân tiêu biểu',
    });
    const list = await recognisedModels(sys(env), { unitId: p.root.id });
    expect(list.length).toBe(1);
    expect(list[0]).toMatchObject({
      state: 'replicated',
      recognisedLevel: 'province',
      unitName: p.dept.name,
    });
    expect(JSON.stringify(list)).not.toContain('Trần Thị Bình');
    expect(list.map((x) => x.id)).not.toContain(m.id);
  });
});
