import { Link, useNavigate } from 'react-router';
import type { ReportRef } from '@danvan/contracts';
import { useI18n } from '../../../../i18n/index.tsx';
import { formatDateTime } from '../../../../shared/format.ts';
import { ExportButton } from '../../../../shared/components/ExportButton.tsx';
import { RegisterTable, type Spec, type UrlState } from '../../../../shared/register/index.ts';
import { useGroups } from '../../../org/api.ts';
import { usePeriodReports } from '../../api.ts';
import { StatusTag, TimelinessTag } from '../tags.tsx';
import { SUBMISSION_BUCKETS, type SubmissionBucket } from '../submission.ts';
import { UNIT_REPORT_STATUSES, type PeriodQuery, type UnitFilters } from './types.ts';

/**
 * Where each expected unit's report stands: a register whose filters (group, deadline, status) live in
 * the page's URL with its tab, so the dashboard's charts open it filtered.
 */
export function UnitsTab<S extends Spec>({
  periodId,
  q,
  state,
}: {
  periodId: number;
  q: PeriodQuery;
  state: UrlState<S> & { filters: UnitFilters };
}) {
  const { t } = useI18n();
  const nav = useNavigate();
  const groups = useGroups();
  const { status, group, deadline } = state.filters;
  // paged, filtered and sorted by the server: a national period lists thousands of units
  const sort = state.sort ? `${state.sort.order === 'descend' ? '-' : ''}${state.sort.field}` : undefined;
  const refs = usePeriodReports(periodId, {
    unitId: q.unitId,
    status,
    group: group || undefined,
    deadline,
    sort,
    page: state.page,
    pageSize: state.pageSize,
  });
  // the tab is in the URL too: only the three filters make the list "filtered"
  const units: UrlState<S> = {
    ...state,
    active: !!(status || group || deadline),
    reset: () => state.setFilters({ status: undefined, group: '', deadline: undefined } as never),
  };
  const bucketLabel = (b: SubmissionBucket) =>
    b === 'other' ? t('reporting.period.other') : t(`reporting.timeliness.${b}`);
  return (
    <RegisterTable<ReportRef, S>
      state={units}
      query={refs}
      rowKey="unitId"
      pageSizeOptions={[50, 100, 200]}
      filters={[
        {
          type: 'select',
          key: 'group',
          label: t('reporting.period.filterGroup'),
          width: 260,
          options: (groups.data ?? []).map((g) => ({ value: g.code, label: g.name })),
        },
        {
          type: 'select',
          key: 'deadline',
          label: t('reporting.period.filterDeadline'),
          width: 240,
          options: SUBMISSION_BUCKETS.map((b) => ({ value: b, label: bucketLabel(b) })),
        },
        {
          type: 'enum',
          key: 'status',
          label: t('reporting.period.filterStatus'),
          width: 220,
          labels: 'reporting.status',
          codes: UNIT_REPORT_STATUSES,
        },
      ]}
      toolbar={
        <ExportButton
          path={`/reporting/periods/${periodId}/export.xlsx`}
          query={{ unitId: q.unitId, includeSubmitted: q.includeSubmitted }}
        >
          {t('reporting.period.exportXlsx')}
        </ExportButton>
      }
      table={{
        size: 'small',
        onRow: (r) => ({ onDoubleClick: () => r.reportId && nav(`/bao-cao/${r.reportId}`) }),
      }}
      columns={[
        {
          title: t('reporting.report.unit'),
          dataIndex: 'unitName',
          sortKey: 'unit',
          sortValue: (r) => r.unitName,
          render: (n: string, r) => (r.reportId ? <Link to={`/bao-cao/${r.reportId}`}>{n}</Link> : n),
        },
        {
          title: t('common.status'),
          dataIndex: 'status',
          width: 130,
          render: (s: string) => <StatusTag status={s} />,
        },
        {
          // one unit's report is on time or not: a status, not a rate (the rates are on the dashboard)
          title: t('reporting.period.deadlineColumn'),
          dataIndex: 'timeliness',
          width: 160,
          render: (s: string) => <TimelinessTag value={s} />,
        },
        {
          title: t('reporting.period.submitted'),
          dataIndex: 'submittedAt',
          width: 150,
          sortKey: 'submitted',
          sortValue: (r) => r.submittedAt,
          render: (v: string | null) => formatDateTime(v),
        },
      ]}
    />
  );
}
