/** Kinds of organisation units, as reference data. */
import { assertIsoDate } from '../time/calendar.ts';

/** The codes of the unit kinds, top-down: the one list the contracts' enum and the tables are built from. */
export const UNIT_KIND_CODES = [
  'nation',
  'ministry',
  'province',
  'department',
  'district',
  'commune',
  'public_service',
  'state_enterprise',
  'front',
  'mass_org',
  'party_mobilization',
  'council',
] as const;

/** Code of a unit kind. */
export type UnitKind = (typeof UNIT_KIND_CODES)[number];

/**
 * The state bodies that must name a leader in charge of dân vận work (Quy chế dân vận, seed 001 II.5);
 * the Fatherland Front, mass organisations, the Party's committee and the councils do not.
 */
export const LEADER_REQUIRED_KINDS: readonly UnitKind[] = Object.freeze([
  'province',
  'department',
  'district',
  'commune',
  'public_service',
  'state_enterprise',
]);

/** Administrative tier (cấp): 0 central, 1 province, 2 district (legacy), 3 commune. */
export type UnitLevel = 0 | 1 | 2 | 3;

/** Vietnamese names of the administrative tiers. */
export const UNIT_LEVEL_NAMES_VI: Readonly<Record<UnitLevel, string>> = Object.freeze({
  0: 'Trung ương',
  1: 'Cấp tỉnh',
  2: 'Cấp huyện',
  3: 'Cấp xã',
});

/** Reference data of one unit kind. */
export interface UnitKindInfo {
  code: UnitKind;
  nameVi: string;
  nameEn: string;
  /** The tier where units of this kind usually sit in the tree. */
  level: UnitLevel;
  /** Every tier where a unit of this kind can exist. */
  levels: readonly UnitLevel[];
  /** Last day on which units of this kind exist (the district tier ended on 30/6/2025). */
  validTo?: string;
}

const ALL_LEVELS: readonly UnitLevel[] = Object.freeze([0, 1, 2, 3]);

/** Every unit kind, top-down. */
export const UNIT_KINDS: readonly UnitKindInfo[] = Object.freeze(
  (
    [
      { code: 'nation', nameVi: 'Trung ương', nameEn: 'Central level', level: 0, levels: [0] },
      {
        code: 'ministry',
        nameVi: 'Bộ, ngành Trung ương',
        nameEn: 'Ministry or central agency',
        level: 0,
        levels: [0],
      },
      {
        code: 'province',
        nameVi: 'Tỉnh/Thành phố',
        nameEn: 'Province or centrally-run city',
        level: 1,
        levels: [1],
      },
      {
        code: 'department',
        nameVi: 'Sở, ban, ngành',
        nameEn: 'Provincial department or agency',
        level: 1,
        levels: [1, 2],
      },
      {
        code: 'district',
        nameVi: 'UBND cấp huyện',
        nameEn: 'District People’s Committee (before 1 July 2025)',
        level: 2,
        levels: [2],
        validTo: '2025-06-30',
      },
      {
        code: 'commune',
        nameVi: 'UBND cấp xã (xã, phường, đặc khu)',
        nameEn: 'Commune People’s Committee (commune, ward, special zone)',
        level: 3,
        levels: [3],
      },
      {
        code: 'public_service',
        nameVi: 'Đơn vị sự nghiệp công lập',
        nameEn: 'Public service unit',
        level: 1,
        levels: ALL_LEVELS,
      },
      {
        code: 'state_enterprise',
        nameVi: 'Doanh nghiệp nhà nước',
        nameEn: 'State-owned enterprise',
        level: 1,
        levels: [0, 1],
      },
      {
        code: 'front',
        nameVi: 'Mặt trận Tổ quốc',
        nameEn: 'Vietnam Fatherland Front',
        level: 1,
        levels: ALL_LEVELS,
      },
      {
        code: 'mass_org',
        nameVi: 'Tổ chức chính trị - xã hội',
        nameEn: 'Socio-political organisation',
        level: 1,
        levels: ALL_LEVELS,
      },
      {
        code: 'party_mobilization',
        nameVi: 'Ban Dân vận (Ban Tuyên giáo và Dân vận)',
        nameEn: 'Party Mass Mobilisation Commission',
        level: 1,
        levels: ALL_LEVELS,
      },
      {
        code: 'council',
        nameVi: 'Hội đồng nhân dân',
        nameEn: 'People’s Council',
        level: 1,
        levels: [1, 2, 3],
      },
    ] satisfies UnitKindInfo[]
  ).map((kind) => Object.freeze({ ...kind, levels: Object.freeze([...kind.levels]) })),
);

const BY_CODE: ReadonlyMap<string, UnitKindInfo> = new Map(UNIT_KINDS.map((k) => [k.code, k]));

/** Returns true when the value is a unit kind code. */
export function isUnitKind(value: unknown): value is UnitKind {
  return typeof value === 'string' && BY_CODE.has(value);
}

/** Reference data of a unit kind; throws a RangeError for an unknown code. */
export function unitKindInfo(code: UnitKind): UnitKindInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new RangeError(`Unknown unit kind: ${String(code)}`);
  return info;
}

/** True when units of this kind can exist on a date (the district tier ends on 30/6/2025). */
export function isUnitKindActiveOn(code: UnitKind, isoDate: string): boolean {
  assertIsoDate(isoDate);
  const { validTo } = unitKindInfo(code);
  return validTo === undefined || isoDate <= validTo;
}
