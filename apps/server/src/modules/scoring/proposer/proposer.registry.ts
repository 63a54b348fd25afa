/**
 * Criteria that point at live data. A module registers a proposer for a key (like the figure
 * providers of core/figures.ts), in its own `proposers/` folder: for a batch of units and the round's
 * year it answers, per unit, the share of the criterion's points the live data earns (0…1), the
 * figures behind it, what was measured and where to see it (a route of the web app). A criterion names
 * its proposer by `proposerKey` in the set's content (see packages/domain scoring/seed.ts).
 *
 * The batch form is the contract: a proposer gets every unit of the call (a whole round: thousands)
 * and must answer them with a bounded number of statements (`= any($ids)` and group by), never one
 * query per unit. A unit for which the system holds no records gets `share: null` with a description
 * that says so ("no data"), never a silent 0. Keys of modules not built yet are declared with
 * `declareLaterProposer`: they are listed (available: false) and a set may name them; their criteria
 * get no proposal until the module registers the key.
 */
import type { SQL } from 'drizzle-orm';
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
  /** The share of the criterion's maximum, 0…1; null when the system holds no data for the unit. */
  share: number | null;
  description: string;
  evidence: { path: string; label: string };
  /** The figures behind the share (counts), as the description tells them. */
  figures?: Record<string, number>;
}

/** The units of a batch as one array parameter (`= any(${idsParam(units)}::int[])`). */
export const idsParam = (units: { id: number }[]): string => `{${units.map((u) => u.id).join(',')}}`;

/** The rows of one statement (both drivers). */
export async function queryRows<T>(ctx: Pick<Ctx, 'db'>, q: SQL): Promise<T[]> {
  const r = (await ctx.db.execute(q)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(r) ? r : (r.rows ?? []);
}

/** The last day the data of the period is counted to: its end, or today when the period runs on. */
export const periodAsOf = (p: ProposerPeriod, today: string): string => (today < p.to ? today : p.to);

/** units in, a map out (unit id → its share, or null when the proposer gives none for it). */
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
