import { today, type Ctx } from '../../../core/context.ts';
import { inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import type { Upload } from '../../../core/files.ts';
import { addUnit } from '../unit/create-unit.ts';
import { updateUnit } from '../unit/update-unit.ts';
import * as units from '../unit/unit.repository.ts';
import { analyseImport } from './analyse-import.ts';

/** Applies the file only when every row is valid (all or nothing); parents in the file come first. */
export async function commitImport(ctx: Ctx, file: Upload) {
  const rows = await analyseImport(ctx, file);
  const bad = rows.filter((r) => r.errors.length);
  if (bad.length)
    throw Err.import_invalid(`Tệp có ${bad.length} dòng lỗi; chưa nhập dòng nào.`, {
      errors: bad.flatMap((r) => r.errors.map((m) => ({ path: `dòng ${r.row}`, message: m }))),
    });
  return inTx(ctx, async (_tx, c) => {
    const pending = rows.filter((r) => r.action === 'create');
    let created = 0;
    let updated = 0;
    // insert in dependency order: a row whose parent is still pending waits
    while (pending.length) {
      const ready = pending.filter((r) => !pending.some((p) => p.code === r.parentCode));
      if (!ready.length) throw Err.import_invalid('Quan hệ cấp trên trong tệp bị vòng lặp.');
      for (const r of ready) {
        const parent = await units.getUnitByCode(c.db, r.parentCode!);
        await addUnit(c, {
          code: r.code,
          name: r.name,
          kind: r.kind as never,
          parentId: parent!.id,
          adminCode: r.adminCode || null,
          validFrom: r.validFrom!,
          groups: r.groupCodes,
        });
        created++;
        pending.splice(pending.indexOf(r), 1);
      }
    }
    for (const r of rows.filter((x) => x.action === 'update')) {
      await updateUnit(c, r.existing!.id, {
        name: r.name,
        effectiveDate: today(c) > r.existing!.validFrom ? today(c) : undefined,
      });
      updated++;
    }
    return { created, updated, skipped: rows.filter((r) => r.action === 'skip').length };
  });
}
