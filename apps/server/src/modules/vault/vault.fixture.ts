/**
 * The shared fixture of the vault tests: a province of its own and the test owner (vault.test-helpers.ts),
 * with records made under communeA. The bindings are live: a test file calls setupVault() and reads them
 * inside its tests.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll } from 'vitest';
import type { Config } from '../../config.ts';
import { inTx } from '../../core/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { makeProvince, sys, uid, type Province } from '../../../test/factories.ts';
import * as org from '../org/index.ts';
import { sealIdentity, type ProtectedIdentity } from './index.ts';
import { registerTestOwner, TEST_KIND } from './vault.test-helpers.ts';

export let env: TestEnv;
export let p: Province;

/** A fresh record of the test owner: a unit under communeA. */
export async function ownerUnit(parentId = p.communeA.id): Promise<number> {
  const u = await org.createUnit(sys(env), {
    code: `VT_${uid()}`,
    name: `Hồ sơ thử kho danh tính ${uid()}`,
    kind: 'public_service',
    parentId,
    validFrom: '2020-01-01',
    groups: [],
  });
  return u.id;
}

export const withConfig = (config: Config): Ctx => ({ ...sys(env), config });
export const keyLine = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

export async function seal(
  ctx: Ctx,
  kind: string,
  ownerId: number,
  identity: ProtectedIdentity | { paperRef: string },
) {
  await inTx(ctx, (tx, c) => sealIdentity(tx, c, kind, ownerId, identity));
}

export async function row(ownerId: number, kind = TEST_KIND) {
  const rows = await env.database.query<{ id: number; key_id: string; version: number }>(
    `select id, key_id, version from vault_identities where kind = $1 and owner_id = $2 and superseded_at is null`,
    [kind, ownerId],
  );
  return rows[0];
}

/** Registers the test owner and builds the file's own province; call once at the top of a test file. */
export function setupVault() {
  registerTestOwner();

  beforeAll(async () => {
    env = await testEnv();
    p = await makeProvince(env);
  });
}
