import type { ServerModule } from '../../core/module.ts';
import { ringFor, ringIfAny, setVaultWarn } from './shared/ring.ts';
import { registerOwner } from './shared/owners.ts';
import type { VaultOwner } from './vault.types.ts';
import { registerVaultRoutes } from './vault.routes.ts';

export type { IdentityState, ProtectedIdentity, ScanInput, VaultOwner } from './vault.types.ts';

/** Registered by the owning module at load time (petitions registers kind 'petition'). */
export function registerVaultOwner(kind: string, owner: VaultOwner): void {
  registerOwner(kind, owner);
}

// What other modules may use (inside their own transactions for the writes):
/** sealIdentity(tx, ctx, kind, ownerId, identity | { paperRef }): encrypts and stores; a new version replaces the old. */
/** sealScan(tx, ctx, kind, ownerId, { fileName, mime, bytes }): a signature or handwriting scan, encrypted. */
export { sealIdentity, sealScan } from './identity/seal-identity.ts';
/** identityState(ctx, kind, ownerId, mayReveal?): what every screen may show, never the identity; null when none. */
/** sameIdentityOwners(ctx, kind, identity): owner ids of the same person by blind index, for duplicates. */
export { identityState, sameIdentityOwners } from './identity/read-identity.ts';
/** rotateVaultKeys(ctx): re-encrypts every record under the current key (npm run vault:rotate). */
export { rotateVaultKeys, type RotationResult } from './identity/rotate-keys.ts';

/** The denouncer identity vault: encrypted identities, revealed only to the owner's handler, with a reason. */
export const vaultModule: ServerModule = {
  name: 'vault',
  routes: (app) => {
    setVaultWarn((m) => app.log.warn(m));
    registerVaultRoutes(app);
  },
  // at start: a development installation without a key gets one now (with the warning in the log),
  // and a key file that cannot be read stops the start rather than the first seal
  seed: async (ctx) => {
    if (ctx.config.VAULT_MODE === 'paper') ringIfAny(ctx.config);
    else ringFor(ctx.config);
  },
};
