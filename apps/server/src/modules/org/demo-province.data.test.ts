import { describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_ROOT_CODE, DEMO_UNITS, type DemoUnit } from './demo-province.data.ts';

const byCode = new Map(DEMO_UNITS.map((u) => [u.code, u]));
const isCurrent = (u: DemoUnit) => u.validTo === undefined;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe('demo province data', () => {
  it('has unique codes', () => {
    const codes = DEMO_UNITS.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9_]+$/);
  });

  it('has exactly one root, the provincial People’s Committee', () => {
    const roots = DEMO_UNITS.filter((u) => u.parentCode === null);
    expect(roots.map((u) => u.code)).toEqual([DEMO_ROOT_CODE]);
    expect(roots[0].kind).toBe('province');
    expect(roots[0].name).toBe('Ủy ban nhân dân tỉnh Đồng Nai');
    expect(roots[0].adminCode).toBe('75');
  });

  it('has every parent, listed before its child, and no cycles', () => {
    const seen = new Set<string>();
    for (const u of DEMO_UNITS) {
      if (u.parentCode !== null) {
        expect(byCode.has(u.parentCode), `${u.code} → ${u.parentCode}`).toBe(true);
        expect(seen.has(u.parentCode), `${u.parentCode} listed before ${u.code}`).toBe(true);
      }
      seen.add(u.code);
    }
  });

  it('has valid dates, children inside their parent’s validity', () => {
    for (const u of DEMO_UNITS) {
      expect(isValidIsoDate(u.validFrom), `${u.code}.validFrom`).toBe(true);
      if (u.validTo !== undefined) {
        expect(isValidIsoDate(u.validTo), `${u.code}.validTo`).toBe(true);
        expect(u.validTo >= u.validFrom, u.code).toBe(true);
      }
      const parent = u.parentCode === null ? undefined : byCode.get(u.parentCode);
      if (parent) {
        expect(u.validFrom >= parent.validFrom, `${u.code} starts after ${parent.code}`).toBe(true);
        if (parent.validTo !== undefined) {
          expect(u.validTo, `${u.code} ends with ${parent.code}`).toBeDefined();
          expect(u.validTo! <= parent.validTo, `${u.code} ends by ${parent.code}`).toBe(true);
        }
      }
    }
  });

  it('links every ended commune to successors that exist and start the day after', () => {
    const ended = DEMO_UNITS.filter((u) => u.successorCodes !== undefined);
    expect(ended.length).toBeGreaterThanOrEqual(6);
    for (const u of ended) {
      expect(u.validTo, `${u.code} has successors, so it ended`).toBeDefined();
      expect(u.successorCodes!.length).toBeGreaterThan(0);
      for (const s of u.successorCodes!) {
        const successor = byCode.get(s);
        expect(successor, `${u.code} → ${s}`).toBeDefined();
        expect(successor!.validFrom, `${s} starts the day after ${u.code} ends`).toBe(nextDay(u.validTo!));
        expect(isCurrent(successor!), `${s} is current`).toBe(true);
        expect(successor!.kind).toBe(u.kind);
      }
    }
  });

  it('has one former district with 6–10 former communes, all merged into current communes', () => {
    const districts = DEMO_UNITS.filter((u) => u.kind === 'district');
    expect(districts).toHaveLength(1);
    const [district] = districts;
    expect(district.parentCode).toBe(DEMO_ROOT_CODE);
    expect(district.validTo).toBe('2025-06-30');
    const formerCommunes = DEMO_UNITS.filter((u) => u.parentCode === district.code);
    expect(formerCommunes.length).toBeGreaterThanOrEqual(6);
    expect(formerCommunes.length).toBeLessThanOrEqual(10);
    for (const c of formerCommunes) {
      expect(c.kind).toBe('commune');
      expect(c.validTo).toBe('2025-06-30');
      expect(c.successorCodes?.length).toBeGreaterThan(0);
    }
  });

  it('has 60–100 current communes, with both phường and xã, under the root', () => {
    const communes = DEMO_UNITS.filter((u) => u.kind === 'commune' && isCurrent(u));
    expect(communes.length).toBeGreaterThanOrEqual(60);
    expect(communes.length).toBeLessThanOrEqual(100);
    for (const c of communes) {
      expect(c.parentCode).toBe(DEMO_ROOT_CODE);
      expect(c.validFrom).toBe('2025-07-01');
      expect(c.shortName).toMatch(/^(Phường|Xã) \S/u);
    }
    const wards = communes.filter((c) => c.shortName!.startsWith('Phường '));
    expect(wards.length).toBeGreaterThan(0);
    expect(wards.length).toBeLessThan(communes.length);
    // Commune names are unique among current units (old ones may clash with new ones).
    expect(new Set(communes.map((c) => c.name)).size).toBe(communes.length);
  });

  it('has 15–20 current departments and the other unit kinds', () => {
    const count = (kind: DemoUnit['kind']) =>
      DEMO_UNITS.filter((u) => u.kind === kind && isCurrent(u)).length;
    expect(count('department')).toBeGreaterThanOrEqual(15);
    expect(count('department')).toBeLessThanOrEqual(20);
    expect(count('public_service')).toBeGreaterThanOrEqual(2);
    expect(count('state_enterprise')).toBeGreaterThanOrEqual(1);
    expect(count('front')).toBe(1);
    expect(count('mass_org')).toBe(5);
    expect(count('party_mobilization')).toBe(1);
    expect(count('council')).toBe(1);
    const sonv = byCode.get('SNV');
    expect(sonv?.name).toBe('Sở Nội vụ');
    const front = DEMO_UNITS.find((u) => u.kind === 'front')!;
    for (const m of DEMO_UNITS.filter((u) => u.kind === 'mass_org')) expect(m.parentCode).toBe(front.code);
  });

  it('assigns known groups, and every group has members', () => {
    const groupCodes = new Set(DEMO_GROUPS.map((g) => g.code));
    expect(groupCodes.size).toBe(DEMO_GROUPS.length);
    for (const u of DEMO_UNITS)
      for (const g of u.groups) expect(groupCodes.has(g), `${u.code}: ${g}`).toBe(true);
    for (const g of DEMO_GROUPS) {
      expect(
        DEMO_UNITS.some((u) => u.groups.includes(g.code)),
        g.code,
      ).toBe(true);
    }
    const expected: Partial<Record<DemoUnit['kind'], string>> = {
      department: 'khoi_so_nganh',
      commune: 'khoi_xa',
      public_service: 'khoi_su_nghiep',
      state_enterprise: 'khoi_doanh_nghiep',
      front: 'khoi_mttq_doan_the',
      mass_org: 'khoi_mttq_doan_the',
    };
    for (const u of DEMO_UNITS) {
      const g = expected[u.kind];
      if (g) expect(u.groups, u.code).toContain(g);
    }
  });

  it('has non-empty Vietnamese names with diacritics, in NFC', () => {
    // eslint-disable-next-line no-control-regex
    const hasDiacritics = (s: string) => /[^\u0000-\u007f]/u.test(s);
    for (const u of DEMO_UNITS) {
      expect(u.name.trim(), u.code).not.toBe('');
      expect(u.name, u.code).toBe(u.name.trim());
      expect(u.name, u.code).not.toMatch(/\s{2}/);
      expect(hasDiacritics(u.name), u.name).toBe(true);
      expect(u.name.normalize('NFC'), u.code).toBe(u.name);
      if (u.shortName !== undefined) {
        expect(u.shortName.trim(), u.code).not.toBe('');
        expect(u.shortName.normalize('NFC'), u.code).toBe(u.shortName);
      }
    }
    for (const g of DEMO_GROUPS) {
      expect(hasDiacritics(g.name), g.name).toBe(true);
      expect(g.name.normalize('NFC')).toBe(g.name);
    }
  });
});
