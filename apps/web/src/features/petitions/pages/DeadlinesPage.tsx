import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PETITION_KINDS, PETITION_KIND_LABELS } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate, formatNumber } from '../../../shared/format.ts';
import { enumLabel } from '../../../shared/components/EnumTag.tsx';
import { RegisterPage, param, useUrlState } from '../../../shared/register/index.ts';
import { useDeadlineOverview, type DeadlineCounts, type DeadlineRow } from '../api.ts';

/** The register's address for a unit (subtree) and a kind, with one more filter. */
function registerLink(unitId: number, kind: string | undefined, extra: Record<string, string>) {
  const q = new URLSearchParams({ unitId: String(unitId), ...(kind ? { kind } : {}), ...extra });
  return `/don-thu?${q}`;
}

/**
 * Tổng quan hạn xử lý (the province's deadline overview): per unit in the reader's scope, the cases
 * whose deadline is running, due within seven days and overdue, by kind, most overdue first; each
 * figure opens the register filtered the same way (unit, kind, "quá hạn" or "hạn trong 7 ngày").
 */
export default function DeadlinesPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const state = useUrlState({ kind: param.oneOf(PETITION_KINDS), unitId: param.int() }, { pageSize: 20 });
  const f = state.filters;
  const q = useDeadlineOverview({
    kind: f.kind,
    unitId: f.unitId,
    page: state.page,
    pageSize: state.pageSize,
  });
  const d = q.data;
  const days = d?.soonDays ?? 7;
  const n = (v: number) => formatNumber(v, lang);
  const figure = (
    r: DeadlineRow,
    v: number,
    extra: Record<string, string>,
    testId: string,
    danger = false,
  ) =>
    v === 0 ? (
      <span className="dv-muted">0</span>
    ) : (
      <Link to={registerLink(r.unitId, f.kind, extra)} data-testid={testId}>
        {danger ? <Typography.Text type="danger">{n(v)}</Typography.Text> : n(v)}
      </Link>
    );
  const kindLine = (k: DeadlineCounts & { kind: string }) =>
    t('petitions.overview.kindLine', {
      kind: enumLabel(PETITION_KIND_LABELS, k.kind, i18n),
      running: n(k.running),
      dueSoon: n(k.dueSoon),
      overdue: n(k.overdue),
    });

  return (
    <RegisterPage
      title={t('petitions.overview.title')}
      subtitle={t('petitions.overview.subtitle', { days, date: d ? formatDate(d.asOf) : '…' })}
      state={state}
      query={q}
      rowKey="unitId"
      labelled
      above={
        d && (
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }} data-testid="deadline-totals">
            <Typography.Text strong>{t('petitions.overview.totals')}:</Typography.Text>
            <Tag>
              {t('petitions.overview.running')}: {n(d.totals.running)}
            </Tag>
            <Tag color="gold">
              {t('petitions.overview.dueSoon', { days })}: {n(d.totals.dueSoon)}
            </Tag>
            <Tag color="red" data-testid="deadline-total-overdue">
              {t('petitions.overview.overdue')}: {n(d.totals.overdue)}
            </Tag>
            {d.totals.byKind.map((k) => (
              <Typography.Text key={k.kind} type="secondary">
                {kindLine(k)}
              </Typography.Text>
            ))}
          </Flex>
        )
      }
      filters={[
        {
          type: 'enum',
          key: 'kind',
          label: t('petitions.kind'),
          labels: PETITION_KIND_LABELS,
          codes: PETITION_KINDS,
          width: 160,
          testId: 'filter-kind',
        },
        { type: 'unit', key: 'unitId', label: t('petitions.unitFilter'), width: 260 },
      ]}
      empty={t('petitions.overview.empty')}
      columns={[
        {
          title: t('petitions.overview.unit'),
          width: 260,
          render: (_, r) => (
            <Link
              to={registerLink(r.unitId, f.kind, {})}
              aria-label={t('petitions.overview.openRegister', { unit: r.unitName })}
              data-testid="deadline-unit"
            >
              {r.unitName}
            </Link>
          ),
        },
        {
          title: t('petitions.overview.running'),
          width: 120,
          align: 'right',
          render: (_, r) => figure(r, r.running, {}, 'deadline-running'),
        },
        {
          title: t('petitions.overview.dueSoon', { days }),
          width: 150,
          align: 'right',
          render: (_, r) => figure(r, r.dueSoon, { dueWithin: String(days) }, 'deadline-due-soon'),
        },
        {
          title: t('petitions.overview.overdue'),
          width: 110,
          align: 'right',
          render: (_, r) => figure(r, r.overdue, { flag: 'overdue' }, 'deadline-overdue', true),
        },
        {
          title: t('petitions.overview.byKind'),
          width: 420,
          render: (_, r) => (
            <Flex vertical gap={2}>
              {r.byKind.map((k) => (
                <span key={k.kind} style={{ fontSize: 13 }}>
                  {kindLine(k)}
                </span>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
