/**
 * Type-level tests of the typed keys (checked by `tsc -p apps/web`, part of `npm run verify`):
 * each `@ts-expect-error` line must fail to compile, or the type check fails.
 */
import type { SiteT } from '../portal/i18n.ts';
import type { TFunction } from './index.tsx';

export function typedKeys(t: TFunction, code: string, status: 'done' | 'in_progress', bad: 'done' | 'nope') {
  t('common.save');
  t('plans.list.title');
  t('audit.actions.compile');
  t('common.total', { total: 3 });
  t(`audit.actions.${code}`);
  t(`plans.assignment.${status}`);
  t(code);
  // every feature of the registry is typed, not only the first three
  t('models.title');
  t('reception.visits.title');
  t('petitions.kind');
  t('situations.title');
  t('vault.reveal');
  t('portal.publications.title');
  t('answers.compliance.empty');
  t('scoring.menu.rounds');
  t('training.menu.courses');
  t('inspections.menu.inspections');
  // @ts-expect-error: no such key
  t('typo.key');
  // @ts-expect-error: a typo inside a known namespace
  t('common.savee');
  // @ts-expect-error: a typo inside a feature's namespace
  t('models.titlee');
  // @ts-expect-error: a typo inside a feature that used to be untyped
  t('reception.visits.titlee');
  // @ts-expect-error: a typo inside a feature that used to be untyped
  t('vault.reveall');
  // @ts-expect-error: a key of one feature under another's namespace
  t('portal.title');
  // A template expression is a plain string to TypeScript: scripts/i18n-check.mjs checks its prefix.
  t(`common.nothing.${code}`);
  // With `as const` it keeps its members, and each must be a key.
  // @ts-expect-error: 'plans.assignment.nope' is not a key
  t(`plans.assignment.${bad}` as const);
  // @ts-expect-error: a template under a feature's namespace must match at least one key
  t(`situations.nothing.${code}` as const);
  const asString: (key: string, params?: Record<string, string | number>) => string = t;
  return asString;
}

/** The citizens' portal keeps its own dictionary (`site.…`), checked the same way. */
export function typedSiteKeys(t: SiteT, code: string) {
  t('site.brand');
  t('site.submit.err.altcha');
  t(`site.submit.err.file.${code}`);
  // @ts-expect-error: a typo in the portal's dictionary
  t('site.brandd');
  // @ts-expect-error: a staff key is not in the portal's dictionary
  t('common.save');
}
