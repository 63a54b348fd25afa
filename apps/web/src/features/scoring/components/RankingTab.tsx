import { Alert, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Ranking, RankingRow, Round } from '@danvan/contracts';
import { BAND_CODES, BAND_LABELS } from '@danvan/contracts';
import { isApiError } from '../../../shared/http.ts';
import { Chart } from '../../../shared/charts/index.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { EnumTag, enumLabel } from '../../../shared/components/EnumTag.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { useFocusableScrollBoxes } from '../../../shared/hooks.ts';
import { useRanking } from '../api.ts';
import { VOCAB } from './vocab.tsx';
import { useScoringI18n } from './i18n.ts';

/** How the cap worked out: the share allowed, how many were above it, who moved down and why. */
function CapSummary({ r }: { r: Ranking }) {
  const { t, num } = useScoringI18n();
  const cap = r.cap;
  if (!cap) return null;
  return (
    <Alert
      type={cap.moved.length ? 'warning' : 'info'}
      showIcon
      data-testid="cap-summary"
      title={t('scoring.ranking.capSummary', {
        percent: num(cap.percent),
        base: cap.base,
        allowed: cap.allowed,
        before: cap.before,
      })}
      description={
        cap.moved.length ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {cap.moved.map((m) => (
              <li key={m.unitId} data-testid="cap-moved">
                {m.unitName} ({t('scoring.ranking.pointsN', { n: num(m.total) })}): {m.reason}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

/**
 * The ranking of a round per unit group: score, band, rank, the cap's effect on each unit in the
 * server's words, a chart of the totals, the .xlsx; "chưa công bố" for readers without access yet.
 */
export function RankingTab({ round }: { round: Round }) {
  const { i18n, t, num } = useScoringI18n();
  const [groupId, setGroupId] = useState<number | undefined>(round.groups[0]?.id);
  const q = useRanking(round.id, groupId);
  const box = useFocusableScrollBoxes();
  if (q.error && isApiError(q.error) && (q.error.status === 403 || q.error.status === 404))
    return <Empty description={t('scoring.ranking.notPublished')} />;
  const r = q.data;
  const group = r?.groups.find((g) => g.groupId === groupId) ?? r?.groups[0];
  const rows = group?.rows ?? [];
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap align="end" justify="space-between">
        <div style={{ minWidth: 240 }}>
          <label htmlFor="ranking-group" style={{ display: 'block', marginBottom: 4 }}>
            {t('scoring.ranking.group')}
          </label>
          <Select
            id="ranking-group"
            style={{ width: 280, maxWidth: '100%' }}
            value={groupId}
            onChange={setGroupId}
            options={round.groups.map((g) => ({ value: g.id, label: g.name }))}
            data-testid="ranking-group"
          />
        </div>
        <ExportButton
          path={`/scoring/rounds/${round.id}/ranking.xlsx`}
          query={{ groupId }}
          fallbackName="xep-hang.xlsx"
        >
          {t('scoring.ranking.export')}
        </ExportButton>
      </Flex>
      <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
      {r && !r.published && <Alert type="info" showIcon title={t('scoring.ranking.draftNote')} />}
      {r && <CapSummary r={r} />}
      {r && (
        <Typography.Text data-testid="band-counts">
          {BAND_CODES.map((b) =>
            t('scoring.ranking.bandCount', {
              band: enumLabel(BAND_LABELS, b, i18n),
              n: r.bandCounts[b] ?? 0,
            }),
          ).join(' · ')}
        </Typography.Text>
      )}
      <Card title={group?.groupName} styles={{ body: { overflowX: 'hidden' } }}>
        <div ref={box}>
          <Table<RankingRow>
            rowKey="unitId"
            size="small"
            loading={q.isFetching}
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50 } : false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('scoring.ranking.empty')} />
              ),
            }}
            data-testid="ranking-table"
            columns={[
              { title: t('scoring.ranking.rank'), dataIndex: 'rank', width: 70, align: 'center' },
              {
                title: t('scoring.ranking.unit'),
                width: 260,
                render: (_, x) => <Link to={`/cham-diem/ban-cham/${x.assessmentId}`}>{x.unitName}</Link>,
              },
              {
                title: t('scoring.ranking.total'),
                width: 110,
                align: 'right',
                render: (_, x) => t('scoring.ranking.totalOf', { total: num(x.total), max: num(x.maxTotal) }),
              },
              {
                title: t('scoring.ranking.band'),
                width: 240,
                render: (_, x) => (x.band ? <EnumTag vocab={VOCAB.band} value={x.band} /> : '—'),
              },
              {
                title: t('scoring.ranking.note'),
                width: 380,
                render: (_, x) => (
                  <span
                    style={{ whiteSpace: 'normal' }}
                    data-testid={x.capApplied ? 'cap-note' : 'ranking-note'}
                  >
                    {x.note}
                  </span>
                ),
              },
            ]}
          />
        </div>
      </Card>
      {rows.length > 0 && (
        <Card title={t('scoring.ranking.chart')}>
          <Chart
            title={t('scoring.ranking.chartTitle', { group: group?.groupName ?? '' })}
            horizontal
            categories={rows.map((x) => x.unitName)}
            series={[{ name: t('scoring.ranking.total'), data: rows.map((x) => x.total) }]}
            unit={t('scoring.ranking.pointsUnit')}
            max={rows[0]?.maxTotal}
          />
        </Card>
      )}
    </Flex>
  );
}
