import { DeleteOutlined, EditOutlined, PlusOutlined, StopOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Progress, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { Plan, Task } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { api, usePlanTasks, usePlansMutation } from '../api.ts';
import { SelectorText } from './fields.tsx';
import { TaskStatusTag } from './tags.tsx';
import { TaskModal } from './TaskModal.tsx';
import { ImportTasksModal } from './ImportTasksModal.tsx';

/** The plan's tasks: who must do what by when, their progress, and adding, importing, editing them. */
export function TasksTab({ plan }: { plan: Plan }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const tasks = usePlanTasks(plan.id);
  const [editing, setEditing] = useState<Task | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const cancel = usePlansMutation((id: number) => api.cancelTask(id));
  const remove = usePlansMutation((id: number) => api.deleteTask(id));
  const due = (x: Task) =>
    x.recurrence === 'none'
      ? formatDate(x.dueDate)
      : `${t(`plans.recurrence.${x.recurrence}`)}${x.dueDate ? `, ${formatDate(x.dueDate)}` : ''}`;
  return (
    <div>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {plan.can.addTask && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="add-task"
          >
            {t('plans.tasks.add')}
          </Button>
        )}
        {plan.can.importTasks && (
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            {t('plans.tasks.import')}
          </Button>
        )}
        <ExportButton path={`/plans/${plan.id}/tasks.xlsx`}>{t('plans.tasks.export')}</ExportButton>
      </Flex>
      <ErrorAlert error={tasks.error} onRetry={() => tasks.refetch()} />
      <Table<Task>
        rowKey="id"
        size="small"
        loading={tasks.isLoading}
        dataSource={tasks.data ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState description={t('plans.tasks.empty')} /> }}
        scroll={{ x: 1180 }}
        columns={[
          { title: t('plans.tasks.code'), dataIndex: 'code', width: 80 },
          {
            title: t('plans.tasks.title'),
            render: (_, x) => (
              <div>
                <Typography.Text delete={x.status === 'cancelled'}>{x.title}</Typography.Text>
                {x.expectedProduct && (
                  <div style={{ fontSize: 12, color: '#888' }}>
                    {t('plans.tasks.product')}: {x.expectedProduct}
                  </div>
                )}
              </div>
            ),
          },
          {
            title: t('plans.tasks.assignTo'),
            width: 220,
            render: (_, x) => (
              <div>
                <SelectorText value={x.assignTo} />
                {x.leadUnit && (
                  <div style={{ fontSize: 12, color: '#888' }}>
                    {t('plans.tasks.lead')}: {x.leadUnit.name}
                  </div>
                )}
              </div>
            ),
          },
          { title: t('plans.tasks.dueDate'), width: 150, render: (_, x) => due(x) },
          { title: t('common.status'), width: 110, render: (_, x) => <TaskStatusTag status={x.status} /> },
          {
            title: t('plans.tasks.progress'),
            width: 220,
            render: (_, x) =>
              x.progress.total ? (
                <Tooltip title={t('plans.tasks.progressText', x.progress)}>
                  <Progress
                    percent={Math.round((x.progress.done / x.progress.total) * 100)}
                    size="small"
                    status={x.progress.overdue ? 'exception' : undefined}
                    format={() => {
                      const done = formatNumber(x.progress.done, lang);
                      const total = formatNumber(x.progress.total, lang);
                      // a one-off task has one assignment a unit; a recurring one, one a unit and period
                      return x.recurrence === 'none'
                        ? t('common.unitsDone', { done, total })
                        : `${done}/${total}`;
                    }}
                  />
                </Tooltip>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            key: 'actions',
            width: 112,
            fixed: 'right',
            render: (_, x) => (
              <Flex gap={4}>
                {x.can.update && (
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    onClick={() => setEditing(x)}
                    aria-label={t('common.edit')}
                  />
                )}
                {x.can.cancel && x.status === 'assigned' && (
                  <Popconfirm
                    title={t('plans.tasks.cancelConfirm')}
                    okText={t('plans.tasks.cancel')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => cancel.mutateAsync(x.id).catch(notify.error)}
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<StopOutlined />}
                      aria-label={t('plans.tasks.cancel')}
                    />
                  </Popconfirm>
                )}
                {x.can.delete && (
                  <Popconfirm
                    title={t('plans.tasks.deleteConfirm')}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => remove.mutateAsync(x.id).catch(notify.error)}
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
      <TaskModal
        open={creating || editing !== null}
        planId={plan.id}
        planUnitId={plan.unitId}
        task={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
      <ImportTasksModal open={importing} planId={plan.id} onClose={() => setImporting(false)} />
    </div>
  );
}
