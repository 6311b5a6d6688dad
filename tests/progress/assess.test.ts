import { describe, expect, it } from 'vitest';
import { PROGRESS_METHODS, assessProgress } from '../../src/progress/assess.js';
import * as progress from '../../src/progress/index.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';

const baotou = [
  { year: 2015, value: 120 },
  { year: 2016, value: 132 },
  { year: 2017, value: '145.2' },
];
const common = { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' } as const;

describe('assessProgress', () => {
  it('runs the three methods side by side on the same series', () => {
    const series = deepFreeze(baotou.map((p) => ({ ...p })));
    const verdicts = PROGRESS_METHODS.map((method) => assessProgress(series, { method, ...common } as never));
    expect(verdicts.map((r) => [r.method, r.status])).toEqual([
      ['opensdg', 'progress_needs_acceleration'],
      ['unsd', 'fair_progress'],
      ['time-progress', 'lagging'],
    ]);
    expect(series).toEqual(baotou);
    for (const r of verdicts) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r.label)).toBe(true);
      expect(Object.isFrozen(r.thresholds)).toBe(true);
      expect(Object.isFrozen(r.explanation.working)).toBe(true);
    }
  });

  it('refuses an unknown method and bad options, naming them', () => {
    const method = planError(() => assessProgress(baotou, { ...common, method: 'sdg' } as never));
    expect(method.code).toBe('INVALID_ARGUMENT');
    expect(method.message).toBe("method: expected one of 'opensdg', 'unsd', 'time-progress', got 'sdg'");
    expect(planError(() => assessProgress(baotou, undefined as never)).message).toBe(
      'options: expected an options object or undefined, got undefined',
    );
    expect(planError(() => assessProgress(baotou, { ...common, method: 'opensdg', baseYear: 2015.5 })).message).toBe(
      'baseYear: expected an integer from 1 to 9999, got 2015.5',
    );
    expect(planError(() => assessProgress(baotou, { ...common, method: 'unsd', targetYear: '2020' as never })).message).toBe(
      "targetYear: expected an integer from 1 to 9999, got '2020'",
    );
    expect(planError(() => assessProgress(baotou, { ...common, method: 'opensdg', targetYear: 2015 })).message).toBe(
      'baseYear and targetYear: baseYear must be before targetYear, got 2015 and 2015',
    );
    expect(
      planError(() => assessProgress(baotou, { ...common, method: 'opensdg', direction: 'positive' as never })).message,
    ).toBe("direction: expected one of 'increase', 'decrease', got 'positive'");
    expect(planError(() => assessProgress(baotou, { ...common, method: 'opensdg', target: 'abc' })).code).toBe(
      'INVALID_DECIMAL',
    );
    expect(
      planError(() => assessProgress(baotou, { ...common, method: 'opensdg', thresholds: 5 as never })).message,
    ).toBe('thresholds: expected an options object or undefined, got 5');
  });

  it('lists every problem of malformed observations at once', () => {
    expect(planError(() => assessProgress('2015' as never, { method: 'opensdg', ...common })).message).toBe(
      "observations: expected an array, got '2015'",
    );
    const e = planError(() =>
      assessProgress(
        [
          5,
          { year: 2015.5, value: 1 },
          { value: 1 },
          { year: 2016 },
          { year: 2017, value: '1,2' },
          { period: { start: 2019, end: 2018 }, value: 1 },
          { period: 2019, value: 1 },
        ] as never,
        { method: 'opensdg', ...common },
      ),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.issues.map((i) => i.path)).toEqual([
      ['observations', 0],
      ['observations', 1, 'year'],
      ['observations', 2],
      ['observations', 3, 'value'],
      ['observations', 4, 'value'],
      ['observations', 5, 'period'],
      ['observations', 6, 'period'],
    ]);
    expect(e.issues.map((i) => i.message)).toEqual([
      'observations[0]: expected an object { year, value }, got 5',
      'observations[1].year: expected an integer from 1 to 9999, got 2015.5',
      "observations[2]: give 'year' (an integer) or 'period' ({ start, end }), got neither",
      'observations[3].value: missing; give a decimal, or null for a year without data',
      "observations[4].value: expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got '1,2'",
      'observations[5].period: end 2018 is before start 2019',
      'observations[6].period: expected a period { start, end }, got 2019',
    ]);
    expect(e.message.startsWith('7 problems: observations[0]: expected an object { year, value }, got 5; ')).toBe(true);
    expect(e.message.endsWith('; and 2 more')).toBe(true);
  });

  it('checks the years of a period', () => {
    const e = planError(() =>
      assessProgress(
        [
          { period: { start: 'x', end: 2016 }, value: 1 },
          { period: { start: 2016, end: 10_000 }, value: 1 },
        ] as never,
        { method: 'opensdg', ...common },
      ),
    );
    expect(e.issues.map((i) => i.message)).toEqual([
      "observations[0].period.start: expected an integer from 1 to 9999, got 'x'",
      'observations[1].period.end: expected an integer from 1 to 9999, got 10000',
    ]);
    expect(e.issues.map((i) => i.path)).toEqual([
      ['observations', 0, 'period', 'start'],
      ['observations', 1, 'period', 'end'],
    ]);
  });

  it('exports the public surface from progress/index', () => {
    expect(Object.keys(progress).sort()).toEqual([
      'PROGRESS_METHODS',
      'TIME_PROGRESS_THRESHOLDS',
      'assessOpenSdg',
      'assessProgress',
      'assessTimeProgress',
      'assessUnsd',
      'evaluateIntensityTarget',
      'evaluateRateTarget',
      'evaluateShareTarget',
      'evaluateTarget',
    ]);
  });
});
