import { Button, Card, Table, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Period } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { useMe } from '../../../shared/session.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { api, usePeriodReports, usePeriods, useReportingMutation } from '../api.ts';
import { StatusTag, TimelinessTag, deadlineText } from '../components/tags.tsx';

/** The unit's own line in a period: its status and the button to open or start the report. */
function UnitLine({ period, unitId }: { period: Period; unitId: number }) {
  const { t } = useI18n();
  const nav = useNavigate();
  const notify = useNotify();
  const refs = usePeriodReports(period.id, { unitId });
  const own = refs.data?.find((r) => r.unitId === unitId);
  const start = useReportingMutation(
    (_: void) => api.openReport(period.id, unitId),
    (r) => nav(`/bao-cao/${r.id}`),
  );
  if (!own) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
      <StatusTag status={own.status} />
      <TimelinessTag value={own.timeliness} />
      {own.reportId ? (
        <Button size="small" type="primary" onClick={() => nav(`/bao-cao/${own.reportId}`)}>
          {t('reporting.my.open')}
        </Button>
      ) : own.can.open ? (
        <Button
          size="small"
          type="primary"
          loading={start.isPending}
          onClick={() => start.mutate(undefined, { onError: notify.error })}
        >
          {t('reporting.my.start')}
        </Button>
      ) : null}
    </span>
  );
}

/** "Báo cáo của đơn vị": the periods the working unit must report in, with its report in each. */
export default function MyReportsPage() {
  const { t } = useI18n();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const periods = usePeriods(unit?.id);
  return (
    <div>
      <PageHeader
        title={t('reporting.my.title')}
        subtitle={unit ? t('reporting.my.subtitle', { unit: unit.name }) : t('reporting.my.noUnit')}
      />
      <ErrorAlert error={periods.error} onRetry={() => periods.refetch()} />
      <Card>
        <Table<Period>
          rowKey="id"
          loading={periods.isLoading}
          dataSource={periods.data ?? []}
          pagination={false}
          locale={{ emptyText: <EmptyState description={t('reporting.my.empty')} /> }}
          columns={[
            {
              title: t('reporting.my.period'),
              dataIndex: 'name',
              render: (name: string, p) => (
                <div>
                  <Typography.Text strong>{name}</Typography.Text>
                  <div style={{ fontSize: 12, color: '#888' }}>{p.templateName}</div>
                </div>
              ),
            },
            { title: t('reporting.my.deadline'), width: 130, render: (_, p) => deadlineText(p.deadlines) },
            {
              title: t('common.status'),
              width: 360,
              render: (_, p) => (unit ? <UnitLine period={p} unitId={unit.id} /> : null),
            },
          ]}
        />
      </Card>
    </div>
  );
}
