import { Alert, Card, Col, Flex, List, Row, Space, Table } from 'antd';
import type { Dashboard } from '@danvan/contracts';
import { useI18n } from '../../../../i18n/index.tsx';
import { formatDate, formatDateTime, formatPercent } from '../../../../shared/format.ts';
import { EmptyState } from '../../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/components/ErrorAlert.tsx';
import { FullPageSpin } from '../../../../app/guards.tsx';
import { useDashboard } from '../../api.ts';
import { StatusTag, TimelinessTag, fmtNum } from '../tags.tsx';
import type { PeriodQuery as Q, UnitFilters } from './types.ts';

import { GroupCharts, KeyIndicatorsChart, RatesCards } from './DashboardCharts.tsx';

/** The period dashboard: rates, by group, missing and late units, key indicators. */
export function DashboardTab({
  periodId,
  q,
  onDrill,
  onUnits,
}: {
  periodId: number;
  q: Q;
  onDrill: (i: { code: string; name: string }) => void;
  onUnits: (f: UnitFilters) => void;
}) {
  const { t, lang } = useI18n();
  const d = useDashboard(periodId, q);
  if (d.isLoading) return <FullPageSpin />;
  if (!d.data) return <ErrorAlert error={d.error} onRetry={() => d.refetch()} />;
  const x = d.data;
  return (
    <Flex vertical gap={16}>
      <RatesCards d={x} />
      {x.provinceLevel && (
        <Alert
          type={
            x.provinceLevel.status === 'submitted' || x.provinceLevel.status === 'accepted'
              ? 'success'
              : 'info'
          }
          showIcon
          title={
            <Space wrap>
              {t('reporting.period.provinceReport')}: <StatusTag status={x.provinceLevel.status} />
              <TimelinessTag value={x.provinceLevel.timeliness} />
              {x.provinceLevel.deadline &&
                t('reporting.report.deadline', { date: formatDate(x.provinceLevel.deadline) })}
            </Space>
          }
        />
      )}
      <Card title={t('reporting.period.byGroup')} size="small">
        {x.byGroup.length ? <GroupCharts d={x} onUnits={onUnits} /> : <EmptyState simple />}
        <Table
          size="small"
          rowKey="group"
          pagination={false}
          dataSource={x.byGroup}
          style={{ marginTop: 8 }}
          columns={[
            {
              title: t('reporting.period.byGroup'),
              dataIndex: 'groupName',
              render: (n: string, g) => <a onClick={() => onUnits({ group: g.group })}>{n}</a>,
            },
            { title: t('reporting.period.expected'), dataIndex: 'expected', align: 'right' },
            { title: t('reporting.period.submitted'), dataIndex: 'submitted', align: 'right' },
            { title: t('reporting.period.onTime'), dataIndex: 'onTime', align: 'right' },
            { title: t('reporting.period.late'), dataIndex: 'late', align: 'right' },
            { title: t('reporting.period.missing'), dataIndex: 'missing', align: 'right' },
            {
              title: t('reporting.period.completeness'),
              dataIndex: 'completeness',
              align: 'right',
              render: (v: number | null) => formatPercent(v, lang),
            },
            {
              title: t('reporting.period.timeliness'),
              dataIndex: 'timeliness',
              align: 'right',
              render: (v: number | null) => formatPercent(v, lang),
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card title={`${t('reporting.period.missingUnits')} (${x.missing.length})`} size="small">
            <List
              size="small"
              dataSource={x.missing}
              locale={{ emptyText: t('reporting.period.noMissing') }}
              renderItem={(u) => <List.Item>{u.unitName}</List.Item>}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={`${t('reporting.period.lateUnits')} (${x.late.length})`} size="small">
            <List
              size="small"
              dataSource={x.late}
              locale={{ emptyText: t('reporting.period.noLate') }}
              renderItem={(u) => (
                <List.Item>
                  <span>{u.unitName}</span>
                  <span style={{ color: 'var(--ant-color-text-description)' }}>
                    {formatDateTime(u.submittedAt)}
                  </span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('reporting.period.keyIndicators')}
        extra={
          x.previousPeriod
            ? `${t('reporting.period.previous')}: ${x.previousPeriod.name}`
            : t('reporting.period.noPrevious')
        }
      >
        {x.keyIndicators.length > 0 && <KeyIndicatorsChart d={x} onDrill={onDrill} />}
        <Table
          size="small"
          rowKey="code"
          pagination={{ pageSize: 15, hideOnSinglePage: true }}
          dataSource={x.keyIndicators}
          locale={{ emptyText: <EmptyState simple description={t('reporting.period.noReports')} /> }}
          columns={[
            {
              title: t('reporting.report.indicator'),
              dataIndex: 'name',
              render: (n: string, k) => <a onClick={() => onDrill(k)}>{n}</a>,
            },
            { title: t('reporting.report.unitOfMeasure'), dataIndex: 'unit', width: 90 },
            {
              title: t('reporting.report.value'),
              dataIndex: 'value',
              align: 'right',
              width: 110,
              render: (v: number | null) => fmtNum(v, lang),
            },
            {
              title: t('reporting.period.previous'),
              dataIndex: 'previous',
              align: 'right',
              width: 110,
              render: (v: number | null) => fmtNum(v, lang),
            },
            {
              title: t('reporting.period.change'),
              dataIndex: 'change',
              align: 'right',
              width: 110,
              render: (v: number | null) =>
                v === null ? (
                  '—'
                ) : (
                  <span style={{ color: v > 0 ? '#389e0d' : v < 0 ? '#cf1322' : undefined }}>
                    {v > 0 ? `+${fmtNum(v, lang)}` : fmtNum(v, lang)}
                  </span>
                ),
            },
            ...x.byGroup.map((g) => ({
              title: g.groupName,
              key: g.group,
              align: 'right' as const,
              width: 120,
              render: (_: unknown, k: Dashboard['keyIndicators'][number]) =>
                fmtNum(k.byGroup.find((b) => b.group === g.group)?.value ?? null, lang),
            })),
          ]}
        />
      </Card>
    </Flex>
  );
}
