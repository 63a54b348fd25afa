/** Rules about a unit's life in time (no access: that is unit.policy.ts). */

/** Whether the unit is in force on the date (validity is inclusive at both ends). */
export function isActive(u: { validFrom: string; validTo: string | null }, asOf: string): boolean {
  return u.validFrom <= asOf && (u.validTo === null || u.validTo >= asOf);
}

/** 'YYYY-MM-DD' → 'dd/MM/yyyy', for messages. */
export const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
