/** The band schemes (reference data), readable by anyone holding scoring:read. */
import type { BandScheme as BandSchemeOut } from '@danvan/contracts';
import { BAND_LABELS, type BandScheme } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { wholeList } from '../../../core/page.ts';
import * as repo from './band-scheme.repository.ts';

export const schemeOf = (r: repo.BandSchemeRow): BandScheme => ({
  bands: r.bands as BandScheme['bands'],
  cap: (r.cap as BandScheme['cap']) ?? null,
});

export function presentBandScheme(r: repo.BandSchemeRow): BandSchemeOut {
  const s = schemeOf(r);
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    bands: s.bands.map((b) => ({ ...b, label: BAND_LABELS[b.code].vi })),
    cap: s.cap,
    basis: r.basis,
    needsCheck: r.needsCheck,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
  };
}

export async function listBandSchemes(ctx: Ctx) {
  return wholeList((await repo.listBandSchemes(ctx.db)).map(presentBandScheme));
}
