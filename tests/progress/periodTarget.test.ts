import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePeriodTarget } from '../../src/progress/periodTarget.js';
import { evaluateRateTarget } from '../../src/progress/rateTarget.js';
import type { SeriesPoint, TargetSpec } from '../../src/progress/types.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';

const period = { start: 2016, end: 2020 } as const;

// The Outline of the 13th FYP (2016–2020): urbanisation of permanent residents +3.9 points to
// 60 % (56.1 % in 2015); energy use per unit of GDP −15 %; 50 million new urban jobs.
const points: TargetSpec = { form: 'change', comparator: 'atLeast', value: '3.9', unit: 'percentage-points', period };
const energy: TargetSpec = { form: 'relative-change', comparator: 'atMost', value: -15, unit: 'percent', period };
const jobs: TargetSpec = { form: 'cumulative', comparator: 'atLeast', value: 5000, unit: 'count', period };

describe('evaluatePeriodTarget: change', () => {
  it('from levels: 56.1 % (2015) → 60 % (2020) is +3.9 points exactly, met on the boundary', () => {
    const series = deepFreeze([
      { year: 2020, value: 60 },
      { year: 2015, value: '56.1' },
    ]);
    const r = evaluatePeriodTarget(points, series);
    // hand: 60 − 56.1 = 3.9
    expect(r.value.toString()).toBe('3.9');
    expect([r.form, r.fromYear, r.toYear, r.years, r.judgedOn]).toEqual(['change', 2015, 2020, 5, 'levels']);
    expect([r.baseLevel?.toString(), r.endLevel?.toString()]).toEqual(['56.1', '60']);
    expect(r.met).toBe(true);
    expect(r.gap.toString()).toBe('0');
    expect(r.explanation.working[0]).toBe('change = 60 − 56.1 = 3.9');
    expect(series[0]?.year).toBe(2020); // not sorted in place
  });

  it('from levels in units: the levels are converted exactly into the target’s unit', () => {
    // GDP 2015 and 2020 in 亿元 against a change target in billion yuan: 1,015,986 − 677,000 亿 = 338,986 亿 = 33,898.6 bn
    const gdp: TargetSpec = { form: 'change', comparator: 'atLeast', value: 30000, unit: 'bn-yuan', period };
    const r = evaluatePeriodTarget(gdp, [
      { year: 2015, value: 677000, unit: '100m-yuan' },
      { year: 2020, value: 1015986, unit: '100m-yuan' },
    ]);
    expect(r.value.toString()).toBe('33898.6');
    expect(r.met).toBe(true);
    // points in percent for a change in points; bare levels are in percent too
    const mixed = evaluatePeriodTarget(points, [
      { year: 2015, value: '56.1', unit: 'percent' },
      { year: 2020, value: '63.89' },
    ]);
    expect(mixed.value.toString()).toBe('7.79'); // hand: 63.89 − 56.1
  });

  it('from yearly changes in points: their sum, a break bridged with a caveat', () => {
    const r = evaluatePeriodTarget(
      points,
      [
        { year: 2016, value: '1.2' },
        { year: 2017, value: '1.17' },
        { year: 2018, value: '1.06', status: 'B' },
        { year: 2019, value: '1.02' },
        { year: 2020, value: '0.5' },
      ],
      { yearlyChanges: true },
    );
    // hand: 1.2 + 1.17 + 1.06 + 1.02 + 0.5 = 4.95
    expect(r.value.toString()).toBe('4.95');
    expect(r.judgedOn).toBe('yearly-changes');
    expect(r.caveats.map((c) => c.code)).toEqual(['break']);
    expect(r.explanation.working[0]).toBe('change = 1.2 + 1.17 + 1.06 + 1.02 + 0.5 = 4.95');
  });

  it('levels across a break are not compared: SERIES_BREAK, with the break in details', () => {
    const e = planError(() =>
      evaluatePeriodTarget(points, [
        { year: 2015, value: '56.1' },
        { year: 2018, value: 50, status: 'B' },
        { year: 2020, value: 60 },
      ]),
    );
    expect(e.code).toBe('SERIES_BREAK');
    expect(e.message).toBe(
      "series: a break in the series at 2018 (series[1], status 'B'), between 2015 and 2020: levels across a break are not comparable, so no change can be computed from them; give the yearly changes published like-for-like (options.yearlyChanges) or a figure for the whole period",
    );
    expect(e.details.breaks).toEqual([{ year: 2018, at: 'series[1]' }]);
  });

  it('through: the change so far, with a note', () => {
    const r = evaluatePeriodTarget(points, [{ year: 2015, value: '56.1' }, { year: 2018, value: '59.58' }], { through: 2018 });
    expect(r.value.toString()).toBe('3.48'); // hand: 59.58 − 56.1
    expect(r.toYear).toBe(2018);
    expect(r.explanation.notes).toContain('judged to 2018, before the end of the period 2020: progress so far, not the final verdict');
  });
});

describe('evaluatePeriodTarget: relative change', () => {
  it('from levels: (end ÷ base − 1) × 100, correctly rounded to 34 digits', () => {
    // python (prec 200, rounded to 34): (0.59 − 0.7) ÷ 0.7 × 100
    const r = evaluatePeriodTarget(energy, [{ year: 2015, value: '0.7', unit: 'tce-per-10k-yuan' }, { year: 2020, value: '0.59', unit: 'tce-per-10k-yuan' }]);
    expect(r.value.toString()).toBe('-15.71428571428571428571428571428571');
    expect(r.met).toBe(true);
    expect(r.judgedOn).toBe('levels');
    // python: (2 − 3) ÷ 3 × 100 to 34 digits
    expect(evaluatePeriodTarget(energy, [{ year: 2015, value: 3 }, { year: 2020, value: 2 }]).value.toString()).toBe('-33.33333333333333333333333333333333');
  });

  it('from yearly changes: (Π(1 + rᵢ/100) − 1) × 100, exact where it is short', () => {
    const falls = ['-5.2', '-4.9', '-3.7', '-2.6', '-0.1'].map((value, i) => ({ year: 2016 + i, value }));
    const r = evaluatePeriodTarget(energy, falls, { yearlyChanges: true });
    // python: Π(1 + r/100) − 1 = −0.155227852589176 (exact), × 100
    expect(r.value.toString()).toBe('-15.5227852589176');
    expect(r.met).toBe(true);
    expect(r.judgedOn).toBe('yearly-changes');
    expect(r.explanation.working[0]).toBe(
      'relative change = ((1 + -5.2/100) × (1 + -4.9/100) × (1 + -3.7/100) × (1 + -2.6/100) × (1 + -0.1/100) − 1) × 100 = -15.5227852589176 %',
    );
  });

  it('yearly changes in percent a year read as percent? No: a relative change’s yearly changes are in percent', () => {
    expect(() => evaluatePeriodTarget(energy, [{ year: 2016, value: 1, unit: 'percent-per-annum' }], { yearlyChanges: true })).toThrowPlanError(
      'UNIT_MISMATCH',
    );
  });

  it('domain: a base of 0 or less, a yearly fall of 100 % or more', () => {
    expect(planError(() => evaluatePeriodTarget(energy, [{ year: 2015, value: 0 }, { year: 2020, value: 1 }])).message).toBe(
      'series (2015): must be greater than 0 for a relative change, got 0',
    );
    const falls = [2016, 2017, 2018, 2019, 2020].map((year) => ({ year, value: year === 2018 ? -100 : -1 }));
    expect(() => evaluatePeriodTarget(energy, falls, { yearlyChanges: true })).toThrowPlanError('DOMAIN', 'series (2018)');
  });

  it('must be in percent', () => {
    expect(planError(() => evaluatePeriodTarget({ ...energy, unit: 'percentage-points' }, [])).message).toBe(
      "target.unit: relative-change targets must be in 'percent', got 'percentage-points'",
    );
  });
});

describe('evaluatePeriodTarget: cumulative', () => {
  // New urban jobs (10⁴): 1,314, 1,351, 1,361, 1,352 and 1,186 in 2016–2020 (illustrative
  // figures of the size the statistical communiqués give); hand: the sum is 6,564.
  const years = [1314, 1351, 1361, 1352, 1186].map((value, i) => ({ year: 2016 + i, value }));

  it('the sum of the yearly values of every year of the period', () => {
    const r = evaluatePeriodTarget(jobs, years);
    expect(r.value.toString()).toBe('6564');
    expect(r.judgedOn).toBe('yearly-values');
    expect(r.met).toBe(true);
    expect(r.gap.toString()).toBe('1564');
    expect(r.explanation.working[0]).toBe('cumulative = 1314 + 1351 + 1361 + 1352 + 1186 = 6564');
  });

  it('values in another unit of the measure are converted: 10,000 yuan a year against billion yuan', () => {
    const invest: TargetSpec = { form: 'cumulative', comparator: 'atLeast', value: 1, unit: 'bn-yuan', period: { start: 2016, end: 2017 } };
    const r = evaluatePeriodTarget(invest, [{ year: 2016, value: 50000, unit: '10k-yuan' }, { year: 2017, value: '0.5', unit: 'bn-yuan' }]);
    expect(r.value.toString()).toBe('1'); // hand: 50,000 × 10⁴ = 0.5 × 10⁹, + 0.5 bn
  });

  it('every year is needed: the missing years are named, and in details', () => {
    const e = planError(() => evaluatePeriodTarget(jobs, [years[0], years[2], years[4]] as SeriesPoint[]));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe('series: has no value for 2017, 2019 of the period 2016–2020; a cumulative target sums the value of every year');
    expect(e.details.missing).toEqual([2017, 2019]);
  });

  it('a partial year skipped is named where its year is missing', () => {
    const e = planError(() => evaluatePeriodTarget(jobs, [...years.slice(0, 4), { period: { start: '2020-01', end: '2020-10' }, value: 1099 }]));
    expect(e.message).toBe(
      "series: has no value for 2020 of the period 2016–2020; a cumulative target sums the value of every year; series[4] (2020-01–2020-10) covers part of a year and is skipped; options.partialPeriods 'use' takes it as 2020",
    );
  });

  it('a break among the yearly values is summed across, with a caveat', () => {
    const r = evaluatePeriodTarget(jobs, years.map((p) => (p.year === 2018 ? { ...p, status: 'B' as const } : p)));
    expect(r.caveats.map((c) => c.code)).toEqual(['break']);
    expect(r.caveats[0]?.message).toContain('summed as published');
  });

  it('yearlyChanges means nothing for a cumulative target', () => {
    expect(planError(() => evaluatePeriodTarget(jobs, years, { yearlyChanges: true })).message).toBe(
      "options.yearlyChanges: a 'cumulative' target sums the yearly values themselves; yearlyChanges is for 'change' and 'relative-change' targets",
    );
  });

  it('an estimate among the values used carries its caveat', () => {
    const r = evaluatePeriodTarget(jobs, years.map((p) => (p.year === 2020 ? { ...p, status: 'P' as const } : p)));
    expect(r.caveats.map((c) => c.code)).toEqual(['estimate']);
  });
});

describe('a figure for the whole period (the one rule)', () => {
  it('is the target’s value over the period: the change, the relative change, the sum', () => {
    const whole = { period: { start: 2016, end: 2020 } };
    const change = evaluatePeriodTarget(points, [{ ...whole, value: '3.9', unit: 'percentage-points' }]);
    expect([change.value.toString(), change.judgedOn, change.met]).toEqual(['3.9', 'period-figure', true]);
    expect(change.explanation.notes).toContain('series[0] is a figure for the whole period 2016–2020: read as the change over it');
    // energy use per unit of GDP: "about −12 %" over 2016–2020
    const relative = evaluatePeriodTarget(energy, [{ ...whole, value: -12 }]);
    expect([relative.value.toString(), relative.met]).toEqual(['-12', false]);
    // more than 60 million jobs, in count: 6,000 × 10⁴
    const sum = evaluatePeriodTarget(jobs, [{ period: { start: '2016-01', end: '2020-12' }, value: 6000 }]);
    expect([sum.value.toString(), sum.judgedOn]).toEqual(['6000', 'period-figure']);
  });

  it('wins over the years, is converted into the target’s unit, and is set aside when judged before the end', () => {
    const series = [
      { year: 2015, value: '56.1' },
      { year: 2020, value: 60 },
      { period: { start: 2016, end: 2020 }, value: '0.05', unit: { measure: 'percentage-points', multiplier: 2 } },
    ] as const;
    // 0.05 × 10² points = 5 points
    expect(evaluatePeriodTarget(points, series).value.toString()).toBe('5');
    const soFar = evaluatePeriodTarget(points, [...series.slice(0, 1), { year: 2018, value: 58 }, series[2]], { through: 2018 });
    expect(soFar.value.toString()).toBe('1.9'); // hand: 58 − 56.1
    expect(soFar.explanation.notes).toContain('series[2], a figure for the whole period 2016–2020, is not used: the period is judged to 2018, before its end');
  });

  it('an estimate for the period carries its caveat; a second figure is refused', () => {
    const r = evaluatePeriodTarget(energy, [{ period, value: -12, status: 'E' }]);
    expect(r.caveats).toEqual([{ code: 'estimate', message: 'series[0] (2016–2020) is estimated (OBS_STATUS \'E\')' }]);
    const e = planError(() => evaluatePeriodTarget(energy, [{ period, value: -12 }, { period, value: -13 }]));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('a second figure for the whole period 2016–2020 (also at series[0])');
  });

  it('a figure in another measure than the target’s is refused', () => {
    expect(() => evaluatePeriodTarget(points, [{ period, value: 4, unit: 'percent' }])).toThrowPlanError('UNIT_MISMATCH');
  });

  it('for a rate target, the figure is the annual average over the period', () => {
    const rate: TargetSpec = { comparator: 'atLeast', value: '6.5', unit: 'percent-per-annum', period };
    const r = evaluateRateTarget(rate, [{ year: 2015, value: 100 }, { period, value: '6.6' }, { year: 2020, value: 101 }]);
    expect(r.value.toString()).toBe('6.6');
    expect(r.averageGrowth.toString()).toBe('0.066');
    expect(r.met).toBe(true);
    expect(r.explanation.notes).toContain('series[1] is a figure for the whole period 2016–2020: read as the annual average over it');
  });
});

describe('evaluatePeriodTarget: what it refuses', () => {
  it('a target without a period form, or of another form', () => {
    expect(planError(() => evaluatePeriodTarget({ ...points, form: undefined } as never, [])).message).toBe(
      "target.form: evaluatePeriodTarget judges a 'change', 'relative-change' or 'cumulative' target (evaluateRateTarget an 'annual-average' one, evaluateTarget a 'level'), got undefined",
    );
    expect(() => evaluatePeriodTarget({ ...points, form: 'annual-average' }, [])).toThrowPlanError('INVALID_ARGUMENT', "got 'annual-average'");
    expect(() => evaluatePeriodTarget({ ...points, form: 'total' as never }, [])).toThrowPlanError('INVALID_ARGUMENT', 'target.form: expected one of');
    expect(planError(() => evaluateRateTarget({ ...points, unit: 'percent-per-annum', form: 'change' }, [])).message).toBe(
      "target.form: evaluateRateTarget judges an 'annual-average' target (evaluatePeriodTarget a 'change', 'relative-change' or 'cumulative' one), got 'change'",
    );
  });

  it('a target without a period, through outside it, an unknown option', () => {
    expect(planError(() => evaluatePeriodTarget({ ...points, period: undefined } as never, [])).message).toBe(
      "target.period: a 'change' target needs the period it runs over, { start, end }, got undefined",
    );
    expect(() => evaluatePeriodTarget(points, [], { through: 2015 })).toThrowPlanError('INVALID_ARGUMENT', 'options.through');
    expect(() => evaluatePeriodTarget(points, [], { isGrowthRate: true } as never)).toThrowPlanError('INVALID_ARGUMENT', 'isGrowthRate');
  });

  it('a missing level names the year and its role', () => {
    expect(planError(() => evaluatePeriodTarget(points, [{ year: 2020, value: 60 }])).message).toBe(
      'series: has no value for 2015, the base year of the period 2016–2020',
    );
  });
});

describe('evaluatePeriodTarget: algebra (BigInt oracle)', () => {
  // Decimals as integers of thousandths: the oracle adds and subtracts BigInts.
  const thousandths = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
  const show = (x: bigint): string => {
    const sign = x < 0n ? '-' : '';
    const abs = x < 0n ? -x : x;
    const int = abs / 1000n;
    const frac = (abs % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
    return `${sign}${int}${frac === '' ? '' : `.${frac}`}`;
  };

  it('a change from levels is end − base; a sum of yearly values is their sum, exactly', () => {
    fc.assert(
      fc.property(thousandths, thousandths, fc.array(thousandths, { minLength: 5, maxLength: 5 }), (a, b, values) => {
        const change = evaluatePeriodTarget({ ...points, unit: 'count', value: 0 }, [{ year: 2015, value: show(a) }, { year: 2020, value: show(b) }]);
        expect(change.value.toFixed()).toBe(show(b - a));
        const sum = evaluatePeriodTarget(jobs, values.map((v, i) => ({ year: 2016 + i, value: show(v) })));
        expect(sum.value.toFixed()).toBe(show(values.reduce((x, y) => x + y, 0n)));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('a relative change chained from the yearly changes of levels is the relative change of the levels', () => {
    // Levels that grow by whole percents: the changes are exact, and so is the chain.
    const percents = fc.array(fc.integer({ min: -50, max: 100 }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), percents, (base, rates) => {
        let level = BigInt(base) * 10n ** 10n; // in units of 10⁻¹⁰
        const levels = [level];
        for (const r of rates) levels.push((level = (level * BigInt(100 + r)) / 100n));
        const exact = levels.every((l, i) => i === 0 || (l * 100n) % BigInt(100 + (rates[i - 1] as number)) === 0n);
        if (!exact) return;
        const fromLevels = evaluatePeriodTarget(energy, [
          { year: 2015, value: (levels[0] as bigint).toString() },
          { year: 2020, value: (levels[5] as bigint).toString() },
        ]);
        const fromChanges = evaluatePeriodTarget(energy, rates.map((r, i) => ({ year: 2016 + i, value: r })), { yearlyChanges: true });
        expect(fromChanges.value.eq(fromLevels.value)).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
