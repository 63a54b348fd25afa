import { Form, Input, Select } from 'antd';
import {
  CONDUCT_RULE_LABELS,
  SANCTION_CODES,
  SANCTION_LABELS,
  type CreateViolation,
  type InspectionDetail,
  type InspectionReference,
  type InspectionViolation,
} from '@danvan/contracts';
import { enumLabel, enumOptions } from '../../../shared/components/EnumTag.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { api, useInspectionsMutation } from '../api.ts';
import { useInspectionsI18n } from './i18n.ts';

/**
 * Recording a violation (`row` absent) or editing one; an anonymised row keeps its person out of the
 * form. The rule's basis shows under the rule chosen.
 */
export function ViolationModal({
  id,
  r,
  open,
  row,
  rules,
  onCancel,
  onSaved,
}: {
  id: number;
  r: InspectionDetail;
  open: boolean;
  row: InspectionViolation | undefined;
  rules: InspectionReference['rules'] | undefined;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { i18n, t } = useInspectionsI18n();
  const addViolation = useInspectionsMutation((v: CreateViolation) => api.addViolation(id, v));
  const editViolation = useInspectionsMutation((v: { id: number } & Record<string, unknown>) =>
    api.updateViolation(v.id, v as never),
  );
  const ruleOptions = (rules ?? []).map((x) => ({
    value: x.code,
    label: enumLabel(CONDUCT_RULE_LABELS, x.code, i18n),
  }));
  const ruleBasis = (code: string | undefined) => {
    const x = rules?.find((y) => y.code === code);
    return x?.basis
      ? `${t('inspections.ruleBasis', { basis: x.basis })}${x.needsCheck ? ` (${t('inspections.needsCheck')})` : ''}`
      : undefined;
  };

  return (
    <FormModal<CreateViolation>
      open={open}
      title={row ? t('inspections.editViolation') : t('inspections.violationTitle')}
      width={720}
      onCancel={onCancel}
      initialValues={
        row
          ? row.anonymised
            ? {
                rule: row.rule,
                description: row.description,
                sanction: row.sanction,
                sanctionDecision: row.sanctionDecision,
                sanctionOn: row.sanctionOn,
              }
            : row
          : { sanction: 'pending', personPosition: '', personUnit: r.unitName, sanctionDecision: '' }
      }
      onSubmit={(v) =>
        (row
          ? editViolation.mutateAsync({ ...v, id: row.id, expectedVersion: row.version })
          : addViolation.mutateAsync(v)
        ).then(onSaved)
      }
    >
      {!(row && row.anonymised) && (
        <>
          <Field name="personName" label={t('inspections.personName')} need="text">
            <Input maxLength={200} data-testid="violation-person" />
          </Field>
          <FormRow>
            <Field name="personPosition" label={t('inspections.personPosition')} width="grow">
              <Input maxLength={200} />
            </Field>
            <Field name="personUnit" label={t('inspections.personUnit')} width="grow">
              <Input maxLength={300} />
            </Field>
          </FormRow>
        </>
      )}
      <Field name="rule" label={t('inspections.rule')} need extra={<RuleBasis describe={ruleBasis} />}>
        <Select options={ruleOptions} data-testid="violation-rule" />
      </Field>
      <Field name="description" label={t('inspections.description')} need="text">
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} data-testid="violation-description" />
      </Field>
      <FormRow>
        <Field name="sanction" label={t('inspections.sanction')} need width="grow">
          <Select
            options={enumOptions(SANCTION_LABELS, SANCTION_CODES, i18n)}
            data-testid="violation-sanction-select"
          />
        </Field>
        <Field name="sanctionOn" label={t('inspections.sanctionOn')} width={200}>
          <DateInput />
        </Field>
      </FormRow>
      <Field name="sanctionDecision" label={t('inspections.sanctionDecision')}>
        <Input maxLength={300} />
      </Field>
    </FormModal>
  );
}

/** The basis of the rule chosen in the form (read from the form's value). */
function RuleBasis({ describe }: { describe: (code: string | undefined) => string | undefined }) {
  const form = Form.useFormInstance();
  const code = Form.useWatch('rule', form) as string | undefined;
  const text = describe(code);
  return text ? <span data-testid="violation-rule-basis">{text}</span> : null;
}
