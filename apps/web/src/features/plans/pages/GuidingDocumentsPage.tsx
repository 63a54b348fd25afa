import { DeleteOutlined, EditOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { CreateGuidingDocument, GuidingDocument, GuidingDocumentKind } from '@danvan/contracts';
import { GUIDING_DOCUMENT_KIND_LABELS, GUIDING_DOCUMENT_KINDS } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { useDebounced, useNotify } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { FormModal } from '../../../shared/components/FormModal.tsx';
import { FileAttachments } from '../../../shared/components/FileAttachments.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { api, useGuidingDocs, usePlansMutation } from '../api.ts';
import { DateInput } from '../components/fields.tsx';

const kindLabelOf = (lang: 'vi' | 'en', k: string) =>
  GUIDING_DOCUMENT_KIND_LABELS[k as GuidingDocumentKind]?.[lang] ?? k;

/** The register of guiding documents: search without diacritics, register, edit, attach the file. */
export default function GuidingDocumentsPage() {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const canWrite = usePermission('plans:unit-write');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [kind, setKind] = useState<string | undefined>();
  const [year, setYear] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<GuidingDocument | null>(null);
  const [creating, setCreating] = useState(false);
  const [filesOf, setFilesOf] = useState<GuidingDocument | null>(null);
  const query = { q, kind, year: year ?? undefined, unitId: unit?.id };
  const docs = useGuidingDocs({ ...query, page, pageSize: 30 });
  const save = usePlansMutation((v: CreateGuidingDocument) =>
    editing ? api.updateDoc(editing.id, (({ unitId: _u, ...rest }) => rest)(v)) : api.createDoc(v),
  );
  const remove = usePlansMutation((id: number) => api.deleteDoc(id));

  return (
    <div>
      <PageHeader
        title={t('plans.documents.title')}
        subtitle={t('plans.documents.subtitle')}
        extra={
          <>
            <ExportButton path="/plans/guiding-documents/export.xlsx" query={query} />
            {canWrite && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('plans.documents.create')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('plans.documents.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
            style={{ width: 380 }}
            data-testid="docs-search"
          />
          <Select
            allowClear
            placeholder={t('plans.documents.kind')}
            value={kind}
            onChange={(v) => {
              setKind(v);
              setPage(1);
            }}
            style={{ width: 180 }}
            options={GUIDING_DOCUMENT_KINDS.map((k) => ({ value: k, label: kindLabelOf(lang, k) }))}
          />
          <InputNumber
            placeholder={t('plans.list.year')}
            value={year}
            onChange={setYear}
            min={1945}
            max={2100}
            style={{ width: 110 }}
          />
        </Flex>
        <ErrorAlert error={docs.error} onRetry={() => docs.refetch()} />
        <Table<GuidingDocument>
          rowKey="id"
          loading={docs.isFetching}
          dataSource={docs.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: 30,
            total: docs.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          locale={{ emptyText: <EmptyState description={t('plans.documents.empty')} /> }}
          columns={[
            { title: t('plans.documents.number'), dataIndex: 'numberSymbol', width: 170 },
            { title: t('plans.documents.issuedOn'), width: 110, render: (_, d) => formatDate(d.issuedOn) },
            { title: t('plans.documents.kind'), width: 120, render: (_, d) => kindLabelOf(lang, d.kind) },
            {
              title: t('plans.documents.titleCol'),
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
            {
              title: '',
              key: 'actions',
              width: 120,
              render: (_, d) => (
                <Flex gap={4}>
                  <Button
                    size="small"
                    type="text"
                    icon={<PaperClipOutlined />}
                    onClick={() => setFilesOf(d)}
                    aria-label={t('plans.documents.files')}
                  />
                  {d.can.update && (
                    <Button
                      size="small"
                      type="text"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(d)}
                      aria-label={t('common.edit')}
                    />
                  )}
                  {d.can.delete && (
                    <Popconfirm
                      title={t('plans.documents.deleteConfirm')}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() =>
                        remove
                          .mutateAsync(d.id)
                          .then(() => notify.success(t('plans.documents.deleted')), notify.error)
                      }
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                      />
                    </Popconfirm>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      <FormModal<CreateGuidingDocument>
        open={creating || editing !== null}
        title={editing ? t('plans.documents.editTitle') : t('plans.documents.createTitle')}
        width={680}
        onCancel={() => {
          setCreating(false);
          setEditing(null);
        }}
        initialValues={
          editing ?? { unitId: unit?.id, kind: 'cong_van', sharedWithSubunits: true, summary: '' }
        }
        onSubmit={(v) =>
          save.mutateAsync(v).then((d) => {
            notify.success(t('plans.documents.saved'));
            setCreating(false);
            setEditing(null);
            setFilesOf(d);
          })
        }
      >
        <Form.Item name="unitId" label={t('plans.documents.unit')} rules={[{ required: true }]}>
          <UnitSelect disabled={!!editing} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="numberSymbol"
            label={t('plans.documents.number')}
            rules={[{ required: true, whitespace: true }]}
            style={{ flex: 1 }}
          >
            <Input maxLength={100} placeholder="33/CT-TTg" />
          </Form.Item>
          <Form.Item
            name="issuedOn"
            label={t('plans.documents.issuedOn')}
            rules={[{ required: true }]}
            style={{ width: 180 }}
          >
            <DateInput />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('plans.documents.kind')}
            rules={[{ required: true }]}
            style={{ width: 170 }}
          >
            <Select
              options={GUIDING_DOCUMENT_KINDS.map((k) => ({ value: k, label: kindLabelOf(lang, k) }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="issuer"
          label={t('plans.documents.issuer')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('plans.documents.titleCol')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
        <Form.Item name="summary" label={t('plans.documents.summary')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="sharedWithSubunits" valuePropName="checked">
          <Checkbox>{t('plans.documents.shared')}</Checkbox>
        </Form.Item>
      </FormModal>
      <Drawer
        open={filesOf !== null}
        onClose={() => setFilesOf(null)}
        size={560}
        title={filesOf ? `${filesOf.numberSymbol} — ${t('plans.documents.files')}` : ''}
      >
        {filesOf && (
          <>
            <Typography.Paragraph>{filesOf.title}</Typography.Paragraph>
            <FileAttachments
              entity="guiding_document"
              entityId={filesOf.id}
              canWrite={filesOf.can.attach}
              compact
            />
          </>
        )}
      </Drawer>
    </div>
  );
}
