/**
 * Units in progress assessment: every point is converted exactly into the target's unit (or,
 * for a bare decimal target, into the unit of the series), and another measure is refused.
 * Expected values are the series read by hand in one unit: 1200 亿元 = 120 billion yuan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessProgress } from '../../src/progress/assess.js';
import { evaluateRateTarget } from '../../src/progress/rateTarget.js';
import type { SeriesPoint } from '../../src/progress/types.js';
import { quantity } from '../../src/units/index.js';
import { PROGRESS_METHODS } from '../../src/vocabulary.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';

const common = { baseYear: 2015, targetYear: 2020, direction: 'increase' } as const;
/** A CSV in 亿元 (100m-yuan): 1200 … 1500. */
const yi: readonly SeriesPoint[] = [1200, 1320, 1452, 1500].map((value, i) => ({ year: 2015 + i, value, unit: '100m-yuan' }));
/** The same series in billion yuan, by hand: 120, 132, 145.2, 150. */
const bn: readonly SeriesPoint[] = ['120', '132', '145.2', '150'].map((value, i) => ({ year: 2015 + i, value }));

describe('assessProgress: units', () => {
  it('a series in 亿 against the 240 bn target is no longer target_achieved', () => {
    const input = deepFreeze(yi.map((p) => ({ ...p })));
    for (const target of [quantity(240, 'bn-yuan'), { value: '240', unit: 'bn-yuan' } as const]) {
      const r = assessProgress(input, { method: 'opensdg', ...common, target });
      expect(r.status).toBe('limited_progress');
      expect(r.unit).toBe('bn-yuan');
      expect(r.currentValue?.toString()).toBe('150');
      expect(r.target?.toString()).toBe('240');
      // (150 ÷ 120)^(1/3) − 1 and (240 ÷ 120)^(1/5) − 1, Python decimal (tests/progress/oracle.py)
      expect(r.observedCagr?.toString()).toBe('0.07721734501594186087964678325967525');
      expect(r.ratio?.toString()).toBe('0.5192884952727388795772602657549023');
      expect(r.caveats).toEqual([]);
      expect(r.explanation.inputs.unit).toBe('bn-yuan');
      expect(r.explanation.notes).toContain(
        "values converted exactly to 'bn-yuan': observations[0] (2015) 1200 '100m-yuan' → 120; observations[1] (2016) 1320 '100m-yuan' → 132; observations[2] (2017) 1452 '100m-yuan' → 145.2; observations[3] (2018) 1500 '100m-yuan' → 150",
      );
    }
    expect(input).toEqual(yi);
  });

  it('a series mixing bn and 亿 gives the verdict of the series in one unit, for every method', () => {
    const mixed: SeriesPoint[] = [
      { year: 2015, value: 120, unit: 'bn-yuan' },
      { year: 2016, value: 1320, unit: '100m-yuan' },
      { year: 2017, value: '145.2', unit: { measure: 'yuan', multiplier: 9 } },
      { year: 2018, value: 1500, unit: '100m-yuan' },
    ];
    for (const method of PROGRESS_METHODS) {
      const one = assessProgress(bn, { method, ...common, target: 240 } as never);
      const both = assessProgress(mixed, { method, ...common, target: quantity(240, 'bn-yuan') } as never);
      expect(both.status).toBe(one.status);
      expect(both.baseValue?.toString()).toBe('120');
      expect(both.currentValue?.toString()).toBe('150');
      expect(both.explanation.values).toEqual(one.explanation.values);
    }
  });

  it('a bare decimal target is read in the unit of the series (the earliest point with one)', () => {
    const r = assessProgress(yi, { method: 'time-progress', ...common, target: 2400 });
    const same = assessProgress(bn, { method: 'time-progress', ...common, target: 240 });
    expect(r.unit).toBe('100m-yuan');
    expect(r.target?.toString()).toBe('2400');
    expect(r.currentValue?.toString()).toBe('1500');
    expect(r.taskProgress?.toString()).toBe(same.taskProgress?.toString()); // (150 − 120) ÷ (240 − 120) = 0.25
    expect(r.taskProgress?.toString()).toBe('0.25');
    expect(r.explanation.notes).toContain("target 2400 read in '100m-yuan', the unit of the series");
    // points without a unit are in the series' unit; the unit of the earliest point counts
    const partly = assessProgress(
      [{ year: 2016, value: 1320 }, { year: 2015, value: 120, unit: 'bn-yuan' }, { year: 2018, value: 1500, unit: '100m-yuan' }],
      { method: 'opensdg', ...common, target: 240 },
    );
    expect(partly.unit).toBe('bn-yuan');
    expect(partly.currentValue?.toString()).toBe('150');
  });

  it('without units anywhere, values are read as given and unit is null', () => {
    const r = assessProgress(bn, { method: 'unsd', ...common, target: 240 });
    expect(r.unit).toBeNull();
    expect(r.explanation.inputs).not.toHaveProperty('unit');
  });

  it('a unit object without an id is kept as the object', () => {
    const unit = { measure: 'yuan', multiplier: 7 } as const;
    const r = assessProgress([{ year: 2015, value: 12000, unit }, { year: 2017, value: 14520, unit }], { method: 'opensdg', ...common });
    expect(r.unit).toEqual({ measure: 'yuan', multiplier: 7 });
    expect(r.observedCagr?.toString()).toBe('0.1');
  });

  it('refuses a point of another measure with UNIT_MISMATCH, naming it', () => {
    const tce = [...yi, { year: 2019, value: 1, unit: 'tce' } as const];
    const e = planError(() => assessProgress(tce, { method: 'unsd', ...common, target: quantity(240, 'bn-yuan') }));
    expect(e.code).toBe('UNIT_MISMATCH');
    expect(e.message).toBe(
      "observations[4].unit: 'tce' (measure 'tce') does not fit the target in 'bn-yuan' (measure 'yuan'); only units of one measure convert",
    );
    expect(() => assessProgress(tce, { method: 'opensdg', ...common, target: 2400 })).toThrowPlanError(
      'UNIT_MISMATCH',
      "observations[4].unit: 'tce' (measure 'tce') does not fit the unit of observations[0], '100m-yuan' (measure 'yuan'); only units of one measure convert",
    );
    // percent is not percent a year
    expect(() =>
      assessProgress([{ year: 2016, value: 8, unit: 'percent' }], {
        method: 'unsd',
        ...common,
        isGrowthRate: true,
        target: quantity(8, 'percent-per-annum'),
      }),
    ).toThrowPlanError('UNIT_MISMATCH', "observations[0].unit: 'percent' (measure 'percent')");
  });

  it('lists an unknown unit among the problems of the observations; a bad target unit is UNKNOWN_UNIT', () => {
    const e = planError(() => assessProgress([{ year: 2015, value: 1, unit: 'yen' as never }], { method: 'opensdg', ...common }));
    expect(e.code).toBe('VALIDATION');
    expect(e.issues[0]?.path).toEqual(['observations', 0, 'unit']);
    expect(e.issues[0]?.message).toMatch(/^expected a unit id \(one of 'yuan', .*\) or \{ measure, multiplier \}, got 'yen'$/);
    expect(() => assessProgress(bn, { method: 'opensdg', ...common, target: { value: 240, unit: 'bn' } as never })).toThrowPlanError(
      'UNKNOWN_UNIT',
      /^target\.unit: expected a unit id/,
    );
    expect(() => assessProgress(bn, { method: 'opensdg', ...common, target: { value: 'x', unit: 'bn-yuan' } })).toThrowPlanError('INVALID_DECIMAL');
  });
});

describe('evaluateRateTarget: units of the levels', () => {
  const target = { comparator: 'atLeast', value: 8, unit: 'percent-per-annum', period: { start: 2016, end: 2020 } } as const;
  it('converts the levels into the unit of the earliest', () => {
    // 1200 亿 (2015) and 176.3 bn (2020) are 120 and 176.3 bn: (176.3 ÷ 120)^(1/5) − 1
    const r = evaluateRateTarget(target, [
      { year: 2015, value: 1200, unit: '100m-yuan' },
      { year: 2020, value: '176.3', unit: 'bn-yuan' },
    ]);
    const same = evaluateRateTarget(target, [
      { year: 2015, value: 120 },
      { year: 2020, value: '176.3' },
    ]);
    expect(r.averageGrowth.toString()).toBe(same.averageGrowth.toString());
    expect(r.explanation.notes[0]).toBe("values converted exactly to '100m-yuan': series[1] (2020) 176.3 'bn-yuan' → 1763");
    expect(r.caveats).toEqual([]);
    expect(() =>
      evaluateRateTarget(target, [
        { year: 2015, value: 1200, unit: '100m-yuan' },
        { year: 2020, value: 1, unit: 'tce' },
      ]),
    ).toThrowPlanError('UNIT_MISMATCH', "series[1].unit: 'tce' (measure 'tce') does not fit the unit of series[0], '100m-yuan' (measure 'yuan')");
  });
});

describe('assessProgress: the unit of each point does not change the verdict', () => {
  const yuanUnits = fc.constantFrom('yuan' as const, '10k-yuan' as const, '100m-yuan' as const, 'bn-yuan' as const);
  const shifts = { yuan: 9, '10k-yuan': 5, '100m-yuan': 1, 'bn-yuan': 0 } as const;

  it('a series in billions, each point written in any unit of yuan, gives the same verdict and values', () => {
    const level = fc.integer({ min: 1, max: 100_000 });
    fc.assert(
      fc.property(fc.array(fc.tuple(level, yuanUnits), { minLength: 2, maxLength: 6 }), fc.constantFrom(...PROGRESS_METHODS), (points, method) => {
        const inBn: SeriesPoint[] = points.map(([v], i) => ({ year: 2015 + i, value: v }));
        // the same value written in another unit: v bn = v × 10^shift of that unit, by hand
        const mixed: SeriesPoint[] = points.map(([v, unit], i) => ({ year: 2015 + i, value: `${v}e${shifts[unit]}`, unit }));
        const options = { method, baseYear: 2015, targetYear: 2021, direction: 'increase' } as const;
        const one = assessProgress(inBn, { ...options, target: 240 } as never);
        const other = assessProgress(mixed, { ...options, target: quantity(240, 'bn-yuan') } as never);
        expect(other.status).toBe(one.status);
        expect(other.explanation.values).toEqual(one.explanation.values);
      }),
    );
  }, 60_000);
});
