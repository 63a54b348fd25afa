import { Checkbox, Input, Select, Typography } from 'antd';
import type { CreateGuidingDocument, GuidingDocument } from '@danvan/contracts';
import { GUIDING_DOCUMENT_KIND_LABELS, GUIDING_DOCUMENT_KINDS } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { Field, FormRow } from '../../../shared/components/Field.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { enumLabel, enumOptions } from '../../../shared/components/EnumTag.tsx';
import {
  RegisterPage,
  RowFormModal,
  param,
  rowActions,
  useRowDialogs,
  useUrlState,
} from '../../../shared/register/index.ts';
import { api, useGuidingDocs, usePlansMutation } from '../api.ts';
import { DateInput } from '../../../shared/components/DateInput.tsx';

/** The register of guiding documents: search without diacritics, register, edit, attach the file. */
export default function GuidingDocumentsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState(
    { q: param.search(), kind: param.oneOf(GUIDING_DOCUMENT_KINDS), year: param.int() },
    { pageSize: 30 },
  );
  const dialogs = useRowDialogs<GuidingDocument>();
  const editing = dialogs.editing;
  const query = { ...state.filters, unitId: unit?.id };
  const docs = useGuidingDocs({ ...query, page: state.page, pageSize: state.pageSize });
  const save = usePlansMutation((v: CreateGuidingDocument) =>
    editing ? api.updateDoc(editing.id, (({ unitId: _u, ...rest }) => rest)(v)) : api.createDoc(v),
  );
  const remove = usePlansMutation((id: number) => api.deleteDoc(id));
  const kinds = enumOptions(GUIDING_DOCUMENT_KIND_LABELS, GUIDING_DOCUMENT_KINDS, i18n);

  return (
    <RegisterPage
      title={t('plans.documents.title')}
      subtitle={t('plans.documents.subtitle')}
      canCreate={docs.data?.can?.create ?? false}
      create={{ label: t('plans.documents.create'), onClick: dialogs.create }}
      exportPath="/plans/guiding-documents/export.xlsx"
      exportQuery={query}
      state={state}
      query={docs}
      rowKey="id"
      filters={[
        {
          type: 'search',
          key: 'q',
          placeholder: t('plans.documents.search'),
          width: 380,
          testId: 'docs-search',
        },
        { type: 'select', key: 'kind', placeholder: t('plans.documents.kind'), options: kinds, width: 180 },
        { type: 'year', key: 'year', placeholder: t('plans.list.year'), width: 110 },
      ]}
      empty={t('plans.documents.empty')}
      columns={[
        { title: t('plans.documents.number'), dataIndex: 'numberSymbol', width: 170 },
        { title: t('plans.documents.issuedOn'), width: 110, render: (_, d) => formatDate(d.issuedOn) },
        {
          title: t('plans.documents.kind'),
          width: 120,
          render: (_, d) => enumLabel(GUIDING_DOCUMENT_KIND_LABELS, d.kind, i18n),
        },
        {
          title: t('plans.documents.titleCol'),
          width: 380,
          render: (_, d) => (
            <div>
              <div>{d.title}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {d.issuer}
              </Typography.Text>
            </div>
          ),
        },
        { title: t('plans.documents.unit'), dataIndex: 'unitName', width: 200 },
      ]}
      actions={[
        rowActions.files(t, dialogs.openFiles, t('plans.documents.files')),
        rowActions.edit(t, dialogs.edit, (d) => d.can.update),
        rowActions.remove<GuidingDocument>(
          t,
          (d) =>
            remove.mutateAsync(d.id).then(() => notify.success(t('plans.documents.deleted')), notify.error),
          t('plans.documents.deleteConfirm'),
          (d) => d.can.delete,
        ),
      ]}
      files={{
        entity: 'guiding_document',
        row: dialogs.files,
        onClose: dialogs.closeFiles,
        id: (d) => d.id,
        title: (d) => `${d.numberSymbol} — ${t('plans.documents.files')}`,
        canWrite: (d) => d.can.attach,
        intro: (d) => d.title,
      }}
      modals={
        <RowFormModal<CreateGuidingDocument, GuidingDocument>
          dialogs={dialogs}
          title={(d) => (d ? t('plans.documents.editTitle') : t('plans.documents.createTitle'))}
          width={680}
          initialValues={
            editing ?? { unitId: unit?.id, kind: 'cong_van', sharedWithSubunits: true, summary: '' }
          }
          save={save.mutateAsync}
          savedText={t('plans.documents.saved')}
          thenFiles
        >
          <Field name="unitId" label={t('plans.documents.unit')} need>
            <UnitSelect disabled={!!editing} />
          </Field>
          <FormRow>
            <Field name="numberSymbol" label={t('plans.documents.number')} need="text" width="grow">
              <Input maxLength={100} placeholder="33/CT-TTg" />
            </Field>
            <Field name="issuedOn" label={t('plans.documents.issuedOn')} need width={180}>
              <DateInput />
            </Field>
            <Field name="kind" label={t('plans.documents.kind')} need width={170}>
              <Select options={kinds} />
            </Field>
          </FormRow>
          <Field name="issuer" label={t('plans.documents.issuer')} need="text">
            <Input maxLength={300} />
          </Field>
          <Field name="title" label={t('plans.documents.titleCol')} need="text">
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
          </Field>
          <Field name="summary" label={t('plans.documents.summary')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
          </Field>
          <Field name="sharedWithSubunits" valuePropName="checked">
            <Checkbox>{t('plans.documents.shared')}</Checkbox>
          </Field>
        </RowFormModal>
      }
    />
  );
}
