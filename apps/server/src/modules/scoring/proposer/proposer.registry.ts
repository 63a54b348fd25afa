/**
 * Criteria that point at live data. A module registers a proposer for a key (like the figure
 * providers of core/figures.ts): for a batch of units and the round's year it answers, per unit, the
 * share of the criterion's points the live data earns (0…1), what was measured and where to see it
 * (a route of the web app). Keys of modules not built yet are declared with `declareLaterProposer`:
 * they are listed (available: false) and a set may name them; their criteria get no proposal until
 * the module registers the key.
 */
import type { Ctx } from '../../../core/context.ts';

export interface ProposerUnit {
  id: number;
  path: string;
  kind: string;
}

export interface ProposerPeriod {
  year: number;
  /** Inclusive ISO dates of the year being scored. */
  from: string;
  to: string;
}

export interface ProposedShare {
  /** The share of the criterion's maximum, 0…1. */
  share: number;
  description: string;
  evidence: { path: string; label: string };
}

export type ProposeFn = (
  ctx: Ctx,
  units: ProposerUnit[],
  period: ProposerPeriod,
) => Promise<Map<number, ProposedShare | null>>;

interface Entry {
  label: string;
  description: string;
  propose: ProposeFn | null;
}

const proposers = new Map<string, Entry>();

export function registerProposer(key: string, label: string, description: string, propose: ProposeFn): void {
  proposers.set(key, { label, description, propose });
}

/** A key whose module is not built yet: listed, nameable by a set, proposes nothing. */
export function declareLaterProposer(key: string, label: string, description: string): void {
  if (!proposers.get(key)?.propose) proposers.set(key, { label, description, propose: null });
}

export function proposerList() {
  return [...proposers].map(([key, e]) => ({
    key,
    label: e.label,
    description: e.description,
    available: e.propose !== null,
  }));
}

export function isKnownProposer(key: string): boolean {
  return proposers.has(key);
}

/**
 * Runs each requested key once over all the units; a key without a registered proposer is absent.
 * Proposers run with the caller's context: the scoring verb has already checked the actor's access.
 */
export async function runProposers(
  ctx: Ctx,
  keys: string[],
  units: ProposerUnit[],
  period: ProposerPeriod,
): Promise<Map<string, Map<number, ProposedShare | null>>> {
  const out = new Map<string, Map<number, ProposedShare | null>>();
  for (const key of new Set(keys)) {
    const p = proposers.get(key)?.propose;
    if (p) out.set(key, await p(ctx, units, period));
  }
  return out;
}
