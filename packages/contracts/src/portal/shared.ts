/**
 * What the contracts of the portal share: field builders and the petition vocabularies as the portal
 * shows them (internal to portal/*.ts, not re-exported by the package), the ALTCHA payload and the
 * lookup code as typed.
 */
import { z } from 'zod';
import { PETITION_FIELDS, PETITION_KINDS, PETITION_STATUSES, PETITION_STEPS } from '@danvan/domain';
import { Text } from '../common.ts';
import { labelled } from '../labels.ts';

export const oneOf = (label: string) => ({ error: `${label}: giá trị không hợp lệ` });
export const Required = (max: number, label: string) =>
  labelled(Text(max, label).min(1, `${label} không được để trống`), label);

export const PortalKind = labelled(z.enum(PETITION_KINDS, oneOf('Loại đơn')), 'Loại đơn');
export const PortalField = labelled(z.enum(PETITION_FIELDS, oneOf('Lĩnh vực')), 'Lĩnh vực');
export const PortalStatus = z.enum(PETITION_STATUSES);
export const PortalStep = z.enum(PETITION_STEPS);
export const Bilingual = z.object({ vi: z.string(), en: z.string() });

/** A solved ALTCHA challenge: the widget's payload (base64 of the challenge and its solution). */
export const AltchaPayload = labelled(
  z
    .string({ error: 'Mã xác minh chống tự động: chưa hoàn thành bước xác minh' })
    .min(1, 'Mã xác minh chống tự động: chưa hoàn thành bước xác minh')
    .max(8000, 'Mã xác minh chống tự động: không hợp lệ'),
  'Mã xác minh chống tự động',
);

/** The lookup code as typed (groups, spaces, lower case allowed); checked by the server. */
export const LookupCodeInput = labelled(
  z
    .string({ error: 'Mã tra cứu phải là chuỗi ký tự' })
    .trim()
    .min(1, 'Mã tra cứu không được để trống')
    .max(60, 'Mã tra cứu: tối đa 60 ký tự'),
  'Mã tra cứu',
);
