import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { Dashboard } from '@danvan/contracts';
import { useI18n } from '../../../../i18n/index.tsx';
import { formatNumber, formatPercent } from '../../../../shared/format.ts';
import { Chart } from '../../../../shared/charts/index.tsx';
import { BUCKET_COLORS, SUBMISSION_BUCKETS, type SubmissionBucket } from '../submission.ts';
import type { UnitFilters } from './types.ts';

/** The reporting rates and counts as cards. */
export function RatesCards({ d }: { d: Dashboard }) {
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
export function GroupCharts({ d, onUnits }: { d: Dashboard; onUnits: (f: UnitFilters) => void }) {
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
export function KeyIndicatorsChart({
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
