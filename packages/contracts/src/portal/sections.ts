/** What the portal shows: its home and sections, the reception schedules and units, the published answers. */
import { z } from 'zod';
import { Id, IsoDate, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { PortalSectionKey, PublicationState } from './vocabulary.ts';
import { Bilingual, PortalField } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// The portal's home and its sections (the registry of apps/server/src/core/portal.ts)

export const PortalSection = z.object({
  key: PortalSectionKey,
  order: z.number().int(),
  title: Bilingual,
  /** How many public items the section holds now (upcoming sessions, published answers …). */
  count: z.number().int(),
});
export const PortalHome = z.object({
  sections: z.array(PortalSection),
  /** The satisfaction index of every unit over the last 12 months (0–100%), null without ratings. */
  satisfaction: z.object({
    index: z.number().nullable(),
    n: z.number().int(),
    from: z.string(),
    to: z.string(),
  }),
});
export type PortalHome = z.infer<typeof PortalHome>;

/** One public item of any section, in the one shape every section answers. */
export const PortalItem = z.object({
  /** The item's id within its section (a publication id, a model id, a schedule id …). */
  id: z.string(),
  section: PortalSectionKey,
  title: z.string(),
  summary: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  /** ISO date the item is about (published, recognised, the session's day). */
  date: z.string().nullable(),
  field: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  state: z.string().nullable(),
  stateLabel: z.string().nullable(),
  /** Further public facts, label → value, in Vietnamese (địa điểm, người tiếp …). */
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
});
export type PortalItem = z.infer<typeof PortalItem>;

export const PortalSectionQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  q: Text(200, 'Từ khóa').optional(),
});
export const PortalSectionParams = z.object({ key: PortalSectionKey });
export const PortalSectionItemParams = z.object({
  key: PortalSectionKey,
  id: labelled(Id, 'Mã số trong đường dẫn'),
});

// ---------------------------------------------------------------------------------------------
// Reception schedules and units

export const PublicScheduleQuery = PageQuery.extend({
  /** The unit and the units below it. */
  unitId: labelled(Id, 'Đơn vị').optional(),
  /** Words of the unit's name, the place or the title, with or without diacritics. */
  q: Text(200, 'Tìm theo đơn vị, địa điểm').optional(),
  /** Default today (Vietnam); span at most 366 days. */
  from: labelled(IsoDate, 'Từ ngày').optional(),
  /** Default 30 days after `from`. */
  to: labelled(IsoDate, 'Đến ngày').optional(),
});
export type PublicScheduleQuery = z.infer<typeof PublicScheduleQuery>;

export const PublicSession = z.object({
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  scheduleId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  /** 'regular' | 'head' | … (reception ScheduleKind) and its Vietnamese label. */
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  place: z.string(),
  receiverName: z.string(),
  receiverTitle: z.string(),
  headInPerson: z.boolean(),
  online: z.boolean(),
  onlineLink: z.string(),
});
export type PublicSession = z.infer<typeof PublicSession>;

export const PublicUnitQuery = PageQuery.extend({
  q: Text(200, 'Tên đơn vị').optional(),
  parentId: labelled(Id, 'Đơn vị cấp trên').optional(),
});
export const PublicUnit = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.string(),
  parentId: z.number().int().nullable(),
  parentName: z.string().nullable(),
  depth: z.number().int(),
});
export type PublicUnit = z.infer<typeof PublicUnit>;

// ---------------------------------------------------------------------------------------------
// Published answers (public)

export const PublicAnswerQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  field: PortalField.optional(),
  state: PublicationState.optional(),
  q: Text(200, 'Từ khóa').optional(),
});
export type PublicAnswerQuery = z.infer<typeof PublicAnswerQuery>;
