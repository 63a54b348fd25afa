import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Matrix, MatrixCell, Paged, Plan } from '@danvan/contracts';
import { DEADLINE_STATES } from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import { useI18n, useT } from '../../../i18n/index.tsx';
import { formatDate, formatPercent } from '../../../shared/format.ts';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { RegisterTable, param, useUrlState } from '../../../shared/register/index.ts';
import { useMatrix } from '../api.ts';
import { UnitCell } from './fields.tsx';
import { unitParams, useUnitFilters } from './unitFilters.ts';
import { AssignmentDrawer } from './AssignmentDrawer.tsx';
import { DEADLINE_BACKGROUNDS, DEADLINE_COLORS } from './tags.tsx';

type Row = Matrix['units'][number];
type Summary = NonNullable<Matrix['tasks'][number]['summary']>;
const PAGE_SIZE = 50;
const MATRIX_STATES = ['overdue', 'open', 'done'] as const;
/** The unit kinds in use today (the matrix's kind filter). */
const KIND_CODES = UNIT_KINDS.filter((k) => !k.validTo).map((k) => k.code);

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

/** A task's column head: its code and title, and its totals over every unit when known. */
function TaskHead({ task: x, summary: s }: { task: Matrix['tasks'][number]; summary?: Summary | null }) {
  const t = useT();
  return (
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
        <div style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: 100 }}>
          {x.title}
        </div>
        {s && (
          <div
            data-testid="matrix-totals"
            style={{ fontWeight: 400, color: 'var(--ant-color-text-description)' }}
          >
            <div>{t('plans.matrix.totalsDone', s)}</div>
            {s.overdue > 0 && <div style={{ color: '#cf1322' }}>{t('plans.matrix.totalsOverdue', s)}</div>}
          </div>
        )}
      </div>
    </Tooltip>
  );
}

/** The coordinator's tasks × units matrix: filters, coloured cells, totals per task, drill-down. */
export function MatrixTab({ plan }: { plan: Plan }) {
  const { t, kindLabel } = useI18n();
  const sections = useMemo(() => [...new Set(plan.sections.map((s) => s.number))], [plan.sections]);
  const state = useUrlState(
    {
      ...unitParams(),
      kind: param.oneOf(KIND_CODES),
      sectionNumber: param.text(),
      state: param.oneOf(MATRIX_STATES),
    },
    { pageSize: PAGE_SIZE },
  );
  const unit = useUnitFilters(t('plans.matrix.group'));
  const [open, setOpen] = useState<number | null>(null);
  const { group, kind, sectionNumber, q } = state.filters;
  const filters = {
    group: group || undefined,
    kind,
    state: state.filters.state,
    sectionNumber: sectionNumber || undefined,
    q: q || undefined,
  };
  const filterKey = JSON.stringify(filters);
  // the totals do not change from page to page: asked for on the first page only
  const m = useMatrix(plan.id, {
    ...filters,
    page: state.page,
    pageSize: PAGE_SIZE,
    withTotals: state.page === 1 ? 'true' : 'false',
  });
  const [totals, setTotals] = useState<{ key: string; tasks: Matrix['tasks'] } | null>(null);
  useEffect(() => {
    if (m.data && m.data.tasks.some((x) => x.summary)) setTotals({ key: filterKey, tasks: m.data.tasks });
  }, [m.data, filterKey]);
  const summaryOf = (id: number) =>
    totals?.key === filterKey ? totals.tasks.find((x) => x.id === id)?.summary : null;
  const tasks = m.data?.tasks ?? [];
  const data: Paged<Row> | undefined = m.data && {
    items: m.data.units,
    total: m.data.totalUnits,
    page: state.page,
    pageSize: PAGE_SIZE,
  };

  return (
    <>
      <RegisterTable
        card={false}
        state={state}
        query={{ ...m, data }}
        rowKey="id"
        filters={[
          unit.group,
          {
            type: 'select',
            key: 'kind',
            placeholder: t('plans.matrix.kind'),
            width: 180,
            options: KIND_CODES.map((k) => ({ value: k, label: kindLabel(k) })),
          },
          {
            type: 'select',
            key: 'sectionNumber',
            placeholder: t('plans.matrix.section'),
            width: 120,
            options: sections.map((s) => ({ value: s, label: s })),
          },
          {
            type: 'enum',
            key: 'state',
            placeholder: t('plans.matrix.state'),
            labels: 'plans.matrix.states',
            codes: MATRIX_STATES,
            width: 220,
          },
          { ...unit.search, width: 220 },
        ]}
        toolbar={<ExportButton path={`/plans/${plan.id}/matrix.xlsx`} query={filters} />}
        above={
          <Flex gap={6} wrap style={{ marginBottom: 8 }} align="center">
            <Typography.Text type="secondary">{t('plans.matrix.legend')}:</Typography.Text>
            {DEADLINE_STATES.filter((s) => s !== 'cancelled').map((s) => (
              <Tag key={s} color={DEADLINE_COLORS[s]}>
                {t(`plans.deadline.${s}`)}
              </Tag>
            ))}
          </Flex>
        }
        empty={t('plans.matrix.empty')}
        emptyFiltered={t('plans.matrix.empty')}
        table={{ size: 'small', bordered: true, scroll: { x: 260 + 110 * Math.max(tasks.length, 1) } }}
        columns={[
          {
            title: t('plans.matrix.unit'),
            dataIndex: 'name',
            fixed: 'left',
            width: 260,
            render: (name: string, u) => <UnitCell name={name} code={u.code} />,
          },
          ...tasks.map((x) => ({
            key: String(x.id),
            width: 110,
            align: 'center' as const,
            title: <TaskHead task={x} summary={summaryOf(x.id)} />,
            render: (_: unknown, u: Row) => (
              <Cell
                cell={u.cells[String(x.id)]}
                onOpen={setOpen}
                label={t('plans.matrix.cellTitle', { unit: u.name, task: x.title })}
              />
            ),
          })),
        ]}
      />
      <AssignmentDrawer id={open} onClose={() => setOpen(null)} />
    </>
  );
}
