import { Badge, Button, Card, Flex, Input, Progress, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TaskAssignment } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { useDebounced } from '../../../shared/hooks.ts';
import { useMe } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { useMyTasks } from '../api.ts';
import { AssignmentStatusTag, DeadlineTag } from '../components/tags.tsx';
import { AssignmentDrawer } from '../components/AssignmentDrawer.tsx';
import { RequirementsCard } from './PlansPage.tsx';

const STATES = ['open', 'overdue', 'due_soon', 'done', 'all'] as const;
type State = (typeof STATES)[number];

/** "Nhiệm vụ của tôi": the working unit's assignments, by due date, with their state; update and evidence. */
export default function MyTasksPage() {
  const t = useT();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const [params, setParams] = useSearchParams();
  const state = (STATES as readonly string[]).includes(params.get('state') ?? '')
    ? (params.get('state') as State)
    : 'open';
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [open, setOpen] = useState<number | null>(null);
  const query = { unitId: unit?.id, state, q, page, pageSize: 50 };
  const my = useMyTasks(query, !!unit);
  const counts = my.data?.counts;
  const count = (s: State) =>
    counts
      ? {
          open: counts.open,
          overdue: counts.overdue,
          due_soon: counts.dueSoon,
          done: counts.done,
          all: undefined,
        }[s]
      : undefined;

  return (
    <div>
      <PageHeader
        title={t('plans.my.title')}
        subtitle={unit ? t('plans.my.subtitle', { unit: unit.name }) : t('plans.my.noUnit')}
        extra={unit && <ExportButton path="/plans/my-tasks.xlsx" query={{ unitId: unit.id, state, q }} />}
      />
      <RequirementsCard unitId={unit?.id} />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Segmented<State>
            value={state}
            onChange={(v) => {
              setParams(v === 'open' ? {} : { state: v });
              setPage(1);
            }}
            options={STATES.map((s) => {
              const n = count(s);
              return {
                value: s,
                label: (
                  <span data-testid={`state-${s}`}>
                    {t(`plans.my.states.${s}`)}
                    {n !== undefined && (
                      <Badge
                        count={n}
                        showZero
                        overflowCount={9999}
                        color={s === 'overdue' && n ? 'red' : '#bbb'}
                        style={{ marginInlineStart: 6 }}
                      />
                    )}
                  </span>
                ),
              };
            })}
          />
          <Input.Search
            allowClear
            placeholder={t('plans.my.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
            style={{ width: 300 }}
          />
        </Flex>
        <ErrorAlert error={my.error} onRetry={() => my.refetch()} />
        <Table<TaskAssignment>
          rowKey="id"
          loading={my.isFetching}
          dataSource={my.data?.items ?? []}
          onRow={(a) => ({ onClick: () => setOpen(a.id), style: { cursor: 'pointer' } })}
          pagination={{
            current: page,
            pageSize: 50,
            total: my.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          locale={{ emptyText: <EmptyState description={t('plans.my.empty')} /> }}
          scroll={{ x: 1250 }}
          columns={[
            {
              title: t('plans.my.task'),
              width: 440,
              render: (_, a) => (
                <div>
                  <Typography.Text strong>
                    {a.taskCode ? `${a.taskCode}. ` : ''}
                    {a.taskTitle}
                  </Typography.Text>
                  <div style={{ fontSize: 12 }}>
                    <Link to={`/ke-hoach/${a.planId}`} onClick={(e) => e.stopPropagation()}>
                      {a.planNumberSymbol ? `${a.planNumberSymbol} — ` : ''}
                      {a.planTitle}
                    </Link>
                  </div>
                </div>
              ),
            },
            {
              title: t('plans.my.period'),
              width: 140,
              render: (_, a) => (a.recurrence === 'none' ? '—' : a.periodLabel),
            },
            { title: t('plans.my.due'), width: 110, render: (_, a) => formatDate(a.periodDue) },
            {
              title: t('common.status'),
              width: 240,
              render: (_, a) => (
                <Flex gap={4} wrap>
                  <AssignmentStatusTag status={a.status} />
                  <DeadlineTag value={a.deadline} />
                </Flex>
              ),
            },
            {
              title: t('plans.tasks.progress'),
              width: 130,
              render: (_, a) => <Progress percent={a.progress} size="small" />,
            },
            { title: t('plans.my.files'), dataIndex: 'fileCount', width: 90, align: 'right' },
            {
              title: '',
              key: 'open',
              width: 110,
              render: (_, a) => (
                <Button
                  size="small"
                  type={a.can.update ? 'primary' : 'default'}
                  onClick={() => setOpen(a.id)}
                  data-testid="open-assignment"
                >
                  {a.can.update ? t('plans.my.update') : t('common.more')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <AssignmentDrawer id={open} onClose={() => setOpen(null)} />
    </div>
  );
}
