import type { Report } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { loadReport } from './load-report.ts';
import { presentReport } from './report.present.ts';
import * as repo from './report.repository.ts';

/** A report the actor may read: content, figures and their sources, checks, history, what it may do. */
export async function getReport(ctx: Ctx, id: number): Promise<Report> {
  return presentReport(ctx, await loadReport(ctx, id));
}

/**
 * The outline of each report (period name, template sections and indicators) for naming a report's
 * fields elsewhere (the audit trail). Checks no access: the caller passes only ids its reader may see.
 */
export async function reportOutlines(ctx: Ctx, ids: number[]) {
  return repo.reportOutlines(ctx.db, ids);
}
