import { Flex, Select, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { AnswerUnit, Paged } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { useDebounced } from '../../../shared/hooks.ts';
import { http } from '../../../shared/http.ts';
import { useAnswersI18n } from './i18n.ts';

type Value = number | number[] | null | undefined;
export interface UnitOption {
  id: number;
  name: string;
  code?: string;
}

/** An option's second line: the unit's kind and the unit it belongs to. */
function UnitOptionLine({ unit }: { unit: UnitOption & Partial<AnswerUnit> }) {
  const { kindLabel, lang } = useI18n();
  const { t } = useAnswersI18n();
  return (
    <Flex vertical style={{ minWidth: 0, lineHeight: 1.3, padding: '2px 0' }}>
      <Typography.Text style={{ whiteSpace: 'normal' }} lang={lang === 'vi' ? undefined : 'vi'}>
        {unit.name}
      </Typography.Text>
      {unit.kind && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {unit.parentName
            ? t('answers.unitLine', { kind: kindLabel(unit.kind), parent: unit.parentName })
            : kindLabel(unit.kind)}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * The units an item may be addressed or assigned to: the active units of the province the user files
 * in (GET /answers/units, answers:file). The Front and the People's Council office address agencies
 * outside their own subtree, which the org tree (GET /org/units) does not show them. Searched on the
 * server without diacritics ("tu phap" finds "Sở Tư pháp"). `known` gives the names of units already
 * chosen (e.g. the source's addressee).
 */
export function AnswerUnitSelect({
  value,
  onChange,
  mode,
  known = [],
  id,
  disabled,
  testId,
  ...aria
}: {
  value?: Value;
  /** The chosen value, and the chosen units' names (for a default elsewhere in the form). */
  onChange?: (v: Value, units: UnitOption[]) => void;
  mode?: 'multiple';
  known?: UnitOption[];
  id?: string;
  disabled?: boolean;
  testId?: string;
  'aria-label'?: string;
}) {
  const { t } = useAnswersI18n();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebounced(search.trim(), 250);
  const results = useQuery({
    queryKey: ['answers', 'units', q],
    queryFn: ({ signal }) => http.get<Paged<AnswerUnit>>('/answers/units', { q, pageSize: 30 }, signal),
    enabled: open || q.length > 0,
    staleTime: 30_000,
  });
  const options = useMemo(() => {
    const seen = new Map<number, UnitOption & Partial<AnswerUnit>>();
    for (const u of known) seen.set(u.id, u);
    for (const u of results.data?.items ?? []) seen.set(u.id, u);
    return [...seen.values()].map((u) => ({ value: u.id, label: u.name, unit: u }));
  }, [known, results.data]);
  return (
    <Select<number | number[]>
      id={id}
      {...aria}
      mode={mode}
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={(value ?? undefined) as number | number[] | undefined}
      onChange={(v) => {
        const ids = v == null ? [] : Array.isArray(v) ? v : [v];
        onChange?.(
          v ?? null,
          options.filter((o) => ids.includes(o.value)).map((o) => ({ id: o.value, name: o.label })),
        );
        setSearch('');
      }}
      onOpenChange={setOpen}
      placeholder={t('answers.unitPlaceholder')}
      allowClear
      disabled={disabled}
      style={{ width: '100%' }}
      options={options}
      optionRender={(o) => <UnitOptionLine unit={(o.data as (typeof options)[number]).unit} />}
      notFoundContent={results.isFetching ? <Spin size="small" /> : t('answers.unitNotFound')}
      loading={results.isFetching}
      maxTagCount="responsive"
    />
  );
}
