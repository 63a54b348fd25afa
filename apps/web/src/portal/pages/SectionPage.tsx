import type { PortalHome } from '@danvan/contracts';
import { portalApi } from '../api.ts';
import { useSiteI18n } from '../i18n.ts';
import { usePageTitle, useQueryParam } from '../router.tsx';
import { ErrorNotice, Loading, useData } from '../components/ui.tsx';
import { SectionList } from '../components/SectionList.tsx';
import NotFoundPage from './NotFoundPage.tsx';

function Section({ section }: { section: PortalHome['sections'][number] }) {
  const { t, lang } = useSiteI18n();
  usePageTitle(section.title[lang], t('site.brand'));
  return (
    <>
      <h1>{section.title[lang]}</h1>
      <SectionList section={section.key} searchLabel={t('site.section.search')} />
    </>
  );
}

/**
 * A section the server registered and no module gave a page of its own (consultations, published
 * inspection results …): its items in the one shape every section answers.
 */
export default function SectionPage() {
  const [key] = useQueryParam('k');
  const home = useData((signal) => portalApi.home(signal), []);
  if (home.error) return <ErrorNotice error={home.error} onRetry={home.reload} />;
  if (!home.data) return <Loading />;
  const section = home.data.sections.find((s) => s.key === key);
  return section ? <Section section={section} /> : <NotFoundPage />;
}
