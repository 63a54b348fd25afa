/**
 * Plans and tasks (kế hoạch, nhiệm vụ): guiding documents, plans with their cascade to subordinate
 * units, tasks assigned to many units with per-unit progress, leaders in charge, year themes and
 * emulation movements. Inputs are validated here with Vietnamese messages; outputs describe what the
 * server returns, each record with `can` (what the actor may do with it).
 */
export * from './plans/vocabulary.ts';
export { UnitSelector, UnitSelectorView, UnitRef, DocRef } from './plans/shared.ts';
export * from './plans/documents.ts';
export * from './plans/plan.ts';
export * from './plans/tasks.ts';
export * from './plans/registers.ts';
