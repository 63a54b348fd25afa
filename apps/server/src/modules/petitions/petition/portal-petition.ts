/**
 * Petitions sent by citizens through the public portal (modules/portal): entering one (channel
 * 'portal', received today, the screening deadline from the legal register, a denouncer's identity
 * sealed in the vault, all by the staff entry's own createPetitions), and the two reads the portal
 * needs: what the holder of the lookup code may see of the case (no person, no content, no note), and
 * what a publishing officer needs to check the answer before it goes public.
 */
import type { CreatePetition } from '@danvan/contracts';
import {
  PETITION_RESOLVED_STATUSES,
  type PetitionField,
  type PetitionKind,
  type PetitionStatus,
  type PetitionStep,
} from '@danvan/domain';
import { SYSTEM_ACTOR, today, type Actor, type Ctx } from '../../../core/context.ts';
import { createPetitions } from './create-petition.ts';
import { loadPetition } from './load-petition.ts';
import * as repo from './petition.repository.ts';

/** Who enters a portal petition: the system, named as the citizen's channel on the timeline. */
const PORTAL_ACTOR: Actor = {
  ...SYSTEM_ACTOR,
  username: 'cong-thong-tin',
  fullName: 'Người dân (qua Cổng thông tin)',
};

export interface PortalPetitionInput {
  unitId: number;
  kind: PetitionKind;
  field: PetitionField;
  subject: string;
  content: string;
  contact: {
    fullName: string;
    phone?: string | null;
    email?: string | null;
    address?: string | null;
    idNumber?: string | null;
  };
}

/**
 * Enters the petition at the receiving unit as the staff entry does (one transaction with the
 * caller's, when the caller has one open): for a tố cáo, the sender's name and contact are sealed in
 * the vault and nothing of them is kept in the petition.
 */
export async function createPortalPetition(
  ctx: Ctx,
  input: PortalPetitionInput,
  opts: { isDemo?: boolean } = {},
) {
  const c: Ctx = { ...ctx, actor: PORTAL_ACTOR };
  const denunciation = input.kind === 'to_cao';
  const entry: CreatePetition = {
    unitId: input.unitId,
    receivedOn: today(c),
    channel: 'portal',
    kinds: [input.kind],
    field: input.field,
    petitionersCount: 1,
    representativeName: denunciation ? null : input.contact.fullName,
    idNumber: denunciation ? null : (input.contact.idNumber ?? null),
    address: denunciation ? null : (input.contact.address ?? null),
    subject: input.subject,
    content: input.content,
    complex: false,
    remoteArea: false,
    identity: denunciation
      ? {
          fullName: input.contact.fullName,
          address: input.contact.address ?? null,
          idNumber: input.contact.idNumber ?? null,
          phone: input.contact.phone ?? null,
          email: input.contact.email ?? null,
        }
      : null,
    duplicateDecisions: [],
  };
  const [view] = await createPetitions(c, entry, opts);
  return {
    id: view.id,
    unitId: view.unitId,
    unitName: view.unitName,
    kind: input.kind,
    field: input.field,
    subject: view.subject,
    receivedOn: view.receivedOn,
    dueDate: view.dueDate,
  };
}

/** The steps a citizen sees: the workflow's own, not the office's bookkeeping (assignments, duplicates). */
const PUBLIC_STEPS: readonly PetitionStep[] = [
  'receive',
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
];

export interface PortalCaseFacts {
  id: number;
  kind: PetitionKind;
  field: PetitionField;
  subject: string;
  status: PetitionStatus;
  receivedOn: string;
  unitId: number;
  unitName: string;
  /** The running step's deadline (screening, resolution, result), null when none runs. */
  runningDue: string | null;
  steps: { step: PetitionStep; on: string; toBody: string | null }[];
}

/**
 * What the holder of a portal lookup code sees of the case (no access check: the code is the
 * caller's proof). No name, no content, no handler, no note, no identity. `id` 0 reads nothing (the
 * portal asks the same queries for a code that matches no case, so both take as long).
 */
export async function readPortalCase(ctx: Ctx, id: number): Promise<PortalCaseFacts | null> {
  const p = await repo.getPetition(ctx.db, id);
  const steps = await repo.steps(ctx.db, id);
  if (!p) return null;
  return {
    id: p.id,
    kind: p.kind as PetitionKind,
    field: p.field as PetitionField,
    subject: p.subject,
    status: p.status as PetitionStatus,
    receivedOn: p.receivedOn,
    unitId: p.unitId,
    unitName: p.unitName,
    runningDue: p.runningDue ?? null,
    steps: steps
      .filter((s) => PUBLIC_STEPS.includes(s.step as PetitionStep))
      .map((s) => ({
        step: s.step as PetitionStep,
        on: s.on,
        toBody:
          s.step === 'transfer' || s.step === 'guide'
            ? (((s.details as { toBody?: unknown } | null)?.toBody as string | undefined) ?? p.toBody ?? null)
            : null,
      })),
  };
}

export interface PetitionForPublication {
  id: number;
  unitId: number;
  unitPath: string;
  kind: PetitionKind;
  field: PetitionField;
  status: PetitionStatus;
  subject: string;
  decisionSummary: string | null;
  resolved: boolean;
  /** The petitioner's data, for the anonymisation check only (never published). */
  personal: (string | null)[];
}

/** A petition the actor may read (404 otherwise), with what publishing its answer must check. */
export async function petitionForPublication(ctx: Ctx, id: number): Promise<PetitionForPublication> {
  const p = await loadPetition(ctx, id, 'read');
  return {
    id: p.id,
    unitId: p.unitId,
    unitPath: p.unitPath,
    kind: p.kind as PetitionKind,
    field: p.field as PetitionField,
    status: p.status as PetitionStatus,
    subject: p.subject,
    decisionSummary: p.kind === 'to_cao' ? null : p.decisionSummary,
    resolved: PETITION_RESOLVED_STATUSES.includes(p.status as PetitionStatus),
    personal: [p.representativeName, p.idNumber, p.address],
  };
}
