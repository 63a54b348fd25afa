import { useEffect } from 'react';
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
