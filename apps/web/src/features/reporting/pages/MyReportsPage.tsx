import { Button, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Period } from '@danvan/contracts';
import { PERIOD_STATUSES } from '@danvan/domain';
import { useI18n } from '../../../i18n/index.tsx';
import { useMe } from '../../../shared/session.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { api, usePeriodReports, usePeriods, useReportingMutation } from '../api.ts';
import { StatusTag, TimelinessTag, deadlineText } from '../components/tags.tsx';

/** The unit's own line in a period: its status and the button to open or start the report. */
function UnitLine({ period, unitId }: { period: Period; unitId: number }) {
  const { t } = useI18n();
  const nav = useNavigate();
  const notify = useNotify();
  const refs = usePeriodReports(period.id, { unitId });
  const own = refs.data?.items.find((r) => r.unitId === unitId);
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
  const state = useUrlState({
    year: param.int(),
    status: param.oneOf(PERIOD_STATUSES),
  });
  const periods = usePeriods(unit?.id, state.filters);
  return (
    <RegisterPage
      title={t('reporting.my.title')}
      subtitle={unit ? t('reporting.my.subtitle', { unit: unit.name }) : t('reporting.my.noUnit')}
      state={state}
      query={periods}
      rowKey="id"
      filters={[
        { type: 'year', key: 'year', placeholder: t('reporting.periods.year'), min: 2000, width: 110 },
        {
          type: 'enum',
          key: 'status',
          placeholder: t('reporting.periods.status'),
          labels: 'reporting.periods',
          codes: PERIOD_STATUSES,
          width: 160,
        },
      ]}
      empty={t('reporting.my.empty')}
      columns={[
        {
          title: t('reporting.my.period'),
          dataIndex: 'name',
          sortKey: 'name',
          sortValue: (p) => p.name,
          render: (name: string, p) => (
            <div>
              <Typography.Text strong>{name}</Typography.Text>
              <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>{p.templateName}</div>
            </div>
          ),
        },
        {
          title: t('reporting.my.deadline'),
          width: 130,
          sortKey: 'deadline',
          sortValue: (p) => p.deadlines.find((d) => d.level === 'unit')?.deadline,
          render: (_, p) => deadlineText(p.deadlines),
        },
        {
          title: t('common.status'),
          key: 'status',
          width: 360,
          render: (_, p) => (unit ? <UnitLine period={p} unitId={unit.id} /> : null),
        },
      ]}
    />
  );
}
