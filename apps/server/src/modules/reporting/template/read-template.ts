import type {
  Paged,
  TemplateDetail,
  TemplateRule,
  TemplateSection,
  TemplateSummary,
} from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { figureProviderKeys } from '../../../core/figures.ts';
import { wholeList } from '../../../core/page.ts';
import { listCan } from '../../../core/scope.ts';
import * as repo from './template.repository.ts';
import { ensureBuiltinTemplates } from './ensure-builtin-templates.ts';
import { authorizeTemplateRead, canTemplate, canTemplateFlags } from './template.policy.ts';
import { presentIndicator, presentTemplateSummary } from './template.present.ts';
import { countSections } from './template.content.ts';

/**
 * The templates (latest versions, or every version with `all`): a few dozen, answered whole so the
 * register searches and sorts them itself; `can.create` is whether the actor may build one owned by
 * its active unit.
 */
export async function listTemplates(ctx: Ctx, q: { all?: boolean }): Promise<Paged<TemplateSummary>> {
  authorizeTemplateRead(ctx);
  await ensureBuiltinTemplates(ctx);
  const list = await repo.listTemplates(ctx.db);
  const items = list.filter((r) => q.all || r.latest).map((r) => presentTemplateSummary(ctx, r));
  const can = listCan(ctx.actor, undefined, (at) =>
    canTemplate(ctx.actor, 'create', {
      builtin: false,
      ownerUnitId: at.id,
      ownerUnitPath: at.path,
      latest: true,
    }),
  );
  return wholeList(items, can);
}

type TemplateContent = Omit<TemplateDetail, 'can' | 'latest' | 'versions'> & { ownerUnitPath: string | null };
/** Frozen template versions never change: their content is kept in memory once read. */
const frozenCache = new Map<number, TemplateContent>();

async function templateContent(ctx: Ctx, id: number): Promise<TemplateContent> {
  const hit = frozenCache.get(id);
  if (hit) return hit;
  // one after the other: ctx.db may be a transaction (one connection)
  const row = await repo.getTemplate(ctx.db, id);
  const indicators = await repo.templateIndicators(ctx.db, id);
  if (!row) throw NotFound('Đề cương báo cáo');
  const t = row.t;
  const labels = new Map(figureProviderKeys().map((p) => [p.key, p.label]));
  const content: TemplateContent = {
    id: t.id,
    code: t.code,
    version: t.version,
    name: t.name,
    builtin: t.builtin,
    frozen: t.frozenAt !== null,
    ownerUnitId: t.ownerUnitId,
    ownerUnitName: row.ownerUnitName ?? null,
    ownerUnitPath: row.ownerUnitPath ?? null,
    indicatorCount: indicators.length,
    ruleCount: (t.rules as unknown[]).length,
    sectionCount: countSections(t.sections as TemplateSection[]),
    createdAt: t.createdAt.toISOString(),
    legalBasis: t.legalBasis,
    description: t.description,
    sections: t.sections as TemplateSection[],
    indicators: indicators.map(presentIndicator(labels)),
    rules: t.rules as TemplateRule[],
  };
  if (t.frozenAt) frozenCache.set(id, content);
  return content;
}

/** A template with its versions and what the actor may do; without versions for a report's view. */
export async function templateDetail(
  ctx: Ctx,
  id: number,
  opts: { versions?: boolean } = {},
): Promise<TemplateDetail> {
  const { ownerUnitPath, ...c } = await templateContent(ctx, id);
  if (opts.versions === false) return { ...c, latest: false, versions: [], can: { edit: false } };
  const versions = await repo.templateVersions(ctx.db, c.code);
  const latest = versions[0]?.id === c.id;
  return {
    ...c,
    latest,
    can: canTemplateFlags(ctx.actor, { ...c, ownerUnitPath, latest }),
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      frozen: v.frozenAt !== null,
      createdAt: v.createdAt.toISOString(),
    })),
  };
}

export async function getTemplate(ctx: Ctx, id: number): Promise<TemplateDetail> {
  authorizeTemplateRead(ctx);
  await ensureBuiltinTemplates(ctx);
  return templateDetail(ctx, id);
}

/** The figures the system computes: a fixed vocabulary, answered whole (no route creates one). */
export function listProviders(ctx: Ctx) {
  authorizeTemplateRead(ctx);
  return wholeList(figureProviderKeys().sort((a, b) => a.key.localeCompare(b.key)));
}
