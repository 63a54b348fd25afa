/** Checks shared by the inspection verbs. */
import type { Ctx } from '../../../core/context.ts';
import { today } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';

/** A day that must not be in the future (the start of an inspection, a conclusion). */
export function notAfterToday(ctx: Ctx, day: string | null | undefined, path: string, label: string): void {
  if (day && day > today(ctx))
    throw Invalid(`${label} không được sau ngày hôm nay.`, [
      { path, message: `${label} không được sau ngày hôm nay` },
    ]);
}

/** Two units lie in the same tree (the same province). */
export function sameTree(a: { path: string }, b: { path: string }): boolean {
  return a.path.split('/')[1] === b.path.split('/')[1];
}
