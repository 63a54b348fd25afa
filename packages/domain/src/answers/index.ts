export * from './vocabulary.ts';
export * from './workflow.ts';
export * from './compliance.ts';
export * from './rules.ts';
