import { Alert, Flex } from 'antd';
import { Link } from 'react-router';
import { ANSWER_SOURCE_KINDS, ANSWER_SOURCE_KIND_LABELS } from '@danvan/contracts';
import { formatNumber, formatPercent } from '../../../shared/format.ts';
import { useMe } from '../../../shared/session.ts';
import { RegisterFrame, RegisterTable, param, useUrlState } from '../../../shared/register/index.ts';
import { useCompliance } from '../api.ts';
import { dueRange } from '../components/DueRange.ts';
import { useAnswersI18n } from '../components/i18n.ts';

/**
 * Compliance per responsible unit, for the coordinator: of the items each unit must answer, how many
 * it answered on time, late, how many are overdue and not yet due; the rates; filters by source kind,
 * unit and due window in the address. A count opens those items in the register.
 */
export default function CompliancePage() {
  const { i18n, t } = useAnswersI18n();
  const me = useMe();
  const state = useUrlState(
    { kind: param.oneOf(ANSWER_SOURCE_KINDS), unitId: param.int(), from: param.text(), to: param.text() },
    { pageSize: 50 },
  );
  const f = state.filters;
  const c = useCompliance({
    kind: f.kind,
    unitId: f.unitId ?? me.data?.activeUnit?.id,
    from: f.from || undefined,
    to: f.to || undefined,
    page: state.page,
    pageSize: state.pageSize,
  });
  const s = c.data?.summary;
  const num = (n: number) => formatNumber(n, i18n.lang);
  const pct = (n: number | null) => formatPercent(n, i18n.lang);
  const link = (unitId: number, compliance: string, n: number) => {
    if (n === 0) return num(0);
    const p = new URLSearchParams({ responsibleUnitId: String(unitId), compliance });
    if (f.kind) p.set('kind', f.kind);
    return (
      <Link to={`/tra-loi?${p.toString()}`} data-testid={`compliance-${compliance}`}>
        {num(n)}
      </Link>
    );
  };
  return (
    <RegisterFrame title={t('answers.compliance.title')} subtitle={t('answers.compliance.subtitle')}>
      <RegisterTable
        state={state}
        query={c}
        rowKey="unitId"
        labelled
        filters={[
          {
            type: 'enum',
            key: 'kind',
            label: t('answers.source.kind'),
            labels: ANSWER_SOURCE_KIND_LABELS,
            codes: ANSWER_SOURCE_KINDS,
            width: 240,
            testId: 'filter-kind',
          },
          { type: 'unit', key: 'unitId', label: t('answers.source.unitFilter'), width: 260 },
          dueRange(state, t, 'from', 'to'),
        ]}
        empty={t('answers.compliance.empty')}
        above={
          s && (
            <Alert
              style={{ marginBottom: 12 }}
              type={s.overdue > 0 ? 'warning' : 'success'}
              showIcon
              data-testid="compliance-summary"
              title={t('answers.compliance.summary', {
                total: s.total,
                onTime: s.on_time,
                late: s.late,
                overdue: s.overdue,
                pending: s.pending,
              })}
              description={
                <Flex gap={16} wrap>
                  <span>{t('answers.compliance.answeredRate', { rate: pct(s.answeredRate) })}</span>
                  <span>{t('answers.compliance.onTimeRate', { rate: pct(s.onTimeRate) })}</span>
                </Flex>
              }
            />
          )
        }
        columns={[
          {
            title: t('answers.compliance.unit'),
            width: 300,
            render: (_, r) => (
              <Link to={`/tra-loi?responsibleUnitId=${r.unitId}`} data-testid="compliance-unit">
                {r.unitName}
              </Link>
            ),
          },
          { title: t('answers.compliance.total'), width: 90, render: (_, r) => num(r.total) },
          {
            title: t('answers.compliance.onTime'),
            width: 110,
            render: (_, r) => link(r.unitId, 'on_time', r.on_time),
          },
          {
            title: t('answers.compliance.late'),
            width: 110,
            render: (_, r) => link(r.unitId, 'late', r.late),
          },
          {
            title: t('answers.compliance.overdue'),
            width: 110,
            render: (_, r) => link(r.unitId, 'overdue', r.overdue),
          },
          {
            title: t('answers.compliance.pending'),
            width: 110,
            render: (_, r) => link(r.unitId, 'pending', r.pending),
          },
          {
            title: t('answers.compliance.answeredRateCol'),
            width: 120,
            render: (_, r) => pct(r.answeredRate),
          },
          { title: t('answers.compliance.onTimeRateCol'), width: 120, render: (_, r) => pct(r.onTimeRate) },
        ]}
      />
    </RegisterFrame>
  );
}
