/**
 * Editing a criteria set. A set no self-assessment used yet changes in place (row-version
 * condition); once used it is frozen: the edit makes a new version (a new row, previous_version_id
 * pointing back, set_version + 1, state draft) and the used one becomes 'superseded'. The rounds and
 * assessments that used it keep it.
 */
import type { UpdateCriteriaSet } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { RuleViolation, StateInvalid } from '../../../core/errors.ts';
import * as schemes from '../band-scheme/band-scheme.repository.ts';
import { checkedContent, staleSet } from './set.checks.ts';
import { loadSet, setAfter } from './read-set.ts';
import * as repo from './set.repository.ts';

export async function updateSet(ctx: Ctx, id: number, input: UpdateCriteriaSet) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadSet(c, id, 'update', { lock: true, db: tx });
    if (input.version !== before.version) throw staleSet();
    if (before.state === 'superseded')
      throw StateInvalid('Bộ tiêu chí này đã có phiên bản mới: hãy sửa phiên bản mới nhất.');
    if (input.bandSchemeId !== undefined && !(await schemes.getBandScheme(tx, input.bandSchemeId)))
      throw RuleViolation('Thang xếp loại không tồn tại.', undefined, [
        { path: 'bandSchemeId', message: 'Thang xếp loại không tồn tại' },
      ]);
    const checked = input.content ? checkedContent(input.content) : null;
    const fields = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.bandSchemeId !== undefined ? { bandSchemeId: input.bandSchemeId } : {}),
      ...(input.basis !== undefined ? { basis: input.basis } : {}),
      ...(input.needsCheck !== undefined ? { needsCheck: input.needsCheck } : {}),
      ...(checked ? { content: checked.content, maxTotal: checked.maxTotal } : {}),
    };
    const changed = Object.entries(fields).some(
      ([k, v]) => JSON.stringify(v) !== JSON.stringify((before as Record<string, unknown>)[k]),
    );
    if (!changed) return setAfter(c, tx, id);
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    if (before.usedAt) {
      // frozen: a new version
      const v = await repo.updateSet(tx, id, before.version, {
        state: 'superseded',
        updatedAt: now,
        updatedBy: by,
      });
      if (v === null) throw staleSet();
      const newId = await repo.insertSet(tx, {
        unitId: before.unitId,
        year: before.year,
        name: before.name,
        state: 'draft',
        setVersion: before.setVersion + 1,
        previousVersionId: before.id,
        bandSchemeId: before.bandSchemeId,
        basis: before.basis,
        needsCheck: before.needsCheck,
        content: before.content,
        maxTotal: before.maxTotal,
        isDemo: before.isDemo,
        ...fields,
        createdBy: by,
        updatedBy: by,
        createdAt: now,
        updatedAt: now,
      });
      const after = await setAfter(c, tx, newId);
      await audit(tx, c, {
        entity: 'scoring_set',
        entityId: newId,
        unitId: before.unitId,
        action: 'scoring.set.version',
        before: { id: before.id, setVersion: before.setVersion },
        after,
      });
      return after;
    }
    const v = await repo.updateSet(tx, id, before.version, { ...fields, updatedAt: now, updatedBy: by });
    if (v === null) throw staleSet();
    const after = await setAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_set',
      entityId: id,
      unitId: before.unitId,
      action: 'scoring.set.update',
      before,
      after,
    });
    return after;
  });
}

/** Issuing a draft set: from then on rounds may use it. */
export async function issueSet(ctx: Ctx, id: number, version: number) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadSet(c, id, 'issue', { lock: true, db: tx });
    if (version !== before.version) throw staleSet();
    if (before.state !== 'draft') throw StateInvalid('Chỉ ban hành được bộ tiêu chí đang là dự thảo.');
    const v = await repo.updateSet(tx, id, before.version, {
      state: 'issued',
      updatedAt: c.clock.now(),
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleSet();
    const after = await setAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_set',
      entityId: id,
      unitId: before.unitId,
      action: 'scoring.set.issue',
      before,
      after,
    });
    return after;
  });
}
