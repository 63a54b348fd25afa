/**
 * @danvan/domain: the pure rules of the system (calendars and deadlines, compliance, aggregation,
 * validation expressions, the org tree, report periods, Vietnamese text). No I/O, no framework.
 */
export * from './text/normalize.ts';
export * from './math/round.ts';
export * from './time/calendar.ts';
export * from './time/working-days.ts';
export * from './time/recurrence.ts';
export * from './compliance/status.ts';
export * from './aggregation/aggregate.ts';
export * from './expressions/index.ts';
export * from './org/tree.ts';
export * from './org/unit-kinds.ts';
export * from './periods/periods.ts';
// Both modules name the aggregation rule type (the same union); this resolves the ambiguity.
export type { AggregationRule } from './aggregation/aggregate.ts';
export * from './reporting/index.ts';
export * from './seeds-data/index.ts';
export * from './legal/index.ts';
export * from './petitions/index.ts';
export * from './reception/index.ts';
export * from './situations/index.ts';
export * from './models/index.ts';
export * from './portal/index.ts';
export * from './scoring/index.ts';
export * from './training/index.ts';
export * from './inspections/index.ts';
export * from './answers/index.ts';
