/** Band schemes (xếp loại) with their caps. */
import { z } from 'zod';
import { BandCode } from './vocabulary.ts';

// ---------------------------------------------------------------------------------------------
// Band schemes (reference data: seeded, read-only through the API)

export const BandOut = z.object({
  code: BandCode,
  label: z.string(),
  min: z.number().nullable(),
  minInclusive: z.boolean(),
  max: z.number().nullable(),
  maxInclusive: z.boolean(),
  requiresEligibility: z.boolean(),
});
export const BandCapOut = z.object({
  band: BandCode,
  percent: z.number(),
  ofBands: z.array(BandCode),
  moveTo: BandCode,
});
export const BandScheme = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  bands: z.array(BandOut),
  cap: BandCapOut.nullable(),
  basis: z.string(),
  needsCheck: z.boolean(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
});
export type BandScheme = z.infer<typeof BandScheme>;
