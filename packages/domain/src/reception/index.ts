/** Citizen reception: the log's vocabularies, the schedules' days, the head's minimum and its compliance. */
export * from './vocabulary.ts';
export * from './schedule.ts';
export * from './visit.ts';
export * from './compliance.ts';
