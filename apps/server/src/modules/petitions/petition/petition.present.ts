import type { PetitionDetail, PetitionDocumentKind } from '@danvan/contracts';
import {
  allowedSteps,
  petitionFlags,
  PROLONGED_BASIS_VI,
  type PetitionCompetence,
  type PetitionKind,
  type PetitionStatus,
  type PetitionStep,
} from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { identityState } from '../../vault/index.ts';
import * as repo from './petition.repository.ts';
import * as duplicateRepo from './duplicate.repository.ts';
import { canPetition, canRevealIdentity, canSeeDetail, type PetitionAction } from './petition.policy.ts';

/** Steps that are the head's decisions (petitions:decide); the others are the handler's. */
export const DECIDE_STEPS: readonly PetitionStep[] = ['extend', 'decide', 'assign'];
export const actionOf = (step: PetitionStep): PetitionAction =>
  DECIDE_STEPS.includes(step) ? 'decide' : 'handle';

const ref = (p: repo.RegisterRow) => ({
  unitId: p.unitId,
  unitPath: p.unitPath,
  kind: p.kind,
  handlerId: p.handlerId,
});

export const petitionCode = (p: { id: number; receivedOn: string }) => `${p.id}/${p.receivedOn.slice(0, 4)}`;

export function runningDue(
  p: Pick<repo.PetitionRow, 'status' | 'screeningDue' | 'resolutionDue' | 'resultDue'>,
): string | null {
  if (p.status === 'received' || p.status === 'screened') return p.screeningDue;
  if (p.status === 'accepted') return p.resolutionDue;
  if (p.status === 'decided') return p.resultDue;
  return null;
}

function flagsOf(ctx: Ctx, p: repo.RegisterRow) {
  return petitionFlags(
    {
      status: p.status as PetitionStatus,
      screeningDue: p.screeningDue,
      resolutionDue: p.resolutionDue,
      resultDue: p.resultDue,
      maxDueDate: p.maxDueDate,
      repeatOfResolved: p.repeatOfResolved,
      competence: p.competence as PetitionCompetence | null,
      petitionersCount: p.petitionersCount,
      linkedDuplicates: p.linkedDuplicates,
    },
    today(ctx),
  );
}

/** A register line. A tố cáo never carries a name; its content is protected from other roles. */
export function presentSummary(ctx: Ctx, p: repo.RegisterRow) {
  const open = canSeeDetail(ctx.actor, ref(p));
  return {
    id: p.id,
    code: petitionCode(p),
    unitId: p.unitId,
    unitName: p.unitName,
    receivedOn: p.receivedOn,
    channel: p.channel as never,
    kind: p.kind as never,
    field: p.field as never,
    status: p.status as never,
    subject: p.subject,
    petitionersCount: p.petitionersCount,
    representativeName: p.kind === 'to_cao' || !open ? null : p.representativeName,
    dueDate: runningDue(p),
    flags: flagsOf(ctx, p),
    protected: !open,
  };
}

/** The documents the case has produced so far. */
export function documentsOf(p: repo.PetitionRow, steps: { step: string }[]): PetitionDocumentKind[] {
  const did = new Set(steps.map((s) => s.step));
  const out: PetitionDocumentKind[] = [];
  if (did.has('transfer')) out.push('phieu-chuyen-don');
  if (did.has('accept')) out.push('thong-bao-thu-ly');
  if (did.has('file') && (p.kind === 'khieu_nai' || p.kind === 'to_cao')) out.push('thong-bao-khong-thu-ly');
  if (did.has('guide')) out.push('van-ban-huong-dan');
  if (did.has('accept') && p.kind === 'to_cao') out.push('yeu-cau-xac-minh');
  if (did.has('decide')) out.push(p.kind === 'to_cao' ? 'ket-luan-to-cao' : 'quyet-dinh-giai-quyet');
  return out;
}

type StepRow = Awaited<ReturnType<typeof repo.steps>>[number];

function deadlinesOf(steps: StepRow[]) {
  const latest = new Map<string, StepRow>();
  const stepOf: Record<string, 'screening' | 'resolution' | 'send_result'> = {
    receive: 'screening',
    accept: 'resolution',
    extend: 'resolution',
    resume: 'resolution',
    decide: 'send_result',
  };
  for (const s of steps) {
    const k = stepOf[s.step];
    if (k && s.ruleId !== null && s.details && (s.step !== 'decide' || s.details.resultDue)) latest.set(k, s);
  }
  return [...latest].map(([step, s]) => {
    const d = s.details as Record<string, unknown>;
    return {
      step: step as 'screening' | 'resolution' | 'send_result',
      dueDate: String(d.due ?? s.dueDate ?? ''),
      ruleId: s.ruleId!,
      ruleVersion: s.ruleVersion ?? 1,
      ruleName: String(d.ruleName ?? ''),
      basisText: String(d.basisText ?? ''),
      needsCheck: Boolean(d.needsCheck),
    };
  });
}

/** The case page: everything the actor may see, with what they may do. */
export async function presentDetail(ctx: Ctx, p: repo.PetitionView): Promise<PetitionDetail> {
  const r = ref(p);
  const open = canSeeDetail(ctx.actor, r);
  const steps = await repo.steps(ctx.db, p.id);
  const siblings = await repo.splitSiblings(ctx.db, p);
  const dups = open ? await duplicateRepo.duplicatesOf(ctx.db, p.id) : [];
  const mayReveal = canRevealIdentity(ctx.actor, r);
  // the petition is read and its access checked above: the vault is told, not asked to read it again
  const state = p.kind === 'to_cao' ? await identityState(ctx, 'petition', p.id, mayReveal) : null;
  const can: Record<string, boolean> = {};
  const allowed = new Set(allowedSteps(p.status as PetitionStatus, p.kind as PetitionKind));
  for (const s of [
    'screen',
    'accept',
    'transfer',
    'guide',
    'file',
    'verify',
    'dialogue',
    'extend',
    'suspend',
    'resume',
    'decide',
    'send_result',
    'close',
    'assign',
  ] as PetitionStep[])
    can[s] = allowed.has(s) && canPetition(ctx.actor, actionOf(s), r);
  can.resolveDuplicate = canPetition(ctx.actor, 'handle', r);
  can.reveal = mayReveal;
  return {
    ...presentSummary(ctx, p),
    version: p.version,
    idNumber: p.kind === 'to_cao' || !open ? null : p.idNumber,
    address: p.kind === 'to_cao' || !open ? null : p.address,
    content: open ? p.content : null,
    sourceBody: p.sourceBody,
    addressedTo: p.addressedTo,
    competence: p.competence as never,
    complex: p.complex,
    remoteArea: p.remoteArea,
    secondInstance: p.secondInstance,
    firstInstanceId: p.firstInstanceId,
    splitFromId: p.splitFromId,
    splitSiblings: siblings.map((s) => ({ id: s.id, kind: s.kind as never })),
    visitId: p.visitId,
    handlerId: p.handlerId,
    handlerName: p.handlerName,
    toBody: p.toBody,
    extensions: p.extensions,
    maxDueDate: p.maxDueDate,
    decisionNumber: p.decisionNumber,
    decisionSummary: open ? p.decisionSummary : null,
    decidedOn: p.decidedOn,
    deadlines: deadlinesOf(steps),
    timeline: steps.map((s) => ({
      id: s.id,
      step: s.step as never,
      on: s.on,
      at: s.at.toISOString(),
      actorName: s.actorName,
      dueDate: s.dueDate,
      met: s.met,
      ruleId: s.ruleId,
      note: open ? s.note : null,
    })),
    duplicates: dups.map((d) => ({
      petitionId: d.candidateId,
      subject: d.subject,
      kind: d.kind as never,
      status: d.status as never,
      receivedOn: d.receivedOn,
      unitName: d.unitName,
      reason: d.reason as 'person' | 'content',
      score: d.score,
      decision: d.decision as 'link' | 'dismiss' | null,
    })),
    documents: open ? documentsOf(p, steps) : [],
    identity: state ? { mode: state.mode, canReveal: state.canReveal, sealedAt: state.sealedAt } : null,
    prolongedBasis: PROLONGED_BASIS_VI,
    can,
  };
}
