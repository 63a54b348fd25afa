/**
 * The portal's i18n: i18next with ICU MessageFormat (i18next-icu), like the staff app, but its own
 * instance holding only the portal's messages (./messages.ts, under `site`), so the staff dictionaries
 * never reach the citizens' bundle. Vietnamese first (default and fallback), English through the same
 * keys; the choice is kept in localStorage under its own key.
 */
import { useCallback, useSyncExternalStore } from 'react';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { siteEn, siteVi } from './messages.ts';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'dv.portal.lang';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every key of the portal's messages ('site.home.title' …). */
export type SiteKey = `site.${Leaves<typeof siteVi>}`;
export type Params = Record<string, string | number | null | undefined>;
/** The members of K that name no message (a template member must match at least one key). */
type UnknownSiteKeys<K extends string> = K extends SiteKey
  ? never
  : [Extract<SiteKey, K>] extends [never]
    ? K
    : never;
/** `unknown` for a valid key (or a plain `string`), an impossible type naming the bad key otherwise. */
export type SiteKeyCheck<K extends string> = string extends K
  ? unknown
  : [UnknownSiteKeys<K>] extends [never]
    ? unknown
    : `no message key "${UnknownSiteKeys<K>}"`;
/**
 * The translate function, checked as the staff app's (i18n/keys.ts): a literal key must exist
 * (`t('site.home.titlee')` does not compile); a template key (`site.kind.${code}`) is a plain string.
 */
export type SiteT = <K extends string>(key: K & SiteKeyCheck<K>, params?: Params) => string;

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export const i18n = i18next.createInstance();
void i18n.use(ICU).init({
  resources: { vi: { translation: { site: siteVi } }, en: { translation: { site: siteEn } } },
  lng: typeof localStorage === 'undefined' ? 'vi' : storedLang(),
  fallbackLng: 'vi',
  supportedLngs: LANGS,
  nsSeparator: false,
  keySeparator: '.',
  initAsync: false,
  returnNull: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
});

function setHtmlLang(lang: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
setHtmlLang(i18n.language);
i18n.on('languageChanged', setHtmlLang);

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for the page */
  }
  void i18n.changeLanguage(lang);
}

const subscribe = (fn: () => void) => {
  i18n.on('languageChanged', fn);
  return () => i18n.off('languageChanged', fn);
};
const currentLang = () => (i18n.language === 'en' ? 'en' : 'vi') as Lang;

/** The current language and its translate function; re-renders when the language changes. */
export function useSiteI18n(): { lang: Lang; t: SiteT; has: (key: string) => boolean } {
  const lang = useSyncExternalStore(subscribe, currentLang, currentLang);
  const t = useCallback<SiteT>(
    (key, params) => i18n.t(key, { ...(params as Record<string, unknown>), lng: lang }) as string,
    [lang],
  );
  const has = useCallback((key: string) => i18n.exists(key, { lng: lang }), [lang]);
  return { lang, t, has };
}

export const useT = (): SiteT => useSiteI18n().t;
