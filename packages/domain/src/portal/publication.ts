/**
 * What of a matter a unit may publish on the portal, and in which honest state.
 *
 * - Only the answer to a kiến nghị or phản ánh is published (issue: "the answer to a kiến nghị or
 *   phản ánh, anonymised"): never a tố cáo (Luật Tố cáo 2018 điều 47: the denouncer is protected; a
 *   conclusion is made public by the law's own procedure), nor a khiếu nại (a personal dispute).
 * - Only once the matter has an outcome: a decision or answer (decided, result sent, closed), a
 *   transfer or guidance to the competent body, or a filing without action. The state must be one the
 *   outcome allows: "not within competence" only for a matter transferred or guided, "resolved" or
 *   "resolved in part" only for one with an answer.
 * - The text is the handler's own, anonymised: it may not carry the petitioner's name, identity
 *   number, address, phone or e-mail (checked without diacritics or case).
 */
import { normalizeVi } from '../text/normalize.ts';
import type { PetitionKind, PetitionStatus } from '../petitions/vocabulary.ts';
import type { PublicationState } from './vocabulary.ts';

export const PUBLISHABLE_KINDS: readonly PetitionKind[] = Object.freeze(['kien_nghi', 'phan_anh']);

const STATES_BY_STATUS: Readonly<Partial<Record<PetitionStatus, readonly PublicationState[]>>> =
  Object.freeze({
    decided: ['resolved', 'resolved_in_part', 'closed_unresolved'],
    result_sent: ['resolved', 'resolved_in_part', 'closed_unresolved'],
    closed: ['resolved', 'resolved_in_part', 'not_competent', 'closed_unresolved'],
    transferred: ['not_competent'],
    guided: ['not_competent'],
    filed: ['closed_unresolved'],
  });

/** The states a matter of this status may be published in (empty: it has no outcome yet). */
export function publicationStatesFor(status: PetitionStatus): readonly PublicationState[] {
  return STATES_BY_STATUS[status] ?? [];
}

export type PublishRefusal = 'kind' | 'not_resolved' | 'state';

/** Why the answer of this matter may not be published in `state`, or null when it may. */
export function publishRefusal(
  p: { kind: PetitionKind; status: PetitionStatus },
  state: PublicationState,
): PublishRefusal | null {
  if (!PUBLISHABLE_KINDS.includes(p.kind)) return 'kind';
  const allowed = publicationStatesFor(p.status);
  if (allowed.length === 0) return 'not_resolved';
  if (!allowed.includes(state)) return 'state';
  return null;
}

/** The shortest piece of personal data worth looking for (shorter strings match too much). */
const MIN_PERSONAL_LENGTH = 4;

/**
 * Which of the petitioner's personal data (name, number, address, phone, e-mail) occur in a text
 * meant for the public, compared without diacritics, case or repeated spaces; digits are compared
 * without separators (a phone written 0912 345 678 is found as 0912345678).
 */
export function personalDataIn(text: string, personal: readonly (string | null | undefined)[]): string[] {
  const key = normalizeVi(text);
  const digits = text.replace(/\D/g, '');
  const found: string[] = [];
  for (const p of personal) {
    if (!p) continue;
    const k = normalizeVi(p);
    if (k.length < MIN_PERSONAL_LENGTH) continue;
    const pd = p.replace(/\D/g, '');
    const numeric = pd.length >= 6 && pd.length >= k.replace(/[\s.+()-]/g, '').length - 1;
    if (numeric ? digits.includes(pd) : key.includes(k)) found.push(p);
  }
  return found;
}
