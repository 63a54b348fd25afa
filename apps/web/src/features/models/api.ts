import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Commendation,
  CreateCommendation,
  CreateModel,
  CreateModelEvaluation,
  CreateModelResult,
  Model,
  ModelCompliance,
  ModelCriterion,
  ModelDetail,
  Paged,
  RecogniseModel,
  ReplicateModel,
  ResumeModel,
  StopModel,
  UpdateCommendation,
  UpdateModel,
} from '@danvan/contracts';
import { http, type Query } from '../../shared/http.ts';

const B = '/models';

export const mk = {
  all: ['models'] as const,
  list: (q: object) => ['models', 'list', q] as const,
  one: (id: number) => ['models', 'one', id] as const,
  criteria: ['models', 'criteria'] as const,
  commendations: (q: object) => ['models', 'commendations', q] as const,
  compliance: (q: object) => ['models', 'compliance', q] as const,
};

export const useModels = (q: Query) =>
  useQuery({
    queryKey: mk.list(q),
    queryFn: () => http.get<Paged<Model>>(B, q),
    placeholderData: keepPreviousData,
  });

export const useModel = (id: number) =>
  useQuery({
    queryKey: mk.one(id),
    queryFn: () => http.get<ModelDetail>(`${B}/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

export const useCriteria = (enabled = true) =>
  useQuery({
    queryKey: mk.criteria,
    queryFn: () => http.get<Paged<ModelCriterion>>(`${B}/criteria`),
    enabled,
  });

export const useCommendations = (q: Query) =>
  useQuery({
    queryKey: mk.commendations(q),
    queryFn: () => http.get<Paged<Commendation>>(`${B}/commendations`, q),
    placeholderData: keepPreviousData,
  });

export const useCompliance = (q: Query) =>
  useQuery({
    queryKey: mk.compliance(q),
    queryFn: () => http.get<ModelCompliance>(`${B}/compliance`, q),
    placeholderData: keepPreviousData,
  });

export type TransitionBody =
  | { action: 'start'; body: { expectedVersion: number; on?: string } }
  | { action: 'stop'; body: StopModel }
  | { action: 'resume'; body: ResumeModel }
  | { action: 'recognise'; body: RecogniseModel }
  | { action: 'replicate'; body: ReplicateModel };

export const api = {
  create: (body: CreateModel) => http.post<ModelDetail>(B, body),
  update: (id: number, body: UpdateModel) => http.patch<ModelDetail>(`${B}/${id}`, body),
  transition: (id: number, t: TransitionBody) => http.post<ModelDetail>(`${B}/${id}/${t.action}`, t.body),
  addResult: (id: number, body: CreateModelResult) => http.post<ModelDetail>(`${B}/${id}/results`, body),
  evaluate: (id: number, body: CreateModelEvaluation) =>
    http.post<ModelDetail>(`${B}/${id}/evaluations`, body),
  createCommendation: (body: CreateCommendation) => http.post<Commendation>(`${B}/commendations`, body),
  updateCommendation: (id: number, body: UpdateCommendation) =>
    http.patch<Commendation>(`${B}/commendations/${id}`, body),
};

/** A mutation that refreshes every models query when it succeeds. */
export function useModelsMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: mk.all });
    },
  });
}
