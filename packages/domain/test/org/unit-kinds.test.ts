import { describe, expect, it } from 'vitest';
import {
  isUnitKind,
  isUnitKindActiveOn,
  UNIT_KINDS,
  UNIT_LEVEL_NAMES_VI,
  unitKindInfo,
  type UnitKind,
} from '../../src/index.ts';

const CODES: UnitKind[] = [
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
];

describe('UNIT_KINDS', () => {
  it('lists every kind exactly once', () => {
    expect(UNIT_KINDS.map((k) => k.code).sort()).toEqual([...CODES].sort());
  });

  it('gives each kind Vietnamese and English names and consistent levels', () => {
    for (const kind of UNIT_KINDS) {
      expect(kind.nameVi).toMatch(/\S/);
      expect(kind.nameEn).toMatch(/\S/);
      expect(kind.levels).toContain(kind.level);
      expect(Object.keys(UNIT_LEVEL_NAMES_VI).map(Number)).toEqual(expect.arrayContaining([...kind.levels]));
    }
  });

  it.each([
    ['province', 'Tỉnh/Thành phố', 1],
    ['department', 'Sở, ban, ngành', 1],
    ['district', 'UBND cấp huyện', 2],
    ['commune', 'UBND cấp xã (xã, phường, đặc khu)', 3],
    ['public_service', 'Đơn vị sự nghiệp công lập', 1],
    ['state_enterprise', 'Doanh nghiệp nhà nước', 1],
    ['front', 'Mặt trận Tổ quốc', 1],
    ['mass_org', 'Tổ chức chính trị - xã hội', 1],
    ['council', 'Hội đồng nhân dân', 1],
    ['ministry', 'Bộ, ngành Trung ương', 0],
    ['nation', 'Trung ương', 0],
  ] as const)('%s is "%s" at level %d', (code, nameVi, level) => {
    expect(unitKindInfo(code)).toMatchObject({ code, nameVi, level });
  });

  it('names the Party mass mobilisation commission', () => {
    expect(unitKindInfo('party_mobilization').nameVi).toMatch(/^Ban Dân vận/);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(UNIT_KINDS)).toBe(true);
    expect(UNIT_KINDS.every((k) => Object.isFrozen(k) && Object.isFrozen(k.levels))).toBe(true);
  });

  it('names the tiers', () => {
    expect(UNIT_LEVEL_NAMES_VI).toEqual({ 0: 'Trung ương', 1: 'Cấp tỉnh', 2: 'Cấp huyện', 3: 'Cấp xã' });
  });
});

describe('isUnitKind / unitKindInfo', () => {
  it('recognises codes', () => {
    for (const code of CODES) expect(isUnitKind(code)).toBe(true);
    expect(isUnitKind('village')).toBe(false);
    expect(isUnitKind('toString')).toBe(false);
    expect(isUnitKind(undefined)).toBe(false);
  });

  it('throws for an unknown code', () => {
    expect(() => unitKindInfo('village' as UnitKind)).toThrow(RangeError);
  });
});

describe('isUnitKindActiveOn', () => {
  it('ends the district tier on 30/6/2025 (two-tier local government from 1/7/2025)', () => {
    expect(unitKindInfo('district').validTo).toBe('2025-06-30');
    expect(isUnitKindActiveOn('district', '2022-02-26')).toBe(true);
    expect(isUnitKindActiveOn('district', '2025-06-30')).toBe(true);
    expect(isUnitKindActiveOn('district', '2025-07-01')).toBe(false);
  });

  it('keeps the other kinds active', () => {
    for (const code of CODES.filter((c) => c !== 'district')) {
      expect(isUnitKindActiveOn(code, '2030-01-01')).toBe(true);
    }
  });

  it('rejects an invalid date', () => {
    expect(() => isUnitKindActiveOn('district', '1/7/2025')).toThrow(RangeError);
  });
});
