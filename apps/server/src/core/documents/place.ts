/**
 * The place name (địa danh) written before the date of a document, per Nghị định 30/2020/NĐ-CP,
 * Appendix I, part I, item 5 (địa danh ghi trên văn bản):
 *
 * - a body at province level (the provincial People's Committee, its departments, …): the name of the
 *   province or centrally-run city ('Đồng Nai');
 * - a body at district level: the name of the district, town or provincial city ('Bù Đăng');
 * - a body at commune level: the name of the xã, phường, thị trấn or đặc khu ('Biên Hòa' for Ủy ban
 *   nhân dân phường Biên Hòa);
 * - a unit named after a number, a person or a historical event keeps its full name ('Phường 5',
 *   'Thành phố Hồ Chí Minh').
 *
 * Org units hold no place-name field, so the name is derived from the unit names: the nearest
 * administrative unit (commune, district or province kind) at or above the issuing unit, with
 * 'Ủy ban nhân dân' / 'UBND' / 'Hội đồng nhân dân' / 'HĐND' and the level word (tỉnh, thành phố,
 * huyện, quận, thị xã, xã, phường, thị trấn, đặc khu) removed. A number is recognised from the name;
 * names after people are recognised only from the short list below. Central bodies (kinds nation
 * and ministry) with no administrative unit above them write 'Hà Nội', where they sit.
 */

export interface PlaceUnit {
  name: string;
  kind: string;
}

const ADMINISTRATIVE = new Set(['commune', 'district', 'province']);
const BODY_PREFIX = /^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+/iu;
const LEVEL = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(.+)$/iu;
/** Administrative units named after people whose full name the place keeps. */
const NAMED_AFTER_PEOPLE = new Set(['hồ chí minh']);

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1);

/** 'Ủy ban nhân dân phường Biên Hòa' → 'Biên Hòa'; 'Phường 5' → 'Phường 5'. */
export function placeFromUnitName(name: string): string {
  const bare = name.normalize('NFC').trim().replace(/\s+/gu, ' ').replace(BODY_PREFIX, '');
  const m = LEVEL.exec(bare);
  if (!m) return bare;
  const [, level, rest] = m;
  if (/^\d/u.test(rest) || NAMED_AFTER_PEOPLE.has(rest.toLocaleLowerCase('vi-VN')))
    return `${capitalise(level.toLocaleLowerCase('vi-VN'))} ${rest}`;
  return rest;
}

/**
 * The place name of a document issued by the first unit of `chain`, where `chain` is that unit and
 * then its ancestors, nearest first.
 */
export function placeNameOf(chain: PlaceUnit[]): string {
  const admin = chain.find((u) => ADMINISTRATIVE.has(u.kind));
  if (admin) return placeFromUnitName(admin.name);
  if (chain.some((u) => u.kind === 'nation' || u.kind === 'ministry')) return 'Hà Nội';
  return chain.length ? placeFromUnitName(chain[chain.length - 1].name) : '';
}

/**
 * The place name of a document issued by `unit`, loading its ancestors from the materialised path
 * ('/1/5/12/') with `load` (e.g. `(ids) => org.getUnitsByIds(ctx, ids)`).
 */
export async function placeNameFor(
  unit: PlaceUnit & { id: number; path: string },
  load: (ids: number[]) => Promise<(PlaceUnit & { id: number })[]>,
): Promise<string> {
  const ids = unit.path
    .split('/')
    .filter(Boolean)
    .map(Number)
    .filter((id) => id !== unit.id)
    .reverse();
  const byId = new Map((ids.length ? await load(ids) : []).map((u) => [u.id, u]));
  return placeNameOf([
    unit,
    ...ids.map((id) => byId.get(id)).filter((u): u is PlaceUnit & { id: number } => !!u),
  ]);
}
