/**
 * i18n on i18next + react-i18next, messages in ICU MessageFormat (i18next-icu, intl-messageformat):
 * `{name}` placeholders, `{count, plural, one {# unit} other {# units}}`, `{n, number}`, `{d, date}`.
 * Dictionaries are nested objects, vi (the default and the fallback) and en with the same keys:
 * the base ones in ./vi.ts and ./en.ts, and each feature's in features/<m>/messages.ts, added through
 * `registerMessages` (the feature registry does it). `npm run verify` runs scripts/i18n-check.mjs over
 * all of them (same keys, ICU syntax, no empty value, every literal `t('…')` key exists).
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import IntlMessageFormat from 'intl-messageformat';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { AUDIT_LABEL_MESSAGES, ROLE_LABELS, type Role } from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import { vi } from './vi.ts';
import { en } from './en.ts';
import type { KeyCheck } from './keys.ts';

export type { MessageKey } from './keys.ts';
export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'dv.lang';
const NS = 'translation';

export type Dict = { [k: string]: string | Dict };
export type Params = Record<string, string | number | null | undefined>;

export function storedLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function setHtmlLang(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/**
 * A message whose parameters were not all given formats with the missing ones left as `{name}`
 * (as the hand-written t() did), rather than falling back to the raw ICU source.
 */
function formatWithGaps(res: string, options: Record<string, unknown>): string {
  try {
    const values = new Proxy(options, {
      has: () => true,
      get: (o, k) => (o[k as string] ?? `{${String(k)}}`) as unknown,
    });
    return String(new IntlMessageFormat(res, i18n.language, undefined, { ignoreTag: true }).format(values));
  } catch {
    return res;
  }
}

export const i18n = i18next.createInstance();
void i18n
  .use(ICU)
  .use(initReactI18next)
  .init({
    resources: { vi: { [NS]: structuredClone(vi) }, en: { [NS]: structuredClone(en) } },
    lng: typeof localStorage === 'undefined' ? 'vi' : storedLang(),
    fallbackLng: 'vi',
    supportedLngs: LANGS,
    ns: [NS],
    defaultNS: NS,
    // Keys are dotted paths only: audit action codes carry ':' ('status:done').
    nsSeparator: false,
    keySeparator: '.',
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    i18nFormat: {
      parseErrorHandler: (_err: unknown, _key: string, res: string, options: Record<string, unknown>) =>
        formatWithGaps(res, options),
    },
    react: { useSuspense: false },
  });
setHtmlLang(i18n.language);
i18n.on('languageChanged', setHtmlLang);
// The audit trail's action and entity names, shared with the server's export (packages/contracts).
registerMessages(AUDIT_LABEL_MESSAGES);

/**
 * A feature adds its own messages, e.g. `{ vi: { plans: {...} }, en: { plans: {...} } }`; they merge
 * deeply, so a feature may also add e.g. `audit.entities.plan`.
 */
export function registerMessages(messages: { vi: Dict; en: Dict }): void {
  for (const lang of LANGS) i18n.addResourceBundle(lang, NS, structuredClone(messages[lang]), true, true);
}

function resource(lang: Lang, key: string): unknown {
  return i18n.getResource(lang, NS, key);
}

/** The keys directly under a prefix (e.g. 'audit.entities' → ['org_unit', 'user', …]), in vi. */
export function messageKeys(prefix: string): string[] {
  const at = resource('vi', prefix);
  return at && typeof at === 'object' ? Object.keys(at) : [];
}

/** True when the language itself (not its fallback) has a message for the key. */
export function hasKey(lang: Lang, key: string): boolean {
  return typeof resource(lang, key) === 'string';
}

/** The message of a key in a language (falling back to Vietnamese, then to the key itself). */
export function translate(lang: Lang, key: string, params?: Params): string {
  return i18n.t(key, { ...(params as Record<string, unknown>), lng: lang }) as string;
}

/**
 * The translate function. A literal key must exist in the typed dictionaries (`t('typo.key')` does
 * not compile); a template key (`audit.actions.${code}`) must match at least one; a plain `string`
 * is accepted (the i18n check and the fallback to the key cover it).
 */
export type TFunction = <K extends string>(key: K & KeyCheck<K>, params?: Params) => string;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: TFunction;
  /** True when the key has a message (used to translate error codes only where we know them). */
  has: (key: string) => boolean;
  roleLabel: (role: Role | string) => string;
  kindLabel: (kind: string) => string;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

export function useI18n(): I18n {
  const { i18n: inst } = useTranslation();
  const lang: Lang = inst.language === 'en' ? 'en' : 'vi';
  const setLang = useCallback(
    (l: Lang) => {
      try {
        localStorage.setItem(STORAGE_KEY, l);
      } catch {
        /* private mode: keep it in memory */
      }
      void inst.changeLanguage(l);
    },
    [inst],
  );
  return useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: ((key: string, params?: Params) => translate(lang, key, params)) as TFunction,
      has: (key) => hasKey(lang, key),
      roleLabel: (role) => ROLE_LABELS[role as Role]?.[lang] ?? role,
      kindLabel: (kind) => {
        const k = UNIT_KINDS.find((u) => u.code === kind);
        return k ? (lang === 'vi' ? k.nameVi : k.nameEn) : kind;
      },
    }),
    [lang, setLang],
  );
}

/** The translate function of the current language. */
export function useT(): TFunction {
  return useI18n().t;
}
