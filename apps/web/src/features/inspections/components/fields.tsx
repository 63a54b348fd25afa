import {
  INSPECTION_KIND_LABELS,
  INSPECTION_MODE_LABELS,
  INSPECTION_STATE_LABELS,
  PLAN_ITEM_STATUS_LABELS,
  RECOMMENDATION_STATE_LABELS,
  SANCTION_LABELS,
} from '@danvan/contracts';
import type { Vocabulary } from '../../../shared/components/EnumTag.tsx';

/** The tags of the feature's vocabularies (labels from packages/domain through the contracts). */
export const VOCAB = {
  kind: { labels: INSPECTION_KIND_LABELS, colors: {}, testId: 'inspection-kind' },
  mode: { labels: INSPECTION_MODE_LABELS, colors: { unplanned: 'orange' }, testId: 'inspection-mode' },
  state: {
    labels: INSPECTION_STATE_LABELS,
    colors: { ongoing: 'processing', concluded: 'success' },
    testId: 'inspection-state',
  },
  sanction: { labels: SANCTION_LABELS, colors: { pending: 'default' }, testId: 'violation-sanction' },
  recState: {
    labels: RECOMMENDATION_STATE_LABELS,
    colors: { open: 'default', in_progress: 'processing', done: 'success' },
    testId: 'recommendation-state',
  },
  itemStatus: {
    labels: PLAN_ITEM_STATUS_LABELS,
    colors: { concluded: 'success', started: 'processing', overdue: 'red', upcoming: 'default' },
    testId: 'plan-item-status',
  },
} satisfies Record<string, Vocabulary>;
