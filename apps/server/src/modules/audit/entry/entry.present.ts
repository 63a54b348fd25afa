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
import type { AuditChange, AuditView } from '@danvan/contracts';
import { formatDateTimeVi } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { actionLabel, entityLabel, fieldDef, isSecretKey } from './entry.labels.ts';
import { format } from './entry.format.ts';
import { resolveNames, type Names } from './entry.names.ts';
import type { AuditRow } from './entry.repository.ts';
import { asObj, cut, isObj, same, shownKeys, toId, type Json, type Obj } from './entry.values.ts';

const EMPTY = '(trống)';

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
  const names = await resolveNames(ctx, rows);
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
