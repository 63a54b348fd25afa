import { PlusOutlined, StopOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Progress, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { Plan, Task } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { RegisterTable, rowActions, useUrlState } from '../../../shared/register/index.ts';
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
  // no filters: the page and the sort are in the address, the tasks are loaded whole
  const state = useUrlState({}, { pageSize: 100 });
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
      <RegisterTable
        card={false}
        state={state}
        query={tasks}
        rowKey="id"
        toolbar={
          <>
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
          </>
        }
        empty={t('plans.tasks.empty')}
        table={{ size: 'small', scroll: { x: 1180 } }}
        columns={[
          {
            title: t('plans.tasks.code'),
            dataIndex: 'code',
            width: 80,
            sortKey: 'code',
            sortValue: (x) => x.code,
          },
          {
            title: t('plans.tasks.title'),
            render: (_, x) => (
              <div>
                <Typography.Text delete={x.status === 'cancelled'}>{x.title}</Typography.Text>
                {x.expectedProduct && (
                  <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
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
                  <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                    {t('plans.tasks.lead')}: {x.leadUnit.name}
                  </div>
                )}
              </div>
            ),
          },
          {
            title: t('plans.tasks.dueDate'),
            width: 150,
            sortKey: 'due',
            sortValue: (x) => x.dueDate,
            render: (_, x) => due(x),
          },
          { title: t('common.status'), width: 110, render: (_, x) => <TaskStatusTag status={x.status} /> },
          {
            title: t('plans.tasks.progress'),
            width: 220,
            render: (_, x) =>
              x.progress.total ? (
                <Tooltip title={t('plans.tasks.progressText', x.progress)}>
                  <Progress
                    aria-label={`${t('plans.tasks.progress')}: ${x.title}`}
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
        ]}
        actions={[
          rowActions.edit<Task>(t, setEditing, (x) => x.can.update),
          {
            key: 'cancel',
            icon: <StopOutlined />,
            label: t('plans.tasks.cancel'),
            onClick: (x) => cancel.mutateAsync(x.id).catch(notify.error),
            visible: (x) => x.can.cancel && x.status === 'assigned',
            confirm: t('plans.tasks.cancelConfirm'),
            danger: true,
          },
          rowActions.remove<Task>(
            t,
            (x) => remove.mutateAsync(x.id).catch(notify.error),
            t('plans.tasks.deleteConfirm'),
            (x) => x.can.delete,
          ),
        ]}
        actionsWidth={112}
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
