import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateReceptionSchedule,
  CreateReceptionVisit,
  Paged,
  ReceptionCompliance,
  ReceptionSchedule,
  ReceptionSession,
  ReceptionVisit,
  UpdateReceptionSchedule,
  UpdateReceptionVisit,
} from '@danvan/contracts';
import { http, type Query } from '../../shared/http.ts';

const B = '/reception';

export const rk = {
  all: ['reception'] as const,
  schedules: (q: object) => ['reception', 'schedules', q] as const,
  sessions: (q: object) => ['reception', 'sessions', q] as const,
  visits: (q: object) => ['reception', 'visits', q] as const,
  compliance: (q: object) => ['reception', 'compliance', q] as const,
};

export const useSchedules = (q: Query) =>
  useQuery({
    queryKey: rk.schedules(q),
    queryFn: () => http.get<Paged<ReceptionSchedule>>(`${B}/schedules`, q),
    placeholderData: keepPreviousData,
  });

export const useSessions = (q: Query) =>
  useQuery({
    queryKey: rk.sessions(q),
    queryFn: () => http.get<Paged<ReceptionSession>>(`${B}/sessions`, q),
    placeholderData: keepPreviousData,
  });

export const useVisits = (q: Query) =>
  useQuery({
    queryKey: rk.visits(q),
    queryFn: () => http.get<Paged<ReceptionVisit>>(`${B}/visits`, q),
    placeholderData: keepPreviousData,
  });

export const useCompliance = (q: Query) =>
  useQuery({
    queryKey: rk.compliance(q),
    queryFn: () => http.get<ReceptionCompliance>(`${B}/compliance`, q),
    placeholderData: keepPreviousData,
    retry: false,
  });

export const api = {
  createSchedule: (body: CreateReceptionSchedule) => http.post<ReceptionSchedule>(`${B}/schedules`, body),
  updateSchedule: (id: number, body: UpdateReceptionSchedule) =>
    http.patch<ReceptionSchedule>(`${B}/schedules/${id}`, body),
  deleteSchedule: (id: number) => http.delete<void>(`${B}/schedules/${id}`),
  createVisit: (body: CreateReceptionVisit) => http.post<ReceptionVisit>(`${B}/visits`, body),
  updateVisit: (id: number, body: UpdateReceptionVisit) =>
    http.patch<ReceptionVisit>(`${B}/visits/${id}`, body),
};

/** A mutation that refreshes every reception query when it succeeds. */
export function useReceptionMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: rk.all });
    },
  });
}
