import { Card, Table } from 'antd';
import type { RollupIndicator } from '@danvan/contracts';
import { useI18n } from '../../../../i18n/index.tsx';
import { ErrorAlert } from '../../../../shared/components/ErrorAlert.tsx';
import { useRollup } from '../../api.ts';
import { fmtNum } from '../tags.tsx';
import type { PeriodQuery as Q } from './types.ts';

/** The roll-up of the subtree, indicator by indicator; a click opens the units. */
export function RollupTab({
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
