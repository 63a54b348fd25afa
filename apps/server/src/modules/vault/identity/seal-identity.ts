import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import { Conflict, Invalid, RuleViolation } from '../../../core/errors.ts';
import type { Db } from '../../../db/client.ts';
import { aadOf, blindIndex, blindValues, canonicalIdentity, seal } from '../shared/cipher.ts';
import { ownerUnit, registeredOwner } from '../shared/owners.ts';
import { ringFor } from '../shared/ring.ts';
import type { ProtectedIdentity, ScanInput } from '../vault.types.ts';
import * as repo from './identity.repository.ts';

const PAPER_ONLY =
  'Đơn vị đã chọn không lưu danh tính người tố cáo trên hệ thống (VAULT_MODE=paper): chỉ ghi số tham chiếu của sổ giấy, không nhập họ tên, địa chỉ, giấy tờ hay bản quét chữ ký.';

/** Unique violations of PostgreSQL (two seals of one owner at once). */
function isUniqueViolation(e: unknown): boolean {
  for (let x = e, i = 0; x && typeof x === 'object' && i < 4; i++) {
    if ((x as { code?: unknown }).code === '23505') return true;
    x = (x as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Seals a record's protected identity, inside the owning module's transaction (`tx`, and its `ctx`).
 * The identity is encrypted (AES-256-GCM, bound to kind and owner id); an earlier identity of the same
 * owner is kept as a superseded version. `{ paperRef }` stores only the reference to the paper
 * register, the one form a VAULT_MODE=paper deployment accepts. The audit row names the version and
 * the key, never a field of the identity.
 */
export async function sealIdentity(
  tx: Db,
  ctx: Ctx,
  kind: string,
  ownerId: number,
  identity: ProtectedIdentity | { paperRef: string },
): Promise<void> {
  const owner = registeredOwner(kind);
  const now = ctx.clock.now();
  let row: repo.NewIdentity;
  if ('paperRef' in identity) {
    const paperRef = typeof identity.paperRef === 'string' ? identity.paperRef.trim() : '';
    if (!paperRef || paperRef.length > 100)
      throw Invalid('Số tham chiếu sổ giấy: bắt buộc, tối đa 100 ký tự.', [
        { path: 'paperRef', message: 'Số tham chiếu sổ giấy: bắt buộc, tối đa 100 ký tự.' },
      ]);
    row = { kind, ownerId, mode: 'paper', paperRef };
  } else {
    if (ctx.config.VAULT_MODE === 'paper') throw RuleViolation(PAPER_ONLY);
    if (typeof identity.fullName !== 'string' || !identity.fullName.trim())
      throw Invalid('Họ và tên người tố cáo không được để trống.', [
        { path: 'fullName', message: 'Họ và tên người tố cáo không được để trống.' },
      ]);
    const ring = ringFor(ctx.config);
    const plain = Buffer.from(JSON.stringify(canonicalIdentity(identity)), 'utf8');
    const s = seal(ring, aadOf('identity', kind, ownerId), plain);
    row = {
      kind,
      ownerId,
      mode: 'sealed',
      keyId: s.keyId,
      iv: s.iv,
      tag: s.tag,
      ciphertext: s.data,
      ...blindIndex(ring, kind, blindValues(identity)),
    };
  }
  const earlier = await repo.lockCurrent(tx, kind, ownerId);
  if (earlier) await repo.supersede(tx, earlier.id, now);
  const version = (await repo.lastVersion(tx, kind, ownerId)) + 1;
  let saved: repo.IdentityRow;
  try {
    saved = await repo.insertIdentity(tx, {
      ...row,
      version,
      sealedBy: ctx.actor && !ctx.actor.system ? ctx.actor.userId : null,
      sealedAt: now,
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw Conflict(
        'Danh tính người tố cáo của hồ sơ này vừa được người khác cập nhật. Hãy tải lại và thử lại.',
      );
    throw e;
  }
  await audit(tx, ctx, {
    entity: 'vault_identity',
    entityId: saved.id,
    unitId: await ownerUnit(ctx, owner, ownerId),
    action: 'seal',
    // what was done, never what was sealed
    after: {
      kind,
      ownerId,
      version,
      mode: saved.mode,
      paperRef: saved.paperRef,
      keyId: saved.keyId,
      replaced: earlier ? earlier.version : null,
    },
  });
}

const SCAN_TYPES = new Set(['image/png', 'image/jpeg', 'image/tiff', 'image/webp', 'application/pdf']);

/**
 * Keeps a signature or handwriting scan with the record's protected identity, encrypted in the vault
 * (the file name too). Inside the owning module's transaction. Returns the scan's id.
 */
export async function sealScan(
  tx: Db,
  ctx: Ctx,
  kind: string,
  ownerId: number,
  scan: ScanInput,
): Promise<number> {
  const owner = registeredOwner(kind);
  if (ctx.config.VAULT_MODE === 'paper') throw RuleViolation(PAPER_ONLY);
  const mime = scan.mime.toLowerCase().split(';')[0].trim();
  if (!SCAN_TYPES.has(mime))
    throw RuleViolation('Bản quét chữ ký, chữ viết phải là ảnh (PNG, JPEG, TIFF, WebP) hoặc PDF.');
  if (!scan.bytes.length) throw Invalid('Tệp bản quét rỗng.');
  if (scan.bytes.length > ctx.config.maxUploadBytes)
    throw RuleViolation(`Bản quét vượt quá ${ctx.config.MAX_UPLOAD_MB} MB.`);
  const ring = ringFor(ctx.config);
  const name = seal(
    ring,
    aadOf('scan-name', kind, ownerId),
    Buffer.from(scan.fileName || 'ban-quet', 'utf8'),
  );
  const content = seal(ring, aadOf('scan', kind, ownerId), scan.bytes);
  const now = ctx.clock.now();
  const saved = await repo.insertScan(tx, {
    kind,
    ownerId,
    keyId: ring.current.id,
    nameIv: name.iv,
    nameTag: name.tag,
    nameCiphertext: name.data,
    iv: content.iv,
    tag: content.tag,
    ciphertext: content.data,
    mime,
    size: scan.bytes.length,
    sealedBy: ctx.actor && !ctx.actor.system ? ctx.actor.userId : null,
    sealedAt: now,
  });
  await audit(tx, ctx, {
    entity: 'vault_scan',
    entityId: saved.id,
    unitId: await ownerUnit(ctx, owner, ownerId),
    action: 'seal',
    after: { kind, ownerId, mime, size: saved.size, keyId: saved.keyId },
  });
  return saved.id;
}
