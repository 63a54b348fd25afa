import type {
  CreateTemplate,
  TemplateDetail,
  TemplateIndicator,
  TemplateRule,
  TemplateSection,
  TemplateSummary,
  UpdateTemplate,
} from '@danvan/contracts';
import {
  BUILTIN_TEMPLATES,
  ExpressionError,
  flattenSections,
  parseRuleExpression,
  referencedCodes,
  type SectionDef,
  type TemplateDef,
} from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Err, Invalid, NotFound } from '../../core/errors.ts';
import { figureProviderKeys } from '../../core/figures.ts';
import { assertUnitAccess, inScope, requireActor, scopesFor } from '../../core/scope.ts';
import * as org from '../org/index.ts';
import * as repo from './reporting.repository.ts';

type Issue = { path: string; message: string };

/** Checks a template's outline, indicators and rules; every problem at once, in Vietnamese. */
export function validateTemplate(def: {
  sections: TemplateSection[] | SectionDef[];
  indicators: CreateTemplate['indicators'];
  rules: CreateTemplate['rules'];
}): Issue[] {
  const issues: Issue[] = [];
  const flat = flattenSections(def.sections as SectionDef[]);
  const sectionCodes = new Set<string>();
  for (const s of flat) {
    if (sectionCodes.has(s.code)) issues.push({ path: `sections`, message: `Mã mục "${s.code}" bị trùng.` });
    sectionCodes.add(s.code);
  }
  const codes = new Map<string, (typeof def.indicators)[number]>();
  def.indicators.forEach((i, n) => {
    const path = `indicators.${n}`;
    if (codes.has(i.code)) issues.push({ path, message: `Mã chỉ tiêu "${i.code}" bị trùng.` });
    codes.set(i.code, i);
    if (!sectionCodes.has(i.sectionCode))
      issues.push({
        path,
        message: `Chỉ tiêu "${i.code}" thuộc mục "${i.sectionCode}" không có trong đề cương.`,
      });
    if (i.min !== undefined && i.max !== undefined && i.min > i.max)
      issues.push({ path, message: `Chỉ tiêu "${i.code}": giá trị nhỏ nhất lớn hơn giá trị lớn nhất.` });
  });
  def.indicators.forEach((i, n) => {
    const path = `indicators.${n}`;
    if (i.aggregation === 'ratio') {
      for (const [label, ref] of [
        ['tử số', i.numerator],
        ['mẫu số', i.denominator],
      ] as const) {
        if (!ref) issues.push({ path, message: `Chỉ tiêu tỷ lệ "${i.code}" phải có ${label}.` });
        else if (!codes.has(ref))
          issues.push({
            path,
            message: `Chỉ tiêu tỷ lệ "${i.code}": ${label} "${ref}" không phải là chỉ tiêu của đề cương.`,
          });
        else if (codes.get(ref)!.aggregation === 'ratio')
          issues.push({ path, message: `Chỉ tiêu tỷ lệ "${i.code}": ${label} không được là một tỷ lệ.` });
      }
    }
  });
  const ruleCodes = new Set<string>();
  def.rules.forEach((r, n) => {
    const path = `rules.${n}`;
    if (ruleCodes.has(r.code)) issues.push({ path, message: `Mã quy tắc "${r.code}" bị trùng.` });
    ruleCodes.add(r.code);
    try {
      const ast = parseRuleExpression(r.expression, r.code);
      const unknown = referencedCodes(ast).filter((c) => !codes.has(c));
      if (unknown.length)
        issues.push({
          path,
          message: `Quy tắc ${r.code} dùng mã chỉ tiêu không có trong đề cương: ${unknown.join(', ')}.`,
        });
    } catch (e) {
      issues.push({
        path,
        message: e instanceof ExpressionError ? e.message : `Quy tắc ${r.code}: biểu thức không hợp lệ.`,
      });
    }
  });
  return issues;
}

function indicatorRows(def: { indicators: CreateTemplate['indicators'] }) {
  return def.indicators.map((i, position) => ({
    position,
    code: i.code,
    sectionCode: i.sectionCode,
    name: i.name,
    unit: i.unit,
    type: i.type,
    aggregation: i.aggregation,
    numeratorCode: i.aggregation === 'ratio' ? (i.numerator ?? null) : null,
    denominatorCode: i.aggregation === 'ratio' ? (i.denominator ?? null) : null,
    providerKey: i.aggregation === 'ratio' ? null : i.providerKey || null,
    definition: i.definition ?? null,
    min: i.min ?? null,
    max: i.max ?? null,
  }));
}

function fromDomain(t: TemplateDef): Pick<CreateTemplate, 'indicators' | 'rules' | 'sections'> {
  return {
    sections: t.sections as TemplateSection[],
    indicators: t.indicators.map((i) => ({
      code: i.code,
      sectionCode: i.sectionCode,
      name: i.name,
      unit: i.unit,
      type: i.type,
      aggregation: i.aggregation,
      numerator: i.numerator,
      denominator: i.denominator,
      providerKey: i.providerKey,
      definition: i.definition,
      min: i.min,
      max: i.max,
    })),
    rules: t.rules.map((r) => ({ ...r })),
  };
}

/** Inserts the built-in templates (the 1432/BNV-CTTN outline) once; they are frozen from the start. */
export async function ensureBuiltinTemplates(ctx: Ctx, opts: { isDemo?: boolean } = {}): Promise<void> {
  for (const t of BUILTIN_TEMPLATES) {
    if (await repo.getTemplateByCode(ctx.db, t.code)) continue;
    await inTx(ctx, async (tx, c) => {
      if (await repo.getTemplateByCode(tx, t.code)) return;
      const def = fromDomain(t);
      const row = await repo.insertTemplate(tx, {
        code: t.code,
        version: 1,
        name: t.name,
        legalBasis: t.legalBasis,
        description: t.description,
        sections: def.sections,
        rules: def.rules,
        builtin: true,
        frozenAt: c.clock.now(),
        isDemo: opts.isDemo ?? false,
      });
      await repo.replaceIndicators(tx, row.id, indicatorRows(def));
      await audit(tx, c, {
        entity: 'report_template',
        entityId: row.id,
        action: 'create',
        after: { code: t.code },
      });
    });
  }
}

function canEditTemplate(
  ctx: Ctx,
  t: { builtin: boolean; ownerUnitId: number | null },
  ownerPath: string | null,
) {
  if (t.builtin || t.ownerUnitId === null || !ownerPath || !ctx.actor) return false;
  return inScope(scopesFor(ctx.actor, 'reports:templates'), { id: t.ownerUnitId, path: ownerPath });
}

function countSections(sections: TemplateSection[]): number {
  return flattenSections(sections as SectionDef[]).length;
}

export async function listTemplates(ctx: Ctx, q: { all?: boolean }): Promise<TemplateSummary[]> {
  requireActor(ctx.actor);
  await ensureBuiltinTemplates(ctx);
  const list = await repo.listTemplates(ctx.db);
  return list
    .filter((r) => q.all || r.latest)
    .map((r) => ({
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
      can: { edit: r.latest && canEditTemplate(ctx, r.t, r.ownerUnitPath) },
    }));
}

type TemplateContent = Omit<TemplateDetail, 'can' | 'latest' | 'versions'> & { ownerUnitPath: string | null };
/** Frozen template versions never change: their content is kept in memory once read. */
const frozenCache = new Map<number, TemplateContent>();

async function templateContent(ctx: Ctx, id: number): Promise<TemplateContent> {
  const hit = frozenCache.get(id);
  if (hit) return hit;
  const [row, indicators] = await Promise.all([
    repo.getTemplate(ctx.db, id),
    repo.templateIndicators(ctx.db, id),
  ]);
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
    can: { edit: latest && canEditTemplate(ctx, c, ownerUnitPath) },
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      frozen: v.frozenAt !== null,
      createdAt: v.createdAt.toISOString(),
    })),
  };
}

export const presentIndicator =
  (labels: Map<string, string>) =>
  (i: repo.IndicatorRow): TemplateIndicator => ({
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

export async function getTemplate(ctx: Ctx, id: number): Promise<TemplateDetail> {
  requireActor(ctx.actor);
  await ensureBuiltinTemplates(ctx);
  return templateDetail(ctx, id);
}

function assertValid(input: Pick<CreateTemplate, 'sections' | 'indicators' | 'rules'>) {
  const issues = validateTemplate(input);
  if (issues.length) throw Invalid(issues.map((i) => i.message).join(' '), issues);
}

export async function createTemplate(ctx: Ctx, input: CreateTemplate, opts: { isDemo?: boolean } = {}) {
  const owner = await org.getUnitById(ctx, input.ownerUnitId);
  if (!owner) throw NotFound('Đơn vị');
  assertUnitAccess(ctx.actor, 'reports:templates', owner, 'reports:read');
  assertValid(input);
  const id = await inTx(ctx, async (tx, c) => {
    if (await repo.getTemplateByCode(tx, input.code))
      throw Invalid(`Mã đề cương "${input.code}" đã được dùng.`, [
        { path: 'code', message: 'Mã đã được dùng' },
      ]);
    const row = await repo.insertTemplate(tx, {
      code: input.code,
      version: 1,
      name: input.name,
      legalBasis: input.legalBasis,
      description: input.description,
      sections: input.sections,
      rules: input.rules,
      ownerUnitId: owner.id,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      isDemo: opts.isDemo ?? false,
    });
    await repo.replaceIndicators(tx, row.id, indicatorRows(input));
    await audit(tx, c, {
      entity: 'report_template',
      entityId: row.id,
      unitId: owner.id,
      action: 'create',
      after: input,
    });
    return row.id;
  });
  return templateDetail(ctx, id);
}

/**
 * Edits a template. A template that a period uses is frozen: the edit becomes a new version with the
 * same code (the old version stays as it was for its periods). Only the latest version can be edited.
 */
export async function updateTemplate(ctx: Ctx, id: number, input: UpdateTemplate) {
  const row = await repo.getTemplate(ctx.db, id);
  if (!row || !row.t.ownerUnitId || !row.ownerUnitPath) throw NotFound('Đề cương báo cáo');
  const t = row.t;
  assertUnitAccess(
    ctx.actor,
    'reports:templates',
    { id: t.ownerUnitId!, path: row.ownerUnitPath },
    'reports:read',
  );
  const versions = await repo.templateVersions(ctx.db, t.code);
  if (versions[0]?.id !== t.id)
    throw Err.state_invalid('Chỉ sửa được phiên bản mới nhất của đề cương.');
  assertValid(input);
  const newId = await inTx(ctx, async (tx, c) => {
    if (t.frozenAt) {
      const next = await repo.insertTemplate(tx, {
        code: t.code,
        version: t.version + 1,
        name: input.name,
        legalBasis: input.legalBasis,
        description: input.description,
        sections: input.sections,
        rules: input.rules,
        ownerUnitId: t.ownerUnitId,
        previousVersionId: t.id,
        createdBy: c.actor?.system ? null : c.actor?.userId,
        isDemo: t.isDemo,
      });
      await repo.replaceIndicators(tx, next.id, indicatorRows(input));
      await audit(tx, c, {
        entity: 'report_template',
        entityId: next.id,
        unitId: t.ownerUnitId,
        action: 'new_version',
        before: { id: t.id, version: t.version },
        after: input,
      });
      return next.id;
    }
    await repo.updateTemplate(tx, t.id, {
      name: input.name,
      legalBasis: input.legalBasis,
      description: input.description,
      sections: input.sections,
      rules: input.rules,
    });
    await repo.replaceIndicators(tx, t.id, indicatorRows(input));
    await audit(tx, c, {
      entity: 'report_template',
      entityId: t.id,
      unitId: t.ownerUnitId,
      action: 'update',
      before: t,
      after: input,
    });
    return t.id;
  });
  return templateDetail(ctx, newId);
}

export function listProviders(ctx: Ctx) {
  requireActor(ctx.actor);
  return figureProviderKeys().sort((a, b) => a.key.localeCompare(b.key));
}
