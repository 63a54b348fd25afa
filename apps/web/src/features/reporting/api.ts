import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Compilation,
  CreatePeriod,
  CreateTemplate,
  Dashboard,
  DrilldownRow,
  FigureProviderView,
  Paged,
  Period,
  RemindLateUnitsResult,
  Report,
  ReportRef,
  Rollup,
  SaveReport,
  SaveResult,
  TemplateDetail,
  TemplateSummary,
  UpdatePeriod,
  UpdateTemplate,
} from '@danvan/contracts';
import { http } from '../../shared/http.ts';

export type {
  Compilation,
  Dashboard,
  DrilldownRow,
  Period,
  Report,
  ReportRef,
  Rollup,
  SaveResult,
  TemplateDetail,
  TemplateSummary,
};

const B = '/reporting';

export const rk = {
  all: ['reporting'] as const,
  templates: (all: boolean) => ['reporting', 'templates', all] as const,
  template: (id: number) => ['reporting', 'template', id] as const,
  providers: ['reporting', 'providers'] as const,
  periods: (unitId?: number) => ['reporting', 'periods', unitId ?? null] as const,
  period: (id: number) => ['reporting', 'period', id] as const,
  refs: (id: number, q: object) => ['reporting', 'period', id, 'reports', q] as const,
  rollup: (id: number, q: object) => ['reporting', 'period', id, 'rollup', q] as const,
  drill: (id: number, q: object) => ['reporting', 'period', id, 'drill', q] as const,
  dashboard: (id: number, q: object) => ['reporting', 'period', id, 'dashboard', q] as const,
  compilation: (id: number, q: object) => ['reporting', 'period', id, 'compilation', q] as const,
  report: (id: number) => ['reporting', 'report', id] as const,
};

export const useTemplates = (all = false) =>
  useQuery({
    queryKey: rk.templates(all),
    queryFn: () => http.get<Paged<TemplateSummary>>(`${B}/templates`, { all }),
  });
export const useTemplate = (id: number | null) =>
  useQuery({
    queryKey: rk.template(id ?? 0),
    queryFn: () => http.get<TemplateDetail>(`${B}/templates/${id}`),
    enabled: !!id,
  });
export const useProviders = () =>
  useQuery({
    queryKey: rk.providers,
    queryFn: () => http.get<Paged<FigureProviderView>>(`${B}/providers`),
    select: (d: Paged<FigureProviderView>) => d.items,
    staleTime: 600_000,
  });
/** The periods a unit issues or reports in; `filters` narrow them (year, kind, open/closed). */
export const usePeriods = (
  unitId?: number,
  filters: { year?: number; kind?: string; status?: string } = {},
) =>
  useQuery({
    queryKey: [...rk.periods(unitId), filters],
    queryFn: () => http.get<Paged<Period>>(`${B}/periods`, { unitId, ...filters }),
    placeholderData: keepPreviousData,
  });
export const usePeriod = (id: number) =>
  useQuery({ queryKey: rk.period(id), queryFn: () => http.get<Period>(`${B}/periods/${id}`) });
/** The expected units of a period, a page at a time (`deadline`: where the report stands against it). */
export const usePeriodReports = (
  id: number | null,
  q: {
    unitId?: number;
    status?: string;
    group?: string;
    deadline?: string;
    sort?: string;
    page?: number;
    pageSize?: number;
  },
) =>
  useQuery({
    queryKey: rk.refs(id ?? 0, q),
    queryFn: () => http.get<Paged<ReportRef>>(`${B}/periods/${id}/reports`, q),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });
export const useRollup = (id: number, q: { unitId?: number; includeSubmitted?: boolean }) =>
  useQuery({ queryKey: rk.rollup(id, q), queryFn: () => http.get<Rollup>(`${B}/periods/${id}/rollup`, q) });
export const useDrilldown = (
  id: number,
  q: { unitId?: number; includeSubmitted?: boolean; indicator: string | null },
) =>
  useQuery({
    queryKey: rk.drill(id, q),
    queryFn: () => http.get<Paged<DrilldownRow>>(`${B}/periods/${id}/rollup/units`, q),
    enabled: !!q.indicator,
  });
export const useDashboard = (id: number, q: { unitId?: number; includeSubmitted?: boolean }) =>
  useQuery({
    queryKey: rk.dashboard(id, q),
    queryFn: () => http.get<Dashboard>(`${B}/periods/${id}/dashboard`, q),
  });
export const useCompilation = (id: number, q: { includeSubmitted?: boolean }, enabled = true) =>
  useQuery({
    queryKey: rk.compilation(id, q),
    queryFn: () => http.get<Compilation>(`${B}/periods/${id}/compilation`, q),
    enabled,
  });
export const useReport = (id: number) =>
  useQuery({ queryKey: rk.report(id), queryFn: () => http.get<Report>(`${B}/reports/${id}`) });

export const api = {
  createTemplate: (body: CreateTemplate) => http.post<TemplateDetail>(`${B}/templates`, body),
  updateTemplate: (id: number, body: UpdateTemplate) =>
    http.put<TemplateDetail>(`${B}/templates/${id}`, body),
  createPeriod: (body: CreatePeriod) => http.post<Period>(`${B}/periods`, body),
  updatePeriod: (id: number, body: UpdatePeriod) => http.patch<Period>(`${B}/periods/${id}`, body),
  openReport: (periodId: number, unitId: number) =>
    http.post<Report>(`${B}/periods/${periodId}/reports`, { unitId }),
  save: (id: number, body: SaveReport) => http.patch<SaveResult>(`${B}/reports/${id}`, body),
  recompute: (id: number) => http.post<Report>(`${B}/reports/${id}/recompute`),
  submit: (id: number, body: { comment?: string; expectedVersion?: number }) =>
    http.post<Report>(`${B}/reports/${id}/submit`, body),
  returnReport: (id: number, body: { comment: string; sectionComments: Record<string, string> }) =>
    http.post<Report>(`${B}/reports/${id}/return`, body),
  accept: (id: number, body: { comment?: string }) => http.post<Report>(`${B}/reports/${id}/accept`, body),
  reopen: (id: number, body: { reason: string }) => http.post<Report>(`${B}/reports/${id}/reopen`, body),
  remindLateUnits: (periodId: number) => http.post<RemindLateUnitsResult>(`${B}/periods/${periodId}/remind`),
  compile: (periodId: number, body: { includeSubmitted: boolean; overwriteNarratives: boolean }) =>
    http.post<Report>(`${B}/periods/${periodId}/compile`, body),
};

/** A mutation that refreshes every reporting query afterwards. */
export function useReportingMutation<A, R>(fn: (a: A) => Promise<R>, onSuccess?: (r: R) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r) => {
      qc.invalidateQueries({ queryKey: rk.all });
      onSuccess?.(r);
    },
  });
}
