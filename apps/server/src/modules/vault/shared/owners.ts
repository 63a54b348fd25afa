import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import type { VaultOwner } from '../vault.types.ts';

// The records a protected identity may belong to, registered by their modules at load time
// ('petition' by petitions). The owner alone decides who reads the record and who may reveal.

const owners = new Map<string, VaultOwner>();

export function registerOwner(kind: string, owner: VaultOwner): void {
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(kind)) throw new Error(`vault: bad owner kind "${kind}"`);
  owners.set(kind, owner);
}

/** The owner of a kind; an unknown kind reads as a record that does not exist (404). */
export function ownerOf(kind: string): VaultOwner {
  const o = owners.get(kind);
  if (!o) throw NotFound('Hồ sơ');
  return o;
}

/** For the writes, called by the owning module: an unregistered kind is a programming error. */
export function registeredOwner(kind: string): VaultOwner {
  const o = owners.get(kind);
  if (!o) throw new Error(`vault: no owner registered for kind "${kind}" (registerVaultOwner)`);
  return o;
}

export async function ownerUnit(ctx: Ctx, owner: VaultOwner, ownerId: number): Promise<number | null> {
  return owner.unitId ? owner.unitId(ctx, ownerId) : null;
}
