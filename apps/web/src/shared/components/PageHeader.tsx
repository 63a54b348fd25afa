import { Flex, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle.ts';

export { usePageTitle };

/**
 * The title row of a page: the page's one h1 (and its document title), one line of explanation, and
 * the page's actions on the right. `title` may be rich (a tag beside it); then `documentTitle` gives
 * the plain text for the document title.
 */
export function PageHeader({
  title,
  documentTitle,
  subtitle,
  extra,
}: {
  title: ReactNode;
  documentTitle?: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
}) {
  const { token } = theme.useToken();
  usePageTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>
        <Typography.Title
          level={1}
          style={{ margin: 0, fontSize: token.fontSizeHeading4, lineHeight: token.lineHeightHeading4 }}
        >
          {title}
        </Typography.Title>
        {subtitle && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {subtitle}
          </Typography.Text>
        )}
      </div>
      {extra && (
        <Flex gap={8} wrap align="center">
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
