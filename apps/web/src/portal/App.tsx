import { lazy, Suspense } from 'react';
import { LANGS, setLang, useSiteI18n } from './i18n.ts';
import { BASE, href, Link, useLocation } from './router.tsx';
import { portalPages, SECTION_PATH } from './registry.ts';
import { Loading } from './components/ui.tsx';
import HomePage from './pages/HomePage.tsx';
import NotFoundPage from './pages/NotFoundPage.tsx';

const SectionPage = lazy(() => import('./pages/SectionPage.tsx'));

function LanguageSwitch() {
  const { lang, t } = useSiteI18n();
  return (
    <div className="lang" role="group" aria-label={t('site.layout.language')}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          onClick={() => setLang(l)}
          data-testid={`lang-${l}`}
        >
          {t(`site.layout.lang.${l}`)}
        </button>
      ))}
    </div>
  );
}

/** The portal's frame: skip link, banner with the language switch, the menu, the page, the footer. */
export function App() {
  const { t } = useSiteI18n();
  const { path } = useLocation();
  const current = portalPages().find((p) => p.path === path);
  const Page = current?.page ?? (path === SECTION_PATH ? SectionPage : undefined);
  return (
    <>
      <a className="skip" href="#noi-dung">
        {t('site.layout.skip')}
      </a>
      <header className="top">
        <div className="top-in">
          <Link to={BASE} className="brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span>{t('site.layout.brand')}</span>
          </Link>
          <LanguageSwitch />
        </div>
        <nav className="nav" aria-label={t('site.layout.menu')}>
          <ul>
            <li>
              <Link to={BASE} aria-current={path === '/' ? 'page' : undefined}>
                {t('site.nav.home')}
              </Link>
            </li>
            {portalPages().map((p) => (
              <li key={p.key}>
                <Link to={href(p.path)} aria-current={path === p.path ? 'page' : undefined}>
                  {t(p.navKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="noi-dung" tabIndex={-1}>
        {path === '/' ? (
          <HomePage />
        ) : Page ? (
          <Suspense fallback={<Loading />}>
            <Page key={path} />
          </Suspense>
        ) : (
          <NotFoundPage />
        )}
      </main>
      <footer className="foot">
        <div className="foot-in">
          <p>{t('site.layout.footer')}</p>
          <p>
            <Link to={href('/tra-cuu')}>{t('site.nav.lookup')}</Link> ·{' '}
            <a href="/login">{t('site.layout.staff')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
