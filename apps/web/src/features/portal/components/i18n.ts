import { useI18n } from '../../../i18n/index.tsx';

/** The i18n of the feature; its `t` is the app's, checked against every dictionary (i18n/keys.ts). */
export function usePortalI18n() {
  const i18n = useI18n();
  return { i18n, t: i18n.t };
}
