import type { RevealedIdentity } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Forbidden, NotFound, StateInvalid } from '../../../core/errors.ts';
import { download } from '../../../core/route.ts';
import { aadOf, open } from '../shared/cipher.ts';
import { ownerOf, ownerUnit } from '../shared/owners.ts';
import { ringFor } from '../shared/ring.ts';
import type { VaultOwner } from '../vault.types.ts';
import * as repo from './identity.repository.ts';

const NOT_HANDLER =
  'Chỉ người được giao giải quyết vụ việc mới được xem danh tính người tố cáo (Luật Tố cáo 2018, Điều 47).';

/** The owner, after it said the actor reads the record (404 otherwise) and may reveal (403 otherwise). */
async function authorizeReveal(ctx: Ctx, kind: string, ownerId: number): Promise<VaultOwner> {
  const owner = ownerOf(kind);
  if (!(await owner.canReveal(ctx, ownerId))) throw Forbidden(NOT_HANDLER);
  return owner;
}

async function sealedRow(ctx: Ctx, kind: string, ownerId: number) {
  const row = await repo.currentIdentity(ctx.db, kind, ownerId);
  if (!row) throw NotFound('Danh tính người tố cáo của hồ sơ này');
  if (row.mode === 'paper')
    throw StateInvalid(
      `Danh tính người tố cáo không lưu trên hệ thống: xem sổ giấy, số tham chiếu "${row.paperRef ?? ''}".`,
    );
  return row;
}

/**
 * Reveals a record's protected identity to the actor the owner allows (the assigned handler), with a
 * reason. The audit row carries the reason, the kind and the owner id, never the identity.
 */
export async function revealIdentity(
  ctx: Ctx,
  kind: string,
  ownerId: number,
  reason: string,
): Promise<RevealedIdentity> {
  return inTx(ctx, async (tx, c) => {
    const owner = await authorizeReveal(c, kind, ownerId);
    const row = await sealedRow(c, kind, ownerId);
    const ring = ringFor(c.config);
    const plain = open(ring, aadOf('identity', kind, ownerId), {
      keyId: row.keyId!,
      iv: row.iv!,
      tag: row.tag!,
      data: row.ciphertext!,
    });
    const identity = JSON.parse(plain.toString('utf8')) as RevealedIdentity['identity'];
    const scans = (await repo.listScans(tx, kind, ownerId)).map((s) => ({
      id: s.id,
      fileName: open(ring, aadOf('scan-name', kind, ownerId), {
        keyId: s.keyId,
        iv: s.nameIv,
        tag: s.nameTag,
        data: s.nameCiphertext,
      }).toString('utf8'),
      mime: s.mime,
      size: s.size,
      sealedAt: s.sealedAt.toISOString(),
    }));
    await audit(tx, c, {
      entity: 'vault_identity',
      entityId: row.id,
      unitId: await ownerUnit(c, owner, ownerId),
      action: 'reveal',
      after: { kind, ownerId, version: row.version, reason },
    });
    return {
      identity: {
        fullName: identity.fullName,
        address: identity.address ?? null,
        idNumber: identity.idNumber ?? null,
        phone: identity.phone ?? null,
        email: identity.email ?? null,
        notes: identity.notes ?? null,
      },
      scans,
      sealedAt: row.sealedAt.toISOString(),
    };
  });
}

/** Downloads a signature or handwriting scan: the same rule as the reveal, with its own audit row. */
export async function downloadScan(ctx: Ctx, kind: string, ownerId: number, scanId: number, reason: string) {
  return inTx(ctx, async (tx, c) => {
    const owner = await authorizeReveal(c, kind, ownerId);
    const s = await repo.getScan(tx, kind, ownerId, scanId);
    if (!s) throw NotFound('Bản quét');
    const ring = ringFor(c.config);
    const fileName = open(ring, aadOf('scan-name', kind, ownerId), {
      keyId: s.keyId,
      iv: s.nameIv,
      tag: s.nameTag,
      data: s.nameCiphertext,
    }).toString('utf8');
    const body = open(ring, aadOf('scan', kind, ownerId), {
      keyId: s.keyId,
      iv: s.iv,
      tag: s.tag,
      data: s.ciphertext,
    });
    await audit(tx, c, {
      entity: 'vault_scan',
      entityId: s.id,
      unitId: await ownerUnit(c, owner, ownerId),
      action: 'reveal',
      after: { kind, ownerId, reason },
    });
    return download({ filename: fileName, contentType: s.mime, body });
  });
}
