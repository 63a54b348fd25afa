/** An assessment as the API returns it: the criteria tree with the unit's, the team's and the final scores. */
import type {
  AssessmentDetail,
  AssessmentItem,
  AssessmentSummary,
  EvidenceLink,
  Proposal,
} from '@danvan/contracts';
import { classify, totals, type BandScheme, type CriteriaContent } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { iso } from '../shared/sql.ts';
import { canAssessmentFlags } from './assessment.policy.ts';
import type { AssessmentRow, ItemRow } from './assessment.repository.ts';

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

/** Late: submitted after the deadline, or not submitted with the deadline passed. */
export function isLate(r: Pick<AssessmentRow, 'submittedAt' | 'submitDeadline'>, todayIso: string): boolean {
  if (r.submittedAt) return vnDate(r.submittedAt) > r.submitDeadline;
  return todayIso > r.submitDeadline;
}
/** The Vietnamese calendar day of an instant. */
export function vnDate(d: Date | string): string {
  const t = new Date(new Date(d).getTime() + 7 * 3600_000);
  return t.toISOString().slice(0, 10);
}

export function presentSummary(ctx: Ctx, r: AssessmentRow, scheme: BandScheme | null): AssessmentSummary {
  const t = today(ctx);
  const finalTotal = num(r.finalTotal);
  return {
    id: r.id,
    roundId: r.roundId,
    roundName: r.roundName,
    year: r.year,
    unitId: r.unitId,
    unitCode: r.unitCode,
    unitName: r.unitName,
    state: r.state as AssessmentSummary['state'],
    selfTotal: Number(r.selfTotal),
    appraisedTotal: num(r.appraisedTotal),
    finalTotal,
    maxTotal: Number(r.maxTotal),
    band:
      scheme && finalTotal !== null && r.state === 'decided'
        ? classify(scheme, finalTotal, r.disqualified)
        : null,
    submittedAt: iso(r.submittedAt),
    submitDeadline: r.submitDeadline,
    late: isLate(r, t),
    appraisedAt: iso(r.appraisedAt),
    explainUntil: r.explainUntil,
    decidedAt: iso(r.decidedAt),
    disqualified: r.disqualified,
    disqualifyReason: r.disqualifyReason,
    version: r.version,
    isDemo: r.isDemo,
    can: canAssessmentFlags(ctx.actor, r, t),
  };
}

export function presentDetail(
  ctx: Ctx,
  r: AssessmentRow,
  items: ItemRow[],
  comments: { id: number; authorName: string; authorUnitName: string; text: string; createdAt: Date }[],
  scheme: BandScheme | null,
): AssessmentDetail {
  const content = r.setContent as CriteriaContent;
  const byCode = new Map(items.map((i) => [i.criterionCode, i]));
  const scores = scoreMaps(items);
  const self = totals(content, scores.self);
  const appraised = r.appraisedTotal !== null ? totals(content, scores.appraised) : null;
  const final = r.finalTotal !== null ? totals(content, scores.final) : null;
  return {
    ...presentSummary(ctx, r, scheme),
    setId: r.setId,
    setName: r.setName,
    groups: content.groups.map((g, gi) => ({
      code: g.code,
      name: g.name,
      maxPoints: g.maxPoints,
      selfTotal: self.groups[gi].total,
      appraisedTotal: appraised ? appraised.groups[gi].total : null,
      finalTotal: final ? final.groups[gi].total : null,
      items: g.criteria
        .filter((c) => byCode.has(c.code))
        .map((c): AssessmentItem => {
          const i = byCode.get(c.code)!;
          const proposal = (i.proposal as Proposal | null) ?? null;
          const selfScore = num(i.selfScore);
          return {
            id: i.id,
            criterionCode: c.code,
            name: c.name,
            kind: c.kind,
            scoredBy: c.scoredBy,
            maxPoints: c.maxPoints,
            guidance: c.guidance,
            evidenceRequired: c.evidenceRequired,
            proposal,
            selfScore,
            selfReason: i.selfReason,
            selfFromProposal:
              proposal !== null &&
              proposal.score !== null &&
              selfScore !== null &&
              Math.abs(proposal.score - selfScore) < 1e-9,
            evidenceLinks: (i.evidenceLinks as EvidenceLink[]) ?? [],
            appraisedScore: num(i.appraisedScore),
            appraisalComment: i.appraisalComment,
            explanation: i.explanation,
            finalScore: num(i.finalScore),
            decisionComment: i.decisionComment,
          };
        }),
    })),
    comments: comments.map((c) => ({ ...c, createdAt: iso(c.createdAt)! })),
  };
}

/** The score maps of the three stages: the appraisal falls back on the self score, the result on the appraisal. */
export function scoreMaps(items: ItemRow[]) {
  const self = new Map<string, number | null>();
  const appraised = new Map<string, number | null>();
  const final = new Map<string, number | null>();
  for (const i of items) {
    const s = num(i.selfScore);
    const a = num(i.appraisedScore) ?? s;
    self.set(i.criterionCode, s);
    appraised.set(i.criterionCode, a);
    final.set(i.criterionCode, num(i.finalScore) ?? a);
  }
  return { self, appraised, final };
}
