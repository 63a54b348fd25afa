import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatePetition,
  DenouncerIdentity,
  Paged,
  PetitionDetail,
  PetitionDocumentKind,
  PetitionImportPreview,
  PetitionImportResult,
} from '@danvan/contracts';
import { downloadFile, http, upload, type Query } from '../../shared/http.ts';

const B = '/petitions';

/** A row of the register (PetitionSummary of the contracts). */
export type PetitionRow = Pick<
  PetitionDetail,
  | 'id'
  | 'code'
  | 'unitId'
  | 'unitName'
  | 'receivedOn'
  | 'channel'
  | 'kind'
  | 'field'
  | 'status'
  | 'subject'
  | 'petitionersCount'
  | 'representativeName'
  | 'dueDate'
  | 'flags'
  | 'protected'
>;
export type PetitionListData = Paged<PetitionRow> & {
  can: { create: boolean };
  counts: Record<string, number>;
};
export type DuplicateCandidate = PetitionDetail['duplicates'][number];
/** GET /petitions/visit-draft/:visitId (PetitionVisitDraft). */
export interface VisitDraft {
  visitId: number;
  unitId: number;
  receivedOn: string;
  petitionersCount: number;
  representativeName: string | null;
  idNumber: string | null;
  address: string | null;
  content: string;
  field: PetitionDetail['field'] | null;
}
/** POST /petitions/duplicate-check (DuplicateCheck). */
export interface DuplicateCheckBody {
  unitId: number;
  representativeName?: string | null;
  idNumber?: string | null;
  content?: string;
  identity?: DenouncerIdentity | null;
}
export type CreatePetitionBody = CreatePetition;
export type { PetitionDetail };

/** The workflow steps the case page offers, in the order of the buttons. */
export const STEP_ACTIONS = [
  'screen',
  'accept',
  'transfer',
  'guide',
  'file',
  'verify',
  'dialogue',
  'extend',
  'suspend',
  'resume',
  'decide',
  'send_result',
  'close',
] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export const pk = {
  all: ['petitions'] as const,
  list: (q: object) => ['petitions', 'list', q] as const,
  one: (id: number) => ['petitions', 'one', id] as const,
  draft: (visitId: number) => ['petitions', 'visit-draft', visitId] as const,
};

export const usePetitions = (q: Query) =>
  useQuery({
    queryKey: pk.list(q),
    queryFn: () => http.get<PetitionListData>(B, q),
    placeholderData: keepPreviousData,
  });

/** GET /petitions/deadlines (DeadlineOverview of the contracts). */
export interface DeadlineCounts {
  running: number;
  dueSoon: number;
  overdue: number;
}
export type DeadlineRow = DeadlineCounts & {
  unitId: number;
  unitName: string;
  byKind: (DeadlineCounts & { kind: PetitionDetail['kind'] })[];
};
export type DeadlineOverviewData = Paged<DeadlineRow> & {
  asOf: string;
  soonDays: number;
  totals: DeadlineCounts & { byKind: DeadlineRow['byKind'] };
};

export const useDeadlineOverview = (q: Query) =>
  useQuery({
    queryKey: ['petitions', 'deadlines', q] as const,
    queryFn: () => http.get<DeadlineOverviewData>(`${B}/deadlines`, q),
    placeholderData: keepPreviousData,
  });

export const usePetition = (id: number) =>
  useQuery({
    queryKey: pk.one(id),
    queryFn: () => http.get<PetitionDetail>(`${B}/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });

export const useVisitDraft = (visitId: number | undefined) =>
  useQuery({
    queryKey: pk.draft(visitId ?? 0),
    queryFn: () => http.get<VisitDraft>(`${B}/visit-draft/${visitId}`),
    enabled: !!visitId && visitId > 0,
    retry: false,
  });

const stepPath = (s: StepAction) => (s === 'send_result' ? 'send-result' : s);

export const api = {
  create: (body: CreatePetitionBody) => http.post<PetitionDetail[]>(B, body),
  duplicates: (body: DuplicateCheckBody) => http.post<DuplicateCandidate[]>(`${B}/duplicate-check`, body),
  resolveDuplicate: (id: number, otherId: number, decision: 'link' | 'dismiss') =>
    http.post<PetitionDetail>(`${B}/${id}/duplicates/${otherId}`, { decision }),
  step: (id: number, step: StepAction, body: Record<string, unknown>) =>
    http.post<PetitionDetail>(`${B}/${id}/${stepPath(step)}`, body),
  document: (id: number, doc: PetitionDocumentKind) => downloadFile(`${B}/${id}/documents/${doc}`),
  importTemplate: () => downloadFile(`${B}/import/template.xlsx`),
  /** POST /petitions/import: 'preview' checks each row, 'commit' enters the valid ones. */
  importFile: <M extends 'preview' | 'commit'>(unitId: number, file: File, mode: M) =>
    upload<M extends 'preview' ? PetitionImportPreview : PetitionImportResult>(`${B}/import`, file, {
      query: { mode, unitId },
    }),
};

/** A mutation that refreshes every petitions query when it succeeds. */
export function usePetitionsMutation<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: pk.all });
    },
  });
}
