import { Flex, Input, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Matrix, MatrixCell, Plan } from '@danvan/contracts';
import { DEADLINE_STATES } from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatPercent } from '../../../shared/format.ts';
import { useDebounced } from '../../../shared/hooks.ts';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { useGroups } from '../../org/api.ts';
import { useMatrix } from '../api.ts';
import { AssignmentDrawer } from './AssignmentDrawer.tsx';
import { DEADLINE_BACKGROUNDS, DEADLINE_COLORS } from './tags.tsx';

type Row = Matrix['units'][number];
const PAGE_SIZE = 50;

/** One cell: the unit's current occurrence of the task, coloured by where it stands; click to open it. */
function Cell({
  cell,
  onOpen,
  label,
}: {
  cell: MatrixCell | undefined;
  onOpen: (id: number) => void;
  label: string;
}) {
  const { t, lang } = useI18n();
  if (!cell) return <span style={{ color: '#ccc' }}>·</span>;
  return (
    <Tooltip
      title={
        <div>
          <div>{label}</div>
          <div>
            {t(`plans.assignment.${cell.status}`)} · {formatPercent(cell.progress, lang)} ·{' '}
            {formatDate(cell.periodDue)}
          </div>
          {cell.total > 1 && <div>{t('plans.matrix.periods', { done: cell.done, total: cell.total })}</div>}
        </div>
      }
    >
      <button
        type="button"
        onClick={() => onOpen(cell.assignmentId)}
        data-testid="matrix-cell"
        data-deadline={cell.deadline}
        aria-label={`${label}: ${t(`plans.deadline.${cell.deadline}`)}`}
        style={{
          width: '100%',
          minHeight: 26,
          border: 0,
          borderRadius: 4,
          cursor: 'pointer',
          background: DEADLINE_BACKGROUNDS[cell.deadline],
          fontSize: 12,
        }}
      >
        {cell.status === 'done' ? '✓' : formatPercent(cell.progress, lang)}
        {cell.total > 1 ? ` (${cell.done}/${cell.total})` : ''}
      </button>
    </Tooltip>
  );
}

/** The coordinator's tasks × units matrix: filters, coloured cells, totals per task, drill-down. */
export function MatrixTab({ plan }: { plan: Plan }) {
  const { t, kindLabel } = useI18n();
  const groups = useGroups();
  const [group, setGroup] = useState<string | undefined>();
  const [kind, setKind] = useState<string | undefined>();
  const [state, setState] = useState<string | undefined>();
  const [sectionNumber, setSection] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<number | null>(null);
  const filters = { group, kind, state, sectionNumber, q };
  const filterKey = JSON.stringify(filters);
  useEffect(() => setPage(1), [filterKey]);
  // the totals do not change from page to page: asked for on the first page only
  const m = useMatrix(plan.id, {
    ...filters,
    page,
    pageSize: PAGE_SIZE,
    withTotals: page === 1 ? 'true' : 'false',
  });
  const [totals, setTotals] = useState<{ key: string; tasks: Matrix['tasks'] } | null>(null);
  useEffect(() => {
    if (m.data && m.data.tasks.some((x) => x.summary)) setTotals({ key: filterKey, tasks: m.data.tasks });
  }, [m.data, filterKey]);
  const summaryOf = (id: number) =>
    totals?.key === filterKey ? totals.tasks.find((x) => x.id === id)?.summary : null;
  const sections = useMemo(() => [...new Set(plan.sections.map((s) => s.number))], [plan.sections]);
  const tasks = m.data?.tasks ?? [];

  return (
    <div>
      <Flex gap={8} wrap style={{ marginBottom: 12 }} aria-label={t('plans.matrix.filters')}>
        <Select
          allowClear
          placeholder={t('plans.matrix.group')}
          value={group}
          onChange={setGroup}
          style={{ width: 200 }}
          options={(groups.data ?? []).map((g) => ({ value: g.code, label: g.name }))}
        />
        <Select
          allowClear
          placeholder={t('plans.matrix.kind')}
          value={kind}
          onChange={setKind}
          style={{ width: 180 }}
          options={UNIT_KINDS.filter((k) => !k.validTo).map((k) => ({
            value: k.code,
            label: kindLabel(k.code),
          }))}
        />
        <Select
          allowClear
          placeholder={t('plans.matrix.section')}
          value={sectionNumber}
          onChange={setSection}
          style={{ width: 120 }}
          options={sections.map((s) => ({ value: s, label: s }))}
        />
        <Select
          allowClear
          placeholder={t('plans.matrix.state')}
          value={state}
          onChange={setState}
          style={{ width: 220 }}
          options={(['overdue', 'open', 'done'] as const).map((s) => ({
            value: s,
            label: t(`plans.matrix.states.${s}`),
          }))}
        />
        <Input.Search
          allowClear
          placeholder={t('plans.matrix.unitSearch')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 220 }}
        />
        <ExportButton path={`/plans/${plan.id}/matrix.xlsx`} query={filters} />
      </Flex>
      <Flex gap={6} wrap style={{ marginBottom: 8 }} align="center">
        <Typography.Text type="secondary">{t('plans.matrix.legend')}:</Typography.Text>
        {DEADLINE_STATES.filter((s) => s !== 'cancelled').map((s) => (
          <Tag key={s} color={DEADLINE_COLORS[s]}>
            {t(`plans.deadline.${s}`)}
          </Tag>
        ))}
      </Flex>
      <ErrorAlert error={m.error} onRetry={() => m.refetch()} />
      <Table<Row>
        rowKey="id"
        size="small"
        bordered
        loading={m.isFetching}
        dataSource={m.data?.units ?? []}
        scroll={{ x: 260 + 110 * Math.max(tasks.length, 1) }}
        locale={{ emptyText: <EmptyState description={t('plans.matrix.empty')} /> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: m.data?.totalUnits ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          {
            title: t('plans.matrix.unit'),
            dataIndex: 'name',
            fixed: 'left',
            width: 260,
            render: (name: string, u) => (
              <div>
                {name}
                <div style={{ fontSize: 11, color: '#999' }}>{u.code}</div>
              </div>
            ),
          },
          ...tasks.map((x) => {
            const s = summaryOf(x.id);
            return {
              key: String(x.id),
              width: 110,
              align: 'center' as const,
              title: (
                <Tooltip
                  title={
                    <div>
                      <div>{`${x.code ? `${x.code}. ` : ''}${x.title}`}</div>
                      {s && <div style={{ marginTop: 4 }}>{t('plans.matrix.totalsHint', s)}</div>}
                    </div>
                  }
                >
                  <div style={{ fontSize: 12, lineHeight: 1.3 }}>
                    <div style={{ fontWeight: 600 }}>{x.code || `#${x.id}`}</div>
                    <div
                      style={{
                        overflow: 'hidden',
                        textOverflow: 'ellipsis',
                        whiteSpace: 'nowrap',
                        maxWidth: 100,
                      }}
                    >
                      {x.title}
                    </div>
                    {s && (
                      <div data-testid="matrix-totals" style={{ fontWeight: 400, color: '#888' }}>
                        <div>{t('plans.matrix.totalsDone', s)}</div>
                        {s.overdue > 0 && (
                          <div style={{ color: '#cf1322' }}>{t('plans.matrix.totalsOverdue', s)}</div>
                        )}
                      </div>
                    )}
                  </div>
                </Tooltip>
              ),
              render: (_: unknown, u: Row) => (
                <Cell
                  cell={u.cells[String(x.id)]}
                  onOpen={setOpen}
                  label={t('plans.matrix.cellTitle', { unit: u.name, task: x.title })}
                />
              ),
            };
          }),
        ]}
      />
      <AssignmentDrawer id={open} onClose={() => setOpen(null)} />
    </div>
  );
}
