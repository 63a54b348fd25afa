import { SearchOutlined } from '@ant-design/icons';
import { Card, Flex, Input, List, Spin, Switch, Tree, Typography } from 'antd';
import type { OrgUnit } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ErrorAlert } from '../../../shared/components/ErrorAlert.tsx';
import { UnitLine } from '../../../shared/components/UnitSelect.tsx';
import type { OrgTree } from './useOrgTree.tsx';

/** The left panel of the org page: the search box, the inactive switch, then the results or the tree. */
export function OrgTreePanel({ tree, height }: { tree: OrgTree; height: number }) {
  const { t } = useI18n();
  const { results, roots, selectedId } = tree;
  const searching = tree.q.length > 0;
  return (
    <Card
      style={{ width: 420, flexShrink: 0, height }}
      styles={{ body: { padding: 12, height: '100%', display: 'flex', flexDirection: 'column' } }}
    >
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('org.searchPlaceholder')}
        value={tree.search}
        onChange={(e) => tree.setSearch(e.target.value)}
        onPressEnter={() => results.data?.items[0] && tree.reveal(results.data.items[0])}
        aria-label={t('org.searchPlaceholder')}
      />
      <Flex align="center" gap={8} style={{ margin: '10px 2px' }}>
        <Switch
          size="small"
          checked={tree.includeInactive}
          onChange={tree.toggleInactive}
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
                  onClick={() => tree.reveal(u)}
                  style={{
                    background: u.id === selectedId ? '#e6f0fb' : undefined,
                    paddingInline: 8,
                    borderRadius: 4,
                  }}
                >
                  <UnitLine unit={u} />
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
            ref={tree.treeRef as any}
            className="dv-tree"
            aria-label={t('org.title')}
            blockNode
            showLine={{ showLeafIcon: false }}
            height={height - 130}
            treeData={tree.treeData}
            loadData={tree.loadData}
            loadedKeys={Object.keys(tree.children)}
            expandedKeys={tree.expanded}
            onExpand={(keys) => tree.setExpanded(keys)}
            selectedKeys={selectedId ? [String(selectedId)] : []}
            onSelect={(keys) => keys.length && tree.select(Number(keys[0]))}
          />
        )}
      </div>
    </Card>
  );
}
