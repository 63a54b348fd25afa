import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Typography } from 'antd';
import type { InspectionDetail, InspectionRecommendation } from '@danvan/contracts';
import { formatDate } from '../../../shared/format.ts';
import { EnumTag } from '../../../shared/components/EnumTag.tsx';
import { VOCAB } from './fields.tsx';
import { useInspectionsI18n } from './i18n.ts';

/** The recommendations, each tracked to completion (overdue marked), with add and follow-up. */
export function RecommendationsCard({
  r,
  onAdd,
  onFollow,
}: {
  r: InspectionDetail;
  onAdd: () => void;
  onFollow: (row: InspectionRecommendation) => void;
}) {
  const { t } = useInspectionsI18n();
  return (
    <Card
      title={t('inspections.recommendations')}
      extra={
        r.can.addRecommendation && (
          <Button icon={<PlusOutlined />} onClick={onAdd} data-testid="recommendation-add">
            {t('inspections.addRecommendation')}
          </Button>
        )
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.recommendationList}
        locale={{ emptyText: t('inspections.noRecommendations') }}
        data-testid="recommendations"
        columns={[
          { title: t('inspections.content'), dataIndex: 'content' },
          { title: t('inspections.responsible'), dataIndex: 'responsibleUnitName', width: 200 },
          {
            title: t('inspections.dueOn'),
            width: 150,
            render: (_, x) => (
              <span>
                {formatDate(x.dueOn)}
                {x.overdue && (
                  <Tag color="red" style={{ marginInlineStart: 6 }} data-testid="recommendation-overdue">
                    {t('inspections.overdue')}
                  </Tag>
                )}
              </span>
            ),
          },
          {
            title: t('inspections.recState'),
            width: 220,
            render: (_, x) => (
              <div>
                <EnumTag vocab={VOCAB.recState} value={x.state} />
                {x.doneOn && <div style={{ fontSize: 12 }}>{formatDate(x.doneOn)}</div>}
                {x.evidence && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {x.evidence}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: '',
            width: 140,
            render: (_, x) =>
              x.can.update && (
                <Button size="small" onClick={() => onFollow(x)} data-testid="recommendation-follow">
                  {t('inspections.follow')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
