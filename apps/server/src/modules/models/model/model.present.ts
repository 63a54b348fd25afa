/** A model, its results and evaluations as the API returns them. */
import type {
  Model,
  ModelDetail,
  ModelEvaluation,
  ModelField,
  ModelLevel,
  ModelRegistration,
  ModelResult,
  ModelState,
  ModelSubject,
} from '@danvan/contracts';
import { MODEL_REGISTRATION_KEYS } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import type { EvaluationRow } from '../evaluation/evaluation.repository.ts';
import type { ResultRow } from '../result/result.repository.ts';
import type { ModelRow } from './model.repository.ts';
import { canModelFlags } from './model.policy.ts';

/** The registration content with every key (absent keys as empty text). */
export function registrationOf(v: unknown): ModelRegistration {
  const o = (v ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    MODEL_REGISTRATION_KEYS.map((k) => [k, typeof o[k] === 'string' ? (o[k] as string) : '']),
  ) as ModelRegistration;
}

export function presentModel(ctx: Ctx, m: ModelRow): Model {
  return {
    id: m.id,
    unitId: m.unitId,
    unitName: m.unitName,
    name: m.name,
    field: m.field as ModelField,
    subject: m.subject as ModelSubject,
    personName: m.personName,
    registration: registrationOf(m.registration),
    registeredOn: m.registeredOn,
    startOn: m.startOn,
    endOn: m.endOn,
    state: m.state as ModelState,
    startedOn: m.startedOn,
    recognisedLevel: (m.recognisedLevel as ModelLevel | null) ?? null,
    recognisedOn: m.recognisedOn,
    recognitionDecision: m.recognitionDecision,
    replicatedOn: m.replicatedOn,
    replicationNote: m.replicationNote,
    stoppedOn: m.stoppedOn,
    stopReason: m.stopReason,
    publicSummary: m.publicSummary,
    latestScore:
      m.latestTotal === null || m.latestMax === null
        ? null
        : { total: Number(m.latestTotal), maxTotal: Number(m.latestMax), passed: !!m.latestPassed },
    version: m.version,
    isDemo: m.isDemo,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    can: canModelFlags(ctx.actor, m),
  };
}

export function presentResult(r: ResultRow): ModelResult {
  return {
    id: r.id,
    modelId: r.modelId,
    reportedOn: r.reportedOn,
    content: r.content,
    figures: (r.figures as ModelResult['figures']) ?? [],
    createdAt: r.createdAt.toISOString(),
  };
}

export function presentEvaluation(e: EvaluationRow): ModelEvaluation {
  const total = Number(e.total);
  const maxTotal = Number(e.maxTotal);
  return {
    id: e.id,
    modelId: e.modelId,
    evaluatedOn: e.evaluatedOn,
    scores: e.scores as ModelEvaluation['scores'],
    total,
    maxTotal,
    percent: maxTotal > 0 ? Math.round((total / maxTotal) * 10000) / 100 : 0,
    passPercent: e.passPercent,
    passed: e.passed,
    conclusion: e.conclusion,
    evaluatorName: e.evaluatorName,
    createdAt: e.createdAt.toISOString(),
  };
}

export function presentModelDetail(
  ctx: Ctx,
  m: ModelRow,
  results: ResultRow[],
  evaluations: EvaluationRow[],
): ModelDetail {
  return {
    ...presentModel(ctx, m),
    results: results.map(presentResult),
    evaluations: evaluations.map(presentEvaluation),
  };
}
