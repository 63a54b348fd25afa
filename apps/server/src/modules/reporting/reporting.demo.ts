import { sql } from 'drizzle-orm';
import { OUTLINE_1432 } from '@danvan/domain';
import { registerDemoSeeder, DEMO_ACCOUNTS } from '../../core/demo.ts';
import type { Ctx } from '../../core/context.ts';
import { inTx } from '../../core/audit.ts';
import type { Db } from '../../db/client.ts';
import * as org from '../org/index.ts';
import * as reports from './report/report.repository.ts';
import * as periods from './period/period.repository.ts';
import * as templates from './template/template.repository.ts';
import { createPeriod } from './period/create-period.ts';
import { ensureBuiltinTemplates } from './template/ensure-builtin-templates.ts';
import { loadReport } from './report/load-report.ts';
import { fillComputed } from './report/report.values.ts';
import { compileProvinceReport } from './rollup/compile-province-report.ts';

/** A small deterministic generator, so the demo is the same on every start. */
function rng(seed: number) {
  let s = seed * 2654435761 + 12345;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return n <= 0 ? 0 : s % (n + 1);
  };
}

/** Plausible figures for one unit that satisfy the 1432 outline's blocking rules. */
export function demoFigures(seed: number, known: Record<string, number | null>): Record<string, number> {
  const r = rng(seed);
  const k = (code: string, fallback: number) => known[code] ?? fallback;
  const v: Record<string, number> = {};
  const plans = k('plans_issued', 1 + r(2));
  v.docs_issued = plans + 2 + r(9);
  const assigned = k('tasks_assigned', 6 + r(14));
  const overdue = k('tasks_overdue', r(2));
  v.tasks_assigned = assigned;
  v.tasks_overdue = overdue;
  v.tasks_done = k('tasks_done', Math.max(0, assigned - overdue - r(3)));
  v.training_courses = k('training_courses', 1 + r(4));
  v.training_attendees = k('training_attendees', v.training_courses * (25 + r(60)));
  v.propaganda_sessions = 6 + r(30);
  v.propaganda_attendees = v.propaganda_sessions * (30 + r(90));
  v.propaganda_remote_sessions = r(Math.floor(v.propaganda_sessions / 3));
  v.dvk_models_registered = k('dvk_models_registered', 1 + r(2));
  v.dvk_models_recognised = k('dvk_models_recognised', r(v.dvk_models_registered));
  v.dvk_commendations_collective = r(2);
  v.dvk_commendations_individual = r(5);
  v.dvk_commendations = k(
    'dvk_commendations',
    v.dvk_commendations_collective + v.dvk_commendations_individual,
  );
  v.tthc_reviewed = 10 + r(60);
  v.tthc_simplified = r(Math.floor(v.tthc_reviewed / 4));
  v.tthc_posted = 60 + r(200);
  v.online_public_services = 20 + r(150);
  v.satisfaction_index = k('satisfaction_index', 86 + r(12) + r(9) / 10);
  v.public_duty_inspections = k('public_duty_inspections', r(3));
  v.inspection_violations = k('inspection_violations', v.public_duty_inspections ? r(2) : 0);
  v.officials_disciplined = r(v.inspection_violations);
  v.complaints_received = k('complaints_received', 2 + r(14));
  v.denunciations_received = k('denunciations_received', r(4));
  v.recommendations_received = k('recommendations_received', 5 + r(30));
  v.petitions_received = k(
    'petitions_received',
    v.complaints_received + v.denunciations_received + v.recommendations_received,
  );
  v.complaints_resolved = Math.max(0, v.complaints_received - r(3));
  v.denunciations_resolved = Math.max(0, v.denunciations_received - r(1));
  v.recommendations_resolved = Math.max(0, v.recommendations_received - r(4));
  v.petitions_resolved = k(
    'petitions_resolved',
    v.complaints_resolved + v.denunciations_resolved + v.recommendations_resolved,
  );
  v.petitions_resolved_on_time = k('petitions_resolved_on_time', Math.max(0, v.petitions_resolved - r(3)));
  v.reception_sessions = k('reception_sessions', 12 + r(30));
  v.reception_visitors = k('reception_visitors', v.reception_sessions * (1 + r(5)));
  v.head_reception_sessions = k('head_reception_sessions', Math.min(v.reception_sessions, 6 + r(10)));
  v.dialogues_held = k('dialogues_held', 1 + r(3));
  v.dialogue_commitments = k('dialogue_commitments', v.dialogues_held * (2 + r(5)));
  v.dialogue_commitments_done = k('dialogue_commitments_done', Math.max(0, v.dialogue_commitments - r(3)));
  v.front_supervision_docs = r(3);
  v.front_recommendations_received = k(
    'front_recommendations_received',
    v.front_supervision_docs * (1 + r(4)),
  );
  v.front_recommendations_answered = k(
    'front_recommendations_answered',
    Math.max(0, v.front_recommendations_received - r(1)),
  );
  v.dv_inspections = r(4);
  v.dv_units_inspected = v.dv_inspections ? v.dv_inspections * (1 + r(2)) : 0;
  return v;
}

const NARRATIVE: Record<string, (u: string) => string> = {
  I: (u) =>
    `${u} tiếp tục thực hiện tốt nhiệm vụ phát triển kinh tế - xã hội; tình hình an ninh chính trị, trật tự an toàn xã hội ổn định. Đời sống vật chất, tinh thần của Nhân dân từng bước được nâng lên.`,
  'II.1': () =>
    'Ban hành kế hoạch thực hiện công tác dân vận chính quyền năm; phân công lãnh đạo phụ trách công tác dân vận bằng văn bản; lồng ghép nhiệm vụ dân vận vào chương trình công tác hằng tháng.',
  'II.2': () =>
    'Tổ chức hội nghị quán triệt Chỉ thị số 33/CT-TTg và Chương trình phối hợp số 03-CTr/BDVTW-BCSDCP cho cán bộ, công chức; cử cán bộ tham dự lớp tập huấn kỹ năng vận động Nhân dân do tỉnh tổ chức.',
  'III.1': () =>
    'Các nhiệm vụ trọng tâm theo Chỉ thị số 33/CT-TTg được triển khai đồng bộ, gắn với thực hiện nhiệm vụ chính trị của địa phương.',
  'III.3': () =>
    'Tuyên truyền qua hệ thống loa truyền thanh cơ sở, trang thông tin điện tử và các buổi sinh hoạt khu dân cư; chú trọng vùng đồng bào dân tộc thiểu số, đồng bào có đạo.',
  'III.4': () =>
    'Duy trì các mô hình “Dân vận khéo” đã đăng ký; biểu dương kịp thời các tập thể, cá nhân tiêu biểu trong phong trào thi đua.',
  'III.5': () =>
    'Rà soát, niêm yết công khai đầy đủ thủ tục hành chính; đẩy mạnh tiếp nhận hồ sơ trực tuyến; chỉ số hài lòng của người dân duy trì ở mức cao.',
  'III.7': () =>
    'Duy trì tiếp công dân thường xuyên và định kỳ; người đứng đầu tiếp công dân đúng quy định; đơn thư được phân loại, xử lý kịp thời, không để tồn đọng kéo dài.',
  'IV.1': () =>
    'Công tác dân vận chính quyền được quan tâm chỉ đạo; tác phong, thái độ phục vụ Nhân dân của cán bộ, công chức có chuyển biến tích cực.',
  'IV.2': () =>
    'Một số vụ việc khiếu nại phức tạp còn kéo dài; nguồn lực cho công tác tuyên truyền ở vùng sâu, vùng xa còn hạn chế.',
  V: () =>
    'Tiếp tục nâng cao chất lượng tiếp công dân, đối thoại; nhân rộng mô hình “Dân vận khéo”; đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.',
  VI: () => 'Đề nghị tỉnh tiếp tục tổ chức tập huấn nghiệp vụ công tác dân vận chính quyền cho cán bộ cơ sở.',
};

const at = (d: string, hour = 9) => new Date(`${d}T${String(hour).padStart(2, '0')}:00:00+07:00`);
const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

type Plan = {
  status: 'draft' | 'submitted' | 'returned' | 'accepted' | 'missing';
  submitted?: string;
  accepted?: string;
};

/** Writes one demo report directly (figures from the registry plus generated ones), backdated. */
async function seedReport(
  tx: Db,
  c: Ctx,
  periodId: number,
  unit: { id: number; name: string },
  plan: Plan,
  names: { head: string; coordinator: string },
) {
  const created = (await reports.insertReport(tx, {
    periodId,
    unitId: unit.id,
    level: 'unit',
    isDemo: true,
    computedAt: c.clock.now(),
  }))!;
  const l = await loadReport(c, created.id, tx);
  const filled = await fillComputed(tx, c, l, null);
  const ids = new Map(l.template.indicators.map((i) => [i.code, i.id]));
  const byId = new Map(filled.map((v) => [v.indicatorId, v.value]));
  const known = Object.fromEntries(l.template.indicators.map((i) => [i.code, byId.get(i.id) ?? null]));
  const figures = demoFigures(unit.id * 31 + periodId, known);
  const entered = l.template.indicators.filter(
    (i) =>
      i.aggregation !== 'ratio' && !filled.some((v) => v.indicatorId === i.id && v.source === 'computed'),
  );
  await reports.upsertValues(
    tx,
    entered
      .filter((i) => figures[i.code] !== undefined)
      .map((i) => ({
        reportId: created.id,
        indicatorId: ids.get(i.code)!,
        value: figures[i.code],
        source: 'entered',
        updatedAt: c.clock.now(),
      })),
  );
  const l2 = await loadReport(c, created.id, tx);
  await fillComputed(tx, c, l2, new Map()); // ratios from the final figures
  const bare = unit.name.replace(/^Ủy ban nhân dân\s+/u, '');
  const short = bare.charAt(0).toLocaleUpperCase('vi-VN') + bare.slice(1);
  const narratives =
    plan.status === 'draft'
      ? { I: NARRATIVE.I(short) }
      : Object.fromEntries(Object.entries(NARRATIVE).map(([k, f]) => [k, f(short)]));
  const events: {
    action: string;
    from: string | null;
    to: string;
    at: Date;
    by: string;
    comment?: string;
    sections?: Record<string, string>;
  }[] = [];
  const first = plan.submitted ? at(plan.submitted) : null;
  events.push({
    action: 'create',
    from: null,
    to: 'draft',
    at: first ? new Date(first.getTime() - 5 * 86400000) : c.clock.now(),
    by: names.head,
  });
  let reviewComments: unknown = null;
  if (plan.status === 'returned') {
    events.push({ action: 'submit', from: 'draft', to: 'submitted', at: first!, by: names.head });
    const sections = {
      'III.7':
        'Đề nghị bổ sung số liệu tiếp công dân định kỳ của Chủ tịch UBND và kết quả giải quyết đơn tồn đọng.',
    };
    reviewComments = {
      general: 'Báo cáo còn thiếu số liệu cụ thể ở mục III.7, đề nghị bổ sung và gửi lại.',
      sections,
    };
    events.push({
      action: 'return',
      from: 'submitted',
      to: 'returned',
      at: at(addDays(plan.submitted!, 2), 15),
      by: names.coordinator,
      comment: (reviewComments as { general: string }).general,
      sections,
    });
  } else if (plan.status === 'submitted' || plan.status === 'accepted') {
    events.push({ action: 'submit', from: 'draft', to: 'submitted', at: first!, by: names.head });
    if (plan.status === 'accepted')
      events.push({
        action: 'accept',
        from: 'submitted',
        to: 'accepted',
        at: at(plan.accepted!, 14),
        by: names.coordinator,
      });
  }
  for (const e of events)
    await reports.insertEvent(tx, {
      reportId: created.id,
      at: e.at,
      actorName: e.by,
      action: e.action,
      fromStatus: e.from,
      toStatus: e.to,
      comment: e.comment ?? null,
      sectionComments: e.sections ?? null,
    });
  await reports.updateReport(tx, created.id, l2.report.r.version, {
    status: plan.status === 'missing' ? 'draft' : plan.status,
    narratives,
    reviewComments: reviewComments as never,
    submittedAt: first,
    firstSubmittedAt: first,
    acceptedAt: plan.accepted ? at(plan.accepted, 14) : null,
  });
}

/**
 * Demo reporting: the built-in 1432/BNV-CTTN outline; the six-month reports of 2025 (before the
 * 01/7/2025 merger: the former communes of Bù Đăng, counted under their successors), the six-month
 * reports of 2026 (deadline 10/5/2026, mostly accepted, the province's report sent to the ministry) and
 * the annual reports of 2026 (units' deadline 10/11/2026 passed, province to the ministry by 15/12/2026)
 * with a realistic mix of accepted, submitted, returned, draft and missing reports.
 */
export function registerReportingDemo(): void {
  registerDemoSeeder('reporting', 40, async (ctx) => {
    await ensureBuiltinTemplates(ctx, { isDemo: true });
    const tpl = (await templates.getTemplateByCode(ctx.db, OUTLINE_1432.code))!;
    const all = await org.findUnits(ctx, {});
    const root = all.find((u) => u.parentId === null)!;
    const demoCommune = all.filter((u) => u.kind === 'commune').sort((a, b) => a.id - b.id)[0];
    const coordinator = DEMO_ACCOUNTS.find((a) => a.username === 'sonoivu')!.fullName;
    const names = { head: 'Chủ tịch UBND', coordinator };
    const groups = ['khoi_xa', 'khoi_so_nganh'];
    const mk = (
      kind: 'six_month' | 'annual',
      year: number,
      unitDl: string,
      provDl: string,
      cutoffDate: string,
    ) =>
      createPeriod(
        ctx,
        {
          templateId: tpl.id,
          rootUnitId: root.id,
          kind,
          year,
          cutoffDate,
          deadlines: [
            { level: 'unit', deadline: unitDl, remindDaysBefore: 5 },
            { level: 'province', deadline: provDl, remindDaysBefore: 7 },
          ],
          requiredGroups: groups,
          requiredKinds: [],
        },
        { isDemo: true },
      );
    const h2025 = await mk('six_month', 2025, '2025-05-10', '2025-05-30', '2025-04-30');
    const h2026 = await mk('six_month', 2026, '2026-05-10', '2026-05-30', '2026-04-30');
    const y2026 = await mk('annual', 2026, '2026-11-10', '2026-12-15', '2026-10-31');

    const seedPeriod = async (periodId: number, pick: (n: number, unitId: number) => Plan) => {
      const period = (await periods.getPeriod(ctx.db, periodId, null))!;
      const expected = await periods.expectedUnits(
        ctx.db,
        {
          rootPath: period.rootUnitPath,
          rootId: root.id,
          requiredGroups: groups,
          requiredKinds: [],
          asOf: period.p.cutoffDate,
        },
        null,
        null,
      );
      await inTx(ctx, async (tx, c) => {
        let n = 0;
        for (const u of expected) {
          const plan = pick(n++, u.id);
          if (plan.status === 'missing') continue;
          await seedReport(tx, c, periodId, u, plan, names);
        }
      });
    };

    // 2025 (former communes before the merger): all accepted, a few late.
    await seedPeriod(h2025.id, (n) => ({
      status: 'accepted',
      submitted: addDays('2025-05-10', n % 9 === 4 ? 3 : -(n % 6)),
      accepted: addDays('2025-05-16', n % 4),
    }));
    // 2026 six months: most accepted on time, a few late, two still waiting, three missing.
    await seedPeriod(h2026.id, (n, id) => {
      if (id === demoCommune.id) return { status: 'missing' }; // the demo commune has not sent it yet
      if (n % 23 === 7) return { status: 'missing' };
      if (n % 17 === 5) return { status: 'submitted', submitted: '2026-05-21' };
      const late = n % 8 === 3;
      return {
        status: 'accepted',
        submitted: late ? addDays('2026-05-10', 2 + (n % 5)) : addDays('2026-05-10', -(n % 7)),
        accepted: addDays('2026-05-18', n % 6),
      };
    });
    // 2026 annual (units' deadline 10/11/2026 has passed): a realistic mix.
    await seedPeriod(y2026.id, (n, id) => {
      if (id === demoCommune.id) return { status: 'draft' };
      const m = n % 10;
      if (m <= 3)
        return {
          status: 'accepted',
          submitted: addDays('2026-11-10', -(n % 6)),
          accepted: addDays('2026-11-13', n % 5),
        };
      if (m === 4)
        return {
          status: 'accepted',
          submitted: addDays('2026-11-10', 1 + (n % 4)),
          accepted: addDays('2026-11-17', n % 3),
        };
      if (m <= 6) return { status: 'submitted', submitted: addDays('2026-11-10', (n % 9) - 4) };
      if (m === 7) return { status: 'returned', submitted: addDays('2026-11-09', -(n % 3)) };
      if (m === 8) return { status: 'draft' };
      return { status: 'missing' };
    });

    // The province's reports: 2025 and 2026 six months compiled and sent to the ministry.
    for (const [p, sent] of [
      [h2025, '2025-05-28'],
      [h2026, '2026-05-27'],
    ] as const) {
      const r = await compileProvinceReport(
        ctx,
        p.id,
        { includeSubmitted: false, overwriteNarratives: true },
        { isDemo: true },
      );
      await ctx.db.execute(
        sql`update reporting_reports set status = 'submitted', submitted_at = ${at(sent, 16)}, first_submitted_at = ${at(sent, 16)} where id = ${r.id}`,
      );
      await reports.insertEvent(ctx.db, {
        reportId: r.id,
        at: at(sent, 16),
        actorName: coordinator,
        action: 'submit',
        fromStatus: 'draft',
        toStatus: 'submitted',
        comment: 'Gửi Bộ Nội vụ',
      });
    }
  });
}
