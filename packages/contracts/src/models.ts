/**
 * "Dân vận khéo" models, their results and evaluations against the recognition criteria, the rule
 * values, the compliance of state bodies with the one-to-two rule, and commendations. The
 * vocabularies come from packages/domain (models).
 */
export * from './models/vocabulary.ts';
export * from './models/results.ts';
export * from './models/model.ts';
export * from './models/rules.ts';
export * from './models/commendations.ts';
