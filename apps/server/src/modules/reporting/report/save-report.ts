import type { SaveReport, SaveResult, TemplateDetail } from '@danvan/contracts';
import { enteredValue } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit } from '../../../core/audit.ts';
import { Invalid } from '../../../core/errors.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './report.repository.ts';
import { assertVersion, recordEvent, withReport, writeReport, type Loaded } from './load-report.ts';
import { authorizeReport, reportRecord } from './report.policy.ts';
import { ratioValues } from './report.values.ts';
import { presentReport } from './report.present.ts';

/** Saves narratives and figures; rules run and come back as warnings (the save is kept). */
export async function saveReport(ctx: Ctx, id: number, input: SaveReport): Promise<SaveResult> {
  const done = await withReport(ctx, id, (tx, c, l) => saveLoaded(tx, c, l, input));
  // presented from what the transaction loaded and wrote: nothing just written is read again
  const report = await presentReport(ctx, done);
  return { report, warnings: report.violations };
}

function narrativeCodes(sections: TemplateDetail['sections']): Set<string> {
  const out = new Set<string>();
  const walk = (list: TemplateDetail['sections']) =>
    list.forEach((s) => {
      if (s.hasNarrative) out.add(s.code);
      walk(s.children);
    });
  walk(sections);
  return out;
}

async function saveLoaded(tx: Db, ctx: Ctx, l: Loaded, input: SaveReport): Promise<Loaded> {
  const id = l.report.r.id;
  authorizeReport(ctx, 'edit', reportRecord(l));
  assertVersion(l, input.expectedVersion);
  const byCode = new Map(l.template.indicators.map((i) => [i.code, i]));
  const withNarrative = narrativeCodes(l.template.sections);
  const issues: { path: string; message: string }[] = [];
  for (const code of Object.keys(input.narratives ?? {}))
    if (!withNarrative.has(code))
      issues.push({ path: `narratives.${code}`, message: `Mục “${code}” không có trong đề cương.` });
  const current = new Map(l.values.map((v) => [v.indicatorId, v]));
  const now = ctx.clock.now();
  const by = ctx.actor && !ctx.actor.system ? ctx.actor.userId : null;
  const writes: repo.ValueInsert[] = [];
  const changed: { code: string; from: number | null; to: number | null; source: string }[] = [];
  (input.values ?? []).forEach((v, n) => {
    const ind = byCode.get(v.code);
    if (!ind)
      return issues.push({ path: `values.${n}`, message: `Chỉ tiêu “${v.code}” không có trong đề cương.` });
    if (ind.aggregation === 'ratio') return; // always recomputed
    const prev = current.get(ind.id);
    // entered, computed again, or an override that needs a reason: the domain's value-source rule
    const next = enteredValue(prev, v.value, v.overrideReason);
    if (!next.ok)
      return issues.push({
        path: `values.${n}.overrideReason`,
        message: `Số liệu “${ind.name}” do hệ thống tính là ${prev?.computedValue ?? 'trống'}; muốn điều chỉnh phải nêu lý do.`,
      });
    const row = { ...prev, reportId: id, indicatorId: ind.id, ...next.value, updatedBy: by, updatedAt: now };
    if (
      !prev ||
      prev.value !== row.value ||
      prev.source !== row.source ||
      prev.overrideReason !== row.overrideReason
    )
      changed.push({ code: ind.code, from: prev?.value ?? null, to: row.value, source: row.source });
    current.set(ind.id, row as repo.ValueRow);
    writes.push(row);
  });
  if (issues.length) throw Invalid(issues.map((i) => i.message).join(' '), issues);
  writes.push(...ratioValues(l.template, current, id, now, by));
  const narratives = { ...(l.report.r.narratives as Record<string, string>), ...(input.narratives ?? {}) };
  const version = await writeReport(tx, l, { narratives });
  await repo.upsertValues(tx, writes);
  await recordEvent(tx, ctx, id, { action: 'save', from: l.report.r.status, to: l.report.r.status });
  await audit(tx, ctx, {
    entity: 'report',
    entityId: id,
    unitId: l.report.r.unitId,
    action: 'save',
    before: { narratives: l.report.r.narratives },
    after: { narratives: input.narratives ?? {}, values: changed },
  });
  const r = { ...l.report.r, narratives, version, updatedAt: now };
  return { ...l, report: { ...l.report, r }, values: [...current.values()] };
}
