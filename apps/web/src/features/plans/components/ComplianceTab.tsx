import { Alert, Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Plan, PlanComplianceRow } from '@danvan/contracts';
import { PLAN_COMPLIANCE_STATUSES } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatPercent } from '../../../shared/format.ts';
import { useDebounced } from '../../../shared/hooks.ts';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { useGroups } from '../../org/api.ts';
import { usePlanCompliance } from '../api.ts';
import { ComplianceTag } from './tags.tsx';

/** Per required unit: its own plan issued on time, late, missing, or not yet due; filters and export. */
export function ComplianceTab({ plan }: { plan: Plan }) {
  const { t, lang } = useI18n();
  const groups = useGroups();
  const [status, setStatus] = useState<string | undefined>();
  const [group, setGroup] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const query = { status, group, q };
  const c = usePlanCompliance(plan.id, query);
  const s = c.data?.summary;
  return (
    <div>
      {s && s.total > 0 && (
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
      )}
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('plans.compliance_view.filterStatus')}
          value={status}
          onChange={setStatus}
          style={{ width: 220 }}
          options={PLAN_COMPLIANCE_STATUSES.map((x) => ({ value: x, label: t(`plans.compliance.${x}`) }))}
        />
        <Select
          allowClear
          placeholder={t('plans.compliance_view.filterGroup')}
          value={group}
          onChange={setGroup}
          style={{ width: 220 }}
          options={(groups.data ?? []).map((g) => ({ value: g.code, label: g.name }))}
        />
        <Input.Search
          allowClear
          placeholder={t('plans.matrix.unitSearch')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 240 }}
        />
        <ExportButton path={`/plans/${plan.id}/compliance.xlsx`} query={query} />
      </Flex>
      <ErrorAlert error={c.error} onRetry={() => c.refetch()} />
      <Table<PlanComplianceRow>
        rowKey="unitId"
        size="small"
        loading={c.isFetching}
        dataSource={c.data?.rows ?? []}
        pagination={{
          pageSize: 50,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { total }),
        }}
        locale={{ emptyText: <EmptyState description={t('plans.compliance_view.empty')} /> }}
        columns={[
          {
            title: t('plans.compliance_view.unit'),
            render: (_, r) => (
              <div>
                {r.unitName}
                <div style={{ fontSize: 12, color: '#888' }}>{r.unitCode}</div>
              </div>
            ),
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
            render: (_, r) => formatDate(r.ownPlanIssuedOn),
          },
          {
            title: t('plans.compliance_view.daysLate'),
            width: 110,
            align: 'right',
            render: (_, r) => (r.daysLate ? r.daysLate : ''),
          },
        ]}
      />
    </div>
  );
}
