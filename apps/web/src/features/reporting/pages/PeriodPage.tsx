import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Drawer,
  Flex,
  List,
  Popconfirm,
  Row,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Dashboard, DrilldownRow, ReportRef, RollupIndicator } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { Chart } from '../../../shared/charts/index.tsx';
import { FullPageSpin } from '../../../app/guards.tsx';
import { useGroups } from '../../org/api.ts';
import {
  api,
  useCompilation,
  useDashboard,
  useDrilldown,
  usePeriod,
  usePeriodReports,
  useReportingMutation,
  useRollup,
} from '../api.ts';
import { StatusTag, TimelinessTag, deadlineText, fmtNum } from '../components/tags.tsx';
import {
  BUCKET_COLORS,
  SUBMISSION_BUCKETS,
  bucketOf,
  isBucket,
  type SubmissionBucket,
} from '../components/submission.ts';

type Q = { unitId?: number; includeSubmitted?: boolean };
/** The filters of the submissions tab, held in the URL so the dashboard's charts can open them. */
type UnitFilters = { status?: string; deadline?: SubmissionBucket; group?: string };
const REPORT_STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'accepted'] as const;

function DrillDrawer({
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
        dataSource={rows.data ?? []}
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

function RatesCards({ d }: { d: Dashboard }) {
  const { t, lang } = useI18n();
  const o = d.overall;
  return (
    <Row gutter={[12, 12]}>
      {(
        [
          ['completeness', formatPercent(o.completeness, lang)],
          ['timeliness', formatPercent(o.timeliness, lang)],
          ['expected', formatNumber(o.expected, lang)],
          ['submitted', formatNumber(o.submitted, lang)],
          ['accepted', formatNumber(o.accepted, lang)],
          ['late', formatNumber(o.late, lang)],
          ['missing', formatNumber(o.missing, lang)],
          ['pending', formatNumber(o.pending, lang)],
        ] as const
      ).map(([k, v]) => (
        <Col key={k} xs={12} md={6} xl={3}>
          <Card size="small">
            {/* the text is formatted already (vi-VN); Statistic would regroup it the English way */}
            <Statistic title={t(`reporting.period.${k}`)} value={v} formatter={() => v} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The counts of each group's units by where their report stands (the stacked bars' series). */
function bucketCounts(g: Dashboard['byGroup'][number]): Record<SubmissionBucket, number> {
  const other = Math.max(0, g.expected - g.onTime - g.late - g.missing - g.pending);
  return { on_time: g.onTime, late: g.late, missing: g.missing, not_due: g.pending, other };
}

/** By group: where the units' reports stand (stacked counts) and the two rates; a click opens the units. */
function GroupCharts({ d, onUnits }: { d: Dashboard; onUnits: (f: UnitFilters) => void }) {
  const { t } = useI18n();
  const groups = d.byGroup;
  const counts = groups.map(bucketCounts);
  // "other" only when some group has such reports
  const buckets = SUBMISSION_BUCKETS.filter((b) => b !== 'other' || counts.some((c) => c.other > 0));
  const categories = groups.map((g) => g.groupName);
  const bucketLabel = (b: SubmissionBucket) =>
    b === 'other' ? t('reporting.period.other') : t(`reporting.timeliness.${b}`);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Typography.Text strong>{t('reporting.period.chartStatus')}</Typography.Text>
        <Chart
          title={t('reporting.period.chartStatus')}
          categories={categories}
          series={buckets.map((b) => ({
            name: bucketLabel(b),
            data: counts.map((c) => c[b]),
            color: BUCKET_COLORS[b],
            stack: 'units',
          }))}
          onClick={(c) =>
            onUnits({
              group: groups[c.categoryIndex].group,
              deadline: c.seriesIndex === null ? undefined : buckets[c.seriesIndex],
            })
          }
        />
      </Col>
      <Col xs={24} xl={12}>
        <Typography.Text strong>{t('reporting.period.chartCompleteness')}</Typography.Text>
        <Chart
          title={t('reporting.period.chartCompleteness')}
          categories={categories}
          unit="%"
          max={100}
          series={[
            { name: t('reporting.period.completeness'), data: groups.map((g) => g.completeness) },
            {
              name: t('reporting.period.timeliness'),
              data: groups.map((g) => g.timeliness),
              color: '#52c41a',
            },
          ]}
          onClick={(c) => onUnits({ group: groups[c.categoryIndex].group })}
        />
      </Col>
      <Col span={24}>
        <Typography.Text type="secondary">{t('reporting.period.chartHint')}</Typography.Text>
      </Col>
    </Row>
  );
}

/** The first key indicators, this period against the previous one; a click opens the unit figures. */
function KeyIndicatorsChart({
  d,
  onDrill,
}: {
  d: Dashboard;
  onDrill: (i: { code: string; name: string }) => void;
}) {
  const { t } = useI18n();
  // counts only: a rate (%) on the same axis as counts would read as a small count
  const shown = d.keyIndicators.filter((k) => k.unit !== '%').slice(0, 8);
  if (!shown.length) return null;
  return (
    <div style={{ marginBottom: 8 }}>
      <Typography.Text strong>{t('reporting.period.chartIndicators')}</Typography.Text>
      <Chart
        title={t('reporting.period.chartIndicators')}
        categories={shown.map((k) => k.name)}
        unit={(i) => shown[i]?.unit ?? ''}
        series={[
          { name: d.period.name, data: shown.map((k) => k.value) },
          ...(d.previousPeriod
            ? [{ name: d.previousPeriod.name, data: shown.map((k) => k.previous), color: '#8c8c8c' }]
            : []),
        ]}
        onClick={(c) => onDrill(shown[c.categoryIndex])}
      />
      <Typography.Text type="secondary">{t('reporting.period.chartIndicatorHint')}</Typography.Text>
    </div>
  );
}

function DashboardTab({
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
                  <span style={{ color: '#888' }}>{formatDateTime(u.submittedAt)}</span>
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

function UnitsTab({
  periodId,
  q,
  filters,
  onFilters,
}: {
  periodId: number;
  q: Q;
  filters: UnitFilters;
  onFilters: (f: UnitFilters) => void;
}) {
  const { t } = useI18n();
  const nav = useNavigate();
  const groups = useGroups();
  const refs = usePeriodReports(periodId, { unitId: q.unitId, status: filters.status, group: filters.group });
  // where a report stands against the deadline is counted as the dashboard counts it (client side)
  const rows = (refs.data ?? []).filter((r) => !filters.deadline || bucketOf(r) === filters.deadline);
  return (
    <Card size="small">
      <Flex gap={8} style={{ marginBottom: 8 }} wrap>
        <Select
          allowClear
          placeholder={t('reporting.period.filterGroup')}
          aria-label={t('reporting.period.filterGroup')}
          style={{ width: 260 }}
          value={filters.group}
          onChange={(group?: string) => onFilters({ ...filters, group })}
          options={(groups.data ?? []).map((g) => ({ value: g.code, label: g.name }))}
        />
        <Select
          allowClear
          placeholder={t('reporting.period.filterDeadline')}
          aria-label={t('reporting.period.filterDeadline')}
          style={{ width: 240 }}
          value={filters.deadline}
          onChange={(deadline?: SubmissionBucket) => onFilters({ ...filters, deadline })}
          options={SUBMISSION_BUCKETS.map((b) => ({
            value: b,
            label: b === 'other' ? t('reporting.period.other') : t(`reporting.timeliness.${b}`),
          }))}
        />
        <Select
          allowClear
          placeholder={t('reporting.period.filterStatus')}
          aria-label={t('reporting.period.filterStatus')}
          style={{ width: 220 }}
          value={filters.status}
          onChange={(status?: string) => onFilters({ ...filters, status })}
          options={REPORT_STATUSES.map((s) => ({ value: s, label: t(`reporting.status.${s}`) }))}
        />
        <ExportButton
          path={`/reporting/periods/${periodId}/export.xlsx`}
          query={{ unitId: q.unitId, includeSubmitted: q.includeSubmitted }}
        >
          {t('reporting.period.exportXlsx')}
        </ExportButton>
      </Flex>
      <ErrorAlert error={refs.error} />
      <Table<ReportRef>
        size="small"
        rowKey="unitId"
        loading={refs.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState simple /> }}
        onRow={(r) => ({ onDoubleClick: () => r.reportId && nav(`/bao-cao/${r.reportId}`) })}
        columns={[
          {
            title: t('reporting.report.unit'),
            dataIndex: 'unitName',
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
            render: (v: string | null) => formatDateTime(v),
          },
        ]}
      />
    </Card>
  );
}

function RollupTab({
  periodId,
  q,
  onDrill,
}: {
  periodId: number;
  q: Q;
  onDrill: (i: { code: string; name: string }) => void;
}) {
  const { t, lang } = useI18n();
  const r = useRollup(periodId, q);
  return (
    <Card
      size="small"
      title={
        r.data
          ? `${r.data.unitName} — ${t('reporting.period.reportsCounted', { n: r.data.reportsCounted })}`
          : undefined
      }
    >
      <ErrorAlert error={r.error} />
      <div data-testid="rollup-table">
        <Table<RollupIndicator>
          size="small"
          rowKey="code"
          loading={r.isLoading}
          dataSource={r.data?.indicators ?? []}
          pagination={false}
          columns={[
            { title: '', dataIndex: 'sectionCode', width: 70 },
            {
              title: t('reporting.report.indicator'),
              dataIndex: 'name',
              render: (n: string, i) => <a onClick={() => onDrill(i)}>{n}</a>,
            },
            { title: t('reporting.report.unitOfMeasure'), dataIndex: 'unit', width: 100 },
            {
              title: t('reporting.templates.aggregation'),
              dataIndex: 'aggregation',
              width: 120,
              render: (a: string) => t(`reporting.agg.${a}`),
            },
            {
              title: t('reporting.report.value'),
              dataIndex: 'value',
              width: 120,
              align: 'right',
              render: (v: number | null) => <strong>{fmtNum(v, lang)}</strong>,
            },
          ]}
        />
      </div>
    </Card>
  );
}

function CompilationTab({ periodId }: { periodId: number }) {
  const { t, lang } = useI18n();
  const nav = useNavigate();
  const notify = useNotify();
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const c = useCompilation(periodId, { includeSubmitted });
  const compile = useReportingMutation(
    () => api.compile(periodId, { includeSubmitted, overwriteNarratives: overwrite }),
    (r) => nav(`/bao-cao/${r.id}`),
  );
  if (c.isLoading) return <FullPageSpin />;
  if (!c.data) return <ErrorAlert error={c.error} onRetry={() => c.refetch()} />;
  const x = c.data;
  const byCode = new Map(x.rollup.indicators.map((i) => [i.code, i]));
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon title={t('reporting.period.compilationHint')} />
      <Flex gap={12} wrap align="center">
        <Checkbox checked={includeSubmitted} onChange={(e) => setIncludeSubmitted(e.target.checked)}>
          {t('reporting.period.includeSubmitted')}
        </Checkbox>
        {x.report && (
          <Checkbox checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)}>
            {t('reporting.period.overwrite')}
          </Checkbox>
        )}
        {(!x.report || x.report.status === 'draft' || x.report.status === 'returned') && (
          <Button
            type="primary"
            loading={compile.isPending}
            onClick={() => compile.mutate(undefined, { onError: notify.error })}
          >
            {x.report ? t('reporting.period.recompile') : t('reporting.period.compile')}
          </Button>
        )}
        {x.report && (
          <Button onClick={() => nav(`/bao-cao/${x.report!.id}`)}>
            {t('reporting.period.openProvinceReport')} <StatusTag status={x.report.status} />
          </Button>
        )}
        <Typography.Text type="secondary">
          {t('reporting.period.reportsCounted', { n: x.rollup.reportsCounted })}
        </Typography.Text>
      </Flex>
      {x.sections.map((s) => {
        const inds = x.rollup.indicators.filter((i) => i.sectionCode === s.code);
        return (
          <Card
            key={s.code}
            size="small"
            title={`${s.number}. ${s.title}`}
            style={{ marginInlineStart: s.depth * 16 }}
          >
            {inds.length > 0 && (
              <Descriptions size="small" column={1} bordered style={{ marginBottom: 8 }}>
                {inds.map((i) => (
                  <Descriptions.Item key={i.code} label={`${i.name} (${i.unit})`}>
                    {fmtNum(byCode.get(i.code)?.value ?? null, lang)}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            )}
            {s.hasNarrative &&
              (s.narratives.length ? (
                <List
                  size="small"
                  dataSource={s.narratives}
                  renderItem={(n) => (
                    <List.Item>
                      <div>
                        <Space>
                          <strong>{n.unitName}</strong>
                          <StatusTag status={n.status} />
                        </Space>
                        <div style={{ whiteSpace: 'pre-line' }}>{n.text}</div>
                      </div>
                    </List.Item>
                  )}
                />
              ) : (
                <Typography.Text type="secondary">{t('reporting.period.noNarratives')}</Typography.Text>
              ))}
          </Card>
        );
      })}
    </Flex>
  );
}

/** The coordinator's one-click reminder to every unit that has not sent its report (once a day). */
function RemindButton({ periodId }: { periodId: number }) {
  const { t, lang } = useI18n();
  const notify = useNotify();
  const remind = useReportingMutation(
    () => api.remindLateUnits(periodId),
    (r) => notify.success(t('reporting.period.reminded', { n: formatNumber(r.reminded, lang) })),
  );
  return (
    <Popconfirm
      title={t('reporting.period.remind')}
      description={<div style={{ maxWidth: 360 }}>{t('reporting.period.remindConfirm')}</div>}
      okText={t('reporting.period.remindOk')}
      cancelText={t('common.cancel')}
      onConfirm={() => remind.mutateAsync(undefined).catch(notify.error)}
    >
      <Button loading={remind.isPending}>{t('reporting.period.remind')}</Button>
    </Popconfirm>
  );
}

/** One period: dashboard, submissions, roll-up with drill-down, and (for the coordinator) the province's compilation. */
export default function PeriodPage() {
  const { id } = useParams();
  const periodId = Number(id);
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'dashboard';
  const deadline = params.get('deadline');
  const filters: UnitFilters = {
    status: params.get('status') ?? undefined,
    group: params.get('group') ?? undefined,
    deadline: isBucket(deadline) ? deadline : undefined,
  };
  /** The tab and the submissions' filters live in the URL (shareable, kept on reload). */
  const go = (next: { tab: string } & UnitFilters, replace = true) => {
    const n = new URLSearchParams({ tab: next.tab });
    for (const k of ['status', 'group', 'deadline'] as const) if (next[k]) n.set(k, next[k]!);
    setParams(n, { replace });
  };
  const [unitId, setUnitId] = useState<number | undefined>();
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const [drill, setDrill] = useState<{ code: string; name: string } | null>(null);
  const p = usePeriod(periodId);
  if (p.isLoading) return <FullPageSpin />;
  if (!p.data) return <ErrorAlert error={p.error} onRetry={() => p.refetch()} />;
  const period = p.data;
  const q: Q = { unitId, includeSubmitted };
  return (
    <div>
      <PageHeader
        title={period.name}
        subtitle={`${period.rootUnitName} · ${formatDate(period.fromDate)} – ${formatDate(period.toDate)} · ${t('reporting.periods.cutoff')}: ${formatDate(period.cutoffDate)} · ${t('reporting.periods.unitDeadline')}: ${deadlineText(period.deadlines, 'unit')} · ${t('reporting.periods.provinceDeadline')}: ${deadlineText(period.deadlines, 'province')}`}
        extra={
          <Space>
            {period.can.remind && <RemindButton periodId={periodId} />}
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
        onChange={(k) => go({ ...filters, tab: k })}
        items={[
          {
            key: 'dashboard',
            label: t('reporting.period.tabs.dashboard'),
            children: (
              <DashboardTab
                periodId={periodId}
                q={q}
                onDrill={setDrill}
                onUnits={(f) => go({ ...f, tab: 'units' }, false)}
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
                filters={filters}
                onFilters={(f) => go({ ...f, tab: 'units' })}
              />
            ),
          },
          {
            key: 'rollup',
            label: t('reporting.period.tabs.rollup'),
            children: <RollupTab periodId={periodId} q={q} onDrill={setDrill} />,
          },
          ...(period.can.compile
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
