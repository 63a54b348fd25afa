/**
 * The portal's anti-automation check (ALTCHA): a solved challenge, verified and marked used in the
 * caller's transaction (400 when wrong or expired, 409 when used twice). The portal module owns it.
 */
export { useChallenge as verifyAltcha } from '../../portal/index.ts';
