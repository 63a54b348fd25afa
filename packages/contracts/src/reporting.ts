/** Periodic reporting: the contracts live in ./reporting/ (one file per part), imported from here. */
export * from './reporting/index.ts';
