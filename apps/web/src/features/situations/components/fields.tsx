import {
  FOLLOW_UP_STATE_LABELS,
  SITUATION_LEVEL_LABELS,
  SITUATION_STATE_LABELS,
  SITUATION_TOPIC_LABELS,
} from '@danvan/contracts';
import type { Vocabulary } from '../../../shared/components/EnumTag.tsx';

/** The tags of the feature's vocabularies (labels from packages/domain through the contracts). */
export const VOCAB = {
  topic: { labels: SITUATION_TOPIC_LABELS, colors: {}, testId: 'situation-topic' },
  level: {
    labels: SITUATION_LEVEL_LABELS,
    colors: { normal: 'default', watch: 'gold', complex: 'red' },
    testId: 'situation-level',
  },
  state: {
    labels: SITUATION_STATE_LABELS,
    colors: { monitoring: 'processing', stabilized: 'success' },
    testId: 'situation-state',
  },
  followUp: {
    labels: FOLLOW_UP_STATE_LABELS,
    colors: { not_started: 'default', in_progress: 'processing', done: 'success' },
    testId: 'follow-up-state',
  },
} satisfies Record<string, Vocabulary>;
