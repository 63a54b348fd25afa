import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { PlanRequirementOfUnit, PlanSummary } from '@danvan/contracts';
import { PLAN_STATUSES } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useDebounced } from '../../../shared/hooks.ts';
import { useMe, usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { usePlans, useRequirements } from '../api.ts';
import { ComplianceTag, PlanStatusTag } from '../components/tags.tsx';

/** The superior plans that require the working unit's own plan, and where the unit stands. */
export function RequirementsCard({ unitId }: { unitId?: number }) {
  const t = useT();
  const nav = useNavigate();
  const req = useRequirements(unitId);
  const canWrite = usePermission('plans:unit-write');
  if (!unitId || (!req.isLoading && !req.data?.length && !req.error)) return null;
  return (
    <Card
      title={t('plans.requirements.title')}
      style={{ marginBottom: 16 }}
      size="small"
      data-testid="requirements"
    >
      <ErrorAlert error={req.error} onRetry={() => req.refetch()} />
      <Table<PlanRequirementOfUnit>
        size="small"
        rowKey="planId"
        pagination={false}
        loading={req.isLoading}
        dataSource={req.data ?? []}
        locale={{ emptyText: <EmptyState simple description={t('plans.requirements.empty')} /> }}
        columns={[
          {
            title: t('plans.list.titleCol'),
            render: (_, r) => (
              <div>
                <Link to={`/ke-hoach/${r.planId}`}>
                  {r.planNumberSymbol ? `${r.planNumberSymbol} — ` : ''}
                  {r.planTitle}
                </Link>
                <div style={{ fontSize: 12, color: '#888' }}>{r.planUnitName}</div>
              </div>
            ),
          },
          { title: t('plans.requirements.due'), width: 120, render: (_, r) => formatDate(r.requiredDue) },
          { title: t('common.status'), width: 190, render: (_, r) => <ComplianceTag status={r.status} /> },
          {
            title: t('plans.requirements.own'),
            width: 260,
            render: (_, r) =>
              r.ownPlanId ? (
                <Button size="small" onClick={() => nav(`/ke-hoach/${r.ownPlanId}`)}>
                  {t('plans.requirements.openOwn')}
                </Button>
              ) : canWrite ? (
                <Button size="small" type="primary" onClick={() => nav(`/ke-hoach/moi?parent=${r.planId}`)}>
                  {t('plans.requirements.build')}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}

/** "Kế hoạch": the plans the user may see, with filters; the requirements of the working unit on top. */
export default function PlansPage() {
  const t = useT();
  const nav = useNavigate();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const canCreate = usePermission('plans:unit-write');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [year, setYear] = useState<number | null>(Number(todayIso().slice(0, 4)));
  const [status, setStatus] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [mineOnly, setMineOnly] = useState(false);
  const plans = usePlans({
    q,
    year: year ?? undefined,
    status,
    page,
    pageSize: 20,
    unitId: mineOnly ? unit?.id : undefined,
    subtree: mineOnly || undefined,
  });
  return (
    <div>
      <PageHeader
        title={t('plans.list.title')}
        subtitle={t('plans.list.subtitle')}
        extra={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => nav('/ke-hoach/moi')}>
              {t('plans.list.create')}
            </Button>
          )
        }
      />
      <RequirementsCard unitId={unit?.id} />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('plans.list.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(1);
            }}
            style={{ width: 320 }}
          />
          <InputNumber
            placeholder={t('plans.list.year')}
            value={year}
            onChange={(v) => {
              setYear(v);
              setPage(1);
            }}
            min={2000}
            max={2100}
            style={{ width: 110 }}
            aria-label={t('plans.list.year')}
          />
          <Select
            allowClear
            placeholder={t('common.status')}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            style={{ width: 160 }}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`plans.status.${s}`) }))}
          />
          {unit && (
            <Checkbox checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)}>
              {unit.name} ({t('plans.list.subtree').toLowerCase()})
            </Checkbox>
          )}
        </Flex>
        <ErrorAlert error={plans.error} onRetry={() => plans.refetch()} />
        <Table<PlanSummary>
          rowKey="id"
          loading={plans.isFetching}
          dataSource={plans.data?.items ?? []}
          onRow={(p) => ({ onClick: () => nav(`/ke-hoach/${p.id}`), style: { cursor: 'pointer' } })}
          pagination={{
            current: page,
            pageSize: 20,
            total: plans.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          locale={{ emptyText: <EmptyState description={t('plans.list.empty')} /> }}
          scroll={{ x: 1250 }}
          columns={[
            {
              title: t('plans.list.number'),
              dataIndex: 'numberSymbol',
              width: 140,
              render: (v: string) => v || '—',
            },
            {
              title: t('plans.list.titleCol'),
              width: 400,
              render: (_, p) => (
                <div>
                  <Link to={`/ke-hoach/${p.id}`} onClick={(e) => e.stopPropagation()}>
                    {p.title}
                  </Link>
                  {p.parentPlanTitle && (
                    <div style={{ fontSize: 12, color: '#888' }}>
                      {t('plans.list.parent')}: {p.parentPlanTitle}
                    </div>
                  )}
                </div>
              ),
            },
            { title: t('plans.list.unit'), dataIndex: 'unitName', width: 200 },
            { title: t('common.status'), width: 120, render: (_, p) => <PlanStatusTag status={p.status} /> },
            { title: t('plans.list.issuedOn'), width: 120, render: (_, p) => formatDate(p.issuedOn) },
            {
              title: t('plans.list.required'),
              width: 170,
              render: (_, p) =>
                p.requiredCount ? (
                  <Typography.Text>
                    {t('plans.list.requiredText', {
                      count: p.requiredCount,
                      date: formatDate(p.requiredDue),
                    })}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
            { title: t('plans.list.tasks'), dataIndex: 'taskCount', width: 90, align: 'right' },
          ]}
        />
      </Card>
    </div>
  );
}
