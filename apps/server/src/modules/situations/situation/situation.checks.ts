/** Checks on a note's fields that need the database or today's date (the rules are in packages/domain). */
import { checkSituationDates } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { today } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';

/** The place's sub-unit lies in the note's unit (the unit itself or one below it); 400 otherwise. */
export async function checkPlaceUnit(
  ctx: Ctx,
  unit: { path: string },
  placeUnitId: number | null | undefined,
) {
  if (placeUnitId == null) return;
  const u = await org.getUnitById(ctx, placeUnitId);
  if (!u || !u.path.startsWith(unit.path))
    throw Invalid('Đơn vị trên địa bàn phải là đơn vị ghi nhận hoặc một đơn vị trực thuộc.', [
      { path: 'placeUnitId', message: 'Đơn vị trên địa bàn không thuộc đơn vị ghi nhận.' },
    ]);
}

/** The note is not dated after today and no follow-up action is due before the note's date; 400 otherwise. */
export function checkDates(ctx: Ctx, notedOn: string, dueDates: string[] = []) {
  const problems = checkSituationDates({ notedOn, dueDates }, today(ctx));
  if (problems.length)
    throw Invalid(
      [...new Set(problems.map((p) => p.message))].join(' '),
      problems.map((p) => ({ path: p.field, message: p.message })),
    );
}
