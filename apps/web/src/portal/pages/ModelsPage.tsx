import { useT } from '../i18n.ts';
import { usePageTitle } from '../router.tsx';
import { SectionList } from '../components/SectionList.tsx';

/** The recognised "Dân vận khéo" models (the models module's section of the portal). */
export default function ModelsPage() {
  const t = useT();
  usePageTitle(t('site.models.title'), t('site.brand'));
  return (
    <>
      <h1>{t('site.models.title')}</h1>
      <p className="lead">{t('site.models.lead')}</p>
      <SectionList section="models" searchLabel={t('site.models.search')} />
    </>
  );
}
