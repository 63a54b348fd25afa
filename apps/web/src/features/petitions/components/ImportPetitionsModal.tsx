import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import {
  PETITION_FIELD_LABELS,
  PETITION_KIND_LABELS,
  type PetitionImportPreview,
  type PetitionImportResult,
} from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { enumLabel } from '../../../shared/components/EnumTag.tsx';
import { ImportDialog } from '../../../shared/components/ImportDialog.tsx';
import { api } from '../api.ts';

type Row = PetitionImportPreview['rows'][number];

/**
 * Import of earlier petitions from .xlsx/.csv at a unit: the template, the server's check of each
 * row (errors named by the column), then the valid rows entered and the wrong ones skipped.
 */
export function ImportPetitionsModal({
  open,
  unit,
  onClose,
  onDone,
}: {
  open: boolean;
  unit: { id: number; name: string };
  onClose: () => void;
  onDone: (r: PetitionImportResult) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  return (
    <ImportDialog<Row, PetitionImportPreview, PetitionImportResult>
      open={open}
      onClose={onClose}
      title={t('petitions.import.title')}
      width={980}
      hint={t('petitions.import.hint', { unit: unit.name })}
      extra={
        <Button
          icon={<DownloadOutlined />}
          style={{ marginBottom: 12 }}
          onClick={() => api.importTemplate().catch(notify.error)}
          data-testid="petition-import-template"
        >
          {t('petitions.import.template')}
        </Button>
      }
      accept=".xlsx,.csv"
      checkOnPick
      check={(f) => api.importFile(unit.id, f, 'preview')}
      commit={(f) => api.importFile(unit.id, f, 'commit')}
      skipInvalid={t('petitions.import.skipInvalid')}
      onDone={onDone}
      commitLabel={(n) => t('petitions.import.commit', { n })}
      columns={[
        {
          title: t('petitions.receivedOn'),
          dataIndex: 'receivedOn',
          width: 110,
          render: (d: string | null) => (d ? formatDate(d) : '—'),
        },
        {
          title: t('petitions.kind'),
          dataIndex: 'kind',
          width: 110,
          render: (k: Row['kind']) => (k ? enumLabel(PETITION_KIND_LABELS, k, i18n) : '—'),
        },
        {
          title: t('petitions.field'),
          dataIndex: 'field',
          width: 140,
          render: (f: Row['field']) => (f ? enumLabel(PETITION_FIELD_LABELS, f, i18n) : '—'),
        },
        { title: t('petitions.subject'), dataIndex: 'subject', ellipsis: true },
        {
          title: t('petitions.status'),
          dataIndex: 'action',
          width: 110,
          render: (a: Row['action']) => (
            <Tag color={a === 'create' ? 'green' : 'red'} data-testid="petition-import-action">
              {t(a === 'create' ? 'petitions.import.create' : 'petitions.import.skip')}
            </Tag>
          ),
        },
      ]}
    />
  );
}
