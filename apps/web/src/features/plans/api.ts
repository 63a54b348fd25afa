import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import type {
  CreateGuidingDocument,
  CreateLeaderAssignment,
  CreateMovement,
  CreatePlan,
  CreateTask,
  CreateYearTheme,
  GuidingDocument,
  LeaderAssignment,
  LeaderCompliance,
  Matrix,
  Movement,
  MyTasks,
  Paged,
  Plan,
  PlanCompliance,
  PlanRequirementOfUnit,
  PlanSummary,
  Task,
  TaskAssignmentDetail,
  TaskImportPreview,
  UpdateGuidingDocument,
  UpdateLeaderAssignment,
  UpdateMovement,
  UpdatePlan,
  UpdateTask,
  UpdateTaskAssignment,
  UpdateYearTheme,
  YearTheme,
} from '@danvan/contracts';
import { http, upload, type Query } from '../../shared/http.ts';

const B = '/plans';

export const pk = {
  all: ['plans'] as const,
  list: (q: object) => ['plans', 'list', q] as const,
  plan: (id: number) => ['plans', 'plan', id] as const,
  tasks: (id: number) => ['plans', 'plan', id, 'tasks'] as const,
  compliance: (id: number, q: object) => ['plans', 'plan', id, 'compliance', q] as const,
  matrix: (id: number, q: object) => ['plans', 'plan', id, 'matrix', q] as const,
  requirements: (unitId?: number) => ['plans', 'requirements', unitId ?? null] as const,
  my: (q: object) => ['plans', 'my', q] as const,
  assignment: (id: number) => ['plans', 'assignment', id] as const,
  docs: (q: object) => ['plans', 'docs', q] as const,
  leaders: (q: object) => ['plans', 'leaders', q] as const,
  leaderCompliance: (q: object) => ['plans', 'leaders', 'compliance', q] as const,
  themes: (q: object) => ['plans', 'themes', q] as const,
  movements: (q: object) => ['plans', 'movements', q] as const,
};

export const usePlans = (q: Query) =>
  useQuery({
    queryKey: pk.list(q),
    queryFn: () => http.get<Paged<PlanSummary>>(B, q),
    placeholderData: keepPreviousData,
  });
/** What a draft still lacks before it may be issued, as the server checks it (not in the contract yet). */
export interface IssueProblem {
  path: string;
  message: string;
}
export type PlanView = Plan & { issueMissing?: IssueProblem[] };

export const usePlan = (id: number | null) =>
  useQuery({
    queryKey: pk.plan(id ?? 0),
    queryFn: () => http.get<PlanView>(`${B}/${id}`),
    enabled: !!id,
  });
export const usePlanTasks = (id: number | null) =>
  useQuery({
    queryKey: pk.tasks(id ?? 0),
    // the server pages every list; a plan's tasks are shown on one page
    queryFn: () => http.get<Paged<Task>>(`${B}/${id}/tasks`, { pageSize: 500 }),
    select: (p: Paged<Task>) => p.items,
    enabled: !!id,
  });
export const usePlanCompliance = (id: number, q: Query) =>
  useQuery({
    queryKey: pk.compliance(id, q),
    queryFn: () => http.get<PlanCompliance>(`${B}/${id}/compliance`, q),
  });
export const useMatrix = (id: number, q: Query, enabled = true) =>
  useQuery({
    queryKey: pk.matrix(id, q),
    queryFn: () => http.get<Matrix>(`${B}/${id}/matrix`, q),
    placeholderData: keepPreviousData,
    enabled,
  });
export const useRequirements = (unitId?: number) =>
  useQuery({
    queryKey: pk.requirements(unitId),
    queryFn: () => http.get<Paged<PlanRequirementOfUnit>>(`${B}/requirements`, { unitId }),
    enabled: !!unitId,
  });
export const useMyTasks = (q: Query, enabled = true) =>
  useQuery({
    queryKey: pk.my(q),
    queryFn: () => http.get<MyTasks>(`${B}/my-tasks`, q),
    placeholderData: keepPreviousData,
    enabled,
  });
export const useAssignment = (id: number | null) =>
  useQuery({
    queryKey: pk.assignment(id ?? 0),
    queryFn: () => http.get<TaskAssignmentDetail>(`${B}/assignments/${id}`),
    enabled: !!id,
  });
export const useGuidingDocs = (q: Query, enabled = true) =>
  useQuery({
    queryKey: pk.docs(q),
    queryFn: () => http.get<Paged<GuidingDocument>>(`${B}/guiding-documents`, q),
    placeholderData: keepPreviousData,
    enabled,
  });
export const useLeaders = (q: Query) =>
  useQuery({
    queryKey: pk.leaders(q),
    queryFn: () => http.get<Paged<LeaderAssignment>>(`${B}/leaders`, q),
    placeholderData: keepPreviousData,
  });
export const useLeaderCompliance = (q: Query, enabled = true) =>
  useQuery({
    queryKey: pk.leaderCompliance(q),
    queryFn: () => http.get<LeaderCompliance>(`${B}/leaders/compliance`, q),
    enabled,
  });
const themesQuery = (q: Query) => ({
  queryKey: pk.themes(q),
  queryFn: () => http.get<Paged<YearTheme>>(`${B}/themes`, { pageSize: 500, ...q }),
});
const movementsQuery = (q: Query) => ({
  queryKey: pk.movements(q),
  queryFn: () => http.get<Paged<Movement>>(`${B}/movements`, { pageSize: 500, ...q }),
});
export const useThemes = (q: Query) => useQuery({ ...themesQuery(q), select: (p) => p.items });
export const useMovements = (q: Query) => useQuery({ ...movementsQuery(q), select: (p) => p.items });
/** Whether the actor may set a theme / start a movement at the unit (same request, same cache). */
export const useThemesCan = (q: Query) => useQuery({ ...themesQuery(q), select: (p) => p.can });
export const useMovementsCan = (q: Query) => useQuery({ ...movementsQuery(q), select: (p) => p.can });

export const api = {
  createPlan: (body: CreatePlan) => http.post<Plan>(B, body),
  updatePlan: (id: number, body: UpdatePlan) => http.patch<Plan>(`${B}/${id}`, body),
  deletePlan: (id: number) => http.delete<void>(`${B}/${id}`),
  issuePlan: (id: number, body: { issuedOn?: string; numberSymbol?: string }) =>
    http.post<Plan>(`${B}/${id}/issue`, body),
  createTask: (planId: number, body: CreateTask) => http.post<Task>(`${B}/${planId}/tasks`, body),
  updateTask: (id: number, body: UpdateTask) => http.patch<Task>(`${B}/tasks/${id}`, body),
  cancelTask: (id: number) => http.post<Task>(`${B}/tasks/${id}/cancel`, {}),
  deleteTask: (id: number) => http.delete<void>(`${B}/tasks/${id}`),
  importTasks: (planId: number, file: File, mode: 'preview' | 'commit') =>
    upload<TaskImportPreview & { created?: number }>(`${B}/${planId}/tasks/import`, file, {
      query: { mode },
    }),
  updateAssignment: (id: number, body: UpdateTaskAssignment) =>
    http.patch<TaskAssignmentDetail>(`${B}/assignments/${id}`, body),
  createDoc: (body: CreateGuidingDocument) => http.post<GuidingDocument>(`${B}/guiding-documents`, body),
  updateDoc: (id: number, body: UpdateGuidingDocument) =>
    http.patch<GuidingDocument>(`${B}/guiding-documents/${id}`, body),
  deleteDoc: (id: number) => http.delete<void>(`${B}/guiding-documents/${id}`),
  createLeader: (body: CreateLeaderAssignment) => http.post<LeaderAssignment>(`${B}/leaders`, body),
  updateLeader: (id: number, body: UpdateLeaderAssignment) =>
    http.patch<LeaderAssignment>(`${B}/leaders/${id}`, body),
  createTheme: (body: CreateYearTheme) => http.post<YearTheme>(`${B}/themes`, body),
  updateTheme: (id: number, body: UpdateYearTheme) => http.patch<YearTheme>(`${B}/themes/${id}`, body),
  createMovement: (body: CreateMovement) => http.post<Movement>(`${B}/movements`, body),
  updateMovement: (id: number, body: UpdateMovement) => http.patch<Movement>(`${B}/movements/${id}`, body),
};

/** A mutation that refreshes every plans query when it succeeds. */
export function usePlansMutation<A, R>(fn: (a: A) => Promise<R>, onSuccess?: (r: R) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: pk.all });
      onSuccess?.(r);
    },
  });
}
