/** Legal time limits as versioned data, deadline counting (BLDS 2015 arts. 147–148) and the calendar seed. */
export * from './time-limits.ts';
export * from './deadline.ts';
export * from './holidays.ts';
export * from './seed-rules.ts';
