import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { CONDUCT_RULE_LABELS, type InspectionDetail, type InspectionViolation } from '@danvan/contracts';
import { EnumTag, enumLabel } from '../../../shared/components/EnumTag.tsx';
import { VOCAB } from './fields.tsx';
import { useInspectionsI18n } from './i18n.ts';

/** The violations found (the persons anonymised for whoever may not see them), with add and edit. */
export function ViolationsCard({
  r,
  onAdd,
  onEdit,
}: {
  r: InspectionDetail;
  onAdd: () => void;
  onEdit: (row: InspectionViolation) => void;
}) {
  const { i18n, t } = useInspectionsI18n();
  return (
    <Card
      title={t('inspections.violations')}
      extra={
        r.can.addViolation && (
          <Button icon={<PlusOutlined />} onClick={onAdd} data-testid="violation-add">
            {t('inspections.addViolation')}
          </Button>
        )
      }
    >
      {!r.can.persons && r.violations > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('inspections.anonymisedHint')} />
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.violationList}
        locale={{ emptyText: t('inspections.noViolations') }}
        data-testid="violations"
        columns={[
          {
            title: t('inspections.personName'),
            render: (_, v) => (
              <div>
                <div>{v.personName}</div>
                {!v.anonymised && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[v.personPosition, v.personUnit].filter(Boolean).join(', ')}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: t('inspections.rule'),
            render: (_, v) => enumLabel(CONDUCT_RULE_LABELS, v.rule, i18n),
          },
          { title: t('inspections.description'), dataIndex: 'description' },
          {
            title: t('inspections.sanction'),
            width: 200,
            render: (_, v) => <EnumTag vocab={VOCAB.sanction} value={v.sanction} />,
          },
          {
            title: '',
            width: 60,
            render: (_, v) =>
              v.can.update && (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t('inspections.editViolation')}
                  onClick={() => onEdit(v)}
                />
              ),
          },
        ]}
      />
    </Card>
  );
}
