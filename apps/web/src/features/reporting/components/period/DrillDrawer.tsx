import { Drawer, Table } from 'antd';
import { Link } from 'react-router';
import type { DrilldownRow } from '@danvan/contracts';
import { useI18n } from '../../../../i18n/index.tsx';
import { EmptyState } from '../../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/components/ErrorAlert.tsx';
import { useDrilldown } from '../../api.ts';
import { StatusTag, fmtNum } from '../tags.tsx';
import type { PeriodQuery as Q } from './types.ts';

/** One indicator of the roll-up, unit by unit. */
export function DrillDrawer({
  periodId,
  q,
  indicator,
  onClose,
}: {
  periodId: number;
  q: Q;
  indicator: { code: string; name: string } | null;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const rows = useDrilldown(periodId, { ...q, indicator: indicator?.code ?? null });
  return (
    <Drawer
      open={!!indicator}
      onClose={onClose}
      size="large"
      title={indicator ? t('reporting.period.drill', { name: indicator.name }) : ''}
    >
      <ErrorAlert error={rows.error} />
      <Table<DrilldownRow>
        size="small"
        rowKey="reportId"
        loading={rows.isLoading}
        dataSource={rows.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState simple description={t('reporting.period.noReports')} /> }}
        columns={[
          {
            title: t('reporting.report.unit'),
            dataIndex: 'unitName',
            render: (n: string, r) => <Link to={`/bao-cao/${r.reportId}`}>{n}</Link>,
          },
          {
            title: t('reporting.period.countedUnder'),
            dataIndex: 'countedUnder',
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('common.status'),
            dataIndex: 'status',
            width: 120,
            render: (s: string) => <StatusTag status={s} />,
          },
          {
            title: t('reporting.report.value'),
            dataIndex: 'value',
            width: 110,
            align: 'right',
            render: (v: number | null) => fmtNum(v, lang),
          },
        ]}
      />
    </Drawer>
  );
}
