/** The public portal: vocabulary, the lookup code, the satisfaction index, what may be published. */
export * from './vocabulary.ts';
export * from './lookup-code.ts';
export * from './satisfaction.ts';
export * from './publication.ts';
export * from './consent.ts';
