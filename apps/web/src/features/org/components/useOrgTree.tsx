import { Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type Key } from 'react';
import { useSearchParams } from 'react-router';
import type { OrgUnit, Paged } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { http } from '../../../shared/http.ts';
import { formatDate } from '../../../shared/format.ts';
import { useNotify } from '../../../shared/hooks.ts';
import { param, useUrlState } from '../../../shared/register/index.ts';
import { fetchChildren, orgKeys } from '../api.ts';

const SEARCH_PAGE = 50;

function ancestorIds(u: Pick<OrgUnit, 'path'>): number[] {
  return u.path.split('/').filter(Boolean).map(Number).slice(0, -1);
}

export type TreeHandle = {
  scrollTo: (o: { key: Key; align?: 'top' | 'bottom' | 'auto'; offset?: number }) => void;
};

/**
 * The org tree's state: the roots and the levels loaded so far, the expanded nodes, and in the
 * address the selected unit (`?unit=`), the search (`?q=`, diacritic-insensitive, on the server) and
 * the inactive switch (`?inactive=1`); `reveal` opens the tree down to a unit and selects it.
 */
export function useOrgTree() {
  const { t } = useI18n();
  const notify = useNotify();
  const qc = useQueryClient();

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

  // the search and the inactive switch are in the address too (a reload or a link shows the same)
  const view = useUrlState({ q: param.search(), inactive: param.flag() });
  const includeInactive = view.filters.inactive;
  const setIncludeInactive = (v: boolean) => view.setFilter('inactive', v);
  const search = view.draft.q;
  const setSearch = (v: string) => view.setFilter('q', v);
  const q = view.filters.q;
  const [children, setChildren] = useState<Record<number, OrgUnit[]>>({});
  const childrenRef = useRef(children);
  const [expanded, setExpanded] = useState<Key[]>([]);
  const treeRef = useRef<TreeHandle>(null);
  const pendingScroll = useRef<number | null>(null);

  const roots = useQuery({
    queryKey: orgKeys.roots,
    queryFn: () => http.get<Paged<OrgUnit>>('/org/roots'),
    select: (d: Paged<OrgUnit>) => d.items,
  });
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

  /** Reveals a unit known by its id only (a link, the detail panel); else just selects it. */
  const revealId = useCallback(
    (id: number, fallback?: () => void) =>
      http
        .get<OrgUnit>(`/org/units/${id}`)
        .then(reveal)
        .catch(fallback ?? (() => undefined)),
    [reveal],
  );

  // On arrival: open the tree to the unit in the address, or open the first root.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !roots.data?.length) return;
    started.current = true;
    const first = roots.data[0];
    if (selectedId !== null) {
      void revealId(selectedId, () => select(first.id));
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
    if (!known) void revealId(selectedId);
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

  return {
    selectedId,
    select,
    includeInactive,
    toggleInactive,
    search,
    setSearch,
    q,
    results,
    roots,
    children,
    expanded,
    setExpanded,
    treeRef,
    treeData,
    loadData,
    reveal,
    revealId,
    reloadTree,
  };
}

export type OrgTree = ReturnType<typeof useOrgTree>;
