import { ArrowLeftOutlined, EditOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type {
  ConcludeInspection,
  CreateRecommendation,
  CreateViolation,
  InspectionDetail,
  InspectionRecommendation,
  InspectionViolation,
  UpdateInspection,
  UpdateRecommendation,
} from '@danvan/contracts';
import {
  CONDUCT_RULE_LABELS,
  RECOMMENDATION_STATE_CODES,
  RECOMMENDATION_STATE_LABELS,
  SANCTION_CODES,
  SANCTION_LABELS,
} from '@danvan/contracts';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { downloadFile, isApiError } from '../../../shared/http.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { DetailList } from '../../../shared/components/DetailList.tsx';
import { EnumTag, enumLabel, enumOptions } from '../../../shared/components/EnumTag.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { NotFoundPage } from '../../../app/pages.tsx';
import { api, useInspection, useInspectionsMutation, useReference } from '../api.ts';
import { InspectionFields } from '../components/InspectionFields.tsx';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { VOCAB } from '../components/fields.tsx';
import { useInspectionsI18n } from '../components/i18n.ts';

type Dialog =
  | null
  | { kind: 'edit' | 'conclude' | 'violation' | 'recommendation' }
  | { kind: 'editViolation'; row: InspectionViolation }
  | { kind: 'follow'; row: InspectionRecommendation };

/** One inspection: team, findings, violations, recommendations tracked to completion, the conclusion. */
export default function InspectionPage() {
  const { i18n, t } = useInspectionsI18n();
  const notify = useNotify();
  const id = Number(useParams().id);
  const q = useInspection(id);
  const ref = useReference();
  const [dialog, setDialog] = useState<Dialog>(null);
  const update = useInspectionsMutation((v: UpdateInspection) => api.update(id, v));
  const conclude = useInspectionsMutation((v: ConcludeInspection) => api.conclude(id, v));
  const addViolation = useInspectionsMutation((v: CreateViolation) => api.addViolation(id, v));
  const editViolation = useInspectionsMutation((v: { id: number } & Record<string, unknown>) =>
    api.updateViolation(v.id, v as never),
  );
  const addRec = useInspectionsMutation((v: CreateRecommendation) => api.addRecommendation(id, v));
  const follow = useInspectionsMutation((v: { id: number; body: UpdateRecommendation }) =>
    api.updateRecommendation(v.id, v.body),
  );

  if (q.error && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  const r: InspectionDetail | undefined = q.data;
  if (!r)
    return (
      <>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
        <Skeleton active />
      </>
    );
  const close = () => setDialog(null);
  const done = (text: string) => () => {
    notify.success(text);
    close();
  };
  const ruleOptions = (ref.data?.rules ?? []).map((x) => ({
    value: x.code,
    label: enumLabel(CONDUCT_RULE_LABELS, x.code, i18n),
  }));
  const ruleBasis = (code: string | undefined) => {
    const x = ref.data?.rules.find((y) => y.code === code);
    return x?.basis
      ? `${t('inspections.ruleBasis', { basis: x.basis })}${x.needsCheck ? ` (${t('inspections.needsCheck')})` : ''}`
      : undefined;
  };

  return (
    <>
      <Link to="/thanh-tra">
        <ArrowLeftOutlined /> {t('inspections.back')}
      </Link>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            <span data-testid="inspection-heading">{r.title}</span>
            <EnumTag vocab={VOCAB.state} value={r.state} />
          </Flex>
        }
        subtitle={`${r.unitName} · ${r.conductorUnitName} · ${formatDate(r.startOn)}`}
        extra={
          <Flex gap={8} wrap>
            {r.can.conclude && (
              <Button
                type="primary"
                onClick={() => setDialog({ kind: 'conclude' })}
                data-testid="inspection-conclude"
              >
                {t('inspections.conclude')}
              </Button>
            )}
            {r.state === 'concluded' && (
              <Button
                icon={<FileWordOutlined />}
                onClick={() =>
                  downloadFile(`/inspections/${r.id}/conclusion.docx`).then(
                    (name) => notify.success(t('export.done', { name })),
                    notify.error,
                  )
                }
                data-testid="inspection-docx"
              >
                {t('inspections.conclusionDocx')}
              </Button>
            )}
            {r.can.update && (
              <Button
                icon={<EditOutlined />}
                onClick={() => setDialog({ kind: 'edit' })}
                data-testid="inspection-edit"
              >
                {t('common.edit')}
              </Button>
            )}
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('inspections.title')}>
          <DetailList
            items={[
              {
                key: 'kind',
                label: t('inspections.kind'),
                children: <EnumTag vocab={VOCAB.kind} value={r.kind} />,
              },
              {
                key: 'mode',
                label: t('inspections.mode'),
                children: <EnumTag vocab={VOCAB.mode} value={r.mode} />,
              },
              { key: 'decision', label: t('inspections.decisionNumber'), children: r.decisionNumber || '—' },
              {
                key: 'dates',
                label: t('inspections.dates'),
                children: r.endOn
                  ? `${formatDate(r.startOn)} – ${formatDate(r.endOn)}`
                  : formatDate(r.startOn),
              },
              {
                key: 'team',
                label: t('inspections.team'),
                children: r.team.length
                  ? r.team.map((m) => (m.role ? `${m.name} (${m.role})` : m.name)).join('; ')
                  : '—',
              },
              { key: 'scope', label: t('inspections.scope'), children: r.scope || '—' },
              {
                key: 'findings',
                label: t('inspections.findings'),
                children: (
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {r.findings || '—'}
                  </Typography.Paragraph>
                ),
              },
              ...(r.state === 'concluded'
                ? [
                    {
                      key: 'conclusion',
                      label: t('inspections.conclusion'),
                      children: (
                        <span data-testid="inspection-conclusion">
                          {`${r.conclusionNumber} (${formatDate(r.conclusionDate)}): ${r.conclusionText}`}
                        </span>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        <Card
          title={t('inspections.violations')}
          extra={
            r.can.addViolation && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setDialog({ kind: 'violation' })}
                data-testid="violation-add"
              >
                {t('inspections.addViolation')}
              </Button>
            )
          }
        >
          {!r.can.persons && r.violations > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('inspections.anonymisedHint')}
            />
          )}
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={r.violationList}
            locale={{ emptyText: t('inspections.noViolations') }}
            data-testid="violations"
            columns={[
              {
                title: t('inspections.personName'),
                render: (_, v) => (
                  <div>
                    <div>{v.personName}</div>
                    {!v.anonymised && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {[v.personPosition, v.personUnit].filter(Boolean).join(', ')}
                      </Typography.Text>
                    )}
                  </div>
                ),
              },
              {
                title: t('inspections.rule'),
                render: (_, v) => enumLabel(CONDUCT_RULE_LABELS, v.rule, i18n),
              },
              { title: t('inspections.description'), dataIndex: 'description' },
              {
                title: t('inspections.sanction'),
                width: 200,
                render: (_, v) => <EnumTag vocab={VOCAB.sanction} value={v.sanction} />,
              },
              {
                title: '',
                width: 60,
                render: (_, v) =>
                  v.can.update && (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={t('inspections.editViolation')}
                      onClick={() => setDialog({ kind: 'editViolation', row: v })}
                    />
                  ),
              },
            ]}
          />
        </Card>
        <Card
          title={t('inspections.recommendations')}
          extra={
            r.can.addRecommendation && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => setDialog({ kind: 'recommendation' })}
                data-testid="recommendation-add"
              >
                {t('inspections.addRecommendation')}
              </Button>
            )
          }
        >
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={r.recommendationList}
            locale={{ emptyText: t('inspections.noRecommendations') }}
            data-testid="recommendations"
            columns={[
              { title: t('inspections.content'), dataIndex: 'content' },
              { title: t('inspections.responsible'), dataIndex: 'responsibleUnitName', width: 200 },
              {
                title: t('inspections.dueOn'),
                width: 150,
                render: (_, x) => (
                  <span>
                    {formatDate(x.dueOn)}
                    {x.overdue && (
                      <Tag color="red" style={{ marginInlineStart: 6 }} data-testid="recommendation-overdue">
                        {t('inspections.overdue')}
                      </Tag>
                    )}
                  </span>
                ),
              },
              {
                title: t('inspections.recState'),
                width: 220,
                render: (_, x) => (
                  <div>
                    <EnumTag vocab={VOCAB.recState} value={x.state} />
                    {x.doneOn && <div style={{ fontSize: 12 }}>{formatDate(x.doneOn)}</div>}
                    {x.evidence && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {x.evidence}
                      </Typography.Text>
                    )}
                  </div>
                ),
              },
              {
                title: '',
                width: 140,
                render: (_, x) =>
                  x.can.update && (
                    <Button
                      size="small"
                      onClick={() => setDialog({ kind: 'follow', row: x })}
                      data-testid="recommendation-follow"
                    >
                      {t('inspections.follow')}
                    </Button>
                  ),
              },
            ]}
          />
        </Card>
        <Card title={t('inspections.files')}>
          <FileAttachments entity="inspection" entityId={r.id} canWrite={r.can.update} />
        </Card>
      </Flex>

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

      <FormModal<CreateViolation>
        open={dialog?.kind === 'violation' || dialog?.kind === 'editViolation'}
        title={
          dialog?.kind === 'editViolation' ? t('inspections.editViolation') : t('inspections.violationTitle')
        }
        width={720}
        onCancel={close}
        initialValues={
          dialog?.kind === 'editViolation'
            ? dialog.row.anonymised
              ? {
                  rule: dialog.row.rule,
                  description: dialog.row.description,
                  sanction: dialog.row.sanction,
                  sanctionDecision: dialog.row.sanctionDecision,
                  sanctionOn: dialog.row.sanctionOn,
                }
              : dialog.row
            : { sanction: 'pending', personPosition: '', personUnit: r.unitName, sanctionDecision: '' }
        }
        onSubmit={(v) =>
          (dialog?.kind === 'editViolation'
            ? editViolation.mutateAsync({ ...v, id: dialog.row.id, expectedVersion: dialog.row.version })
            : addViolation.mutateAsync(v)
          ).then(done(t('inspections.violationSaved')))
        }
      >
        {!(dialog?.kind === 'editViolation' && dialog.row.anonymised) && (
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

/** The basis of the rule chosen in the form (read from the form's value). */
function RuleBasis({ describe }: { describe: (code: string | undefined) => string | undefined }) {
  const form = Form.useFormInstance();
  const code = Form.useWatch('rule', form) as string | undefined;
  const text = describe(code);
  return text ? <span data-testid="violation-rule-basis">{text}</span> : null;
}
