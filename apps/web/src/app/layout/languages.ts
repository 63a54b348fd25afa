import type { Lang } from '../../i18n/index.tsx';

/** The languages of the interface, each named in itself (the same in both languages). */
export const LANGUAGES: { value: Lang; label: string; title: string }[] = [
  { value: 'vi', label: 'VI', title: 'Tiếng Việt' },
  { value: 'en', label: 'EN', title: 'English' },
];
