import { Badge, Button, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatPercent } from '../../../shared/format.ts';
import { useMe } from '../../../shared/session.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { useMyTasks } from '../api.ts';
import { AssignmentDrawer } from '../components/AssignmentDrawer.tsx';
import { RequirementsCard } from './PlansPage.tsx';

const STATES = ['open', 'overdue', 'due_soon', 'done', 'all'] as const;
type State = (typeof STATES)[number];

/** "Nhiệm vụ của tôi": the working unit's assignments, by due date, with their state; update and evidence. */
export default function MyTasksPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState({ state: param.oneOf(STATES, 'open'), q: param.search() }, { pageSize: 50 });
  const [open, setOpen] = useState<number | null>(null);
  const filters = { unitId: unit?.id, ...state.filters };
  const my = useMyTasks({ ...filters, page: state.page, pageSize: state.pageSize }, !!unit);
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
    <RegisterPage
      title={t('plans.my.title')}
      subtitle={unit ? t('plans.my.subtitle', { unit: unit.name }) : t('plans.my.noUnit')}
      exportPath={unit ? '/plans/my-tasks.xlsx' : undefined}
      exportQuery={filters}
      before={<RequirementsCard unitId={unit?.id} />}
      state={state}
      query={my}
      rowKey="id"
      filters={[
        {
          type: 'segmented',
          key: 'state',
          options: STATES.map((s) => {
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
          }),
        },
        { type: 'search', key: 'q', placeholder: t('plans.my.search'), width: 300 },
      ]}
      empty={t('plans.my.empty')}
      emptyFiltered={t('plans.my.empty')}
      table={{ onRow: (a) => ({ onClick: () => setOpen(a.id), style: { cursor: 'pointer' } }) }}
      columns={[
        {
          title: t('plans.my.task'),
          width: 440,
          render: (_, a) => (
            <div style={{ minWidth: 240 }}>
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
              <EnumTag vocab="assignmentStatus" value={a.status} />
              <EnumTag vocab="deadline" value={a.deadline} />
            </Flex>
          ),
        },
        {
          title: t('plans.tasks.progress'),
          width: 140,
          render: (_, a) => (
            <Progress
              aria-label={`${t('plans.tasks.progress')}: ${a.taskTitle}`}
              percent={a.progress}
              size="small"
              format={(p) => formatPercent(p ?? 0, lang, 0)}
            />
          ),
        },
        { title: t('plans.my.files'), dataIndex: 'fileCount', width: 90, align: 'right' },
        {
          title: '',
          key: 'open',
          width: 110,
          fixed: 'right',
          render: (_, a) => (
            <Button
              size="small"
              type={a.can.update ? 'primary' : 'default'}
              onClick={(e) => {
                e.stopPropagation();
                setOpen(a.id);
              }}
              data-testid="open-assignment"
            >
              {a.can.update ? t('plans.my.update') : t('common.more')}
            </Button>
          ),
        },
      ]}
      modals={<AssignmentDrawer id={open} onClose={() => setOpen(null)} />}
    />
  );
}
