import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarDay,
  CreateCalendarDay,
  CreateTimeLimitRule,
  DeadlinePreview,
  Paged,
  TimeLimitRule,
  UpdateCalendarDay,
  UpdateTimeLimitRule,
} from '@danvan/contracts';
import { http, type Query } from '../../shared/http.ts';

const B = '/legal';

export const lk = {
  all: ['legal'] as const,
  rules: (q: object) => ['legal', 'rules', q] as const,
  calendar: (year: number | undefined) => ['legal', 'calendar', year ?? null] as const,
  deadline: (q: object) => ['legal', 'deadline', q] as const,
};

export const useRules = (q: Query) =>
  useQuery({
    queryKey: lk.rules(q),
    queryFn: () => http.get<Paged<TimeLimitRule>>(`${B}/rules`, q),
    placeholderData: keepPreviousData,
  });

export const useCalendar = (year: number | undefined) =>
  useQuery({
    queryKey: lk.calendar(year),
    queryFn: () => http.get<Paged<CalendarDay>>(`${B}/calendar`, year ? { year } : {}),
    placeholderData: keepPreviousData,
  });

export const useDeadlinePreview = (q: Query | null) =>
  useQuery({
    queryKey: lk.deadline(q ?? {}),
    queryFn: () => http.get<DeadlinePreview>(`${B}/deadline`, q ?? {}),
    enabled: !!q,
    retry: false,
  });

export const api = {
  createRule: (body: CreateTimeLimitRule) => http.post<TimeLimitRule>(`${B}/rules`, body),
  updateRule: (id: number, body: UpdateTimeLimitRule) => http.patch<TimeLimitRule>(`${B}/rules/${id}`, body),
  retireRule: (id: number, body: { effectiveTo: string; reason: string }) =>
    http.post<TimeLimitRule>(`${B}/rules/${id}/retire`, body),
  createDay: (body: CreateCalendarDay) => http.post<CalendarDay>(`${B}/calendar`, body),
  updateDay: (id: number, body: UpdateCalendarDay) => http.patch<CalendarDay>(`${B}/calendar/${id}`, body),
  deleteDay: (id: number) => http.delete<void>(`${B}/calendar/${id}`),
};

/** A mutation that refreshes every legal query when it succeeds. */
export function useLegalMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: lk.all });
    },
  });
}
