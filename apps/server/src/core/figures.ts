import type { Ctx } from './context.ts';

/**
 * Figures that fill themselves. A module registers a provider for a key (e.g. 'plans.tasks_done');
 * the reporting module asks for (unit, period) and pre-fills report indicators whose providerKey
 * matches. A provider counts the unit's own records and, when `subtree` is true, those of its whole
 * subtree. It runs with a system context: the reporting module has already checked the actor's access.
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

export function registerFigureProvider(key: string, provider: FigureProvider, label = key): void {
  providers.set(key, { provider, label });
}

export function figureProviderKeys(): FigureProviderInfo[] {
  return [...providers].map(([key, v]) => ({ key, label: v.label }));
}

export function hasFigureProvider(key: string): boolean {
  return providers.has(key);
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
