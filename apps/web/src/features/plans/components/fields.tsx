import { Flex, Select, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { UnitSelector } from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import { useI18n, useT } from '../../../i18n/index.tsx';
import { formatDate } from '../../../shared/format.ts';
import { useDebounced } from '../../../shared/hooks.ts';
import { UnitSelect } from '../../../shared/components/UnitSelect.tsx';
import { useGroups } from '../../org/api.ts';
import { useGuidingDocs } from '../api.ts';

const EMPTY: UnitSelector = { groups: [], kinds: [], unitIds: [] };

/** Which units: by group, by kind and by a list (their union), as one form value. */
export function UnitSelectorInput({
  value,
  onChange,
  id,
}: {
  value?: UnitSelector | null;
  onChange?: (v: UnitSelector) => void;
  id?: string;
}) {
  const { t, kindLabel } = useI18n();
  const groups = useGroups();
  const v = { ...EMPTY, ...(value ?? {}) };
  const set = (patch: Partial<UnitSelector>) => onChange?.({ ...v, ...patch });
  const codes = (key: 'groups' | 'kinds', options: { value: string; label: string }[], loading?: boolean) => (
    <Select
      mode="multiple"
      allowClear
      aria-label={t(`plans.selector.${key}`)}
      placeholder={t(`plans.selector.${key}`)}
      value={v[key]}
      onChange={(list: string[]) => set({ [key]: list })}
      loading={loading}
      options={options}
      data-testid={`selector-${key}`}
    />
  );
  return (
    <Flex vertical gap={8} id={id}>
      {codes(
        'groups',
        (groups.data ?? []).map((g) => ({ value: g.code, label: g.name })),
        groups.isLoading,
      )}
      {codes(
        'kinds',
        UNIT_KINDS.filter((k) => !k.validTo).map((k) => ({ value: k.code, label: kindLabel(k.code) })),
      )}
      <UnitSelect
        mode="multiple"
        aria-label={t('plans.selector.units')}
        placeholder={t('plans.selector.units')}
        value={v.unitIds}
        onChange={(ids) => set({ unitIds: (Array.isArray(ids) ? ids : ids ? [ids] : []) as number[] })}
      />
    </Flex>
  );
}

/** A unit in a table: its name, and under it its code (and kind) in small grey text. */
export function UnitCell({ name, code, kind }: { name: string; code: string; kind?: string }) {
  const { kindLabel } = useI18n();
  return (
    <div>
      {name}
      <div style={{ fontSize: 12, color: 'var(--ant-color-text-description)' }}>
        {code}
        {kind && ` · ${kindLabel(kind)}`}
      </div>
    </div>
  );
}

/** A selector in a few words, for tables. */
export function SelectorText({ value }: { value: UnitSelector | null | undefined }) {
  const { t, kindLabel } = useI18n();
  const groups = useGroups();
  if (!value) return <>—</>;
  const names = new Map((groups.data ?? []).map((g) => [g.code, g.name]));
  return (
    <Flex gap={4} wrap>
      {value.groups.map((g) => (
        <Tag key={g} color="blue">
          {names.get(g) ?? g}
        </Tag>
      ))}
      {value.kinds.map((k) => (
        <Tag key={k} color="purple">
          {kindLabel(k)}
        </Tag>
      ))}
      {value.unitIds.length > 0 && (
        <Tag>{t('plans.selector.unitCount', { count: value.unitIds.length })}</Tag>
      )}
    </Flex>
  );
}

/** Chooses guiding documents the unit may cite (its own and those its superiors share). */
export function DocSelect({
  value,
  onChange,
  unitId,
  id,
}: {
  value?: number[];
  onChange?: (v: number[]) => void;
  unitId?: number;
  id?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const docs = useGuidingDocs({ q, unitId, pageSize: 50 }, !!unitId);
  const [known, setKnown] = useState(new Map<number, string>());
  const options = (docs.data?.items ?? []).map((d) => ({
    value: d.id,
    label: `${d.numberSymbol} (${formatDate(d.issuedOn)}) — ${d.title}`,
  }));
  const labels = new Map(known);
  for (const o of options) labels.set(o.value, o.label);
  const selected = (value ?? []).map((x) => ({ value: x, label: labels.get(x) ?? `#${x}` }));
  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      placeholder={t('plans.documents.select')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={value ?? []}
      onChange={(ids: number[]) => {
        const next = new Map(known);
        for (const o of options) if (ids.includes(o.value)) next.set(o.value, o.label);
        setKnown(next);
        onChange?.(ids);
        setSearch('');
      }}
      loading={docs.isFetching}
      options={[...selected.filter((s) => !options.some((o) => o.value === s.value)), ...options]}
      optionRender={(o) => (
        <Tooltip title={String(o.label)} placement="left">
          <Typography.Text style={{ whiteSpace: 'normal' }}>{o.label}</Typography.Text>
        </Tooltip>
      )}
      maxTagCount="responsive"
    />
  );
}
