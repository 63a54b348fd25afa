import { Flex, theme, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../../i18n/index.tsx';

/**
 * Sets the document title to "<page> · Dân vận chính quyền" (what a screen reader announces, what the
 * browser's tabs and history show). PageHeader calls it; a page without a PageHeader (login, home,
 * error pages) calls it itself. The layout resets the title on each new address first, so a page
 * still loading never shows the previous page's title.
 */
export function usePageTitle(title: string | undefined) {
  const t = useT();
  const { pathname } = useLocation();
  const brand = t('app.brand');
  useEffect(() => {
    document.title = title ? `${title} · ${brand}` : brand;
  }, [title, brand, pathname]);
}

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
