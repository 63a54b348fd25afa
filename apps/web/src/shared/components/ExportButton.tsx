import { DownloadOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/index.tsx';
import { downloadFile, type Query } from '../http.ts';
import { useNotify } from '../hooks.ts';

/** Downloads an export (.xlsx, .docx…) from the API under the server's file name. */
export function ExportButton({
  path,
  query,
  children,
  fallbackName,
  ...rest
}: { path: string; query?: Query; children?: ReactNode; fallbackName?: string } & Omit<
  ButtonProps,
  'onClick'
>) {
  const t = useT();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      {...rest}
      onClick={async () => {
        setBusy(true);
        try {
          const name = await downloadFile(path, query, fallbackName);
          notify.success(t('export.done', { name }));
        } catch (e) {
          notify.error(e);
        } finally {
          setBusy(false);
        }
      }}
    >
      {children ?? t('export.button')}
    </Button>
  );
}
