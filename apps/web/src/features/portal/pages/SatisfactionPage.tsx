import { Alert, Card, Col, DatePicker, Flex, Row, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { RATING_SCORE_LABELS, type PortalRating, type SatisfactionReport } from '@danvan/contracts';
import {
  formatDate,
  formatNumber,
  formatPercent,
  fromIsoDate,
  toIsoDate,
  todayIso,
} from '../../../shared/format.ts';
import { enumLabel } from '../../../shared/components/EnumTag.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { Chart } from '../../../shared/charts/index.tsx';
import { RegisterFrame, RegisterTable, param, useUrlState } from '../../../shared/register/index.ts';
import { useRatings, useSatisfaction } from '../api.ts';
import { usePortalI18n } from '../components/i18n.ts';

type UnitRow = SatisfactionReport['units'][number];
type SubjectRow = SatisfactionReport['bySubject'][number];

const startOfYear = () => `${todayIso().slice(0, 4)}-01-01`;
const spec = () => ({
  unitId: param.int(),
  from: param.text(startOfYear()),
  to: param.text(todayIso()),
  subtree: param.flag(true),
});
type S = ReturnType<typeof spec>;
/** The ratings of the period listed at once (the table pages them in the browser). */
const RATINGS_MAX = 500;

/**
 * The satisfaction index of a unit over a period (ratings of 4 or 5 over all ratings, the 1432
 * report's III.5): the figures, the ratings by score, by what was rated, by unit below, and the
 * ratings themselves with their comments.
 */
export default function SatisfactionPage() {
  const { i18n, t } = usePortalI18n();
  const lang = i18n.lang;
  const state = useUrlState(spec(), { pageSize: 50 });
  const f = state.filters;
  const report = useSatisfaction({
    unitId: f.unitId,
    from: f.from,
    to: f.to,
    subtree: f.subtree ? '1' : '0',
  });
  const unitId = f.unitId ?? report.data?.unitId;
  const ratings = useRatings({ unitId, from: f.from, to: f.to, page: 1, pageSize: RATINGS_MAX });
  const r = report.data;
  const datePicker = (key: 'from' | 'to') => (id: string) => (
    <DatePicker
      id={id}
      format="DD/MM/YYYY"
      allowClear={false}
      value={fromIsoDate(f[key]) ?? dayjs()}
      onChange={(d) => d && state.setFilter(key, toIsoDate(d) ?? f[key])}
      style={{ width: '100%' }}
    />
  );
  const indexText = (x: { index: number | null }) =>
    x.index === null ? t('portal.satisfaction.noIndex') : formatPercent(x.index, lang, 2);

  return (
    <RegisterFrame title={t('portal.satisfaction.title')} subtitle={t('portal.satisfaction.subtitle')}>
      <Flex vertical gap={16}>
        <Card>
          <RegisterTable<UnitRow, S>
            card={false}
            state={state}
            query={{ ...report, data: r?.units }}
            rowKey="unitId"
            labelled
            filters={[
              { type: 'unit', key: 'unitId', label: t('portal.satisfaction.unit'), width: 260 },
              {
                type: 'custom',
                key: 'from',
                label: t('portal.satisfaction.from'),
                width: 150,
                render: datePicker('from'),
              },
              {
                type: 'custom',
                key: 'to',
                label: t('portal.satisfaction.to'),
                width: 150,
                render: datePicker('to'),
              },
              { type: 'check', key: 'subtree', text: t('portal.satisfaction.subtree') },
            ]}
            above={
              <>
                <ErrorAlert error={report.error} onRetry={() => report.refetch()} />
                {r && (
                  <Flex vertical gap={12} style={{ marginBottom: 16 }}>
                    <Typography.Title
                      level={2}
                      style={{ fontSize: 18, margin: 0 }}
                      data-testid="satisfaction-unit"
                    >
                      {r.unitName} · {formatDate(r.from)} – {formatDate(r.to)}
                    </Typography.Title>
                    <Row gutter={[16, 16]}>
                      <Col xs={12} md={6}>
                        <Statistic
                          title={t('portal.satisfaction.index')}
                          value={indexText(r)}
                          valueRender={() => <span data-testid="satisfaction-index">{indexText(r)}</span>}
                        />
                      </Col>
                      <Col xs={12} md={6}>
                        <Statistic
                          title={t('portal.satisfaction.n')}
                          value={formatNumber(r.n, lang)}
                          valueRender={() => (
                            <span data-testid="satisfaction-n">{formatNumber(r.n, lang)}</span>
                          )}
                        />
                      </Col>
                      <Col xs={12} md={6}>
                        <Statistic
                          title={t('portal.satisfaction.satisfied')}
                          value={formatNumber(r.satisfied, lang)}
                        />
                      </Col>
                      <Col xs={12} md={6}>
                        <Statistic
                          title={t('portal.satisfaction.mean')}
                          value={
                            r.mean === null
                              ? '—'
                              : t('portal.satisfaction.meanValue', { value: formatNumber(r.mean, lang) })
                          }
                        />
                      </Col>
                    </Row>
                    <Alert type="info" showIcon title={`${t('portal.satisfaction.method')}: ${r.method}`} />
                    {r.n > 0 && (
                      <Chart
                        title={t('portal.satisfaction.byScore')}
                        categories={[1, 2, 3, 4, 5].map(
                          (s) => `${s} – ${enumLabel(RATING_SCORE_LABELS, String(s), i18n)}`,
                        )}
                        series={[{ name: t('portal.satisfaction.ratings'), data: r.byScore }]}
                        unit={t('portal.satisfaction.ratings')}
                      />
                    )}
                    {r.bySubject.length > 0 && (
                      <RegisterTable<SubjectRow, S>
                        card={{ title: t('portal.satisfaction.bySubject') }}
                        query={{
                          data: r.bySubject,
                          isLoading: false,
                          isFetching: false,
                          error: null,
                          refetch: () => 0,
                        }}
                        rowKey="subject"
                        columns={[
                          { title: t('portal.satisfaction.subject'), dataIndex: 'subjectLabel', width: 260 },
                          {
                            title: t('portal.satisfaction.index'),
                            width: 140,
                            render: (_, x) => indexText(x),
                          },
                          {
                            title: t('portal.satisfaction.n'),
                            width: 120,
                            render: (_, x) => formatNumber(x.n, lang),
                          },
                        ]}
                      />
                    )}
                    <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                      {t('portal.satisfaction.units')}
                    </Typography.Title>
                  </Flex>
                )}
              </>
            }
            empty={t('portal.satisfaction.noUnits')}
            columns={[
              { title: t('portal.satisfaction.unitCol'), dataIndex: 'unitName', width: 260 },
              { title: t('portal.satisfaction.index'), width: 140, render: (_, x) => indexText(x) },
              { title: t('portal.satisfaction.n'), width: 120, render: (_, x) => formatNumber(x.n, lang) },
              {
                title: t('portal.satisfaction.mean'),
                width: 120,
                render: (_, x) => (x.mean === null ? '—' : formatNumber(x.mean, lang)),
              },
            ]}
          />
        </Card>
        <RegisterTable<PortalRating, S>
          card={{ title: t('portal.satisfaction.list') }}
          query={{ ...ratings, data: ratings.data?.items }}
          pageSize={20}
          rowKey="id"
          empty={t('portal.satisfaction.listEmpty')}
          columns={[
            { title: t('portal.satisfaction.ratedOn'), width: 120, render: (_, x) => formatDate(x.ratedOn) },
            { title: t('portal.satisfaction.subject'), dataIndex: 'subjectLabel', width: 200 },
            { title: t('portal.satisfaction.unitCol'), dataIndex: 'unitName', width: 200 },
            {
              title: t('portal.satisfaction.score'),
              width: 180,
              render: (_, x) => `${x.score} – ${enumLabel(RATING_SCORE_LABELS, String(x.score), i18n)}`,
            },
            {
              title: t('portal.satisfaction.comment'),
              width: 320,
              render: (_, x) =>
                x.comment ? (
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {x.comment}
                  </Typography.Paragraph>
                ) : (
                  <Typography.Text type="secondary">{t('portal.satisfaction.noComment')}</Typography.Text>
                ),
            },
            {
              title: t('portal.satisfaction.on'),
              width: 140,
              render: (_, x) => (x.on ? formatDate(x.on) : x.petitionId ? `#${x.petitionId}` : '—'),
            },
          ]}
        />
      </Flex>
    </RegisterFrame>
  );
}
