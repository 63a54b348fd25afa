import { useT } from '../../../i18n/index.tsx';
import { param, type FilterDef, type Param } from '../../../shared/register/index.ts';
import { useGroupOptions } from '../../org/api.ts';

/** The URL values of the per-unit views of a plan (compliance, matrix): a group of units and a unit search. */
export const unitParams = () => ({ group: param.text(), q: param.search() });
type UnitSpec = ReturnType<typeof unitParams>;

/** The group-of-units control of a register whose URL state has a `group`. */
export function groupFilter<S extends { group: Param<string> }>(
  placeholder: string,
  options: { value: string; label: string }[],
): FilterDef<S> {
  return { type: 'select', key: 'group', placeholder, width: 220, options };
}

/** The filter controls of those two values (for a spec that holds `unitParams()`). */
export function useUnitFilters(groupPlaceholder: string) {
  const t = useT();
  const groups = useGroupOptions();
  const group = groupFilter<UnitSpec>(groupPlaceholder, groups);
  const search: FilterDef<UnitSpec> = {
    type: 'search',
    key: 'q',
    placeholder: t('plans.matrix.unitSearch'),
    width: 240,
  };
  return { group, search };
}
