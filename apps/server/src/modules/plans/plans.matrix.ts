/**
 * Access-control matrix rows of the plans module: one per route. Records are made with the system
 * context at the target unit: communeA ('own'), communeB ('sibling') or the province root ('parent').
 * A superior's records that are shared downwards on purpose (issued plans, shared guiding documents,
 * themes and movements) would be readable from below, so the 'parent' records here are ones that are
 * not shared (a draft plan, an unshared document); the sharing itself is tested in plans.test.ts and
 * plans.registers.test.ts.
 */
import type { MatrixRow } from '../../../test/access-matrix.types.ts';
import { planRows } from './plans.matrix.plans.ts';
import { registerRows } from './plans.matrix.registers.ts';

// The rows are kept in two parts (plans.matrix.registers.ts, plans.matrix.plans.ts) over the record
// makers of plans.matrix.records.ts; test/access-matrix.ts collects this file only (*.matrix.ts).
export const rows: MatrixRow[] = [...registerRows, ...planRows];
