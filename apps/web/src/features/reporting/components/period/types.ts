import type { SubmissionBucket } from '../submission.ts';

/** What a period view is about: a unit's subtree, counting submitted reports too or not. */
export type PeriodQuery = { unitId?: number; includeSubmitted?: boolean };
/** The filters of the submissions tab, held in the URL so the dashboard's charts can open them. */
export type UnitFilters = { status?: string; deadline?: SubmissionBucket; group?: string };
/** The statuses a unit's report may have in a period (not_started: none yet). */
export const UNIT_REPORT_STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'accepted'] as const;
