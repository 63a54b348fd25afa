import { Flex, Input, Table } from 'antd';
import { FIGURE_MAX } from '@danvan/contracts';
import type { ReportValue, TemplateIndicator } from '@danvan/contracts';
import { isOverride } from '@danvan/domain';
import { useI18n } from '../../../i18n/index.tsx';
import {
  WholeNumberInput,
  type NumberLimits,
  type TypedNumber,
} from '../../../shared/components/WholeNumberInput.tsx';
import { SourceBadge, fmtNum } from './tags.tsx';

/** A figure as typed: a number, or the text when it is not a valid one (kept, with its message). */
export type DraftValue = { value: TypedNumber; reason?: string };

/** What a figure may be: whole for an integer indicator, within the indicator's bounds and ±10^15. */
export function limitsOf(i: TemplateIndicator): NumberLimits {
  return {
    integer: i.type === 'integer',
    decimals: 2,
    min: i.min ?? -FIGURE_MAX,
    max: i.max ?? FIGURE_MAX,
  };
}

/** A section's indicators: the figure (editable while the report is), its source, the override reason. */
export function ReportIndicatorTable({
  indicators,
  valueOf,
  draft,
  canEdit,
  onValue,
  onReason,
}: {
  indicators: TemplateIndicator[];
  valueOf: Map<string, ReportValue>;
  draft: Record<string, DraftValue>;
  canEdit: boolean;
  onValue: (code: string, v: TypedNumber) => void;
  onReason: (code: string, reason: string) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <Table<TemplateIndicator>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={indicators}
      style={{ marginTop: 8 }}
      columns={[
        {
          title: t('reporting.report.indicator'),
          dataIndex: 'name',
          render: (n: string, i) => <span title={i.definition ?? undefined}>{n}</span>,
        },
        { title: t('reporting.report.unitOfMeasure'), dataIndex: 'unit', width: 100 },
        {
          title: t('reporting.report.value'),
          width: 280,
          render: (_, i) => {
            const v = valueOf.get(i.code);
            const d = draft[i.code];
            if (!canEdit || i.aggregation === 'ratio')
              return <strong data-testid={`value-${i.code}`}>{fmtNum(v?.value, lang)}</strong>;
            // the domain's rule: departing from a computed figure is an override that needs a reason
            const differs = isOverride(v, (d?.value ?? null) as number | null);
            return (
              <Flex vertical gap={4}>
                <WholeNumberInput
                  aria-label={i.name}
                  data-testid={`value-${i.code}`}
                  value={d?.value ?? null}
                  limits={limitsOf(i)}
                  showError
                  style={{ width: 200 }}
                  onChange={(x) => onValue(i.code, x)}
                />
                {differs && (
                  <Input
                    size="small"
                    aria-label={`${t('reporting.report.overrideReason')}: ${i.name}`}
                    placeholder={t('reporting.report.overrideReasonHint')}
                    value={d?.reason ?? ''}
                    onChange={(e) => onReason(i.code, e.target.value)}
                  />
                )}
              </Flex>
            );
          },
        },
        {
          title: t('reporting.report.source'),
          width: 150,
          render: (_, i) => <SourceBadge v={valueOf.get(i.code)} />,
        },
      ]}
    />
  );
}
