import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FileMeta, Paged } from '@danvan/contracts';
import { useT } from '../../i18n/index.tsx';
import { downloadFile, http, upload } from '../http.ts';
import { formatBytes, formatDateTime } from '../format.ts';
import { useNotify } from '../hooks.ts';
import { usePermission } from '../session.ts';
import { RegisterTable } from '../register/RegisterPage.tsx';
import { rowActions } from '../register/actions.tsx';
import type { Spec } from '../register/useUrlState.ts';

/**
 * Attachments (evidence) of one record: list, download, and, when the user may write the record,
 * upload and delete. `canWrite` comes from the record's `can` flags; files:write is also required.
 */
export function FileAttachments({
  entity,
  entityId,
  canWrite = true,
  compact,
}: {
  entity: string;
  entityId: string | number;
  canWrite?: boolean;
  compact?: boolean;
}) {
  const t = useT();
  const notify = useNotify();
  const qc = useQueryClient();
  const mayWrite = usePermission('files:write') && canWrite;
  const key = ['files', entity, String(entityId)];
  const list = useQuery({
    queryKey: key,
    queryFn: () => http.get<Paged<FileMeta>>('/files', { entity, entityId: String(entityId) }),
  });
  const add = useMutation({
    mutationFn: (file: File) =>
      upload<FileMeta>('/files', file, { query: { entity, entityId: String(entityId) } }),
    onSuccess: (f) => {
      notify.success(t('files.uploaded', { name: f.originalName }));
      qc.invalidateQueries({ queryKey: key });
    },
    onError: notify.error,
  });
  const remove = useMutation({
    mutationFn: (id: number) => http.delete(`/files/${id}`),
    onSuccess: () => {
      notify.success(t('files.deleted'));
      qc.invalidateQueries({ queryKey: key });
    },
    onError: notify.error,
  });

  return (
    <div>
      {mayWrite && (
        <Flex align="center" gap={12} style={{ marginBottom: 12 }}>
          <Upload
            showUploadList={false}
            multiple={false}
            beforeUpload={(file) => {
              add.mutate(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />} loading={add.isPending}>
              {add.isPending ? t('files.uploading') : t('files.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('files.allowed')}
          </Typography.Text>
        </Flex>
      )}
      <RegisterTable<FileMeta, Spec>
        card={false}
        query={list}
        rowKey="id"
        pageSize={50}
        // the names wrap inside a drawer rather than scroll sideways
        table={{ size: 'small', scroll: undefined }}
        empty={t('files.empty')}
        emptySimple
        columns={[
          {
            title: t('files.name'),
            dataIndex: 'originalName',
            render: (name: string, f) => (
              <Button
                type="link"
                size="small"
                icon={<PaperClipOutlined />}
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => downloadFile(`/files/${f.id}/content`, undefined, name).catch(notify.error)}
              >
                {name}
              </Button>
            ),
          },
          { title: t('files.size'), dataIndex: 'size', width: 110, render: (n: number) => formatBytes(n) },
          ...(compact
            ? []
            : [{ title: t('files.uploadedBy'), dataIndex: 'uploadedBy', width: 160, ellipsis: true }]),
          {
            title: t('files.uploadedAt'),
            dataIndex: 'uploadedAt',
            width: 150,
            render: (v: string) => formatDateTime(v),
          },
        ]}
        actions={
          mayWrite
            ? [
                rowActions.remove<FileMeta>(
                  t,
                  (f) => remove.mutateAsync(f.id),
                  (f) => t('files.deleteConfirm', { name: f.originalName }),
                ),
              ]
            : undefined
        }
      />
    </div>
  );
}
