import { Alert, Card, DatePicker, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { RECEPTION_COMPLIANCE_LABELS, type ReceptionCompliance } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { enumLabel } from '../../../shared/components/EnumTag.tsx';
import { RegisterFrame, RegisterTable, param, useUrlState } from '../../../shared/register/index.ts';
import { useCompliance } from '../api.ts';

type Row = ReceptionCompliance['rows'][number];
type Month = Row['months'][number];

const COLORS: Record<string, string> = {
  met: 'green',
  not_met: 'red',
  in_progress: 'gold',
  not_applicable: 'default',
};

const thisMonth = () => dayjs().format('YYYY-MM');
const startOfYear = () => dayjs().format('YYYY-01');
const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

/** The heads' compliance with the minimum reception days, per unit, month by month and for the period. */
export default function CompliancePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const state = useUrlState(
    { unitId: param.int(), from: param.text(startOfYear()), to: param.text(thisMonth()) },
    { pageSize: 50 },
  );
  const f = state.filters;
  const c = useCompliance({ unitId: f.unitId, from: f.from, to: f.to });
  const data = c.data;
  const cell = (m: Month) => (
    <Tooltip
      title={[
        m.ruleText,
        m.deputyDaysNotCounted
          ? t('reception.compliance.deputyNotCounted', { n: m.deputyDaysNotCounted })
          : '',
        m.weeksShort ? t('reception.compliance.weeksShort', { n: m.weeksShort }) : '',
      ]
        .filter(Boolean)
        .join(' · ')}
    >
      <Space direction="vertical" size={0} data-testid={`compliance-${m.month}`}>
        <Tag color={COLORS[m.state]}>{enumLabel(RECEPTION_COMPLIANCE_LABELS, m.state, i18n)}</Tag>
        {m.required !== null && (
          <span style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
            {t('reception.compliance.cell', { counted: m.counted, required: m.required })}
          </span>
        )}
      </Space>
    </Tooltip>
  );
  const met = data?.rows.filter((r) => r.period.state === 'met').length ?? 0;
  const applicable = data?.rows.filter((r) => r.period.state !== 'not_applicable').length ?? 0;
  const monthPicker = (key: 'from' | 'to') => (id: string) => (
    <DatePicker
      id={id}
      picker="month"
      format="MM/YYYY"
      allowClear={false}
      value={dayjs(`${f[key]}-01`)}
      onChange={(d) => d && state.setFilter(key, d.format('YYYY-MM'))}
      style={{ width: '100%' }}
    />
  );
  return (
    <RegisterFrame title={t('reception.compliance.title')} subtitle={t('reception.compliance.subtitle')}>
      <Card>
        <RegisterTable
          card={false}
          state={state}
          query={{ ...c, data: data?.rows }}
          rowKey="unitId"
          labelled
          filters={[
            { type: 'unit', key: 'unitId', label: t('reception.unit'), width: 260 },
            {
              type: 'custom',
              key: 'from',
              label: t('reception.compliance.from'),
              width: 140,
              render: monthPicker('from'),
            },
            {
              type: 'custom',
              key: 'to',
              label: t('reception.compliance.to'),
              width: 140,
              render: monthPicker('to'),
            },
          ]}
          above={
            data && applicable > 0 ? (
              <Alert
                style={{ marginBottom: 12 }}
                type={met === applicable ? 'success' : 'warning'}
                showIcon
                data-testid="compliance-summary"
                title={t('reception.compliance.summary', { met, total: applicable })}
                description={
                  t('reception.visits.deputyHint') +
                  (data.deputyCountsUntil ? ` (${formatDate(data.deputyCountsUntil)})` : '')
                }
              />
            ) : null
          }
          empty={t('reception.compliance.empty')}
          table={{ size: 'small', scroll: { x: 360 + (data?.months.length ?? 1) * 110 } }}
          columns={[
            {
              title: t('reception.unit'),
              width: 260,
              fixed: 'left',
              render: (_, r) => (
                <div>
                  <Typography.Text strong>{r.unitName}</Typography.Text>
                  {r.ruleName && (
                    <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                      {r.ruleName}
                    </div>
                  )}
                </div>
              ),
            },
            ...(data?.months ?? []).map((m, i) => ({
              title: monthLabel(m),
              width: 110,
              render: (_: unknown, r: Row) => cell(r.months[i]),
            })),
            {
              title: t('reception.compliance.period'),
              width: 120,
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <Tag color={COLORS[r.period.state]}>
                    {enumLabel(RECEPTION_COMPLIANCE_LABELS, r.period.state, i18n)}
                  </Tag>
                  {r.period.monthsApplicable > 0 && (
                    <span style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                      {t('reception.compliance.cell', {
                        counted: r.period.counted,
                        required: r.period.required,
                      })}
                    </span>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </RegisterFrame>
  );
}
