import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Drawer, Flex, List, Table, Typography } from 'antd';
import type { ColumnType, SorterResult } from 'antd/es/table/interface';
import { type Key, type ReactNode } from 'react';
import { useFocusableScrollBoxes } from '../hooks.ts';
import type { Paged } from '@danvan/contracts';
import { useI18n } from '../../i18n/index.tsx';
import type { Query } from '../http.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ExportButton } from '../components/ExportButton.tsx';
import { FileAttachments } from '../components/FileAttachments.tsx';
import { RegisterFilters } from './RegisterFilters.tsx';
import { ActionsCell } from './RowActions.tsx';
import type { RegisterTableProps } from './types.ts';
import { useLocalState, type Sort, type Spec } from './useUrlState.ts';

// ---------------------------------------------------------------------------------------------
// Pieces

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'vi');
}

// ---------------------------------------------------------------------------------------------
// The register

/**
 * A register's body: the filter bar, the table (or list) with paging and sorting from the URL, the
 * row actions, the empty state, loading and errors, and the files drawer. At phone width the bar
 * wraps and the table scrolls inside its card.
 */
export function RegisterTable<T extends object, S extends Spec>(props: RegisterTableProps<T, S>) {
  const { t } = useI18n();
  const { query, rowKey, filters, files } = props;
  const local = useLocalState<S>(undefined, { pageSize: props.pageSize });
  const box = useFocusableScrollBoxes();
  const state = props.state ?? local;
  const data = query.data;
  // a list the server answers whole (one page holding every row) is filtered, sorted and paged here
  const server = !!data && !Array.isArray(data) && !(data.page === 1 && data.items.length === data.total);
  let rows: T[] = !data ? [] : Array.isArray(data) ? data : data.items;
  let total = server ? (data as Paged<T>).total : rows.length;

  if (!server) {
    if (props.clientFilter) rows = rows.filter(props.clientFilter);
    const sort = state.sort;
    const col = sort && props.columns.find((c) => c.sortKey === sort.field);
    if (sort && col?.sortValue) {
      const get = col.sortValue;
      const dir = sort.order === 'descend' ? -1 : 1;
      rows = [...rows].sort((a, b) => dir * compare(get(a), get(b)));
    }
    total = rows.length;
    rows = rows.slice((state.page - 1) * state.pageSize, state.page * state.pageSize);
  }

  // a page's own row-action column (key 'actions') stays in view like the built-in one: at 1366 px the
  // table scrolls and the actions would otherwise sit off to the right
  const columns: ColumnType<T>[] = props.columns.map(({ sortKey, sortValue: _s, ...col }) => {
    const c: ColumnType<T> =
      col.key === 'actions' && col.fixed === undefined ? { ...col, fixed: 'right' } : col;
    return sortKey
      ? {
          ...c,
          key: sortKey,
          sorter: true,
          sortOrder: state.sort?.field === sortKey ? state.sort.order : null,
        }
      : c;
  });
  if (props.actions?.length) {
    const actions = props.actions;
    columns.push({
      title: '',
      key: 'actions',
      width: props.actionsWidth ?? Math.max(56, 36 * actions.filter((a) => !a.menu).length + 20),
      fixed: 'right',
      render: (_: unknown, row: T) => <ActionsCell row={row} actions={actions} />,
    });
  }

  const emptyText = query.isLoading ? (
    ' '
  ) : state.active ? (
    <EmptyState simple={props.emptySimple} description={props.emptyFiltered ?? t('empty.noResults')}>
      <Button icon={<ClearOutlined />} onClick={state.reset}>
        {t('register.clearFilters')}
      </Button>
    </EmptyState>
  ) : (
    <EmptyState simple={props.emptySimple} description={props.empty ?? t('empty.default')} />
  );

  const pagination =
    total > Math.min(state.pageSize, ...(props.pageSizeOptions ?? [state.pageSize])) || state.page > 1
      ? {
          current: state.page,
          pageSize: state.pageSize,
          total,
          showSizeChanger: !!props.pageSizeOptions,
          pageSizeOptions: props.pageSizeOptions,
          showTotal: (n: number) => t('common.total', { total: n }),
          onChange: (p: number, size: number) => state.setPage(p, size),
        }
      : false;

  const body = (
    <>
      {filters && filters.length > 0 && (
        <RegisterFilters state={state} filters={filters} labelled={props.labelled} toolbar={props.toolbar} />
      )}
      {!filters?.length && props.toolbar && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          {props.toolbar}
        </Flex>
      )}
      <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
      {props.above}
      {props.renderItem ? (
        <List<T>
          loading={query.isLoading}
          dataSource={rows}
          rowKey={(r) => r[rowKey] as Key}
          locale={{ emptyText }}
          pagination={pagination ? { ...pagination, showSizeChanger: false, align: 'center' } : false}
          renderItem={props.renderItem}
        />
      ) : (
        <div ref={box}>
          <Table<T>
            rowKey={rowKey}
            loading={query.isFetching}
            dataSource={rows}
            columns={columns}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText }}
            pagination={pagination}
            {...props.table}
            onChange={(_p, _f, sorter) => {
              const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
              // a sortable column's key is its sortKey
              const field = s?.order && s.columnKey !== undefined ? String(s.columnKey) : null;
              const next: Sort | null = field && s?.order ? { field, order: s.order } : null;
              const cur = state.sort;
              if (next?.field !== cur?.field || next?.order !== cur?.order) state.setSort(next);
            }}
          />
        </div>
      )}
      {files && (
        <Drawer
          open={files.row !== null}
          onClose={files.onClose}
          size={560}
          title={files.row ? files.title(files.row) : ''}
          data-testid="files-drawer"
        >
          {files.row && (
            <>
              {files.intro && <Typography.Paragraph>{files.intro(files.row)}</Typography.Paragraph>}
              <FileAttachments
                entity={files.entity}
                entityId={files.id(files.row)}
                canWrite={files.canWrite(files.row)}
                compact
              />
            </>
          )}
        </Drawer>
      )}
      {props.children}
    </>
  );

  if (props.card === false) return body;
  return (
    <Card
      title={props.card?.title}
      extra={props.card?.extra}
      style={props.card?.style}
      styles={{ body: { overflowX: 'hidden' } }}
    >
      {body}
    </Card>
  );
}

export interface RegisterHeaderProps {
  /** The page's h1; also its document title when it is a string (see PageHeader). */
  title: ReactNode;
  /** The document title when `title` is not plain text. */
  documentTitle?: string;
  subtitle?: ReactNode;
  /** The primary action ("Thêm …"); shown only when `canCreate`. */
  create?: { label: string; onClick: () => void; testId?: string; icon?: ReactNode };
  /** From the list's or the unit's `can.create` (or the permission until the list carries it). */
  canCreate?: boolean;
  /** An export (.xlsx) with the same filters as the list. */
  exportPath?: string;
  exportQuery?: Query;
  /** More buttons in the header, left of export and create. */
  headerExtra?: ReactNode;
  /** Content between the header and the register (e.g. the unit's requirements). */
  before?: ReactNode;
  /** Dialogs of the page (form modals, drawers). */
  modals?: ReactNode;
}

/** The frame of a register page: the header with title, export and primary action, then `children`. */
export function RegisterFrame({
  title,
  documentTitle,
  subtitle,
  create,
  canCreate,
  exportPath,
  exportQuery,
  headerExtra,
  before,
  modals,
  children,
}: RegisterHeaderProps & { children: ReactNode }) {
  const hasExtra = !!headerExtra || !!exportPath || (!!create && !!canCreate);
  return (
    <div style={{ minWidth: 0 }}>
      <PageHeader
        title={title}
        documentTitle={documentTitle}
        subtitle={subtitle}
        extra={
          hasExtra ? (
            <>
              {headerExtra}
              {exportPath && <ExportButton path={exportPath} query={exportQuery} />}
              {create && canCreate && (
                <Button
                  type="primary"
                  icon={create.icon ?? <PlusOutlined />}
                  onClick={create.onClick}
                  data-testid={create.testId}
                >
                  {create.label}
                </Button>
              )}
            </>
          ) : undefined
        }
      />
      {before}
      {children}
      {modals}
    </div>
  );
}

/** A register page: the frame's header, then one register. */
export function RegisterPage<T extends object, S extends Spec>(
  props: RegisterHeaderProps & RegisterTableProps<T, S>,
) {
  // each part reads its own props; the page's children go after the table
  return (
    <RegisterFrame {...props}>
      <RegisterTable<T, S> {...props} />
    </RegisterFrame>
  );
}
