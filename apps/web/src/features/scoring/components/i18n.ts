import { useI18n } from '../../../i18n/index.tsx';
import { formatNumber } from '../../../shared/format.ts';
import type { MessageKey } from '../../../i18n/keys.ts';
import type { scoringVi } from '../messages.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The feature's message keys (from messages.ts) and the app's own. */
export type ScoringMessageKey = `scoring.${Leaves<typeof scoringVi>}` | MessageKey;

/** The i18n of the feature, with `t` checked against the feature's own dictionary. */
export function useScoringI18n() {
  const i18n = useI18n();
  const t = (key: ScoringMessageKey, params?: Record<string, string | number>) =>
    (i18n.t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params);
  // points in the reader's format (1.234,5; at most two decimals); '—' when none
  const num = (n: number | null | undefined) => formatNumber(n, i18n.lang);
  return { i18n, t, num };
}
