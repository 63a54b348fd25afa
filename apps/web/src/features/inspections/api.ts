import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConcludeInspection,
  CreateInspection,
  CreateInspectionPlan,
  CreatePlanItem,
  CreateRecommendation,
  CreateViolation,
  Inspection,
  InspectionDetail,
  InspectionPlan,
  InspectionPlanDetail,
  InspectionReference,
  Paged,
  UpdateInspection,
  UpdateRecommendation,
  UpdateViolation,
} from '@danvan/contracts';
import { http, type Query } from '../../shared/http.ts';

const B = '/inspections';

export const ik = {
  all: ['inspections'] as const,
  list: (q: object) => ['inspections', 'list', q] as const,
  one: (id: number) => ['inspections', 'one', id] as const,
  plans: (q: object) => ['inspections', 'plans', q] as const,
  plan: (id: number) => ['inspections', 'plan', id] as const,
  reference: ['inspections', 'reference'] as const,
};

export const useInspections = (q: Query) =>
  useQuery({
    queryKey: ik.list(q),
    queryFn: () => http.get<Paged<Inspection>>(B, q),
    placeholderData: keepPreviousData,
  });
export const useInspection = (id: number) =>
  useQuery({
    queryKey: ik.one(id),
    queryFn: () => http.get<InspectionDetail>(`${B}/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
export const usePlans = (q: Query) =>
  useQuery({
    queryKey: ik.plans(q),
    queryFn: () => http.get<Paged<InspectionPlan>>(`${B}/plans`, q),
    placeholderData: keepPreviousData,
  });
export const usePlan = (id: number) =>
  useQuery({
    queryKey: ik.plan(id),
    queryFn: () => http.get<InspectionPlanDetail>(`${B}/plans/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
export const useReference = () =>
  useQuery({
    queryKey: ik.reference,
    queryFn: () => http.get<InspectionReference>(`${B}/reference`),
    staleTime: Infinity,
  });

export const api = {
  create: (body: CreateInspection) => http.post<InspectionDetail>(B, body),
  update: (id: number, body: UpdateInspection) => http.patch<InspectionDetail>(`${B}/${id}`, body),
  conclude: (id: number, body: ConcludeInspection) =>
    http.post<InspectionDetail>(`${B}/${id}/conclude`, body),
  addViolation: (id: number, body: CreateViolation) =>
    http.post<InspectionDetail>(`${B}/${id}/violations`, body),
  updateViolation: (id: number, body: UpdateViolation) =>
    http.patch<InspectionDetail>(`${B}/violations/${id}`, body),
  addRecommendation: (id: number, body: CreateRecommendation) =>
    http.post<InspectionDetail>(`${B}/${id}/recommendations`, body),
  updateRecommendation: (id: number, body: UpdateRecommendation) =>
    http.patch<InspectionDetail>(`${B}/recommendations/${id}`, body),
  createPlan: (body: CreateInspectionPlan) => http.post<InspectionPlanDetail>(`${B}/plans`, body),
  addPlanItem: (id: number, body: CreatePlanItem) =>
    http.post<InspectionPlanDetail>(`${B}/plans/${id}/items`, body),
};

/** A mutation that refreshes every inspections query when it succeeds. */
export function useInspectionsMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ik.all });
    },
  });
}
