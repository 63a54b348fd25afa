import type { CreatePeriod, Period, ReportPeriodKind, UpdatePeriod } from '@danvan/contracts';
import { UNIT_KIND_CODES } from '@danvan/contracts';
import { defaultPeriodRange, nd09CutoffRange, REPORT_PERIOD_KIND_NAMES_VI } from '@danvan/domain';
import { activeAssignment, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { assertUnitAccess, inScope, requireActor, scopesFor, type Scope } from '../../core/scope.ts';
import * as org from '../org/index.ts';
import * as repo from './reporting.repository.ts';

const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];

export function defaultPeriodName(kind: ReportPeriodKind, year: number, quarter?: number | null): string {
  switch (kind) {
    case 'six_month':
      return `Báo cáo 6 tháng đầu năm ${year}`;
    case 'nine_month':
      return `Báo cáo 9 tháng năm ${year}`;
    case 'annual':
      return `Báo cáo năm ${year}`;
    case 'quarterly':
      return `Báo cáo quý ${QUARTER_NAMES[(quarter ?? 1) - 1]} năm ${year}`;
    default:
      return `${REPORT_PERIOD_KIND_NAMES_VI[kind]} năm ${year}`;
  }
}

/** Whether the actor reviews reports of a unit: a reports:review scope over a strict ancestor of it. */
export function canReviewUnit(ctx: Ctx, unit: { id: number; path: string }): boolean {
  const actor = ctx.actor;
  if (!actor) return false;
  if (actor.system) return true;
  return scopesFor(actor, 'reports:review').some(
    (s) => s.subtree && unit.path.startsWith(s.path) && s.path !== unit.path,
  );
}

export function presentPeriod(ctx: Ctx, row: repo.PeriodView, deadlines: repo.DeadlineRow[]): Period {
  const p = row.p;
  const root = { id: p.rootUnitId, path: row.rootUnitPath };
  const manage = ctx.actor ? inScope(scopesFor(ctx.actor, 'reports:review'), root) : false;
  return {
    id: p.id,
    templateId: p.templateId,
    templateName: row.templateName,
    templateVersion: row.templateVersion,
    rootUnitId: p.rootUnitId,
    rootUnitName: row.rootUnitName,
    kind: p.kind as ReportPeriodKind,
    kindName: REPORT_PERIOD_KIND_NAMES_VI[p.kind as ReportPeriodKind] ?? p.kind,
    year: p.year,
    quarter: p.quarter,
    name: p.name,
    fromDate: p.fromDate,
    toDate: p.toDate,
    cutoffDate: p.cutoffDate,
    deadlines: deadlines
      .filter((d) => d.periodId === p.id)
      .sort((a, b) => a.deadline.localeCompare(b.deadline))
      .map((d) => ({
        level: d.level as 'unit' | 'province',
        deadline: d.deadline,
        remindDaysBefore: d.remindDaysBefore,
      })),
    requiredGroups: p.requiredGroups,
    requiredKinds: p.requiredKinds,
    status: p.status as 'open' | 'closed',
    createdAt: p.createdAt.toISOString(),
    can: { update: manage, compile: manage, review: manage },
  };
}

export const deadlineOf = (deadlines: repo.DeadlineRow[], level: string) =>
  deadlines.find((d) => d.level === level)?.deadline ?? null;

/**
 * A period the actor may see (rooted in scope or where a unit in scope must report); else 404. With
 * `lock` (in a transaction) its row stays locked until commit.
 */
export async function visiblePeriod(ctx: Ctx, id: number, lock?: 'share' | 'update') {
  const scopes = scopesFor(requireActor(ctx.actor), 'reports:read');
  const row = await repo.getPeriod(ctx.db, id, ctx.actor?.system ? undefined : scopes, lock);
  if (!row) throw NotFound('Kỳ báo cáo');
  const deadlines = await repo.periodDeadlines(ctx.db, [id]);
  return { row, deadlines };
}

export async function listPeriods(
  ctx: Ctx,
  q: { unitId?: number; year?: number; kind?: string; status?: string },
) {
  let scopes = scopesFor(requireActor(ctx.actor), 'reports:read');
  if (q.unitId) {
    const unit = await org.getUnitById(ctx, q.unitId);
    if (!unit || !inScope(scopes, unit)) throw NotFound('Đơn vị');
    scopes = [{ unitId: unit.id, path: unit.path, subtree: false }];
  }
  const list = await repo.listPeriods(ctx.db, scopes, q);
  const deadlines = await repo.periodDeadlines(
    ctx.db,
    list.map((r) => r.p.id),
  );
  return list.map((r) => presentPeriod(ctx, r, deadlines));
}

export async function getPeriod(ctx: Ctx, id: number) {
  const { row, deadlines } = await visiblePeriod(ctx, id);
  return presentPeriod(ctx, row, deadlines);
}

/**
 * The unit a period view is about: the one asked for (it must lie in the period's tree and in the
 * actor's scope for `perm`), else the period's root when in scope, else the actor's working unit.
 */
export async function resolvePeriodUnit(
  ctx: Ctx,
  period: repo.PeriodView,
  unitId: number | undefined,
  perm: 'reports:read' | 'reports:review' = 'reports:read',
) {
  const actor = requireActor(ctx.actor);
  const scopes: Scope[] = scopesFor(actor, perm);
  let id = unitId;
  if (!id) {
    const root = { id: period.p.rootUnitId, path: period.rootUnitPath };
    if (inScope(scopes, root)) id = root.id;
    else id = activeAssignment(actor)?.unitId ?? scopes[0]?.unitId;
  }
  const unit = id ? await org.getUnitById(ctx, id) : undefined;
  if (!unit || !unit.path.startsWith(period.rootUnitPath) || !inScope(scopes, unit)) throw NotFound('Đơn vị');
  return unit;
}

function checkDates(
  v: { fromDate: string; toDate: string; cutoffDate: string },
  deadlines: { level: string; deadline: string }[],
) {
  const issues: { path: string; message: string }[] = [];
  if (v.fromDate > v.toDate)
    issues.push({ path: 'toDate', message: 'Ngày kết thúc kỳ phải sau ngày bắt đầu.' });
  if (v.cutoffDate < v.fromDate)
    issues.push({ path: 'cutoffDate', message: 'Ngày chốt số liệu phải sau ngày bắt đầu kỳ.' });
  const levels = deadlines.map((d) => d.level);
  if (new Set(levels).size !== levels.length)
    issues.push({ path: 'deadlines', message: 'Mỗi cấp chỉ có một hạn nộp.' });
  const unit = deadlines.find((d) => d.level === 'unit')?.deadline;
  const prov = deadlines.find((d) => d.level === 'province')?.deadline;
  if (unit && prov && unit > prov)
    issues.push({ path: 'deadlines', message: 'Hạn đơn vị nộp về tỉnh phải trước hạn tỉnh gửi Bộ.' });
  for (const d of deadlines)
    if (d.deadline < v.fromDate)
      issues.push({ path: 'deadlines', message: 'Hạn nộp không được trước ngày bắt đầu kỳ.' });
  if (issues.length) throw Invalid(issues.map((i) => i.message).join(' '), issues);
}

async function checkRequired(ctx: Ctx, groups: string[], kinds: string[]) {
  if (!groups.length && !kinds.length)
    throw Invalid('Chọn ít nhất một nhóm hoặc loại đơn vị phải báo cáo.', [
      { path: 'requiredGroups', message: 'Chọn nhóm hoặc loại đơn vị' },
    ]);
  const known = new Set((await org.listGroups(ctx)).map((g) => g.code));
  const badGroups = groups.filter((g) => !known.has(g));
  const badKinds = kinds.filter((k) => !(UNIT_KIND_CODES as readonly string[]).includes(k));
  if (badGroups.length || badKinds.length)
    throw Invalid(`Nhóm hoặc loại đơn vị không tồn tại: ${[...badGroups, ...badKinds].join(', ')}`);
}

export async function createPeriod(ctx: Ctx, input: CreatePeriod, opts: { isDemo?: boolean } = {}) {
  const root = await org.getUnitById(ctx, input.rootUnitId);
  if (!root) throw NotFound('Đơn vị');
  assertUnitAccess(ctx.actor, 'reports:review', root, 'reports:read');
  const tpl = await repo.getTemplate(ctx.db, input.templateId);
  if (!tpl) throw NotFound('Đề cương báo cáo');
  if (input.kind === 'quarterly' && !input.quarter) throw Invalid('Báo cáo quý phải chọn quý.');
  const range = defaultPeriodRange(input.kind, input.year, input.quarter ?? undefined);
  const fromDate = input.fromDate ?? range.from;
  const toDate = input.toDate ?? range.to;
  const earliest = input.deadlines.map((d) => d.deadline).sort()[0];
  const nd09 = nd09CutoffRange(input.kind, input.year, input.quarter ?? undefined)?.to ?? toDate;
  const cutoffDate =
    input.cutoffDate ?? [nd09, toDate, earliest].filter((d) => d >= fromDate).sort()[0] ?? toDate;
  checkDates({ fromDate, toDate, cutoffDate }, input.deadlines);
  await checkRequired(ctx, input.requiredGroups, input.requiredKinds);
  const id = await inTx(ctx, async (tx, c) => {
    const row = await repo.insertPeriod(tx, {
      templateId: tpl.t.id,
      rootUnitId: root.id,
      kind: input.kind,
      year: input.year,
      quarter: input.kind === 'quarterly' ? (input.quarter ?? null) : null,
      name: input.name?.trim() || defaultPeriodName(input.kind, input.year, input.quarter),
      fromDate,
      toDate,
      cutoffDate,
      requiredGroups: input.requiredGroups,
      requiredKinds: input.requiredKinds,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      isDemo: opts.isDemo ?? false,
    });
    await repo.setDeadlines(tx, row.id, input.deadlines);
    // A template in use is frozen: later edits make a new version.
    await repo.freezeTemplate(tx, tpl.t.id, c.clock.now());
    await audit(tx, c, {
      entity: 'report_period',
      entityId: row.id,
      unitId: root.id,
      action: 'create',
      after: { ...row, deadlines: input.deadlines },
    });
    return row.id;
  });
  return getPeriodAs(ctx, id);
}

async function getPeriodAs(ctx: Ctx, id: number) {
  const row = (await repo.getPeriod(ctx.db, id))!;
  return presentPeriod(ctx, row, await repo.periodDeadlines(ctx.db, [id]));
}

/**
 * Edits a period, closes or reopens it. Read, checked and written in one transaction on the locked
 * period row: a close waits for the report verbs in flight (they hold the period FOR SHARE), and
 * none of them writes to a period once it is closed.
 */
export async function updatePeriod(ctx: Ctx, id: number, input: UpdatePeriod) {
  await inTx(ctx, async (tx, c) => {
    const { row, deadlines } = await visiblePeriod(c, id, 'update');
    assertUnitAccess(
      c.actor,
      'reports:review',
      { id: row.p.rootUnitId, path: row.rootUnitPath },
      'reports:read',
    );
    const next = {
      fromDate: row.p.fromDate,
      toDate: row.p.toDate,
      cutoffDate: input.cutoffDate ?? row.p.cutoffDate,
    };
    checkDates(next, input.deadlines ?? deadlines);
    if (input.requiredGroups || input.requiredKinds)
      await checkRequired(
        c,
        input.requiredGroups ?? row.p.requiredGroups,
        input.requiredKinds ?? row.p.requiredKinds,
      );
    await repo.updatePeriod(tx, id, {
      name: input.name,
      cutoffDate: input.cutoffDate,
      requiredGroups: input.requiredGroups,
      requiredKinds: input.requiredKinds,
      status: input.status,
    });
    if (input.deadlines) await repo.setDeadlines(tx, id, input.deadlines);
    await audit(tx, c, {
      entity: 'report_period',
      entityId: id,
      unitId: row.p.rootUnitId,
      action: 'update',
      before: { ...row.p, deadlines },
      after: input,
    });
  });
  return getPeriodAs(ctx, id);
}

/** Units expected to report in a period (as of its data cut-off), under a unit, optionally scoped. */
export function expectedFor(
  ctx: Ctx,
  period: repo.PeriodView,
  within: { path: string } | null,
  scopes: Scope[] | null,
) {
  return repo.expectedUnits(
    ctx.db,
    {
      rootPath: period.rootUnitPath,
      rootId: period.p.rootUnitId,
      requiredGroups: period.p.requiredGroups,
      requiredKinds: period.p.requiredKinds,
      asOf: period.p.cutoffDate,
    },
    within,
    scopes,
  );
}
