/**
 * What the contracts of answers share: field builders with Vietnamese labels (internal to
 * answers/*.ts, not re-exported by the package).
 */
import { z } from 'zod';
import { BodyInt, INT4_MAX, IsoDate, Text } from '../common.ts';
import { formatCount, labelled } from '../labels.ts';

export const pick = (what: string) => ({ message: `${what} không hợp lệ, hãy chọn trong danh sách` });

export const required = (label: string, max: number) =>
  labelled(
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .trim()
      .min(1, `${label} không được để trống`)
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
export const optionalText = (label: string, max: number) => labelled(Text(max, label), label);
export const version = labelled(BodyInt(1, INT4_MAX, 'Phiên bản'), 'Phiên bản');
export const date = (label: string) => labelled(IsoDate, label);
