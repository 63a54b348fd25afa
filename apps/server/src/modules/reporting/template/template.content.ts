import type { CreateTemplate, TemplateSection } from '@danvan/contracts';
import {
  ExpressionError,
  flattenSections,
  parseRuleExpression,
  referencedCodes,
  type SectionDef,
  type TemplateDef,
} from '@danvan/domain';
import { Invalid } from '../../../core/errors.ts';
import { isKnownFigureKey } from '../../../core/figures.ts';

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
    // a typo in a provider key would silently fill nothing: only keys the system knows
    if (i.providerKey && i.aggregation !== 'ratio' && !isKnownFigureKey(i.providerKey))
      issues.push({
        path: `${path}.providerKey`,
        message: `Chỉ tiêu "${i.name}" (${i.code}): nguồn số liệu tự động "${i.providerKey}" không có trong hệ thống.`,
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

/** 400 with every problem of the template's content. */
export function assertValidTemplate(input: Pick<CreateTemplate, 'sections' | 'indicators' | 'rules'>) {
  const issues = validateTemplate(input);
  if (issues.length) throw Invalid(issues.map((i) => i.message).join(' '), issues);
}

/** The indicator rows of a template's content, in order. */
export function indicatorRows(def: { indicators: CreateTemplate['indicators'] }) {
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

/** A built-in template of the domain package as template content. */
export function fromDomain(t: TemplateDef): Pick<CreateTemplate, 'indicators' | 'rules' | 'sections'> {
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

export function countSections(sections: TemplateSection[]): number {
  return flattenSections(sections as SectionDef[]).length;
}
