import { DatePicker } from 'antd';
import {
  COMMENDATION_FORM_LABELS,
  MODEL_COMPLIANCE_LABELS,
  MODEL_FIELD_LABELS,
  MODEL_LEVEL_LABELS,
  MODEL_STATE_LABELS,
  MODEL_SUBJECT_LABELS,
} from '@danvan/contracts';
import type { Vocabulary } from '../../../shared/components/EnumTag.tsx';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../shared/format.ts';

/** A calendar date as 'YYYY-MM-DD' in the form, shown dd/MM/yyyy. */
export function DateInput({
  value,
  onChange,
  id,
  disabled,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  id?: string;
  disabled?: boolean;
}) {
  return (
    <DatePicker
      id={id}
      format={DATE_FORMAT}
      value={fromIsoDate(value ?? undefined) ?? null}
      onChange={(d) => onChange?.(toIsoDate(d) ?? null)}
      disabled={disabled}
      placeholder="dd/mm/yyyy"
      style={{ width: '100%' }}
    />
  );
}

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
