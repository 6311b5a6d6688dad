/**
 * A figure for part of a year is not the year. The annual methods skip a point whose period
 * is a span of months that is not whole years (January–September), and say so; with
 * `partialPeriods: 'use'` they take it as the year of its end, with a note and a caveat. A
 * span of years counts as its first year, as Open SDG counts `2015-16` as 2015.
 *
 * The series: 120 (2015), 132 (2016), then 170 for January–September 2017. Skipped, the
 * current value is 132 in 2016 (+10 %, behind the 14.87 % a year the 240 target needs); used
 * as 2017, 170 is +19 % a year (ahead). Each status is worked out by hand in its test.
 */
import { describe, expect, it } from 'vitest';
import { assessProgress } from '../../src/progress/assess.js';
import { evaluateRateTarget } from '../../src/progress/rateTarget.js';
import type { SeriesPoint } from '../../src/progress/types.js';
import { PROGRESS_METHODS } from '../../src/vocabulary.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';

const common = { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' } as const;
const janSep2017 = { start: '2017-01', end: '2017-09' } as const;
const series: readonly SeriesPoint[] = deepFreeze([
  { year: 2015, value: 120 },
  { year: 2016, value: 132 },
  { period: janSep2017, value: 170 },
]);
const SKIPPED = "observations[2] (2017-01–2017-09) covers part of a year and is skipped; options.partialPeriods 'use' takes it as 2017";
const USED = "observations[2] (2017-01–2017-09) covers part of a year and is used as 2017 (partialPeriods 'use'): not a figure for the whole year";

describe('assessProgress: a point for part of a year', () => {
  it('opensdg skips it by default, naming it; uses it on request with a caveat', () => {
    const skip = assessProgress(series, { method: 'opensdg', ...common });
    // (132 ÷ 120) − 1 = 0.1 against 0.1487 a year: R = 0.6725
    expect(skip.status).toBe('progress_needs_acceleration');
    expect(skip.currentYear).toBe(2016);
    expect(skip.observedCagr?.toString()).toBe('0.1');
    expect(skip.explanation.notes).toEqual([SKIPPED]);
    expect(skip.explanation.inputs.partialPeriods).toBe('skip');
    expect(skip.caveats).toEqual([]);
    const use = assessProgress(series, { method: 'opensdg', ...common, partialPeriods: 'use' });
    // (170 ÷ 120)^(1/2) − 1 = 0.190238… ≥ 0.95 × 0.1487
    expect(use.status).toBe('on_track');
    expect(use.currentYear).toBe(2017);
    expect(use.currentValue?.toString()).toBe('170');
    expect(use.explanation.notes).toEqual([USED]);
    expect(use.caveats).toEqual([{ code: 'partial-period', message: USED }]);
    expect(Object.isFrozen(use.caveats)).toBe(true);
    expect(Object.isFrozen(use.caveats[0])).toBe(true);
  });

  it('unsd skips it by default; uses it on request', () => {
    const skip = assessProgress(series, { method: 'unsd', ...common });
    // 132 × 1.1⁴ = 193.2612; (193.2612 − 120) ÷ 120 = 0.61051
    expect(skip.projectedValue?.toString()).toBe('193.2612');
    expect(skip.status).toBe('fair_progress');
    expect(skip.explanation.notes).toContain(SKIPPED);
    const use = assessProgress(series, { method: 'unsd', ...common, partialPeriods: 'use' });
    // 170 × 1.190238…³ ≈ 286.7: score ≈ 1.39
    expect(use.status).toBe('on_track');
    expect(use.caveats.map((c) => c.code)).toEqual(['partial-period']);
  });

  it('time-progress skips it by default; uses it on request', () => {
    const skip = assessProgress(series, { method: 'time-progress', ...common });
    // time 0.2, task (132 − 120) ÷ 120 = 0.1: ratio 0.5
    expect(skip.ratio?.toString()).toBe('0.5');
    expect(skip.status).toBe('lagging');
    expect(skip.explanation.notes).toContain(SKIPPED);
    const use = assessProgress(series, { method: 'time-progress', ...common, partialPeriods: 'use' });
    // time 0.4, task 50 ÷ 120 = 0.41666…: ratio 1.0416… → as expected (0.9 to 1.1)
    expect(use.status).toBe('as_expected');
    expect(use.timeProgress?.toString()).toBe('0.4');
    expect(use.caveats.map((c) => c.code)).toEqual(['partial-period']);
  });

  it('unsd over growth rates: a partial rate is skipped (a gap) or used', () => {
    // strategic emerging industries value added +21.6 % in Jan–Sep 2019 (Baotou News English, 2019-11-11)
    const rates: SeriesPoint[] = [
      { year: 2018, value: 10 },
      { period: { start: '2019-01', end: '2019-09' }, value: '21.6' },
      { year: 2020, value: 12 },
    ];
    const options = { method: 'unsd', baseYear: 2017, targetYear: 2020, target: 8, direction: 'increase', isGrowthRate: true } as const;
    const skip = assessProgress(rates, options);
    // the 2019 rate is a gap
    expect(skip.explanation.notes).toContain(
      "observations[1] (2019-01–2019-09) covers part of a year and is skipped; options.partialPeriods 'use' takes it as 2019",
    );
    expect(skip.explanation.notes).toContain('no rate for 2019: averaged over the years with data');
    expect(skip.caveats).toEqual([]);
    // Python decimal: ((1.1 × 1.12)^(1/2) − 1) × 100 and ((1.1 × 1.216 × 1.12)^(1/3) − 1) × 100
    expect(skip.averageRate?.toString()).toBe('10.99549540409286357391783156888949');
    const use = assessProgress(rates, { ...options, partialPeriods: 'use' });
    expect(use.averageRate?.toString()).toBe('14.42337696918671265195397238997983');
    expect(use.caveats.map((c) => c.code)).toEqual(['partial-period']);
  });

  it('whole years of months are those years; a span of years counts as its first year', () => {
    const whole = assessProgress(
      [{ year: 2015, value: 120 }, { period: { start: '2017-01', end: '2017-12' }, value: '145.2' }],
      { method: 'opensdg', ...common },
    );
    expect(whole.currentYear).toBe(2017);
    expect(whole.observedCagr?.toString()).toBe('0.1');
    expect(whole.explanation.notes).toEqual([]);
    // 2015–2016 counts as 2015, 2016-01 to 2017-12 as 2016 (Open SDG: a period is its first year)
    for (const method of PROGRESS_METHODS) {
      const r = assessProgress(
        [
          { period: { start: 2015, end: 2016 }, value: 120 },
          { period: { start: '2016-01', end: '2017-12' }, value: 132 },
        ],
        { method, ...common } as never,
      );
      expect([r.baseYear, r.currentYear]).toEqual([2015, 2016]);
    }
    // part of two years counts as the year of its end when used
    const across = assessProgress(
      [{ year: 2015, value: 120 }, { period: { start: '2016-07', end: '2017-06' }, value: '145.2' }],
      { method: 'opensdg', ...common, partialPeriods: 'use' },
    );
    expect(across.currentYear).toBe(2017);
  });

  it('checks spans of months, and a partial point used twice for one year', () => {
    const e = planError(() =>
      assessProgress(
        [
          { period: { start: '2019-13', end: '2019-09' }, value: 1 },
          { period: { start: '2019-09', end: '2019-01' }, value: 1 },
        ] as never,
        { method: 'opensdg', ...common },
      ),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toEqual([
      { path: ['observations', 0, 'period', 'start'], message: "expected a year and month 'YYYY-MM' from '1900-01' to '2100-12', got '2019-13'" },
      { path: ['observations', 1, 'period'], message: "end '2019-01' is before start '2019-09'" },
    ]);
    const twice = [...series, { year: 2017, value: 171 }];
    expect(assessProgress(twice, { method: 'opensdg', ...common }).currentValue?.toString()).toBe('171');
    expect(() => assessProgress(twice, { method: 'opensdg', ...common, partialPeriods: 'use' })).toThrowPlanError(
      'VALIDATION',
      'observations[3].year: year 2017 appears more than once (also at observations[2])',
    );
    expect(() => assessProgress(series, { method: 'unsd', ...common, partialPeriods: 'drop' as never })).toThrowPlanError(
      'INVALID_ARGUMENT',
      "partialPeriods: expected one of 'skip', 'use', got 'drop'",
    );
  });
});

describe('evaluateRateTarget: a point for part of a year', () => {
  const target = { comparator: 'atLeast', value: 8, unit: 'percent-per-annum', period: { start: 2016, end: 2020 } } as const;
  const rates: SeriesPoint[] = [
    { year: 2016, value: 8 },
    { year: 2017, value: 8 },
    { year: 2018, value: 8 },
    { period: { start: '2019-01', end: '2019-09' }, value: 8 },
    { year: 2020, value: 8 },
  ];

  it('a growth-rate series needs every year: the partial one is skipped, and the message says so', () => {
    expect(() => evaluateRateTarget(target, rates, { isGrowthRate: true })).toThrowPlanError(
      'INVALID_ARGUMENT',
      "series: has no value for 2019, a year of the period 2016–2020; a growth-rate series needs every year; series[3] (2019-01–2019-09) covers part of a year and is skipped; options.partialPeriods 'use' takes it as 2019",
    );
    const r = evaluateRateTarget(target, rates, { isGrowthRate: true, partialPeriods: 'use' });
    expect(r.value.toString()).toBe('8'); // (1.08⁵)^(1/5) − 1 = 0.08 exactly
    expect(r.met).toBe(true);
    expect(r.caveats).toEqual([
      {
        code: 'partial-period',
        message: "series[3] (2019-01–2019-09) covers part of a year and is used as 2019 (partialPeriods 'use'): not a figure for the whole year",
      },
    ]);
    expect(r.explanation.notes[0]).toBe(
      "series[3] (2019-01–2019-09) covers part of a year and is used as 2019 (partialPeriods 'use'): not a figure for the whole year",
    );
  });

  it('a partial point that is not needed is skipped, and the explanation names it', () => {
    const levels: SeriesPoint[] = [
      { year: 2015, value: 100 },
      { period: { start: '2017-01', end: '2017-09' }, value: 90 },
      { year: 2020, value: '146.9328077' },
    ];
    const r = evaluateRateTarget(target, levels);
    expect(r.met).toBe(true);
    expect(r.caveats).toEqual([]);
    expect(r.explanation.notes).toEqual([
      "series[1] (2017-01–2017-09) covers part of a year and is skipped; options.partialPeriods 'use' takes it as 2017",
    ]);
  });

  it('levels: a January–September level is not the end of the period', () => {
    const levels: SeriesPoint[] = [{ year: 2015, value: 100 }, { period: { start: '2020-01', end: '2020-09' }, value: '146.9328077' }];
    expect(() => evaluateRateTarget(target, levels)).toThrowPlanError('INVALID_ARGUMENT', /^series: has no value for 2020, the last year averaged over/);
    const r = evaluateRateTarget(target, levels, { partialPeriods: 'use' });
    expect(r.met).toBe(true); // 100 × 1.08⁵ = 146.9328077
    expect(r.caveats.map((c) => c.code)).toEqual(['partial-period']);
    expect(() => evaluateRateTarget(target, levels, { partialPeriods: 'all' as never })).toThrowPlanError(
      'INVALID_ARGUMENT',
      "options.partialPeriods: expected one of 'skip', 'use', got 'all'",
    );
  });
});
