import { ClearOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Input, InputNumber, Segmented, Select } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../format.ts';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { enumOptions } from '../components/EnumTag.tsx';
import type { FilterDef } from './types.ts';
import type { Spec, UrlState, Values } from './useUrlState.ts';

/**
 * A register's filters from their declarations (types.ts `FilterDef`): each control bound to its value
 * of the URL state (`useUrlState`), so a reload or a shared link shows the same list; a change goes
 * back to page 1. Every control has a name: its visible label in a `labelled` bar, else the label
 * (or placeholder) as its accessible name. Wraps at narrow widths. `RegisterTable` renders it from
 * its `filters`; a page that lays out its own list may render it directly.
 */
export function RegisterFilters<S extends Spec>({
  state,
  filters,
  labelled,
  toolbar,
}: {
  state: UrlState<S>;
  filters: FilterDef<S>[];
  labelled?: boolean;
  toolbar?: ReactNode;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const value = (k: string) => (state.draft as Record<string, unknown>)[k];
  const set = (k: string, v: unknown) => state.setFilter(k as keyof S, v as never);

  const control = (f: FilterDef<S>, id: string): ReactNode => {
    // a visible <label for> names the control in a labelled bar; else the label or placeholder does
    const aria =
      labelled && f.label ? undefined : (f.label ?? ('placeholder' in f ? f.placeholder : undefined));
    const common = { id, 'aria-label': aria, 'data-testid': 'testId' in f ? f.testId : undefined };
    switch (f.type) {
      case 'search':
        return (
          <Input.Search
            {...common}
            allowClear
            placeholder={f.placeholder ?? t('common.search')}
            value={String(value(f.key) ?? '')}
            onChange={(e) => set(f.key, e.target.value)}
          />
        );
      case 'select':
      case 'enum':
        return (
          <Select
            {...common}
            allowClear
            style={{ width: '100%' }}
            placeholder={f.placeholder ?? t('common.all')}
            value={(value(f.key) === '' ? undefined : (value(f.key) ?? undefined)) as string | undefined}
            onChange={(v) => set(f.key, v ?? undefined)}
            showSearch={f.showSearch ? { optionFilterProp: 'label' } : undefined}
            options={f.type === 'enum' ? enumOptions(f.labels, f.codes, i18n) : f.options}
          />
        );
      case 'year':
        return (
          <InputNumber
            {...common}
            style={{ width: '100%' }}
            placeholder={f.placeholder ?? t('register.year')}
            value={(value(f.key) ?? null) as number | null}
            onChange={(v) => set(f.key, v ?? undefined)}
            min={f.min ?? 1945}
            max={f.max ?? 2100}
          />
        );
      case 'unit':
        return (
          <UnitSelect
            id={id}
            aria-label={aria}
            includeInactive={f.includeInactive}
            placeholder={f.placeholder}
            value={(value(f.key) ?? undefined) as number | undefined}
            onChange={(v) => set(f.key, (v as number | null) ?? undefined)}
          />
        );
      case 'check':
        return (
          <Checkbox
            id={id}
            data-testid={f.testId}
            checked={!!value(f.key)}
            onChange={(e) => set(f.key, e.target.checked)}
          >
            {f.text}
          </Checkbox>
        );
      case 'segmented':
        return (
          <Segmented
            value={String(value(f.key))}
            onChange={(v) => set(f.key, v)}
            options={f.options}
            style={{ maxWidth: '100%', overflowX: 'auto' }}
          />
        );
      case 'dateRange': {
        const text = (k: string) => String(value(k) ?? '');
        return (
          <DatePicker.RangePicker
            id={id}
            data-testid={f.testId}
            format={DATE_FORMAT}
            style={{ width: '100%' }}
            allowEmpty={[true, true]}
            placeholder={f.placeholders}
            value={[
              fromIsoDate(text(f.key) || undefined) ?? null,
              fromIsoDate(text(f.to) || undefined) ?? null,
            ]}
            onChange={(v) =>
              state.setFilters({
                [f.key]: toIsoDate(v?.[0] ?? null) ?? '',
                [f.to]: toIsoDate(v?.[1] ?? null) ?? '',
              } as Partial<Values<S>>)
            }
          />
        );
      }
      case 'custom':
        return f.render(id);
    }
  };

  const auto = (f: FilterDef<S>) => f.type === 'check' || f.type === 'segmented';
  const own = (f: FilterDef<S>) => f.type === 'custom' || f.type === 'dateRange';
  return (
    <Flex gap={8} wrap align={labelled ? 'flex-end' : 'center'} style={{ marginBottom: 12 }}>
      {filters.map((f) => {
        const id = `filter-${f.key}`;
        const width = f.width ?? (auto(f) ? undefined : f.type === 'search' ? 320 : 200);
        const style: CSSProperties = { width, maxWidth: '100%', flex: width ? `0 1 ${width}px` : undefined };
        return (
          <div key={f.key} style={style}>
            {labelled && f.label && !auto(f) && (
              <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
                {f.label}
              </label>
            )}
            {/* a control the bar cannot give an aria-label to keeps its name in a bar without labels */}
            {!labelled && f.label && own(f) && (
              <label htmlFor={id} className="dv-sr-only">
                {f.label}
              </label>
            )}
            {control(f, id)}
          </div>
        );
      })}
      {state.active && (
        <Button icon={<ClearOutlined />} onClick={state.reset} data-testid="filters-reset">
          {t('register.clearFilters')}
        </Button>
      )}
      {toolbar}
    </Flex>
  );
}
