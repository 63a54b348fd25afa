/** What a citizen sends without an account: the terms, the ALTCHA challenge, the submission and its files. */
import { z } from 'zod';
import { Id, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { AltchaPayload, Bilingual, LookupCodeInput, PortalField, PortalKind, Required } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Terms, challenge, submission

/** The consent text and the statement of what is public (GET /api/v1/public/terms). */
export const PortalTerms = z.object({
  consentVersion: z.string(),
  legalBasis: z.string(),
  consent: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
  whatIsPublic: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
  whatIsNotPublic: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
  kinds: z.array(z.object({ code: PortalKind, label: Bilingual })),
  fields: z.array(z.object({ code: PortalField, label: Bilingual })),
  files: z.object({
    maxFiles: z.number().int(),
    maxBytes: z.number().int(),
    /** Minutes after submitting during which files may be attached with the code. */
    attachMinutes: z.number().int(),
    accept: z.array(z.string()),
  }),
});
export type PortalTerms = z.infer<typeof PortalTerms>;

/** The ALTCHA challenge (v2 proof of work, altcha-lib), as the widget reads it from its challenge URL. */
export const AltchaChallenge = z.object({
  parameters: z.object({
    algorithm: z.string(),
    nonce: z.string(),
    salt: z.string(),
    cost: z.number().int(),
    keyLength: z.number().int(),
    keyPrefix: z.string(),
    keySignature: z.string().optional(),
    memoryCost: z.number().int().optional(),
    parallelism: z.number().int().optional(),
    expiresAt: z.number().int().optional(),
    data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  }),
  signature: z.string().optional(),
});
export type AltchaChallenge = z.infer<typeof AltchaChallenge>;

export const PortalContact = z.object({
  fullName: labelled(Text(200, 'Họ và tên').min(2, 'Họ và tên: ít nhất 2 ký tự'), 'Họ và tên'),
  phone: labelled(
    Text(20, 'Số điện thoại').regex(/^\+?[0-9 .()-]{8,20}$/, 'Số điện thoại: chỉ gồm chữ số (8 đến 15 số)'),
    'Số điện thoại',
  ).nullish(),
  email: labelled(
    Text(200, 'Thư điện tử').email('Thư điện tử: địa chỉ không hợp lệ'),
    'Thư điện tử',
  ).nullish(),
  address: Text(500, 'Địa chỉ liên hệ').nullish(),
  idNumber: Text(30, 'Số giấy tờ tùy thân').nullish(),
});
export type PortalContact = z.infer<typeof PortalContact>;

export const PortalSubmission = z
  .object({
    unitId: labelled(Id, 'Cơ quan, đơn vị nhận'),
    kind: PortalKind,
    field: PortalField,
    subject: Required(300, 'Tiêu đề (tóm tắt nội dung)'),
    content: labelled(
      Text(20_000, 'Nội dung').min(20, 'Nội dung: ít nhất 20 ký tự, trình bày rõ sự việc'),
      'Nội dung',
    ),
    contact: PortalContact,
    consent: z.object({
      accepted: labelled(
        z.literal(true, { error: 'Cần đồng ý với việc xử lý dữ liệu cá nhân để gửi' }),
        'Đồng ý xử lý dữ liệu cá nhân',
      ),
      /** The version of the consent text shown (PortalTerms.consentVersion). */
      version: Required(40, 'Phiên bản nội dung đồng ý'),
    }),
    altcha: AltchaPayload,
  })
  .refine((v) => !!(v.contact.phone || v.contact.email), {
    message: 'Cần ít nhất số điện thoại hoặc thư điện tử để cơ quan liên hệ',
    path: ['contact', 'phone'],
  })
  .refine((v) => v.kind !== 'to_cao' || !!v.contact.address, {
    message: 'Đơn tố cáo cần ghi địa chỉ của người tố cáo (Luật Tố cáo 2018 điều 23)',
    path: ['contact', 'address'],
  });
export type PortalSubmission = z.infer<typeof PortalSubmission>;

/** The receipt, shown once with the code: nothing in it names the sender. */
export const PortalReceipt = z.object({
  /** The lookup code in groups of four ("7K3M-9QXD-…"): shown only in this answer, never again. */
  code: z.string(),
  submittedAt: z.string(),
  /** dd/MM/yyyy HH:mm, Vietnam time. */
  submittedAtText: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  kind: PortalKind,
  kindLabel: z.string(),
  field: PortalField,
  fieldLabel: z.string(),
  subject: z.string(),
  /** The screening deadline the legal register gives (ISO date). */
  dueDate: z.string().nullable(),
  /** Files may be attached with the code until then (ISO instant). */
  attachUntil: z.string(),
  maxFiles: z.number().int(),
  /** "Hãy lưu hoặc in mã…": what the citizen should do with the code. */
  notice: z.string(),
});
export type PortalReceipt = z.infer<typeof PortalReceipt>;

/** The file part of POST /api/v1/public/submissions/files comes with this text field. */
export const PortalAttachFields = z.object({ code: LookupCodeInput });
export const PortalAttached = z.object({
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
  /** Files attached so far, and how many more may be. */
  count: z.number().int(),
  remaining: z.number().int(),
});
