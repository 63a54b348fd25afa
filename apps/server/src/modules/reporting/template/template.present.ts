import type { TemplateIndicator, TemplateSection, TemplateSummary } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import type { IndicatorRow, listTemplates } from './template.repository.ts';
import { canTemplateFlags } from './template.policy.ts';
import { countSections } from './template.content.ts';

type ListRow = Awaited<ReturnType<typeof listTemplates>>[number];

export function presentTemplateSummary(ctx: Ctx, r: ListRow): TemplateSummary {
  return {
    id: r.t.id,
    code: r.t.code,
    version: r.t.version,
    name: r.t.name,
    builtin: r.t.builtin,
    frozen: r.t.frozenAt !== null,
    ownerUnitId: r.t.ownerUnitId,
    ownerUnitName: r.ownerUnitName ?? null,
    indicatorCount: r.indicatorCount,
    ruleCount: (r.t.rules as unknown[]).length,
    sectionCount: countSections(r.t.sections as TemplateSection[]),
    latest: r.latest,
    createdAt: r.t.createdAt.toISOString(),
    can: canTemplateFlags(ctx.actor, {
      builtin: r.t.builtin,
      ownerUnitId: r.t.ownerUnitId,
      ownerUnitPath: r.ownerUnitPath,
      latest: r.latest,
    }),
  };
}

export const presentIndicator =
  (labels: Map<string, string>) =>
  (i: IndicatorRow): TemplateIndicator => ({
    id: i.id,
    code: i.code,
    sectionCode: i.sectionCode,
    name: i.name,
    unit: i.unit,
    type: i.type as TemplateIndicator['type'],
    aggregation: i.aggregation as TemplateIndicator['aggregation'],
    numerator: i.numeratorCode,
    denominator: i.denominatorCode,
    providerKey: i.providerKey,
    providerLabel: i.providerKey ? (labels.get(i.providerKey) ?? null) : null,
    definition: i.definition,
    min: i.min,
    max: i.max,
  });
