import {
  ASSESSMENT_STATE_LABELS,
  BAND_LABELS,
  CRITERIA_SET_STATE_LABELS,
  CRITERION_KIND_LABELS,
  ROUND_STATE_LABELS,
  SCORED_BY_LABELS,
  SCORING_COMPLIANCE_LABELS,
} from '@danvan/contracts';
import type { Vocabulary } from '../../../shared/components/EnumTag.tsx';

/** The tags of the feature's vocabularies (labels from packages/domain through the contracts). */
export const VOCAB = {
  setState: {
    labels: CRITERIA_SET_STATE_LABELS,
    colors: { draft: 'default', issued: 'green', superseded: 'default' },
    testId: 'set-state',
  },
  roundState: {
    labels: ROUND_STATE_LABELS,
    colors: { draft: 'default', open: 'processing', published: 'green' },
    testId: 'round-state',
  },
  assessmentState: {
    labels: ASSESSMENT_STATE_LABELS,
    colors: {
      draft: 'default',
      submitted: 'processing',
      appraised: 'gold',
      explained: 'cyan',
      decided: 'success',
    },
    testId: 'assessment-state',
  },
  compliance: {
    labels: SCORING_COMPLIANCE_LABELS,
    colors: {
      not_started: 'red',
      draft: 'orange',
      submitted: 'processing',
      appraised: 'gold',
      explained: 'cyan',
      decided: 'success',
    },
    testId: 'compliance-status',
  },
  band: {
    labels: BAND_LABELS,
    colors: { xuat_sac: 'green', tot: 'blue', hoan_thanh: 'gold', khong_hoan_thanh: 'red' },
    testId: 'band',
  },
  kind: {
    labels: CRITERION_KIND_LABELS,
    colors: { score: 'default', bonus: 'green', deduction: 'red' },
    testId: 'criterion-kind',
  },
  scoredBy: {
    labels: SCORED_BY_LABELS,
    colors: { self: 'default', superior: 'purple' },
    testId: 'scored-by',
  },
} satisfies Record<string, Vocabulary>;
