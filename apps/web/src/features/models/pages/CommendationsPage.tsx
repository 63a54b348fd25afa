import { FileWordOutlined } from '@ant-design/icons';
import { Input, Select } from 'antd';
import type { Commendation, CreateCommendation, UpdateCommendation } from '@danvan/contracts';
import {
  COMMENDATION_FORM_CODES,
  COMMENDATION_FORM_LABELS,
  MODEL_LEVEL_CODES,
  MODEL_LEVEL_LABELS,
  MODEL_SUBJECT_CODES,
  MODEL_SUBJECT_LABELS,
} from '@danvan/contracts';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { downloadFile } from '../../../shared/http.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag, enumLabel, enumOptions } from '../../../shared/components/EnumTag.tsx';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import {
  RegisterPage,
  RowFormModal,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useCommendations, useModels, useModelsMutation } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';
import { VOCAB } from '../components/fields.tsx';
import { useModelsI18n, type ModelsMessageKey } from '../components/i18n.ts';

/** The register of commendations (biểu dương, khen thưởng): filters in the URL, export, the decision .docx. */
export default function CommendationsPage() {
  const { i18n, t } = useModelsI18n();
  const notify = useNotify();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState(
    {
      q: param.search(),
      form: param.oneOf(COMMENDATION_FORM_CODES),
      level: param.oneOf(MODEL_LEVEL_CODES),
      unitId: param.int(),
      year: param.int(),
    },
    { pageSize: 20 },
  );
  const dialogs = useRowDialogs<Commendation>();
  const editing = dialogs.editing;
  const f = state.filters;
  const query = { q: f.q || undefined, form: f.form, level: f.level, unitId: f.unitId, year: f.year };
  const list = useCommendations({ ...query, page: state.page, pageSize: state.pageSize });
  const models = useModels({ pageSize: 200 });
  const save = useModelsMutation((v: CreateCommendation) =>
    editing
      ? api.updateCommendation(editing.id, {
          ...(({ unitId: _u, ...rest }) => rest)(v),
          expectedVersion: editing.version,
        } as UpdateCommendation)
      : api.createCommendation(v),
  );
  const c = (k: string) => t(`models.commendations.${k}` as ModelsMessageKey);

  return (
    <RegisterPage
      title={c('title')}
      subtitle={c('subtitle')}
      canCreate={list.data?.can?.create ?? false}
      create={{ label: c('create'), onClick: dialogs.create, testId: 'commendation-create' }}
      exportPath="/models/commendations/export.xlsx"
      exportQuery={query}
      state={state}
      query={list}
      rowKey="id"
      labelled
      filters={[
        { type: 'search', key: 'q', label: t('common.search'), placeholder: c('search'), width: 280 },
        {
          type: 'enum',
          key: 'form',
          label: c('form'),
          labels: COMMENDATION_FORM_LABELS,
          codes: COMMENDATION_FORM_CODES,
          width: 170,
        },
        {
          type: 'enum',
          key: 'level',
          label: c('level'),
          labels: MODEL_LEVEL_LABELS,
          codes: MODEL_LEVEL_CODES,
          width: 150,
        },
        { type: 'unit', key: 'unitId', label: t('models.unitFilter'), width: 240 },
        { type: 'year', key: 'year', label: c('year'), width: 120 },
      ]}
      empty={c('empty')}
      columns={[
        {
          title: c('recipientName'),
          width: 280,
          render: (_, r) => (
            <div>
              <div>{r.recipientName}</div>
              <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                {enumLabel(MODEL_SUBJECT_LABELS, r.recipientKind, i18n)} · {r.unitName}
              </div>
            </div>
          ),
        },
        { title: c('form'), width: 140, render: (_, r) => <EnumTag vocab={VOCAB.form} value={r.form} /> },
        { title: c('level'), width: 120, render: (_, r) => enumLabel(MODEL_LEVEL_LABELS, r.level, i18n) },
        {
          title: c('decisionNumber'),
          width: 200,
          render: (_, r) => `${r.decisionNumber} (${formatDate(r.decisionDate)})`,
        },
        { title: c('issuerName'), dataIndex: 'issuerName', width: 220 },
        { title: c('model'), width: 220, render: (_, r) => r.modelName ?? '—' },
      ]}
      actions={[
        {
          key: 'docx',
          icon: <FileWordOutlined />,
          label: c('decisionDocx'),
          onClick: (r) =>
            downloadFile(`/models/commendations/${r.id}/decision.docx`).then(
              (name) => notify.success(t('export.done', { name })),
              notify.error,
            ),
          testId: 'row-docx',
        },
        rowActions.files(i18n.t, dialogs.openFiles, c('files')),
        rowActions.edit(i18n.t, dialogs.edit, (r) => r.can.update),
      ]}
      files={{
        entity: 'model_commendation',
        row: dialogs.files,
        onClose: dialogs.closeFiles,
        id: (r) => r.id,
        title: (r) => `${r.decisionNumber} — ${r.recipientName}`,
        canWrite: (r) => r.can.update,
      }}
      modals={
        <RowFormModal<CreateCommendation, Commendation>
          dialogs={dialogs}
          title={(r) => (r ? c('editTitle') : c('createTitle'))}
          width={720}
          initialValues={
            editing ?? {
              unitId: unit?.id,
              recipientKind: 'collective',
              level: 'province',
              form: 'certificate_of_merit',
              decisionDate: todayIso(),
              achievement: '',
              signerPosition: '',
              modelId: null,
            }
          }
          save={save.mutateAsync}
          savedText={c('saved')}
        >
          <Field name="unitId" label={t('models.unit')} need>
            <UnitSelect disabled={!!editing} />
          </Field>
          <FormRow>
            <Field name="recipientName" label={c('recipientName')} need="text" width="grow">
              <Input maxLength={300} data-testid="commendation-recipient" />
            </Field>
            <Field name="recipientKind" label={c('recipientKind')} need width={180}>
              <Select options={enumOptions(MODEL_SUBJECT_LABELS, MODEL_SUBJECT_CODES, i18n)} />
            </Field>
          </FormRow>
          <FormRow>
            <Field name="form" label={c('form')} need width="grow">
              <Select options={enumOptions(COMMENDATION_FORM_LABELS, COMMENDATION_FORM_CODES, i18n)} />
            </Field>
            <Field name="level" label={c('level')} need width="grow">
              <Select options={enumOptions(MODEL_LEVEL_LABELS, MODEL_LEVEL_CODES, i18n)} />
            </Field>
          </FormRow>
          <FormRow>
            <Field name="decisionNumber" label={c('decisionNumber')} need="text" width="grow">
              <Input maxLength={100} placeholder={c('decisionNumberExample')} />
            </Field>
            <Field name="decisionDate" label={c('decisionDate')} need width={180}>
              <DateInput />
            </Field>
          </FormRow>
          <Field name="issuerName" label={c('issuerName')} need="text">
            <Input maxLength={300} />
          </Field>
          <FormRow>
            <Field name="signerName" label={c('signerName')} need="text" width="grow">
              <Input maxLength={200} />
            </Field>
            <Field name="signerPosition" label={c('signerPosition')} width="grow">
              <Input maxLength={200} />
            </Field>
          </FormRow>
          <Field name="modelId" label={c('model')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={(models.data?.items ?? []).map((m) => ({
                value: m.id,
                label: `${m.name} — ${m.unitName}`,
              }))}
            />
          </Field>
          <Field name="achievement" label={c('achievement')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
          </Field>
        </RowFormModal>
      }
    />
  );
}
