import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { ListCan, PageQuery, Paged } from '@danvan/contracts';
import type { Ctx } from './context.ts';

/** The rows of one page in SQL terms. */
export interface PageWindow {
  limit: number;
  offset: number;
}

/** `page`/`pageSize` of a list query (PageQuery of contracts) as the SQL window. */
export function pageWindow(q: PageQuery): PageWindow {
  return { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
}

/**
 * The rows of a list in their whole order, ending with a tie-breaker (`desc(t.id)`), not yet cut to a
 * page: a Drizzle select after `.orderBy(…)`, not awaited (the window is added to it), or, for raw
 * SQL, a function that runs the query with the window.
 */
export type RowsQuery<R> =
  | { limit(limit: number): { offset(offset: number): PromiseLike<R[]> } }
  | ((window: PageWindow) => PromiseLike<R[]>);

/**
 * How many rows the same filter matches, as a Drizzle builder not yet awaited (it runs when listPage
 * awaits it): `db.$count(table, where)`, or `db.select(countAll()).from(…same joins…).where(where)`.
 */
export type CountQuery = PromiseLike<number> | PromiseLike<{ n: number }[]>;

/** What a repository answers for a list: the rows and their count, both still to run. */
export interface ListQuery<R> {
  rows: RowsQuery<R>;
  count: CountQuery;
}

/** `count(*)` as an int, for `db.select(countAll())` in a list's CountQuery. */
export const countAll = () => ({ n: sql<number>`count(*)::int` });

/** Runs the rows of a ListQuery over one window (also for exports and lookups that take every row). */
export function fetchRows<R>(rows: RowsQuery<R>, w: PageWindow): PromiseLike<R[]> {
  return typeof rows === 'function' ? rows(w) : rows.limit(w.limit).offset(w.offset);
}

/** A list read whole in memory and paged there (a plan's tasks, the themes that apply to a unit). */
export function memoryList<R>(all: R[]): ListQuery<R> {
  return {
    rows: (w) => Promise.resolve(all.slice(w.offset, w.offset + w.limit)),
    count: Promise.resolve(all.length),
  };
}

export interface ListPageSpec<R, T> extends ListQuery<R> {
  /** Rows → the contract's items (a batch, so a presenter may load what the page's rows need). */
  present: (rows: R[]) => T[] | Promise<T[]>;
  /**
   * The list's `can` (listCan of core/scope.ts), on the lists where records are created; a function
   * when it needs a query (it runs after the page).
   */
  can?: ListCan | (() => ListCan | Promise<ListCan>);
}

const inTransaction = (ctx: Pick<Ctx, 'db'>) =>
  Boolean((ctx as { inTx?: boolean }).inTx) || ctx.db instanceof PgTransaction;

/**
 * One page of a list in the one envelope `{ items, total, page, pageSize, can }`: the window from
 * `page`/`pageSize`, the page's rows and the count (side by side on the pool; one after the other
 * inside a transaction, which holds one connection), the rows presented, the `can` added.
 */
export function listPage<R, T>(
  ctx: Pick<Ctx, 'db'>,
  q: PageQuery,
  spec: ListPageSpec<R, T> & Required<Pick<ListPageSpec<R, T>, 'can'>>,
): Promise<Paged<T> & { can: ListCan }>;
export function listPage<R, T>(
  ctx: Pick<Ctx, 'db'>,
  q: PageQuery,
  spec: ListPageSpec<R, T>,
): Promise<Paged<T>>;
export async function listPage<R, T>(
  ctx: Pick<Ctx, 'db'>,
  q: PageQuery,
  spec: ListPageSpec<R, T>,
): Promise<Paged<T>> {
  const w = pageWindow(q);
  let rows: R[], counted: number | { n: number }[];
  if (inTransaction(ctx)) {
    rows = await fetchRows(spec.rows, w);
    counted = await spec.count;
  } else {
    [rows, counted] = await Promise.all([fetchRows(spec.rows, w), spec.count]);
  }
  const total = typeof counted === 'number' ? counted : Number(counted[0]?.n ?? 0);
  const items = await spec.present(rows);
  const can = typeof spec.can === 'function' ? await spec.can() : spec.can;
  return { items, total, page: q.page, pageSize: q.pageSize, ...(can ? { can } : {}) };
}

/**
 * A list read whole because it is small by nature (a record's files, the org groups, a year's
 * calendar days, the units of one period): the same envelope as a paged list, as one page holding
 * every row (page 1, pageSize = total), so every list the API answers has one shape.
 */
export function wholeList<T>(items: T[], can?: ListCan): Paged<T> {
  return { items, total: items.length, page: 1, pageSize: items.length, ...(can ? { can } : {}) };
}
