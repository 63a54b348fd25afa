import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Paged,
  PetitionPublicationInfo,
  PortalPublication,
  PortalRating,
  PublishPetitionAnswer,
  SatisfactionReport,
} from '@danvan/contracts';
import { http, type Query } from '../../shared/http.ts';

const B = '/portal';

export const pk = {
  all: ['portal'] as const,
  publications: (q: object) => ['portal', 'publications', q] as const,
  petition: (id: number, status?: string) => ['portal', 'petition', id, status] as const,
  satisfaction: (q: object) => ['portal', 'satisfaction', q] as const,
  ratings: (q: object) => ['portal', 'ratings', q] as const,
};

export const usePublications = (q: Query) =>
  useQuery({
    queryKey: pk.publications(q),
    queryFn: () => http.get<Paged<PortalPublication>>(`${B}/publications`, q),
    placeholderData: keepPreviousData,
  });

/** What may be published of a petition; read again when its status changes (a step was recorded). */
export const usePetitionPublication = (id: number, status: string | undefined, enabled = true) =>
  useQuery({
    queryKey: pk.petition(id, status),
    queryFn: () => http.get<PetitionPublicationInfo>(`${B}/petitions/${id}/publication`),
    enabled: enabled && Number.isInteger(id) && id > 0,
  });

export const useSatisfaction = (q: Query) =>
  useQuery({
    queryKey: pk.satisfaction(q),
    queryFn: () => http.get<SatisfactionReport>(`${B}/satisfaction`, q),
    placeholderData: keepPreviousData,
  });

export const useRatings = (q: Query) =>
  useQuery({
    queryKey: pk.ratings(q),
    queryFn: () => http.get<Paged<PortalRating>>(`${B}/ratings`, q),
    placeholderData: keepPreviousData,
  });

export const api = {
  publish: (body: PublishPetitionAnswer) => http.post<PortalPublication>(`${B}/publications`, body),
  withdraw: (id: number, body: { reason: string; expectedVersion?: number }) =>
    http.post<PortalPublication>(`${B}/publications/${id}/withdraw`, body),
};

/** A mutation that refreshes every portal query (and the petition's page) when it succeeds. */
export function usePortalMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: pk.all });
    },
  });
}
