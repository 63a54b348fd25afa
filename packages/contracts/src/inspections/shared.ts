/**
 * What the contracts of inspections share: field builders with Vietnamese labels and refinements
 * (internal to inspections/*.ts, not re-exported by the package).
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
const EMPTY_UPDATE = 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.';
export const somethingToChange = [
  (v: Record<string, unknown>) =>
    Object.entries(v).some(([k, x]) => k !== 'expectedVersion' && x !== undefined),
  { message: EMPTY_UPDATE },
] as const;
export const dateOrder = [
  (v: { startOn?: string | null; endOn?: string | null }) => !v.startOn || !v.endOn || v.startOn <= v.endOn,
  { message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', path: ['endOn'] as string[] },
] as const;
