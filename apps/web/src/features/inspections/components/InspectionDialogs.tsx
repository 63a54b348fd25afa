import { Checkbox, Input, Select } from 'antd';
import type {
  ConcludeInspection,
  CreateRecommendation,
  InspectionDetail,
  InspectionRecommendation,
  InspectionReference,
  InspectionViolation,
  UpdateInspection,
  UpdateRecommendation,
} from '@danvan/contracts';
import { RECOMMENDATION_STATE_CODES, RECOMMENDATION_STATE_LABELS } from '@danvan/contracts';
import { todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { api, useInspectionsMutation } from '../api.ts';
import { InspectionFields } from './InspectionFields.tsx';
import { ViolationModal } from './ViolationModal.tsx';
import { useInspectionsI18n } from './i18n.ts';

export type InspectionDialog =
  | null
  | { kind: 'edit' | 'conclude' | 'violation' | 'recommendation' }
  | { kind: 'editViolation'; row: InspectionViolation }
  | { kind: 'follow'; row: InspectionRecommendation };

/** The dialogs of an inspection: edit, conclude, a violation, a recommendation and its follow-up. */
export function InspectionDialogs({
  id,
  r,
  dialog,
  rules,
  onClose,
}: {
  id: number;
  r: InspectionDetail;
  dialog: InspectionDialog;
  rules: InspectionReference['rules'] | undefined;
  onClose: () => void;
}) {
  const { i18n, t } = useInspectionsI18n();
  const notify = useNotify();
  const update = useInspectionsMutation((v: UpdateInspection) => api.update(id, v));
  const conclude = useInspectionsMutation((v: ConcludeInspection) => api.conclude(id, v));
  const addRec = useInspectionsMutation((v: CreateRecommendation) => api.addRecommendation(id, v));
  const follow = useInspectionsMutation((v: { id: number; body: UpdateRecommendation }) =>
    api.updateRecommendation(v.id, v.body),
  );
  const close = onClose;
  const done = (text: string) => () => {
    notify.success(text);
    close();
  };

  return (
    <>
      <FormModal<UpdateInspection>
        open={dialog?.kind === 'edit'}
        title={t('inspections.editTitle')}
        width={760}
        onCancel={close}
        initialValues={r}
        onSubmit={(v) => {
          const {
            unitId: _u,
            conductorUnitId: _c,
            ...rest
          } = v as UpdateInspection & {
            unitId?: number;
            conductorUnitId?: number;
          };
          return update
            .mutateAsync({ ...rest, expectedVersion: r.version })
            .then(done(t('inspections.saved')));
        }}
      >
        <InspectionFields editing />
      </FormModal>

      <FormModal<ConcludeInspection>
        open={dialog?.kind === 'conclude'}
        title={t('inspections.concludeTitle')}
        width={720}
        onCancel={close}
        initialValues={{ conclusionDate: todayIso(), isPublic: false, publicSummary: '' }}
        onSubmit={(v) =>
          conclude.mutateAsync({ ...v, expectedVersion: r.version }).then(done(t('inspections.concluded')))
        }
      >
        <FormRow>
          <Field name="conclusionNumber" label={t('inspections.conclusionNumber')} need="text" width="grow">
            <Input maxLength={100} data-testid="conclusion-number" />
          </Field>
          <Field name="conclusionDate" label={t('inspections.conclusionDate')} need width={200}>
            <DateInput />
          </Field>
        </FormRow>
        <Field name="conclusionText" label={t('inspections.conclusionText')} need="text">
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} data-testid="conclusion-text" />
        </Field>
        <FormRow>
          <Field name="signerName" label={t('inspections.signerName')} need="text" width="grow">
            <Input maxLength={200} data-testid="conclusion-signer" />
          </Field>
          <Field name="signerPosition" label={t('inspections.signerPosition')} need="text" width="grow">
            <Input maxLength={200} data-testid="conclusion-position" />
          </Field>
        </FormRow>
        <Field name="isPublic" valuePropName="checked">
          <Checkbox>{t('inspections.isPublic')}</Checkbox>
        </Field>
        <Field name="publicSummary" label={t('inspections.publicSummary')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
        </Field>
      </FormModal>

      <ViolationModal
        id={id}
        r={r}
        open={dialog?.kind === 'violation' || dialog?.kind === 'editViolation'}
        row={dialog?.kind === 'editViolation' ? dialog.row : undefined}
        rules={rules}
        onCancel={close}
        onSaved={done(t('inspections.violationSaved'))}
      />

      <FormModal<CreateRecommendation>
        open={dialog?.kind === 'recommendation'}
        title={t('inspections.recommendationTitle')}
        width={640}
        onCancel={close}
        initialValues={{ responsibleUnitId: r.unitId }}
        onSubmit={(v) => addRec.mutateAsync(v).then(done(t('inspections.recommendationSaved')))}
      >
        <Field name="content" label={t('inspections.content')} need="text">
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} data-testid="recommendation-content" />
        </Field>
        <FormRow>
          <Field name="responsibleUnitId" label={t('inspections.responsible')} need width="grow">
            <UnitSelect />
          </Field>
          <Field name="dueOn" label={t('inspections.dueOn')} width={200}>
            <DateInput />
          </Field>
        </FormRow>
      </FormModal>

      <FormModal<UpdateRecommendation>
        open={dialog?.kind === 'follow'}
        title={t('inspections.followTitle')}
        width={640}
        onCancel={close}
        initialValues={
          dialog?.kind === 'follow' ? { ...dialog.row, doneOn: dialog.row.doneOn ?? todayIso() } : {}
        }
        onSubmit={(v) =>
          dialog?.kind === 'follow'
            ? follow
                .mutateAsync({
                  id: dialog.row.id,
                  body: {
                    state: v.state,
                    evidence: v.evidence,
                    dueOn: v.dueOn,
                    ...(v.state === 'done' ? { doneOn: v.doneOn } : {}),
                    expectedVersion: dialog.row.version,
                  },
                })
                .then(done(t('inspections.recommendationSaved')))
            : Promise.resolve()
        }
      >
        <FormRow>
          <Field name="state" label={t('inspections.recState')} need width="grow">
            <Select
              options={enumOptions(RECOMMENDATION_STATE_LABELS, RECOMMENDATION_STATE_CODES, i18n)}
              data-testid="recommendation-state-select"
            />
          </Field>
          <Field name="doneOn" label={t('inspections.doneOn')} width={200}>
            <DateInput />
          </Field>
        </FormRow>
        <Field name="dueOn" label={t('inspections.dueOn')} style={{ maxWidth: 220 }}>
          <DateInput />
        </Field>
        <Field name="evidence" label={t('inspections.evidence')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} data-testid="recommendation-evidence" />
        </Field>
      </FormModal>
    </>
  );
}
