import { Flex, Select, Spin, Tag, Typography } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type CSSProperties } from 'react';
import type { OrgUnit, Paged } from '@danvan/contracts';
import { useI18n } from '../../i18n/index.tsx';
import { http } from '../http.ts';
import { useDebounced } from '../hooks.ts';
import { formatDate } from '../format.ts';

type Value = number | number[] | null | undefined;

export interface UnitSelectProps {
  value?: Value;
  onChange?: (value: Value, units: OrgUnit[]) => void;
  mode?: 'multiple';
  includeInactive?: boolean;
  kind?: string;
  /** Units that may not be chosen (e.g. the unit itself when choosing its new parent). */
  excludeIds?: number[];
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
  'aria-label'?: string;
}

/** A unit as a choice or a search result: its name, then its code, kind and end in small text. */
export function UnitLine({ unit: u }: { unit: OrgUnit }) {
  const { t, kindLabel, lang } = useI18n();
  return (
    <Flex vertical style={{ minWidth: 0, lineHeight: 1.3, padding: '2px 0' }}>
      <Typography.Text
        className={u.active ? undefined : 'dv-muted'}
        style={{ whiteSpace: 'normal' }}
        lang={lang === 'vi' ? undefined : 'vi'}
      >
        {u.name}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {u.code} · {kindLabel(u.kind)}
        {!u.active && u.validTo && (
          <Tag style={{ marginInlineStart: 6, fontSize: 11 }}>
            {t('org.endedOn', { date: formatDate(u.validTo) })}
          </Tag>
        )}
      </Typography.Text>
    </Flex>
  );
}

/**
 * Chooses one or several org units in the user's scope; searches on the server (diacritic-insensitive:
 * "bu dang" finds "Bù Đăng").
 */
export function UnitSelect({
  value,
  onChange,
  mode,
  includeInactive,
  kind,
  excludeIds,
  placeholder,
  allowClear = true,
  disabled,
  style,
  id,
  ...aria
}: UnitSelectProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebounced(search.trim(), 250);
  const results = useQuery({
    queryKey: ['org', 'unit-search', q, !!includeInactive, kind ?? null],
    queryFn: ({ signal }) =>
      http.get<Paged<OrgUnit>>('/org/units', { q, includeInactive, kind, pageSize: 30 }, signal),
    enabled: open || q.length > 0,
    staleTime: 30_000,
  });
  const ids = useMemo(() => (value == null ? [] : Array.isArray(value) ? value : [value]), [value]);
  const found = results.data?.items ?? [];
  const missing = ids.filter((x) => !found.some((u) => u.id === x));
  const selected = useQueries({
    queries: missing.map((unitId) => ({
      queryKey: ['org', 'unit', unitId],
      queryFn: () => http.get<OrgUnit>(`/org/units/${unitId}`),
      staleTime: 60_000,
    })),
  });
  const known = new Map<number, OrgUnit>();
  for (const s of selected) if (s.data) known.set(s.data.id, s.data);
  for (const u of found) known.set(u.id, u);
  const options = [
    ...missing.map((x) => known.get(x)).filter((u): u is OrgUnit => !!u),
    ...found.filter((u) => !excludeIds?.includes(u.id)),
  ].map((u) => ({ value: u.id, label: u.name, unit: u }));

  return (
    <Select<number | number[]>
      id={id}
      {...aria}
      mode={mode}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={(value ?? undefined) as number | number[] | undefined}
      onChange={(v) => {
        const list = v == null ? [] : Array.isArray(v) ? v : [v];
        onChange?.(
          v ?? null,
          list.map((x) => known.get(x)).filter((u): u is OrgUnit => !!u),
        );
        setSearch('');
      }}
      onOpenChange={setOpen}
      placeholder={placeholder ?? t('unitSelect.placeholder')}
      allowClear={allowClear}
      disabled={disabled}
      style={{ width: '100%', ...style }}
      options={options}
      optionRender={(o) => <UnitLine unit={(o.data as { unit: OrgUnit }).unit} />}
      notFoundContent={results.isFetching ? <Spin size="small" /> : t('unitSelect.notFound')}
      loading={results.isFetching}
      maxTagCount="responsive"
    />
  );
}
