import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import {
  json,
  makeProvince,
  makeUser,
  sys,
  uid,
  type Province,
  type TestUser,
} from '../../../test/factories.ts';
import { registerFigureProvider } from '../../core/figures.ts';
import * as org from '../org/index.ts';
import { sendReminders } from './reporting.jobs.ts';

let env: TestEnv;
let p: Province;
let coord: TestUser;
let headA: TestUser;
let officerA: TestUser;
let headB: TestUser;
let headC: TestUser;
let supervisor: TestUser;
let templateId: number;
const B = '/api/v1/reporting';

// A figure provider registered by the test: the number of "receptions" of a unit.
const FIGURES = new Map<number, number>();
const KEY = `test.received_${uid()}`;

const get = (u: TestUser, url: string) => env.app.inject({ method: 'GET', url, headers: u.headers });
const send = (u: TestUser, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: unknown = {}) =>
  env.app.inject({ method, url, headers: u.headers, payload: payload as never });

function ownTemplate(code: string, ownerUnitId: number) {
  return {
    code,
    name: 'Đề cương thử nghiệm báo cáo tiếp công dân',
    legalBasis: 'Kế hoạch thử nghiệm',
    ownerUnitId,
    sections: [
      {
        code: 'I',
        number: 'I',
        title: 'KHÁI QUÁT CHUNG',
        guidance: 'Khái quát tình hình',
        hasNarrative: true,
        children: [],
      },
      {
        code: 'II',
        number: 'II',
        title: 'KẾT QUẢ THỰC HIỆN',
        hasNarrative: false,
        children: [
          {
            code: 'II.1',
            number: '1',
            title: 'Tiếp công dân',
            guidance: '',
            hasNarrative: true,
            children: [],
          },
          {
            code: 'II.2',
            number: '2',
            title: 'Giải quyết đơn thư',
            guidance: '',
            hasNarrative: true,
            children: [],
          },
        ],
      },
    ],
    indicators: [
      {
        code: 'received',
        sectionCode: 'II.2',
        name: 'Số đơn tiếp nhận',
        unit: 'đơn',
        aggregation: 'sum',
        providerKey: KEY,
      },
      {
        code: 'resolved',
        sectionCode: 'II.2',
        name: 'Số đơn đã giải quyết',
        unit: 'đơn',
        aggregation: 'sum',
      },
      {
        code: 'rate',
        sectionCode: 'II.2',
        name: 'Tỷ lệ giải quyết',
        unit: '%',
        type: 'percent',
        aggregation: 'ratio',
        numerator: 'resolved',
        denominator: 'received',
      },
      {
        code: 'score',
        sectionCode: 'II.1',
        name: 'Điểm hài lòng',
        unit: '%',
        type: 'decimal',
        aggregation: 'avg',
      },
      { code: 'lo', sectionCode: 'II.1', name: 'Thấp nhất', unit: 'buổi', aggregation: 'min' },
      { code: 'hi', sectionCode: 'II.1', name: 'Cao nhất', unit: 'buổi', aggregation: 'max' },
      { code: 'latest', sectionCode: 'II.1', name: 'Mới nhất', unit: 'người', aggregation: 'last' },
    ],
    rules: [
      {
        code: 'resolved_le_received',
        expression: 'resolved <= received',
        message: 'Số đơn đã giải quyết không được lớn hơn số đơn tiếp nhận.',
        severity: 'error',
      },
      {
        code: 'all_resolved',
        expression: 'resolved == received',
        message: 'Còn đơn chưa giải quyết xong.',
        severity: 'warning',
      },
    ],
  };
}

async function makePeriod(over: Record<string, unknown> = {}) {
  const res = await send(coord, 'POST', `${B}/periods`, {
    templateId,
    rootUnitId: p.root.id,
    kind: 'six_month',
    year: 2026,
    deadlines: [
      { level: 'unit', deadline: '2026-05-10' },
      { level: 'province', deadline: '2026-05-30' },
    ],
    requiredGroups: ['khoi_xa'],
    ...over,
  });
  expect(res.statusCode, res.body).toBe(200);
  return json(res);
}

async function openReport(u: TestUser, periodId: number, unitId: number) {
  const res = await send(u, 'POST', `${B}/periods/${periodId}/reports`, { unitId });
  expect(res.statusCode, res.body).toBe(200);
  return json(res);
}

/** Fills a report and submits it as the unit's head, accepts it as the coordinator. */
async function acceptedReport(
  periodId: number,
  unitId: number,
  head: TestUser,
  values: Record<string, number>,
) {
  const r = await openReport(head, periodId, unitId);
  const save = await send(head, 'PATCH', `${B}/reports/${r.id}`, {
    narratives: { I: `Tình hình chung của đơn vị ${unitId}` },
    values: Object.entries(values).map(([code, value]) => ({
      code,
      value,
      overrideReason: 'Số liệu thử nghiệm',
    })),
  });
  expect(save.statusCode, save.body).toBe(200);
  const sub = await send(head, 'POST', `${B}/reports/${r.id}/submit`, {});
  expect(sub.statusCode, sub.body).toBe(200);
  const acc = await send(coord, 'POST', `${B}/reports/${r.id}/accept`, {});
  expect(acc.statusCode, acc.body).toBe(200);
  return r.id as number;
}

beforeAll(async () => {
  env = await testEnv();
  p = await makeProvince(env);
  coord = await makeUser(env, 'coordinator', p.root.id, { fullName: 'Chuyên viên Sở Nội vụ' });
  headA = await makeUser(env, 'unit_head', p.communeA.id, { fullName: 'Chủ tịch xã A' });
  officerA = await makeUser(env, 'focal_officer', p.communeA.id);
  headB = await makeUser(env, 'unit_head', p.communeB.id);
  headC = await makeUser(env, 'unit_head', p.communeC.id);
  supervisor = await makeUser(env, 'party_supervisor', p.root.id);
  FIGURES.set(p.communeA.id, 10).set(p.communeB.id, 7).set(p.communeC.id, 5);
  registerFigureProvider(
    KEY,
    async (_ctx, q) => FIGURES.get(q.unitId) ?? null,
    'Số đơn tiếp nhận (thử nghiệm)',
  );
  const res = await send(coord, 'POST', `${B}/templates`, ownTemplate(`TN_${p.suffix}`, p.root.id));
  expect(res.statusCode, res.body).toBe(200);
  templateId = json(res).id;
});

afterEach(() => env.clock.reset());

describe('templates', () => {
  it('ships the 1432/BNV-CTTN outline as a frozen built-in template', async () => {
    const list = json(await get(officerA, `${B}/templates`));
    const t = list.find((x: { code: string }) => x.code === 'BNV-1432-2023');
    expect(t).toMatchObject({
      builtin: true,
      frozen: true,
      indicatorCount: 48,
      ruleCount: 29,
      sectionCount: 19,
    });
    expect(t.can.edit).toBe(false);
    const d = json(await get(officerA, `${B}/templates/${t.id}`));
    expect(d.sections.map((s: { title: string }) => s.title)).toEqual([
      'KHÁI QUÁT CHUNG',
      'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
      'KẾT QUẢ THỰC HIỆN',
      'ĐÁNH GIÁ CHUNG',
      'NHIỆM VỤ, GIẢI PHÁP',
      'KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    expect(d.sections[2].children).toHaveLength(9);
    expect(d.indicators.find((i: { code: string }) => i.code === 'petitions_resolved_rate')).toMatchObject({
      aggregation: 'ratio',
      numerator: 'petitions_resolved',
      denominator: 'petitions_received',
    });
  });

  it('refuses a template with Vietnamese messages for unknown codes and bad expressions', async () => {
    const bad = ownTemplate(`BAD_${p.suffix}`, p.root.id);
    bad.rules.push({ code: 'x', expression: 'unknown_code <= received', message: 'x', severity: 'error' });
    bad.rules.push({ code: 'y', expression: 'received <=', message: 'y', severity: 'error' });
    bad.indicators.push({
      code: 'r2',
      sectionCode: 'IX',
      name: 'Tỷ lệ',
      unit: '%',
      aggregation: 'ratio',
      numerator: 'resolved',
    } as never);
    const res = await send(coord, 'POST', `${B}/templates`, bad);
    expect(res.statusCode).toBe(400);
    const msg = json(res).detail as string;
    expect(msg).toContain('unknown_code');
    expect(msg).toContain('Biểu thức không hợp lệ');
    expect(msg).toContain('không có trong đề cương');
    expect(msg).toContain('phải có mẫu số');
    // a commune officer may not create templates
    expect(
      (await send(officerA, 'POST', `${B}/templates`, ownTemplate(`NO_${p.suffix}`, p.communeA.id)))
        .statusCode,
    ).toBe(403);
  });

  it('edits a template in place until a period uses it, then makes a new version', async () => {
    const created = json(
      await send(coord, 'POST', `${B}/templates`, ownTemplate(`V_${p.suffix}`, p.root.id)),
    );
    const { code: _c, ownerUnitId: _o, ...body } = ownTemplate(`V_${p.suffix}`, p.root.id);
    const edited = json(
      await send(coord, 'PUT', `${B}/templates/${created.id}`, { ...body, name: 'Đề cương đã sửa lần một' }),
    );
    expect(edited).toMatchObject({
      id: created.id,
      version: 1,
      frozen: false,
      name: 'Đề cương đã sửa lần một',
    });
    await send(coord, 'POST', `${B}/periods`, {
      templateId: created.id,
      rootUnitId: p.root.id,
      kind: 'thematic',
      year: 2026,
      deadlines: [{ level: 'unit', deadline: '2026-12-01' }],
      requiredGroups: ['khoi_xa'],
    });
    const frozen = json(await get(coord, `${B}/templates/${created.id}`));
    expect(frozen.frozen).toBe(true);
    const v2 = json(
      await send(coord, 'PUT', `${B}/templates/${created.id}`, { ...body, name: 'Đề cương phiên bản hai' }),
    );
    expect(v2.id).not.toBe(created.id);
    expect(v2).toMatchObject({ version: 2, frozen: false, latest: true });
    expect(v2.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(json(await get(coord, `${B}/templates/${created.id}`)).name).toBe('Đề cương đã sửa lần một');
    // only the latest version is editable
    expect((await send(coord, 'PUT', `${B}/templates/${created.id}`, body)).statusCode).toBe(409);
  });
});

describe('periods', () => {
  it('creates a period with defaults and deadlines per level, and validates dates', async () => {
    const per = await makePeriod({ cutoffDate: '2026-04-30' });
    expect(per).toMatchObject({
      name: 'Báo cáo 6 tháng đầu năm 2026',
      fromDate: '2026-01-01',
      toDate: '2026-06-30',
      cutoffDate: '2026-04-30',
    });
    expect(per.deadlines).toEqual([
      { level: 'unit', deadline: '2026-05-10', remindDaysBefore: 5 },
      { level: 'province', deadline: '2026-05-30', remindDaysBefore: 5 },
    ]);
    const bad = await send(coord, 'POST', `${B}/periods`, {
      templateId,
      rootUnitId: p.root.id,
      kind: 'annual',
      year: 2026,
      deadlines: [
        { level: 'unit', deadline: '2026-12-20' },
        { level: 'province', deadline: '2026-12-15' },
      ],
      requiredGroups: ['khoi_xa'],
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).detail).toContain('Hạn đơn vị nộp về tỉnh phải trước hạn tỉnh gửi Bộ');
    // communes see the period they must report in; a unit of another province does not
    expect((await get(officerA, `${B}/periods/${per.id}`)).statusCode).toBe(200);
    const other = await makeUser(env, 'unit_head', p.otherCommune.id);
    expect((await get(other, `${B}/periods/${per.id}`)).statusCode).toBe(404);
    // a period only for departments is not shown to a commune
    const depts = await makePeriod({ requiredGroups: ['khoi_so_nganh'] });
    expect((await get(officerA, `${B}/periods/${depts.id}`)).statusCode).toBe(404);
    expect(json(await get(officerA, `${B}/periods`)).map((x: { id: number }) => x.id)).toContain(per.id);
    // a commune may not create periods
    expect(
      (
        await send(headA, 'POST', `${B}/periods`, {
          templateId,
          rootUnitId: p.communeA.id,
          kind: 'annual',
          year: 2026,
          deadlines: [{ level: 'unit', deadline: '2026-12-01' }],
          requiredKinds: ['commune'],
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('report workflow', () => {
  it('pre-fills from the registry, warns on save, blocks on submit, and follows draft → submitted → returned → resubmitted → accepted', async () => {
    const per = await makePeriod();
    const r = await openReport(officerA, per.id, p.communeA.id);
    expect(r.status).toBe('draft');
    const received = r.values.find((v: { code: string }) => v.code === 'received');
    expect(received).toMatchObject({
      value: 10,
      source: 'computed',
      origin: KEY,
      originLabel: 'Số đơn tiếp nhận (thử nghiệm)',
    });
    expect(r.can).toMatchObject({ edit: true, submit: false, accept: false });
    // opening again returns the same report
    expect((await openReport(officerA, per.id, p.communeA.id)).id).toBe(r.id);

    // save: rules come back as warnings, the save is kept
    const s1 = await send(officerA, 'PATCH', `${B}/reports/${r.id}`, {
      narratives: { I: 'Tình hình chung ổn định.', 'II.1': 'Tiếp công dân đều đặn.' },
      values: [{ code: 'resolved', value: 12 }],
    });
    expect(s1.statusCode, s1.body).toBe(200);
    expect(json(s1).warnings.map((w: { message: string }) => w.message)).toContain(
      'Số đơn đã giải quyết không được lớn hơn số đơn tiếp nhận.',
    );
    expect(json(s1).report.values.find((v: { code: string }) => v.code === 'rate').value).toBe(120);

    // the focal officer cannot submit; the head cannot submit with blocking errors
    expect((await send(officerA, 'POST', `${B}/reports/${r.id}/submit`)).statusCode).toBe(403);
    const blocked = await send(headA, 'POST', `${B}/reports/${r.id}/submit`);
    expect(blocked.statusCode).toBe(422);
    expect(json(blocked).code).toBe('rule_violation');
    expect(json(blocked).errors.map((e: { message: string }) => e.message)).toContain(
      'Số đơn đã giải quyết không được lớn hơn số đơn tiếp nhận.',
    );

    // overriding a computed figure needs a reason, and is marked
    const noReason = await send(officerA, 'PATCH', `${B}/reports/${r.id}`, {
      values: [{ code: 'received', value: 11 }],
    });
    expect(noReason.statusCode).toBe(400);
    expect(json(noReason).detail).toContain('phải nêu lý do');
    const ok = json(
      await send(officerA, 'PATCH', `${B}/reports/${r.id}`, {
        values: [
          { code: 'received', value: 11, overrideReason: 'Bổ sung 01 đơn nhận qua cổng dịch vụ công' },
          { code: 'resolved', value: 8 },
        ],
      }),
    );
    const over = ok.report.values.find((v: { code: string }) => v.code === 'received');
    expect(over).toMatchObject({
      value: 11,
      source: 'override',
      computedValue: 10,
      overrideReason: 'Bổ sung 01 đơn nhận qua cổng dịch vụ công',
    });
    expect(ok.warnings.map((w: { code: string }) => w.code)).toEqual(['all_resolved']);

    // recompute keeps the override, refreshes what the system computes
    FIGURES.set(p.communeA.id, 13);
    const rc = json(await send(officerA, 'POST', `${B}/reports/${r.id}/recompute`));
    expect(rc.values.find((v: { code: string }) => v.code === 'received')).toMatchObject({
      value: 11,
      source: 'override',
      computedValue: 13,
    });
    FIGURES.set(p.communeA.id, 10);

    // a stale version is refused
    expect(
      (await send(officerA, 'PATCH', `${B}/reports/${r.id}`, { values: [], expectedVersion: 1 })).statusCode,
    ).toBe(409);

    const sub = await send(headA, 'POST', `${B}/reports/${r.id}/submit`, { comment: 'Kính gửi Sở Nội vụ' });
    expect(sub.statusCode, sub.body).toBe(200);
    expect(json(sub).status).toBe('submitted');
    expect((await send(officerA, 'PATCH', `${B}/reports/${r.id}`, { values: [] })).statusCode).toBe(409);
    // the unit cannot review its own report
    expect((await send(headA, 'POST', `${B}/reports/${r.id}/accept`)).statusCode).toBe(403);

    const ret = await send(coord, 'POST', `${B}/reports/${r.id}/return`, {
      comment: 'Đề nghị bổ sung',
      sectionComments: { 'II.2': 'Nêu rõ số đơn tồn đọng' },
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(json(ret)).toMatchObject({
      status: 'returned',
      reviewComments: { general: 'Đề nghị bổ sung', sections: { 'II.2': 'Nêu rõ số đơn tồn đọng' } },
    });
    expect(
      (await send(coord, 'POST', `${B}/reports/${r.id}/return`, { comment: '', sectionComments: {} }))
        .statusCode,
    ).toBe(400);

    await send(officerA, 'PATCH', `${B}/reports/${r.id}`, {
      narratives: { 'II.2': 'Còn 03 đơn tồn đọng đang giải quyết.' },
    });
    expect((await send(headA, 'POST', `${B}/reports/${r.id}/submit`)).statusCode).toBe(200);
    const acc = await send(coord, 'POST', `${B}/reports/${r.id}/accept`, { comment: 'Tiếp nhận' });
    expect(acc.statusCode).toBe(200);
    expect(json(acc).status).toBe('accepted');
    expect(json(acc).can).toMatchObject({ edit: false, submit: false, reopen: true });

    // accepted is locked
    const locked = await send(officerA, 'PATCH', `${B}/reports/${r.id}`, {
      values: [{ code: 'resolved', value: 9 }],
    });
    expect(locked.statusCode).toBe(409);
    expect(json(locked).code).toBe('locked');
    expect((await send(headA, 'POST', `${B}/reports/${r.id}/submit`)).statusCode).toBe(409);

    // reopen needs a reason and a higher level
    expect(
      (await send(headA, 'POST', `${B}/reports/${r.id}/reopen`, { reason: 'Tự mở lại báo cáo' })).statusCode,
    ).toBe(403);
    expect((await send(coord, 'POST', `${B}/reports/${r.id}/reopen`, { reason: '' })).statusCode).toBe(400);
    const reo = await send(coord, 'POST', `${B}/reports/${r.id}/reopen`, {
      reason: 'Điều chỉnh số liệu theo kết quả kiểm tra',
    });
    expect(json(reo)).toMatchObject({
      status: 'returned',
      reviewComments: { general: 'Điều chỉnh số liệu theo kết quả kiểm tra' },
    });
    expect(json(reo).history.map((h: { action: string }) => h.action)).toEqual([
      'create',
      'save',
      'save',
      'recompute',
      'submit',
      'return',
      'save',
      'resubmit',
      'accept',
      'reopen',
    ]);

    // the unit gets notified
    const inbox = json(await get(headA, '/api/v1/notifications'));
    expect(inbox.items.map((n: { title: string }) => n.title).join(' | ')).toContain('bị trả lại');

    // the audit trail carries each transition
    const audit = json(await get(coord, `/api/v1/audit?entity=report&unitId=${p.communeA.id}`));
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['create', 'save', 'submit', 'return', 'resubmit', 'accept', 'reopen']),
    );
  });

  it('separates duties: the reviewer returns a unit’s report but cannot edit, recompute or resubmit it', async () => {
    const per = await makePeriod();
    const r = await openReport(headB, per.id, p.communeB.id);
    const saved = await send(headB, 'PATCH', `${B}/reports/${r.id}`, {
      narratives: { I: 'Báo cáo của xã B.' },
      values: [{ code: 'resolved', value: 5 }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await send(headB, 'POST', `${B}/reports/${r.id}/submit`)).statusCode).toBe(200);
    const ret = await send(coord, 'POST', `${B}/reports/${r.id}/return`, { comment: 'Đề nghị bổ sung' });
    expect(ret.statusCode, ret.body).toBe(200);
    // what the reviewer is offered: review verbs only, never the unit's own
    expect(json(ret).can).toMatchObject({
      edit: false,
      recompute: false,
      submit: false,
      attach: false,
      return: false,
      accept: false,
    });
    const before = json(await get(headB, `${B}/reports/${r.id}`));

    const edit = await send(coord, 'PATCH', `${B}/reports/${r.id}`, {
      narratives: { I: 'Cấp trên sửa hộ.' },
      values: [{ code: 'resolved', value: 99 }],
      expectedVersion: before.version,
    });
    expect(edit.statusCode, edit.body).toBe(403);
    expect(json(edit).detail).toContain('Chỉ đơn vị lập báo cáo');
    const rc = await send(coord, 'POST', `${B}/reports/${r.id}/recompute`);
    expect(rc.statusCode).toBe(403);
    const sub = await send(coord, 'POST', `${B}/reports/${r.id}/submit`, {});
    expect(sub.statusCode).toBe(403);
    expect(json(sub).detail).toContain('thủ trưởng đơn vị');
    // the unit's figures and text are unchanged, nothing was recorded
    const after = json(await get(headB, `${B}/reports/${r.id}`));
    expect(after.version).toBe(before.version);
    expect(after.status).toBe('returned');
    expect(after.narratives.I).toBe('Báo cáo của xã B.');
    expect(after.values.find((v: { code: string }) => v.code === 'resolved').value).toBe(5);
    expect(after.history.map((h: { action: string }) => h.action)).toEqual([
      'create',
      'save',
      'submit',
      'return',
    ]);
    // nor attach evidence to it, nor open (create) a unit's report
    const boundary = 'rp' + uid();
    const attach = await env.app.inject({
      method: 'POST',
      url: `/api/v1/files?entity=report&entityId=${r.id}`,
      headers: { ...coord.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="minh-chung.pdf"\r\n` +
          `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--${boundary}--\r\n`,
      ),
    });
    expect(attach.statusCode, attach.body).toBe(403);
    const per2 = await makePeriod();
    const open = await send(coord, 'POST', `${B}/periods/${per2.id}/reports`, { unitId: p.communeB.id });
    expect(open.statusCode).toBe(403);
    const list = json(await get(coord, `${B}/periods/${per2.id}/reports`));
    expect(list.find((x: { unitId: number }) => x.unitId === p.communeB.id).can.open).toBe(false);
    // the unit itself still may
    expect(json(await get(headB, `${B}/reports/${r.id}`)).can).toMatchObject({ edit: true, submit: true });
  });

  it('keeps other units’ reports out of scope (404)', async () => {
    const per = await makePeriod();
    const rb = await openReport(headB, per.id, p.communeB.id);
    expect((await get(headA, `${B}/reports/${rb.id}`)).statusCode).toBe(404);
    expect((await send(headA, 'PATCH', `${B}/reports/${rb.id}`, { values: [] })).statusCode).toBe(404);
    expect((await send(headA, 'POST', `${B}/reports/${rb.id}/submit`)).statusCode).toBe(404);
    expect((await get(headA, `${B}/reports/${rb.id}/export.docx`)).statusCode).toBe(404);
    expect(
      (await send(headA, 'POST', `${B}/periods/${per.id}/reports`, { unitId: p.communeB.id })).statusCode,
    ).toBe(404);
    expect((await get(headA, `${B}/periods/${per.id}/rollup?unitId=${p.communeB.id}`)).statusCode).toBe(404);
    expect((await get(headA, `${B}/periods/${per.id}/rollup?unitId=${p.root.id}`)).statusCode).toBe(404);
    expect((await get(headA, `${B}/periods/${per.id}/compilation`)).statusCode).toBe(403);
    const list = json(await get(headA, `${B}/periods/${per.id}/reports`));
    expect(list.map((x: { unitId: number }) => x.unitId)).toEqual([p.communeA.id]);
    // the party supervisor reads everything in the province but cannot enter
    expect((await get(supervisor, `${B}/reports/${rb.id}`)).statusCode).toBe(200);
    expect((await send(supervisor, 'PATCH', `${B}/reports/${rb.id}`, { values: [] })).statusCode).toBe(403);
  });
});

describe('roll-up', () => {
  it('rolls up each indicator by its rule, ratios from their numerator and denominator', async () => {
    const per = await makePeriod();
    env.clock.set('2026-05-05T03:00:00Z');
    await acceptedReport(per.id, p.communeA.id, headA, { resolved: 9, score: 90, lo: 4, hi: 4, latest: 100 });
    env.clock.set('2026-05-06T03:00:00Z');
    await acceptedReport(per.id, p.communeB.id, headB, { resolved: 3, score: 80, lo: 2, hi: 9, latest: 200 });
    env.clock.set('2026-05-07T03:00:00Z');
    const c = await openReport(headC, per.id, p.communeC.id);
    await send(headC, 'PATCH', `${B}/reports/${c.id}`, {
      values: [
        { code: 'resolved', value: 5 },
        { code: 'latest', value: 300 },
      ],
    });
    await send(headC, 'POST', `${B}/reports/${c.id}/submit`);
    env.clock.reset();

    const r = json(await get(supervisor, `${B}/periods/${per.id}/rollup?unitId=${p.root.id}`));
    const v = (code: string) => r.indicators.find((i: { code: string }) => i.code === code).value;
    expect(r.reportsCounted).toBe(2);
    expect(v('received')).toBe(17);
    expect(v('resolved')).toBe(12);
    expect(v('rate')).toBe(70.59); // 12 / 17, not the mean of 90% and 42.86%
    expect(v('score')).toBe(85);
    expect(v('lo')).toBe(2);
    expect(v('hi')).toBe(9);
    expect(v('latest')).toBe(200); // the most recently submitted accepted report
    const withSubmitted = json(
      await get(supervisor, `${B}/periods/${per.id}/rollup?unitId=${p.root.id}&includeSubmitted=true`),
    );
    const w = (code: string) => withSubmitted.indicators.find((i: { code: string }) => i.code === code).value;
    expect(withSubmitted.reportsCounted).toBe(3);
    expect(w('received')).toBe(22);
    expect(w('latest')).toBe(300);
    // a commune sees its own subtree's totals
    const own = json(await get(headA, `${B}/periods/${per.id}/rollup`));
    expect(own.unitId).toBe(p.communeA.id);
    expect(own.indicators.find((i: { code: string }) => i.code === 'received').value).toBe(10);
    // drill-down to units
    const dd = json(await get(coord, `${B}/periods/${per.id}/rollup/units?indicator=received`));
    expect(dd.map((x: { unitId: number; value: number }) => [x.unitId, x.value])).toEqual([
      [p.communeA.id, 10],
      [p.communeB.id, 7],
    ]);
  });

  it('counts a unit merged in July 2025 once, under its successor’s ancestors', async () => {
    const ctx = sys(env);
    const district = await org.createUnit(ctx, {
      code: `H_${p.suffix}`,
      name: `Huyện Cũ ${p.suffix}`,
      kind: 'district',
      parentId: p.root.id,
      validFrom: '2015-01-01',
      groups: [],
    });
    const old = await org.createUnit(ctx, {
      code: `XC_${p.suffix}`,
      name: `Xã Cũ Sáp Nhập ${p.suffix}`,
      kind: 'commune',
      parentId: district.id,
      validFrom: '2015-01-01',
      groups: ['khoi_xa'],
    });
    const oldHead = await makeUser(env, 'unit_head', old.id);
    const per = await makePeriod({
      year: 2025,
      cutoffDate: '2025-04-30',
      deadlines: [
        { level: 'unit', deadline: '2025-05-10' },
        { level: 'province', deadline: '2025-05-30' },
      ],
    });
    FIGURES.set(old.id, 4);
    await acceptedReport(per.id, old.id, oldHead, { resolved: 4 });
    await org.mergeUnits(ctx, { sourceIds: [old.id], targetId: p.communeC.id, effectiveDate: '2025-07-01' });
    await org.deactivateUnit(ctx, district.id, { validTo: '2025-06-30', reason: 'Kết thúc cấp huyện' });

    const value = async (unitId: number) =>
      json(await get(coord, `${B}/periods/${per.id}/rollup?unitId=${unitId}`)).indicators.find(
        (i: { code: string }) => i.code === 'received',
      ).value;
    expect(await value(p.root.id)).toBe(4); // once, not twice
    expect(await value(p.communeC.id)).toBe(4); // under the successor
    expect(await value(district.id)).toBe(null); // no longer under the former district
    const dd = json(
      await get(coord, `${B}/periods/${per.id}/rollup/units?indicator=received&unitId=${p.root.id}`),
    );
    expect(dd).toHaveLength(1);
    expect(dd[0]).toMatchObject({ unitId: old.id, countedUnder: p.communeC.name, value: 4 });
    // the successor's head sees it in its own subtree
    const c = json(await get(headC, `${B}/periods/${per.id}/rollup`));
    expect(c.indicators.find((i: { code: string }) => i.code === 'received').value).toBe(4);
  });
});

describe('completeness, timeliness, reminders', () => {
  it('counts on-time, late and missing units per group, like DHIS2 reporting rates', async () => {
    const per = await makePeriod({ requiredGroups: ['khoi_xa', 'khoi_so_nganh'] });
    const headDept = await makeUser(env, 'unit_head', p.dept.id);
    env.clock.set('2026-05-08T03:00:00Z');
    await acceptedReport(per.id, p.communeA.id, headA, { resolved: 1 });
    await acceptedReport(per.id, p.dept.id, headDept, { resolved: 1 });
    env.clock.set('2026-05-12T03:00:00Z');
    const rb = await openReport(headB, per.id, p.communeB.id);
    await send(headB, 'POST', `${B}/reports/${rb.id}/submit`);
    env.clock.set('2026-05-20T03:00:00Z');

    const d = json(await get(coord, `${B}/periods/${per.id}/dashboard`));
    expect(d.overall).toMatchObject({
      expected: 5,
      submitted: 3,
      accepted: 2,
      onTime: 2,
      late: 1,
      missing: 2,
      completeness: 60,
      timeliness: 40,
    });
    const xa = d.byGroup.find((g: { group: string }) => g.group === 'khoi_xa');
    expect(xa).toMatchObject({
      expected: 3,
      onTime: 1,
      late: 1,
      missing: 1,
      completeness: 66.7,
      timeliness: 33.3,
    });
    expect(d.missing.map((m: { unitId: number }) => m.unitId).sort()).toEqual(
      [p.dept2.id, p.communeC.id].sort(),
    );
    expect(d.late.map((m: { unitId: number }) => m.unitId)).toEqual([p.communeB.id]);
    expect(d.provinceLevel).toMatchObject({ status: 'not_started', deadline: '2026-05-30' });
    const missing = json(await get(coord, `${B}/periods/${per.id}/reports?status=missing`));
    expect(missing.map((m: { unitId: number }) => m.unitId).sort()).toEqual(
      [p.dept2.id, p.communeC.id].sort(),
    );

    // reminders: once per unit, before the deadline and after it
    const ctx = sys(env);
    await sendReminders(ctx, '2026-05-20');
    await sendReminders(ctx, '2026-05-20');
    const inbox = json(await get(headC, '/api/v1/notifications'));
    const overdue = inbox.items.filter(
      (n: { title: string }) => n.title.startsWith('Quá hạn nộp') && n.title.includes('6 tháng'),
    );
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const keys = new Set(overdue.map((n: { link: string }) => n.link));
    expect(keys.has(`/bao-cao/ky/${per.id}`)).toBe(true);
    expect(overdue.filter((n: { link: string }) => n.link === `/bao-cao/ky/${per.id}`)).toHaveLength(1);
    const coordInbox = json(await get(coord, '/api/v1/notifications?pageSize=200'));
    expect(
      coordInbox.items.some(
        (n: { title: string; link: string }) =>
          n.link === `/bao-cao/ky/${per.id}` && n.title.startsWith('2 đơn vị chưa nộp'),
      ),
    ).toBe(true);
  });

  it('reminds before the deadline', async () => {
    const per = await makePeriod({
      kind: 'annual',
      deadlines: [{ level: 'unit', deadline: '2026-11-10', remindDaysBefore: 3 }],
    });
    await sendReminders(sys(env), '2026-11-06'); // 4 days before: nothing yet
    const before = json(await get(headB, '/api/v1/notifications?pageSize=200')).items.filter(
      (n: { link: string }) => n.link === `/bao-cao/ky/${per.id}`,
    );
    expect(before).toHaveLength(0);
    await sendReminders(sys(env), '2026-11-08');
    const after = json(await get(headB, '/api/v1/notifications?pageSize=200')).items.filter(
      (n: { link: string }) => n.link === `/bao-cao/ky/${per.id}`,
    );
    expect(after.map((n: { body: string }) => n.body)).toEqual([
      'Hạn gửi báo cáo về ' + p.root.name + ' là ngày 10/11/2026 (còn 2 ngày).',
    ]);
  });
});

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
    expect(pr.narratives.I).toContain(p.communeA.name);
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
    const received = rows.find((r) => r.includes('received'))!;
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
