import type { Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import { wholeList } from '../../../core/page.ts';
import * as repo from './group.repository.ts';

/** The groups of units (khối); not unit data, so readable by anyone with org:read, everywhere. */
export async function listGroups(ctx: Ctx) {
  return repo.listGroups(ctx.db);
}

/** GET /org/groups: a short fixed vocabulary, answered whole; no route creates a group, so no `can`. */
export async function listUnitGroups(ctx: Ctx) {
  return wholeList(await listGroups(ctx));
}

/** Refuses group codes that do not exist. */
export async function assertGroupsExist(ctx: Ctx, codes: string[]): Promise<void> {
  if (!codes.length) return;
  const known = new Set((await repo.listGroups(ctx.db)).map((g) => g.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) throw Invalid(`Nhóm đơn vị không tồn tại: ${unknown.join(', ')}`);
}
