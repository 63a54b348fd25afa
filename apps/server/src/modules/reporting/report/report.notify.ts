import type { Role } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import type { Db } from '../../../db/client.ts';
import { notifyUnit } from '../../notifications/index.ts';
import * as org from '../../org/index.ts';
import type { Loaded } from './load-report.ts';

/** The roles of a reporting unit that hear about its report. */
export const UNIT_ROLES: Role[] = ['unit_head', 'focal_officer'];

/** The reviewing unit: the period's root for a unit's report, the parent for the province's own report. */
export async function reviewerUnitId(ctx: Ctx, l: Loaded): Promise<number | null> {
  if (l.report.r.level === 'unit') return l.period.p.rootUnitId;
  const u = await org.getUnitById(ctx, l.report.r.unitId);
  return u?.parentId ?? null;
}

/**
 * Tells a unit's roles about a report, in the verb's transaction, once per key. `code` and `params`
 * let the web say it in the reader's language (`notifications.messages.<code>`); the Vietnamese
 * title and body are stored as well.
 */
export async function notifyReport(
  tx: Db,
  ctx: Ctx,
  unitId: number | null,
  roles: Role[],
  m: { code: string; params: Record<string, string | number>; title: string; body: string },
  reportId: number,
  key: string,
) {
  if (!unitId) return;
  await notifyUnit(tx, ctx, unitId, roles, {
    kind: 'reporting',
    code: m.code,
    params: m.params,
    title: m.title,
    body: m.body,
    link: `/bao-cao/${reportId}`,
    dedupeKey: key,
  });
}
