/** The petitions register: the list, a draft from a reception visit, the import, the deadline overview. */
import { z } from 'zod';
import { Id, Int, IsoDate, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { PetitionChannel, PetitionField, PetitionFlag, PetitionKind, PetitionStatus } from './vocabulary.ts';
import { PetitionSummary } from './petition.ts';

export const VisitParams = z.object({ visitId: labelled(Id, 'Lượt tiếp công dân') });

export const PetitionListQuery = PageQuery.extend({
  q: Text(200, 'Từ khóa').optional(),
  kind: PetitionKind.optional(),
  field: PetitionField.optional(),
  status: PetitionStatus.optional(),
  channel: PetitionChannel.optional(),
  flag: PetitionFlag.optional(),
  unitId: labelled(Id, 'Đơn vị').optional(),
  /** Due within N days from today (the running step's deadline). */
  dueWithin: Int(0, 365, 'Hạn trong (ngày)').optional(),
  from: labelled(IsoDate, 'Nhận từ ngày').optional(),
  to: labelled(IsoDate, 'Nhận đến ngày').optional(),
});
export type PetitionListQuery = z.infer<typeof PetitionListQuery>;

export const PetitionList = z.object({
  items: z.array(PetitionSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  can: z.object({ create: z.boolean() }),
  counts: z.record(z.string(), z.number().int()),
  /**
   * True when more petitions match than the register counts (10.000; 1.000 for a word search):
   * `total` is then that cap, a lower bound ("hơn 10.000").
   */
  totalIsLowerBound: z.boolean().optional(),
  /**
   * True when the counts per status are bounded: a count equal to the cap (10.000) is a lower
   * bound, and a word search matching more than the cap leaves `counts` empty (not counted).
   */
  countsCapped: z.boolean().optional(),
});

export const PetitionVisitDraft = z.object({
  visitId: z.number().int(),
  unitId: z.number().int(),
  receivedOn: z.string(),
  petitionersCount: z.number().int(),
  representativeName: z.string().nullable(),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
  content: z.string(),
  /** The visit's field as it is (the reception log and the petitions share one vocabulary). */
  field: PetitionField,
});

export const PetitionImportRow = z.object({
  row: z.number().int(),
  action: z.enum(['create', 'skip']),
  receivedOn: z.string().nullable(),
  kind: PetitionKind.nullable(),
  field: PetitionField.nullable(),
  subject: z.string(),
  /** Each error starts with the Vietnamese label of its column ("Ngày nhận: …"). */
  errors: z.array(z.string()),
});
export const PetitionImportPreview = z.object({
  rows: z.array(PetitionImportRow),
  valid: z.number().int(),
  invalid: z.number().int(),
});
export const PetitionImportResult = z.object({
  created: z.number().int(),
  /** The rows with errors, not entered. */
  skipped: z.number().int(),
  ids: z.array(z.number().int()),
});
export type PetitionImportPreview = z.infer<typeof PetitionImportPreview>;
export type PetitionImportResult = z.infer<typeof PetitionImportResult>;

// ── the deadline overview ──────────────────────────────────────────────────────────────────────

/** `GET /petitions/deadlines`: per unit in scope, the running cases by deadline window. */
export const DeadlineOverviewQuery = PageQuery.extend({
  /** The unit whose subtree is shown (default: everything in scope). */
  unitId: labelled(Id, 'Đơn vị').optional(),
  kind: PetitionKind.optional(),
});
export type DeadlineOverviewQuery = z.infer<typeof DeadlineOverviewQuery>;

const WindowCounts = z.object({
  /** Cases whose deadline is running (received, screened, accepted or decided with a due date). */
  running: z.number().int(),
  /** Due from today to DUE_SOON_DAYS days ahead. */
  dueSoon: z.number().int(),
  overdue: z.number().int(),
});
const ByKind = z.array(WindowCounts.extend({ kind: PetitionKind }));

export const DeadlineOverviewRow = WindowCounts.extend({
  unitId: z.number().int(),
  unitName: z.string(),
  byKind: ByKind,
});

export const DeadlineOverview = z.object({
  items: z.array(DeadlineOverviewRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  can: z.object({ create: z.boolean() }),
  /** The day the windows are counted from, and the "due soon" window in days. */
  asOf: z.string(),
  soonDays: z.number().int(),
  /** Over every unit listed (all pages). */
  totals: WindowCounts.extend({ byKind: ByKind }),
});
