/**
 * Every .xlsx export, opened as a real workbook (exceljs) the way an Excel user sees it: dates are Date
 * cells shown dd/mm/yyyy (timestamps dd/mm/yyyy hh:mm), numbers are number cells with `#,##0` or
 * `#,##0.00` (or a percent format), no text cell holds a date or a number Excel would flag as "stored as
 * text", no cell shows a code (snake_case, or a known enumeration code such as `login_failed`,
 * `khoi_xa`, `commune`) instead of its Vietnamese label, and every sheet prints with its header row
 * repeated on each page, a "Trang x/y" footer, and fits the page width.
 *
 * EXPORTS lists a request (with data behind it) for every registered GET route ending in `.xlsx`; the
 * first test fails when a new export route has no entry here.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  ASSIGNMENT_STATUS_LABELS,
  DEADLINE_STATE_LABELS,
  GUIDING_DOCUMENT_KIND_LABELS,
  PLAN_COMPLIANCE_LABELS,
  PLAN_STATUS_LABELS,
  ROLE_LABELS,
  TASK_RECURRENCE_LABELS,
  TASK_STATUS_LABELS,
  UNIT_KIND_CODES,
} from '@danvan/contracts';
import { AGGREGATION_RULE_NAMES_VI, REPORT_STATUS_NAMES_VI, VALUE_SOURCE_NAMES_VI } from '@danvan/domain';
import { testEnv, type TestEnv } from './harness.ts';
import { json, makeProvince, makeUser, uid, type Province, type TestUser } from './factories.ts';
import { ACTION_LABELS, ENTITY_LABELS } from '../src/modules/audit/entry/entry.labels.ts';
import {
  http,
  makePeople,
  PLAN_PARTS,
  provincePlan,
  type People,
} from '../src/modules/plans/plans.test-helpers.ts';
import {
  decidedAssessment as scoringDecided,
  roundAt as scoringRoundAt,
} from '../src/modules/scoring/scoring.test-helpers.ts';

let env: TestEnv;
let p: Province;
let u: People;
let api: ReturnType<typeof http>;
let coordinator: TestUser;
const ids: Record<string, number> = {};
const R = '/api/v1/reporting';

/** Indicator codes of the test template: snake_case, as the real templates' are. */
const INDICATORS = {
  so_don_tiep_nhan: 'Số đơn tiếp nhận',
  so_don_giai_quyet: 'Số đơn đã giải quyết',
  ty_le_giai_quyet: 'Tỷ lệ giải quyết',
  diem_hai_long: 'Điểm hài lòng bình quân',
};

/**
 * Per export route: who asks, the URLs to fetch (each must give at least one data row), and what the
 * data behind it must show, so the checks are never vacuous: Date cells, number cells, texts.
 */
interface ExportCase {
  user: () => TestUser;
  urls: string[];
  dates?: boolean;
  numbers?: boolean;
  shows?: string[];
}
const EXPORTS: Record<string, () => ExportCase> = {
  'GET /api/v1/audit/export.xlsx': () => ({
    user: () => u.admin,
    urls: [
      `/api/v1/audit/export.xlsx?unitId=${p.communeA.id}`,
      `/api/v1/audit/export.xlsx?entity=user&action=login_failed`,
      `/api/v1/audit/export.xlsx?unitId=${p.root.id}`,
    ],
    dates: true,
    shows: ['Đăng nhập sai', 'Tạo mới'],
  }),
  'GET /api/v1/org/export.xlsx': () => ({
    user: () => u.admin,
    urls: [`/api/v1/org/export.xlsx?q=${p.suffix}`],
    dates: true,
    shows: ['Khối xã, phường', 'Khối sở, ban, ngành', 'Sở, ban, ngành'],
  }),
  'GET /api/v1/plans/guiding-documents/export.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/plans/guiding-documents/export.xlsx?q=${p.suffix}`],
    dates: true,
    numbers: true,
    shows: ['Chỉ thị'],
  }),
  'GET /api/v1/plans/leaders/compliance.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/plans/leaders/compliance.xlsx?unitId=${p.root.id}&missingOnly=false`],
    dates: true,
    numbers: true,
  }),
  'GET /api/v1/plans/my-tasks.xlsx': () => ({
    user: () => u.focalA,
    urls: [`/api/v1/plans/my-tasks.xlsx?unitId=${p.communeA.id}`],
    dates: true,
    numbers: true,
    shows: ['Chưa thực hiện'],
  }),
  'GET /api/v1/plans/:id/compliance.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/plans/${ids.plan}/compliance.xlsx`],
    dates: true,
    numbers: true,
  }),
  'GET /api/v1/plans/:id/tasks.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/plans/${ids.plan}/tasks.xlsx`],
    dates: true,
    shows: ['Khối xã, phường; Khối sở, ban, ngành', 'UBND cấp xã'],
  }),
  'GET /api/v1/plans/:id/matrix.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/plans/${ids.plan}/matrix.xlsx`],
    numbers: true,
  }),
  'GET /api/v1/reporting/periods/:id/export.xlsx': () => ({
    user: () => coordinator,
    urls: [`${R}/periods/${ids.period}/export.xlsx`],
    numbers: true,
    shows: [INDICATORS.so_don_tiep_nhan],
  }),
  'GET /api/v1/reporting/reports/:id/export.xlsx': () => ({
    user: () => u.headA,
    urls: [`${R}/reports/${ids.report}/export.xlsx`],
    numbers: true,
    shows: [INDICATORS.diem_hai_long],
  }),
  'GET /api/v1/reception/visits/export.xlsx': () => ({
    user: () => u.headA,
    urls: [`/api/v1/reception/visits/export.xlsx?unitId=${p.communeA.id}`],
    dates: true,
    numbers: true,
    shows: ['Đất đai', 'Tiếp nhận đơn', 'Tiếp thường xuyên'],
  }),
  'GET /api/v1/petitions/export.xlsx': () => ({
    user: () => u.headA,
    urls: [`/api/v1/petitions/export.xlsx?unitId=${p.communeA.id}`],
    dates: true,
    numbers: true,
    shows: ['Khiếu nại', 'Đất đai', 'Đã tiếp nhận'],
  }),
  'GET /api/v1/petitions/import/template.xlsx': () => ({
    user: () => u.headA,
    urls: ['/api/v1/petitions/import/template.xlsx'],
    dates: true,
    numbers: true,
    shows: ['Khiếu nại', 'Đất đai', 'Trực tiếp'],
  }),
  'GET /api/v1/situations/export.xlsx': () => ({
    user: () => u.headA,
    urls: [`/api/v1/situations/export.xlsx?unitId=${p.communeA.id}`],
    dates: true,
    numbers: true,
    shows: ['Giải phóng mặt bằng', 'Phức tạp', 'Đang theo dõi', 'Chưa thực hiện'],
  }),
  'GET /api/v1/models/export.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/models/export.xlsx?unitId=${p.communeA.id}`],
    dates: true,
    numbers: true,
    shows: ['Xây dựng hệ thống chính trị', 'Tập thể', 'Đã đăng ký'],
  }),
  'GET /api/v1/scoring/rounds/:id/ranking.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/scoring/rounds/${ids.scoringRound}/ranking.xlsx`],
    numbers: true,
    shows: ['Hoàn thành xuất sắc nhiệm vụ', 'KHỐI XÃ, PHƯỜNG'],
  }),
  'GET /api/v1/scoring/assessments/:id/export.xlsx': () => ({
    user: () => u.focalA,
    urls: [`/api/v1/scoring/assessments/${ids.scoringAssessment}/export.xlsx`],
    numbers: true,
    shows: ['Điểm thưởng', 'Cấp trên chấm', 'TỔNG ĐIỂM'],
  }),
  'GET /api/v1/models/commendations/export.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/models/commendations/export.xlsx?unitId=${p.communeA.id}`],
    dates: true,
    numbers: true,
    shows: ['Bằng khen', 'Cấp tỉnh', 'Tập thể'],
  }),
  'GET /api/v1/training/courses/export.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/training/courses/export.xlsx?unitId=${p.communeA.id}`],
    dates: true,
    numbers: true,
    shows: ['Lớp bồi dưỡng kỹ năng', 'Trực tuyến'],
  }),
  'GET /api/v1/inspections/export.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/inspections/export.xlsx?unitId=${p.communeA.id}`],
    dates: true,
    numbers: true,
    shows: ['Kiểm tra công vụ', 'Đột xuất', 'Khiển trách', 'Chưa thực hiện', 'Quá hạn'],
  }),
  'GET /api/v1/answers/items/export.xlsx': () => ({
    user: () => u.focalA,
    urls: [`/api/v1/answers/items/export.xlsx?sourceId=${ids.answersSource}`],
    dates: true,
    numbers: true,
    shows: ['Đối thoại trực tiếp', 'Đất đai', 'Đã trả lời', 'Trả lời đúng hạn', 'Quá hạn chưa trả lời'],
  }),
  'GET /api/v1/training/figures/export.xlsx': () => ({
    user: () => u.coordinator,
    urls: [`/api/v1/training/figures/export.xlsx?unitId=${p.communeA.id}&year=2026`],
    numbers: true,
    shows: [],
  }),
};

async function ok(res: { statusCode: number; body: string }) {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.body ? json(res) : null;
}

// The clock is shared by every test file of the worker: the next file's logins must not be made on
// this file's date (a session made on 02/03/2026 has expired by the reporting tests' 05/05/2026).
afterAll(() => env.clock.reset());

beforeAll(async () => {
  env = await testEnv();
  env.clock.set('2026-03-02T02:00:00Z');
  p = await makeProvince(env);
  u = await makePeople(env, p);
  api = http(env);
  coordinator = await makeUser(env, 'coordinator', p.root.id, { fullName: 'Chuyên viên Sở Nội vụ' });
  // people have names, not the factory's "Người dùng <role>" (which holds a role code)
  for (const [who, name] of [
    [u.supervisor, 'Lê Văn Thành'],
    [u.admin, 'Trần Minh Quân'],
    [u.focalB, 'Vũ Thị Lan'],
    [u.headB, 'Hoàng Văn Nam'],
    [u.otherCoordinator, 'Đặng Thị Hương'],
  ] as const)
    await env.database.query('update users set full_name = $1 where id = $2', [name, who.id]);

  // org: a unit with an administrative code (leading zeros: a code, text by design) and a short name
  await ok(await api.patch(u.admin, `/api/v1/org/units/${p.communeC.id}`, { shortName: 'Tân Tiến' }));
  // audit: a failed login (action login_failed)
  await env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: '127.9.9.9',
    payload: { username: u.focalB.username, password: 'sai-mat-khau' },
  });

  // plans: a guiding document, a leader in charge, an issued plan with tasks, a commune's own plan
  ids.doc = (
    await ok(
      await api.post(u.coordinator, '/api/v1/plans/guiding-documents', {
        unitId: p.root.id,
        numberSymbol: `33/CT-TTg-${p.suffix}`,
        issuedOn: '2021-11-26',
        issuer: 'Thủ tướng Chính phủ',
        kind: 'chi_thi',
        title: 'Về tiếp tục tăng cường và đổi mới công tác dân vận',
        summary: 'Chỉ thị trọng tâm về dân vận chính quyền.',
      }),
    )
  ).id;
  await ok(
    await api.post(u.focalA, '/api/v1/plans/leaders', {
      unitId: p.communeA.id,
      leaderName: 'Phạm Văn Hòa',
      position: 'Phó Chủ tịch UBND xã',
      fromDate: '2026-01-15',
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2026-01-10',
    }),
  );
  ids.plan = (await ok(await api.post(u.coordinator, '/api/v1/plans', provincePlan(p)))).id;
  await ok(
    await api.post(u.coordinator, `/api/v1/plans/${ids.plan}/tasks`, {
      code: 'II.1.1',
      sectionNumber: 'II.1',
      title: 'Quán triệt chủ trương của Đảng về công tác dân vận',
      assignTo: { groups: ['khoi_xa'], kinds: ['commune'] },
      dueDate: '2026-06-30',
      expectedProduct: 'Văn bản quán triệt',
      guidingDocumentIds: [ids.doc],
    }),
  );
  await ok(
    await api.post(u.coordinator, `/api/v1/plans/${ids.plan}/tasks`, {
      code: 'X.1',
      title: 'Báo cáo sơ kết 6 tháng',
      assignTo: { groups: ['khoi_xa', 'khoi_so_nganh'] },
      recurrence: 'six_monthly',
      expectedProduct: 'Báo cáo',
    }),
  );
  await ok(await api.post(u.coordinator, `/api/v1/plans/${ids.plan}/issue`, {}));
  const own = await ok(
    await api.post(u.focalA, '/api/v1/plans', {
      unitId: p.communeA.id,
      year: 2026,
      title: 'Triển khai công tác dân vận chính quyền năm 2026 trên địa bàn xã',
      parentPlanId: ids.plan,
      purposes: ['Cụ thể hóa Kế hoạch của tỉnh.'],
      sections: PLAN_PARTS,
      signerAuthority: 'KT. CHỦ TỊCH',
      signerPosition: 'PHÓ CHỦ TỊCH',
      signerName: 'Phạm Văn Hòa',
    }),
  );
  await ok(await api.post(u.headA, `/api/v1/plans/${own.id}/issue`, { numberSymbol: '05/KH-UBND' }));
  const mine = await ok(await api.get(u.focalA, `/api/v1/plans/my-tasks?unitId=${p.communeA.id}`));
  const first = mine.items[0];
  await ok(
    await api.patch(u.focalA, `/api/v1/plans/assignments/${first.id}`, { progress: 60, note: 'Đã họp.' }),
  );
  await ok(await api.patch(u.focalA, `/api/v1/plans/assignments/${first.id}`, { status: 'done' }));

  // reporting: a template with snake_case indicator codes, a period, an accepted report with decimals
  const template = await ok(
    await api.post(coordinator, `${R}/templates`, {
      code: `XLSX_${uid()}`,
      name: 'Đề cương thử nghiệm xuất Excel',
      legalBasis: 'Kế hoạch thử nghiệm',
      ownerUnitId: p.root.id,
      sections: [
        { code: 'I', number: 'I', title: 'KHÁI QUÁT CHUNG', guidance: '', hasNarrative: true, children: [] },
        { code: 'II', number: 'II', title: 'KẾT QUẢ', guidance: '', hasNarrative: true, children: [] },
      ],
      indicators: [
        {
          code: 'so_don_tiep_nhan',
          sectionCode: 'II',
          name: INDICATORS.so_don_tiep_nhan,
          unit: 'đơn',
          aggregation: 'sum',
        },
        {
          code: 'so_don_giai_quyet',
          sectionCode: 'II',
          name: INDICATORS.so_don_giai_quyet,
          unit: 'đơn',
          aggregation: 'sum',
        },
        {
          code: 'ty_le_giai_quyet',
          sectionCode: 'II',
          name: INDICATORS.ty_le_giai_quyet,
          unit: '%',
          type: 'percent',
          aggregation: 'ratio',
          numerator: 'so_don_giai_quyet',
          denominator: 'so_don_tiep_nhan',
        },
        {
          code: 'diem_hai_long',
          sectionCode: 'II',
          name: INDICATORS.diem_hai_long,
          unit: 'điểm',
          type: 'decimal',
          aggregation: 'avg',
        },
      ],
      rules: [],
    }),
  );
  ids.period = (
    await ok(
      await api.post(coordinator, `${R}/periods`, {
        templateId: template.id,
        rootUnitId: p.root.id,
        kind: 'six_month',
        year: 2026,
        deadlines: [
          { level: 'unit', deadline: '2026-05-10' },
          { level: 'province', deadline: '2026-05-30' },
        ],
        requiredGroups: ['khoi_xa'],
      }),
    )
  ).id;
  const report = await ok(
    await api.post(u.headA, `${R}/periods/${ids.period}/reports`, { unitId: p.communeA.id }),
  );
  ids.report = report.id;
  await ok(
    await api.patch(u.headA, `${R}/reports/${report.id}`, {
      narratives: { I: 'Tình hình chung của đơn vị.' },
      values: [
        { code: 'so_don_tiep_nhan', value: 1250 },
        { code: 'so_don_giai_quyet', value: 1000 },
        { code: 'diem_hai_long', value: 8.5 },
      ],
    }),
  );
  await ok(await api.post(u.headA, `${R}/reports/${report.id}/submit`, {}));
  await ok(await api.post(coordinator, `${R}/reports/${report.id}/accept`, {}));

  // reception: a mass delegation about land, with an identity number (digits, text by design)
  await ok(
    await api.post(u.headA, '/api/v1/reception/visits', {
      unitId: p.communeA.id,
      kind: 'regular',
      receivedOn: '2026-02-24',
      receivedTime: '08:30',
      place: 'Phòng tiếp công dân',
      receiverName: 'Ngô Văn Bình',
      visitorsCount: 6,
      representativeName: 'Trần Văn Dũng',
      idNumber: '075082004512',
      content: 'Khiếu nại việc bồi thường khi thu hồi đất.',
      field: 'dat_dai',
      outcome: 'petition_received',
      online: false,
    }),
  );

  // petitions: a group land complaint
  await ok(
    await api.post(u.headA, '/api/v1/petitions', {
      unitId: p.communeA.id,
      receivedOn: '2026-02-24',
      channel: 'in_person',
      kinds: ['khieu_nai'],
      field: 'dat_dai',
      petitionersCount: 6,
      representativeName: 'Trần Văn Dũng',
      subject: 'Khiếu nại việc bồi thường khi thu hồi đất',
      content: 'Khiếu nại việc bồi thường khi thu hồi đất.',
    }),
  );

  // situations: a complex note about land clearance, with a follow-up action
  await ok(
    await api.post(u.headA, '/api/v1/situations', {
      unitId: p.communeA.id,
      place: 'Ấp 3, dự án đường vành đai',
      topic: 'land_clearance',
      level: 'complex',
      summary: 'Mười hai hộ dân chưa đồng thuận phương án bồi thường giải phóng mặt bằng.',
      source: 'Tổ dân vận ấp 3',
      notedOn: '2026-02-25',
      followUps: [
        { action: 'Đối thoại với các hộ dân', assignee: 'Chủ tịch UBND xã', dueDate: '2026-03-10' },
      ],
    }),
  );

  // models: a commune's collective model, and a province-level commendation linked to it
  const model = await ok(
    await api.post(u.focalA, '/api/v1/models', {
      unitId: p.communeA.id,
      name: 'Một lần hướng dẫn, trọn vẹn hồ sơ',
      field: 'political_system',
      subject: 'collective',
      registration: {
        situation: 'Thủ tục hành chính lĩnh vực đất đai còn chậm, người dân phải đi lại nhiều lần.',
        goals: '100% hồ sơ được hướng dẫn một lần, đầy đủ; giảm 30% số lượt đi lại.',
        contentMethod: 'Tổ hướng dẫn tại Bộ phận một cửa, nhóm Zalo hỗ trợ người dân.',
      },
      registeredOn: '2026-01-15',
    }),
  );
  await ok(
    await api.post(u.coordinator, '/api/v1/models/commendations', {
      unitId: p.communeA.id,
      recipientKind: 'collective',
      recipientName: 'Bộ phận một cửa UBND xã',
      achievement: 'Có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2025',
      level: 'province',
      form: 'certificate',
      decisionNumber: '2150/QĐ-UBND',
      decisionDate: '2026-02-20',
      issuerName: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
      signerName: 'Nguyễn Văn An',
      signerPosition: 'Chủ tịch',
      modelId: model.id,
    }),
  );

  // training: a commune's course with its attendees, and the commune's headcount
  const course = await ok(
    await api.post(u.focalA, '/api/v1/training/courses', {
      unitId: p.communeA.id,
      topic: 'Bồi dưỡng kỹ năng vận động Nhân dân',
      kind: 'refresher',
      format: 'online',
      startOn: '2026-02-10',
      endOn: '2026-02-11',
    }),
  );
  await ok(
    await env.app.inject({
      method: 'PUT',
      url: `/api/v1/training/courses/${course.id}/attendance`,
      headers: u.focalA.headers,
      payload: { expectedVersion: course.version, units: [{ unitId: p.communeA.id, count: 12 }] },
    }),
  );
  await ok(
    await env.app.inject({
      method: 'PUT',
      url: '/api/v1/training/headcounts',
      headers: u.focalA.headers,
      payload: { unitId: p.communeA.id, year: 2026, civilServants: 40 },
    }),
  );

  // inspections: a check of a commune with a violation and a recommendation
  const inspector = await makeUser(env, 'inspector', p.root.id, { fullName: 'Đặng Văn Lực' });
  const insp = await ok(
    await api.post(inspector, '/api/v1/inspections', {
      unitId: p.communeA.id,
      conductorUnitId: p.root.id,
      mode: 'unplanned',
      title: 'Kiểm tra công vụ tại xã',
      startOn: '2026-02-02',
    }),
  );
  await ok(
    await api.post(inspector, `/api/v1/inspections/${insp.id}/violations`, {
      personName: 'Nguyễn Văn Tâm',
      rule: 'communication',
      description: 'To tiếng với người dân.',
      sanction: 'reprimand',
      sanctionOn: '2026-02-20',
    }),
  );
  await ok(
    await api.post(inspector, `/api/v1/inspections/${insp.id}/recommendations`, {
      content: 'Kiểm điểm, rút kinh nghiệm.',
      dueOn: '2026-02-25',
    }),
  );

  // scoring: the communes' year round, decided, with the cap applied
  const round = await scoringRoundAt(env, p.root.id);
  ids.scoringAssessment = (await scoringDecided(env, round.id, p.communeA.id, 1)).id;
  ids.scoringRound = round.id;

  // answers: a dialogue held by commune A with two commitments, one answered
  const dlg = await ok(
    await api.post(u.focalA, '/api/v1/answers/dialogues', {
      unitId: p.communeA.id,
      title: 'Đối thoại về giải phóng mặt bằng',
      scheduledOn: '2026-02-10',
      place: 'Hội trường xã',
      chairName: 'Chủ tịch UBND xã',
    }),
  );
  const heldDlg = await ok(
    await api.post(u.focalA, `/api/v1/answers/dialogues/${dlg.id}/hold`, {
      expectedVersion: dlg.version,
      heldOn: '2026-02-10',
      participantCount: 40,
      issuesRaised: 'Đề nghị công khai đơn giá bồi thường.',
      commitments: [
        {
          text: 'Công khai đơn giá bồi thường',
          field: 'dat_dai',
          responsibleUnitId: p.communeA.id,
          dueDate: '2026-02-20',
        },
        {
          text: 'Sửa đường tạm',
          field: 'xay_dung_giao_thong',
          responsibleUnitId: p.communeA.id,
          dueDate: '2026-02-25',
        },
      ],
    }),
  );
  await ok(
    await api.post(u.focalA, `/api/v1/answers/items/${heldDlg.sourceItems[0].id}/answer`, {
      expectedVersion: heldDlg.sourceItems[0].version,
      text: 'Đã niêm yết tại nhà văn hóa thôn.',
      answeredOn: '2026-02-18',
    }),
  );
  ids.answersSource = dlg.id;
}, 600_000);

// ------------------------------------------------------------------------------------------------
// What counts as wrong

type Kind =
  | 'text date'
  | 'text number'
  | 'code'
  | 'number format'
  | 'date format'
  | 'print titles'
  | 'footer'
  | 'fit to width';

/** Codes of the enumerations the exports could show instead of their labels. */
const CODES = new Set<string>([
  ...Object.keys(ACTION_LABELS),
  ...Object.keys(ENTITY_LABELS),
  ...UNIT_KIND_CODES,
  ...Object.keys(PLAN_STATUS_LABELS),
  ...Object.keys(TASK_STATUS_LABELS),
  ...Object.keys(TASK_RECURRENCE_LABELS),
  ...Object.keys(ASSIGNMENT_STATUS_LABELS),
  ...Object.keys(DEADLINE_STATE_LABELS),
  ...Object.keys(PLAN_COMPLIANCE_LABELS),
  ...Object.keys(GUIDING_DOCUMENT_KIND_LABELS),
  ...Object.keys(ROLE_LABELS),
  ...Object.keys(REPORT_STATUS_NAMES_VI),
  ...Object.keys(VALUE_SOURCE_NAMES_VI),
  ...Object.keys(AGGREGATION_RULE_NAMES_VI),
  ...Object.keys(INDICATORS),
  'khoi_xa',
  'khoi_so_nganh',
]);
/** A lower-case ASCII word with an underscore: `login_failed`, `khoi_xa`, `so_don_tiep_nhan`. */
const SNAKE = /(?<![\p{L}\p{N}_])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\p{L}\p{N}_])/u;
const TEXT_DATE = /^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(:\d{2})?)?\s*$/;
/** What Excel takes for a number: digits with separators, a sign, a decimal part, a percent. */
const TEXT_NUMBER = /^\s*[-+]?(\d{1,3}([.,]\d{3})+|\d+)([.,]\d+)?\s*%?\s*$/;
const NUMBER_FORMATS = new Set(['0', '#,##0', '#,##0.00', '0%', '0.0%', '0.00%']);
const DATE_FORMATS = new Set(['dd/mm/yyyy', 'dd/mm/yyyy hh:mm']);

interface Offence {
  kind: Kind;
  where: string;
  value: string;
}

function codeIn(text: string): string | null {
  const t = text.trim();
  if (CODES.has(t)) return t;
  for (const part of t.split(/[,;]\s*/)) if (CODES.has(part.trim())) return part.trim();
  return SNAKE.exec(t)?.[0] ?? null;
}

/** The header row of a sheet: the row frozen at the top (below the optional title). */
function headerRowOf(ws: ExcelJS.Worksheet): number {
  const v = ws.views?.[0] as { ySplit?: number } | undefined;
  return v?.ySplit ?? 1;
}

function inspect(
  wb: ExcelJS.Workbook,
  label: string,
): { offences: Offence[]; dataRows: number; dates: number; numbers: number; texts: string[] } {
  const offences: Offence[] = [];
  const texts: string[] = [];
  let dataRows = 0;
  let dates = 0;
  let numbers = 0;
  wb.eachSheet((ws) => {
    const at = (ref: string) => `${label} › ${ws.name}!${ref}`;
    const header = headerRowOf(ws);
    const titles = ws.pageSetup.printTitlesRow;
    if (!titles || !new RegExp(`^\\$?${header}:\\$?${header}$`).test(titles))
      offences.push({ kind: 'print titles', where: at(''), value: String(titles) });
    const footer = ws.headerFooter?.oddFooter ?? '';
    if (!footer.includes('&P') || !footer.includes('&N') || !footer.includes('Trang'))
      offences.push({ kind: 'footer', where: at(''), value: footer });
    if (!ws.pageSetup.fitToPage || ws.pageSetup.fitToWidth !== 1)
      offences.push({ kind: 'fit to width', where: at(''), value: JSON.stringify(ws.pageSetup) });
    ws.eachRow((row, r) => {
      if (r > header) dataRows++;
      row.eachCell((cell) => {
        const v = cell.value;
        const where = at(cell.address);
        if (typeof v === 'string') {
          texts.push(v);
          const code = codeIn(v);
          if (code) offences.push({ kind: 'code', where, value: v });
          if (r <= header) return;
          if (TEXT_DATE.test(v)) offences.push({ kind: 'text date', where, value: v });
          // codes (unit codes, administrative codes with leading zeros) are text on purpose
          const colHeader = String(ws.getRow(header).getCell(cell.col).value ?? '');
          if (TEXT_NUMBER.test(v) && !/^Mã/.test(colHeader))
            offences.push({ kind: 'text number', where, value: v });
        } else if (typeof v === 'number') {
          if (r > header) numbers++;
          if (!NUMBER_FORMATS.has(cell.numFmt ?? ''))
            offences.push({ kind: 'number format', where, value: `${v} [${cell.numFmt ?? 'General'}]` });
        } else if (v instanceof Date) {
          dates++;
          if (!DATE_FORMATS.has(cell.numFmt ?? ''))
            offences.push({ kind: 'date format', where, value: `${v.toISOString()} [${cell.numFmt}]` });
        }
      });
    });
  });
  return { offences, dataRows, dates, numbers, texts };
}

describe('every .xlsx export, opened as Excel would', () => {
  it('has an entry here for every registered .xlsx route', () => {
    const routes = (env.app as unknown as { routeTable: { method: string; url: string }[] }).routeTable
      .filter((r) => r.method === 'GET' && /\.xlsx$/.test(r.url))
      .map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThan(0);
    expect(
      routes.filter((r) => !EXPORTS[r]),
      'export routes missing from EXPORTS',
    ).toEqual([]);
    expect(
      Object.keys(EXPORTS).filter((k) => !routes.includes(k)),
      'EXPORTS without a route',
    ).toEqual([]);
  });

  it('writes dates as dates, numbers as numbers, labels instead of codes, and prints well', async () => {
    const all: Offence[] = [];
    const perExport: Record<string, number> = {};
    for (const [route, build] of Object.entries(EXPORTS)) {
      const { user, urls, ...expected } = build();
      let dates = 0;
      let numbers = 0;
      const texts: string[] = [];
      for (const url of urls) {
        const res = await api.get(user(), url);
        expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
        expect(res.headers['content-type']).toContain('spreadsheetml');
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(res.rawPayload as never);
        const seen = inspect(wb, url.replace(/\?.*$/, ''));
        const { offences, dataRows } = seen;
        expect(dataRows, `${url} has no data row`).toBeGreaterThan(0);
        dates += seen.dates;
        numbers += seen.numbers;
        texts.push(...seen.texts);
        perExport[route] = (perExport[route] ?? 0) + offences.length;
        all.push(...offences);
      }
      if (expected.dates) expect(dates, `${route}: Date cells`).toBeGreaterThan(0);
      if (expected.numbers) expect(numbers, `${route}: number cells`).toBeGreaterThan(0);
      for (const t of expected.shows ?? [])
        expect(
          texts.some((x) => x.includes(t)),
          `${route} shows "${t}"`,
        ).toBe(true);
    }
    const counts: Record<string, number> = {};
    for (const o of all) counts[o.kind] = (counts[o.kind] ?? 0) + 1;
    console.log('xlsx offences by kind', counts, 'by export', perExport);
    if (process.env.XLSX_DUMP) writeFileSync(process.env.XLSX_DUMP, JSON.stringify(all, null, 1));
    const examples = Object.fromEntries(
      Object.keys(counts).map((k) => [
        k,
        all
          .filter((o) => o.kind === k)
          .slice(0, 4)
          .map((o) => `${o.where}: ${o.value}`),
      ]),
    );
    expect(examples).toEqual({});
  });
});
