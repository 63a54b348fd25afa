import type { TaskImportPreview } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { useNotify } from '../../../shared/hooks.ts';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { ImportDialog } from '../../../shared/components/ImportDialog.tsx';
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
  const commit = usePlansMutation((f: File) => api.importTasks(planId, f, 'commit'));
  return (
    <ImportDialog<TaskImportPreview['rows'][number], TaskImportPreview, { created?: number }>
      open={open}
      onClose={onClose}
      title={t('plans.tasks.importTitle')}
      width={820}
      hint={t('plans.tasks.importHint')}
      extra={
        <ExportButton path={`/plans/${planId}/tasks.xlsx`} size="small" style={{ marginBottom: 12 }}>
          {t('plans.tasks.export')}
        </ExportButton>
      }
      accept=".xlsx"
      checkOnPick
      check={(f) => api.importTasks(planId, f, 'preview')}
      commit={(f) => commit.mutateAsync(f)}
      onDone={(r) => {
        notify.success(t('plans.tasks.importDone', { count: r.created ?? 0 }));
        onClose();
      }}
      commitLabel={(count) => t('plans.tasks.importCommit', { count })}
      columns={[
        { title: t('plans.tasks.code'), dataIndex: 'code', width: 80 },
        { title: t('plans.tasks.title'), dataIndex: 'title' },
        { title: t('plans.tasks.assignees'), dataIndex: 'assignees', width: 90 },
      ]}
    />
  );
}
