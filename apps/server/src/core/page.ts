import type { ListCan, Paged } from '@danvan/contracts';

/**
 * A list read whole because it is small by nature (a record's files, the org groups, a year's
 * calendar days, the units of one period): the same envelope as a paged list, as one page holding
 * every row (page 1, pageSize = total), so every list the API answers has one shape.
 */
export function wholeList<T>(items: T[], can?: ListCan): Paged<T> {
  return { items, total: items.length, page: 1, pageSize: items.length, ...(can ? { can } : {}) };
}
