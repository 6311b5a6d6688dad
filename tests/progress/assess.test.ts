import { describe, expect, it } from 'vitest';
import { assessProgress } from '../../src/progress/assess.js';
import * as progress from '../../src/progress/index.js';
import { PROGRESS_METHODS } from '../../src/vocabulary.js';
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
    expect(method.details).toEqual({ argument: 'method', received: 'sdg' });
    expect(() => assessProgress(baotou, undefined as never)).toThrowPlanError(
      'INVALID_ARGUMENT',
      'options: expected an options object, got undefined',
    );
    expect(() => assessProgress(baotou, { ...common, method: 'opensdg', baseYear: 2015.5 })).toThrowPlanError(
      'INVALID_ARGUMENT',
      'baseYear: expected an integer year from 1900 to 2100, got 2015.5',
    );
    expect(() => assessProgress(baotou, { ...common, method: 'unsd', targetYear: '2020' as never })).toThrowPlanError(
      'INVALID_ARGUMENT',
      "targetYear: expected an integer year from 1900 to 2100, got '2020'",
    );
    expect(() => assessProgress(baotou, { ...common, method: 'opensdg', targetYear: 2015 })).toThrowPlanError(
      'INVALID_ARGUMENT',
      'baseYear and targetYear: baseYear must be before targetYear, got 2015 and 2015',
    );
    expect(() => assessProgress(baotou, { ...common, method: 'opensdg', direction: 'positive' as never })).toThrowPlanError(
      'INVALID_ARGUMENT',
      "direction: expected one of 'increase', 'decrease', got 'positive'",
    );
    expect(() => assessProgress(baotou, { ...common, method: 'opensdg', target: 'abc' })).toThrowPlanError('INVALID_DECIMAL');
    expect(() => assessProgress(baotou, { ...common, method: 'opensdg', thresholds: 5 as never })).toThrowPlanError(
      'INVALID_ARGUMENT',
      'thresholds: expected an options object or undefined, got 5',
    );
  });

  it('takes years from 1900 to 2100, the one range of the library', () => {
    for (const method of PROGRESS_METHODS) {
      expect(() => assessProgress(baotou, { ...common, method, baseYear: 1899 } as never)).toThrowPlanError(
        'INVALID_ARGUMENT',
        'baseYear: expected an integer year from 1900 to 2100, got 1899',
      );
      expect(() => assessProgress(baotou, { ...common, method, targetYear: 2101 } as never)).toThrowPlanError(
        'INVALID_ARGUMENT',
        'targetYear: expected an integer year from 1900 to 2100, got 2101',
      );
    }
    // the edges themselves are years
    const edges = assessProgress([{ year: 1900, value: 1 }, { year: 1901, value: 2 }], { ...common, method: 'opensdg', baseYear: 1900, targetYear: 2100 });
    expect(edges.baseYear).toBe(1900);
    expect(edges.targetYear).toBe(2100);
    const observed = planError(() => assessProgress([{ year: 1899, value: 1 }, { year: 2101, value: 1 }], { ...common, method: 'unsd' }));
    expect(observed.code).toBe('VALIDATION');
    expect(observed.issues.map((i) => i.message)).toEqual([
      'expected an integer year from 1900 to 2100, got 1899',
      'expected an integer year from 1900 to 2100, got 2101',
    ]);
  });

  it('labels every status in English and Chinese', () => {
    // The Chinese words of the statuses, written out (the mid-term categories are the
    // established names of Chinese mid-term evaluations).
    const chinese: Record<string, string> = {
      target_achieved: '已实现目标',
      on_track: '进度正常',
      progress_needs_acceleration: '需加快进度',
      limited_progress: '进展有限',
      deterioration: '倒退',
      not_assessable: '无法评估',
      fair_progress: '有一定进展，需加快',
      limited_or_regression: '进展有限或倒退',
      achieved_early: '提前实现',
      ahead: '快于预期',
      as_expected: '基本符合预期',
      lagging: '滞后',
    };
    // base 100 (2015) towards 200 (2020), a current value in 2017 picks each status
    const run = (method: (typeof PROGRESS_METHODS)[number], current: number | null, target: number | null = 200) =>
      assessProgress([{ year: 2015, value: 100 }, { year: 2017, value: current }], {
        method,
        baseYear: 2015,
        targetYear: 2020,
        direction: 'increase',
        target,
      } as never);
    const results = [
      run('opensdg', 250),
      run('opensdg', 150), // R = 0.2247 ÷ 0.1487 > 0.95
      run('opensdg', 125),
      run('opensdg', 101),
      run('opensdg', 90),
      run('opensdg', null),
      run('unsd', 150),
      run('unsd', 120),
      run('unsd', 101),
      run('time-progress', 250),
      run('time-progress', 150), // task 0.5 ÷ time 0.4 = 1.25
      run('time-progress', 140), // 1
      run('time-progress', 110), // 0.25
    ];
    const seen = new Set(results.map((r) => r.status));
    expect([...seen].sort()).toEqual(Object.keys(chinese).sort());
    for (const r of results) {
      expect(r.label.zh).toBe(chinese[r.status]);
      expect(Object.isFrozen(r.label)).toBe(true);
    }
    expect(run('time-progress', 110).label).toEqual({ en: 'lagging', zh: '滞后' });
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
      'expected an object { year, value }, got 5',
      'expected an integer year from 1900 to 2100, got 2015.5',
      "give 'year' or 'period'",
      'missing; expected a decimal, or null for a year without data',
      "expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got '1,2'",
      'end 2018 is before start 2019',
      'expected a period { start, end }, got 2019',
    ]);
    expect(e.details).toEqual({ input: 'observations', count: 7 });
    expect(e.message.startsWith('7 problems: observations[0]: expected an object { year, value }, got 5; ')).toBe(true);
    expect(e.message).toContain('; observations[1].year: expected an integer year from 1900 to 2100, got 2015.5; ');
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
      "expected an integer year from 1900 to 2100, got 'x'",
      'expected an integer year from 1900 to 2100, got 10000',
    ]);
    expect(e.message).toBe(
      "2 problems: observations[0].period.start: expected an integer year from 1900 to 2100, got 'x'; observations[1].period.end: expected an integer year from 1900 to 2100, got 10000",
    );
    expect(e.issues.map((i) => i.path)).toEqual([
      ['observations', 0, 'period', 'start'],
      ['observations', 1, 'period', 'end'],
    ]);
  });

  it('exports the public surface from progress/index', () => {
    expect(Object.keys(progress).sort()).toEqual([
      'TIME_PROGRESS_THRESHOLDS',
      'assessOpenSdg',
      'assessProgress',
      'assessTimeProgress',
      'assessUnsd',
      'evaluateIntensityTarget',
      'evaluatePeriodTarget',
      'evaluateRateTarget',
      'evaluateShareTarget',
      'evaluateTarget',
    ]);
  });
});
