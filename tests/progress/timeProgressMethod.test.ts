import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { TIME_PROGRESS_THRESHOLDS, assessTimeProgress } from '../../src/progress/timeProgressMethod.js';
import type { TimeProgressStatus } from '../../src/progress/types.js';
import { deepFreeze } from '../_lib/freeze.js';

const towards240 = { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' } as const;

describe('assessTimeProgress', () => {
  it('Baotou 120 (2015) → 145.2 (2017) toward 240: task 25.2 ÷ 120 = 0.21, time 2 ÷ 5 = 0.4 → 滞后', () => {
    const r = assessTimeProgress(deepFreeze([{ year: 2015, value: 120 }, { year: 2017, value: '145.2' }]), towards240);
    expect(r.method).toBe('time-progress');
    expect(r.timeProgress?.toString()).toBe('0.4');
    expect(r.taskProgress?.toString()).toBe('0.21');
    expect(r.ratio?.toString()).toBe('0.525'); // 0.21 ÷ 0.4
    expect(r.status).toBe('lagging');
    expect(r.label).toEqual({ en: 'lagging', zh: '滞后' });
    expect(r.thresholds).toEqual(TIME_PROGRESS_THRESHOLDS);
    expect(r.explanation.notes).toEqual([
      'thresholds are the library defaults (no numeric threshold is official); pass thresholds to override',
    ]);
    expect(r.explanation.working).toEqual([
      'time progress = (2017 − 2015) ÷ (2020 − 2015) = 0.4',
      'target met? 145.2 ≥ 240: no',
      'task progress = (145.2 − 120) ÷ (240 − 120) = 0.21',
      'ratio = 0.21 ÷ 0.4 = 0.525',
      'ratio 0.525 → lagging',
    ]);
    expect(r.explanation.summary).toBe('time progress: lagging (滞后): task 21 % done, time 40 % gone, ratio 0.525');
  });

  // base 100 (2015), target 200 (2020), current in 2017 (time progress 0.4): ratio = (v − 100) ÷ 100 ÷ 0.4
  const at = (current: string, thresholds?: { ahead?: string; asExpected?: string }): TimeProgressStatus =>
    assessTimeProgress([{ year: 2015, value: 100 }, { year: 2017, value: current }], {
      baseYear: 2015,
      targetYear: 2020,
      target: 200,
      direction: 'increase',
      ...(thresholds === undefined ? {} : { thresholds }),
    }).status;

  it('categories at the default thresholds 1.1 and 0.9, inclusive from below (时间过半、任务过半)', () => {
    expect(at('144')).toBe('ahead'); // task 0.44 ÷ 0.4 = 1.1
    expect(at('143.99')).toBe('as_expected');
    expect(at('140')).toBe('as_expected'); // 1.0: half the time, half the task
    expect(at('136')).toBe('as_expected'); // 0.36 ÷ 0.4 = 0.9
    expect(at('135.99')).toBe('lagging');
    expect(at('90')).toBe('lagging'); // moved backwards
    expect(at('200')).toBe('achieved_early'); // 提前实现
  });

  it('labels are bilingual', () => {
    const label = (current: string) =>
      assessTimeProgress([{ year: 2015, value: 100 }, { year: 2017, value: current }], {
        baseYear: 2015, targetYear: 2020, target: 200, direction: 'increase',
      }).label;
    expect(label('250')).toEqual({ en: 'achieved early', zh: '提前实现' });
    expect(label('150')).toEqual({ en: 'ahead of expectations', zh: '快于预期' });
    expect(label('140')).toEqual({ en: 'broadly as expected', zh: '基本符合预期' });
  });

  it('thresholds can be overridden', () => {
    expect(at('140', { ahead: '1' })).toBe('ahead');
    expect(at('136', { asExpected: '0.95' })).toBe('lagging');
    expect(() => at('140', { ahead: '0.8' })).toThrowPlanError(
      'INVALID_ARGUMENT',
      'thresholds: expected ahead ≥ asExpected, got ahead 0.8, asExpected 0.9',
    );
  });

  it('achieved early keeps the time and task progress for the record', () => {
    const r = assessTimeProgress([{ year: 2015, value: 120 }, { year: 2018, value: 250 }], towards240);
    expect(r.status).toBe('achieved_early');
    expect(r.timeProgress?.toString()).toBe('0.6');
    expect(r.taskProgress?.toString()).toBe('1.083333333333333333333333333333333'); // 130 ÷ 120
    expect(r.ratio).toBeNull();
  });

  it('lower is better: a falling intensity (hypothetical 1.6 → 1.45 by 2017, target 1.3 in 2020)', () => {
    const r = assessTimeProgress([{ year: 2015, value: '1.6' }, { year: 2017, value: '1.45' }], {
      baseYear: 2015, targetYear: 2020, target: '1.3', direction: 'decrease',
    });
    expect(r.taskProgress?.toString()).toBe('0.5'); // (1.45 − 1.6) ÷ (1.3 − 1.6)
    expect(r.ratio?.toString()).toBe('1.25'); // 0.5 ÷ 0.4
    expect(r.status).toBe('ahead');
  });

  it('a target not beyond the base and not met: lagging, task progress undefined', () => {
    const r = assessTimeProgress([{ year: 2015, value: 120 }, { year: 2017, value: 100 }], { ...towards240, target: 110 });
    expect(r.status).toBe('lagging');
    expect(r.taskProgress).toBeNull();
    expect(r.explanation.notes).toContain(
      'the target 110 is not beyond the base value 120 in the increase direction and is not met: lagging (task progress undefined)',
    );
  });

  it('a moved base year moves the start of the time too', () => {
    const r = assessTimeProgress([{ year: 2016, value: 100 }, { year: 2018, value: 150 }], { ...towards240, target: 200 });
    expect(r.baseYear).toBe(2016);
    expect(r.timeProgress?.toString()).toBe('0.5'); // (2018 − 2016) ÷ (2020 − 2016)
    expect(r.taskProgress?.toString()).toBe('0.5');
    expect(r.status).toBe('as_expected');
  });

  it('not_assessable with fewer than two years; later years are not used', () => {
    expect(assessTimeProgress([{ year: 2015, value: 120 }], towards240).reason).toBe(
      'fewer than two years of data from the base year on (only 2015)',
    );
    const r = assessTimeProgress(
      [{ year: 2015, value: 120 }, { year: 2020, value: 200 }, { year: 2022, value: 300 }],
      towards240,
    );
    expect(r.currentYear).toBe(2020);
    expect(r.timeProgress?.toString()).toBe('1');
    expect(r.status).toBe('lagging'); // task 80 ÷ 120 = 0.666…, ratio 0.666…
    expect(r.explanation.summary).toBe(
      'time progress: lagging (滞后): task 66.67 % done, time 100 % gone, ratio 0.6667',
    );
  });

  it('not_assessable without data, or with the base year after it; the label is bilingual, the summary has no Chinese then', () => {
    const none = assessTimeProgress([{ year: 2016, value: null }], towards240);
    expect(none.status).toBe('not_assessable');
    expect(none.label).toEqual({ en: 'not assessable', zh: '无法评估' });
    expect(none.explanation.summary).toBe('time progress: not_assessable: there is no data up to the target year 2020');
    expect(none.explanation.notes).toContain('no data (null) for 2016: skipped');
    const after = assessTimeProgress([{ year: 2013, value: 1 }, { year: 2014, value: 2 }], towards240);
    expect(after.reason).toBe('the base year 2015 is after the latest year with data 2014');
    const moved = assessTimeProgress([{ year: 2016, value: 1 }], towards240);
    expect(moved.reason).toBe('fewer than two years of data from the base year on (only 2016)');
    expect(moved.baseYear).toBe(2016);
    expect(moved.explanation.notes).toContain('base year 2015 has no data: used 2016, the next year with data');
  });

  it('needs a target', () => {
    expect(() => assessTimeProgress([], { baseYear: 2015, targetYear: 2020, direction: 'increase', target: null as never })).toThrowPlanError(
      'INVALID_ARGUMENT',
      "target: method 'time-progress' needs a target value, got null",
    );
  });

  it('property: with time fixed, more task done never gives a worse category', () => {
    const rank: Record<TimeProgressStatus, number> = { not_assessable: -1, lagging: 0, as_expected: 1, ahead: 2, achieved_early: 3 };
    const v = fc.integer({ min: 0, max: 100_000 }).map((n) => dec(n).div(100));
    fc.assert(
      fc.property(v, v, (a, b) => {
        const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
        const run = (x: typeof a) =>
          assessTimeProgress([{ year: 2015, value: 100 }, { year: 2018, value: x }], {
            baseYear: 2015, targetYear: 2020, target: 500, direction: 'increase',
          }).status;
        expect(rank[run(hi)]).toBeGreaterThanOrEqual(rank[run(lo)]);
      }),
    );
  }, 60_000);
});
