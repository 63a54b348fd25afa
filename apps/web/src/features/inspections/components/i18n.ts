import { useI18n } from '../../../i18n/index.tsx';
import type { MessageKey } from '../../../i18n/keys.ts';
import type { inspectionsVi } from '../messages.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The feature's message keys (from messages.ts) and the app's own. */
export type InspectionsMessageKey = `inspections.${Leaves<typeof inspectionsVi>}` | MessageKey;

/** The i18n of the feature, with `t` checked against the feature's own dictionary. */
export function useInspectionsI18n() {
  const i18n = useI18n();
  const t = (key: InspectionsMessageKey, params?: Record<string, string | number>) =>
    (i18n.t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params);
  return { i18n, t };
}
