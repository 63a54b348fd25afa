import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import type { TemplateIndicatorInput, TemplateSection } from '@danvan/contracts';
import { AGGREGATION_RULES, INDICATOR_TYPES } from '@danvan/domain';
import { useI18n } from '../../../../i18n/index.tsx';
import { useFocusableScrollBoxes } from '../../../../shared/hooks.ts';
import type { FigureProviderView } from '@danvan/contracts';
import { deleteColumn, selectCell, textCell } from './cells.tsx';
import { flatCodes } from './SectionsEditor.tsx';

export type Ind = TemplateIndicatorInput & { key: number };
let seq = 1;
/** A fresh key for a row of the builder. */
export const nextKey = () => seq++;

/** The template's indicators: name and code, section, unit, type, rule (ratio parts), system figure. */
export function IndicatorsCard({
  indicators,
  setIndicators,
  sections,
  providers,
}: {
  indicators: Ind[];
  setIndicators: (f: (l: Ind[]) => Ind[]) => void;
  sections: TemplateSection[];
  providers: FigureProviderView[];
}) {
  const { t } = useI18n();
  const box = useFocusableScrollBoxes();
  const sectionOptions = flatCodes(sections).map((c) => ({ value: c, label: c }));
  const codeOptions = indicators
    .filter((i) => i.aggregation !== 'ratio')
    .map((i) => ({ value: i.code, label: i.name.trim() || i.code, title: i.code }));
  const setInd = (key: number, patch: Partial<Ind>) =>
    setIndicators((l) => l.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  return (
    <Card
      size="small"
      title={t('reporting.templates.indicators')}
      style={{ marginBottom: 12 }}
      extra={
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() =>
            setIndicators((l) => [
              ...l,
              {
                key: nextKey(),
                code: `ct_${l.length + 1}`,
                sectionCode: flatCodes(sections)[0] ?? '',
                name: '',
                unit: '',
                type: 'integer',
                aggregation: 'sum',
              },
            ])
          }
        >
          {t('reporting.templates.addIndicator')}
        </Button>
      }
    >
      <div ref={box}>
        <Table<Ind>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={indicators}
          scroll={{ x: 1360 }}
          columns={[
            {
              title: t('reporting.templates.indicatorName'),
              width: 340,
              render: (_, i) => (
                <div>
                  <Input
                    size="small"
                    value={i.name}
                    aria-label={t('reporting.templates.indicatorName')}
                    onChange={(e) => setInd(i.key, { name: e.target.value })}
                  />
                  {/* the code is the indicator's stable key (formulas, ratios, exports): secondary */}
                  <label style={{ display: 'block', marginTop: 4 }}>
                    <Typography.Text type="secondary" style={{ fontSize: 11 }}>
                      {t('common.indicatorCode')}
                    </Typography.Text>
                    <Input
                      size="small"
                      value={i.code}
                      style={{ fontFamily: 'monospace', fontSize: 12 }}
                      onChange={(e) => setInd(i.key, { code: e.target.value })}
                    />
                  </label>
                </div>
              ),
            },
            {
              title: t('reporting.templates.section'),
              width: 100,
              render: selectCell('sectionCode', setInd, sectionOptions),
            },
            { title: t('reporting.templates.unit'), width: 100, render: textCell('unit', setInd) },
            {
              title: t('reporting.templates.type'),
              width: 120,
              render: selectCell(
                'type',
                setInd,
                INDICATOR_TYPES.map((x) => ({ value: x, label: t(`reporting.type.${x}`) })),
              ),
            },
            {
              title: t('reporting.templates.aggregation'),
              width: 330,
              render: (_, i) => (
                <Space.Compact style={{ width: '100%' }}>
                  <Select
                    size="small"
                    style={{ width: 110 }}
                    value={i.aggregation}
                    onChange={(v) =>
                      setInd(i.key, {
                        aggregation: v,
                        ...(v === 'ratio' ? { type: 'percent', unit: '%' } : {}),
                      })
                    }
                    options={AGGREGATION_RULES.map((x) => ({
                      value: x,
                      label: t(`reporting.agg.${x}`),
                    }))}
                  />
                  {i.aggregation === 'ratio' && (
                    <>
                      <Select
                        size="small"
                        style={{ width: 110 }}
                        popupMatchSelectWidth={false}
                        placeholder={t('reporting.templates.numerator')}
                        value={i.numerator}
                        options={codeOptions}
                        onChange={(v) => setInd(i.key, { numerator: v })}
                      />
                      <Select
                        size="small"
                        style={{ width: 110 }}
                        popupMatchSelectWidth={false}
                        placeholder={t('reporting.templates.denominator')}
                        value={i.denominator}
                        options={codeOptions}
                        onChange={(v) => setInd(i.key, { denominator: v })}
                      />
                    </>
                  )}
                </Space.Compact>
              ),
            },
            {
              title: t('reporting.templates.provider'),
              width: 200,
              render: (_, i) =>
                i.aggregation === 'ratio' ? null : (
                  <Select
                    size="small"
                    allowClear
                    style={{ width: '100%' }}
                    placeholder={t('reporting.templates.none')}
                    value={i.providerKey}
                    onChange={(v) => setInd(i.key, { providerKey: v })}
                    options={providers.map((p) => ({ value: p.key, label: p.label }))}
                  />
                ),
            },
            deleteColumn<Ind>(t('common.delete'), (key) =>
              setIndicators((l) => l.filter((x) => x.key !== key)),
            ),
          ]}
        />
      </div>
    </Card>
  );
}
