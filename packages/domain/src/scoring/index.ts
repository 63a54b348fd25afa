export * from './vocab.ts';
export * from './rules.ts';
export * from './seed.ts';
