/**
 * The portal's calls to the public API (/api/v1/public/…, no account). Types come from the contracts
 * as types only (nothing of zod reaches the bundle); the requests go through the app's small fetch
 * wrapper, so errors are the same ApiError with the server's Vietnamese `detail`.
 */
import type {
  Paged,
  PortalCaseView,
  PortalHome,
  PortalItem,
  PortalPublicationView,
  PortalReceipt,
  PortalServiceRatingInput,
  PortalSubmission,
  PortalTerms,
  PublicConsultation,
  PublicSession,
  PublicUnit,
  SubmitConsultationComment,
} from '@danvan/contracts';
import { request, upload, type Query } from '../shared/http.ts';

const P = '/public';

export interface PortalAttached {
  name: string;
  size: number;
  mime: string;
  count: number;
  remaining: number;
}
export interface PortalRatingReceipt {
  subject: string;
  score: number;
  unitName: string;
  ratedAt: string;
}

const get = <T>(path: string, query?: Query, signal?: AbortSignal) =>
  request<T>('GET', `${P}${path}`, { query, signal });
const post = <T>(path: string, body: unknown) => request<T>('POST', `${P}${path}`, { body });

export const portalApi = {
  home: (signal?: AbortSignal) => get<PortalHome>('/portal', undefined, signal),
  section: (key: string, q: Query, signal?: AbortSignal) =>
    get<Paged<PortalItem>>(`/sections/${encodeURIComponent(key)}`, q, signal),
  schedules: (q: Query, signal?: AbortSignal) => get<Paged<PublicSession>>('/schedules', q, signal),
  units: (q: Query, signal?: AbortSignal) => get<Paged<PublicUnit>>('/units', q, signal),
  terms: (signal?: AbortSignal) => get<PortalTerms>('/terms', undefined, signal),
  /** The widget fetches the challenge itself from this address. */
  challengeUrl: '/api/v1/public/challenge',
  submit: (body: PortalSubmission) => post<PortalReceipt>('/submissions', body),
  attach: (code: string, file: File) =>
    upload<PortalAttached>(`${P}/submissions/files`, file, { fields: { code } }),
  lookup: (code: string) => post<PortalCaseView>('/lookup', { code }),
  rateCase: (code: string, score: number, comment: string | null) =>
    post<PortalRatingReceipt>('/lookup/rating', { code, score, comment }),
  /** A reception visit or a unit's service rated (no code: a solved challenge instead). */
  rateService: (body: PortalServiceRatingInput) => post<PortalRatingReceipt>('/ratings', body),
  answers: (q: Query, signal?: AbortSignal) => get<Paged<PortalPublicationView>>('/answers', q, signal),
  /** A consultation and its published comments (the answers module's public routes). */
  consultation: (id: number, signal?: AbortSignal) =>
    request<PublicConsultation>('GET', `/answers/public/consultations/${id}`, { signal }),
  comment: (id: number, body: SubmitConsultationComment) =>
    request<{ ok: true }>('POST', `/answers/public/consultations/${id}/comments`, { body }),
};
