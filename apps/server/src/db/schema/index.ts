export * from './org.ts';
export * from './users.ts';
export * from './platform.ts';
export * from './reporting.ts';
export * from './plans.ts';
