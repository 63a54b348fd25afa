/**
 * What the contracts of plans share: field builders with Vietnamese labels (internal to plans/*.ts, not
 * re-exported by the package) and the small reference shapes (UnitSelector, UnitRef, DocRef).
 */
import { z } from 'zod';
import { Id, IdList, IsoDate, Key, Text } from '../common.ts';
import { formatCount, labelled } from '../labels.ts';
import { UNIT_KIND_CODES } from '../org.ts';

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** Query-string boolean: 'true' / '1' are true, anything else false. */
export const QueryBool = z
  .union([z.boolean(), z.string()])
  .transform((v) => v === true || v === 'true' || v === '1');
export const queryBool = (label: string) => labelled(QueryBool, label);

export const idList = (label: string) => labelled(IdList, label);
/** Free text of at most `max` characters, labelled. */
export const text = (max: number, label: string) =>
  labelled(
    z
      .string()
      .trim()
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
/** A list of free texts (purposes, requirements, recipients…): the list is labelled, items are its rows. */
export const textList = (maxItems: number, maxLength: number, label: string) =>
  labelled(
    z
      .array(
        z
          .string()
          .trim()
          .max(maxLength, `Tối đa ${formatCount(maxLength)} ký tự`),
      )
      .max(maxItems, `Tối đa ${formatCount(maxItems)} dòng`),
    label,
  );
export const query = (max: number) => Text(max, 'Từ khóa');
export const required = (label: string, max: number) =>
  labelled(
    z
      .string()
      .trim()
      .min(1, `${label} không được để trống`)
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
export const unitId = (label = 'Đơn vị') => labelled(Id, label);
export const date = (label: string) => labelled(IsoDate, label);

/** Which units: every unit of the groups, of the kinds, and the listed ones (union). */
export const UnitSelector = z.object({
  groups: labelled(z.array(Key(60, 'Khối')).max(50, 'Tối đa 50 khối'), 'Khối').default([]),
  kinds: labelled(z.array(z.enum(UNIT_KIND_CODES)).max(20, 'Tối đa 20 loại đơn vị'), 'Loại đơn vị').default(
    [],
  ),
  unitIds: idList('Đơn vị cụ thể').default([]),
});
export type UnitSelector = z.infer<typeof UnitSelector>;
/** A selector as the server answers it (plain values: the input's id parser cannot encode). */
export const UnitSelectorView = z.object({
  groups: z.array(z.string()),
  kinds: z.array(z.enum(UNIT_KIND_CODES)),
  unitIds: z.array(z.number().int()),
});

export const UnitRef = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof UnitRef>;

export const DocRef = z.object({
  id: z.number().int(),
  numberSymbol: z.string(),
  kind: z.string(),
  title: z.string(),
  issuedOn: z.string(),
});
export type DocRef = z.infer<typeof DocRef>;

export const Can = z.record(z.string(), z.boolean());
