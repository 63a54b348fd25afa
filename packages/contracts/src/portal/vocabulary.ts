/** The public portal: the vocabularies of packages/domain (portal), re-exported, and their enums. */
import { z } from 'zod';
import {
  LOOKUP_CODE_LENGTH,
  PORTAL_SECTION_KEYS,
  PUBLICATION_STATES,
  PUBLICATION_STATE_LABELS,
  RATING_SCORE_LABELS,
  RATING_SUBJECTS,
  RATING_SUBJECT_LABELS,
} from '@danvan/domain';
import { labelled } from '../labels.ts';
import { oneOf } from './shared.ts';

export {
  PUBLICATION_STATES,
  PUBLICATION_STATE_LABELS,
  RATING_SCORE_LABELS,
  RATING_SUBJECTS,
  RATING_SUBJECT_LABELS,
};

export const PublicationState = labelled(
  z.enum(PUBLICATION_STATES, oneOf('Kết quả giải quyết')),
  'Kết quả giải quyết',
);
export type PublicationState = z.infer<typeof PublicationState>;
export const RatingSubject = labelled(
  z.enum(RATING_SUBJECTS, oneOf('Nội dung đánh giá')),
  'Nội dung đánh giá',
);
export type RatingSubject = z.infer<typeof RatingSubject>;
export const PortalSectionKey = labelled(z.enum(PORTAL_SECTION_KEYS, oneOf('Chuyên mục')), 'Chuyên mục');
export type PortalSectionKey = z.infer<typeof PortalSectionKey>;

/** Lookup codes are this many symbols, check symbols included. */
export const PORTAL_LOOKUP_CODE_LENGTH = LOOKUP_CODE_LENGTH;
