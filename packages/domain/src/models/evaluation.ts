/** An evaluation scored against the recognition criteria (as data), its pass mark and what blocks recognition. */

export interface CriterionDef {
  id: number;
  code: string;
  name: string;
  maxPoints: number;
}
export interface CriterionScore {
  criterionId: number;
  points: number;
}
export interface ModelProblem {
  field: string;
  message: string;
}

const fmt = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/**
 * The total of an evaluation: every criterion in force scored once, between 0 and its maximum, in
 * steps of 0,25 points; no criterion outside the set. Problems name the score at fault.
 */
export function scoreEvaluation(
  criteria: readonly CriterionDef[],
  scores: readonly CriterionScore[],
): { total: number; maxTotal: number; percent: number; problems: ModelProblem[] } {
  const problems: ModelProblem[] = [];
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const seen = new Set<number>();
  let total = 0;
  scores.forEach((s, i) => {
    const c = byId.get(s.criterionId);
    if (!c) {
      problems.push({
        field: `scores.${i}.criterionId`,
        message: 'Tiêu chí không thuộc bộ tiêu chí đang áp dụng.',
      });
      return;
    }
    if (seen.has(c.id)) {
      problems.push({ field: `scores.${i}.criterionId`, message: `Tiêu chí “${c.name}” được chấm hai lần.` });
      return;
    }
    seen.add(c.id);
    if (
      !Number.isFinite(s.points) ||
      s.points < 0 ||
      s.points > c.maxPoints ||
      Math.round(s.points * 4) !== s.points * 4
    )
      problems.push({
        field: `scores.${i}.points`,
        message: `Điểm tiêu chí “${c.name}” phải từ 0 đến ${fmt(c.maxPoints)}, bước 0,25 điểm.`,
      });
    else total += s.points;
  });
  for (const c of criteria)
    if (!seen.has(c.id)) problems.push({ field: 'scores', message: `Chưa chấm tiêu chí “${c.name}”.` });
  const maxTotal = criteria.reduce((a, c) => a + c.maxPoints, 0);
  const percent = maxTotal > 0 ? Math.round((total / maxTotal) * 10000) / 100 : 0;
  return { total, maxTotal, percent, problems };
}

/** Whether a total reaches the pass mark (a percentage of the maximum, as data). */
export function evaluationPassed(total: number, maxTotal: number, passPercent: number): boolean {
  return maxTotal > 0 && total * 100 >= passPercent * maxTotal;
}

/**
 * Why a model may not be recognised on its latest evaluation, or null: it needs one, and it must
 * reach the pass mark.
 */
export function recognitionProblem(
  latest: { total: number; maxTotal: number } | null,
  passPercent: number,
): string | null {
  if (!latest) return 'Mô hình chưa được đánh giá theo tiêu chí công nhận.';
  if (!evaluationPassed(latest.total, latest.maxTotal, passPercent))
    return `Kết quả đánh giá gần nhất ${fmt(latest.total)}/${fmt(latest.maxTotal)} điểm chưa đạt ngưỡng công nhận (${fmt(passPercent)}% số điểm tối đa).`;
  return null;
}
