import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Paged } from '@danvan/contracts';
import { useDebounced } from '../../../shared/hooks.ts';
import { http, isApiError } from '../../../shared/http.ts';
import { useAnswersI18n } from './i18n.ts';

type Value = number | number[] | null | undefined;
export interface UnitOption {
  id: number;
  name: string;
  code?: string;
}

/**
 * The units an item may be addressed or assigned to. The Front and the People's Council office
 * address agencies outside their own subtree, so the answers module lists them (GET /answers/units);
 * where that list is not offered the user's own units (GET /org/units) are searched instead.
 * `known` gives the names of units already chosen (e.g. the source's addressee).
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
    queryFn: async ({ signal }) => {
      try {
        return await http.get<Paged<UnitOption>>('/answers/units', { q, pageSize: 30 }, signal);
      } catch (e) {
        if (isApiError(e) && e.status === 404)
          return http.get<Paged<UnitOption>>('/org/units', { q, pageSize: 30 }, signal);
        throw e;
      }
    },
    enabled: open || q.length > 0,
    staleTime: 30_000,
  });
  const options = useMemo(() => {
    const seen = new Map<number, UnitOption>();
    for (const u of known) seen.set(u.id, u);
    for (const u of results.data?.items ?? []) seen.set(u.id, u);
    return [...seen.values()].map((u) => ({ value: u.id, label: u.name }));
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
      notFoundContent={results.isFetching ? <Spin size="small" /> : t('answers.unitNotFound')}
      loading={results.isFetching}
      maxTagCount="responsive"
    />
  );
}
