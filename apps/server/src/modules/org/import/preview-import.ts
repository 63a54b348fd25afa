import type { Ctx } from '../../../core/context.ts';
import type { Upload } from '../../../core/files.ts';
import { analyseImport } from './analyse-import.ts';

/** What importing the file would do, row by row, without writing anything. */
export async function previewImport(ctx: Ctx, file: Upload) {
  const rows = await analyseImport(ctx, file);
  return {
    rows: rows.map((r) => ({
      row: r.row,
      code: r.code,
      name: r.name,
      kind: r.kind,
      parentCode: r.parentCode,
      action: r.action,
      errors: r.errors,
    })),
    valid: rows.filter((r) => !r.errors.length).length,
    invalid: rows.filter((r) => r.errors.length).length,
  };
}
