/**
 * The public portal (cổng thông tin cho người dân): what citizens see and send without an account
 * (routes under /api/v1/public, access 'public'), and the staff side (routes under /api/v1/portal:
 * publishing answers, ratings received, the satisfaction index). The vocabularies come from
 * packages/domain (portal, petitions). A public answer never carries a person's data: no name, no
 * contact, no content of a petition, no identity of a denouncer.
 */
export * from './portal/vocabulary.ts';
export { AltchaPayload, LookupCodeInput } from './portal/shared.ts';
export * from './portal/sections.ts';
export * from './portal/submission.ts';
export * from './portal/lookup.ts';
export * from './portal/staff.ts';
