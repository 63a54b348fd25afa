import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateSituation,
  CreateSituationFollowUp,
  Paged,
  Situation,
  UpdateSituation,
  UpdateSituationFollowUp,
} from '@danvan/contracts';
import { http, type Query } from '../../shared/http.ts';

const B = '/situations';

export const sk = {
  all: ['situations'] as const,
  list: (q: object) => ['situations', 'list', q] as const,
  one: (id: number) => ['situations', 'one', id] as const,
};

export const useSituations = (q: Query) =>
  useQuery({
    queryKey: sk.list(q),
    queryFn: () => http.get<Paged<Situation>>(B, q),
    placeholderData: keepPreviousData,
  });

export const useSituation = (id: number) =>
  useQuery({
    queryKey: sk.one(id),
    queryFn: () => http.get<Situation>(`${B}/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

export const api = {
  create: (body: CreateSituation) => http.post<Situation>(B, body),
  update: (id: number, body: UpdateSituation) => http.patch<Situation>(`${B}/${id}`, body),
  remove: (id: number) => http.delete<void>(`${B}/${id}`),
  addFollowUp: (id: number, body: CreateSituationFollowUp) =>
    http.post<Situation>(`${B}/${id}/follow-ups`, body),
  updateFollowUp: (id: number, body: UpdateSituationFollowUp) =>
    http.patch<Situation>(`${B}/follow-ups/${id}`, body),
  removeFollowUp: (id: number) => http.delete<void>(`${B}/follow-ups/${id}`),
};

/** A mutation that refreshes every situations query when it succeeds. */
export function useSituationsMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: sk.all });
    },
  });
}
