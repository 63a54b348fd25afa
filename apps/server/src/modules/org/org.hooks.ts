import { registerFileOwner } from '../files/index.ts';
import { registerFigureProvider } from '../../core/figures.ts';
import { findUnits, getUnitById } from './unit/read-unit.ts';

let done = false;
/** Org units take attachments (decisions on establishment, merger) and provide the count of units. */
export function registerOrgHooks(): void {
  if (done) return;
  done = true;
  registerFileOwner('org_unit', async (ctx, entityId) => {
    // a malformed id names no record (the files service answers 404), rather than a failed query
    if (!/^\d{1,9}$/.test(entityId)) return null;
    const u = await getUnitById(ctx, Number(entityId));
    return u
      ? { unitId: u.id, unitPath: u.path, readPermission: 'org:read', writePermission: 'org:write' }
      : null;
  });
  registerFigureProvider('org.units_in_scope', async (ctx, q) => {
    const units = await findUnits(ctx, { underUnitId: q.unitId, asOf: q.to });
    return units.length;
  });
}
