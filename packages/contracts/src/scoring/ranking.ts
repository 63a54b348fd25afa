/** The ranking per unit group, with the band scheme's cap, and publishing the round's decision. */
import { z } from 'zod';
import { Id, IsoDate } from '../common.ts';
import { labelled } from '../labels.ts';
import { BandCode } from './vocabulary.ts';
import { optionalText, version } from './shared.ts';
import { BandScheme } from './bands.ts';

// ---------------------------------------------------------------------------------------------
// Ranking

export const RankingRow = z.object({
  rank: z.number().int(),
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  assessmentId: z.number().int(),
  total: z.number(),
  maxTotal: z.number(),
  /** The band of the total alone. */
  bandByScore: BandCode.nullable(),
  /** The band after eligibility and the cap. */
  band: BandCode.nullable(),
  disqualified: z.boolean(),
  capApplied: z.boolean(),
  /** Why the band differs from the score's (eligibility or the cap), in Vietnamese; '' otherwise. */
  note: z.string(),
});
export type RankingRow = z.infer<typeof RankingRow>;

export const RankingGroup = z.object({
  groupId: z.number().int(),
  groupCode: z.string(),
  groupName: z.string(),
  rows: z.array(RankingRow),
});

export const Ranking = z.object({
  roundId: z.number().int(),
  published: z.boolean(),
  bandScheme: BandScheme,
  groups: z.array(RankingGroup),
  cap: z
    .object({
      percent: z.number(),
      /** Units classified at the cap's base bands (tốt trở lên). */
      base: z.number().int(),
      allowed: z.number().int(),
      before: z.number().int(),
      moved: z.array(
        z.object({
          unitId: z.number().int(),
          unitName: z.string(),
          total: z.number(),
          place: z.number().int(),
          reason: z.string(),
        }),
      ),
    })
    .nullable(),
  /** Counts per band after the cap, over the decided units. */
  bandCounts: z.record(z.string(), z.number().int()),
});
export type Ranking = z.infer<typeof Ranking>;

export const RankingQuery = z.object({ groupId: labelled(Id, 'Khối đơn vị').optional() });
export type RankingQuery = z.infer<typeof RankingQuery>;

export const PublishRound = z.object({
  version,
  decisionNumber: optionalText('Số quyết định', 100).default(''),
  decisionDate: labelled(IsoDate, 'Ngày quyết định').nullable().default(null),
});
export type PublishRound = z.infer<typeof PublishRound>;
