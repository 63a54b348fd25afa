import { Button, Card, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PLAN_STATUS_LABELS, PLAN_STATUSES } from '@danvan/contracts';
import { useI18n, useT } from '../../../i18n/index.tsx';
import { formatDate, todayIso } from '../../../shared/format.ts';
import { useMe } from '../../../shared/session.ts';
import { usePlans, useRequirements } from '../api.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { RegisterPage, RegisterTable, param, useUrlState } from '../../../shared/register/index.ts';

/** The superior plans that require the working unit's own plan, and where the unit stands. */
export function RequirementsCard({ unitId }: { unitId?: number }) {
  const t = useT();
  const nav = useNavigate();
  const req = useRequirements(unitId);
  const canWrite = req.data?.can?.create ?? false;
  if (!unitId || (!req.isLoading && !req.data?.items.length && !req.error)) return null;
  return (
    <Card
      title={t('plans.requirements.title')}
      style={{ marginBottom: 16 }}
      size="small"
      data-testid="requirements"
    >
      <RegisterTable
        card={false}
        query={req}
        rowKey="planId"
        table={{ size: 'small' }}
        empty={t('plans.requirements.empty')}
        emptySimple
        columns={[
          {
            title: t('plans.list.titleCol'),
            render: (_, r) => (
              <div>
                <Link to={`/ke-hoach/${r.planId}`}>
                  {r.planNumberSymbol ? `${r.planNumberSymbol} — ` : ''}
                  {r.planTitle}
                </Link>
                <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                  {r.planUnitName}
                </div>
              </div>
            ),
          },
          { title: t('plans.requirements.due'), width: 120, render: (_, r) => formatDate(r.requiredDue) },
          {
            title: t('common.status'),
            width: 190,
            render: (_, r) => <EnumTag vocab="compliance" value={r.status} />,
          },
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
  const i18n = useI18n();
  const { t } = i18n;
  const nav = useNavigate();
  const me = useMe();
  const unit = me.data?.activeUnit ?? null;
  const state = useUrlState({
    q: param.search(),
    year: param.int(Number(todayIso().slice(0, 4))),
    status: param.oneOf(PLAN_STATUSES),
    mine: param.flag(),
  });
  const { mine, ...filters } = state.filters;
  const plans = usePlans({
    ...filters,
    page: state.page,
    pageSize: state.pageSize,
    unitId: mine ? unit?.id : undefined,
    subtree: mine || undefined,
  });
  return (
    <RegisterPage
      title={t('plans.list.title')}
      subtitle={t('plans.list.subtitle')}
      canCreate={plans.data?.can?.create ?? false}
      create={{ label: t('plans.list.create'), onClick: () => nav('/ke-hoach/moi') }}
      before={<RequirementsCard unitId={unit?.id} />}
      state={state}
      query={plans}
      rowKey="id"
      filters={[
        { type: 'search', key: 'q', placeholder: t('plans.list.search') },
        {
          type: 'year',
          key: 'year',
          label: t('plans.list.year'),
          placeholder: t('plans.list.year'),
          min: 2000,
          width: 110,
        },
        {
          type: 'enum',
          key: 'status',
          placeholder: t('common.status'),
          labels: PLAN_STATUS_LABELS,
          codes: PLAN_STATUSES,
          width: 160,
        },
        ...(unit
          ? [
              {
                type: 'check' as const,
                key: 'mine' as const,
                text: `${unit.name} (${t('plans.list.subtree').toLowerCase()})`,
              },
            ]
          : []),
      ]}
      empty={t('plans.list.empty')}
      table={{ onRow: (p) => ({ onClick: () => nav(`/ke-hoach/${p.id}`), style: { cursor: 'pointer' } }) }}
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
            <div style={{ minWidth: 260 }}>
              <Link to={`/ke-hoach/${p.id}`} onClick={(e) => e.stopPropagation()}>
                {p.title}
              </Link>
              {p.parentPlanTitle && (
                <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
                  {t('plans.list.parent')}: {p.parentPlanTitle}
                </div>
              )}
            </div>
          ),
        },
        { title: t('plans.list.unit'), dataIndex: 'unitName', width: 200 },
        {
          title: t('common.status'),
          width: 120,
          render: (_, p) => <EnumTag vocab="planStatus" value={p.status} />,
        },
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
  );
}
