/**
 * Type-level tests of the typed keys (checked by `tsc -p apps/web`, part of `npm run verify`):
 * each `@ts-expect-error` line must fail to compile, or the type check fails.
 */
import type { TFunction } from './index.tsx';

export function typedKeys(t: TFunction, code: string, status: 'done' | 'in_progress', bad: 'done' | 'nope') {
  t('common.save');
  t('plans.list.title');
  t('audit.actions.compile');
  t('common.total', { total: 3 });
  t(`audit.actions.${code}`);
  t(`plans.assignment.${status}`);
  t(code);
  // @ts-expect-error: no such key
  t('typo.key');
  // @ts-expect-error: a typo inside a known namespace
  t('common.savee');
  // A template expression is a plain string to TypeScript: scripts/i18n-check.mjs checks its prefix.
  t(`common.nothing.${code}`);
  // With `as const` it keeps its members, and each must be a key.
  // @ts-expect-error: 'plans.assignment.nope' is not a key
  t(`plans.assignment.${bad}` as const);
  const asString: (key: string, params?: Record<string, string | number>) => string = t;
  return asString;
}
