import type {
  Report,
  ReportStatus,
  RuleResult,
  SaveReport,
  SaveResult,
  TemplateDetail,
} from '@danvan/contracts';
import { checkRules, roundTo } from '@danvan/domain';
import { systemCtx, today, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Conflict, Err, Forbidden, Invalid, NotFound } from '../../core/errors.ts';
import { computeFigures, figureProviderKeys } from '../../core/figures.ts';
import { inScope, requireActor, scopesFor } from '../../core/scope.ts';
import type { Db } from '../../db/client.ts';
import * as org from '../org/index.ts';
import * as repo from './reporting.repository.ts';
import { canReviewUnit, deadlineOf, presentPeriod, visiblePeriod, expectedFor } from './reporting.periods.ts';
import { templateDetail } from './reporting.templates.ts';

export const STATUS_NAMES: Record<ReportStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

export const EDITABLE: ReportStatus[] = ['draft', 'returned'];

/** Only the reporting unit's own roles edit its report; the level above reviews it. */
const NOT_OWN_REPORT =
  'Chỉ đơn vị lập báo cáo mới được sửa, tính lại và gửi báo cáo của mình; cấp trên chỉ góp ý, trả lại, tiếp nhận hoặc mở lại.';

export interface Loaded {
  report: repo.ReportView;
  period: repo.PeriodView;
  deadlines: repo.DeadlineRow[];
  template: TemplateDetail;
  values: repo.ValueRow[];
}

/**
 * Loads a report the actor may read (its unit in the actor's reports:read scope); anything else is 404.
 * With `lock` (inside a transaction) the report row is locked FOR UPDATE and its period FOR SHARE
 * until commit, so what a verb checks is still true when it writes.
 */
export async function loadReport(
  ctx: Ctx,
  id: number,
  db: Db = ctx.db,
  opts: { lock?: boolean } = {},
): Promise<Loaded> {
  const actor = requireActor(ctx.actor);
  const report = await repo.getReport(db, id, opts.lock);
  if (!report || !inScope(scopesFor(actor, 'reports:read'), { id: report.r.unitId, path: report.unitPath }))
    throw NotFound('Báo cáo');
  const [period, deadlines, template, values] = await Promise.all([
    repo.getPeriod(db, report.r.periodId, undefined, opts.lock ? 'share' : undefined).then((p) => p!),
    repo.periodDeadlines(db, [report.r.periodId]),
    templateDetail({ ...ctx, db }, report.templateId, { versions: false }),
    repo.reportValues(db, id),
  ]);
  return { report, period, deadlines, template, values };
}

const unitOf = (l: Loaded) => ({ id: l.report.r.unitId, path: l.report.unitPath });

/**
 * The shape of every read-check-write verb on a report: one transaction that loads the report with
 * its row locked, runs the checks on what it read there, and writes (writeReport) at that version.
 */
export function withReport<T>(
  ctx: Ctx,
  id: number,
  fn: (tx: Db, c: Ctx, l: Loaded) => Promise<T>,
): Promise<T> {
  return inTx(ctx, async (tx, c) => fn(tx, c, await loadReport(c, id, tx, { lock: true })));
}

export const staleReport = () =>
  Conflict('Báo cáo vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

/**
 * Writes the report row only if it is still at the version the verb loaded (and bumps the version);
 * 409 when someone else changed it first. Returns the new version.
 */
export async function writeReport(tx: Db, l: Loaded, patch: Partial<repo.ReportRow>): Promise<number> {
  const v = await repo.updateReport(tx, l.report.r.id, l.report.r.version, patch);
  if (v === null) throw staleReport();
  return v;
}

export function canDo(ctx: Ctx, l: Loaded) {
  const actor = ctx.actor;
  const status = l.report.r.status as ReportStatus;
  const open = l.period.p.status === 'open';
  const editable = open && EDITABLE.includes(status);
  const has = (perm: 'reports:enter' | 'reports:submit') =>
    !!actor && (actor.system || inScope(scopesFor(actor, perm), unitOf(l)));
  const review = canReviewUnit(ctx, unitOf(l));
  const edit = editable && has('reports:enter');
  return {
    edit,
    submit: editable && has('reports:submit'),
    return: open && status === 'submitted' && review,
    accept: open && status === 'submitted' && review,
    reopen: open && status === 'accepted' && review,
    recompute: edit,
    attach: edit,
  };
}

function valueMap(template: TemplateDetail, values: repo.ValueRow[]): Record<string, number | null> {
  const byId = new Map(values.map((v) => [v.indicatorId, v.value]));
  const out: Record<string, number | null> = {};
  for (const i of template.indicators) out[i.code] = byId.has(i.id) ? (byId.get(i.id) ?? null) : null;
  return out;
}

/** Rules of the template plus each indicator's type and range; messages in Vietnamese. */
export function checkReport(template: TemplateDetail, values: repo.ValueRow[]): RuleResult[] {
  const map = valueMap(template, values);
  const out: RuleResult[] = [];
  for (const i of template.indicators) {
    const v = map[i.code];
    if (v === null || v === undefined) continue;
    if (i.type === 'integer' && i.aggregation !== 'ratio' && !Number.isInteger(v))
      out.push({ code: `${i.code}.integer`, severity: 'error', message: `“${i.name}” phải là số nguyên.` });
    if (i.min !== null && v < i.min)
      out.push({
        code: `${i.code}.min`,
        severity: 'error',
        message: `“${i.name}” không được nhỏ hơn ${i.min}.`,
      });
    if (i.max !== null && v > i.max)
      out.push({
        code: `${i.code}.max`,
        severity: 'error',
        message: `“${i.name}” không được lớn hơn ${i.max}.`,
      });
  }
  for (const r of checkRules(template.rules, map))
    out.push({ code: r.code, message: r.message, severity: r.severity });
  return out;
}

export async function presentReport(ctx: Ctx, l: Loaded): Promise<Report> {
  const labels = new Map(figureProviderKeys().map((p) => [p.key, p.label]));
  labels.set('ratio', 'Tính từ tử số và mẫu số');
  labels.set('rollup', 'Tổng hợp từ báo cáo của các đơn vị');
  const events = await repo.reportEvents(ctx.db, l.report.r.id);
  const byId = new Map(l.template.indicators.map((i) => [i.id, i]));
  const r = l.report.r;
  return {
    id: r.id,
    periodId: r.periodId,
    period: presentPeriod(ctx, l.period, l.deadlines),
    unitId: r.unitId,
    unitName: l.report.unitName,
    unitCode: l.report.unitCode,
    level: r.level as Report['level'],
    status: r.status as ReportStatus,
    version: r.version,
    narratives: (r.narratives ?? {}) as Record<string, string>,
    reviewComments: (r.reviewComments as Report['reviewComments']) ?? null,
    values: l.values
      .filter((v) => byId.has(v.indicatorId))
      .map((v) => ({
        indicatorId: v.indicatorId,
        code: byId.get(v.indicatorId)!.code,
        value: v.value,
        source: v.source as Report['values'][number]['source'],
        computedValue: v.computedValue,
        origin: v.origin,
        originLabel: v.origin ? (labels.get(v.origin) ?? v.origin) : null,
        overrideReason: v.overrideReason,
      })),
    template: l.template,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    acceptedAt: r.acceptedAt?.toISOString() ?? null,
    computedAt: r.computedAt?.toISOString() ?? null,
    deadline: deadlineOf(l.deadlines, r.level),
    violations: checkReport(l.template, l.values),
    history: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actorName: e.actorName,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      comment: e.comment,
      sectionComments: (e.sectionComments as Record<string, string>) ?? null,
    })),
    can: canDo(ctx, l),
  };
}

export async function getReport(ctx: Ctx, id: number): Promise<Report> {
  return presentReport(ctx, await loadReport(ctx, id));
}

export async function event(
  tx: Db,
  ctx: Ctx,
  reportId: number,
  e: {
    action: string;
    from?: string | null;
    to?: string | null;
    comment?: string | null;
    sectionComments?: Record<string, string> | null;
  },
) {
  await repo.insertEvent(tx, {
    reportId,
    at: ctx.clock.now(),
    actorId: ctx.actor && !ctx.actor.system ? ctx.actor.userId : null,
    actorName: ctx.actor?.fullName ?? 'Hệ thống',
    action: e.action,
    fromStatus: e.from ?? null,
    toStatus: e.to ?? null,
    comment: e.comment ?? null,
    sectionComments: e.sectionComments ?? null,
  });
}

/** Recomputes every ratio indicator of a report from its numerator and denominator in the report. */
function ratioValues(
  template: TemplateDetail,
  values: Map<number, repo.ValueRow>,
  reportId: number,
  at: Date,
  by: number | null,
) {
  const byCode = new Map(template.indicators.map((i) => [i.code, i]));
  const get = (code: string | null) => {
    const ind = code ? byCode.get(code) : undefined;
    return ind ? (values.get(ind.id)?.value ?? null) : null;
  };
  const out: (typeof import('../../db/schema/reporting.ts').reportingValues.$inferInsert)[] = [];
  for (const i of template.indicators) {
    if (i.aggregation !== 'ratio') continue;
    const n = get(i.numerator);
    const d = get(i.denominator);
    const v = n === null || d === null || d === 0 ? null : roundTo((n / d) * 100, 2);
    const row = {
      reportId,
      indicatorId: i.id,
      value: v,
      source: 'computed',
      computedValue: v,
      origin: 'ratio',
      overrideReason: null,
      updatedBy: by,
      updatedAt: at,
    };
    values.set(i.id, row as repo.ValueRow);
    out.push(row);
  }
  return out;
}

/**
 * Fills a report's computed figures: from the figures registry for a unit's report, from the roll-up of
 * its subtree for the province's report. A figure the unit overrode keeps its value and reason; only
 * what the system computed is refreshed. Ratios are recomputed last.
 */
export async function fillComputed(
  tx: Db,
  ctx: Ctx,
  l: Pick<Loaded, 'report' | 'period' | 'template' | 'values'>,
  computed: Map<string, number | null> | null,
) {
  const r = l.report.r;
  const now = ctx.clock.now();
  const by = ctx.actor && !ctx.actor.system ? ctx.actor.userId : null;
  let figures: Map<string, { value: number | null; origin: string }>;
  if (computed) {
    figures = new Map([...computed].map(([code, value]) => [code, { value, origin: 'rollup' }]));
  } else {
    const keyed = l.template.indicators.filter((i) => i.providerKey && i.aggregation !== 'ratio');
    const result = await computeFigures(
      systemCtx(tx, ctx.config, ctx.clock),
      keyed.map((i) => i.providerKey!),
      { unitId: r.unitId, from: l.period.p.fromDate, to: l.period.p.cutoffDate, subtree: false },
    );
    figures = new Map();
    for (const i of keyed)
      if (Object.hasOwn(result, i.providerKey!))
        figures.set(i.code, { value: result[i.providerKey!], origin: i.providerKey! });
  }
  const current = new Map(l.values.map((v) => [v.indicatorId, v]));
  const writes: (typeof import('../../db/schema/reporting.ts').reportingValues.$inferInsert)[] = [];
  for (const i of l.template.indicators) {
    if (i.aggregation === 'ratio') continue;
    const f = figures.get(i.code);
    if (!f) continue;
    const prev = current.get(i.id);
    const row =
      prev?.source === 'override'
        ? { ...prev, computedValue: f.value, origin: f.origin, updatedAt: now }
        : {
            reportId: r.id,
            indicatorId: i.id,
            value: f.value,
            source: 'computed',
            computedValue: f.value,
            origin: f.origin,
            overrideReason: null,
            updatedBy: by,
            updatedAt: now,
          };
    current.set(i.id, row as repo.ValueRow);
    writes.push(row);
  }
  writes.push(...ratioValues(l.template, current, r.id, now, by));
  await repo.upsertValues(tx, writes);
  return [...current.values()];
}

/**
 * Opens (creates once) a unit's report for a period, pre-filled from the figures registry. The unit
 * must be one the period expects and lie in the actor's reports:enter scope.
 */
export async function openReport(
  ctx: Ctx,
  periodId: number,
  unitId: number,
  opts: { isDemo?: boolean } = {},
) {
  const actor = requireActor(ctx.actor);
  const { row: period } = await visiblePeriod(ctx, periodId);
  const unit = await org.getUnitById(ctx, unitId);
  if (!unit || !inScope(scopesFor(actor, 'reports:read'), unit)) throw NotFound('Đơn vị');
  const existing = await repo.findReport(ctx.db, periodId, unitId, 'unit');
  if (existing) return getReport(ctx, existing.id);
  if (!actor.system && !inScope(scopesFor(actor, 'reports:enter'), unit)) throw Forbidden(NOT_OWN_REPORT);
  const expected = await expectedFor(ctx, period, { path: unit.path }, null);
  if (!expected.some((u) => u.id === unit.id))
    throw Err.state_invalid('Đơn vị này không thuộc diện phải báo cáo trong kỳ này.');
  if (period.p.status !== 'open') throw Err.locked('Kỳ báo cáo đã đóng.');
  const id = await inTx(ctx, async (tx, c) => {
    // the period stays open until this commits (a close waits for it)
    const held = await repo.getPeriod(tx, periodId, undefined, 'share');
    if (held?.p.status !== 'open') throw Err.locked('Kỳ báo cáo đã đóng.');
    const created = await repo.insertReport(tx, {
      periodId,
      unitId,
      level: 'unit',
      createdBy: c.actor?.system ? null : c.actor?.userId,
      computedAt: c.clock.now(),
      isDemo: opts.isDemo ?? false,
    });
    if (!created) return (await repo.findReport(tx, periodId, unitId, 'unit'))!.id;
    const l = await loadReport(c, created.id, tx);
    await fillComputed(tx, c, l, null);
    await event(tx, c, created.id, { action: 'create', to: 'draft' });
    await audit(tx, c, {
      entity: 'report',
      entityId: created.id,
      unitId,
      action: 'create',
      after: { periodId, unitId },
    });
    return created.id;
  });
  return getReport(ctx, id);
}

export function assertVersion(l: Loaded, expected?: number) {
  if (expected !== undefined && expected !== l.report.r.version) throw staleReport();
}

function assertEditable(ctx: Ctx, l: Loaded) {
  const can = canDo(ctx, l);
  if (can.edit) return;
  if (!ctx.actor?.system && !inScope(scopesFor(ctx.actor!, 'reports:enter'), unitOf(l)))
    throw Forbidden(NOT_OWN_REPORT);
  if (l.period.p.status !== 'open') throw Err.locked('Kỳ báo cáo đã đóng.');
  if (l.report.r.status === 'accepted')
    throw Err.locked('Báo cáo đã được tiếp nhận và khóa; chỉ cấp trên có thể mở lại.');
  throw Err.state_invalid('Báo cáo đã gửi, đang chờ cấp trên xem xét; không thể sửa.');
}

/** Saves narratives and figures; rules run and come back as warnings (the save is kept). */
export async function saveReport(ctx: Ctx, id: number, input: SaveReport): Promise<SaveResult> {
  await withReport(ctx, id, (tx, c, l) => saveLoaded(tx, c, l, input));
  const report = await getReport(ctx, id);
  return { report, warnings: report.violations };
}

async function saveLoaded(tx: Db, ctx: Ctx, l: Loaded, input: SaveReport) {
  const id = l.report.r.id;
  assertEditable(ctx, l);
  assertVersion(l, input.expectedVersion);
  const byCode = new Map(l.template.indicators.map((i) => [i.code, i]));
  const narrativeCodes = new Set<string>();
  const walk = (list: TemplateDetail['sections']) =>
    list.forEach((s) => {
      if (s.hasNarrative) narrativeCodes.add(s.code);
      walk(s.children);
    });
  walk(l.template.sections);
  const issues: { path: string; message: string }[] = [];
  for (const code of Object.keys(input.narratives ?? {}))
    if (!narrativeCodes.has(code))
      issues.push({ path: `narratives.${code}`, message: `Mục “${code}” không có trong đề cương.` });
  const current = new Map(l.values.map((v) => [v.indicatorId, v]));
  const now = ctx.clock.now();
  const by = ctx.actor && !ctx.actor.system ? ctx.actor.userId : null;
  const writes: (typeof import('../../db/schema/reporting.ts').reportingValues.$inferInsert)[] = [];
  const changed: { code: string; from: number | null; to: number | null; source: string }[] = [];
  (input.values ?? []).forEach((v, n) => {
    const ind = byCode.get(v.code);
    if (!ind)
      return issues.push({ path: `values.${n}`, message: `Chỉ tiêu “${v.code}” không có trong đề cương.` });
    if (ind.aggregation === 'ratio') return; // always recomputed
    const prev = current.get(ind.id);
    const hasComputed =
      prev && (prev.source === 'computed' || prev.source === 'override') && prev.origin !== null;
    let row;
    if (hasComputed && v.value !== prev.computedValue) {
      const reason = v.overrideReason?.trim() || (prev.source === 'override' ? prev.overrideReason : null);
      if (!reason)
        return issues.push({
          path: `values.${n}.overrideReason`,
          message: `Số liệu “${ind.name}” do hệ thống tính là ${prev.computedValue ?? 'trống'}; muốn điều chỉnh phải nêu lý do.`,
        });
      row = {
        ...prev,
        value: v.value,
        source: 'override',
        overrideReason: reason,
        updatedBy: by,
        updatedAt: now,
      };
    } else if (hasComputed) {
      row = {
        ...prev,
        value: v.value,
        source: 'computed',
        overrideReason: null,
        updatedBy: by,
        updatedAt: now,
      };
    } else {
      row = {
        reportId: id,
        indicatorId: ind.id,
        value: v.value,
        source: 'entered',
        computedValue: null,
        origin: null,
        overrideReason: null,
        updatedBy: by,
        updatedAt: now,
      };
    }
    if (
      !prev ||
      prev.value !== row.value ||
      prev.source !== row.source ||
      prev.overrideReason !== row.overrideReason
    )
      changed.push({ code: ind.code, from: prev?.value ?? null, to: row.value, source: row.source });
    current.set(ind.id, row as repo.ValueRow);
    writes.push(row);
  });
  if (issues.length) throw Invalid(issues.map((i) => i.message).join(' '), issues);
  writes.push(...ratioValues(l.template, current, id, now, by));
  const narratives = { ...(l.report.r.narratives as Record<string, string>), ...(input.narratives ?? {}) };
  await writeReport(tx, l, { narratives });
  await repo.upsertValues(tx, writes);
  await event(tx, ctx, id, { action: 'save', from: l.report.r.status, to: l.report.r.status });
  await audit(tx, ctx, {
    entity: 'report',
    entityId: id,
    unitId: l.report.r.unitId,
    action: 'save',
    before: { narratives: l.report.r.narratives },
    after: { narratives: input.narratives ?? {}, values: changed },
  });
}

/** Recomputes the figures the system provides (from the registry, or the roll-up for the province). */
export async function recomputeReport(
  ctx: Ctx,
  id: number,
  rollupValues?: (c: Ctx, l: Loaded) => Promise<Map<string, number | null>>,
) {
  await withReport(ctx, id, async (tx, c, l) => {
    assertEditable(c, l);
    const computed = l.report.r.level === 'province' && rollupValues ? await rollupValues(c, l) : null;
    await writeReport(tx, l, { computedAt: c.clock.now() });
    await fillComputed(tx, c, l, computed);
    await event(tx, c, id, { action: 'recompute', from: l.report.r.status, to: l.report.r.status });
    await audit(tx, c, { entity: 'report', entityId: id, unitId: l.report.r.unitId, action: 'recompute' });
  });
  return getReport(ctx, id);
}

export { today };
