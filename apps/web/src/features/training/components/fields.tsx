import { TRAINING_FORMAT_LABELS, TRAINING_KIND_LABELS } from '@danvan/contracts';
import type { Vocabulary } from '../../../shared/components/EnumTag.tsx';

/** The tags of the feature's vocabularies (labels from packages/domain through the contracts). */
export const VOCAB = {
  kind: { labels: TRAINING_KIND_LABELS, colors: {}, testId: 'training-kind' },
  format: {
    labels: TRAINING_FORMAT_LABELS,
    colors: { in_person: 'default', online: 'processing', hybrid: 'purple' },
    testId: 'training-format',
  },
} satisfies Record<string, Vocabulary>;
