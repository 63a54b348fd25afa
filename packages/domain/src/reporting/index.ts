export * from './vocabulary.ts';
export * from './figure-keys.ts';
export * from './template-types.ts';
export * from './rules.ts';
export { OUTLINE_1432, BUILTIN_TEMPLATES, flattenSections } from './outline-1432.ts';
export * from './synthesis.ts';
