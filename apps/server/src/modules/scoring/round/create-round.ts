/** Preparing the year's round (a draft), editing it, and opening it: the set is issued to the units of its groups. */
import type { CreateRound, UpdateRound } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, Forbidden, NotFound, RuleViolation, StateInvalid } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { holds } from '../shared/scope.ts';
import * as sets from '../set/set.repository.ts';
import { canRound } from './round.policy.ts';
import { loadRound, reloadRound } from './read-round.ts';
import * as repo from './round.repository.ts';

export const staleRound = () =>
  Conflict('Đợt chấm điểm này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');

export async function createRound(ctx: Ctx, input: CreateRound, opts: { isDemo?: boolean } = {}) {
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit) throw NotFound('Đơn vị');
  if (!canRound(actor, 'create', { unitId: unit.id, unitPath: unit.path, state: 'open' })) {
    if (holds(actor, 'scoring:read', unit)) throw Forbidden();
    throw NotFound('Đơn vị');
  }
  return inTx(ctx, async (tx, c) => {
    const set = await sets.getSet(tx, input.setId, true);
    if (!set || !unit.path.startsWith(set.unitPath)) throw NotFound('Bộ tiêu chí');
    if (set.state !== 'issued')
      throw StateInvalid('Chỉ dùng được bộ tiêu chí đã ban hành (và chưa có phiên bản mới).');
    const groups = await repo.groupsByIds(tx, [...new Set(input.groupIds)]);
    if (groups.length !== new Set(input.groupIds).size)
      throw RuleViolation('Có khối đơn vị không tồn tại.', undefined, [
        { path: 'groupIds', message: 'Khối đơn vị không tồn tại' },
      ]);
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const id = await repo.insertRound(tx, {
      unitId: unit.id,
      year: input.year,
      name: input.name,
      setId: set.id,
      groupIds: groups.map((g) => g.id),
      submitDeadline: input.submitDeadline,
      explainDays: input.explainDays,
      state: 'draft',
      isDemo: opts.isDemo ?? false,
      createdBy: by,
      updatedBy: by,
      createdAt: now,
      updatedAt: now,
    });
    const after = await reloadRound(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_round',
      entityId: id,
      unitId: unit.id,
      action: 'scoring.round.create',
      after,
    });
    return after;
  });
}

export async function updateRound(ctx: Ctx, id: number, input: UpdateRound) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadRound(c, id, 'update', { lock: true, db: tx });
    if (input.version !== before.version) throw staleRound();
    if (before.state === 'published')
      throw StateInvalid('Đợt chấm điểm đã công bố kết quả: không sửa được nữa.');
    const { version, ...fields } = input;
    const changed = Object.fromEntries(
      Object.entries(fields).filter(
        ([k, v]) => v !== undefined && (before as Record<string, unknown>)[k] !== v,
      ),
    );
    if (!Object.keys(changed).length) return reloadRound(c, tx, id);
    const v = await repo.updateRound(tx, id, version, {
      ...changed,
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleRound();
    const after = await reloadRound(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_round',
      entityId: id,
      unitId: before.unitId,
      action: 'scoring.round.update',
      before,
      after,
    });
    return after;
  });
}

/** Opening a prepared round: the units of its groups see it and open their self-assessments. */
export async function openRound(ctx: Ctx, id: number, version: number) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadRound(c, id, 'open', { lock: true, db: tx });
    if (version !== before.version) throw staleRound();
    if (before.state !== 'draft') throw StateInvalid('Đợt chấm điểm đã được mở.');
    const set = await sets.getSet(tx, before.setId);
    if (!set || set.state !== 'issued')
      throw StateInvalid(
        'Bộ tiêu chí của đợt chưa ban hành hoặc đã có phiên bản mới: hãy chọn bộ tiêu chí đã ban hành.',
      );
    const v = await repo.updateRound(tx, id, before.version, {
      state: 'open',
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleRound();
    const after = await reloadRound(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_round',
      entityId: id,
      unitId: before.unitId,
      action: 'scoring.round.open',
      before: { state: before.state },
      after,
    });
    return after;
  });
}
