import { useT } from '../i18n.ts';
import { BASE, Link, usePageTitle } from '../router.tsx';

export default function NotFoundPage() {
  const t = useT();
  usePageTitle(t('site.notFound.title'), t('site.brand'));
  return (
    <>
      <h1>{t('site.notFound.title')}</h1>
      <p>{t('site.notFound.text')}</p>
      <Link to={BASE}>{t('site.notFound.home')}</Link>
    </>
  );
}
