/**
 * The one-to-two rule of seed 003 ("tối thiểu mỗi cơ quan Nhà nước các cấp phải xây dựng, nhân
 * rộng, phát huy hiệu quả 01 đến 02 mô hình"): per state body in the actor's scope, its own models
 * registered, running (running or evaluated) and recognised (recognised or replicated), and where it
 * stands against the minimum kept as data (models_settings). Units without a running model first.
 */
import type { ModelCompliance, ModelComplianceQuery } from '@danvan/contracts';
import { LEADER_REQUIRED_KINDS, modelComplianceStatus } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { readableUnit } from '../model/read-model.ts';
import { modelReadScopes } from '../model/model.policy.ts';
import * as settingsRepo from '../setting/setting.repository.ts';
import * as repo from './compliance.repository.ts';

export async function readCompliance(ctx: Ctx, q: ModelComplianceQuery): Promise<ModelCompliance> {
  const scopes = modelReadScopes(ctx);
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const minimum = await settingsRepo.settingValue(ctx.db, 'min_models_per_body');
  const target = await settingsRepo.settingValue(ctx.db, 'target_models_per_body');
  const { rows, total, summary } = await repo.complianceRows(
    ctx.db,
    scopes,
    {
      kinds: LEADER_REQUIRED_KINDS,
      today: today(ctx),
      under: unit,
      q: q.q?.trim() || undefined,
      minimum,
      status: q.status,
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return {
    items: rows.map((r) => {
      const active = r.running + r.recognised;
      return { ...r, active, status: modelComplianceStatus(active, minimum) };
    }),
    total,
    page: q.page,
    pageSize: q.pageSize,
    summary: { ...summary, minimum, target },
  };
}
