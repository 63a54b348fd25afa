import type { PortalHome } from '@danvan/contracts';
import { portalApi } from '../api.ts';
import { useSiteI18n } from '../i18n.ts';
import { formatDate, formatNumber } from '../format.ts';
import { href, Link, usePageTitle } from '../router.tsx';
import { sectionHref } from '../registry.ts';
import { ErrorNotice, Loading, useData } from '../components/ui.tsx';
import { ItemCard } from '../components/ItemCard.tsx';

const PREVIEW = 3;

/** A section of the home page: its title, how many items it holds, the first few, a link to all. */
function HomeSection({ section }: { section: PortalHome['sections'][number] }) {
  const { t, lang } = useSiteI18n();
  const items = useData(
    (signal) => portalApi.section(section.key, { pageSize: PREVIEW }, signal),
    [section.key],
  );
  const id = `home-${section.key}`;
  return (
    <section className="section" aria-labelledby={id} data-testid={`home-section-${section.key}`}>
      <div className="section-head">
        <h2 id={id}>{section.title[lang]}</h2>
        <Link to={sectionHref(section.key)} data-testid={`home-more-${section.key}`}>
          {t('site.home.more', { count: section.count })}
          <span className="visually-hidden">: {section.title[lang]}</span>
        </Link>
      </div>
      {items.loading && !items.data ? (
        <Loading />
      ) : items.error ? (
        <ErrorNotice error={items.error} onRetry={items.reload} />
      ) : items.data && items.data.items.length === 0 ? (
        <p className="empty">{t('site.home.sectionEmpty')}</p>
      ) : (
        <ul className="cards two">
          {items.data?.items.map((it) => (
            <li key={it.id}>
              <ItemCard item={it} headingLevel={3} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The home page: what the portal is for, the two main actions, the satisfaction index, and the
 * sections the server's registry lists (schedules, published answers, recognised models …).
 */
export default function HomePage() {
  const { t, lang } = useSiteI18n();
  usePageTitle(t('site.home.title'), t('site.brand'));
  const home = useData((signal) => portalApi.home(signal), []);
  const s = home.data?.satisfaction;
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('site.home.title')}</h1>
        <p className="lead">{t('site.home.lead')}</p>
        <div className="actions">
          <Link to={href('/gui')} className="btn btn-primary" data-testid="home-submit">
            {t('site.home.submit')}
          </Link>
          <Link to={href('/tra-cuu')} className="btn" data-testid="home-lookup">
            {t('site.home.lookup')}
          </Link>
        </div>
        {s && (
          <p className="meta" data-testid="home-satisfaction">
            {s.index === null
              ? t('site.home.satisfactionNone')
              : t('site.home.satisfaction', {
                  index: formatNumber(s.index, lang, 2),
                  n: s.n,
                  from: formatDate(s.from),
                  to: formatDate(s.to),
                })}
          </p>
        )}
        <p className="meta">
          <Link to={href('/danh-gia')} data-testid="home-rate">
            {t('site.home.rate')}
          </Link>
        </p>
      </section>
      {home.error ? <ErrorNotice error={home.error} onRetry={home.reload} /> : null}
      {home.loading && !home.data ? <Loading /> : null}
      {home.data?.sections.map((sec) => (
        <HomeSection key={sec.key} section={sec} />
      ))}
    </>
  );
}
