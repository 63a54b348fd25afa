/** Proposed scores from live data: the measures, the evidence they point at, the proposals. */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Proposers (live measures that propose a score)

export const Proposer = z.object({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  /** False while the module that answers it is not built yet (its criteria get no proposal). */
  available: z.boolean(),
});
export type Proposer = z.infer<typeof Proposer>;

export const EvidenceLink = z.object({
  /** A route path of the web app (e.g. '/plans?unitId=12'), or an https:// address. */
  path: z.string(),
  label: z.string(),
});
export type EvidenceLink = z.infer<typeof EvidenceLink>;

export const Proposal = z.object({
  key: z.string(),
  /** Null: the system holds no data for the unit on this criterion (said so in the description). */
  score: z.number().nullable(),
  /** The measured facts, in Vietnamese (e.g. 'Đúng hạn 18/20 nhiệm vụ'). */
  description: z.string(),
  /** The figures behind the score (e.g. { due: 20, onTime: 18 }). */
  figures: z.record(z.string(), z.number()).optional(),
  evidence: EvidenceLink,
  computedAt: z.string(),
});
export type Proposal = z.infer<typeof Proposal>;
