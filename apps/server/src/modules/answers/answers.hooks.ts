import { sql, type SQL } from 'drizzle-orm';
import type { FigureKey } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { registerFigureProvider, type FigureQuery } from '../../core/figures.ts';
import { registerDailyJob } from '../../core/jobs.ts';
import { registerFileOwner } from '../files/index.ts';
import * as org from '../org/index.ts';
import { sendAnswerReminders } from './answers.jobs.ts';
import { inScope, scopesFor } from '../../core/scope.ts';
import { getItem, itemRef } from './item/item.repository.ts';
import { registerAnswersPortal } from './answers.portal.ts';
import { registerAnswersProposers } from './proposers/answers-proposers.ts';
import { parseId } from '@danvan/contracts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/** `col` is the unit (or, with subtree, a unit below it) the figure is asked for. */
const unitSql = (col: SQL, u: { id: number; path: string }, subtree: boolean) =>
  subtree
    ? sql`${col} in (select fu.id from org_units fu where fu.path like ${escapeLike(u.path) + '%'})`
    : sql`${col} = ${u.id}`;

const DONE_ON = sql`coalesce(i.closed_on, i.judged_on)`;
const DONE = sql`i.status in ('closed', 'satisfied')`;
const FRONT_UNIT = sql`coalesce(i.responsible_unit_id, s.addressee_unit_id)`;

type FigureSql = (q: FigureQuery, u: { id: number; path: string }) => SQL;
const FIGURES: [FigureKey, FigureSql][] = [
  [
    'dialogues.held',
    (q, u) =>
      sql`select count(*)::int as n from answers_sources s where s.kind = 'dialogue' and s.dialogue_state = 'held' and s.held_on between ${q.from}::date and ${q.to}::date and ${unitSql(sql`s.unit_id`, u, q.subtree ?? false)}`,
  ],
  [
    // kể cả kỳ trước chuyển sang: commitments made by the end of the period and not done before it
    'dialogues.commitments',
    (q, u) =>
      sql`select count(*)::int as n from answers_items i join answers_sources s on s.id = i.source_id where s.kind = 'dialogue' and s.held_on <= ${q.to}::date and not (${DONE} and ${DONE_ON} < ${q.from}::date) and ${unitSql(sql`s.unit_id`, u, q.subtree ?? false)}`,
  ],
  [
    'dialogues.commitments_done',
    (q, u) =>
      sql`select count(*)::int as n from answers_items i join answers_sources s on s.id = i.source_id where s.kind = 'dialogue' and ${DONE} and ${DONE_ON} between ${q.from}::date and ${q.to}::date and ${unitSql(sql`s.unit_id`, u, q.subtree ?? false)}`,
  ],
  [
    'front.recommendations_received',
    (q, u) =>
      sql`select count(*)::int as n from answers_items i join answers_sources s on s.id = i.source_id where s.kind in ('front_supervision', 'front_criticism') and s.received_on between ${q.from}::date and ${q.to}::date and ${unitSql(FRONT_UNIT, u, q.subtree ?? false)}`,
  ],
  [
    'front.recommendations_answered',
    (q, u) =>
      sql`select count(*)::int as n from answers_items i join answers_sources s on s.id = i.source_id where s.kind in ('front_supervision', 'front_criticism') and i.first_answered_on between ${q.from}::date and ${q.to}::date and ${unitSql(FRONT_UNIT, u, q.subtree ?? false)}`,
  ],
];

async function count(ctx: Ctx, q: SQL): Promise<number> {
  const r = await ctx.db.execute(q);
  const rows = ((r as unknown as { rows?: { n: number }[] }).rows ?? (r as unknown as { n: number }[])) as {
    n: number;
  }[];
  return Number(rows[0]?.n ?? 0);
}

let done = false;
/**
 * The files of an item (readable when the item is; attached by the answering unit or the filing
 * side), the 1432 report's figures of III.7 (dialogues) and III.8 (the Front's supervision and
 * criticism), the daily reminder sweep and the portal's sections.
 */
export function registerAnswersHooks(): void {
  if (done) return;
  done = true;
  registerAnswersProposers(); // scoring criteria answered from this module's records
  registerFileOwner('answer_item', async (ctx, entityId) => {
    const id = parseId(entityId);
    if (id === null) return null;
    const i = await getItem(ctx.db, id);
    if (!i) return null;
    const ref = itemRef(i);
    // the side the actor stands on: the answering unit (attaches the answer's papers) or the filing side
    const sides = [
      ...(ref.responsible ? [{ unit: ref.responsible, write: 'answers:answer' as const }] : []),
      ...ref.coordinating.map((unit) => ({ unit, write: 'answers:answer' as const })),
      { unit: ref.source.unit, write: 'answers:file' as const },
      ...(ref.source.addressee ? [{ unit: ref.source.addressee, write: 'answers:file' as const }] : []),
    ];
    const side = sides.find((x) => inScope(scopesFor(ctx.actor, 'answers:read'), x.unit)) ?? sides[0]!;
    return {
      unitId: side.unit.id,
      unitPath: side.unit.path,
      readPermission: 'answers:read',
      writePermission: side.write,
      writable: i.status !== 'closed',
    };
  });
  for (const [key, build] of FIGURES)
    registerFigureProvider(key, async (ctx, q) => {
      const u = await org.getUnitById(ctx, q.unitId);
      return u ? count(ctx, build(q, u)) : null;
    });
  registerDailyJob('answers.reminders', (ctx, today) => sendAnswerReminders(ctx, today));
  registerAnswersPortal();
}
