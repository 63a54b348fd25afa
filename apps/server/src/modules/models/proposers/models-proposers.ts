/**
 * The scoring criterion the models module answers (scoring/proposer registry): `models.running` —
 * the "Dân vận khéo" models the unit registered in the five years to the end of the year scored: from
 * 2 full points, 1 half (tối thiểu 01 - 02 mô hình, Chỉ thị của Tỉnh ủy, seed 003). One statement for
 * every unit of the batch.
 */
import { formatCount } from '@danvan/contracts';
import { minIsoDate, todayInVietnam } from '@danvan/domain';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../core/context.ts';
import {
  idsParam,
  queryRows,
  registerProposer,
  type ProposedShare,
  type ProposerPeriod,
  type ProposerUnit,
} from '../../scoring/index.ts';

export async function proposeModelsRunning(ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) {
  const from = `${p.year - 4}-01-01`;
  const to = minIsoDate(p.to, todayInVietnam(ctx.clock.now()));
  const rows = await queryRows<{ unit_id: number; n: number }>(
    ctx,
    sql`select m.unit_id, count(*)::int as n from models m
        where m.unit_id = any(${idsParam(units)}::int[]) and m.registered_on between ${from}::date and ${to}::date
        group by m.unit_id`,
  );
  const byUnit = new Map(rows.map((r) => [Number(r.unit_id), Number(r.n)]));
  const out = new Map<number, ProposedShare | null>();
  for (const u of units) {
    const n = byUnit.get(u.id) ?? 0;
    out.set(u.id, {
      share: n >= 2 ? 1 : n === 1 ? 0.5 : 0,
      description: `${formatCount(n)} mô hình đăng ký từ năm ${p.year - 4} đến năm ${p.year}`,
      figures: { registered: n },
      evidence: { path: `/mo-hinh?unitId=${u.id}`, label: 'Mô hình “Dân vận khéo” của đơn vị' },
    });
  }
  return out;
}

export function registerModelsProposers(): void {
  registerProposer(
    'models.running',
    'Mô hình “Dân vận khéo”',
    'Số mô hình “Dân vận khéo” đơn vị đăng ký trong 5 năm đến hết năm chấm điểm: từ 2 mô hình đủ điểm, 1 mô hình một nửa (tối thiểu 01 - 02 mô hình, Chỉ thị của Tỉnh ủy, seed 003).',
    proposeModelsRunning,
  );
}
