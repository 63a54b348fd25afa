import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as domain from '../src/index.ts';

const SRC = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('package purity', () => {
  const files = sourceFiles(SRC);

  it('imports nothing but its own files (no I/O, no framework, no dependency)', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // import/export statements only: "from 'answered'" in a comment is not an import
      const specifiers = [
        ...text.matchAll(/^(?:import|export)\b[^;]*?\sfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'/gm),
      ].map((m) => m[1] ?? m[2]);
      for (const specifier of specifiers) {
        expect(specifier, relative(SRC, file)).toMatch(/^\.\.?\/.*\.ts$/);
      }
    }
  });

  it('never evaluates code dynamically', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(SRC, file)).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
    }
  });
});

describe('public API', () => {
  it('exports the documented functions and data', () => {
    const expected = [
      'normalizeVi',
      'matchesVi',
      'wordsVi',
      'roundTo',
      'percentage',
      'VN_TIME_ZONE',
      'VN_UTC_OFFSET_MINUTES',
      'todayInVietnam',
      'formatDateVi',
      'formatDateTimeVi',
      'parseDateVi',
      'addDays',
      'addMonths',
      'diffDays',
      'compareIsoDate',
      'isIsoDate',
      'assertIsoDate',
      'parseIsoDate',
      'toIsoDate',
      'isLeapYear',
      'daysInMonth',
      'lastDayOfMonth',
      'dayOfWeek',
      'toEpochDay',
      'fromEpochDay',
      'minIsoDate',
      'maxIsoDate',
      'isWorkingDay',
      'addWorkingDays',
      'countWorkingDays',
      'nextWorkingDayOnOrAfter',
      'holidaysInYear',
      'VN_PUBLIC_HOLIDAYS_2025_2027',
      'RECURRENCES',
      'RECURRENCE_NAMES_VI',
      'isRecurrence',
      'occurrences',
      'periodLabelVi',
      'quarterOf',
      'romanQuarter',
      'deadlineStatus',
      'isDone',
      'DEADLINE_STATUS_NAMES_VI',
      'DEFAULT_DUE_SOON_DAYS',
      'planComplianceStatus',
      'PLAN_COMPLIANCE_STATUS_NAMES_VI',
      'summarizePlanCompliance',
      'aggregate',
      'aggregateRatio',
      'AGGREGATION_RULES',
      'AGGREGATION_RULE_NAMES_VI',
      'isAggregationRule',
      'parseExpression',
      'typeOf',
      'tokenize',
      'evaluate',
      'referencedCodes',
      'printExpression',
      'checkRules',
      'parseRuleExpression',
      'ExpressionError',
      'MAX_EXPRESSION_LENGTH',
      'MAX_EXPRESSION_DEPTH',
      'EQUALITY_TOLERANCE',
      'ROOT_PATH',
      'childPath',
      'isInSubtree',
      'depthOf',
      'wouldCreateCycle',
      'isValidPath',
      'assertPath',
      'pathIds',
      'ancestorIds',
      'idOfPath',
      'parentPathOf',
      'rebasePath',
      'commonAncestorPath',
      'UNIT_KINDS',
      'UNIT_LEVEL_NAMES_VI',
      'isUnitKind',
      'unitKindInfo',
      'isUnitKindActiveOn',
      'REPORT_PERIOD_KINDS',
      'REPORT_PERIOD_KIND_NAMES_VI',
      'isReportPeriodKind',
      'defaultPeriodRange',
      'nd09CutoffRange',
      'timeliness',
      'TIMELINESS_NAMES_VI',
      'reportingRates',
    ];
    expect(Object.keys(domain)).toEqual(expect.arrayContaining(expected));
    for (const name of expected) expect(domain[name as keyof typeof domain], name).toBeDefined();
  });
});
