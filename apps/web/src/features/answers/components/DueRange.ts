import type { FilterDef } from '../../../shared/register/index.ts';
import type { Spec, UrlState } from '../../../shared/register/useUrlState.ts';
import type { AnswersMessageKey } from './i18n.ts';

/**
 * A due-date window of a filter bar, as the shared register's `dateRange` filter: two calendar days
 * held in the URL as 'YYYY-MM-DD' (either may be empty), `key` the first and `to` the last, named
 * "Hạn trả lời trong khoảng", its boxes "Từ ngày" / "Đến ngày". The page's URL state is passed for
 * its keys' type only.
 */
export function dueRange<S extends Spec>(
  _state: UrlState<S>,
  t: (key: AnswersMessageKey) => string,
  key: keyof S & string,
  to: keyof S & string,
): FilterDef<S> {
  return {
    type: 'dateRange',
    key,
    to,
    label: t('answers.filter.due'),
    placeholders: [t('answers.filter.dueFrom'), t('answers.filter.dueTo')],
    width: 260,
    testId: 'filter-due',
  };
}
