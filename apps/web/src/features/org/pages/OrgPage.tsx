import { ImportOutlined, MergeCellsOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, List, Spin, Switch, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type Key } from 'react';
import { useSearchParams } from 'react-router';
import type { OrgUnit, Paged } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { formatDate } from '../../../shared/format.ts';
import { useDebounced, useNotify, useWindowHeight } from '../../../shared/hooks.ts';
import { usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { fetchChildren, orgKeys } from '../api.ts';
import { UnitDetail, type UnitAction } from '../components/UnitDetail.tsx';
import {
  CreateChildModal,
  DeactivateUnitModal,
  EditUnitModal,
  MoveUnitModal,
} from '../components/UnitModals.tsx';
import { MergeModal } from '../components/MergeModal.tsx';
import { SplitModal } from '../components/SplitModal.tsx';
import { ImportModal } from '../components/ImportModal.tsx';

type Dialog = { action: UnitAction | 'import' | 'mergeAny'; unit: OrgUnit | null } | null;

const SEARCH_PAGE = 50;

function ancestorIds(u: Pick<OrgUnit, 'path'>): number[] {
  return u.path.split('/').filter(Boolean).map(Number).slice(0, -1);
}

/**
 * The org tree: lazily loaded from the user's roots, searchable (diacritic-insensitive on the server),
 * with a detail panel and the actions each unit's `can` allows.
 */
export default function OrgPage() {
  const { t, kindLabel } = useI18n();
  const notify = useNotify();
  const qc = useQueryClient();
  const canWrite = usePermission('org:write');
  const winH = useWindowHeight();
  const panelH = Math.max(420, winH - 160);

  const [params, setParams] = useSearchParams();
  const selectedId = params.get('unit') ? Number(params.get('unit')) : null;
  const select = useCallback(
    (id: number | null) =>
      setParams(
        (p) => {
          const n = new URLSearchParams(p);
          if (id === null) n.delete('unit');
          else n.set('unit', String(id));
          return n;
        },
        { replace: true },
      ),
    [setParams],
  );

  const [includeInactive, setIncludeInactive] = useState(false);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [children, setChildren] = useState<Record<number, OrgUnit[]>>({});
  const childrenRef = useRef(children);
  const [expanded, setExpanded] = useState<Key[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const treeRef = useRef<{
    scrollTo: (o: { key: Key; align?: 'top' | 'bottom' | 'auto'; offset?: number }) => void;
  }>(null);
  const pendingScroll = useRef<number | null>(null);

  const roots = useQuery({ queryKey: orgKeys.roots, queryFn: () => http.get<OrgUnit[]>('/org/roots') });
  const results = useQuery({
    queryKey: orgKeys.search(q, includeInactive),
    queryFn: ({ signal }) =>
      http.get<Paged<OrgUnit>>('/org/units', { q, includeInactive, pageSize: SEARCH_PAGE }, signal),
    enabled: q.length > 0,
  });

  const commitChildren = useCallback((next: Record<number, OrgUnit[]>) => {
    childrenRef.current = next;
    setChildren(next);
  }, []);

  /** Reloads the roots and every loaded level (after a change, or when the inactive toggle flips). */
  const reloadTree = useCallback(
    async (inactive: boolean) => {
      await qc.invalidateQueries({ queryKey: orgKeys.all });
      const parents = Object.keys(childrenRef.current).map(Number);
      try {
        const entries = await Promise.all(
          parents.map(async (p) => [p, await fetchChildren(p, inactive)] as const),
        );
        commitChildren(Object.fromEntries(entries));
      } catch (e) {
        notify.error(e);
      }
    },
    [qc, notify, commitChildren],
  );

  /** Opens the tree down to a unit and selects it (showing inactive units when it is one). */
  const reveal = useCallback(
    async (u: OrgUnit) => {
      let inactive = includeInactive;
      if (!u.active && !inactive) {
        inactive = true;
        setIncludeInactive(true);
        await reloadTree(true);
      }
      const rootIds = new Set((roots.data ?? []).map((r) => r.id));
      const chain = ancestorIds(u);
      const start = chain.findIndex((id) => rootIds.has(id));
      const path = start < 0 ? [] : chain.slice(start);
      const loaded = { ...childrenRef.current };
      try {
        for (const id of path) if (!loaded[id]) loaded[id] = await fetchChildren(id, inactive);
      } catch (e) {
        notify.error(e);
      }
      commitChildren(loaded);
      setExpanded((ex) => [...new Set([...ex, ...path.map(String)])]);
      select(u.id);
      pendingScroll.current = u.id;
    },
    [roots.data, includeInactive, notify, select, reloadTree, commitChildren],
  );

  // On arrival: open the tree to the unit in the address, or open the first root.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !roots.data?.length) return;
    started.current = true;
    const first = roots.data[0];
    if (selectedId !== null) {
      http
        .get<OrgUnit>(`/org/units/${selectedId}`)
        .then(reveal)
        .catch(() => select(first.id));
      return;
    }
    fetchChildren(first.id, includeInactive)
      .then((list) => {
        commitChildren({ ...childrenRef.current, [first.id]: list });
        setExpanded([String(first.id)]);
      })
      .catch(notify.error);
    select(first.id);
  }, [roots.data]);

  const toggleInactive = (v: boolean) => {
    setIncludeInactive(v);
    void reloadTree(v);
  };

  const loadData = async (node: TreeDataNode) => {
    const id = Number(node.key);
    if (childrenRef.current[id]) return;
    try {
      const list = await fetchChildren(id, includeInactive);
      commitChildren({ ...childrenRef.current, [id]: list });
    } catch (e) {
      notify.error(e);
    }
  };

  // a unit chosen from elsewhere (a link, a notification, the history tab) is opened in the tree
  useEffect(() => {
    if (!started.current || selectedId === null) return;
    const known =
      roots.data?.some((r) => r.id === selectedId) ||
      Object.values(childrenRef.current).some((list) => list.some((u) => u.id === selectedId));
    if (!known)
      http
        .get<OrgUnit>(`/org/units/${selectedId}`)
        .then(reveal)
        .catch(() => undefined);
  }, [selectedId]);

  // scroll the tree to a revealed unit once the tree is on screen (not while search results show)
  useEffect(() => {
    if (pendingScroll.current !== null && treeRef.current && q.length === 0) {
      const key = String(pendingScroll.current);
      pendingScroll.current = null;
      // after the expand animation, when the node is in the virtual list
      for (const ms of [80, 450])
        setTimeout(() => treeRef.current?.scrollTo({ key, align: 'top', offset: 60 }), ms);
    }
  });

  const treeData = useMemo(() => {
    const build = (units: OrgUnit[]): TreeDataNode[] =>
      units.map((u) => ({
        key: String(u.id),
        // childCount counts active sub-units only; a unit whose sub-units all ended shows as a leaf
        isLeaf: children[u.id] ? children[u.id].length === 0 : (u.childCount ?? 0) === 0,
        className: u.active ? undefined : 'ant-tree-treenode-inactive',
        title: (
          <span title={u.name} data-unit-id={u.id}>
            {u.name}
            {!u.active && u.validTo && (
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                ({t('org.endedOn', { date: formatDate(u.validTo) })})
              </Typography.Text>
            )}
          </span>
        ),
        children: children[u.id] ? build(children[u.id]) : undefined,
      }));
    return build(roots.data ?? []);
  }, [roots.data, children, t]);

  const afterChange = async (unit: OrgUnit | null, text: string) => {
    setDialog(null);
    notify.success(text);
    await reloadTree(includeInactive);
    if (unit) await reveal(unit);
  };

  const treeHeight = panelH - 130;
  const searching = q.length > 0;

  return (
    <>
      <PageHeader
        title={t('org.title')}
        subtitle={t('org.subtitle')}
        extra={
          <>
            {canWrite && (
              <Button
                icon={<MergeCellsOutlined />}
                onClick={() => setDialog({ action: 'mergeAny', unit: null })}
              >
                {t('org.actions.merge')}
              </Button>
            )}
            {canWrite && (
              <Button icon={<ImportOutlined />} onClick={() => setDialog({ action: 'import', unit: null })}>
                {t('org.actions.import')}
              </Button>
            )}
            <ExportButton path="/org/export.xlsx" query={{ includeInactive, q: q || undefined }}>
              {t('org.actions.export')}
            </ExportButton>
          </>
        }
      />
      <Flex gap={16} align="stretch">
        <Card
          style={{ width: 420, flexShrink: 0, height: panelH }}
          styles={{ body: { padding: 12, height: '100%', display: 'flex', flexDirection: 'column' } }}
        >
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('org.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onPressEnter={() => results.data?.items[0] && reveal(results.data.items[0])}
            aria-label={t('org.searchPlaceholder')}
          />
          <Flex align="center" gap={8} style={{ margin: '10px 2px' }}>
            <Switch
              size="small"
              checked={includeInactive}
              onChange={toggleInactive}
              id="org-include-inactive"
            />
            <label htmlFor="org-include-inactive" style={{ fontSize: 13, cursor: 'pointer' }}>
              {t('org.showInactive')}
            </label>
          </Flex>
          <div style={{ flex: 1, minHeight: 0, overflow: searching ? 'auto' : 'hidden' }}>
            {searching ? (
              <div data-testid="org-search-results">
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('org.results', { total: results.data?.total ?? 0 })}
                </Typography.Text>
                <ErrorAlert error={results.error} />
                <List<OrgUnit>
                  size="small"
                  loading={results.isFetching}
                  dataSource={results.data?.items ?? []}
                  locale={{ emptyText: <EmptyState simple description={t('empty.noResults')} /> }}
                  renderItem={(u) => (
                    <List.Item
                      className="dv-clickable-row"
                      onClick={() => reveal(u)}
                      style={{
                        background: u.id === selectedId ? '#e6f0fb' : undefined,
                        paddingInline: 8,
                        borderRadius: 4,
                      }}
                    >
                      <Flex vertical style={{ minWidth: 0 }}>
                        <Typography.Text className={u.active ? undefined : 'dv-muted'}>
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
                    </List.Item>
                  )}
                />
                {results.data && results.data.total > results.data.items.length && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('org.moreResults', { shown: results.data.items.length, total: results.data.total })}
                  </Typography.Text>
                )}
              </div>
            ) : roots.isLoading ? (
              <Spin />
            ) : roots.error ? (
              <ErrorAlert error={roots.error} onRetry={() => roots.refetch()} />
            ) : (roots.data ?? []).length === 0 ? (
              <EmptyState description={t('org.noRoots')} />
            ) : (
              <Tree
                ref={treeRef as any}
                className="dv-tree"
                aria-label={t('org.title')}
                blockNode
                showLine={{ showLeafIcon: false }}
                height={treeHeight}
                treeData={treeData}
                loadData={loadData}
                loadedKeys={Object.keys(children)}
                expandedKeys={expanded}
                onExpand={(keys) => setExpanded(keys)}
                selectedKeys={selectedId ? [String(selectedId)] : []}
                onSelect={(keys) => keys.length && select(Number(keys[0]))}
              />
            )}
          </div>
        </Card>
        <div style={{ flex: 1, minWidth: 0 }}>
          {selectedId ? (
            <UnitDetail
              key={selectedId}
              unitId={selectedId}
              height={panelH}
              onSelect={(id) => {
                http
                  .get<OrgUnit>(`/org/units/${id}`)
                  .then(reveal)
                  .catch(() => select(id));
              }}
              onAction={(action, unit) => setDialog({ action, unit })}
            />
          ) : (
            <Card style={{ height: panelH }}>
              <EmptyState description={t('org.selectHint')} />
            </Card>
          )}
        </div>
      </Flex>

      {dialog?.unit && (
        <>
          <CreateChildModal
            unit={dialog.unit}
            open={dialog.action === 'createChild'}
            onClose={() => setDialog(null)}
            onDone={(u) => afterChange(u, t('org.messages.created', { name: u.name }))}
          />
          <EditUnitModal
            unit={dialog.unit}
            open={dialog.action === 'edit'}
            onClose={() => setDialog(null)}
            onDone={(u) => afterChange(u, t('org.messages.updated'))}
          />
          <MoveUnitModal
            unit={dialog.unit}
            open={dialog.action === 'move'}
            onClose={() => setDialog(null)}
            onDone={(u) => afterChange(u, t('org.messages.moved'))}
          />
          <DeactivateUnitModal
            unit={dialog.unit}
            open={dialog.action === 'deactivate'}
            onClose={() => setDialog(null)}
            onDone={(u) => afterChange(u, t('org.messages.deactivated'))}
          />
          <SplitModal
            unit={dialog.unit}
            open={dialog.action === 'split'}
            onClose={() => setDialog(null)}
            onDone={(parts) =>
              afterChange(parts[0] ?? null, t('org.messages.split', { count: parts.length }))
            }
          />
        </>
      )}
      <MergeModal
        source={dialog?.action === 'merge' ? dialog.unit : null}
        open={dialog?.action === 'merge' || dialog?.action === 'mergeAny'}
        onClose={() => setDialog(null)}
        onDone={(u) => afterChange(u, t('org.messages.merged', { name: u.name }))}
      />
      <ImportModal
        open={dialog?.action === 'import'}
        onClose={() => setDialog(null)}
        onDone={(r) => afterChange(null, t('org.messages.imported', r))}
      />
    </>
  );
}
