/** One value of an entry in Vietnamese: names for ids, dd/MM/yyyy dates, Có/Không, vi-VN numbers. */
import { formatDateTimeVi, formatDateVi } from '@danvan/domain';
import { entityLabel, fieldDef, type FieldDef } from './entry.labels.ts';
import type { Names } from './entry.names.ts';
import { cut, isEmpty, isObj, shownKeys, toId, type Json, type Obj } from './entry.values.ts';

const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function formatScalar(v: Json, def: FieldDef, names: Names, entity: string): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) {
    const parts = v.map((x) => formatScalar(x, def, names, entity)).filter((x): x is string => !!x);
    return parts.length ? cut(parts.join('; ')) : null;
  }
  const kind = def.kind;
  if (kind && 'ref' in kind) {
    if (kind.ref === 'group') return typeof v === 'string' ? (names.groups.get(v) ?? v) : String(v);
    if (kind.ref === 'entity') return typeof v === 'string' ? entityLabel(v) : String(v);
    const id = toId(isObj(v) ? v.id : v);
    if (id !== null) {
      if (kind.ref === 'unit') return names.units.get(id) ?? `#${id}`;
      if (kind.ref === 'user') return names.users.get(id) ?? `#${id}`;
      return `#${id}`;
    }
  }
  if (kind && 'enum' in kind && typeof v === 'string') return kind.enum[v] ?? v;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'number') {
    if (kind && 'text' in kind && kind.text === 'percent') return `${nf.format(v)}%`;
    if (kind && 'text' in kind && kind.text === 'bytes')
      return v >= 1024 * 1024
        ? `${nf.format(Math.round((v / 1024 / 1024) * 10) / 10)} MB`
        : v >= 1024
          ? `${nf.format(Math.round((v / 1024) * 10) / 10)} KB`
          : `${nf.format(v)} byte`;
    return nf.format(v);
  }
  if (typeof v === 'string') {
    try {
      if (ISO_DATE.test(v)) return formatDateVi(v);
      if (ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v))) return formatDateTimeVi(v);
    } catch {
      /* not a real date: shown as typed */
    }
    return cut(v.replace(/\s+/g, ' ').trim());
  }
  if (isObj(v)) return formatObject(v, names, entity);
  return cut(String(v));
}

/** A nested object in one line: "I. Title", "Name", or "Label: value, Label: value". */
function formatObject(o: Obj, names: Names, entity: string): string | null {
  if (typeof o.title === 'string' && o.title)
    return cut(o.number ? `${String(o.number)}. ${o.title}` : o.title);
  if (typeof o.name === 'string' && o.name) return cut(o.name);
  const parts: string[] = [];
  for (const k of shownKeys(o)) {
    if (isEmpty(o[k]) || k === 'id') continue;
    const text = formatScalar(o[k], fieldDef(entity, k), names, entity);
    if (text) parts.push(`${fieldDef(entity, k).label}: ${text}`);
  }
  return parts.length ? cut(parts.join(', ')) : null;
}

export function format(v: Json, def: FieldDef, names: Names, entity: string): string | null {
  if (isEmpty(v)) return null;
  return formatScalar(v, def, names, entity);
}
