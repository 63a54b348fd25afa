import type { Ctx } from '../../core/context.ts';

/** A denouncer's identity (Luật Tố cáo 2018 điều 9, 47): never stored in plaintext, never logged. */
export interface ProtectedIdentity {
  fullName: string;
  address?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  email?: string | null;
  notes?: string | null;
}

/** What the owning module registers for its kind of record (petitions registers kind 'petition'). */
export interface VaultOwner {
  /** Throws NotFound when the actor cannot read the owner record; returns whether the actor may reveal (e.g. the assigned handler). */
  canReveal(ctx: Ctx, ownerId: number): Promise<boolean>;
  /** The unit the owner record belongs to, for the audit rows of seals and reveals (optional). */
  unitId?(ctx: Ctx, ownerId: number): Promise<number | null>;
}

export interface IdentityState {
  mode: 'sealed' | 'paper';
  paperRef: string | null;
  canReveal: boolean;
  sealedAt: string;
}

export interface ScanInput {
  fileName: string;
  mime: string;
  bytes: Buffer;
}
