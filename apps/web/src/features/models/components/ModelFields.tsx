import { Form, Input, Select } from 'antd';
import {
  MODEL_FIELD_CODES,
  MODEL_FIELD_LABELS,
  MODEL_REGISTRATION_KEYS,
  MODEL_REGISTRATION_LABELS,
  MODEL_SUBJECT_CODES,
  MODEL_SUBJECT_LABELS,
} from '@danvan/contracts';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { enumLabel, enumOptions } from '../../../shared/components/EnumTag.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { useModelsI18n } from './i18n.ts';

/** The registration parts every province's form asks for; the first three are required. */
const REQUIRED = new Set(['situation', 'goals', 'contentMethod']);

/** The fields of a model's registration: unit (when new), name, field, subject, dates and content. */
export function ModelFields({ editing }: { editing: boolean }) {
  const { i18n, t } = useModelsI18n();
  const subject = Form.useWatch('subject');
  return (
    <>
      {!editing && (
        <Field name="unitId" label={t('models.unit')} need>
          <UnitSelect />
        </Field>
      )}
      <Field name="name" label={t('models.name')} need="text">
        <Input maxLength={500} data-testid="model-name" />
      </Field>
      <FormRow>
        <Field name="field" label={t('models.field')} need width="grow">
          <Select
            options={enumOptions(MODEL_FIELD_LABELS, MODEL_FIELD_CODES, i18n)}
            data-testid="model-field-select"
          />
        </Field>
        <Field name="subject" label={t('models.subject')} need width="grow">
          <Select options={enumOptions(MODEL_SUBJECT_LABELS, MODEL_SUBJECT_CODES, i18n)} />
        </Field>
        {subject === 'individual' && (
          <Field name="personName" label={t('models.personName')} need="text" width="grow">
            <Input maxLength={200} />
          </Field>
        )}
      </FormRow>
      <FormRow>
        <Field name="registeredOn" label={t('models.registeredOn')} need width="grow">
          <DateInput />
        </Field>
        <Field name="startOn" label={t('models.startOn')} width="grow">
          <DateInput />
        </Field>
        <Field name="endOn" label={t('models.endOn')} width="grow">
          <DateInput />
        </Field>
      </FormRow>
      {MODEL_REGISTRATION_KEYS.map((k) => (
        <Field
          key={k}
          name={['registration', k]}
          label={enumLabel(MODEL_REGISTRATION_LABELS, k, i18n)}
          need={REQUIRED.has(k) ? 'text' : undefined}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 8 }}
            maxLength={10000}
            data-testid={`model-reg-${k}`}
          />
        </Field>
      ))}
      <Field name="publicSummary" label={t('models.publicSummary')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
      </Field>
    </>
  );
}
