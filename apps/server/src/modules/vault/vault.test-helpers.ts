import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { inScope, scopesFor } from '../../core/scope.ts';
import { getUnitById } from '../org/index.ts';
import { registerVaultOwner } from './index.ts';

/**
 * A stand-in owner for the vault's own tests and access-matrix rows (the real owner, 'petition', is the
 * petitions module's): the record is an org unit. It is read by whoever holds petitions:read at the
 * unit (404 otherwise) and revealed by whoever holds petitions:handle there: the rule petitions
 * narrows to the handler assigned to the case.
 */
export const TEST_KIND = 'vault_test_unit';

export function registerTestOwner(): void {
  registerVaultOwner(TEST_KIND, {
    async canReveal(ctx: Ctx, ownerId: number) {
      const unit = await getUnitById(ctx, ownerId);
      if (!unit || !inScope(scopesFor(ctx.actor, 'petitions:read'), unit)) throw NotFound('Hồ sơ');
      return inScope(scopesFor(ctx.actor, 'petitions:handle'), unit);
    },
    async unitId(_ctx: Ctx, ownerId: number) {
      return ownerId;
    },
  });
}
