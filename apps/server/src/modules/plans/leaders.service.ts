/**
 * Leaders in charge of government mass-mobilisation work (phân công lãnh đạo phụ trách công tác dân
 * vận chính quyền, bằng văn bản; seed 003 item 2): register, edit, list, and the units without one.
 */
import type {
  CreateLeaderAssignment,
  LeaderAssignment,
  LeaderCompliance,
  LeaderComplianceQuery,
  UpdateLeaderAssignment,
} from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Forbidden, Invalid, NotFound } from '../../core/errors.ts';
import { inScope } from '../../core/scope.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import * as reg from './registers.repository.ts';
import { can, readScopes, readableUnit, unitOrActive, unitWith } from './plans.access.ts';

/** State bodies that must name a leader in charge (Fatherland Front, mass organisations and councils do not). */
export const LEADER_REQUIRED_KINDS = [
  'province',
  'department',
  'district',
  'commune',
  'public_service',
  'state_enterprise',
];

export function presentLeader(ctx: Ctx, l: reg.LeaderView): LeaderAssignment {
  const t = today(ctx);
  const unit = { id: l.unitId, path: l.unitPath };
  const write = can(ctx.actor, 'plans:unit-write', unit);
  return {
    id: l.id,
    unitId: l.unitId,
    unitName: l.unitName,
    leaderName: l.leaderName,
    position: l.position,
    fromDate: l.fromDate,
    toDate: l.toDate,
    decisionNumber: l.decisionNumber,
    decisionDate: l.decisionDate,
    decisionIssuer: l.decisionIssuer,
    note: l.note,
    active: l.fromDate <= t && (l.toDate === null || l.toDate >= t),
    isDemo: l.isDemo,
    can: { update: write, attach: write && can(ctx.actor, 'files:write', unit) },
  };
}

export async function listLeaders(
  ctx: Ctx,
  q: { unitId?: number; activeOnly?: boolean; q?: string; page: number; pageSize: number },
) {
  const under = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const { rows, total } = await reg.listLeaders(
    ctx.db,
    readScopes(ctx),
    { under, activeOn: q.activeOnly ? today(ctx) : undefined, q: q.q?.trim() || undefined },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: rows.map((l) => presentLeader(ctx, l)), total, page: q.page, pageSize: q.pageSize };
}

async function visibleLeader(ctx: Ctx, id: number) {
  const l = await reg.getLeader(ctx.db, id);
  if (!l || !inScope(readScopes(ctx), { id: l.unitId, path: l.unitPath }))
    throw NotFound('Phân công lãnh đạo');
  return l;
}

export async function getLeader(ctx: Ctx, id: number) {
  return presentLeader(ctx, await visibleLeader(ctx, id));
}

function check(v: { fromDate: string; toDate?: string | null; decisionDate: string }, t: string) {
  const errors: { path: string; message: string }[] = [];
  if (v.decisionDate > t)
    errors.push({ path: 'decisionDate', message: 'Ngày văn bản phân công không được sau ngày hôm nay' });
  if (v.fromDate < v.decisionDate)
    errors.push({
      path: 'fromDate',
      message: 'Ngày bắt đầu phụ trách không được trước ngày văn bản phân công',
    });
  if (v.toDate && v.toDate < v.fromDate)
    errors.push({ path: 'toDate', message: 'Ngày kết thúc không được trước ngày bắt đầu' });
  if (errors.length) throw Invalid(errors.map((e) => e.message).join('; ') + '.', errors);
}

export async function createLeader(ctx: Ctx, input: CreateLeaderAssignment, opts: { isDemo?: boolean } = {}) {
  const unit = await unitWith(ctx, input.unitId, 'plans:unit-write');
  check(input, today(ctx));
  return inTx(ctx, async (tx, c) => {
    const id = await reg.insertLeader(tx, {
      ...input,
      toDate: input.toDate ?? null,
      unitId: unit.id,
      isDemo: opts.isDemo ?? false,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    const after = (await reg.getLeader(tx, id))!;
    await audit(tx, c, {
      entity: 'leader_assignment',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after,
    });
    return presentLeader(c, after);
  });
}

export async function updateLeader(ctx: Ctx, id: number, input: UpdateLeaderAssignment) {
  const before = await visibleLeader(ctx, id);
  if (!can(ctx.actor, 'plans:unit-write', { id: before.unitId, path: before.unitPath })) throw Forbidden();
  const merged = {
    fromDate: input.fromDate ?? before.fromDate,
    toDate: input.toDate === undefined ? before.toDate : input.toDate,
    decisionDate: input.decisionDate ?? before.decisionDate,
  };
  check(merged, today(ctx));
  return inTx(ctx, async (tx, c) => {
    await reg.updateLeader(tx, id, { ...input, toDate: merged.toDate, updatedAt: c.clock.now() });
    const after = (await reg.getLeader(tx, id))!;
    await audit(tx, c, {
      entity: 'leader_assignment',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentLeader(c, after);
  });
}

export async function leaderCompliance(ctx: Ctx, q: LeaderComplianceQuery): Promise<LeaderCompliance> {
  const under = await unitOrActive(ctx, q.unitId);
  const asOf = q.asOf ?? today(ctx);
  const r = await reg.leaderCoverage(ctx.db, readScopes(ctx), {
    under,
    kinds: q.kind ? [q.kind] : LEADER_REQUIRED_KINDS,
    group: q.group,
    asOf,
    missingOnly: q.missingOnly,
  });
  return { asOf, ...r };
}

export async function exportLeaderCompliance(ctx: Ctx, q: LeaderComplianceQuery) {
  const r = await leaderCompliance(ctx, q);
  const kindName = new Map(UNIT_KINDS.map((k) => [k.code as string, k.nameVi]));
  const fmt = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return renderXlsx([
    {
      name: 'Lãnh đạo phụ trách',
      title: `${q.missingOnly ? 'ĐƠN VỊ CHƯA PHÂN CÔNG' : 'TÌNH HÌNH PHÂN CÔNG'} LÃNH ĐẠO PHỤ TRÁCH CÔNG TÁC DÂN VẬN CHÍNH QUYỀN (ĐẾN NGÀY ${fmt(r.asOf)})`,
      columns: [
        { header: 'STT', key: 'stt', width: 6 },
        { header: 'Mã đơn vị', key: 'code', width: 16 },
        { header: 'Đơn vị', key: 'name', width: 40 },
        { header: 'Loại đơn vị', key: 'kind', width: 24 },
        { header: 'Lãnh đạo phụ trách', key: 'leader', width: 28 },
        { header: 'Chức vụ', key: 'position', width: 24 },
        { header: 'Văn bản phân công', key: 'decision', width: 22 },
        { header: 'Từ ngày', key: 'from', width: 12, numFmt: 'dd/mm/yyyy' },
      ],
      rows: r.rows.map((x, i) => ({
        stt: i + 1,
        code: x.unitCode,
        name: x.unitName,
        kind: kindName.get(x.kind) ?? x.kind,
        leader: x.leaderName ?? 'Chưa phân công',
        position: x.position,
        decision: x.decisionNumber,
        from: x.fromDate ? new Date(`${x.fromDate}T00:00:00Z`) : null,
      })),
    },
  ]);
}
