import { Alert, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import {
  PETITION_FIELD_LABELS,
  PETITION_FIELDS,
  RECEPTION_KIND_LABELS,
  RECEPTION_KINDS,
  RECEPTION_OUTCOME_LABELS,
  RECEPTION_OUTCOMES,
  type CreateReceptionVisit,
  type ReceptionVisit,
} from '@danvan/contracts';
import { isMassDelegation } from '@danvan/domain';
import { useI18n } from '../../../i18n/index.tsx';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { TimeInput } from './fields.tsx';

type Chair = 'officer' | 'head' | 'deputy';
/** The form of a visit: who chaired it is one choice, sent as two flags. */
export type VisitFormValues = Omit<CreateReceptionVisit, 'headInPerson' | 'deputyOnBehalf'> & {
  chair: Chair;
};

export const chairOf = (v: ReceptionVisit): Chair =>
  v.headInPerson ? 'head' : v.deputyOnBehalf ? 'deputy' : 'officer';

export function toBody(v: VisitFormValues): CreateReceptionVisit {
  const { chair, ...rest } = v;
  return {
    ...rest,
    headInPerson: chair === 'head',
    deputyOnBehalf: chair === 'deputy',
    onlineNoticeSentOn: rest.online ? (rest.onlineNoticeSentOn ?? null) : null,
  };
}

/** The fields of a visit's form (the unit is fixed once recorded). */
export function VisitFormFields({ editing }: { editing: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <FormRow>
        <Field name="unitId" label={t('reception.unit')} need width="grow">
          <UnitSelect disabled={editing} />
        </Field>
        <Field name="kind" label={t('reception.visits.kind')} need width={260}>
          <Select
            data-testid="visit-kind"
            options={enumOptions(RECEPTION_KIND_LABELS, RECEPTION_KINDS, i18n)}
          />
        </Field>
      </FormRow>
      <FormRow>
        <Field name="receivedOn" label={t('reception.visits.receivedOn')} need width={180}>
          <DateInput />
        </Field>
        <Field name="receivedTime" label={t('reception.visits.receivedTime')} need width={130}>
          <TimeInput />
        </Field>
        <Field name="place" label={t('reception.visits.place')} need="text" width="grow">
          <Input maxLength={500} data-testid="visit-place" />
        </Field>
      </FormRow>
      <FormRow>
        <Field name="receiverName" label={t('reception.visits.receiverName')} need="text" width="grow">
          <Input maxLength={200} />
        </Field>
        <Field name="receiverTitle" label={t('reception.visits.receiverTitle')} width="grow">
          <Input maxLength={200} />
        </Field>
        <Field
          name="chair"
          label={t('reception.visits.chair')}
          width={260}
          tooltip={t('reception.visits.deputyHint')}
        >
          <Select
            options={(['officer', 'head', 'deputy'] as const).map((c) => ({
              value: c,
              label: t(`reception.visits.chair${c[0].toUpperCase()}${c.slice(1)}`),
            }))}
          />
        </Field>
      </FormRow>
      <FormRow>
        <Field name="visitorsCount" label={t('reception.visits.visitorsCount')} need width={150}>
          <InputNumber
            min={1}
            max={10000}
            precision={0}
            style={{ width: '100%' }}
            data-testid="visit-count"
          />
        </Field>
        <Field
          name="representativeName"
          label={t('reception.visits.representativeName')}
          need="text"
          width="grow"
        >
          <Input maxLength={200} data-testid="visit-representative" />
        </Field>
        <Field name="idNumber" label={t('reception.visits.idNumber')} width={200}>
          <Input maxLength={30} inputMode="numeric" />
        </Field>
      </FormRow>
      <Form.Item noStyle shouldUpdate={(a, b) => a.visitorsCount !== b.visitorsCount}>
        {({ getFieldValue }) =>
          isMassDelegation(Number(getFieldValue('visitorsCount') ?? 0)) ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="visit-mass-hint"
              title={t('reception.visits.massDelegation')}
            />
          ) : null
        }
      </Form.Item>
      <Field name="address" label={t('reception.visits.address')}>
        <Input maxLength={500} />
      </Field>
      <Field name="content" label={t('reception.visits.content')} need="text">
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} data-testid="visit-content" />
      </Field>
      <FormRow>
        <Field name="field" label={t('reception.visits.field')} need width="grow">
          <Select
            data-testid="visit-field"
            options={enumOptions(PETITION_FIELD_LABELS, PETITION_FIELDS, i18n)}
          />
        </Field>
        <Field name="outcome" label={t('reception.visits.outcome')} need width="grow">
          <Select
            data-testid="visit-outcome"
            options={enumOptions(RECEPTION_OUTCOME_LABELS, RECEPTION_OUTCOMES, i18n)}
          />
        </Field>
      </FormRow>
      <Form.Item noStyle shouldUpdate={(a, b) => a.outcome !== b.outcome}>
        {({ getFieldValue }) =>
          getFieldValue('outcome') === 'refused' ? (
            <Field name="refusalReason" label={t('reception.visits.refusalReason')} need="text">
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
            </Field>
          ) : null
        }
      </Form.Item>
      <Field name="outcomeNote" label={t('reception.visits.outcomeNote')}>
        <Input.TextArea autoSize={{ minRows: 1 }} maxLength={5000} />
      </Field>
      <Field name="conclusion" label={t('reception.visits.conclusion')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={20000} />
      </Field>
      <FormRow>
        <Field name="online" valuePropName="checked" width={200}>
          <Checkbox>{t('reception.visits.online')}</Checkbox>
        </Field>
        <Form.Item noStyle shouldUpdate={(a, b) => a.online !== b.online}>
          {({ getFieldValue }) =>
            getFieldValue('online') ? (
              <Field name="onlineNoticeSentOn" label={t('reception.visits.onlineNoticeSentOn')} width={240}>
                <DateInput />
              </Field>
            ) : null
          }
        </Form.Item>
      </FormRow>
    </>
  );
}
