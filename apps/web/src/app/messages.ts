/**
 * App-wide messages of the layout's accessibility aids (the skip link), merged into the dictionaries
 * like a feature's (providers.tsx). vi and en have the same keys.
 */
export const appVi = {
  a11y: {
    skipToContent: 'Bỏ qua đến nội dung chính',
  },
};

export const appEn: typeof appVi = {
  a11y: {
    skipToContent: 'Skip to main content',
  },
};

/** The i18n key of one of these messages (i18n/keys.ts does not list this dictionary yet). */
export const a11yKey = (k: keyof typeof appVi.a11y): string => `a11y.${k}`;
