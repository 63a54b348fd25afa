import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { StateInvalid } from '../../../core/errors.ts';
import type { ProtectedIdentity } from '../vault.types.ts';
import type { Keyring, VaultKey } from './keys.ts';

// AES-256-GCM from node:crypto: a random 12-byte IV per record, the 16-byte tag stored beside the
// ciphertext, and the record's place (what it is, kind, owner id) as additional authenticated data, so
// a ciphertext copied onto another record does not open.

export interface Sealed {
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  data: Buffer;
}

/** What a ciphertext is bound to. */
export type Purpose = 'identity' | 'scan' | 'scan-name';

export function aadOf(purpose: Purpose, kind: string, ownerId: number): Buffer {
  return Buffer.from(`danvan-vault/v1/${purpose}/${kind}/${ownerId}`, 'utf8');
}

export function seal(ring: Keyring, aad: Buffer, plain: Buffer): Sealed {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', ring.current.key, iv);
  c.setAAD(aad);
  const data = Buffer.concat([c.update(plain), c.final()]);
  return { keyId: ring.current.id, iv, tag: c.getAuthTag(), data };
}

/**
 * Decrypts, or refuses with 409 and a Vietnamese reason: the key is no longer configured, or the
 * record does not authenticate (changed outside the application, or moved from another record).
 */
export function open(ring: Keyring, aad: Buffer, s: Sealed): Buffer {
  const k = ring.keys.get(s.keyId);
  if (!k)
    throw StateInvalid(
      `Không mở được danh tính được bảo vệ: khóa mã hóa "${s.keyId}" của bản ghi không còn trong cấu hình khóa. Quản trị viên cần bổ sung lại khóa đó.`,
      { keyId: s.keyId },
    );
  try {
    const d = createDecipheriv('aes-256-gcm', k.key, s.iv);
    d.setAAD(aad);
    d.setAuthTag(s.tag);
    return Buffer.concat([d.update(s.data), d.final()]);
  } catch {
    throw StateInvalid(
      'Không mở được danh tính được bảo vệ: dữ liệu mã hóa không xác thực được (đã bị sửa đổi ngoài hệ thống hoặc không thuộc hồ sơ này). Hãy báo quản trị viên.',
    );
  }
}

/** The identity as stored inside the ciphertext: every field present, empty ones null. */
export function canonicalIdentity(i: ProtectedIdentity): Required<ProtectedIdentity> {
  const t = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());
  return {
    fullName: i.fullName.trim(),
    address: t(i.address),
    idNumber: t(i.idNumber),
    phone: t(i.phone),
    email: t(i.email),
    notes: t(i.notes),
  };
}

// Blind indexes: HMAC-SHA-256 of a normalised value under a key derived (HKDF) from a vault key, so two
// records of the same person can be found without decrypting either, and the stored digest says
// nothing without the key. Digests are computed under every configured key: records sealed before a
// rotation still match until `vault:rotate` recomputes them under the current key.

const indexKeys = new WeakMap<VaultKey, Buffer>();
function indexKey(k: VaultKey): Buffer {
  let ik = indexKeys.get(k);
  if (!ik) {
    ik = Buffer.from(hkdfSync('sha256', k.key, Buffer.alloc(0), 'danvan-vault/v1/blind-index', 32));
    indexKeys.set(k, ik);
  }
  return ik;
}

/** Lower case, no diacritics (đ → d), single spaces. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
/** Letters and digits only, upper case. */
export function normaliseIdNumber(s: string): string {
  return s.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}
/** Digits only, +84/84 written as the national 0. */
export function normalisePhone(s: string): string {
  const d = s.replace(/\D/g, '');
  return d.startsWith('84') && d.length >= 11 ? `0${d.slice(2)}` : d;
}

export interface BlindValues {
  /** name + identity number, when both are given. */
  person: string | null;
  phone: string | null;
}

export function blindValues(i: ProtectedIdentity): BlindValues {
  const name = normaliseName(i.fullName ?? '');
  const idNo = i.idNumber ? normaliseIdNumber(i.idNumber) : '';
  const phone = i.phone ? normalisePhone(i.phone) : '';
  return {
    person: name && idNo ? `person\u0000${name}\u0000${idNo}` : null,
    phone: phone.length >= 8 ? `phone\u0000${phone}` : null,
  };
}

export function blindDigest(k: VaultKey, kind: string, value: string): string {
  return createHmac('sha256', indexKey(k)).update(`${kind}\u0000${value}`, 'utf8').digest('base64url');
}

/** The digests of a value under the current key (to store). */
export function blindIndex(ring: Keyring, kind: string, v: BlindValues) {
  return {
    personIndex: v.person ? blindDigest(ring.current, kind, v.person) : null,
    phoneIndex: v.phone ? blindDigest(ring.current, kind, v.phone) : null,
  };
}

/** The digests of a value under every configured key (to look up). */
export function blindCandidates(ring: Keyring, kind: string, v: string | null): string[] {
  if (!v) return [];
  return [...ring.keys.values()].map((k) => blindDigest(k, kind, v));
}
