import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Typography } from 'antd';
import type { TemplateRuleInput } from '@danvan/contracts';
import { RULE_SEVERITIES } from '@danvan/domain';
import { useI18n } from '../../../../i18n/index.tsx';
import { useFocusableScrollBoxes } from '../../../../shared/hooks.ts';
import { deleteColumn, selectCell, textCell } from './cells.tsx';
import { nextKey } from './IndicatorsCard.tsx';

export type Rule = TemplateRuleInput & { key: number };

/** The template's validation rules: code, expression over indicator codes, message, severity. */
export function RulesCard({
  rules,
  setRules,
}: {
  rules: Rule[];
  setRules: (f: (l: Rule[]) => Rule[]) => void;
}) {
  const { t } = useI18n();
  const box = useFocusableScrollBoxes();
  const setRule = (key: number, patch: Partial<Rule>) =>
    setRules((l) => l.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Card
      size="small"
      title={t('reporting.templates.rules')}
      extra={
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() =>
            setRules((l) => [
              ...l,
              { key: nextKey(), code: `qt_${l.length + 1}`, expression: '', message: '', severity: 'error' },
            ])
          }
        >
          {t('reporting.templates.addRule')}
        </Button>
      }
    >
      <div ref={box}>
        <Table<Rule>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rules}
          scroll={{ x: 1000 }}
          columns={[
            { title: t('reporting.templates.ruleCode'), width: 150, render: textCell('code', setRule) },
            {
              title: t('reporting.templates.expression'),
              width: 340,
              render: textCell('expression', setRule, { fontFamily: 'monospace' }),
            },
            { title: t('reporting.templates.message'), render: textCell('message', setRule) },
            {
              title: t('reporting.templates.severity'),
              width: 170,
              render: selectCell(
                'severity',
                setRule,
                RULE_SEVERITIES.map((x) => ({ value: x, label: t(`reporting.templates.${x}`) })),
              ),
            },
            deleteColumn<Rule>(t('common.delete'), (key) => setRules((l) => l.filter((x) => x.key !== key))),
          ]}
        />
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        + − × / ( ) &lt; &lt;= &gt; &gt;= == != &amp;&amp; || ! · sum(), min(), max(), abs(), if()
      </Typography.Text>
    </Card>
  );
}
