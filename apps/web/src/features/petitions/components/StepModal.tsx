import { Checkbox, Flex, Input, Select, Typography } from 'antd';
import { PETITION_COMPETENCES, PETITION_COMPETENCE_LABELS } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { todayIso } from '../../../shared/format.ts';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import { Field } from '../../../shared/components/Field.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import type { PetitionDetail, StepAction } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';

const UPHELD = ['right', 'partly', 'wrong'] as const;

/** The form of one workflow step of a case (its date, and what the step needs: a reason, a body …). */
export function StepModal({
  step,
  petition: p,
  onClose,
  onSubmit,
}: {
  step: StepAction | null;
  petition: PetitionDetail;
  onClose: () => void;
  onSubmit: (step: StepAction, body: Record<string, unknown>) => Promise<unknown>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const s = step;
  const area = (name: string, label: string, need = false, testId?: string) => (
    <Field name={name} label={label} need={need ? 'text' : undefined}>
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} data-testid={testId} />
    </Field>
  );
  const facts = (
    <Flex gap={16} wrap>
      <Field name="complex" valuePropName="checked">
        <Checkbox>{t('petitions.complex')}</Checkbox>
      </Field>
      <Field name="remoteArea" valuePropName="checked">
        <Checkbox>{t('petitions.remoteArea')}</Checkbox>
      </Field>
    </Flex>
  );
  return (
    <FormModal<Record<string, unknown>>
      open={s !== null}
      title={s ? t(`petitions.step.${s}`) : ''}
      width={640}
      onCancel={onClose}
      okDanger={s === 'file' || s === 'suspend'}
      okText={s ? t(`petitions.step.${s}`) : undefined}
      initialValues={{
        on: todayIso(),
        complex: p.complex,
        remoteArea: p.remoteArea,
        competence: p.competence ?? 'own',
      }}
      onSubmit={(v) => {
        if (!s) return Promise.resolve();
        const body: Record<string, unknown> = { ...v, expectedVersion: p.version };
        if (s !== 'screen' && s !== 'accept') {
          delete body.complex;
          delete body.remoteArea;
        }
        if (s !== 'screen') delete body.competence;
        return onSubmit(s, body);
      }}
    >
      <Field name="on" label={t('petitions.on')} need>
        <DateInput />
      </Field>
      {s === 'screen' && (
        <>
          <Field name="competence" label={t('petitions.competence')} need>
            <Select
              data-testid="step-competence"
              options={enumOptions(PETITION_COMPETENCE_LABELS, PETITION_COMPETENCES, i18n)}
            />
          </Field>
          {facts}
          {area('note', t('petitions.note'))}
        </>
      )}
      {s === 'accept' && (
        <>
          {facts}
          {area('note', t('petitions.note'))}
        </>
      )}
      {(s === 'transfer' || s === 'guide') && (
        <>
          <Field
            name="toBody"
            label={s === 'transfer' ? t('petitions.transferTo') : t('petitions.guideTo')}
            need="text"
          >
            <Input maxLength={300} data-testid="step-to-body" />
          </Field>
          {area('note', s === 'guide' ? t('petitions.guideNote') : t('petitions.note'))}
        </>
      )}
      {s === 'file' && area('reason', t('petitions.fileReason'), true, 'step-reason')}
      {(s === 'verify' || s === 'dialogue') && area('note', t('petitions.stepNote'), true, 'step-note')}
      {(s === 'extend' || s === 'suspend') && (
        <>
          {s === 'extend' && (
            <Typography.Paragraph type="secondary">
              {t('petitions.extendHint', { count: p.extensions })}
            </Typography.Paragraph>
          )}
          {area('reason', t('petitions.reason'), true, 'step-reason')}
        </>
      )}
      {s === 'resume' && (
        <>
          <Typography.Paragraph type="secondary">{t('petitions.resumeHint')}</Typography.Paragraph>
          {area('note', t('petitions.note'))}
        </>
      )}
      {s === 'decide' && (
        <>
          <Field name="number" label={t('petitions.decisionNumber')} need="text">
            <Input maxLength={60} data-testid="step-number" />
          </Field>
          <Field name="summary" label={t('petitions.decisionSummary')} need="text">
            <Input.TextArea
              autoSize={{ minRows: 4, maxRows: 12 }}
              maxLength={20000}
              data-testid="step-summary"
            />
          </Field>
          {p.kind === 'khieu_nai' && (
            <Field name="upheld" label={t('petitions.upheld')}>
              <Select
                allowClear
                options={UPHELD.map((u) => ({ value: u, label: t(`petitions.upheldValue.${u}`) }))}
              />
            </Field>
          )}
        </>
      )}
      {(s === 'send_result' || s === 'close') && area('note', t('petitions.note'))}
    </FormModal>
  );
}
