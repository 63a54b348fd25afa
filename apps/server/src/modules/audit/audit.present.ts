/**
 * The audit trail as an inspector reads it: per row the action and the record in Vietnamese, a link
 * to the record's page, and the changed fields with Vietnamese labels and values (dates dd/MM/yyyy,
 * instants dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh, Có/Không, vi-VN numbers, names instead of ids).
 * The web page and the .xlsx export both show this text.
 *
 * Names are resolved in one batched query per kind, scoped to what the reader may see: a unit in
 * the reader's org:read or audit:read scope, a person holding a role in such a unit (or the reader);
 * anything else stays "#id".
 */
import { inArray, sql, type SQL } from 'drizzle-orm';
import { formatDateTimeVi, formatDateVi } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { requireActor, scopesFor, unitScopeSql, type Scope } from '../../core/scope.ts';
import type { auditLog } from '../../db/schema/audit.ts';
import { orgGroups } from '../../db/schema/org.ts';
import {
  DERIVED_KEYS,
  actionLabel,
  entityLabel,
  fieldDef,
  isSecretKey,
  type FieldDef,
} from './audit.labels.ts';

// Output types. TODO(contracts): move AuditChange and AuditView to packages/contracts/src/audit.ts.
export interface AuditChange {
  /** The key path in before/after, e.g. "status" or "narratives.II.1". */
  field: string;
  label: string;
  /** The value before, formatted; null when there was none (a creation or a new field). */
  before: string | null;
  /** The value after, formatted; null when there is none (a deletion or an emptied field). */
  after: string | null;
  /** added: the field was not recorded before (read "label: after"); removed: only before; changed: before → after. */
  kind: 'added' | 'removed' | 'changed';
}

export interface AuditView {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
  requestId: string | null;
  unitId: number | null;
  unitName: string | null;
  entity: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  /** dd/MM/yyyy HH:mm in Vietnam time. */
  atText: string;
  actorLabel: string;
  entityLabel: string;
  actionLabel: string;
  /** The record as a reader names it: "Kế hoạch “…”", "Báo cáo 6 tháng… – Xã A", or "Báo cáo #12". */
  recordLabel: string;
  /** The record's page in the web app, when it has one. */
  link: string | null;
  /** How to read the changes: values set on creation, values removed, or old → new. */
  mode: 'created' | 'removed' | 'changed';
  changes: AuditChange[];
  /** The changes as text, one line each: "Trạng thái: Đã gửi → Bị trả lại". */
  summary: string;
}

type AuditRow = typeof auditLog.$inferSelect & { unitName: string | null };
type Json = unknown;
type Obj = Record<string, Json>;

const MAX_TEXT = 500;
const EMPTY = '(trống)';
const nf = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: Json) =>
  v === null ||
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (isObj(v) && Object.keys(v).length === 0);
const same = (a: Json, b: Json) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const toId = (v: Json): number | null => {
  const n = typeof v === 'string' && /^\d{1,10}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null;
};
const cut = (s: string) => (s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 1).trimEnd() + '…' : s);

/** Keys shown for an object: no secrets, no derived columns, no name stored beside its id. */
function shownKeys(o: Obj): string[] {
  return Object.keys(o).filter((k) => {
    if (isSecretKey(k) || DERIVED_KEYS.has(k)) return false;
    const m = /^(.+)Name$/.exec(k);
    if (m && (`${m[1]}Id` in o || m[1] in o)) return false;
    return true;
  });
}

/** The top-level objects of a before/after value (an array, e.g. the units merged, becomes { items }). */
function asObj(v: Json): Obj | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return { items: v };
  if (isObj(v)) return v;
  return { value: v };
}

// ---------------------------------------------------------------------------------------------
// Names, resolved in batches

interface Names {
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

function readScopes(ctx: Ctx): Scope[] {
  const actor = requireActor(ctx.actor);
  return [
    ...scopesFor(actor, 'org:read'),
    ...scopesFor(actor, 'audit:read'),
    ...scopesFor(actor, 'users:read'),
  ];
}

async function resolve(ctx: Ctx, rows: AuditRow[]): Promise<Names> {
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
  const actor = requireActor(ctx.actor);
  const scopes = readScopes(ctx);
  const rootReader =
    actor.system ||
    scopesFor(actor, 'audit:read').some((s) => s.subtree && s.path.split('/').filter(Boolean).length === 1);
  const names: Names = {
    units: new Map(),
    users: new Map(),
    groups: new Map(),
    reports: new Map(),
    taskPlans: new Map(),
  };
  const ids = (s: Set<number>) =>
    sql.join(
      [...s].map((n) => sql`${n}`),
      sql`, `,
    );

  if (want.units.size) {
    const res = await ctx.db.execute(
      sql`select u.id, u.name from org_units u where u.id in (${ids(want.units)}) and ${unitScopeSql(scopes, sql`u.id`, sql`u.path`)}`,
    );
    for (const r of rowsOf<{ id: number; name: string }>(res)) names.units.set(Number(r.id), r.name);
  }
  if (want.users.size) {
    const visible: SQL = sql`(u.id = ${actor.userId}
      or exists (select 1 from role_assignments ra join org_units ou on ou.id = ra.unit_id
                 where ra.user_id = u.id and ${unitScopeSql(scopes, sql`ou.id`, sql`ou.path`)})
      ${rootReader ? sql`or not exists (select 1 from role_assignments ra where ra.user_id = u.id)` : sql``})`;
    const res = await ctx.db.execute(
      sql`select u.id, u.full_name as name from users u where u.id in (${ids(want.users)}) and ${visible}`,
    );
    for (const r of rowsOf<{ id: number; name: string }>(res)) names.users.set(Number(r.id), r.name);
  }
  if (want.groups.size) {
    const res = await ctx.db
      .select({ code: orgGroups.code, name: orgGroups.name })
      .from(orgGroups)
      .where(inArray(orgGroups.code, [...want.groups]));
    for (const g of res) names.groups.set(g.code, g.name);
  }
  if (want.reports.size) {
    // The audit row of a report lies in the reader's scope, so its period and template outline may be named.
    const res = await ctx.db.execute(sql`
      select r.id, p.name as period, t.sections,
             (select coalesce(json_agg(json_build_object('code', i.code, 'name', i.name)), '[]'::json)
                from reporting_indicators i where i.template_id = t.id) as indicators
        from reporting_reports r
        join reporting_periods p on p.id = r.period_id
        join reporting_templates t on t.id = p.template_id
       where r.id in (${ids(want.reports)})`);
    for (const r of rowsOf<{ id: number; period: string; sections: Json; indicators: Json }>(res)) {
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
      names.reports.set(Number(r.id), { period: r.period, sections, indicators });
    }
  }
  if (want.tasks.size) {
    const res = await ctx.db.execute(
      sql`select id, plan_id from plans_tasks where id in (${ids(want.tasks)})`,
    );
    for (const r of rowsOf<{ id: number; plan_id: number }>(res))
      names.taskPlans.set(Number(r.id), Number(r.plan_id));
  }
  return names;
}

function rowsOf<T>(res: unknown): T[] {
  return ((res as { rows?: T[] }).rows ?? (res as T[])) as T[];
}
function parseJson(v: Json): Json {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

// ---------------------------------------------------------------------------------------------
// Values

function formatScalar(v: Json, def: FieldDef, names: Names, entity: string): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) {
    const parts = v.map((x) => formatScalar(x, def, names, entity)).filter((x): x is string => !!x);
    return parts.length ? cut(parts.join('; ')) : null;
  }
  const kind = def.kind;
  if (kind && 'ref' in kind) {
    if (kind.ref === 'group') return typeof v === 'string' ? (names.groups.get(v) ?? v) : String(v);
    if (kind.ref === 'entity') return typeof v === 'string' ? entityLabel(v) : String(v);
    const id = toId(isObj(v) ? v.id : v);
    if (id !== null) {
      if (kind.ref === 'unit') return names.units.get(id) ?? `#${id}`;
      if (kind.ref === 'user') return names.users.get(id) ?? `#${id}`;
      return `#${id}`;
    }
  }
  if (kind && 'enum' in kind && typeof v === 'string') return kind.enum[v] ?? v;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v === 'number') {
    if (kind && 'text' in kind && kind.text === 'percent') return `${nf.format(v)}%`;
    if (kind && 'text' in kind && kind.text === 'bytes')
      return v >= 1024 * 1024
        ? `${nf.format(Math.round((v / 1024 / 1024) * 10) / 10)} MB`
        : v >= 1024
          ? `${nf.format(Math.round((v / 1024) * 10) / 10)} KB`
          : `${nf.format(v)} byte`;
    return nf.format(v);
  }
  if (typeof v === 'string') {
    try {
      if (ISO_DATE.test(v)) return formatDateVi(v);
      if (ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v))) return formatDateTimeVi(v);
    } catch {
      /* not a real date: shown as typed */
    }
    return cut(v.replace(/\s+/g, ' ').trim());
  }
  if (isObj(v)) return formatObject(v, names, entity);
  return cut(String(v));
}

/** A nested object in one line: "I. Title", "Name", or "Label: value, Label: value". */
function formatObject(o: Obj, names: Names, entity: string): string | null {
  if (typeof o.title === 'string' && o.title)
    return cut(o.number ? `${String(o.number)}. ${o.title}` : o.title);
  if (typeof o.name === 'string' && o.name) return cut(o.name);
  const parts: string[] = [];
  for (const k of shownKeys(o)) {
    if (isEmpty(o[k]) || k === 'id') continue;
    const text = formatScalar(o[k], fieldDef(entity, k), names, entity);
    if (text) parts.push(`${fieldDef(entity, k).label}: ${text}`);
  }
  return parts.length ? cut(parts.join(', ')) : null;
}

function format(v: Json, def: FieldDef, names: Names, entity: string): string | null {
  if (isEmpty(v)) return null;
  return formatScalar(v, def, names, entity);
}

// ---------------------------------------------------------------------------------------------
// The diff

function changesOf(r: AuditRow, names: Names): AuditChange[] {
  const before = asObj(r.before);
  const after = asObj(r.after);
  const out: AuditChange[] = [];
  const reportId = r.entity === 'report' ? toId(r.entityId) : null;
  const report = reportId ? names.reports.get(reportId) : undefined;

  const push = (
    field: string,
    label: string,
    b: string | null,
    a: string | null,
    kind: AuditChange['kind'],
  ) => {
    if (b === a && b !== null && before && after) return;
    if (b === null && a === null) return;
    out.push({ field, label, before: b, after: a, kind });
  };

  const keys = [...new Set([...(before ? shownKeys(before) : []), ...(after ? shownKeys(after) : [])])];
  // Before and after of the same record share fields; when they share none (a merger: the units
  // merged, then the successor) before is no snapshot to diff against.
  const snapshot = !before || !after || Object.keys(before).some((k) => k in after);
  for (const k of keys) {
    if (k === 'id' && (before?.id === undefined || after?.id === undefined || same(before.id, after.id)))
      continue;
    const inB = !!before && k in before;
    const inA = !!after && k in after;
    // A partial "after" (only the fields sent) leaves the other fields as they were.
    if (before && after && inB && !inA && (snapshot || !Array.isArray(r.before))) continue;
    const kind: AuditChange['kind'] = !inB ? 'added' : !inA ? 'removed' : 'changed';
    const b = inB ? before![k] : undefined;
    const a = inA ? after![k] : undefined;
    if (before && after && same(b, a)) continue;
    const def = fieldDef(r.entity, k);

    // Report figures: one line per indicator.
    if (r.entity === 'report' && k === 'values' && Array.isArray(a)) {
      for (const x of a) {
        if (!isObj(x)) continue;
        const code = String(x.code ?? '');
        push(
          `values.${code}`,
          `${def.label} – ${report?.indicators.get(code) ?? code}`,
          format(x.from, { label: '' }, names, r.entity),
          format(x.to, { label: '' }, names, r.entity),
          'changed',
        );
      }
      continue;
    }
    // Texts per section (narratives, return comments): one line per section.
    if (r.entity === 'report' && (k === 'narratives' || k === 'sections') && (isObj(a) || isObj(b))) {
      const bo = isObj(b) ? b : {};
      const ao = isObj(a) ? a : {};
      const sub = after && isObj(a) ? Object.keys(ao) : Object.keys(bo);
      for (const s of sub) {
        if (after && before && same(bo[s], ao[s])) continue;
        push(
          `${k}.${s}`,
          `${def.label} – mục ${report?.sections.get(s) ?? s}`,
          format(bo[s], { label: '' }, names, r.entity),
          format(ao[s], { label: '' }, names, r.entity),
          before && s in bo ? 'changed' : 'added',
        );
      }
      continue;
    }
    push(k, def.label, format(b, def, names, r.entity), format(a, def, names, r.entity), kind);
  }
  return out;
}

function linkOf(
  entity: string,
  id: number | null,
  action: string,
  before: Obj | null,
  after: Obj | null,
  names: Names,
): string | null {
  const get = (k: string) => after?.[k] ?? before?.[k];
  if (entity === 'file') {
    const owner = get('entity');
    return typeof owner === 'string' ? linkOf(owner, toId(get('entityId')), 'view', null, null, names) : null;
  }
  if (action === 'delete' && entity !== 'role_assignment') return null;
  switch (entity) {
    case 'org_unit':
      return id ? `/org?unit=${id}` : '/org';
    case 'user':
    case 'role_assignment':
      return '/users';
    case 'plan':
      return id ? `/ke-hoach/${id}` : null;
    case 'plan_task': {
      const planId = toId(get('planId'));
      return planId ? `/ke-hoach/${planId}/nhiem-vu` : null;
    }
    case 'task_assignment': {
      const taskId = toId(get('taskId'));
      const planId = taskId ? names.taskPlans.get(taskId) : undefined;
      return planId ? `/ke-hoach/${planId}/nhiem-vu` : '/nhiem-vu-cua-toi';
    }
    case 'leader_assignment':
      return '/lanh-dao-phu-trach';
    case 'plan_theme':
    case 'plan_movement':
      return '/chu-de-phong-trao';
    case 'guiding_document':
      return '/van-ban-chi-dao';
    case 'report':
      return id ? `/bao-cao/${id}` : null;
    case 'report_period':
      return id ? `/bao-cao/ky/${id}` : null;
    case 'report_template':
      return id ? `/bao-cao/de-cuong/${id}` : null;
    case 'notification':
      return '/notifications';
    default:
      return null;
  }
}

function recordLabelOf(r: AuditRow, before: Obj | null, after: Obj | null, names: Names): string {
  const id = toId(r.entityId);
  const what = entityLabel(r.entity);
  const get = (k: string) => {
    const v = after?.[k] ?? before?.[k];
    return typeof v === 'string' && v.trim() ? cut(v.trim()) : null;
  };
  if (r.entity === 'org_unit') {
    const n = (id && id === r.unitId ? r.unitName : null) ?? (id ? names.units.get(id) : null) ?? get('name');
    return n ?? (id ? `${what} #${id}` : what);
  }
  if (r.entity === 'user') {
    const n = get('fullName') ?? (id ? names.users.get(id) : null);
    return n ? `${what} ${n}` : id ? `${what} #${id}` : what;
  }
  if (r.entity === 'report') {
    const rep = id ? names.reports.get(id) : undefined;
    if (rep) return `${rep.period}${r.unitName ? ` – ${r.unitName}` : ''}`;
  }
  const title = get('numberSymbol') && get('title') ? `${get('numberSymbol')} ${get('title')}` : null;
  const name = title ?? get('title') ?? get('name') ?? get('leaderName') ?? get('originalName');
  if (name) return `${what} “${name}”`;
  return id ? `${what} #${id}` : what;
}

/** The stored value without secret fields (rows written before the writer scrubbed them). */
function scrubSecrets(v: Json): Json {
  if (Array.isArray(v)) return v.map(scrubSecrets);
  if (isObj(v))
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !isSecretKey(k))
        .map(([k, x]) => [k, scrubSecrets(x)]),
    );
  return v ?? null;
}

function lineOf(c: AuditChange): string {
  if (c.kind === 'added') return `${c.label}: ${c.after ?? EMPTY}`;
  if (c.kind === 'removed') return `${c.label}: ${c.before ?? EMPTY}`;
  return `${c.label}: ${c.before ?? EMPTY} → ${c.after ?? EMPTY}`;
}

/** The readable form of audit rows, for the page and the export. */
export async function presentAudit(ctx: Ctx, rows: AuditRow[]): Promise<AuditView[]> {
  const names = await resolve(ctx, rows);
  return rows.map((r) => {
    const before = asObj(r.before);
    const after = asObj(r.after);
    const changes = changesOf(r, names);
    const mode: AuditView['mode'] = !before ? 'created' : !after ? 'removed' : 'changed';
    return {
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      ip: r.ip,
      requestId: r.requestId,
      unitId: r.unitId,
      unitName: r.unitName,
      entity: r.entity,
      entityId: r.entityId,
      action: r.action,
      before: scrubSecrets(r.before),
      after: scrubSecrets(r.after),
      atText: formatDateTimeVi(r.at),
      actorLabel: r.actorName ?? 'Hệ thống',
      entityLabel: entityLabel(r.entity),
      actionLabel: actionLabel(r.entity, r.action),
      recordLabel: recordLabelOf(r, before, after, names),
      link: linkOf(r.entity, toId(r.entityId), r.action, before, after, names),
      mode,
      changes,
      summary: changes.map(lineOf).join('\n'),
    };
  });
}
