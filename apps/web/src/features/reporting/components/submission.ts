import type { ReportRef } from '@danvan/contracts';

/**
 * Where a unit's report stands against the unit deadline, counted as the dashboard counts it
 * (reporting.rollup.ts `rates`): a report is "in" once submitted or accepted; on time or late by its
 * first submission. A report sent back or reopened after it was submitted is "other".
 */
export const SUBMISSION_BUCKETS = ['on_time', 'late', 'missing', 'not_due', 'other'] as const;
export type SubmissionBucket = (typeof SUBMISSION_BUCKETS)[number];

export const BUCKET_COLORS: Record<SubmissionBucket, string> = {
  on_time: '#52c41a',
  late: '#fa8c16',
  missing: '#f5222d',
  not_due: '#bfbfbf',
  other: '#722ed1',
};

export function bucketOf(r: Pick<ReportRef, 'status' | 'timeliness'>): SubmissionBucket {
  const isIn = r.status === 'submitted' || r.status === 'accepted';
  if (isIn && r.timeliness === 'on_time') return 'on_time';
  if (isIn && r.timeliness === 'late') return 'late';
  if (!isIn && r.timeliness === 'missing') return 'missing';
  if (!isIn && r.timeliness === 'not_due') return 'not_due';
  return 'other';
}

export const isBucket = (v: string | null | undefined): v is SubmissionBucket =>
  !!v && (SUBMISSION_BUCKETS as readonly string[]).includes(v);
