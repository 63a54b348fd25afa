import type { z } from 'zod';
import type { DuplicateCheck } from '@danvan/contracts';
import { CONTENT_SIMILARITY_MIN } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { sameIdentityOwners, type ProtectedIdentity } from '../../vault/index.ts';
import * as repo from './duplicate.repository.ts';
import { canCreatePetitionAt, petitionReadScopes } from './petition.policy.ts';

export interface Probe {
  representativeName?: string | null;
  idNumber?: string | null;
  content: string;
  identity?: ProtectedIdentity | null;
}

/**
 * Earlier petitions the actor may read that look like the same case: the same person (name without
 * diacritics, identity number, or for a tố cáo the vault's blind index) or similar content (pg_trgm
 * over the diacritic-free search key). A tố cáo's content is not in its search key, so other
 * petitions never surface through it.
 */
export async function findCandidates(ctx: Ctx, probe: Probe, excludeIds: number[] = []) {
  const actor = requireActor(ctx.actor);
  const vaultOwnerIds = probe.identity ? await sameIdentityOwners(ctx, 'petition', probe.identity) : [];
  return repo.findDuplicates(
    ctx.db,
    petitionReadScopes(actor),
    {
      name: probe.representativeName ?? null,
      idNumber: probe.idNumber ?? null,
      content: probe.content,
      excludeIds,
      vaultOwnerIds: vaultOwnerIds.filter((i) => !excludeIds.includes(i)),
    },
    CONTENT_SIMILARITY_MIN,
  );
}

/** The entry form's check, before the petition is saved. */
export async function checkDuplicates(ctx: Ctx, input: z.infer<typeof DuplicateCheck>) {
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit) throw NotFound('Đơn vị tiếp nhận');
  if (!canCreatePetitionAt(actor, unit))
    throw actor.permissions.has('petitions:read') ? Forbidden() : NotFound('Đơn vị tiếp nhận');
  const found = await findCandidates(ctx, input);
  return found.map((c) => ({ ...c, kind: c.kind as never, status: c.status as never, decision: null }));
}
