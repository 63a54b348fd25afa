/**
 * The vocabulary of the public portal (cổng thông tin cho người dân), defined once: the contracts'
 * enums are built from these constants (packages/contracts/src/portal/vocabulary.ts).
 */
import type { PetitionKind } from '../petitions/vocabulary.ts';

type Labels<K extends string> = Readonly<Record<K, { vi: string; en: string }>>;

/**
 * What a citizen may send through the portal: the four kinds of petition (Luật Tiếp công dân 2013
 * điều 2; Luật Khiếu nại 2011; Luật Tố cáo 2018). A tố cáo's identity goes to the vault.
 */
export const PORTAL_SUBMISSION_KINDS: readonly PetitionKind[] = Object.freeze([
  'phan_anh',
  'kien_nghi',
  'khieu_nai',
  'to_cao',
]);

/**
 * The honest outcome a unit states when it publishes the answer to a matter: resolved, resolved in
 * part, not within its competence (transferred or guided to the competent body), or closed without
 * resolution (filed, withdrawn, not accepted).
 */
export const PUBLICATION_STATES = Object.freeze([
  'resolved',
  'resolved_in_part',
  'not_competent',
  'closed_unresolved',
] as const);
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export const PUBLICATION_STATE_LABELS: Labels<PublicationState> = Object.freeze({
  resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
  resolved_in_part: { vi: 'Giải quyết một phần', en: 'Resolved in part' },
  not_competent: { vi: 'Không thuộc thẩm quyền', en: 'Not within competence' },
  closed_unresolved: { vi: 'Kết thúc, không giải quyết được', en: 'Closed without resolution' },
});

/**
 * The portal's sections (its page list): modules register one each (apps/server/src/core/portal.ts).
 * The keys are listed here so a publication names a section that the portal knows.
 */
export const PORTAL_SECTION_KEYS = Object.freeze([
  'schedules',
  'answers',
  'models',
  'consultations',
  'inspections',
  'voter_petitions',
] as const);
export type PortalSectionKey = (typeof PORTAL_SECTION_KEYS)[number];

/** What a citizen rates: a closed matter (through its lookup code), a reception visit, a unit's service. */
export const RATING_SUBJECTS = Object.freeze(['case', 'visit', 'service'] as const);
export type RatingSubject = (typeof RATING_SUBJECTS)[number];

export const RATING_SUBJECT_LABELS: Labels<RatingSubject> = Object.freeze({
  case: { vi: 'Kết quả giải quyết đơn thư', en: 'How a matter was handled' },
  visit: { vi: 'Buổi tiếp công dân', en: 'A reception visit' },
  service: { vi: 'Sự phục vụ của cơ quan, đơn vị', en: "A unit's service" },
});

/** The five-point scale (SIPAS, QĐ 1001/QĐ-BNV 2023): 1 rất không hài lòng … 5 rất hài lòng. */
export const RATING_SCORE_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, { vi: string; en: string }>> =
  Object.freeze({
    1: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
    2: { vi: 'Không hài lòng', en: 'Dissatisfied' },
    3: { vi: 'Bình thường', en: 'Neutral' },
    4: { vi: 'Hài lòng', en: 'Satisfied' },
    5: { vi: 'Rất hài lòng', en: 'Very satisfied' },
  });
