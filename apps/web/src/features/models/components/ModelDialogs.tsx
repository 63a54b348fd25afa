import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import type {
  CreateModelEvaluation,
  CreateModelResult,
  ModelCriterion,
  ModelDetail,
  Paged,
  UpdateModel,
} from '@danvan/contracts';
import { MODEL_LEVEL_CODES, MODEL_LEVEL_LABELS } from '@danvan/contracts';
import { formatNumber, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { enumOptions } from '../../../shared/components/EnumTag.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { api, useModelsMutation, type TransitionBody } from '../api.ts';
import { ModelFields } from './ModelFields.tsx';
import { useModelsI18n } from './i18n.ts';

export type ModelDialog =
  null | 'edit' | 'result' | 'evaluate' | 'stop' | 'resume' | 'recognise' | 'replicate';
type EvalForm = Omit<CreateModelEvaluation, 'expectedVersion' | 'scores'> & {
  scores: { criterionId: number; points: number; comment?: string }[];
};

/**
 * The dialogs of a model: edit, add a result, evaluate against the criteria, stop or resume,
 * recognise, replicate (the transitions through `transition`).
 */
export function ModelDialogs({
  id,
  m,
  dialog,
  criteria,
  transition,
  onClose,
}: {
  id: number;
  m: ModelDetail;
  dialog: ModelDialog;
  /** The evaluation's criteria (loaded while the evaluation is open). */
  criteria: Paged<ModelCriterion> | undefined;
  transition: (action: TransitionBody['action'], extra?: object) => Promise<ModelDetail>;
  onClose: () => void;
}) {
  const { i18n, t } = useModelsI18n();
  const notify = useNotify();
  const update = useModelsMutation((v: UpdateModel) => api.update(id, v));
  const addResult = useModelsMutation((v: CreateModelResult) => api.addResult(id, v));
  const evaluate = useModelsMutation((v: CreateModelEvaluation) => api.evaluate(id, v));
  const close = onClose;
  const done = (text: string) => () => {
    notify.success(text);
    close();
  };
  const num = (n: number) => formatNumber(n, i18n.lang);

  return (
    <>
      <FormModal<UpdateModel>
        open={dialog === 'edit'}
        title={t('models.editTitle')}
        width={760}
        onCancel={close}
        initialValues={{ ...m, startOn: m.startOn, endOn: m.endOn }}
        onSubmit={(v) => {
          const { unitId: _u, ...rest } = v as UpdateModel & { unitId?: number };
          return update.mutateAsync({ ...rest, expectedVersion: m.version }).then(done(t('models.saved')));
        }}
      >
        <ModelFields editing />
      </FormModal>

      <FormModal<CreateModelResult>
        open={dialog === 'result'}
        title={t('models.addResult')}
        width={720}
        onCancel={close}
        initialValues={{ reportedOn: todayIso(), figures: [] }}
        onSubmit={(v) => addResult.mutateAsync(v).then(done(t('models.resultSaved')))}
      >
        <Field name="reportedOn" label={t('models.reportedOn')} need width={200}>
          <DateInput />
        </Field>
        <Field name="content" label={t('models.resultContent')} need="text">
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10000} data-testid="result-content" />
        </Field>
        <Form.List name="figures">
          {(items, { add, remove }) => (
            <>
              {items.map((it) => (
                <FormRow key={it.key}>
                  <Field name={[it.name, 'label']} label={t('models.figureLabel')} need="text" width="grow">
                    <Input maxLength={300} data-testid="figure-label" />
                  </Field>
                  <Field name={[it.name, 'value']} label={t('models.figureValue')} need width={140}>
                    <InputNumber style={{ width: '100%' }} decimalSeparator="," data-testid="figure-value" />
                  </Field>
                  <Field name={[it.name, 'unit']} label={t('models.figureUnit')} width={120}>
                    <Input maxLength={50} />
                  </Field>
                  <Button type="text" danger onClick={() => remove(it.name)} style={{ marginTop: 30 }}>
                    ×
                  </Button>
                </FormRow>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ label: '', unit: '' })}
                data-testid="figure-add"
              >
                {t('models.addFigure')}
              </Button>
            </>
          )}
        </Form.List>
      </FormModal>

      {dialog === 'evaluate' && criteria && (
        <FormModal<EvalForm>
          open
          title={t('models.evaluateTitle')}
          width={820}
          onCancel={close}
          initialValues={{
            evaluatedOn: todayIso(),
            scores: criteria.items.map((c) => ({ criterionId: c.id, points: 0, comment: '' })),
          }}
          onSubmit={(v) =>
            evaluate
              .mutateAsync({
                ...v,
                expectedVersion: m.version,
                scores: v.scores.map((s) => ({ ...s, comment: s.comment ?? '' })),
              })
              .then(done(t('models.evaluationSaved')))
          }
        >
          <FormRow>
            <Field name="evaluatedOn" label={t('models.evaluatedOn')} need width={200}>
              <DateInput />
            </Field>
            <Field name="evaluatorName" label={t('models.evaluatorName')} width="grow">
              <Input maxLength={300} />
            </Field>
          </FormRow>
          {criteria.items.map((c, i) => (
            <FormRow key={c.id}>
              <Field name={['scores', i, 'criterionId']} hidden>
                <Input />
              </Field>
              <div style={{ flex: 1, minWidth: 240 }}>
                <div>{c.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.guidance}
                </Typography.Text>
              </div>
              <Field
                name={['scores', i, 'points']}
                label={`${t('models.points')} (≤ ${num(c.maxPoints)})`}
                need
                width={130}
              >
                <InputNumber
                  min={0}
                  max={c.maxPoints}
                  step={0.25}
                  decimalSeparator=","
                  style={{ width: '100%' }}
                  data-testid="score-points"
                />
              </Field>
              <Field name={['scores', i, 'comment']} label={t('models.comment')} width={200}>
                <Input maxLength={2000} />
              </Field>
            </FormRow>
          ))}
          <Field name="conclusion" label={t('models.conclusion')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
          </Field>
        </FormModal>
      )}

      <FormModal<{ reason: string }>
        open={dialog === 'stop' || dialog === 'resume'}
        title={dialog === 'stop' ? t('models.stop') : t('models.resume')}
        okDanger={dialog === 'stop'}
        onCancel={close}
        onSubmit={(v) =>
          transition(dialog === 'stop' ? 'stop' : 'resume', v).then(done(t('models.transitioned')))
        }
      >
        <Field
          name="reason"
          label={dialog === 'stop' ? t('models.stopReason') : t('models.resumeReason')}
          need="text"
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Field>
      </FormModal>

      <FormModal<{ level: string; decision: string; on?: string }>
        open={dialog === 'recognise'}
        title={t('models.recogniseTitle')}
        onCancel={close}
        initialValues={{ level: 'province', on: todayIso() }}
        onSubmit={(v) => transition('recognise', v).then(done(t('models.transitioned')))}
      >
        <FormRow>
          <Field name="level" label={t('models.level')} need width="grow">
            <Select
              options={enumOptions(MODEL_LEVEL_LABELS, MODEL_LEVEL_CODES, i18n)}
              data-testid="recognise-level"
            />
          </Field>
          <Field name="on" label={t('models.on')} need width={180}>
            <DateInput />
          </Field>
        </FormRow>
        <Field name="decision" label={t('models.decision')} need="text">
          <Input maxLength={500} data-testid="recognise-decision" />
        </Field>
      </FormModal>

      <FormModal<{ note: string }>
        open={dialog === 'replicate'}
        title={t('models.replicate')}
        onCancel={close}
        onSubmit={(v) => transition('replicate', v).then(done(t('models.transitioned')))}
      >
        <Field name="note" label={t('models.replicateNote')} need="text">
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Field>
      </FormModal>
    </>
  );
}
