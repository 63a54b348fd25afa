/**
 * Demo data of scoring (every set, round and assessment marked as demo), in the demo province (Đồng
 * Nai): the year's criteria set (the seeded one, modelled on QĐ 67/2024/QĐ-UBND, issued), the round
 * for the communes and wards with its deadline of 10/11 (seed 001), and a few wards' assessments in
 * different states: a draft with a proposed score changed with its reason, a submitted one, one
 * appraised with a lowered criterion waiting for the explanation, and one decided. The first commune
 * (where the demo accounts of the commune roles sit) has not started, so it can open its own.
 */
import { CRITERIA_SET_SEED, type CriteriaContent } from '@danvan/domain';
import type { AssessmentDetail } from '@danvan/contracts';
import { registerDemoSeeder } from '../../core/demo.ts';
import type { Ctx } from '../../core/context.ts';
import * as org from '../org/index.ts';
import { appraiseItem } from './assessment/appraise-item.ts';
import { decideAssessment } from './assessment/decide-assessment.ts';
import { explainItem } from './assessment/explain-item.ts';
import { openAssessment } from './assessment/open-assessment.ts';
import { selfScoreItem } from './assessment/self-score-item.ts';
import { sendAppraisal } from './assessment/send-appraisal.ts';
import { sendExplanation } from './assessment/send-explanation.ts';
import { submitAssessment } from './assessment/submit-assessment.ts';
import * as schemes from './band-scheme/band-scheme.repository.ts';
import { createRound, openRound } from './round/create-round.ts';
import { createSet } from './set/create-set.ts';
import { issueSet } from './set/update-set.ts';
import { ensureScoringSeed } from './shared/seed.ts';

type Stage = 'draft' | 'submitted' | 'appraised' | 'decided';
const DEMO: { code: string; stage: Stage; share: number }[] = [
  { code: 'PHUONG_TRAN_BIEN', stage: 'draft', share: 0.9 },
  { code: 'PHUONG_TAM_HIEP', stage: 'submitted', share: 0.85 },
  { code: 'PHUONG_LONG_BINH', stage: 'appraised', share: 0.95 },
  { code: 'PHUONG_TRANG_DAI', stage: 'decided', share: 0.92 },
  { code: 'PHUONG_HO_NAI', stage: 'decided', share: 0.8 },
];

const items = (a: AssessmentDetail) => a.groups.flatMap((g) => g.items);

async function scored(ctx: Ctx, a: AssessmentDetail, share: number) {
  for (const i of items(a)) {
    if (i.scoredBy !== 'self') continue;
    const score = i.kind === 'deduction' ? 0 : Math.round(i.maxPoints * share * 4) / 4;
    if (i.selfScore === score) continue;
    a = await selfScoreItem(ctx, a.id, i.id, {
      version: a.version,
      selfScore: score,
      selfReason: i.proposal
        ? 'Số liệu trên hệ thống chưa đầy đủ; đơn vị đã thực hiện theo văn bản giấy, có tài liệu kiểm chứng kèm theo.'
        : undefined,
      evidenceLinks: [{ path: '/ke-hoach', label: 'Kế hoạch thực hiện công tác dân vận chính quyền năm' }],
    });
  }
  return a;
}

export function registerScoringDemo(): void {
  registerDemoSeeder('scoring', 90, async (ctx: Ctx) => {
    await ensureScoringSeed(ctx);
    const year = Number(ctx.clock.now().toISOString().slice(0, 4));
    const all = await org.findUnits(ctx, {});
    const root = all.find((u) => u.parentId === null)!;
    const scheme = (await schemes.listBandSchemes(ctx.db)).find((s) => s.code === 'dvcq-tinh')!;
    let set = await createSet(
      ctx,
      {
        unitId: root.id,
        year,
        name: `${CRITERIA_SET_SEED.name} năm ${year}`,
        bandSchemeId: scheme.id,
        basis: CRITERIA_SET_SEED.basis,
        needsCheck: CRITERIA_SET_SEED.needsCheck,
        content: CRITERIA_SET_SEED.content as CriteriaContent as never,
      },
      { isDemo: true },
    );
    set = await issueSet(ctx, set.id, set.version);
    const groups = await org.listGroups(ctx);
    const xa = groups.find((g) => g.code === 'khoi_xa');
    if (!xa) return;
    let round = await createRound(
      ctx,
      {
        unitId: root.id,
        year,
        name: `Chấm điểm, xếp loại công tác dân vận chính quyền năm ${year} – khối xã, phường`,
        setId: set.id,
        groupIds: [xa.id],
        submitDeadline: `${year}-11-10`,
        explainDays: 5,
      },
      { isDemo: true },
    );
    round = await openRound(ctx, round.id, round.version);
    const byCode = new Map(all.map((u) => [u.code, u]));
    for (const d of DEMO) {
      const unit = byCode.get(d.code);
      if (!unit) continue;
      let a = await openAssessment(ctx, { roundId: round.id, unitId: unit.id }, { isDemo: true });
      a = await scored(ctx, a, d.share);
      if (d.stage === 'draft') continue;
      a = await submitAssessment(ctx, a.id, a.version);
      if (d.stage === 'submitted') continue;
      const sup = items(a).find((i) => i.scoredBy === 'superior')!;
      a = await appraiseItem(ctx, a.id, sup.id, {
        version: a.version,
        appraisedScore: Math.round(sup.maxPoints * d.share),
        comment: '',
      });
      const lowered = items(a).find((i) => i.criterionCode === '2.1')!;
      a = await appraiseItem(ctx, a.id, lowered.id, {
        version: a.version,
        appraisedScore: Math.max(0, (lowered.selfScore ?? 0) - 1),
        comment: 'Chưa công khai đầy đủ thủ tục hành chính lĩnh vực đất đai tại Bộ phận một cửa.',
      });
      a = await sendAppraisal(ctx, a.id, a.version);
      if (d.stage === 'appraised') continue;
      a = await explainItem(ctx, a.id, lowered.id, {
        version: a.version,
        explanation: 'Đơn vị đã niêm yết bổ sung 12 thủ tục lĩnh vực đất đai, có ảnh chụp kèm theo.',
      });
      a = await sendExplanation(ctx, a.id, a.version);
      await decideAssessment(ctx, a.id, {
        version: a.version,
        items: [
          {
            itemId: lowered.id,
            finalScore: lowered.selfScore ?? 0,
            comment: 'Chấp nhận giải trình của đơn vị.',
          },
        ],
        disqualified: false,
        disqualifyReason: '',
      });
    }
  });
}
