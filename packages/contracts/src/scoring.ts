/**
 * Scoring, appraisal and ranking (DOMAIN.md part C): criteria sets per year as data (versioned,
 * frozen once used), band schemes with caps, the year's round, the units' self-assessments with
 * proposed scores from live data and evidence, the appraisal, the unit's explanation, the decision,
 * the ranking per unit group and its documents. The vocabularies come from packages/domain (scoring).
 */
export * from './scoring/vocabulary.ts';
export { Points } from './scoring/shared.ts';
export * from './scoring/criteria.ts';
export * from './scoring/bands.ts';
export * from './scoring/rounds.ts';
export * from './scoring/proposers.ts';
export * from './scoring/assessments.ts';
export * from './scoring/ranking.ts';
