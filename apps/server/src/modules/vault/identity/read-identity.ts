import type { VaultState } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { blindCandidates, blindValues } from '../shared/cipher.ts';
import { ownerOf } from '../shared/owners.ts';
import { ringIfAny } from '../shared/ring.ts';
import type { IdentityState, ProtectedIdentity } from '../vault.types.ts';
import * as repo from './identity.repository.ts';

/**
 * What every screen may show of a record's protected identity, never the identity: whether it is
 * sealed or on paper, and whether this actor may reveal it. The owner decides both whether the actor
 * reads the record (NotFound otherwise) and whether they may reveal. null when there is none.
 * The owner module itself, which has just read the record and checked the actor's access to it (its
 * detail screen), passes what it decided as `mayReveal` instead of having its hook read it again.
 */
export async function identityState(
  ctx: Ctx,
  kind: string,
  ownerId: number,
  mayReveal?: boolean,
): Promise<IdentityState | null> {
  const may = mayReveal ?? (await ownerOf(kind).canReveal(ctx, ownerId));
  const row = await repo.currentIdentity(ctx.db, kind, ownerId);
  if (!row) return null;
  const mode = row.mode === 'paper' ? 'paper' : 'sealed';
  return {
    mode,
    paperRef: row.paperRef,
    // a paper identity is not in the system: there is nothing to reveal
    canReveal: may && mode === 'sealed',
    sealedAt: row.sealedAt.toISOString(),
  };
}

/** The state route's answer. */
export async function readVaultState(ctx: Ctx, kind: string, ownerId: number): Promise<VaultState> {
  const s = await identityState(ctx, kind, ownerId);
  if (!s)
    return { protected: false, mode: null, paperRef: null, canReveal: false, sealedAt: null, scanCount: 0 };
  return { protected: true, ...s, scanCount: await repo.countScans(ctx.db, kind, ownerId) };
}

/**
 * Owner ids of current sealed identities of the same person: the same normalised name and identity
 * number, or the same phone number. Compared by blind index (keyed HMAC), without decrypting anything.
 * The caller filters the ids by what its actor may see.
 */
export async function sameIdentityOwners(
  ctx: Ctx,
  kind: string,
  identity: ProtectedIdentity,
): Promise<number[]> {
  const ring = ringIfAny(ctx.config);
  if (!ring) return [];
  const v = blindValues(identity);
  return repo.ownersByIndex(
    ctx.db,
    kind,
    blindCandidates(ring, kind, v.person),
    blindCandidates(ring, kind, v.phone),
  );
}
