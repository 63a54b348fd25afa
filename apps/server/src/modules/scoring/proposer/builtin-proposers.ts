/**
 * The proposers this module can answer today from the other modules' figures (core/figures.ts, the
 * same numbers the reports are filled with) and the legal register (legal/index.ts rulesOfCodes):
 * the plan issued on time, the leader in charge named, tasks done on time, petitions resolved on
 * time, the head's reception days at the legal minimum, "Dân vận khéo" models. The keys of modules
 * being built (dialogues, Front recommendations, overdue petitions, reports) are declared for later.
 */
import { formatCount } from '@danvan/contracts';
import { ruleInForce } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { computeFigures } from '../../../core/figures.ts';
import * as legal from '../../legal/index.ts';
import {
  declareLaterProposer,
  registerProposer,
  type ProposedShare,
  type ProposerPeriod,
  type ProposerUnit,
} from './proposer.registry.ts';

/** The day of the year by which the unit's own plan counts as issued on time (this system's default). */
export const PLAN_ON_TIME_BY = '03-31';

const q = (u: ProposerUnit, from: string, to: string) => ({ unitId: u.id, from, to, subtree: false });

/** One proposer per unit through the figure providers (a few indexed counts per unit). */
function perUnit(f: (ctx: Ctx, u: ProposerUnit, p: ProposerPeriod) => Promise<ProposedShare | null>) {
  return async (ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) => {
    const out = new Map<number, ProposedShare | null>();
    for (const u of units) out.set(u.id, await f(ctx, u, p));
    return out;
  };
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 1);
const day = (iso: string) => iso.split('-').reverse().join('/');

/** The legal minimum of the head's periodic reception days a year, by the kind of unit. */
const RECEPTION_RULE_BY_KIND: Record<string, string> = {
  commune: 'tiep_cong_dan.chu_tich_xa',
  district: 'tiep_cong_dan.chu_tich_huyen',
  province: 'tiep_cong_dan.chu_tich_tinh',
  department: 'tiep_cong_dan.thu_truong_co_quan',
  public_service: 'tiep_cong_dan.thu_truong_co_quan',
  state_enterprise: 'tiep_cong_dan.thu_truong_co_quan',
};

let done = false;
export function registerBuiltinProposers(): void {
  if (done) return;
  done = true;

  registerProposer(
    'plans.plan_issued_on_time',
    'Ban hành kế hoạch năm đúng thời hạn',
    `Kế hoạch công tác dân vận chính quyền của đơn vị ban hành đến ngày ${PLAN_ON_TIME_BY.split('-').reverse().join('/')}: đủ điểm; ban hành muộn hơn trong năm: một nửa số điểm; không ban hành: 0.`,
    perUnit(async (ctx, u, p) => {
      const by = `${p.year}-${PLAN_ON_TIME_BY}`;
      const f = await computeFigures(ctx, ['plans.plans_issued'], q(u, p.from, by));
      const g = await computeFigures(ctx, ['plans.plans_issued'], q(u, p.from, p.to));
      const onTime = f['plans.plans_issued'];
      const inYear = g['plans.plans_issued'];
      if (onTime == null || inYear == null) return null;
      const share = onTime > 0 ? 1 : inYear > 0 ? 0.5 : 0;
      return {
        share,
        description:
          onTime > 0
            ? `Đã ban hành kế hoạch trước ngày ${day(by)}`
            : inYear > 0
              ? `Ban hành kế hoạch sau ngày ${day(by)}`
              : `Chưa ban hành kế hoạch năm ${p.year}`,
        evidence: { path: `/ke-hoach?unitId=${u.id}&year=${p.year}`, label: 'Kế hoạch của đơn vị' },
      };
    }),
  );

  registerProposer(
    'plans.leader_named',
    'Phân công lãnh đạo phụ trách',
    'Đơn vị đã phân công lãnh đạo phụ trách công tác dân vận chính quyền đến cuối năm: đủ điểm; chưa: 0.',
    perUnit(async (ctx, u, p) => {
      const n = (await computeFigures(ctx, ['plans.leader_assigned'], q(u, p.from, p.to)))[
        'plans.leader_assigned'
      ];
      if (n == null) return null;
      return {
        share: n > 0 ? 1 : 0,
        description: n > 0 ? 'Đã phân công lãnh đạo phụ trách' : 'Chưa phân công lãnh đạo phụ trách',
        evidence: { path: `/lanh-dao-phu-trach?unitId=${u.id}`, label: 'Lãnh đạo phụ trách' },
      };
    }),
  );

  registerProposer(
    'plans.tasks_on_time',
    'Nhiệm vụ hoàn thành đúng hạn',
    'Tỷ lệ nhiệm vụ được giao đến hạn trong năm đã hoàn thành; không có nhiệm vụ đến hạn: đủ điểm.',
    perUnit(async (ctx, u, p) => {
      const f = await computeFigures(ctx, ['plans.tasks_assigned', 'plans.tasks_done'], q(u, p.from, p.to));
      const assigned = f['plans.tasks_assigned'];
      const doneN = f['plans.tasks_done'];
      if (assigned == null || doneN == null) return null;
      return {
        share: ratio(doneN, assigned),
        description:
          assigned > 0
            ? `Hoàn thành ${formatCount(doneN)}/${formatCount(assigned)} nhiệm vụ đến hạn`
            : 'Không có nhiệm vụ đến hạn trong năm',
        evidence: { path: `/nhiem-vu-cua-toi?unitId=${u.id}`, label: 'Nhiệm vụ được giao' },
      };
    }),
  );

  registerProposer(
    'petitions.resolved_on_time',
    'Giải quyết đơn thư đúng hạn',
    'Tỷ lệ đơn, thư giải quyết đúng thời hạn trong số đã giải quyết trong năm; không có đơn: đủ điểm.',
    perUnit(async (ctx, u, p) => {
      const f = await computeFigures(
        ctx,
        ['petitions.resolved', 'petitions.resolved_on_time'],
        q(u, p.from, p.to),
      );
      const resolved = f['petitions.resolved'];
      const onTime = f['petitions.resolved_on_time'];
      if (resolved == null || onTime == null) return null;
      return {
        share: ratio(onTime, resolved),
        description:
          resolved > 0
            ? `Giải quyết đúng hạn ${formatCount(onTime)}/${formatCount(resolved)} đơn, thư`
            : 'Không có đơn, thư phải giải quyết trong năm',
        evidence: { path: `/don-thu?unitId=${u.id}`, label: 'Sổ theo dõi đơn thư' },
      };
    }),
  );

  registerProposer(
    'reception.head_days_minimum',
    'Người đứng đầu tiếp công dân đủ số ngày tối thiểu',
    'Số ngày tiếp công dân định kỳ người đứng đầu trực tiếp tiếp trong năm so với mức tối thiểu của Luật Tiếp công dân (sổ quy định thời hạn).',
    async (ctx, units, p) => {
      const rules = await legal.rulesOfCodes(ctx, Object.values(RECEPTION_RULE_BY_KIND));
      const out = new Map<number, ProposedShare | null>();
      for (const u of units) {
        const code = RECEPTION_RULE_BY_KIND[u.kind];
        const rule = code ? ruleInForce(rules, code, p.to) : null;
        if (!rule) {
          out.set(u.id, null);
          continue;
        }
        const minimum = rule.unit === 'days_per_week' ? rule.value * 52 : rule.value * 12;
        const held = (await computeFigures(ctx, ['reception.head_sessions'], q(u, p.from, p.to)))[
          'reception.head_sessions'
        ];
        if (held == null) {
          out.set(u.id, null);
          continue;
        }
        out.set(u.id, {
          share: ratio(held, minimum),
          description: `Người đứng đầu tiếp ${formatCount(held)}/${formatCount(minimum)} ngày tối thiểu (${rule.name.toLowerCase()})`,
          evidence: { path: `/tiep-cong-dan/tuan-thu?unitId=${u.id}`, label: 'Tuân thủ tiếp công dân' },
        });
      }
      return out;
    },
  );

  registerProposer(
    'models.running',
    'Mô hình “Dân vận khéo”',
    'Số mô hình “Dân vận khéo” đơn vị đăng ký trong 5 năm đến hết năm chấm điểm: từ 2 mô hình đủ điểm, 1 mô hình một nửa (tối thiểu 01 - 02 mô hình, Chỉ thị của Tỉnh ủy, seed 003).',
    perUnit(async (ctx, u, p) => {
      const n = (await computeFigures(ctx, ['models.registered'], q(u, `${p.year - 4}-01-01`, p.to)))[
        'models.registered'
      ];
      if (n == null) return null;
      return {
        share: n >= 2 ? 1 : n === 1 ? 0.5 : 0,
        description: `${formatCount(n)} mô hình đăng ký từ năm ${p.year - 4} đến năm ${p.year}`,
        evidence: { path: `/mo-hinh?unitId=${u.id}`, label: 'Mô hình “Dân vận khéo” của đơn vị' },
      };
    }),
  );

  // Registered later by the modules that answer them (answers/dialogues, petitions, reporting).
  declareLaterProposer(
    'dialogues.held',
    'Đối thoại với Nhân dân',
    'Người đứng đầu tổ chức đối thoại với Nhân dân trong năm (khi phân hệ đối thoại đăng ký số liệu).',
  );
  declareLaterProposer(
    'front.recommendations_answered',
    'Trả lời kiến nghị của Mặt trận',
    'Tỷ lệ kiến nghị sau giám sát, phản biện xã hội đã tiếp thu, trả lời (khi phân hệ trả lời kiến nghị đăng ký số liệu).',
  );
  declareLaterProposer(
    'petitions.none_overdue',
    'Không có đơn thư quá hạn',
    'Không có đơn, thư quá hạn giải quyết (khi phân hệ đơn thư cung cấp số đơn quá hạn).',
  );
  declareLaterProposer(
    'reporting.reports_on_time',
    'Báo cáo 6 tháng, năm đúng hạn và được chấp nhận',
    'Báo cáo 6 tháng và báo cáo năm gửi đúng hạn, được chấp nhận (khi phân hệ báo cáo cung cấp số liệu).',
  );
}
