import {
  dueAfterSuspension,
  nextWorkingDayOnOrAfter,
  type HolidayCalendar,
  type TimeLimitUnit,
} from '@danvan/domain';
import type * as repo from './petition.repository.ts';

type StepRow = Awaited<ReturnType<typeof repo.steps>>[number];

/** The suspensions a case went through (from its 'resume' lines). */
export function suspensionsOf(steps: StepRow[]): { suspendedOn: string; resumedOn: string }[] {
  return steps
    .filter((s) => s.step === 'resume' && s.details?.suspendedOn)
    .map((s) => ({ suspendedOn: String(s.details!.suspendedOn), resumedOn: s.on }));
}

/** A period's last day (as counted) with every suspension's days added back: the new last day and where it falls. */
export function withSuspensions(
  rawDue: string,
  suspensions: { suspendedOn: string; resumedOn: string }[],
  unit: TimeLimitUnit,
  calendar: HolidayCalendar,
): { rawDue: string; dueDate: string } {
  let r = { rawDue, dueDate: nextWorkingDayOnOrAfter(rawDue, calendar) };
  for (const s of suspensions) r = dueAfterSuspension(r.rawDue, s.suspendedOn, s.resumedOn, unit, calendar);
  return { rawDue: r.rawDue, dueDate: r.dueDate };
}

/** The last resolution line's counted last days (before a day off moved them). */
export function latestRaw(steps: StepRow[], p: { resolutionDue: string | null; maxDueDate: string | null }) {
  const last = steps
    .filter((s) => ['accept', 'extend', 'resume'].includes(s.step) && s.details?.rawDue)
    .at(-1);
  return {
    rawDue: (last?.details?.rawDue as string | undefined) ?? p.resolutionDue,
    maxRaw:
      (steps.filter((s) => s.details?.maxRaw).at(-1)?.details?.maxRaw as string | undefined) ?? p.maxDueDate,
  };
}
