/**
 * What the contracts of models share: field builders with Vietnamese labels and refinements (internal
 * to models/*.ts, not re-exported by the package).
 */
import { z } from 'zod';
import { BodyInt, INT4_MAX, Text } from '../common.ts';
import { formatCount, labelled } from '../labels.ts';

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
export const bool = (label: string) =>
  labelled(
    z
      .enum(['true', 'false', '1', '0'], { message: `${label}: chỉ nhận true hoặc false` })
      .transform((v) => v === 'true' || v === '1'),
    label,
  );
export const Points = (label: string, max: number) =>
  labelled(
    z
      .number({ error: `${label} phải là một số` })
      .finite(`${label} phải là một số`)
      .min(0, `${label} không được âm`)
      .max(max, `${label}: tối đa ${formatCount(max)}`),
    label,
  );

export const EMPTY_UPDATE = 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.';
export const somethingToChange = [
  (v: Record<string, unknown>) =>
    Object.entries(v).some(([k, x]) => k !== 'expectedVersion' && x !== undefined),
  { message: EMPTY_UPDATE },
] as const;
