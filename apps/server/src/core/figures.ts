import { FIGURE_KEY_LABELS_VI, isFigureKey, type FigureKey } from '@danvan/domain';
import type { Ctx } from './context.ts';

/**
 * Figures that fill themselves. A module registers a provider for a key (e.g. 'plans.tasks_done');
 * the reporting module asks for (unit, period) and pre-fills report indicators whose providerKey
 * matches. A provider counts the unit's own records and, when `subtree` is true, those of its whole
 * subtree. It runs with a system context: the reporting module has already checked the actor's access.
 * Keys are the domain's FigureKey (packages/domain/src/reporting/figure-keys.ts): a typo in a module's
 * registration does not compile, and a template naming an unknown key is refused on save.
 */
export interface FigureQuery {
  unitId: number;
  /** Inclusive ISO dates of the period. */
  from: string;
  to: string;
  subtree?: boolean;
}
export type FigureProvider = (ctx: Ctx, q: FigureQuery) => Promise<number | null>;

export interface FigureProviderInfo {
  key: string;
  label: string;
}

const providers = new Map<string, { provider: FigureProvider; label: string }>();

export function registerFigureProvider(
  key: FigureKey,
  provider: FigureProvider,
  label: string = FIGURE_KEY_LABELS_VI[key] ?? key,
): void {
  // a key has one owner: two modules once both filled 'dialogues.held' and the one loaded last won
  const earlier = providers.get(key);
  if (earlier)
    throw new Error(`figure "${key}" registered twice ("${earlier.label}"): a figure has one owner`);
  providers.set(key, { provider, label });
}

export function figureProviderKeys(): FigureProviderInfo[] {
  return [...providers].map(([key, v]) => ({ key, label: v.label }));
}

export function hasFigureProvider(key: string): boolean {
  return providers.has(key);
}

/**
 * Whether a template's indicator may name this key: a registered provider, or a key of the domain's
 * list whose module is not built yet (it fills nothing until the module registers it).
 */
export function isKnownFigureKey(key: string): boolean {
  return providers.has(key) || isFigureKey(key);
}

/** Computes each requested key that has a provider; keys without one are absent from the result. */
export async function computeFigures(
  ctx: Ctx,
  keys: string[],
  q: FigureQuery,
): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  for (const key of new Set(keys)) {
    const p = providers.get(key);
    if (p) out[key] = await p.provider(ctx, q);
  }
  return out;
}
