import type { UpdateTimeLimitRule } from '@danvan/contracts';
import { addDays, formatDateVi } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid, NotFound, RuleViolation } from '../../../core/errors.ts';
import * as repo from './rule.repository.ts';
import { authorizeRuleChange } from './rule.policy.ts';
import { presentRule, toDomainRule } from './rule.present.ts';
import { assertNoConflict, assertValidRule, normalBasis, normalConditions } from './rule.checks.ts';

/** The fields whose change would alter a deadline already counted: never changed in place once used. */
const SUBSTANTIVE = ['value', 'unit', 'conditions', 'basis', 'effectiveFrom', 'effectiveTo'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Edits a rule. An unused rule changes in place. A rule a case has used keeps its value: a change of
 * value, unit, conditions or basis becomes a new version (same code) in force from `effectiveFrom`,
 * and the used version ends the day before; its name, note and "cần kiểm tra" mark change in place.
 */
export async function updateRule(ctx: Ctx, id: number, input: UpdateTimeLimitRule) {
  return inTx(ctx, async (tx, c) => {
    const found = await repo.getRule(tx, id);
    if (!found) throw NotFound('Quy định thời hạn');
    authorizeRuleChange(c, found);
    await repo.lockCode(tx, found.code);
    const before = (await repo.getRule(tx, id, { forUpdate: true }))!;
    const old = { ...toDomainRule(before), conditions: normalConditions(toDomainRule(before).conditions) };
    const next = {
      ...old,
      name: input.name ?? old.name,
      value: input.value ?? old.value,
      unit: input.unit ?? old.unit,
      conditions: normalConditions(input.conditions ?? old.conditions),
      basis: input.basis ? normalBasis(input.basis) : old.basis,
      effectiveFrom: input.effectiveFrom ?? old.effectiveFrom,
      effectiveTo: input.effectiveTo !== undefined ? input.effectiveTo : old.effectiveTo,
      needsCheck: input.needsCheck ?? old.needsCheck,
      note: input.note !== undefined ? input.note : (old.note ?? null),
    };
    assertValidRule(next);
    const changed = SUBSTANTIVE.filter((k) => !same(next[k], old[k]));
    const others = (await repo.allRules(tx, before.code)).filter((r) => r.id !== id);

    if (!before.usedAt || changed.length === 0) {
      assertNoConflict(next, others);
      const after = await repo.updateRule(tx, id, {
        name: next.name,
        value: next.value,
        unit: next.unit,
        conditions: next.conditions,
        basisLaw: next.basis.law,
        basisArticle: next.basis.article,
        basisClause: next.basis.clause,
        effectiveFrom: next.effectiveFrom,
        effectiveTo: next.effectiveTo,
        needsCheck: next.needsCheck,
        note: next.note,
      });
      await audit(tx, c, { entity: 'legal_time_limit', entityId: id, action: 'update', before, after });
      return presentRule(c, after);
    }

    // A used rule: a new version from a date.
    if (changed.length === 1 && changed[0] === 'effectiveTo')
      throw RuleViolation(
        'Quy định đã được áp dụng cho hồ sơ: để chấm dứt hiệu lực, hãy dùng thao tác "Hết hiệu lực".',
        undefined,
        [{ path: 'effectiveTo', message: 'Dùng thao tác "Hết hiệu lực"' }],
      );
    if (input.effectiveFrom === undefined || input.effectiveFrom === old.effectiveFrom)
      throw Invalid(
        'Quy định đã được áp dụng cho hồ sơ nên không sửa trực tiếp được: hãy nhập "Hiệu lực từ ngày" của phiên bản mới.',
        [{ path: 'effectiveFrom', message: 'Nhập ngày phiên bản mới bắt đầu có hiệu lực' }],
      );
    if (
      input.effectiveFrom < old.effectiveFrom ||
      (old.effectiveTo !== null && input.effectiveFrom > old.effectiveTo)
    )
      throw RuleViolation(
        `Phiên bản mới phải bắt đầu có hiệu lực sau ngày ${formatDateVi(old.effectiveFrom)}${old.effectiveTo ? ` và không muộn hơn ngày ${formatDateVi(old.effectiveTo)}` : ''} (thời gian hiệu lực của phiên bản đang áp dụng).`,
        undefined,
        [{ path: 'effectiveFrom', message: 'Ngày hiệu lực của phiên bản mới không hợp lệ' }],
      );
    const endOld = addDays(input.effectiveFrom, -1);
    const version = {
      ...next,
      effectiveTo: input.effectiveTo !== undefined ? input.effectiveTo : old.effectiveTo,
    };
    assertNoConflict(version, others);
    const closed = await repo.updateRule(tx, id, { effectiveTo: endOld });
    const row = await repo.insertRule(tx, {
      code: before.code,
      version: await repo.nextVersion(tx, before.code),
      name: version.name,
      value: version.value,
      unit: version.unit,
      conditions: version.conditions,
      basisLaw: version.basis.law,
      basisArticle: version.basis.article,
      basisClause: version.basis.clause,
      effectiveFrom: version.effectiveFrom,
      effectiveTo: version.effectiveTo,
      needsCheck: version.needsCheck,
      note: version.note,
      previousVersionId: id,
    });
    await audit(tx, c, {
      entity: 'legal_time_limit',
      entityId: id,
      action: 'close_version',
      before: { effectiveTo: before.effectiveTo },
      after: { effectiveTo: closed.effectiveTo, nextVersionId: row.id },
    });
    await audit(tx, c, {
      entity: 'legal_time_limit',
      entityId: row.id,
      action: 'new_version',
      before,
      after: row,
    });
    return presentRule(c, row);
  });
}
