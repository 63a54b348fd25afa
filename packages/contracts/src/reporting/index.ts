/** Periodic reporting (báo cáo định kỳ): templates, periods, reports, roll-up, dashboard, compilation. */
export * from './vocabulary.ts';
export * from './template.ts';
export * from './period.ts';
export * from './report.ts';
export * from './rollup.ts';
export * from './synthesis.ts';
