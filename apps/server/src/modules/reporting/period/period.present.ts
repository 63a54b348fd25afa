import type { Period, ReportPeriodKind } from '@danvan/contracts';
import { REPORT_PERIOD_KIND_NAMES_VI } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import type { DeadlineRow, PeriodView } from './period.repository.ts';
import { canPeriodFlags, periodRecord } from './period.policy.ts';

export function presentPeriod(ctx: Ctx, row: PeriodView, deadlines: DeadlineRow[]): Period {
  const p = row.p;
  return {
    id: p.id,
    templateId: p.templateId,
    templateName: row.templateName,
    templateVersion: row.templateVersion,
    rootUnitId: p.rootUnitId,
    rootUnitName: row.rootUnitName,
    kind: p.kind as ReportPeriodKind,
    kindName: REPORT_PERIOD_KIND_NAMES_VI[p.kind as ReportPeriodKind] ?? p.kind,
    year: p.year,
    quarter: p.quarter,
    name: p.name,
    fromDate: p.fromDate,
    toDate: p.toDate,
    cutoffDate: p.cutoffDate,
    deadlines: deadlines
      .filter((d) => d.periodId === p.id)
      .sort((a, b) => a.deadline.localeCompare(b.deadline))
      .map((d) => ({
        level: d.level as 'unit' | 'province',
        deadline: d.deadline,
        remindDaysBefore: d.remindDaysBefore,
      })),
    requiredGroups: p.requiredGroups,
    requiredKinds: p.requiredKinds,
    status: p.status as 'open' | 'closed',
    createdAt: p.createdAt.toISOString(),
    can: canPeriodFlags(ctx.actor, periodRecord(row)),
  };
}

export const deadlineOf = (deadlines: DeadlineRow[], level: string) =>
  deadlines.find((d) => d.level === level)?.deadline ?? null;
