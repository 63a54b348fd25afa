import type { Report } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { loadReport } from './load-report.ts';
import { presentReport } from './report.present.ts';

/** A report the actor may read: content, figures and their sources, checks, history, what it may do. */
export async function getReport(ctx: Ctx, id: number): Promise<Report> {
  return presentReport(ctx, await loadReport(ctx, id));
}
