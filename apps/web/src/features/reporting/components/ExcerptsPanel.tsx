import { Button, Collapse, List, Space, Typography } from 'antd';
import { useState } from 'react';
import type { CompilationSection } from '@danvan/contracts';
import { useT } from '../../../i18n/index.tsx';
import { StatusTag } from './tags.tsx';

type Excerpt = CompilationSection['narratives'][number];

const clamp = {
  display: '-webkit-box',
  WebkitLineClamp: 4,
  WebkitBoxOrient: 'vertical' as const,
  overflow: 'hidden',
};

/** One unit's text: four lines, the whole on demand (no measuring: a province has many units). */
function ExcerptText({ text }: { text: string }) {
  const t = useT();
  const [full, setFull] = useState(false);
  const long = text.length > 300 || text.split('\n').length > 4;
  return (
    <>
      <div style={{ whiteSpace: 'pre-line', ...(full ? {} : clamp) }}>{text}</div>
      {long && (
        <Typography.Link onClick={() => setFull(!full)} style={{ fontSize: 12 }}>
          {full ? t('reporting.report.excerptLess') : t('reporting.report.excerptMore')}
        </Typography.Link>
      )}
    </>
  );
}

/**
 * The units' own texts of a section: beside the province report's editor, where "Chèn" puts one into
 * the section, and on the compilation tab. Folded until opened, so a province's hundreds of texts cost
 * nothing until read.
 */
export function ExcerptsPanel({
  excerpts,
  onInsert,
}: {
  excerpts: Excerpt[];
  onInsert?: (e: Excerpt) => void;
}) {
  const t = useT();
  if (!excerpts.length) return null;
  const list = (
    <div style={{ maxHeight: 360, overflowY: 'auto' }}>
      {onInsert && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('reporting.report.excerptsHint')}
        </Typography.Text>
      )}
      <List
        size="small"
        dataSource={excerpts}
        rowKey="unitId"
        renderItem={(e) => (
          <List.Item
            actions={
              onInsert
                ? [
                    <Button
                      key="insert"
                      size="small"
                      aria-label={t('reporting.report.insertAria', { unit: e.unitName })}
                      onClick={() => onInsert(e)}
                    >
                      {t('reporting.report.insert')}
                    </Button>,
                  ]
                : undefined
            }
          >
            <div style={{ minWidth: 0 }}>
              <Space size={4} wrap>
                <strong>{e.unitName}</strong>
                <StatusTag status={e.status} />
              </Space>
              <ExcerptText text={e.text} />
            </div>
          </List.Item>
        )}
      />
    </div>
  );
  return (
    <Collapse
      size="small"
      destroyOnHidden
      data-testid="excerpts"
      items={[{ key: 'x', label: t('reporting.report.excerpts', { n: excerpts.length }), children: list }]}
    />
  );
}
