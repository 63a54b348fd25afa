import { InboxOutlined } from '@ant-design/icons';
import { Alert, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { TaskImportPreview } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { useNotify } from '../../../shared/hooks.ts';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { api, usePlansMutation } from '../api.ts';

/** Import a plan's tasks from .xlsx: check the file (errors per row), then import every row or none. */
export function ImportTasksModal({
  open,
  planId,
  onClose,
}: {
  open: boolean;
  planId: number;
  onClose: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<TaskImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const commit = usePlansMutation((f: File) => api.importTasks(planId, f, 'commit'));
  const reset = () => {
    setFile(null);
    setPreview(null);
    setError(null);
  };
  const check = async (f: File) => {
    setFile(f);
    setBusy(true);
    setError(null);
    try {
      setPreview(await api.importTasks(planId, f, 'preview'));
    } catch (e) {
      setPreview(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('plans.tasks.importTitle')}
      width={820}
      onCancel={() => {
        reset();
        onClose();
      }}
      okText={t('plans.tasks.importCommit', { count: preview?.valid ?? 0 })}
      okButtonProps={{
        disabled: !file || !preview || preview.invalid > 0 || preview.valid === 0,
        loading: commit.isPending,
      }}
      onOk={() =>
        commit.mutate(file!, {
          onSuccess: (r) => {
            notify.success(t('plans.tasks.importDone', { count: r.created ?? 0 }));
            reset();
            onClose();
          },
          onError: setError,
        })
      }
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('plans.tasks.importHint')}</Typography.Paragraph>
      <ExportButton path={`/plans/${planId}/tasks.xlsx`} size="small" style={{ marginBottom: 12 }}>
        {t('plans.tasks.export')}
      </ExportButton>
      <Upload.Dragger
        accept=".xlsx"
        multiple={false}
        showUploadList={false}
        beforeUpload={(f) => {
          void check(f);
          return Upload.LIST_IGNORE;
        }}
        disabled={busy}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{file ? file.name : t('plans.tasks.importPreview')}</p>
      </Upload.Dragger>
      <ErrorAlert error={error} style={{ marginTop: 12 }} />
      {preview && (
        <>
          <Alert
            style={{ margin: '12px 0' }}
            type={preview.invalid ? 'warning' : 'success'}
            showIcon
            title={t('plans.tasks.importRows', { valid: preview.valid, invalid: preview.invalid })}
          />
          <Table
            size="small"
            rowKey="row"
            pagination={false}
            scroll={{ y: 300 }}
            dataSource={preview.rows}
            columns={[
              { title: t('plans.tasks.row'), dataIndex: 'row', width: 60 },
              { title: t('plans.tasks.code'), dataIndex: 'code', width: 80 },
              { title: t('plans.tasks.title'), dataIndex: 'title' },
              { title: t('plans.tasks.assignees'), dataIndex: 'assignees', width: 90 },
              {
                title: t('plans.tasks.errors'),
                dataIndex: 'errors',
                render: (errors: string[]) =>
                  errors.length ? <Typography.Text type="danger">{errors.join(' ')}</Typography.Text> : '✓',
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
