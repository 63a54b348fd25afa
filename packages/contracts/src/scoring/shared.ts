/**
 * What the contracts of scoring share: field builders with Vietnamese labels (internal to scoring/*.ts,
 * not re-exported by the package) and Points.
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
/** Points: a finite number from 0 to `max`, at most two decimals (0,25 and 0,5 are common steps). */
export const Points = (label: string, max = 1000) =>
  labelled(
    z
      .number({ error: `${label} phải là một số` })
      .finite(`${label} phải là một số`)
      .min(0, `${label} không được âm`)
      .max(max, `${label}: tối đa ${formatCount(max)}`)
      .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, `${label}: tối đa hai chữ số thập phân`),
    label,
  );
