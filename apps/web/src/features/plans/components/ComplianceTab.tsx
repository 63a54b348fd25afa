import { Alert, Flex, Tag } from 'antd';
import { Link } from 'react-router';
import type { Plan } from '@danvan/contracts';
import { PLAN_COMPLIANCE_STATUSES } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatPercent } from '../../../shared/format.ts';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { RegisterTable, param, useUrlState } from '../../../shared/register/index.ts';
import { usePlanCompliance } from '../api.ts';
import { ComplianceTag } from './tags.tsx';
import { UnitCell } from './fields.tsx';
import { unitParams, useUnitFilters } from './unitFilters.ts';

/** Per required unit: its own plan issued on time, late, missing, or not yet due; filters and export. */
export function ComplianceTab({ plan }: { plan: Plan }) {
  const { t, lang } = useI18n();
  const state = useUrlState(
    { status: param.oneOf(PLAN_COMPLIANCE_STATUSES), ...unitParams() },
    { pageSize: 50 },
  );
  const unit = useUnitFilters(t('plans.compliance_view.filterGroup'));
  const { status, group, q } = state.filters;
  const query = { status, group: group || undefined, q: q || undefined };
  const c = usePlanCompliance(plan.id, query);
  const s = c.data?.summary;
  return (
    <RegisterTable
      card={false}
      state={state}
      query={{ ...c, data: c.data?.rows }}
      rowKey="unitId"
      table={{ size: 'small' }}
      filters={[
        {
          type: 'enum',
          key: 'status',
          placeholder: t('plans.compliance_view.filterStatus'),
          labels: 'plans.compliance',
          codes: PLAN_COMPLIANCE_STATUSES,
          width: 220,
        },
        unit.group,
        unit.search,
      ]}
      toolbar={<ExportButton path={`/plans/${plan.id}/compliance.xlsx`} query={query} />}
      empty={t('plans.compliance_view.empty')}
      above={
        s &&
        s.total > 0 && (
          <Alert
            style={{ marginBottom: 12 }}
            type={s.missing ? 'warning' : 'info'}
            showIcon
            data-testid="compliance-summary"
            title={t('plans.compliance_view.summary', s as unknown as Record<string, number>)}
            description={
              s.issuedRate !== null
                ? t('plans.compliance_view.rate', { rate: formatPercent(s.issuedRate, lang) })
                : undefined
            }
          />
        )
      }
      columns={[
        {
          title: t('plans.compliance_view.unit'),
          sortKey: 'unit',
          sortValue: (r) => r.unitName,
          render: (_, r) => <UnitCell name={r.unitName} code={r.unitCode} />,
        },
        {
          title: t('plans.compliance_view.status'),
          width: 230,
          render: (_, r) => (
            <Flex gap={4} wrap>
              <ComplianceTag status={r.status} />
              {r.hasDraft && !r.ownPlanId && <Tag>{t('plans.compliance_view.drafting')}</Tag>}
            </Flex>
          ),
        },
        {
          title: t('plans.compliance_view.ownPlan'),
          width: 200,
          render: (_, r) =>
            r.ownPlanId ? (
              <Link to={`/ke-hoach/${r.ownPlanId}`}>{r.ownPlanNumberSymbol || `#${r.ownPlanId}`}</Link>
            ) : (
              '—'
            ),
        },
        {
          title: t('plans.compliance_view.issuedOn'),
          width: 130,
          sortKey: 'issuedOn',
          sortValue: (r) => r.ownPlanIssuedOn,
          render: (_, r) => formatDate(r.ownPlanIssuedOn),
        },
        {
          title: t('plans.compliance_view.daysLate'),
          width: 110,
          align: 'right',
          sortKey: 'daysLate',
          sortValue: (r) => r.daysLate,
          render: (_, r) => (r.daysLate ? r.daysLate : ''),
        },
      ]}
    />
  );
}
