import { Card, Table, Tag } from 'antd';
import type { ModelDetail, ModelEvaluation, ModelResult } from '@danvan/contracts';
import { formatDate, formatNumber } from '../../../shared/format.ts';
import { useModelsI18n } from './i18n.ts';

/** The results reported, with their figures. */
export function ModelResultsCard({ m }: { m: ModelDetail }) {
  const { i18n, t } = useModelsI18n();
  const num = (n: number) => formatNumber(n, i18n.lang);
  return (
    <Card title={t('models.results')}>
      <Table<ModelResult>
        rowKey="id"
        dataSource={m.results}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('models.noResults') }}
        data-testid="model-results"
        columns={[
          { title: t('models.reportedOn'), width: 120, render: (_, r) => formatDate(r.reportedOn) },
          { title: t('models.resultContent'), dataIndex: 'content', width: 420 },
          {
            title: t('models.figures'),
            width: 300,
            render: (_, r) =>
              r.figures.map((x) => (
                <div key={x.label}>
                  {x.label}: <b>{num(x.value)}</b> {x.unit}
                </div>
              )),
          },
        ]}
      />
    </Card>
  );
}

/** The evaluations: the score against the pass mark, each criterion's points when expanded. */
export function ModelEvaluationsCard({ m }: { m: ModelDetail }) {
  const { i18n, t } = useModelsI18n();
  const num = (n: number) => formatNumber(n, i18n.lang);
  return (
    <Card title={t('models.evaluations')}>
      <Table<ModelEvaluation>
        rowKey="id"
        dataSource={m.evaluations}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('models.noEvaluations') }}
        data-testid="model-evaluations"
        expandable={{
          expandedRowRender: (e) =>
            e.scores.map((s) => (
              <div key={s.criterionId}>
                {s.name}: <b>{num(s.points)}</b>/{num(s.maxPoints)}
                {s.comment && ` — ${s.comment}`}
              </div>
            )),
        }}
        columns={[
          { title: t('models.evaluatedOn'), width: 120, render: (_, e) => formatDate(e.evaluatedOn) },
          {
            title: t('models.score'),
            width: 140,
            render: (_, e) => <b>{t('models.scoreValue', { total: num(e.total), max: num(e.maxTotal) })}</b>,
          },
          {
            title: '',
            width: 200,
            render: (_, e) =>
              e.passed ? (
                <Tag color="success">{t('models.passed')}</Tag>
              ) : (
                <Tag color="red">{t('models.notPassed', { percent: e.passPercent })}</Tag>
              ),
          },
          { title: t('models.evaluatorName'), dataIndex: 'evaluatorName', width: 200 },
          { title: t('models.conclusion'), dataIndex: 'conclusion', width: 320 },
        ]}
      />
    </Card>
  );
}
