/**
 * The denouncer identity vault (Luật Tố cáo 2018 điều 9, 47, 56): a protected identity lives encrypted
 * in the vault, attached to a record of another module (kind + ownerId, e.g. 'petition' 12). Every
 * screen shows only its state; the handler of the case reveals it with a reason, which is audited.
 */
import { z } from 'zod';
import { Id, Text } from './common.ts';
import { labelled } from './labels.ts';

/** The kind of record an identity belongs to ('petition'): a short lower-case code. */
export const VaultKind = labelled(
  z
    .string({ error: 'Loại hồ sơ phải là chuỗi ký tự' })
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Loại hồ sơ chỉ gồm chữ thường không dấu, số và dấu gạch dưới'),
  'Loại hồ sơ',
);

export const VaultOwnerParams = z.object({
  kind: VaultKind,
  ownerId: labelled(Id, 'Mã hồ sơ'),
});
export const VaultScanParams = VaultOwnerParams.extend({ scanId: labelled(Id, 'Mã bản quét') });

/** What every screen may show of a record's protected identity: never the identity itself. */
export const VaultState = z.object({
  /** Whether the record has a protected identity at all. */
  protected: z.boolean(),
  /** 'sealed': encrypted in the vault; 'paper': kept off the system, in the paper register. */
  mode: z.enum(['sealed', 'paper']).nullable(),
  /** The reference in the paper register (mode 'paper'). */
  paperRef: z.string().nullable(),
  /** Whether this actor may reveal it (the handler assigned to the case). */
  canReveal: z.boolean(),
  sealedAt: z.string().nullable(),
  /** How many signature or handwriting scans are kept with it. */
  scanCount: z.number().int(),
});
export type VaultState = z.infer<typeof VaultState>;

const REASON_MIN = 10;
const reasonMessage = `Lý do xem danh tính: ít nhất ${REASON_MIN} ký tự`;
/** Revealing asks why; the reason goes to the audit trail. */
export const RevealIdentity = z.object({
  reason: labelled(Text(1000, 'Lý do xem danh tính').min(REASON_MIN, reasonMessage), 'Lý do xem danh tính'),
});
export type RevealIdentity = z.infer<typeof RevealIdentity>;

export const ProtectedIdentityView = z.object({
  fullName: z.string(),
  address: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  notes: z.string().nullable(),
});
export type ProtectedIdentityView = z.infer<typeof ProtectedIdentityView>;

export const VaultScanMeta = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sealedAt: z.string(),
});
export type VaultScanMeta = z.infer<typeof VaultScanMeta>;

/** The answer to a reveal: the identity and its scans (names only; each is downloaded with a reason). */
export const RevealedIdentity = z.object({
  identity: ProtectedIdentityView,
  scans: z.array(VaultScanMeta),
  sealedAt: z.string(),
});
export type RevealedIdentity = z.infer<typeof RevealedIdentity>;

/**
 * A denouncer's identity as entered (the owning module's form, e.g. a denunciation's intake): sealed
 * by the vault, never stored or answered in plaintext elsewhere.
 */
export const ProtectedIdentityInput = z.object({
  fullName: labelled(
    Text(200, 'Họ và tên người tố cáo').min(2, 'Họ và tên người tố cáo: ít nhất 2 ký tự'),
    'Họ và tên người tố cáo',
  ),
  address: Text(500, 'Địa chỉ').nullish(),
  idNumber: Text(20, 'Số CCCD/CMND').nullish(),
  phone: Text(20, 'Số điện thoại').nullish(),
  email: Text(200, 'Thư điện tử').nullish(),
  notes: Text(2000, 'Ghi chú nhận dạng').nullish(),
});
export type ProtectedIdentityInput = z.infer<typeof ProtectedIdentityInput>;

/** Or only the reference to the paper register, when the identity is kept off the system. */
export const PaperIdentityRef = z.object({
  paperRef: labelled(
    Text(100, 'Số tham chiếu sổ giấy').min(1, 'Số tham chiếu sổ giấy không được để trống'),
    'Số tham chiếu sổ giấy',
  ),
});

/** Vietnamese labels of the identity's fields (the reveal dialog, and messages). */
export const PROTECTED_IDENTITY_LABELS: Record<keyof ProtectedIdentityView, { vi: string; en: string }> = {
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  idNumber: { vi: 'Số CCCD/CMND', en: 'ID number' },
  phone: { vi: 'Số điện thoại', en: 'Phone' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  notes: { vi: 'Ghi chú nhận dạng', en: 'Identifying notes' },
};
