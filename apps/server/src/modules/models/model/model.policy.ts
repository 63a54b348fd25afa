/**
 * Who may see and do what with a "Dân vận khéo" model. A model belongs to its unit: it is read by
 * those who hold models:read there (the unit and the levels above it); the unit (models:write)
 * edits its registration while it is not yet evaluated, starts it, records its results and may stop
 * it; the evaluator (models:evaluate, the coordinator) evaluates, sends back, recognises, has it
 * replicated and may stop it. Whether the state allows the action is the domain's state machine.
 */
import type { Permission } from '@danvan/contracts';
import { MODEL_TRANSITIONS, type ModelAction, type ModelState } from '@danvan/domain';
import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor, type Scope } from '../../../core/scope.ts';

export type UnitLike = { id: number; path: string };
export interface ModelRecord {
  unitId: number;
  unitPath: string;
  state: string;
}

export type ModelVerb = 'read' | 'create' | 'update' | 'addResult' | 'addCommendation' | ModelAction;

function holds(actor: Actor | null, perm: Permission, unit: UnitLike): boolean {
  return actor ? inScope(scopesFor(actor, perm), unit) : false;
}
const unitOf = (r: ModelRecord): UnitLike => ({ id: r.unitId, path: r.unitPath });
const writes = (a: Actor | null, r: ModelRecord) => holds(a, 'models:write', unitOf(r));
const evaluates = (a: Actor | null, r: ModelRecord) => holds(a, 'models:evaluate', unitOf(r));

/** The states whose registration content may still be edited, and where results are recorded. */
const EDITABLE: readonly string[] = ['registered', 'running'];
const RESULTS: readonly string[] = ['running', 'evaluated', 'recognised', 'replicated'];

function transition(a: Actor | null, r: ModelRecord, action: ModelAction): boolean {
  const t = MODEL_TRANSITIONS[action];
  const who = (t.by.includes('unit') && writes(a, r)) || (t.by.includes('evaluator') && evaluates(a, r));
  return who && t.from.includes(r.state as ModelState);
}

/** The permission rule only (who), without the state: a 403 when it fails, the state check a 409. */
function mayAct(a: Actor | null, r: ModelRecord, action: ModelAction): boolean {
  const t = MODEL_TRANSITIONS[action];
  return (t.by.includes('unit') && writes(a, r)) || (t.by.includes('evaluator') && evaluates(a, r));
}

export function canModel(actor: Actor | null, verb: ModelVerb, r: ModelRecord): boolean {
  switch (verb) {
    case 'read':
      return holds(actor, 'models:read', unitOf(r));
    case 'create':
      return writes(actor, r);
    case 'update':
      return writes(actor, r) && EDITABLE.includes(r.state);
    case 'addResult':
      return writes(actor, r) && RESULTS.includes(r.state);
    case 'addCommendation':
      return writes(actor, r) || evaluates(actor, r);
    default:
      return transition(actor, r, verb);
  }
}

/**
 * 404 (`what`) when the actor may not read the model, 403 when it may read but not take the action
 * at all (its role), and true when the role allows it (the verb then checks the state: 409).
 */
export function authorizeModel(ctx: Ctx, verb: ModelVerb, r: ModelRecord, what = 'Mô hình') {
  const actor = requireActor(ctx.actor);
  if (!canModel(actor, 'read', r)) throw NotFound(what);
  const allowed =
    verb === 'update' || verb === 'addResult' || verb === 'create'
      ? writes(actor, r)
      : verb === 'addCommendation' || verb === 'read'
        ? canModel(actor, verb, r)
        : mayAct(actor, r, verb);
  if (!allowed) throw Forbidden();
}

export function canModelFlags(actor: Actor | null, r: ModelRecord) {
  return {
    update: canModel(actor, 'update', r),
    start: canModel(actor, 'start', r),
    stop: canModel(actor, 'stop', r),
    evaluate: canModel(actor, 'evaluate', r),
    resume: canModel(actor, 'resume', r),
    recognise: canModel(actor, 'recognise', r),
    replicate: canModel(actor, 'replicate', r),
    addResult: canModel(actor, 'addResult', r),
    addCommendation: canModel(actor, 'addCommendation', r),
  };
}

/** The read scopes for the WHERE clause of list queries. */
export function modelReadScopes(ctx: Ctx): Scope[] {
  return scopesFor(requireActor(ctx.actor), 'models:read');
}

/** Whether the actor reads the models of the unit (a list's unit filter: 404 otherwise). */
export function readsModelsAt(actor: Actor | null, unit: UnitLike): boolean {
  return holds(actor, 'models:read', unit);
}
