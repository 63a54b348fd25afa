import { ImportOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import type { OrgUnit } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import { useNotify, useWindowHeight } from '../../../shared/hooks.ts';
import { usePermission } from '../../../shared/session.ts';
import { PageHeader } from '../../../shared/components/PageHeader.tsx';
import { EmptyState } from '../../../shared/components/EmptyState.tsx';
import { ExportButton } from '../../../shared/components/ExportButton.tsx';
import { UnitDetail } from '../components/UnitDetail.tsx';
import { UnitDialogs, type Dialog } from '../components/UnitDialogs.tsx';
import { OrgTreePanel } from '../components/OrgTreePanel.tsx';
import { useOrgTree } from '../components/useOrgTree.tsx';

/**
 * The org tree: lazily loaded from the user's roots, searchable (diacritic-insensitive on the server),
 * with a detail panel and the actions each unit's `can` allows.
 */
export default function OrgPage() {
  const { t } = useI18n();
  const notify = useNotify();
  const canWrite = usePermission('org:write');
  const winH = useWindowHeight();
  const panelH = Math.max(420, winH - 160);
  const tree = useOrgTree();
  const { selectedId, includeInactive, q } = tree;
  const [dialog, setDialog] = useState<Dialog>(null);
  // the unit a dialog just created or changed: its detail panel takes the focus
  const [changedId, setChangedId] = useState<number | null>(null);

  const afterChange = async (unit: OrgUnit | null, text: string) => {
    setDialog(null);
    setChangedId(unit?.id ?? null);
    notify.success(text);
    await tree.reloadTree(includeInactive);
    if (unit) await tree.reveal(unit);
  };

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
        <OrgTreePanel tree={tree} height={panelH} />
        <div style={{ flex: 1, minWidth: 0 }}>
          {selectedId ? (
            <UnitDetail
              key={selectedId}
              unitId={selectedId}
              height={panelH}
              onSelect={(id) => void tree.revealId(id, () => tree.select(id))}
              onAction={(action, unit) => setDialog({ action, unit })}
              takeFocus={changedId === selectedId}
            />
          ) : (
            <Card style={{ height: panelH }}>
              <EmptyState description={t('org.selectHint')} />
            </Card>
          )}
        </div>
      </Flex>
      <UnitDialogs dialog={dialog} onClose={() => setDialog(null)} done={afterChange} />
    </>
  );
}
