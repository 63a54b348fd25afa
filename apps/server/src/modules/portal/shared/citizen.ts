/** Who acts on a public route: the citizen, through the portal (the system, named so on the trail). */
import { SYSTEM_ACTOR, type Actor, type Ctx } from '../../../core/context.ts';

export const CITIZEN_ACTOR: Actor = {
  ...SYSTEM_ACTOR,
  username: 'cong-thong-tin',
  fullName: 'Người dân (qua Cổng thông tin)',
};

/** The context of a public request's writes (audit rows name the portal as the actor). */
export const citizenCtx = (ctx: Ctx): Ctx => ({ ...ctx, actor: CITIZEN_ACTOR });

/** A phone number's digits (+84 written as 0), or an e-mail in lower case: one key per contact. */
export function contactKeys(contact: { phone?: string | null; email?: string | null }): string[] {
  const out: string[] = [];
  if (contact.phone) {
    const digits = contact.phone.replace(/\D/g, '').replace(/^84(?=\d{9,10}$)/, '0');
    if (digits) out.push(`tel:${digits}`);
  }
  if (contact.email) out.push(`mail:${contact.email.trim().toLowerCase()}`);
  return out;
}
