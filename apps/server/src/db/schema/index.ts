export * from './org.ts';
export * from './users.ts';
export * from './platform.ts';
