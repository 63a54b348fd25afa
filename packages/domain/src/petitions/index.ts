/** Petitions (đơn thư): vocabulary, workflow, deadlines' rule codes, flags, duplicates, split. */
export * from './vocabulary.ts';
export * from './workflow.ts';
export * from './flags.ts';
export * from './similarity.ts';
export * from './split.ts';
