/**
 * What the contracts of petitions share: field builders with Vietnamese labels and the case facts
 * (internal to petitions/*.ts, not re-exported by the package).
 */
import { z } from 'zod';
import { BodyInt, IsoDate, Text } from '../common.ts';
import { labelled } from '../labels.ts';

export const oneOf = (label: string) => ({ error: `${label}: giá trị không hợp lệ` });
/** The case facts that choose a longer legal time limit (rule conditions of the legal register). */
export const Complex = labelled(z.boolean(), 'Vụ việc phức tạp');
export const RemoteArea = labelled(z.boolean(), 'Vùng sâu, vùng xa, đi lại khó khăn');

export const Note = (label = 'Ghi chú') => Text(4000, label).nullish();
export const Required = (max: number, label: string) =>
  labelled(Text(max, label).min(1, `${label} không được để trống`), label);
export const StepDate = labelled(IsoDate, 'Ngày thực hiện');
export const Version = BodyInt(1, 2_000_000_000, 'Phiên bản').optional();
