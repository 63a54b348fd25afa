import type { Role } from '@danvan/contracts';
import type { Ctx } from '../../core/context.ts';
import { audit } from '../../core/audit.ts';
import { Err, Forbidden, Invalid } from '../../core/errors.ts';
import { inScope, scopesFor } from '../../core/scope.ts';
import type { Db } from '../../db/client.ts';
import { notifyUnit } from '../notifications/index.ts';
import * as org from '../org/index.ts';
import type { ReportRow } from './reporting.repository.ts';
import { canReviewUnit } from './reporting.periods.ts';
import {
  assertVersion,
  event,
  presentReport,
  STATUS_NAMES,
  withReport,
  writeReport,
  type Loaded,
} from './reporting.reports.ts';
import { checkReport } from './reporting.reports.ts';

const UNIT_ROLES: Role[] = ['unit_head', 'focal_officer'];

/** The report after a transition, from what was loaded and what the transaction wrote (no reload). */
function presentAfter(ctx: Ctx, done: { l: Loaded; patch: Partial<ReportRow>; version: number }) {
  const r = { ...done.l.report.r, ...done.patch, version: done.version } as ReportRow;
  return presentReport(ctx, { ...done.l, report: { ...done.l.report, r } });
}

const unitOf = (l: Loaded) => ({ id: l.report.r.unitId, path: l.report.unitPath });
const link = (id: number) => `/bao-cao/${id}`;

/** The reviewing unit: the period's root for a unit's report, the parent for the province's own report. */
async function reviewerUnitId(ctx: Ctx, l: Loaded): Promise<number | null> {
  if (l.report.r.level === 'unit') return l.period.p.rootUnitId;
  const u = await org.getUnitById(ctx, l.report.r.unitId);
  return u?.parentId ?? null;
}

function assertOpen(l: Loaded) {
  if (l.period.p.status !== 'open') throw Err.locked('Kỳ báo cáo đã đóng.');
}

function assertReviewer(ctx: Ctx, l: Loaded) {
  if (canReviewUnit(ctx, unitOf(l))) return;
  throw Forbidden(
    'Chỉ cơ quan cấp trên của đơn vị mới được xem xét, trả lại, tiếp nhận hoặc mở lại báo cáo này.',
  );
}

function assertStatus(l: Loaded, allowed: string[], message: string) {
  if (!allowed.includes(l.report.r.status)) throw Err.state_invalid(message);
}

async function notify(
  tx: Db,
  ctx: Ctx,
  unitId: number | null,
  roles: Role[],
  title: string,
  body: string,
  reportId: number,
  key: string,
) {
  if (!unitId) return;
  await notifyUnit(tx, ctx, unitId, roles, {
    kind: 'reporting',
    title,
    body,
    link: link(reportId),
    dedupeKey: key,
  });
}

/** Submits (or resubmits) a report: blocking rules must hold. Only the unit head (reports:submit). */
export async function submitReport(
  ctx: Ctx,
  id: number,
  input: { comment?: string; expectedVersion?: number },
) {
  const done = await withReport(ctx, id, (tx, c, l) => submitLoaded(tx, c, l, input));
  return presentAfter(ctx, done);
}

async function submitLoaded(
  tx: Db,
  ctx: Ctx,
  l: Loaded,
  input: { comment?: string; expectedVersion?: number },
) {
  const id = l.report.r.id;
  const actor = ctx.actor!;
  if (!actor.system && !inScope(scopesFor(actor, 'reports:submit'), unitOf(l)))
    throw Forbidden(
      inScope(scopesFor(actor, 'reports:review'), unitOf(l))
        ? 'Chỉ thủ trưởng đơn vị lập báo cáo mới được gửi báo cáo của đơn vị; cấp trên chỉ góp ý, trả lại, tiếp nhận hoặc mở lại.'
        : 'Chỉ thủ trưởng đơn vị mới được gửi báo cáo.',
    );
  assertOpen(l);
  if (l.report.r.status === 'accepted')
    throw Err.locked('Báo cáo đã được tiếp nhận và khóa.');
  assertStatus(l, ['draft', 'returned'], 'Báo cáo đã gửi, đang chờ cấp trên xem xét.');
  assertVersion(l, input.expectedVersion);
  const errors = checkReport(l.template, l.values).filter((v) => v.severity === 'error');
  if (errors.length)
    throw Err.rule_violation(`Báo cáo chưa thể gửi: ${errors.length} lỗi số liệu cần sửa.`, { params: { count: errors.length }, errors: errors.map((e) => ({ path: e.code, message: e.message })) });
  const resubmit = l.report.r.status === 'returned';
  const reviewer = await reviewerUnitId(ctx, l);
  const now = ctx.clock.now();
  const patch: Partial<ReportRow> = {
    status: 'submitted',
    submittedAt: now,
    submittedBy: ctx.actor?.system ? null : ctx.actor?.userId,
    firstSubmittedAt: l.report.r.firstSubmittedAt ?? now,
  };
  const version = await writeReport(tx, l, patch);
  await event(tx, ctx, id, {
    action: resubmit ? 'resubmit' : 'submit',
    from: l.report.r.status,
    to: 'submitted',
    comment: input.comment,
  });
  await audit(tx, ctx, {
    entity: 'report',
    entityId: id,
    unitId: l.report.r.unitId,
    action: resubmit ? 'resubmit' : 'submit',
    before: { status: l.report.r.status },
    after: { status: 'submitted' },
  });
  await notify(
    tx,
    ctx,
    reviewer,
    ['coordinator'],
    `${l.report.unitName} ${resubmit ? 'gửi lại' : 'đã gửi'} ${l.period.p.name.toLowerCase()}`,
    'Báo cáo đang chờ xem xét, tiếp nhận.',
    id,
    `reporting:${id}:submitted:${l.report.r.version}`,
  );
  return { l, patch, version };
}

/** Returns a submitted report to the unit with comments, general and per section. */
export async function returnReport(
  ctx: Ctx,
  id: number,
  input: { comment: string; sectionComments: Record<string, string> },
) {
  const done = await withReport(ctx, id, (tx, c, l) => returnLoaded(tx, c, l, input));
  return presentAfter(ctx, done);
}

async function returnLoaded(
  tx: Db,
  ctx: Ctx,
  l: Loaded,
  input: { comment: string; sectionComments: Record<string, string> },
) {
  const id = l.report.r.id;
  assertReviewer(ctx, l);
  assertOpen(l);
  assertStatus(
    l,
    ['submitted'],
    `Chỉ trả lại được báo cáo đã gửi (hiện: ${STATUS_NAMES[l.report.r.status as 'draft']}).`,
  );
  const codes = new Set<string>();
  const walk = (list: Loaded['template']['sections']) =>
    list.forEach((s) => (codes.add(s.code), walk(s.children)));
  walk(l.template.sections);
  const sections = Object.fromEntries(
    Object.entries(input.sectionComments).filter(([, v]) => v.trim() !== ''),
  );
  const unknown = Object.keys(sections).filter((k) => !codes.has(k));
  if (unknown.length) throw Invalid(`Mục không có trong đề cương: ${unknown.join(', ')}`);
  const patch: Partial<ReportRow> = {
    status: 'returned',
    reviewComments: { general: input.comment || null, sections },
  };
  const version = await writeReport(tx, l, patch);
  await event(tx, ctx, id, {
    action: 'return',
    from: 'submitted',
    to: 'returned',
    comment: input.comment || null,
    sectionComments: sections,
  });
  await audit(tx, ctx, {
    entity: 'report',
    entityId: id,
    unitId: l.report.r.unitId,
    action: 'return',
    before: { status: 'submitted' },
    after: { status: 'returned', comment: input.comment, sections },
  });
  await notify(
    tx,
    ctx,
    l.report.r.unitId,
    UNIT_ROLES,
    `${l.period.p.name} bị trả lại`,
    input.comment || 'Xem ý kiến theo từng mục của báo cáo.',
    id,
    `reporting:${id}:returned:${l.report.r.version}`,
  );
  return { l, patch, version };
}

/** Accepts a submitted report: it is locked from then on. */
export async function acceptReport(ctx: Ctx, id: number, input: { comment?: string }) {
  const done = await withReport(ctx, id, async (tx, c, l) => {
    assertReviewer(c, l);
    assertOpen(l);
    assertStatus(l, ['submitted'], 'Chỉ tiếp nhận được báo cáo đã gửi.');
    const patch: Partial<ReportRow> = {
      status: 'accepted',
      acceptedAt: c.clock.now(),
      acceptedBy: c.actor?.system ? null : c.actor?.userId,
      reviewComments: null,
    };
    const version = await writeReport(tx, l, patch);
    await event(tx, c, id, { action: 'accept', from: 'submitted', to: 'accepted', comment: input.comment });
    await audit(tx, c, {
      entity: 'report',
      entityId: id,
      unitId: l.report.r.unitId,
      action: 'accept',
      before: { status: 'submitted' },
      after: { status: 'accepted' },
    });
    await notify(
      tx,
      c,
      l.report.r.unitId,
      UNIT_ROLES,
      `${l.period.p.name} đã được tiếp nhận`,
      input.comment ?? '',
      id,
      `reporting:${id}:accepted:${l.report.r.version}`,
    );
    return { l, patch, version };
  });
  return presentAfter(ctx, done);
}

/** A higher level reopens an accepted report, with a reason; it goes back to the unit as returned. */
export async function reopenReport(ctx: Ctx, id: number, input: { reason: string }) {
  const done = await withReport(ctx, id, async (tx, c, l) => {
    assertReviewer(c, l);
    assertOpen(l);
    assertStatus(l, ['accepted'], 'Chỉ mở lại được báo cáo đã tiếp nhận.');
    const patch: Partial<ReportRow> = {
      status: 'returned',
      acceptedAt: null,
      acceptedBy: null,
      reviewComments: { general: input.reason, sections: {} },
    };
    const version = await writeReport(tx, l, patch);
    await event(tx, c, id, { action: 'reopen', from: 'accepted', to: 'returned', comment: input.reason });
    await audit(tx, c, {
      entity: 'report',
      entityId: id,
      unitId: l.report.r.unitId,
      action: 'reopen',
      before: { status: 'accepted' },
      after: { status: 'returned', reason: input.reason },
    });
    await notify(
      tx,
      c,
      l.report.r.unitId,
      UNIT_ROLES,
      `${l.period.p.name} được mở lại để bổ sung`,
      input.reason,
      id,
      `reporting:${id}:reopened:${l.report.r.version}`,
    );
    return { l, patch, version };
  });
  return presentAfter(ctx, done);
}
