import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AppraiseItem,
  AssessmentComment,
  AssessmentDetail,
  AssessmentSummary,
  BandScheme,
  CreateAssessmentComment,
  CreateCriteriaSet,
  CreateRound,
  CriteriaSet,
  CriteriaSetSummary,
  DecideAssessment,
  ExplainItem,
  Paged,
  Proposer,
  PublishRound,
  Ranking,
  Round,
  RoundProposeResult,
  RoundComplianceRow,
  SelfScoreItem,
  UpdateCriteriaSet,
  UpdateRound,
} from '@danvan/contracts';
import { http, type Query } from '../../shared/http.ts';

const B = '/scoring';

export const sk = {
  all: ['scoring'] as const,
  bandSchemes: ['scoring', 'band-schemes'] as const,
  proposers: ['scoring', 'proposers'] as const,
  sets: (q: object) => ['scoring', 'sets', q] as const,
  set: (id: number) => ['scoring', 'set', id] as const,
  rounds: (q: object) => ['scoring', 'rounds', q] as const,
  round: (id: number) => ['scoring', 'round', id] as const,
  compliance: (id: number) => ['scoring', 'compliance', id] as const,
  ranking: (id: number, groupId?: number) => ['scoring', 'ranking', id, groupId ?? null] as const,
  assessments: (q: object) => ['scoring', 'assessments', q] as const,
  assessment: (id: number) => ['scoring', 'assessment', id] as const,
};

const valid = (id: number) => Number.isInteger(id) && id > 0;

export const useBandSchemes = () =>
  useQuery({
    queryKey: sk.bandSchemes,
    queryFn: () => http.get<Paged<BandScheme>>(`${B}/band-schemes`),
    staleTime: 10 * 60_000,
  });

export const useProposers = (enabled = true) =>
  useQuery({
    queryKey: sk.proposers,
    queryFn: () => http.get<Paged<Proposer>>(`${B}/proposers`),
    staleTime: 10 * 60_000,
    enabled,
  });

export const useCriteriaSets = (q: Query) =>
  useQuery({
    queryKey: sk.sets(q),
    queryFn: () => http.get<Paged<CriteriaSetSummary>>(`${B}/sets`, q),
    placeholderData: keepPreviousData,
  });

export const useCriteriaSet = (id: number) =>
  useQuery({
    queryKey: sk.set(id),
    queryFn: () => http.get<CriteriaSet>(`${B}/sets/${id}`),
    enabled: valid(id),
  });

export const useRounds = (q: Query, enabled = true) =>
  useQuery({
    queryKey: sk.rounds(q),
    queryFn: () => http.get<Paged<Round>>(`${B}/rounds`, q),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useRound = (id: number) =>
  useQuery({
    queryKey: sk.round(id),
    queryFn: () => http.get<Round>(`${B}/rounds/${id}`),
    enabled: valid(id),
  });

export const useRoundCompliance = (id: number, enabled = true) =>
  useQuery({
    queryKey: sk.compliance(id),
    queryFn: () => http.get<Paged<RoundComplianceRow>>(`${B}/rounds/${id}/compliance`),
    enabled: enabled && valid(id),
  });

export const useRanking = (id: number, groupId: number | undefined, enabled = true) =>
  useQuery({
    queryKey: sk.ranking(id, groupId),
    queryFn: () => http.get<Ranking>(`${B}/rounds/${id}/ranking`, { groupId }),
    enabled: enabled && valid(id),
    retry: false,
  });

export const useAssessments = (q: Query, enabled = true) =>
  useQuery({
    queryKey: sk.assessments(q),
    queryFn: () => http.get<Paged<AssessmentSummary>>(`${B}/assessments`, q),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useAssessment = (id: number) =>
  useQuery({
    queryKey: sk.assessment(id),
    queryFn: () => http.get<AssessmentDetail>(`${B}/assessments/${id}`),
    enabled: valid(id),
  });

/** The assessment verbs without a body of their own: they carry the assessment's version. */
export type AssessmentStep = 'propose' | 'submit' | 'send-appraisal' | 'send-explanation';

export const api = {
  getSet: (id: number) => http.get<CriteriaSet>(`${B}/sets/${id}`),
  createSet: (body: CreateCriteriaSet) => http.post<CriteriaSet>(`${B}/sets`, body),
  updateSet: (id: number, body: UpdateCriteriaSet) => http.patch<CriteriaSet>(`${B}/sets/${id}`, body),
  issueSet: (id: number, version: number) => http.post<CriteriaSet>(`${B}/sets/${id}/issue`, { version }),
  createRound: (body: CreateRound) => http.post<Round>(`${B}/rounds`, body),
  updateRound: (id: number, body: UpdateRound) => http.patch<Round>(`${B}/rounds/${id}`, body),
  openRound: (id: number, version: number) => http.post<Round>(`${B}/rounds/${id}/open`, { version }),
  publishRound: (id: number, body: PublishRound) => http.post<Round>(`${B}/rounds/${id}/publish`, body),
  proposeRound: (id: number, version: number) =>
    http.post<RoundProposeResult>(`${B}/rounds/${id}/propose`, { version }),
  openAssessment: (roundId: number, unitId: number) =>
    http.post<AssessmentDetail>(`${B}/assessments`, { roundId, unitId }),
  step: (id: number, step: AssessmentStep, version: number) =>
    http.post<AssessmentDetail>(`${B}/assessments/${id}/${step}`, { version }),
  selfScore: (id: number, itemId: number, body: SelfScoreItem) =>
    http.patch<AssessmentDetail>(`${B}/assessments/${id}/items/${itemId}`, body),
  appraise: (id: number, itemId: number, body: AppraiseItem) =>
    http.patch<AssessmentDetail>(`${B}/assessments/${id}/items/${itemId}/appraisal`, body),
  explain: (id: number, itemId: number, body: ExplainItem) =>
    http.patch<AssessmentDetail>(`${B}/assessments/${id}/items/${itemId}/explanation`, body),
  decide: (id: number, body: DecideAssessment) =>
    http.post<AssessmentDetail>(`${B}/assessments/${id}/decide`, body),
  comment: (id: number, body: CreateAssessmentComment) =>
    http.post<AssessmentComment>(`${B}/assessments/${id}/comments`, body),
};

/** A mutation that refreshes every scoring query when it succeeds (and the item's files). */
export function useScoringMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: sk.all });
    },
  });
}
