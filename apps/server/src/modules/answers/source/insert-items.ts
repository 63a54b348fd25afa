import type { z } from 'zod';
import type { NewAnswerItem } from '@danvan/contracts';
import { ANSWER_DUE_RULE, CONTENT_SIMILARITY_MIN, type AnswerSourceKind } from '@danvan/domain';
import { audit } from '../../../core/audit.ts';
import type { Ctx } from '../../../core/context.ts';
import type { Db } from '../../../db/client.ts';
import * as items from '../item/item.repository.ts';
import { dueFromRule } from '../shared/rules.ts';
import { checkTargetUnits } from '../shared/units.ts';

export interface NewItemsSource {
  id: number;
  kind: string;
  unitId: number;
  unitPath: string;
  receivedOn: string;
  answerDue: string | null;
  addresseeUnitId: number | null;
  isDemo?: boolean;
}

/**
 * Adds numbered items to a source, inside its transaction: each gets the next number, its units
 * checked (same province, in force), its due date — the one given, else the source's deadline, else
 * the rule of the kind (Luật MTTQ …) counted from the day the document was received — and, for a
 * voter petition, the most similar petition of an earlier session of the same council (repeated).
 * Front documents' items go to the addressee unless another unit is named.
 */
export async function insertItems(
  tx: Db,
  c: Ctx,
  s: NewItemsSource,
  list: z.infer<typeof NewAnswerItem>[],
  pathPrefix = 'items',
) {
  if (!list.length) return [];
  const check: { id: number; path: string }[] = [];
  list.forEach((it, k) => {
    if (it.responsibleUnitId)
      check.push({ id: it.responsibleUnitId, path: `${pathPrefix}.${k}.responsibleUnitId` });
    it.coordinatingUnitIds.forEach((id, j) =>
      check.push({ id, path: `${pathPrefix}.${k}.coordinatingUnitIds.${j}` }),
    );
  });
  if (check.length) await checkTargetUnits(c, s.unitPath, check);
  const ruleCode = ANSWER_DUE_RULE[s.kind as AnswerSourceKind];
  const ruleDue = !s.answerDue && ruleCode ? await dueFromRule(c, ruleCode, s.receivedOn) : null;
  let n = await items.nextNumber(tx, s.id);
  const rows = [];
  for (const it of list) {
    const repeat =
      s.kind === 'council_session'
        ? await items.similarEarlier(tx, s.unitId, s.id, it.text, CONTENT_SIMILARITY_MIN)
        : null;
    const responsible = it.responsibleUnitId ?? s.addresseeUnitId ?? null;
    const useRule = !it.dueDate && !s.answerDue && ruleDue;
    rows.push({
      sourceId: s.id,
      number: n++,
      text: it.text,
      field: it.field,
      origin: it.origin,
      responsibleUnitId: responsible,
      coordinatingUnitIds: it.coordinatingUnitIds.filter((x) => x !== responsible),
      ownerName: it.ownerName,
      dueDate: it.dueDate ?? s.answerDue ?? ruleDue?.dueDate ?? null,
      dueRuleCode: useRule ? ruleDue.code : null,
      dueRuleVersion: useRule ? ruleDue.version : null,
      repeatOfItemId: repeat?.id ?? null,
      repeatSimilarity: repeat ? Number(repeat.sim) : null,
      isDemo: s.isDemo ?? false,
      createdBy: c.actor && !c.actor.system ? c.actor.userId : null,
    });
  }
  const inserted = await items.insertItems(tx, rows);
  for (const r of inserted)
    await items.insertStep(tx, {
      itemId: r.id,
      step: 'create',
      on: s.receivedOn,
      at: c.clock.now(),
      actorId: c.actor && !c.actor.system ? c.actor.userId : null,
      actorName: c.actor?.fullName ?? 'Hệ thống',
      fromStatus: null,
      toStatus: 'received',
      note: '',
      details: null,
    });
  await audit(tx, c, {
    entity: 'answer_source',
    entityId: s.id,
    unitId: s.unitId,
    action: 'add_items',
    after: { items: inserted.map((r) => r.number) },
  });
  return inserted;
}
