/**
 * Access-control matrix rows of the scoring module: one per route. Sets and rounds are made at the
 * target unit in their unshared state (a draft), so the 'parent' record is never visible; the
 * assessments of communeA ('own') and communeB ('sibling') are made in an open round at the province
 * root, and the 'parent' one is the root's own assessment in a round of the root's own group.
 * scoring:draft and scoring:submit hold at the assignment's own unit only.
 */
import { sql } from 'drizzle-orm';
import { CRITERIA_SET_SEED } from '@danvan/domain';
import type { BuiltRequest, MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys, uid } from '../../../test/factories.ts';
import { appraiseItem } from './assessment/appraise-item.ts';
import { openAssessment } from './assessment/open-assessment.ts';
import { sendAppraisal } from './assessment/send-appraisal.ts';
import { sendExplanation } from './assessment/send-explanation.ts';
import { explainItem } from './assessment/explain-item.ts';
import { createSet } from './set/create-set.ts';
import type { AssessmentDetail } from '@danvan/contracts';
import { issuedSet, roundAt, schemeId, YEAR } from './scoring.test-helpers.ts';
import { submitAssessment } from './assessment/submit-assessment.ts';

const B = '/api/v1/scoring';
const req = (url: string, payload?: unknown, recordId?: unknown): BuiltRequest => ({
  url,
  payload,
  recordId,
});
const listed = (b: { items: { id: number }[] }, id: unknown) => b.items.some((x) => x.id === id);

async function draftSetAt(m: MatrixContext, t: Target) {
  return createSet(sys(m.env), {
    unitId: m.unitId(t),
    year: YEAR,
    name: `Bộ tiêu chí thử ${uid()}`,
    bandSchemeId: await schemeId(m.env),
    basis: '',
    needsCheck: false,
    content: CRITERIA_SET_SEED.content as never,
  });
}

/** A draft round at the target (only the target's own readers see it). */
async function draftRoundAt(m: MatrixContext, t: Target) {
  return roundAt(m.env, m.unitId(t), { draft: true, setId: await sharedSet(m) });
}

/** An open round at the target with a decided assessment below it is not needed: publish answers 409 then. */
async function openRoundAt(m: MatrixContext, t: Target) {
  return roundAt(m.env, m.unitId(t), { setId: await sharedSet(m) });
}

/** One issued set at the root for every round of the matrix (a round needs an issued set above it). */
const sets = new Map<string, number>();
async function sharedSet(m: MatrixContext): Promise<number> {
  const key = m.p.suffix;
  if (!sets.has(key)) sets.set(key, (await issuedSet(m.env, m.p.root.id)).id);
  return sets.get(key)!;
}
const rootRound = async (m: MatrixContext, groups?: string[]) =>
  roundAt(m.env, m.p.root.id, { setId: await sharedSet(m), ...(groups ? { groups } : {}) });

/** Every self-scored criterion given a score at once (the matrix checks access, not the scoring). */
async function filled(m: MatrixContext, a: AssessmentDetail): Promise<AssessmentDetail> {
  await m.env.database.db.execute(
    sql`update scoring_items set self_score = coalesce(self_score, 0) where assessment_id = ${a.id}`,
  );
  return a;
}

const rootGroup = (m: MatrixContext) => `khoi_tinh_${m.p.suffix}`.toLowerCase();
/** Puts the province root into a group of its own, once, so it can take part in a round. */
async function rootInGroup(m: MatrixContext) {
  const db = m.env.database.db;
  const code = rootGroup(m);
  await db.execute(
    sql`insert into org_groups (code, name) values (${code}, 'Khối tỉnh (thử)') on conflict do nothing`,
  );
  await db.execute(
    sql`insert into org_unit_groups (unit_id, group_id) select ${m.p.root.id}, id from org_groups where code = ${code} on conflict do nothing`,
  );
}

/**
 * An assessment of the target unit: communeA and communeB in an open round of the root (khối xã);
 * the root itself, added to a group of its own, in a round of that group.
 */
async function assessmentAt(
  m: MatrixContext,
  t: Target,
  upTo: 'draft' | 'submitted' | 'appraised' = 'draft',
) {
  const ctx = sys(m.env);
  let roundId: number;
  if (t === 'parent') {
    await rootInGroup(m);
    roundId = (await rootRound(m, [rootGroup(m)])).id;
  } else {
    // one open round per request: an assessment is unique per round and unit
    roundId = (await rootRound(m)).id;
  }
  let a = await openAssessment(ctx, { roundId, unitId: m.unitId(t) });
  if (upTo === 'draft') return a;
  a = await submitAssessment(ctx, a.id, (await filled(m, a)).version);
  if (upTo === 'submitted') return a;
  const sup = a.groups.flatMap((g) => g.items).find((i) => i.scoredBy === 'superior')!;
  a = await appraiseItem(ctx, a.id, sup.id, { version: a.version, appraisedScore: 10, comment: '' });
  return sendAppraisal(ctx, a.id, a.version);
}

const firstItem = (a: { groups: { items: { id: number; scoredBy: string }[] }[] }) =>
  a.groups.flatMap((g) => g.items).find((i) => i.scoredBy === 'self')!;

export const rows: MatrixRow[] = [
  // --- reference: readable by every holder of scoring:read, whatever the target
  { method: 'GET', url: `${B}/band-schemes`, kind: 'list', request: async () => req(`${B}/band-schemes`) },
  { method: 'GET', url: `${B}/proposers`, kind: 'list', request: async () => req(`${B}/proposers`) },

  // --- sets
  {
    method: 'GET',
    url: `${B}/sets`,
    kind: 'list',
    request: async (m, t) => {
      const s = await draftSetAt(m, t);
      return req(`${B}/sets?year=${YEAR}&pageSize=500`, undefined, s.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: `${B}/sets`,
    request: async (m, t) =>
      req(`${B}/sets`, {
        unitId: m.unitId(t),
        year: YEAR,
        name: `Bộ tiêu chí mới ${uid()}`,
        bandSchemeId: await schemeId(m.env),
        content: CRITERIA_SET_SEED.content,
      }),
  },
  {
    method: 'GET',
    url: `${B}/sets/:id`,
    request: async (m, t) => req(`${B}/sets/${(await draftSetAt(m, t)).id}`),
  },
  {
    method: 'PATCH',
    url: `${B}/sets/:id`,
    request: async (m, t) => {
      const s = await draftSetAt(m, t);
      return req(`${B}/sets/${s.id}`, { version: s.version, name: `Tên đã sửa ${uid()}` });
    },
  },
  {
    method: 'POST',
    url: `${B}/sets/:id/issue`,
    request: async (m, t) => {
      const s = await draftSetAt(m, t);
      return req(`${B}/sets/${s.id}/issue`, { version: s.version });
    },
  },

  // --- rounds
  {
    method: 'GET',
    url: `${B}/rounds`,
    kind: 'list',
    request: async (m, t) => {
      const r = await draftRoundAt(m, t);
      return req(`${B}/rounds?year=${YEAR}&pageSize=500`, undefined, r.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: `${B}/rounds`,
    request: async (m, t) => {
      const setId = await sharedSet(m);
      const res = (await m.env.database.db.execute(
        sql`select id from org_groups where code = 'khoi_xa'`,
      )) as unknown as {
        rows: { id: number }[];
      };
      return req(`${B}/rounds`, {
        unitId: m.unitId(t),
        year: YEAR,
        name: `Đợt chấm điểm thử ${uid()}`,
        setId,
        groupIds: [Number(res.rows[0].id)],
        submitDeadline: `${YEAR}-11-10`,
      });
    },
  },
  {
    method: 'GET',
    url: `${B}/rounds/:id`,
    request: async (m, t) => req(`${B}/rounds/${(await draftRoundAt(m, t)).id}`),
  },
  {
    method: 'PATCH',
    url: `${B}/rounds/:id`,
    request: async (m, t) => {
      const r = await draftRoundAt(m, t);
      return req(`${B}/rounds/${r.id}`, { version: r.version, explainDays: 7 });
    },
  },
  {
    method: 'POST',
    url: `${B}/rounds/:id/open`,
    request: async (m, t) => {
      const r = await draftRoundAt(m, t);
      return req(`${B}/rounds/${r.id}/open`, { version: r.version });
    },
  },
  {
    method: 'GET',
    url: `${B}/rounds/:id/compliance`,
    request: async (m, t) => req(`${B}/rounds/${(await draftRoundAt(m, t)).id}/compliance`),
  },
  {
    method: 'GET',
    url: `${B}/rounds/:id/ranking`,
    request: async (m, t) => req(`${B}/rounds/${(await draftRoundAt(m, t)).id}/ranking`),
  },
  {
    method: 'GET',
    url: `${B}/rounds/:id/ranking.xlsx`,
    request: async (m, t) => req(`${B}/rounds/${(await draftRoundAt(m, t)).id}/ranking.xlsx`),
  },
  {
    method: 'GET',
    url: `${B}/rounds/:id/decision.docx`,
    request: async (m, t) => req(`${B}/rounds/${(await draftRoundAt(m, t)).id}/decision.docx`),
  },
  {
    method: 'POST',
    url: `${B}/rounds/:id/publish`,
    // nothing decided in the target's round: the allowed role gets the business refusal
    okStatuses: [409],
    request: async (m, t) => {
      const r = await openRoundAt(m, t);
      return req(`${B}/rounds/${r.id}/publish`, { version: r.version });
    },
  },
  {
    method: 'POST',
    url: `${B}/rounds/:id/propose`,
    request: async (m, t) => {
      const r = await openRoundAt(m, t);
      return req(`${B}/rounds/${r.id}/propose`, { version: r.version });
    },
  },

  // --- assessments
  {
    method: 'GET',
    url: `${B}/assessments`,
    kind: 'list',
    request: async (m, t) => {
      const a = await assessmentAt(m, t);
      return req(`${B}/assessments?roundId=${a.roundId}`, undefined, a.id);
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: `${B}/assessments`,
    request: async (m, t) => {
      // the root takes part in a round of its own group (see assessmentAt)
      if (t === 'parent') await rootInGroup(m);
      const r = await rootRound(m, t === 'parent' ? [rootGroup(m)] : undefined);
      return req(`${B}/assessments`, { roundId: r.id, unitId: m.unitId(t) });
    },
  },
  {
    method: 'GET',
    url: `${B}/assessments/:id`,
    request: async (m, t) => req(`${B}/assessments/${(await assessmentAt(m, t)).id}`),
  },
  {
    method: 'GET',
    url: `${B}/assessments/:id/export.xlsx`,
    request: async (m, t) => req(`${B}/assessments/${(await assessmentAt(m, t)).id}/export.xlsx`),
  },
  {
    method: 'PATCH',
    url: `${B}/assessments/:id/items/:itemId`,
    request: async (m, t) => {
      const a = await assessmentAt(m, t);
      return req(`${B}/assessments/${a.id}/items/${firstItem(a).id}`, {
        version: a.version,
        evidenceLinks: [{ path: '/ke-hoach', label: 'Kế hoạch năm' }],
      });
    },
  },
  {
    method: 'POST',
    url: `${B}/assessments/:id/propose`,
    request: async (m, t) => {
      const a = await assessmentAt(m, t);
      return req(`${B}/assessments/${a.id}/propose`, { version: a.version });
    },
  },
  {
    method: 'POST',
    url: `${B}/assessments/:id/submit`,
    request: async (m, t) => {
      const a = await filled(m, await assessmentAt(m, t));
      return req(`${B}/assessments/${a.id}/submit`, { version: a.version });
    },
  },
  {
    method: 'PATCH',
    url: `${B}/assessments/:id/items/:itemId/appraisal`,
    request: async (m, t) => {
      const a = await assessmentAt(m, t, 'submitted');
      return req(`${B}/assessments/${a.id}/items/${firstItem(a).id}/appraisal`, {
        version: a.version,
        appraisedScore: 0,
        comment: 'Chưa đủ tài liệu kiểm chứng',
      });
    },
  },
  {
    method: 'POST',
    url: `${B}/assessments/:id/send-appraisal`,
    request: async (m, t) => {
      const ctx = sys(m.env);
      let a = await assessmentAt(m, t, 'submitted');
      const sup = a.groups.flatMap((g) => g.items).find((i) => i.scoredBy === 'superior')!;
      a = await appraiseItem(ctx, a.id, sup.id, { version: a.version, appraisedScore: 8, comment: '' });
      return req(`${B}/assessments/${a.id}/send-appraisal`, { version: a.version });
    },
  },
  {
    method: 'PATCH',
    url: `${B}/assessments/:id/items/:itemId/explanation`,
    request: async (m, t) => {
      const a = await assessmentAt(m, t, 'appraised');
      return req(`${B}/assessments/${a.id}/items/${firstItem(a).id}/explanation`, {
        version: a.version,
        explanation: 'Đơn vị giải trình.',
      });
    },
  },
  {
    method: 'POST',
    url: `${B}/assessments/:id/send-explanation`,
    request: async (m, t) => {
      let a = await assessmentAt(m, t, 'appraised');
      a = await explainItem(sys(m.env), a.id, firstItem(a).id, {
        version: a.version,
        explanation: 'Đơn vị giải trình.',
      });
      return req(`${B}/assessments/${a.id}/send-explanation`, { version: a.version });
    },
  },
  {
    method: 'POST',
    url: `${B}/assessments/:id/decide`,
    request: async (m, t) => {
      const ctx = sys(m.env);
      let a = await assessmentAt(m, t, 'appraised');
      a = await explainItem(ctx, a.id, firstItem(a).id, {
        version: a.version,
        explanation: 'Đơn vị giải trình.',
      });
      a = await sendExplanation(ctx, a.id, a.version);
      return req(`${B}/assessments/${a.id}/decide`, { version: a.version });
    },
  },
  {
    method: 'POST',
    url: `${B}/assessments/:id/comments`,
    request: async (m, t) =>
      req(`${B}/assessments/${(await assessmentAt(m, t)).id}/comments`, { text: 'Góp ý thử.' }),
  },
];
