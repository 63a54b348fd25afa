/** The validation-rule expression language. */
export * from './ast.ts';
export * from './errors.ts';
export * from './evaluate.ts';
export * from './lexer.ts';
export * from './parser.ts';
export * from './print.ts';
export * from './rules.ts';
