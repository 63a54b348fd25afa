import { Flex, Space, Switch, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { param, useUrlState } from '../../../shared/register/index.ts';
import { FullPageSpin } from '../../../app/guards.tsx';
import { usePeriod } from '../api.ts';
import { deadlineText } from '../components/tags.tsx';
import { SUBMISSION_BUCKETS } from '../components/submission.ts';
import { CompileButton } from '../components/CompileButton.tsx';
import { CompilationTab } from '../components/period/CompilationTab.tsx';
import { DashboardTab } from '../components/period/DashboardTab.tsx';
import { DrillDrawer } from '../components/period/DrillDrawer.tsx';
import { RemindButton } from '../components/period/RemindButton.tsx';
import { RollupTab } from '../components/period/RollupTab.tsx';
import { UnitsTab } from '../components/period/UnitsTab.tsx';
import { UNIT_REPORT_STATUSES, type PeriodQuery, type UnitFilters } from '../components/period/types.ts';

const TABS = ['dashboard', 'units', 'rollup', 'compilation'] as const;

/**
 * One period: dashboard, submissions, roll-up with drill-down, and (for the coordinator) the province's
 * compilation. The tab and the submissions' filters live in the URL (shareable, kept on reload).
 */
export default function PeriodPage() {
  const { id } = useParams();
  const periodId = Number(id);
  const { t } = useI18n();
  const nav = useNavigate();
  const state = useUrlState(
    {
      tab: param.oneOf(TABS, 'dashboard'),
      status: param.oneOf(UNIT_REPORT_STATUSES),
      group: param.text(),
      deadline: param.oneOf(SUBMISSION_BUCKETS),
    },
    { pageSize: 50 },
  );
  const { tab, status, group, deadline } = state.filters;
  const filters: UnitFilters = { status, group: group || undefined, deadline };
  const [unitId, setUnitId] = useState<number | undefined>();
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const [drill, setDrill] = useState<{ code: string; name: string } | null>(null);
  const p = usePeriod(periodId);
  if (p.isLoading) return <FullPageSpin />;
  if (!p.data) return <ErrorAlert error={p.error} onRetry={() => p.refetch()} />;
  const period = p.data;
  const q: PeriodQuery = { unitId, includeSubmitted };
  return (
    <div>
      <PageHeader
        title={period.name}
        subtitle={`${period.rootUnitName} · ${formatDate(period.fromDate)} – ${formatDate(period.toDate)} · ${t('reporting.periods.cutoff')}: ${formatDate(period.cutoffDate)} · ${t('reporting.periods.unitDeadline')}: ${deadlineText(period.deadlines, 'unit')} · ${t('reporting.periods.provinceDeadline')}: ${deadlineText(period.deadlines, 'province')}`}
        extra={
          <Space>
            {period.can.remind && <RemindButton periodId={periodId} />}
            {period.can.compile && (
              <CompileButton periodId={periodId} onDone={(r) => nav(`/bao-cao/${r.id}`)} />
            )}
            <Tag color={period.status === 'open' ? 'green' : 'default'}>
              {t(`reporting.periods.${period.status}`)}
            </Tag>
          </Space>
        }
      />
      <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
        <span style={{ minWidth: 320 }}>
          <UnitSelect
            value={unitId ?? null}
            onChange={(v) => setUnitId((v as number | null) ?? undefined)}
            placeholder={t('reporting.period.unit')}
            aria-label={t('reporting.period.unit')}
          />
        </span>
        <Space>
          <Switch
            checked={includeSubmitted}
            onChange={setIncludeSubmitted}
            aria-label={t('reporting.period.includeSubmitted')}
          />
          {t('reporting.period.includeSubmitted')}
        </Space>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => state.setFilter('tab', k as (typeof TABS)[number])}
        items={[
          {
            key: 'dashboard',
            label: t('reporting.period.tabs.dashboard'),
            children: (
              <DashboardTab
                periodId={periodId}
                q={q}
                onDrill={setDrill}
                onUnits={(f) =>
                  state.setFilters({
                    tab: 'units',
                    status: f.status,
                    group: f.group ?? '',
                    deadline: f.deadline,
                  })
                }
              />
            ),
          },
          {
            key: 'units',
            label: t('reporting.period.tabs.units'),
            children: (
              <UnitsTab
                periodId={periodId}
                q={q}
                state={{ ...state, filters: { ...state.filters, ...filters } }}
              />
            ),
          },
          {
            key: 'rollup',
            label: t('reporting.period.tabs.rollup'),
            children: <RollupTab periodId={periodId} q={q} onDrill={setDrill} />,
          },
          // the compilation is the coordinator's view of the period's root (also once the report is sent)
          ...(period.can.review
            ? [
                {
                  key: 'compilation',
                  label: t('reporting.period.tabs.compilation'),
                  children: <CompilationTab periodId={periodId} />,
                },
              ]
            : []),
        ]}
      />
      <DrillDrawer periodId={periodId} q={q} indicator={drill} onClose={() => setDrill(null)} />
    </div>
  );
}
