import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.tsx';

/** "Chưa có dữ liệu" (or the given text), with an optional action below. */
export function EmptyState({
  description,
  children,
  simple,
}: {
  description?: ReactNode;
  children?: ReactNode;
  simple?: boolean;
}) {
  const t = useT();
  return (
    <Empty
      image={simple ? Empty.PRESENTED_IMAGE_SIMPLE : undefined}
      description={description ?? t('empty.default')}
      style={{ margin: '24px 0' }}
    >
      {children}
    </Empty>
  );
}
