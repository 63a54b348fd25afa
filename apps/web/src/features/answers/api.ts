import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddAnswerItems,
  AnswerAnswerItem,
  AnswerComplianceReport,
  AnswerItem,
  AnswerItemDetail,
  AnswerItemList,
  AnswerItemTransition,
  AnswerSource,
  AnswerSourceDetail,
  AnswerSourceKind,
  AnswerTemplate,
  AssignAnswerItems,
  BulkAnswerItems,
  ConsultationComment,
  CreateAnswerTemplate,
  CreateConsultation,
  CreateCouncilSession,
  CreateDialogue,
  CreateFrontCriticism,
  CreateFrontSupervision,
  DeclineAnswerItem,
  HoldDialogue,
  JudgeAnswerItem,
  ModerateConsultationComment,
  Paged,
  PublishAnswerItems,
  UpdateAnswerSource,
} from '@danvan/contracts';
import { http, type Query } from '../../shared/http.ts';

const B = '/answers';

/** A list envelope with its `can` (every list of the API answers it). */
export type PagedCan<T> = Paged<T> & { can?: { create: boolean } };

export const ak = {
  all: ['answers'] as const,
  sources: (q: object) => ['answers', 'sources', q] as const,
  source: (id: number) => ['answers', 'source', id] as const,
  items: (q: object) => ['answers', 'items', q] as const,
  item: (id: number) => ['answers', 'item', id] as const,
  templates: ['answers', 'templates'] as const,
  compliance: (q: object) => ['answers', 'compliance', q] as const,
  comments: (id: number, q: object) => ['answers', 'comments', id, q] as const,
};

export const useSources = (q: Query) =>
  useQuery({
    queryKey: ak.sources(q),
    queryFn: () => http.get<PagedCan<AnswerSource>>(`${B}/sources`, q),
    placeholderData: keepPreviousData,
  });

export const useSource = (id: number) =>
  useQuery({
    queryKey: ak.source(id),
    queryFn: () => http.get<AnswerSourceDetail>(`${B}/sources/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

export const useItems = (q: Query, enabled = true) =>
  useQuery({
    queryKey: ak.items(q),
    queryFn: () => http.get<PagedCan<AnswerItem>>(`${B}/items`, q),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useItem = (id: number) =>
  useQuery({
    queryKey: ak.item(id),
    queryFn: () => http.get<AnswerItemDetail>(`${B}/items/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

export const useTemplates = (enabled = true) =>
  useQuery({
    queryKey: ak.templates,
    queryFn: () => http.get<PagedCan<AnswerTemplate>>(`${B}/templates`, { pageSize: 100 }),
    enabled,
  });

export const useCompliance = (q: Query) =>
  useQuery({
    queryKey: ak.compliance(q),
    queryFn: () => http.get<AnswerComplianceReport>(`${B}/compliance`, q),
    placeholderData: keepPreviousData,
  });

export const useComments = (sourceId: number, q: Query, enabled = true) =>
  useQuery({
    queryKey: ak.comments(sourceId, q),
    queryFn: () => http.get<PagedCan<ConsultationComment>>(`${B}/consultations/${sourceId}/comments`, q),
    placeholderData: keepPreviousData,
    enabled,
  });

/** The create route of each kind of source. */
const CREATE_PATH: Record<AnswerSourceKind, string> = {
  dialogue: '/dialogues',
  front_supervision: '/front-supervisions',
  front_criticism: '/front-criticisms',
  council_session: '/council-sessions',
  consultation: '/consultations',
};

export type CreateSourceBody =
  | { kind: 'dialogue'; body: CreateDialogue }
  | { kind: 'front_supervision'; body: CreateFrontSupervision }
  | { kind: 'front_criticism'; body: CreateFrontCriticism }
  | { kind: 'council_session'; body: CreateCouncilSession }
  | { kind: 'consultation'; body: CreateConsultation };

/** The one-item steps without a body of their own. */
export type ItemStep = 'start' | 'close';

export const api = {
  createSource: (c: CreateSourceBody) => http.post<AnswerSourceDetail>(`${B}${CREATE_PATH[c.kind]}`, c.body),
  updateSource: (id: number, body: UpdateAnswerSource) =>
    http.patch<AnswerSourceDetail>(`${B}/sources/${id}`, body),
  addItems: (id: number, body: AddAnswerItems) =>
    http.post<AnswerSourceDetail>(`${B}/sources/${id}/items`, body),
  hold: (id: number, body: HoldDialogue) => http.post<AnswerSourceDetail>(`${B}/dialogues/${id}/hold`, body),
  step: (id: number, step: ItemStep, body: AnswerItemTransition) =>
    http.post<AnswerItemDetail>(`${B}/items/${id}/${step}`, body),
  answer: (id: number, body: AnswerAnswerItem) =>
    http.post<AnswerItemDetail>(`${B}/items/${id}/answer`, body),
  judge: (id: number, body: JudgeAnswerItem) => http.post<AnswerItemDetail>(`${B}/items/${id}/judge`, body),
  decline: (id: number, body: DeclineAnswerItem) =>
    http.post<AnswerItemDetail>(`${B}/items/${id}/decline`, body),
  assign: (body: AssignAnswerItems) => http.post<AnswerItemList>(`${B}/items/assign`, body),
  answerMany: (body: BulkAnswerItems) => http.post<AnswerItemList>(`${B}/items/answer`, body),
  publish: (body: PublishAnswerItems) => http.post<AnswerItemList>(`${B}/items/publish`, body),
  createTemplate: (body: CreateAnswerTemplate) => http.post<AnswerTemplate>(`${B}/templates`, body),
  moderate: (id: number, body: ModerateConsultationComment) =>
    http.post<ConsultationComment>(`${B}/comments/${id}/moderate`, body),
};

/** The `{ id, expectedVersion }` pairs of a bulk request. */
export const versions = (rows: Pick<AnswerItem, 'id' | 'version'>[]) =>
  rows.map((r) => ({ id: r.id, expectedVersion: r.version }));

/** A mutation that refreshes every answers query when it succeeds. */
export function useAnswersMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ak.all });
    },
  });
}
