/** Shared set-up of the scoring tests: a set, a round, and assessments driven to a state through the verbs. */
import { CRITERIA_SET_SEED, addDays, todayInVietnam } from '@danvan/domain';
import type { AssessmentDetail } from '@danvan/contracts';
import type { TestEnv } from '../../../test/harness.ts';
import { sys, uid } from '../../../test/factories.ts';
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

export const today = () => todayInVietnam(new Date());
export const YEAR = Number(today().slice(0, 4));

export async function schemeId(env: TestEnv, code = 'dvcq-tinh') {
  return (await schemes.listBandSchemes(env.database.db)).find((s) => s.code === code)!.id;
}

export async function issuedSet(env: TestEnv, unitId: number) {
  const ctx = sys(env);
  const set = await createSet(ctx, {
    unitId,
    year: YEAR,
    name: `${CRITERIA_SET_SEED.name} ${uid()}`,
    bandSchemeId: await schemeId(env),
    basis: CRITERIA_SET_SEED.basis,
    needsCheck: true,
    content: CRITERIA_SET_SEED.content as never,
  });
  return issueSet(ctx, set.id, set.version);
}

/** A round at `unitId` over the groups (codes), opened unless `draft`. */
export async function roundAt(
  env: TestEnv,
  unitId: number,
  opts: { setId?: number; groups?: string[]; draft?: boolean; deadline?: string; explainDays?: number } = {},
) {
  const ctx = sys(env);
  const setId = opts.setId ?? (await issuedSet(env, unitId)).id;
  const res = (await env.database.db.execute(
    `select id, code from org_groups where code in (${(opts.groups ?? ['khoi_xa']).map((c) => `'${c}'`).join(',')})`,
  )) as unknown as { rows: { id: number }[] };
  const round = await createRound(ctx, {
    unitId,
    year: YEAR,
    name: `Chấm điểm công tác dân vận chính quyền năm ${YEAR} (${uid()})`,
    setId,
    groupIds: res.rows.map((r) => Number(r.id)),
    submitDeadline: opts.deadline ?? addDays(today(), 10),
    explainDays: opts.explainDays ?? 5,
  });
  return opts.draft ? round : openRound(ctx, round.id, round.version);
}

/** Every self-scored criterion at `share` of its points (deductions at 0), reasons where it departs. */
export async function scoreAll(env: TestEnv, a: AssessmentDetail, share: number) {
  const ctx = sys(env);
  for (const g of a.groups)
    for (const i of g.items) {
      if (i.scoredBy !== 'self') continue;
      const score = i.kind === 'deduction' ? 0 : Math.round(i.maxPoints * share * 4) / 4;
      a = await selfScoreItem(ctx, a.id, i.id, {
        version: a.version,
        selfScore: score,
        selfReason: i.proposal && i.proposal.score !== score ? 'Điều chỉnh theo kết quả thực tế' : undefined,
      });
    }
  return a;
}

/** An assessment of `unitId` driven through self-scoring, submission, appraisal, explanation and decision. */
export async function decidedAssessment(
  env: TestEnv,
  roundId: number,
  unitId: number,
  share: number,
  opts: {
    superior?: number;
    disqualified?: string;
    upTo?: 'draft' | 'submitted' | 'appraised' | 'decided';
  } = {},
) {
  const ctx = sys(env);
  let a = await openAssessment(ctx, { roundId, unitId });
  a = await scoreAll(env, a, share);
  if (opts.upTo === 'draft') return a;
  a = await submitAssessment(ctx, a.id, a.version);
  if (opts.upTo === 'submitted') return a;
  const sup = a.groups.flatMap((g) => g.items).find((i) => i.scoredBy === 'superior')!;
  a = await appraiseItem(ctx, a.id, sup.id, {
    version: a.version,
    appraisedScore: opts.superior ?? sup.maxPoints * share,
    comment: '',
  });
  a = await sendAppraisal(ctx, a.id, a.version);
  if (opts.upTo === 'appraised') return a;
  a = await explainItem(ctx, a.id, sup.id, { version: a.version, explanation: 'Đơn vị thống nhất.' });
  a = await sendExplanation(ctx, a.id, a.version);
  return decideAssessment(ctx, a.id, {
    version: a.version,
    items: [],
    disqualified: !!opts.disqualified,
    disqualifyReason: opts.disqualified ?? '',
  });
}

export const docxTextOf = async (buf: Buffer) => {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
};
