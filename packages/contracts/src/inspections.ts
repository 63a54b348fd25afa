/**
 * Inspections of public duty (thanh tra, kiểm tra công vụ): the year's plan and its items, each
 * inspection with its team and findings, the violations of conduct (the person's data only for
 * holders of inspections:persons; others read "đã ẩn danh"), the recommendations tracked to
 * completion, the conclusion. The vocabularies and legal rows come from packages/domain (inspections).
 */
export * from './inspections/vocabulary.ts';
export * from './inspections/findings.ts';
export * from './inspections/inspection.ts';
export * from './inspections/plan.ts';
