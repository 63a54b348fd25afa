/**
 * The scoring criterion the reception module answers (scoring/proposer registry):
 * `reception.head_days_minimum` — the days of periodic reception the unit's head held in person in
 * the year, against the legal minimum for the kind of unit (the legal register's rule in force at the
 * year's end). One statement for every unit of the batch; a kind of unit without a rule gets none.
 */
import { formatCount } from '@danvan/contracts';
import { ruleInForce } from '@danvan/domain';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../core/context.ts';
import * as legal from '../../legal/index.ts';
import {
  idsParam,
  queryRows,
  registerProposer,
  type ProposedShare,
  type ProposerPeriod,
  type ProposerUnit,
} from '../../scoring/index.ts';

/** The legal minimum of the head's periodic reception days a year, by the kind of unit. */
export const RECEPTION_RULE_BY_KIND: Record<string, string> = {
  commune: 'tiep_cong_dan.chu_tich_xa',
  district: 'tiep_cong_dan.chu_tich_huyen',
  province: 'tiep_cong_dan.chu_tich_tinh',
  department: 'tiep_cong_dan.thu_truong_co_quan',
  public_service: 'tiep_cong_dan.thu_truong_co_quan',
  state_enterprise: 'tiep_cong_dan.thu_truong_co_quan',
};

const ratio = (part: number, whole: number) => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 1);

export async function proposeHeadDays(ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) {
  const rules = await legal.rulesOfCodes(ctx, [...new Set(Object.values(RECEPTION_RULE_BY_KIND))]);
  const rows = await queryRows<{ unit_id: number; held: number }>(
    ctx,
    sql`select v.unit_id, count(distinct v.received_on)::int as held
        from reception_visits v
        where v.unit_id = any(${idsParam(units)}::int[]) and v.received_on between ${p.from}::date and ${p.to}::date
          and v.kind = 'periodic_head' and v.head_in_person
        group by v.unit_id`,
  );
  const held = new Map(rows.map((r) => [Number(r.unit_id), Number(r.held)]));
  const out = new Map<number, ProposedShare | null>();
  for (const u of units) {
    const code = RECEPTION_RULE_BY_KIND[u.kind];
    const rule = code ? ruleInForce(rules, code, p.to) : null;
    if (!rule) {
      out.set(u.id, null);
      continue;
    }
    const minimum = rule.unit === 'days_per_week' ? rule.value * 52 : rule.value * 12;
    const n = held.get(u.id) ?? 0;
    out.set(u.id, {
      share: ratio(n, minimum),
      description: `Người đứng đầu tiếp ${formatCount(n)}/${formatCount(minimum)} ngày tối thiểu (${rule.name.toLowerCase()})`,
      figures: { held: n, minimum },
      evidence: { path: `/tiep-cong-dan/tuan-thu?unitId=${u.id}`, label: 'Tuân thủ tiếp công dân' },
    });
  }
  return out;
}

export function registerReceptionProposers(): void {
  registerProposer(
    'reception.head_days_minimum',
    'Người đứng đầu tiếp công dân đủ số ngày tối thiểu',
    'Số ngày tiếp công dân định kỳ người đứng đầu trực tiếp tiếp trong năm so với mức tối thiểu của Luật Tiếp công dân (sổ quy định thời hạn).',
    proposeHeadDays,
  );
}
