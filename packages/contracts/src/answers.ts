/**
 * Answers to the people (trả lời, giải quyết kiến nghị): one tracked-answer mechanism — a source
 * document holding numbered items, each assigned to a responsible unit with a due date, answered,
 * judged by whoever raised it, published — and the four capabilities on it: direct dialogues, the
 * Front's supervision and social criticism, voter petitions of People's Council sessions, public
 * consultation. The vocabularies come from packages/domain (answers).
 */
export * from './answers/vocabulary.ts';
export * from './answers/items.ts';
export * from './answers/sources.ts';
export * from './answers/filing.ts';
export * from './answers/consultations.ts';
export * from './answers/registers.ts';
