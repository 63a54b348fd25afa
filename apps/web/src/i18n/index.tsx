import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ROLE_LABELS, type Role } from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import { vi } from './vi.ts';
import { en } from './en.ts';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'dv.lang';

type Dict = { [k: string]: string | Dict };
const base: Record<Lang, Dict> = { vi, en };
/** Messages that features bring (merged under their own top-level keys). */
const extra: Record<Lang, Dict> = { vi: {}, en: {} };

function deepMerge(into: Dict, from: Dict): void {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    if (typeof v === 'object' && cur && typeof cur === 'object') deepMerge(cur, v);
    else into[k] = typeof v === 'object' ? structuredClone(v) : v;
  }
}

/**
 * A feature adds its own messages, e.g. `{ vi: { plans: {...} }, en: { plans: {...} } }`; they merge
 * deeply, so a feature may also add e.g. `audit.entities.plan`.
 */
export function registerMessages(messages: { vi: Dict; en: Dict }): void {
  deepMerge(extra.vi, messages.vi);
  deepMerge(extra.en, messages.en);
}

/** The keys directly under a prefix (e.g. 'audit.entities' → ['org_unit', 'user', …]), both sources. */
export function messageKeys(prefix: string): string[] {
  const at = (d: Dict) => {
    let cur: string | Dict | undefined = d;
    for (const part of prefix.split('.')) cur = typeof cur === 'object' ? cur[part] : undefined;
    return typeof cur === 'object' ? Object.keys(cur) : [];
  };
  return [...new Set([...at(base.vi), ...at(extra.vi)])];
}

function lookup(dict: Dict, key: string): string | undefined {
  let cur: string | Dict | undefined = dict;
  for (const part of key.split('.')) {
    if (cur === undefined || typeof cur === 'string') return undefined;
    cur = cur[part];
  }
  return typeof cur === 'string' ? cur : undefined;
}

export type Params = Record<string, string | number | null | undefined>;

export function translate(lang: Lang, key: string, params?: Params): string {
  const raw =
    lookup(extra[lang], key) ?? lookup(base[lang], key) ?? lookup(extra.vi, key) ?? lookup(base.vi, key);
  if (raw === undefined) return key;
  if (!params) return raw;
  return raw.replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined || params[name] === null ? m : String(params[name]),
  );
}

export function hasKey(lang: Lang, key: string): boolean {
  return lookup(extra[lang], key) !== undefined || lookup(base[lang], key) !== undefined;
}

export function storedLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: string, params?: Params) => string;
  /** True when the key has a message (used to translate error codes only where we know them). */
  has: (key: string) => boolean;
  roleLabel: (role: Role | string) => string;
  kindLabel: (kind: string) => string;
}

const Ctx = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((l: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      /* private mode: keep it in memory */
    }
    document.documentElement.lang = l;
    setLangState(l);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      has: (key) => hasKey(lang, key),
      roleLabel: (role) => ROLE_LABELS[role as Role]?.[lang] ?? role,
      kindLabel: (kind) => {
        const k = UNIT_KINDS.find((u) => u.code === kind);
        return k ? (lang === 'vi' ? k.nameVi : k.nameEn) : kind;
      },
    }),
    [lang, setLang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

/** The translate function of the current language. */
export function useT() {
  return useI18n().t;
}
