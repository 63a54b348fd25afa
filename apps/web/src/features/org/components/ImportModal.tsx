import { Tag } from 'antd';
import { useI18n } from '../../../i18n/index.tsx';
import { upload } from '../../../shared/http.ts';
import { ImportDialog } from '../../../shared/components/ImportDialog.tsx';
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

type Imported = { created: number; updated: number; skipped: number };
type Row = ImportPreview['rows'][number];

/** Import of units from .xlsx/.csv: check the file (per-row errors), then import it all or nothing. */
export function ImportModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (r: Imported) => void;
}) {
  const { t } = useI18n();
  const send = <R,>(file: File, mode: 'preview' | 'commit') =>
    upload<R>('/org/import', file, { query: { mode } });
  return (
    <ImportDialog<Row, ImportPreview, Imported>
      open={open}
      onClose={onClose}
      title={t('org.import.title')}
      hint={t('org.import.hint', { columns: COLUMNS.join(', ') })}
      accept=".xlsx,.csv"
      check={(f) => send<ImportPreview>(f, 'preview')}
      commit={(f) => send<Imported>(f, 'commit')}
      onDone={onDone}
      toCommit={(p) => p.rows.filter((r) => r.action !== 'skip').length}
      commitLabel={(n) => t('org.import.commit', { n })}
      columns={[
        { title: t('org.fields.code'), dataIndex: 'code', width: 150, ellipsis: true },
        { title: t('org.fields.name'), dataIndex: 'name', ellipsis: true },
        { title: t('org.fields.parent'), dataIndex: 'parentCode', width: 140, ellipsis: true },
        {
          title: t('org.import.action'),
          dataIndex: 'action',
          width: 100,
          render: (a: Row['action']) => (
            <Tag color={a === 'create' ? 'green' : a === 'update' ? 'blue' : undefined}>
              {t(`org.import.actions.${a}`)}
            </Tag>
          ),
        },
      ]}
    />
  );
}
