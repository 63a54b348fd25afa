/** The rule values of the module (the one-to-two minimum, the pass mark), whole. */
import type { ModelSetting } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { wholeList } from '../../../core/page.ts';
import { authorizeReferenceRead, managesReference } from '../shared/reference.policy.ts';
import * as repo from './setting.repository.ts';

export function presentSetting(ctx: Ctx, s: repo.SettingRow): ModelSetting {
  return {
    id: s.id,
    key: s.key,
    name: s.name,
    value: s.value,
    minValue: s.minValue,
    maxValue: s.maxValue,
    basis: s.basis,
    needsCheck: s.needsCheck,
    version: s.version,
    can: { update: managesReference(ctx.actor) },
  };
}

export async function listSettings(ctx: Ctx) {
  authorizeReferenceRead(ctx);
  return wholeList((await repo.listSettings(ctx.db)).map((s) => presentSetting(ctx, s)));
}
