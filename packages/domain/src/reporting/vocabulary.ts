/**
 * The vocabulary of periodic reporting, defined once: the contracts' enums and patterns are built
 * from these constants (packages/contracts/src/reporting/vocabulary.ts), the server and the web read
 * them from there or from here. Aggregation rules live in aggregation/aggregate.ts (AGGREGATION_RULES)
 * and period kinds in periods/periods.ts (REPORT_PERIOD_KINDS); they are used as they are.
 */

/** The kinds of an indicator's figure. */
export const INDICATOR_TYPES = Object.freeze(['integer', 'decimal', 'percent'] as const);

/** How strongly a template's rule holds: an error blocks sending, a warning is shown. */
export const RULE_SEVERITIES = Object.freeze(['error', 'warning'] as const);

/** The statuses of a report (see rules.ts for what each allows). */
export const REPORT_STATUSES = Object.freeze(['draft', 'submitted', 'returned', 'accepted'] as const);

/** 'unit': a reporting unit's report to the province; 'province': the province's report to the ministry. */
export const REPORT_LEVELS = Object.freeze(['unit', 'province'] as const);

/** Where an indicator's value comes from (see rules.ts enteredValue / computedValue). */
export const VALUE_SOURCES = Object.freeze(['entered', 'computed', 'override'] as const);

/** A period is open for reports, or closed. */
export const PERIOD_STATUSES = Object.freeze(['open', 'closed'] as const);

/** Where a unit's report stands against its deadline. */
export const TIMELINESS_CODES = Object.freeze(['on_time', 'late', 'missing', 'not_due'] as const);

/** An indicator's (and a rule's) code: a letter or '_', then letters, digits, '_' and '.'. */
export const INDICATOR_CODE_PATTERN = /^[A-Za-z_][A-Za-z0-9_.]*$/;
/** A section's code: letters, digits, '_' and '.' (e.g. 'III.7'). */
export const SECTION_CODE_PATTERN = /^[A-Za-z0-9_.]+$/;
/** A template's code: letters, digits, '_', '.' and '-' (e.g. 'BNV-1432-2023'). */
export const TEMPLATE_CODE_PATTERN = /^[A-Za-z0-9_.-]+$/;
