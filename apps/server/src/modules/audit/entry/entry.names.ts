/**
 * The names an entry shows instead of ids (units, people, groups, report outlines, the plan of a
 * task), collected from a page of entries and resolved in one batched query per kind, limited to
 * what the reader may see (entry.policy.ts).
 */
import type { Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import * as plans from '../../plans/index.ts';
import * as reporting from '../../reporting/index.ts';
import { fieldDef, isSecretKey } from './entry.labels.ts';
import { auditNameScope } from './entry.policy.ts';
import * as repo from './entry.repository.ts';
import type { AuditRow } from './entry.repository.ts';
import { asObj, isObj, parseJson, toId, type Json, type Obj } from './entry.values.ts';

export interface Names {
  units: Map<number, string>;
  users: Map<number, string>;
  groups: Map<string, string>;
  /** report id → its period's name, section titles and indicator names. */
  reports: Map<number, { period: string; sections: Map<string, string>; indicators: Map<string, string> }>;
  /** task id → plan id, for the link of a task assignment. */
  taskPlans: Map<number, number>;
}

interface Wanted {
  units: Set<number>;
  users: Set<number>;
  groups: Set<string>;
  reports: Set<number>;
  tasks: Set<number>;
}

function collect(entity: string, key: string, v: Json, want: Wanted, def = fieldDef(entity, key)): void {
  if (isSecretKey(key) || v === null || v === undefined) return;
  const kind = def.kind;
  if (kind && 'ref' in kind && (kind.ref === 'unit' || kind.ref === 'user' || kind.ref === 'group')) {
    const list = Array.isArray(v) ? v : [v];
    for (const x of list) {
      if (kind.ref === 'group') {
        if (typeof x === 'string') want.groups.add(x);
        continue;
      }
      const id = toId(isObj(x) ? x.id : x);
      if (id) (kind.ref === 'unit' ? want.units : want.users).add(id);
    }
    return;
  }
  if (key === 'taskId') {
    const id = toId(v);
    if (id) want.tasks.add(id);
  }
  if (Array.isArray(v)) v.forEach((x) => isObj(x) && collectObj(entity, x, want));
  else if (isObj(v)) collectObj(entity, v, want);
}

function collectObj(entity: string, o: Obj, want: Wanted) {
  for (const k of Object.keys(o)) collect(entity, k, o[k], want);
}

export async function resolveNames(ctx: Ctx, rows: AuditRow[]): Promise<Names> {
  const want: Wanted = {
    units: new Set(),
    users: new Set(),
    groups: new Set(),
    reports: new Set(),
    tasks: new Set(),
  };
  for (const r of rows) {
    for (const v of [r.before, r.after]) {
      const o = asObj(v);
      if (o) collectObj(r.entity, o, want);
    }
    const id = toId(r.entityId);
    if (id && r.entity === 'user') want.users.add(id);
    if (id && r.entity === 'report') want.reports.add(id);
    if (id && r.entity === 'org_unit' && id !== r.unitId) want.units.add(id);
  }
  const scope = auditNameScope(requireActor(ctx.actor));
  const names: Names = {
    units: new Map(),
    users: new Map(),
    groups: new Map(),
    reports: new Map(),
    taskPlans: new Map(),
  };
  if (want.units.size)
    for (const u of await repo.unitNames(ctx.db, [...want.units], scope.units)) names.units.set(u.id, u.name);
  if (want.users.size)
    for (const u of await repo.userNames(ctx.db, [...want.users], scope)) names.users.set(u.id, u.name);
  if (want.groups.size)
    for (const g of await repo.groupNames(ctx.db, [...want.groups])) names.groups.set(g.code, g.name);
  if (want.reports.size) {
    for (const r of await reporting.reportOutlines(ctx, [...want.reports])) {
      const sections = new Map<string, string>();
      const walk = (list: Json) => {
        if (!Array.isArray(list)) return;
        for (const s of list)
          if (isObj(s) && typeof s.code === 'string') {
            sections.set(s.code, `${s.code}. ${String(s.title ?? '')}`.trim());
            walk(s.children);
          }
      };
      walk(parseJson(r.sections));
      const indicators = new Map<string, string>();
      const inds = parseJson(r.indicators);
      if (Array.isArray(inds))
        for (const i of inds) if (isObj(i)) indicators.set(String(i.code), String(i.name));
      names.reports.set(r.id, { period: r.period, sections, indicators });
    }
  }
  if (want.tasks.size)
    for (const t of await plans.taskPlans(ctx, [...want.tasks])) names.taskPlans.set(t.id, t.planId);
  return names;
}
