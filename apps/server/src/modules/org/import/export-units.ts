import type { z } from 'zod';
import type { OrgUnitListQuery } from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { renderXlsx } from '../../../core/documents/xlsx.ts';
import { fetchRows } from '../../../core/page.ts';
import * as groupRepo from '../group/group.repository.ts';
import * as units from '../unit/unit.repository.ts';
import { unitReadScopes } from '../unit/unit.policy.ts';
import { IMPORT_COLUMNS } from './import-sheet.ts';

/** The units the actor may read, as an .xlsx in the import's own columns (so it can be re-imported). */
export async function exportUnits(ctx: Ctx, q: Omit<z.infer<typeof OrgUnitListQuery>, 'page' | 'pageSize'>) {
  const scopes = unitReadScopes(requireActor(ctx.actor));
  const { rows } = units.unitList(ctx.db, scopes, {
    ...q,
    q: q.q?.trim() || undefined,
    asOf: q.asOf ?? today(ctx),
  });
  const items = await fetchRows(rows, { limit: 100_000, offset: 0 });
  const byId = new Map(items.map((u) => [u.id, u]));
  const parents = await units.getUnitsByIds(ctx.db, [
    ...new Set(items.map((u) => u.parentId).filter((x): x is number => x !== null && !byId.has(x))),
  ]);
  for (const p of parents) byId.set(p.id, p);
  const kindName = new Map(UNIT_KINDS.map((k) => [k.code, k.nameVi]));
  // groups by their names, one after another with "; " (a name may hold commas); the import reads both
  const groupName = new Map((await groupRepo.listGroups(ctx.db)).map((g) => [g.code, g.name]));
  return renderXlsx([
    {
      name: 'Đơn vị',
      title: 'DANH SÁCH ĐƠN VỊ',
      columns: [
        { header: IMPORT_COLUMNS[0], key: 'code', width: 22 },
        { header: IMPORT_COLUMNS[1], key: 'name', width: 45 },
        { header: IMPORT_COLUMNS[2], key: 'kind', width: 28 },
        { header: IMPORT_COLUMNS[3], key: 'parent', width: 22 },
        { header: IMPORT_COLUMNS[4], key: 'adminCode', width: 14 },
        { header: IMPORT_COLUMNS[5], key: 'groups', width: 36 },
        { header: IMPORT_COLUMNS[6], key: 'validFrom', width: 14, type: 'date' },
        { header: 'Hiệu lực đến', key: 'validTo', width: 14, type: 'date' },
      ],
      rows: items.map((u) => ({
        code: u.code,
        name: u.name,
        kind: kindName.get(u.kind as never) ?? u.kind,
        parent: u.parentId ? (byId.get(u.parentId)?.code ?? null) : null,
        adminCode: u.adminCode,
        groups: u.groups.map((g) => groupName.get(g) ?? g).join('; '),
        validFrom: u.validFrom,
        validTo: u.validTo,
      })),
    },
  ]);
}
