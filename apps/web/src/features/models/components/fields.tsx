import {
  COMMENDATION_FORM_LABELS,
  MODEL_COMPLIANCE_LABELS,
  MODEL_FIELD_LABELS,
  MODEL_LEVEL_LABELS,
  MODEL_STATE_LABELS,
  MODEL_SUBJECT_LABELS,
} from '@danvan/contracts';
import type { Vocabulary } from '../../../shared/components/EnumTag.tsx';

/** The tags of the feature's vocabularies (labels from packages/domain through the contracts). */
export const VOCAB = {
  field: { labels: MODEL_FIELD_LABELS, colors: {}, testId: 'model-field' },
  subject: { labels: MODEL_SUBJECT_LABELS, colors: {}, testId: 'model-subject' },
  state: {
    labels: MODEL_STATE_LABELS,
    colors: {
      registered: 'default',
      running: 'processing',
      evaluated: 'gold',
      recognised: 'success',
      replicated: 'green',
      stopped: 'red',
    },
    testId: 'model-state',
  },
  level: { labels: MODEL_LEVEL_LABELS, colors: {}, testId: 'model-level' },
  form: { labels: COMMENDATION_FORM_LABELS, colors: {}, testId: 'commendation-form' },
  compliance: {
    labels: MODEL_COMPLIANCE_LABELS,
    colors: { none: 'red', below: 'gold', meets: 'success' },
    testId: 'compliance-status',
  },
} satisfies Record<string, Vocabulary>;
