import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  defaultPeriodRange,
  diffDays,
  isReportPeriodKind,
  nd09CutoffRange,
  REPORT_PERIOD_KIND_NAMES_VI,
  REPORT_PERIOD_KINDS,
  reportingRates,
  timeliness,
  TIMELINESS_NAMES_VI,
  type ReportPeriodKind,
  type ReportingRow,
} from '../../src/index.ts';

describe('report period kinds', () => {
  it('are listed with Vietnamese names', () => {
    expect(REPORT_PERIOD_KINDS).toEqual([
      'six_month',
      'nine_month',
      'annual',
      'quarterly',
      'thematic',
      'ad_hoc',
    ]);
    expect(REPORT_PERIOD_KIND_NAMES_VI).toEqual({
      six_month: 'Báo cáo 6 tháng',
      nine_month: 'Báo cáo 9 tháng',
      annual: 'Báo cáo năm',
      quarterly: 'Báo cáo quý',
      thematic: 'Báo cáo chuyên đề',
      ad_hoc: 'Báo cáo đột xuất',
    });
    expect(isReportPeriodKind('annual')).toBe(true);
    expect(isReportPeriodKind('monthly')).toBe(false);
  });
});

describe('defaultPeriodRange', () => {
  it.each<[ReportPeriodKind, number, number | undefined, string, string]>([
    ['six_month', 2026, undefined, '2026-01-01', '2026-06-30'],
    ['nine_month', 2026, undefined, '2026-01-01', '2026-09-30'],
    ['annual', 2026, undefined, '2026-01-01', '2026-12-31'],
    ['quarterly', 2026, 1, '2026-01-01', '2026-03-31'],
    ['quarterly', 2026, 2, '2026-04-01', '2026-06-30'],
    ['quarterly', 2026, 3, '2026-07-01', '2026-09-30'],
    ['quarterly', 2026, 4, '2026-10-01', '2026-12-31'],
    ['quarterly', 2024, 1, '2024-01-01', '2024-03-31'],
    ['thematic', 2025, undefined, '2025-01-01', '2025-12-31'],
    ['ad_hoc', 2025, undefined, '2025-01-01', '2025-12-31'],
  ])('%s %d Q%s → %s … %s', (kind, year, quarter, from, to) => {
    expect(defaultPeriodRange(kind, year, quarter)).toEqual({ from, to });
  });

  it('needs a quarter 1–4 for quarterly periods', () => {
    expect(() => defaultPeriodRange('quarterly', 2026)).toThrow(RangeError);
    expect(() => defaultPeriodRange('quarterly', 2026, 0)).toThrow(RangeError);
    expect(() => defaultPeriodRange('quarterly', 2026, 5)).toThrow(RangeError);
    expect(() => defaultPeriodRange('quarterly', 2026, 1.5)).toThrow(RangeError);
  });

  it('rejects invalid years and kinds', () => {
    expect(() => defaultPeriodRange('annual', 2026.5)).toThrow(RangeError);
    expect(() => defaultPeriodRange('annual', 0)).toThrow(RangeError);
    expect(() => defaultPeriodRange('monthly' as ReportPeriodKind, 2026)).toThrow(RangeError);
  });

  it('four quarters tile the year exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const quarters = [1, 2, 3, 4].map((q) => defaultPeriodRange('quarterly', year, q));
        const annual = defaultPeriodRange('annual', year);
        expect(quarters[0].from).toBe(annual.from);
        expect(quarters[3].to).toBe(annual.to);
        for (let i = 1; i < 4; i += 1) expect(addDays(quarters[i - 1].to, 1)).toBe(quarters[i].from);
        expect(defaultPeriodRange('six_month', year).to).toBe(quarters[1].to);
        expect(defaultPeriodRange('nine_month', year).to).toBe(quarters[2].to);
      }),
    );
  });
});

describe('nd09CutoffRange (NĐ 09/2019/NĐ-CP, Điều 12)', () => {
  it.each<[ReportPeriodKind, number, number | undefined, string, string]>([
    ['six_month', 2026, undefined, '2025-12-15', '2026-06-14'],
    ['nine_month', 2026, undefined, '2025-12-15', '2026-09-14'],
    ['annual', 2026, undefined, '2025-12-15', '2026-12-14'],
    ['quarterly', 2026, 1, '2025-12-15', '2026-03-14'],
    ['quarterly', 2026, 2, '2026-03-15', '2026-06-14'],
    ['quarterly', 2026, 3, '2026-06-15', '2026-09-14'],
    ['quarterly', 2026, 4, '2026-09-15', '2026-12-14'],
  ])('%s %d Q%s → %s … %s', (kind, year, quarter, from, to) => {
    expect(nd09CutoffRange(kind, year, quarter)).toEqual({ from, to });
  });

  it('has no cut-off for thematic and ad hoc reports', () => {
    expect(nd09CutoffRange('thematic', 2026)).toBeNull();
    expect(nd09CutoffRange('ad_hoc', 2026)).toBeNull();
  });

  it('cannot start before year 1', () => {
    expect(nd09CutoffRange('annual', 1)).toBeNull();
    expect(nd09CutoffRange('quarterly', 1, 2)).toEqual({ from: '0001-03-15', to: '0001-06-14' });
  });

  it('rejects a missing quarter', () => {
    expect(() => nd09CutoffRange('quarterly', 2026)).toThrow(RangeError);
  });

  it('consecutive annual ranges tile time without gaps or overlaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const a = nd09CutoffRange('annual', year)!;
        const b = nd09CutoffRange('annual', year + 1)!;
        expect(addDays(a.to, 1)).toBe(b.from);
        expect(diffDays(a.to, a.from)).toBeGreaterThanOrEqual(364);
      }),
    );
  });
});

describe('timeliness', () => {
  const deadline = '2026-05-10';

  it.each([
    ['2026-05-01', '2026-05-20', 'on_time'],
    ['2026-05-10', '2026-05-20', 'on_time'],
    ['2026-05-11', '2026-05-20', 'late'],
    [null, '2026-05-09', 'not_due'],
    [null, '2026-05-10', 'not_due'],
    [null, '2026-05-11', 'missing'],
    [undefined, '2027-01-01', 'missing'],
  ] as const)('submitted %s, today %s → %s', (submittedAt, today, expected) => {
    expect(timeliness({ deadline, submittedAt, today })).toBe(expected);
  });

  it('rejects invalid dates', () => {
    expect(() => timeliness({ deadline: '10/05/2026', today: '2026-05-01' })).toThrow(RangeError);
    expect(() => timeliness({ deadline, today: '2026-05-01', submittedAt: '2026-02-30' })).toThrow(
      RangeError,
    );
  });

  it('has Vietnamese names', () => {
    expect(TIMELINESS_NAMES_VI).toEqual({
      on_time: 'Đúng hạn',
      late: 'Chậm',
      missing: 'Chưa nộp (quá hạn)',
      not_due: 'Chưa đến hạn',
    });
  });
});

describe('reportingRates', () => {
  const deadline = '2026-05-10';
  const rows: ReportingRow[] = [
    { expected: true, submittedOn: '2026-05-02' },
    { expected: true, submittedOn: '2026-05-10' },
    { expected: true, submittedOn: '2026-05-12' },
    { expected: true, submittedOn: null },
    { expected: true },
    { expected: false, submittedOn: '2026-05-01' }, // not expected: ignored even though submitted
    { expected: false },
  ];

  it('computes completeness and timeliness after the deadline', () => {
    expect(reportingRates(rows, deadline, '2026-05-20')).toEqual({
      expected: 5,
      submitted: 3,
      onTime: 2,
      late: 1,
      missing: 2,
      pending: 0,
      completeness: 60,
      timeliness: 40,
    });
  });

  it('counts unsubmitted reports as pending before the deadline', () => {
    expect(reportingRates(rows.slice(0, 2).concat(rows.slice(3)), deadline, '2026-05-05')).toEqual({
      expected: 4,
      submitted: 2,
      onTime: 2,
      late: 0,
      missing: 0,
      pending: 2,
      completeness: 50,
      timeliness: 50,
    });
  });

  it('rounds to one decimal', () => {
    const three: ReportingRow[] = [
      { expected: true, submittedOn: '2026-05-01' },
      { expected: true, submittedOn: '2026-05-11' },
      { expected: true },
    ];
    expect(reportingRates(three, deadline, '2026-06-01')).toMatchObject({
      completeness: 66.7,
      timeliness: 33.3,
    });
  });

  it('has null rates when nothing is expected', () => {
    expect(reportingRates([], deadline, '2026-06-01')).toEqual({
      expected: 0,
      submitted: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      pending: 0,
      completeness: null,
      timeliness: null,
    });
    expect(
      reportingRates([{ expected: false, submittedOn: '2026-05-01' }], deadline, '2026-06-01').completeness,
    ).toBeNull();
  });

  it('validates the dates even with no rows', () => {
    expect(() => reportingRates([], '2026-02-30', '2026-06-01')).toThrow(RangeError);
    expect(() => reportingRates([], deadline, 'today')).toThrow(RangeError);
  });

  it('keeps its counts consistent', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2026-04-20', n));
    const row = fc.record({ expected: fc.boolean(), submittedOn: fc.option(day, { nil: null }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 50 }), day, (rs, today) => {
        const r = reportingRates(rs, deadline, today);
        expect(r.expected).toBe(rs.filter((x) => x.expected).length);
        expect(r.submitted).toBe(r.onTime + r.late);
        expect(r.expected).toBe(r.submitted + r.missing + r.pending);
        if (today > deadline) expect(r.pending).toBe(0);
        else expect(r.missing).toBe(0);
        if (r.expected === 0) {
          expect(r.completeness).toBeNull();
        } else {
          expect(r.timeliness!).toBeLessThanOrEqual(r.completeness!);
          expect(r.completeness!).toBeGreaterThanOrEqual(0);
          expect(r.completeness!).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
