import {
  PETITION_CHANNEL_LABELS,
  PETITION_COMPETENCE_LABELS,
  PETITION_FIELD_LABELS,
  PETITION_FLAG_LABELS,
  PETITION_KIND_LABELS,
  PETITION_STATUS_LABELS,
  PETITION_STEP_LABELS,
} from '@danvan/contracts';
import type { Vocabulary } from '../../../shared/components/EnumTag.tsx';

/** The tags of the petitions' vocabularies (labels from packages/domain through the contracts). */
export const VOCAB = {
  kind: {
    labels: PETITION_KIND_LABELS,
    colors: { khieu_nai: 'blue', to_cao: 'magenta', kien_nghi: 'cyan', phan_anh: 'geekblue' },
    testId: 'petition-kind',
  },
  field: { labels: PETITION_FIELD_LABELS, colors: {}, testId: 'petition-field' },
  channel: { labels: PETITION_CHANNEL_LABELS, colors: {}, testId: 'petition-channel' },
  competence: { labels: PETITION_COMPETENCE_LABELS, colors: { lower_level: 'orange' } },
  step: { labels: PETITION_STEP_LABELS, colors: {} },
  status: {
    labels: PETITION_STATUS_LABELS,
    colors: {
      received: 'default',
      screened: 'blue',
      accepted: 'processing',
      suspended: 'warning',
      decided: 'purple',
      result_sent: 'cyan',
      closed: 'success',
      transferred: 'default',
      guided: 'default',
      filed: 'default',
    },
    testId: 'petition-status',
  },
  flag: {
    labels: PETITION_FLAG_LABELS,
    colors: { overdue: 'red', prolonged: 'volcano', bypass: 'orange', mass: 'gold', duplicate: 'purple' },
    testId: 'petition-flag',
  },
} satisfies Record<string, Vocabulary>;
