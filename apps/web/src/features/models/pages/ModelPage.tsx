import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type {
  CreateModelEvaluation,
  CreateModelResult,
  ModelDetail,
  ModelEvaluation,
  ModelResult,
  UpdateModel,
} from '@danvan/contracts';
import {
  MODEL_LEVEL_CODES,
  MODEL_LEVEL_LABELS,
  MODEL_REGISTRATION_KEYS,
  MODEL_REGISTRATION_LABELS,
} from '@danvan/contracts';
import { formatDate, formatNumber, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EnumTag, enumLabel, enumOptions } from '../../../shared/components/EnumTag.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { api, useCriteria, useModel, useModelsMutation, type TransitionBody } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { VOCAB } from '../components/fields.tsx';
import { ModelFields } from '../components/ModelFields.tsx';
import { useModelsI18n } from '../components/i18n.ts';

type Dialog = null | 'edit' | 'result' | 'evaluate' | 'stop' | 'resume' | 'recognise' | 'replicate';
type EvalForm = Omit<CreateModelEvaluation, 'expectedVersion' | 'scores'> & {
  scores: { criterionId: number; points: number; comment?: string }[];
};

/** One model: its registration content, results, evaluations, files; the transitions `can` allows. */
export default function ModelPage() {
  const { i18n, t } = useModelsI18n();
  const notify = useNotify();
  const id = Number(useParams().id);
  const model = useModel(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const criteria = useCriteria(dialog === 'evaluate');
  const update = useModelsMutation((v: UpdateModel) => api.update(id, v));
  const move = useModelsMutation((v: TransitionBody) => api.transition(id, v));
  const addResult = useModelsMutation((v: CreateModelResult) => api.addResult(id, v));
  const evaluate = useModelsMutation((v: CreateModelEvaluation) => api.evaluate(id, v));

  if (model.error && isApiError(model.error) && model.error.status === 404) return <NotFoundPage />;
  const m: ModelDetail | undefined = model.data;
  if (!m)
    return (
      <>
        <ErrorAlert error={model.error} onRetry={() => model.refetch()} />
        <Skeleton active />
      </>
    );
  const close = () => setDialog(null);
  const done = (text: string) => () => {
    notify.success(text);
    close();
  };
  const num = (n: number) => formatNumber(n, i18n.lang);
  const transition = (action: TransitionBody['action'], extra: object = {}) =>
    move.mutateAsync({ action, body: { expectedVersion: m.version, ...extra } } as TransitionBody);

  return (
    <>
      <Link to="/mo-hinh">
        <ArrowLeftOutlined /> {t('models.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="model-title">{m.name}</span>
            <EnumTag vocab={VOCAB.state} value={m.state} />
          </Flex>
        }
        subtitle={`${m.unitName} · ${formatDate(m.registeredOn)}`}
        extra={
          <Flex gap={8} wrap>
            {m.can.start && (
              <Button
                type="primary"
                data-testid="model-start"
                onClick={() =>
                  transition('start').then(() => notify.success(t('models.transitioned')), notify.error)
                }
              >
                {t('models.start')}
              </Button>
            )}
            {m.can.addResult && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setDialog('result')}
                data-testid="model-add-result"
              >
                {t('models.addResult')}
              </Button>
            )}
            {m.can.evaluate && (
              <Button type="primary" onClick={() => setDialog('evaluate')} data-testid="model-evaluate">
                {t('models.evaluate')}
              </Button>
            )}
            {m.can.recognise && (
              <Button type="primary" onClick={() => setDialog('recognise')} data-testid="model-recognise">
                {t('models.recognise')}
              </Button>
            )}
            {m.can.resume && (
              <Button onClick={() => setDialog('resume')} data-testid="model-resume">
                {t('models.resume')}
              </Button>
            )}
            {m.can.replicate && (
              <Button onClick={() => setDialog('replicate')} data-testid="model-replicate">
                {t('models.replicate')}
              </Button>
            )}
            {m.can.update && (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="model-edit">
                {t('common.edit')}
              </Button>
            )}
            {m.can.stop && (
              <Button danger onClick={() => setDialog('stop')} data-testid="model-stop">
                {t('models.stop')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('models.registration')}>
          <DetailList
            items={[
              {
                key: 'field',
                label: t('models.field'),
                children: <EnumTag vocab={VOCAB.field} value={m.field} />,
              },
              {
                key: 'subject',
                label: t('models.subject'),
                children: (
                  <>
                    <EnumTag vocab={VOCAB.subject} value={m.subject} />
                    {m.personName && ` ${m.personName}`}
                  </>
                ),
              },
              { key: 'unit', label: t('models.unit'), children: m.unitName },
              {
                key: 'dates',
                label: t('models.startedOn'),
                children: m.startedOn ? formatDate(m.startedOn) : '—',
              },
              ...(m.recognisedLevel
                ? [
                    {
                      key: 'recognised',
                      label: t('models.recognised'),
                      children: (
                        <span data-testid="model-recognised">
                          {t('models.recognisedAt', {
                            level: enumLabel(MODEL_LEVEL_LABELS, m.recognisedLevel, i18n),
                            date: formatDate(m.recognisedOn),
                          })}
                          {m.recognitionDecision && ` — ${m.recognitionDecision}`}
                        </span>
                      ),
                    },
                  ]
                : []),
              ...(m.state === 'stopped'
                ? [
                    {
                      key: 'stop',
                      label: t('models.stop'),
                      children: t('models.stopped', { reason: m.stopReason }),
                    },
                  ]
                : []),
              ...MODEL_REGISTRATION_KEYS.map((k) => ({
                key: k,
                label: enumLabel(MODEL_REGISTRATION_LABELS, k, i18n),
                children: (
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {m.registration[k] || '—'}
                  </Typography.Paragraph>
                ),
              })),
            ]}
          />
        </Card>
        <Card title={t('models.results')}>
          <Table<ModelResult>
            rowKey="id"
            dataSource={m.results}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('models.noResults') }}
            data-testid="model-results"
            columns={[
              { title: t('models.reportedOn'), width: 120, render: (_, r) => formatDate(r.reportedOn) },
              { title: t('models.resultContent'), dataIndex: 'content', width: 420 },
              {
                title: t('models.figures'),
                width: 300,
                render: (_, r) =>
                  r.figures.map((x) => (
                    <div key={x.label}>
                      {x.label}: <b>{num(x.value)}</b> {x.unit}
                    </div>
                  )),
              },
            ]}
          />
        </Card>
        <Card title={t('models.evaluations')}>
          <Table<ModelEvaluation>
            rowKey="id"
            dataSource={m.evaluations}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('models.noEvaluations') }}
            data-testid="model-evaluations"
            expandable={{
              expandedRowRender: (e) =>
                e.scores.map((s) => (
                  <div key={s.criterionId}>
                    {s.name}: <b>{num(s.points)}</b>/{num(s.maxPoints)}
                    {s.comment && ` — ${s.comment}`}
                  </div>
                )),
            }}
            columns={[
              { title: t('models.evaluatedOn'), width: 120, render: (_, e) => formatDate(e.evaluatedOn) },
              {
                title: t('models.score'),
                width: 140,
                render: (_, e) => (
                  <b>{t('models.scoreValue', { total: num(e.total), max: num(e.maxTotal) })}</b>
                ),
              },
              {
                title: '',
                width: 200,
                render: (_, e) =>
                  e.passed ? (
                    <Tag color="success">{t('models.passed')}</Tag>
                  ) : (
                    <Tag color="red">{t('models.notPassed', { percent: e.passPercent })}</Tag>
                  ),
              },
              { title: t('models.evaluatorName'), dataIndex: 'evaluatorName', width: 200 },
              { title: t('models.conclusion'), dataIndex: 'conclusion', width: 320 },
            ]}
          />
        </Card>
        <Card title={t('models.files')}>
          <FileAttachments entity="model" entityId={m.id} canWrite={m.can.update || m.can.addResult} />
        </Card>
      </Flex>

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

      {dialog === 'evaluate' && criteria.data && (
        <FormModal<EvalForm>
          open
          title={t('models.evaluateTitle')}
          width={820}
          onCancel={close}
          initialValues={{
            evaluatedOn: todayIso(),
            scores: criteria.data.items.map((c) => ({ criterionId: c.id, points: 0, comment: '' })),
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
          {criteria.data.items.map((c, i) => (
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
