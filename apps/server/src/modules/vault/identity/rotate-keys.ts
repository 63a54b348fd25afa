import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { AppError } from '../../../core/errors.ts';
import { aadOf, blindIndex, blindValues, open, seal, type Sealed } from '../shared/cipher.ts';
import { ringFor } from '../shared/ring.ts';
import type { ProtectedIdentity } from '../vault.types.ts';
import * as repo from './identity.repository.ts';

const BATCH = 200;

export interface RotationResult {
  keyId: string;
  identities: number;
  scans: number;
  /** Records that did not open (their key is missing, or they were changed outside): left as they are. */
  failed: { table: 'vault_identities' | 'vault_scans'; id: number; reason: string }[];
}

/** The refusal of open() (key missing, not authentic) for one record; anything else stops the run. */
function refusal(e: unknown): string | null {
  return e instanceof AppError && e.code === 'state_invalid' ? e.message : null;
}

/**
 * Re-encrypts every record not under the current key (the last of the key file) with the current key,
 * and recomputes its blind indexes under it; superseded versions too, so an old key can be removed
 * afterwards. Batches of 200 rows, each batch one transaction with its rows locked. A record that does
 * not open (its key missing, or changed outside the application) is left as it is and listed in
 * `failed`, so one damaged record does not hold back the others. Running it again is harmless. One
 * audit row says what was done, with counts and record ids only.
 */
export async function rotateVaultKeys(ctx: Ctx): Promise<RotationResult> {
  const ring = ringFor(ctx.config);
  const current = ring.current.id;
  let identities = 0;
  let scans = 0;
  const failed: RotationResult['failed'] = [];
  let rotated = 0;
  for (let after = 0; ;) {
    const n = await inTx(ctx, async (tx, c) => {
      const rows = await repo.identitiesNotUnder(tx, current, after, BATCH);
      for (const r of rows) {
        after = r.id;
        const aad = aadOf('identity', r.kind, r.ownerId);
        let plain: Buffer;
        try {
          plain = open(ring, aad, { keyId: r.keyId!, iv: r.iv!, tag: r.tag!, data: r.ciphertext! });
        } catch (e) {
          const reason = refusal(e);
          if (reason === null) throw e;
          failed.push({ table: 'vault_identities', id: r.id, reason });
          continue;
        }
        const s = seal(ring, aad, plain);
        const identity = JSON.parse(plain.toString('utf8')) as ProtectedIdentity;
        await repo.updateIdentityCipher(tx, r.id, {
          keyId: s.keyId,
          iv: s.iv,
          tag: s.tag,
          ciphertext: s.data,
          ...blindIndex(ring, r.kind, blindValues(identity)),
          reencryptedAt: c.clock.now(),
        });
        rotated++;
      }
      return rows.length;
    });
    identities += rotated;
    rotated = 0;
    if (n < BATCH) break;
  }
  for (let after = 0; ;) {
    const n = await inTx(ctx, async (tx, c) => {
      const rows = await repo.scansNotUnder(tx, current, after, BATCH);
      for (const r of rows) {
        after = r.id;
        const nameAad = aadOf('scan-name', r.kind, r.ownerId);
        const aad = aadOf('scan', r.kind, r.ownerId);
        let name: Sealed;
        let content: Sealed;
        try {
          name = seal(
            ring,
            nameAad,
            open(ring, nameAad, { keyId: r.keyId, iv: r.nameIv, tag: r.nameTag, data: r.nameCiphertext }),
          );
          content = seal(
            ring,
            aad,
            open(ring, aad, { keyId: r.keyId, iv: r.iv, tag: r.tag, data: r.ciphertext }),
          );
        } catch (e) {
          const reason = refusal(e);
          if (reason === null) throw e;
          failed.push({ table: 'vault_scans', id: r.id, reason });
          continue;
        }
        await repo.updateScanCipher(tx, r.id, {
          keyId: current,
          nameIv: name.iv,
          nameTag: name.tag,
          nameCiphertext: name.data,
          iv: content.iv,
          tag: content.tag,
          ciphertext: content.data,
          reencryptedAt: c.clock.now(),
        });
        rotated++;
      }
      return rows.length;
    });
    scans += rotated;
    rotated = 0;
    if (n < BATCH) break;
  }
  if (identities || scans || failed.length)
    await inTx(ctx, (tx, c) =>
      audit(tx, c, {
        entity: 'vault_key',
        entityId: current,
        action: 'rotate',
        after: {
          keyId: current,
          identities,
          scans,
          failed: failed.map((f) => `${f.table}#${f.id}`),
        },
      }),
    );
  return { keyId: current, identities, scans, failed };
}
