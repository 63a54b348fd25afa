import { InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/index.tsx';
import { upload } from '../../../shared/http.ts';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import type { ImportPreview } from '../api.ts';

const COLUMNS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại đơn vị',
  'Mã đơn vị cấp trên',
  'Mã hành chính',
  'Nhóm',
  'Hiệu lực từ',
];

/** Import of units from .xlsx/.csv: check the file (per-row errors), then import it all or nothing. */
export function ImportModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (r: { created: number; updated: number; skipped: number }) => void;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setError(null);
  };
  const run = async (mode: 'preview' | 'commit') => {
    if (!file) return;
    setBusy(mode);
    setError(null);
    try {
      if (mode === 'preview')
        setPreview(await upload<ImportPreview>('/org/import', file, { query: { mode } }));
      else {
        const r = await upload<{ created: number; updated: number; skipped: number }>('/org/import', file, {
          query: { mode },
        });
        reset();
        onDone(r);
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const toCommit = preview ? preview.rows.filter((r) => r.action !== 'skip').length : 0;

  return (
    <Modal
      open={open}
      title={t('org.import.title')}
      width={900}
      onCancel={() => {
        reset();
        onClose();
      }}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button
            onClick={() => {
              reset();
              onClose();
            }}
          >
            {t('common.cancel')}
          </Button>
          <Button onClick={() => run('preview')} disabled={!file} loading={busy === 'preview'}>
            {t('org.import.preview')}
          </Button>
          <Button
            type="primary"
            onClick={() => run('commit')}
            disabled={!preview || preview.invalid > 0 || toCommit === 0}
            loading={busy === 'commit'}
          >
            {t('org.import.commit', { n: toCommit })}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('org.import.hint', { columns: COLUMNS.join(', ') })}
      </Typography.Paragraph>
      {file ? (
        <Flex
          align="center"
          justify="space-between"
          style={{ border: '1px solid #e6ebf1', borderRadius: 8, padding: '8px 12px', background: '#f7f9fb' }}
        >
          <Typography.Text>
            <PaperClipOutlined /> {file.name}
          </Typography.Text>
          <Button size="small" onClick={reset}>
            {t('org.import.another')}
          </Button>
        </Flex>
      ) : (
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(f) => {
            setFile(f);
            setPreview(null);
            setError(null);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('org.import.pick')}</p>
        </Upload.Dragger>
      )}
      <ErrorAlert error={error} style={{ marginTop: 12 }} />
      {preview && (
        <>
          <Alert
            style={{ margin: '12px 0' }}
            type={preview.invalid ? 'warning' : 'success'}
            showIcon
            title={t('org.import.summary', { valid: preview.valid, invalid: preview.invalid })}
            description={preview.invalid ? t('org.import.fixFirst') : undefined}
          />
          <Table
            size="small"
            rowKey="row"
            dataSource={preview.rows}
            pagination={preview.rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            scroll={{ y: 'calc(100vh - 520px)' }}
            rowClassName={(r) => (r.errors.length ? 'ant-table-row-error' : '')}
            columns={[
              { title: t('org.import.row'), dataIndex: 'row', width: 64 },
              { title: t('org.fields.code'), dataIndex: 'code', width: 150, ellipsis: true },
              { title: t('org.fields.name'), dataIndex: 'name', ellipsis: true },
              { title: t('org.fields.parent'), dataIndex: 'parentCode', width: 140, ellipsis: true },
              {
                title: t('org.import.action'),
                dataIndex: 'action',
                width: 100,
                render: (a: 'create' | 'update' | 'skip') => (
                  <Tag color={a === 'create' ? 'green' : a === 'update' ? 'blue' : undefined}>
                    {t(`org.import.actions.${a}`)}
                  </Tag>
                ),
              },
              {
                title: t('org.import.errors'),
                dataIndex: 'errors',
                width: 260,
                render: (errs: string[]) =>
                  errs.length ? (
                    <ul style={{ margin: 0, paddingInlineStart: 16, color: '#c62828' }}>
                      {errs.map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                  ) : (
                    <Typography.Text type="success">✓</Typography.Text>
                  ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
