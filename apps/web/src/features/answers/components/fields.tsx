import {
  ANSWER_COMPLIANCE_LABELS,
  ANSWER_FIELD_LABELS,
  ANSWER_ITEM_STATUS_LABELS,
  ANSWER_ITEM_STEP_LABELS,
  ANSWER_SOURCE_KIND_LABELS,
  ANSWER_VERDICT_LABELS,
  COMMENT_STATE_LABELS,
  DIALOGUE_STATE_LABELS,
  FRONT_SUPERVISION_DOC_TYPE_LABELS,
} from '@danvan/contracts';
import type { Vocabulary } from '../../../shared/components/EnumTag.tsx';

/** The tags of the answers' vocabularies (labels from packages/domain through the contracts). */
export const VOCAB = {
  kind: {
    labels: ANSWER_SOURCE_KIND_LABELS,
    colors: {
      dialogue: 'blue',
      front_supervision: 'magenta',
      front_criticism: 'purple',
      council_session: 'cyan',
      consultation: 'geekblue',
    },
    testId: 'source-kind',
  },
  field: { labels: ANSWER_FIELD_LABELS, colors: {}, testId: 'item-field' },
  status: {
    labels: ANSWER_ITEM_STATUS_LABELS,
    colors: {
      received: 'default',
      in_progress: 'processing',
      answered: 'blue',
      satisfied: 'success',
      not_satisfied: 'error',
      re_answered: 'geekblue',
      not_taken: 'warning',
      closed: 'green',
    },
    testId: 'item-status',
  },
  compliance: {
    labels: ANSWER_COMPLIANCE_LABELS,
    colors: { on_time: 'green', late: 'orange', overdue: 'red', pending: 'default' },
    testId: 'item-compliance',
  },
  verdict: {
    labels: ANSWER_VERDICT_LABELS,
    colors: { satisfied: 'success', not_satisfied: 'error' },
    testId: 'item-verdict',
  },
  step: { labels: ANSWER_ITEM_STEP_LABELS, colors: {} },
  dialogue: {
    labels: DIALOGUE_STATE_LABELS,
    colors: { scheduled: 'processing', held: 'success', cancelled: 'default' },
    testId: 'dialogue-state',
  },
  comment: {
    labels: COMMENT_STATE_LABELS,
    colors: { pending: 'gold', published: 'success', rejected: 'default', hidden: 'red' },
    testId: 'comment-state',
  },
  docType: { labels: FRONT_SUPERVISION_DOC_TYPE_LABELS, colors: {}, testId: 'front-doc-type' },
} satisfies Record<string, Vocabulary>;
