import type { TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table/interface';
import type { CSSProperties, ReactNode } from 'react';
import type { Paged } from '@danvan/contracts';
import type { Labels } from '../components/EnumTag.tsx';
import type { Spec, UrlState } from './useUrlState.ts';

// ---------------------------------------------------------------------------------------------
// Declarations a page gives

interface FilterBase<S extends Spec> {
  key: keyof S & string;
  /** Shown above the control when the bar is `labelled`, and always its accessible name. */
  label?: string;
  placeholder?: string;
  width?: number;
  testId?: string;
}

/** One control of the filter bar, bound to one value of the URL state. */
export type FilterDef<S extends Spec> =
  | (FilterBase<S> & { type: 'search' })
  | (FilterBase<S> & {
      type: 'select';
      options: { value: string | number; label: string }[];
      showSearch?: boolean;
    })
  /** A closed list with the shared vocabulary's labels (e.g. GUIDING_DOCUMENT_KIND_LABELS). */
  | (FilterBase<S> & { type: 'enum'; labels: Labels; codes: readonly string[]; showSearch?: boolean })
  | (FilterBase<S> & { type: 'year'; min?: number; max?: number })
  | (FilterBase<S> & { type: 'unit'; includeInactive?: boolean })
  | (FilterBase<S> & { type: 'check'; text: ReactNode })
  | (FilterBase<S> & { type: 'segmented'; options: { value: string; label: ReactNode }[] })
  /**
   * A span of calendar days held in two values of the state ('YYYY-MM-DD', either may be empty):
   * `key` its first day, `to` its last; one change sets both.
   */
  | (FilterBase<S> & {
      type: 'dateRange';
      label: string;
      to: keyof S & string;
      /** The two boxes' placeholders (default: the date picker's own). */
      placeholders?: [string, string];
    })
  /** Anything else (a user picker, a month): the page renders it from the state. */
  | { type: 'custom'; key: string; label?: string; width?: number; render: (id: string) => ReactNode };

/** A row action: an icon button (or an entry of the "more" menu), shown when `visible(row)`. */
export interface RowAction<T> {
  key: string;
  icon: ReactNode;
  label: string;
  onClick: (row: T) => unknown;
  /** From the row's `can` flags; shown always when absent. */
  visible?: (row: T) => boolean;
  /** Destructive actions ask first. */
  confirm?: string | ((row: T) => string);
  /** The confirmation's button text (default: the action's label). */
  confirmOk?: string;
  danger?: boolean;
  /** In the "more" menu instead of an icon button. */
  menu?: boolean;
  testId?: string;
}

/** A column; `sortKey` makes it sortable (on the server, or with `sortValue` on the loaded rows). */
export type RegisterColumn<T> = ColumnType<T> & {
  sortKey?: string;
  sortValue?: (row: T) => string | number | null | undefined;
};

export interface FilesDrawer<T> {
  /** The file owner's entity name (see modules/files registerFileOwner). */
  entity: string;
  row: T | null;
  onClose: () => void;
  id: (row: T) => number;
  title: (row: T) => ReactNode;
  canWrite: (row: T) => boolean;
  intro?: (row: T) => ReactNode;
}

export type ListData<T> = Paged<T> | T[];

/** What a react-query result gives the register. */
export interface RegisterQuery<T> {
  data?: ListData<T>;
  isLoading: boolean;
  isFetching: boolean;
  error: unknown;
  refetch: () => unknown;
}

export interface RegisterTableProps<T, S extends Spec> {
  /**
   * Filters, page and sort from `useUrlState` (a register page: shareable, survives a reload). Without
   * it the table keeps its own page and sort (`useLocalState`), e.g. an import's preview.
   */
  state?: UrlState<S>;
  /** Rows a page when the table keeps its own state (no `state`). */
  pageSize?: number;
  query: RegisterQuery<T>;
  rowKey: keyof T & string;
  columns: RegisterColumn<T>[];
  filters?: FilterDef<S>[];
  /** Labels above the filter controls (forms-like bar) instead of placeholders only. */
  labelled?: boolean;
  /** Buttons after the filters (e.g. refresh). */
  toolbar?: ReactNode;
  actions?: RowAction<T>[];
  actionsWidth?: number;
  /** For a list loaded whole: which rows the current filters keep (server lists filter themselves). */
  clientFilter?: (row: T) => boolean;
  empty?: ReactNode;
  /** The empty text when a filter is set (default "Không tìm thấy kết quả phù hợp"). */
  emptyFiltered?: ReactNode;
  /** The small empty picture (a list inside a card, drawer or dialog). */
  emptySimple?: boolean;
  files?: FilesDrawer<T>;
  /** A list instead of a table (e.g. notifications). */
  renderItem?: (row: T) => ReactNode;
  pageSizeOptions?: number[];
  /** `false` for no card around the table (inside tabs); else the card's title and extra. */
  card?: false | { title?: ReactNode; extra?: ReactNode; style?: CSSProperties };
  /** Further props of the antd Table (onRow, expandable, size, scroll…). */
  table?: Omit<TableProps<T>, 'columns' | 'dataSource' | 'rowKey' | 'pagination' | 'loading'>;
  /** Between the filter bar and the table (e.g. a summary of the filtered rows). */
  above?: ReactNode;
  /** Rendered after the table (e.g. a drawer of the rows). */
  children?: ReactNode;
}
