import { describe, expect, it } from 'vitest';
import { evaluateIntensityTarget } from '../../src/progress/intensityTarget.js';
import { evaluateRateTarget } from '../../src/progress/rateTarget.js';
import { evaluateShareTarget } from '../../src/progress/shareTarget.js';
import type { TargetSpec } from '../../src/progress/types.js';
import { quantity } from '../../src/units/index.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';

// The report (II.a): "an annual average increase above 8 percent" over the 13th FYP.
const rate: TargetSpec = {
  comparator: 'above',
  value: 8,
  unit: 'percent-per-annum',
  period: { start: 2016, end: 2020 },
};

describe('evaluateRateTarget: level series', () => {
  it('120 bn (2015) → 176.3 bn (2020): just short of 8 % a year', () => {
    const series = deepFreeze([
      { year: 2020, value: '176.3' },
      { year: 2015, value: 120 },
    ]);
    const r = evaluateRateTarget(rate, series);
    expect(r.fromYear).toBe(2015);
    expect(r.toYear).toBe(2020);
    expect(r.years).toBe(5);
    // python: cagr(120, 176.3, 5) at prec 80, rounded to 34 (tests/progress/oracle.py)
    expect(r.averageGrowth.toString()).toBe('0.07997627070397434313380253374476578');
    expect(r.value.toString()).toBe('7.997627070397434313380253374476578');
    expect(r.met).toBe(false);
    // python: (a*100) - 8 and (a*100) / 8 at prec 34
    expect(r.difference.toString()).toBe('-0.002372929602565686619746625523422');
    expect(r.attainment?.toString()).toBe('0.9997033837996792891725316718095722');
    expect(r.explanation.working[0]).toBe(
      'annual average = (176.3 ÷ 120)^(1/5) − 1 = 0.07997627070397434313380253374476578',
    );
    expect(r.explanation.summary).toBe(
      '7.9976 % a year > 8 % a year: not met (attainment 99.97 %, gap -0.0024 % a year)',
    );
    expect(series[0]?.year).toBe(2020); // input order untouched
  });

  it('120 → 240 bn is 14.87 % a year, well above 8 %: the level target asks more than the rate target', () => {
    const r = evaluateRateTarget(rate, [
      { year: 2015, value: 120 },
      { year: 2020, value: 240 },
    ]);
    // 2^(1/5) − 1, python: cagr(120, 240, 5)
    expect(r.averageGrowth.toString()).toBe('0.1486983549970350067986269467779276');
    expect(r.met).toBe(true);
  });

  it('through: progress so far, 120 → 145.2 over 2016–2017 is exactly 10 %', () => {
    const r = evaluateRateTarget(
      rate,
      [
        { year: 2015, value: 120 },
        { year: 2017, value: '145.2' },
      ],
      { through: 2017 },
    );
    expect(r.years).toBe(2);
    expect(r.value.toString()).toBe('10'); // √(145.2 ÷ 120) = √1.21 = 1.1
    expect(r.met).toBe(true);
    expect(r.explanation.notes).toEqual([
      'averaged to 2017, before the end of the period 2020: progress so far, not the final verdict',
    ]);
  });

  it('names a missing year, a bad period and a bad base', () => {
    const missing = planError(() => evaluateRateTarget(rate, [{ year: 2020, value: 240 }]));
    expect(missing.code).toBe('INVALID_ARGUMENT');
    expect(missing.message).toBe('series: has no value for 2015, the base year of the period 2016–2020');
    const missingEnd = planError(() => evaluateRateTarget(rate, [{ year: 2015, value: 120 }, { year: 2019, value: 200 }]));
    expect(missingEnd.message).toBe('series: has no value for 2020, the last year averaged over (2016–2020)');
    const noPeriod = planError(() => evaluateRateTarget({ comparator: 'above', value: 8, unit: 'percent-per-annum' }, []));
    expect(noPeriod.message).toBe(
      'target.period: a rate target needs the period its annual average runs over, { start, end }, got undefined',
    );
    const reversed = planError(() => evaluateRateTarget({ ...rate, period: { start: 2020, end: 2016 } }, []));
    expect(reversed.message).toBe('target.period.end: expected an integer from 2020 to 2100, got 2016');
    const zero = planError(() => evaluateRateTarget(rate, [{ year: 2015, value: 0 }, { year: 2020, value: 240 }]));
    expect(zero.code).toBe('DOMAIN');
    expect(zero.message).toBe('series (2015): must be greater than 0 for an annual average growth rate, got 0');
    expect(zero.details).toEqual({ argument: 'series (2015)', received: '0' });
    expect(() => evaluateRateTarget(rate, [{ year: 2015, value: 1 }, { year: 2020, value: -1 }])).toThrowPlanError(
      'DOMAIN',
      'series (2020): must not be negative for an annual average growth rate, got -1',
    );
    expect(() => evaluateRateTarget({ ...rate, period: { start: 2016.5, end: 2020 } }, [])).toThrowPlanError(
      'INVALID_ARGUMENT',
      'target.period.start: expected an integer from 1901 to 2100, got 2016.5',
    );
    expect(() => evaluateRateTarget(rate, [], { through: 2021 })).toThrowPlanError(
      'INVALID_ARGUMENT',
      'options.through: expected an integer from 2016 to 2020, got 2021',
    );
  });

  it('a period within the one year range: its base year from 1900, its end to 2100', () => {
    // the base year of the period is the year before it starts, so a period starts in 1901 at the earliest
    expect(() => evaluateRateTarget({ ...rate, period: { start: 1900, end: 1905 } }, [])).toThrowPlanError(
      'INVALID_ARGUMENT',
      'target.period.start: expected an integer from 1901 to 2100, got 1900',
    );
    expect(() => evaluateRateTarget({ ...rate, period: { start: 2096, end: 2101 } }, [])).toThrowPlanError(
      'INVALID_ARGUMENT',
      'target.period.end: expected an integer from 2096 to 2100, got 2101',
    );
    // 100 → 121 over 1900–1902 is 10 % a year
    const r = evaluateRateTarget({ ...rate, period: { start: 1901, end: 1902 } }, [{ year: 1900, value: 100 }, { year: 1902, value: 121 }]);
    expect(r.value.toString()).toBe('10');
  });

  it('needs a target in percent a year', () => {
    const e = planError(() =>
      evaluateRateTarget({ ...rate, unit: 'percent' }, [
        { year: 2015, value: 1 },
        { year: 2020, value: 2 },
      ]),
    );
    expect(e.code).toBe('UNIT_MISMATCH');
    expect(e.message).toBe("target.unit: rate targets must be in 'percent-per-annum', got 'percent'");
  });
});

describe('evaluateRateTarget: growth-rate series', () => {
  // Hypothetical yearly rates (comparable prices), percent: not Baotou figures.
  const rates = [
    { year: 2016, value: 10 },
    { year: 2017, value: 9 },
    { year: 2018, value: 8 },
    { year: 2019, value: 7 },
    { year: 2020, value: 6 },
  ];

  it('chains the years geometrically (水平法), not arithmetically', () => {
    const r = evaluateRateTarget(rate, rates, { isGrowthRate: true });
    // python: prod = 1.10·1.09·1.08·1.07·1.06 = 1.468698264; cagr(1, prod, 5)
    expect(r.explanation.values.growthFactor).toBe('1.468698264');
    expect(r.averageGrowth.toString()).toBe('0.07990739787951442230255182908531463');
    expect(r.value.toString()).toBe('7.990739787951442230255182908531463');
    // the arithmetic mean would be exactly 8 and not above 8 either; the geometric one is below it
    expect(r.met).toBe(false);
  });

  it('through 2018: the first three years', () => {
    const r = evaluateRateTarget(rate, rates, { isGrowthRate: true, through: 2018 });
    // python: cagr(1, 1.10·1.09·1.08, 3)
    // (python prints a trailing 0 at 34 digits; decimal.js drops it)
    expect(r.averageGrowth.toString()).toBe('0.0899694181022228823330640491231289');
    expect(r.met).toBe(true);
  });

  it('needs every year and rates above −100 %', () => {
    const gap = planError(() => evaluateRateTarget(rate, rates.filter((p) => p.year !== 2018), { isGrowthRate: true }));
    expect(gap.message).toBe(
      'series: has no value for 2018, a year of the period 2016–2020; a growth-rate series needs every year',
    );
    const fall = planError(() =>
      evaluateRateTarget(rate, [...rates.slice(0, 4), { year: 2020, value: -100 }], { isGrowthRate: true }),
    );
    expect(fall.code).toBe('DOMAIN');
    expect(fall.message).toBe('series (2020): a growth rate in percent must be greater than -100 (a fall of 100 %), got -100');
    expect(() => evaluateRateTarget(rate, rates, { isGrowthRate: 'yes' as never })).toThrowPlanError(
      'INVALID_ARGUMENT',
      "options.isGrowthRate: expected true or false, got 'yes'",
    );
  });
});

describe('evaluateShareTarget', () => {
  // The report (II.a): strategic emerging industries "about 25-percent" of the total.
  const about25: TargetSpec = { comparator: 'approximately', value: 25, unit: 'percent', tolerance: { absolute: 1 } };

  it('Jan–Sep 2019: 22.3 % of above-scale industrial value added (Baotou News English 2019-11-11)', () => {
    const r = evaluateShareTarget(about25, '22.3', '100');
    expect(r.share.toString()).toBe('0.223');
    expect(r.value.toString()).toBe('22.3');
    expect(r.met).toBe(false); // |22.3 − 25| = 2.7 > 1
    expect(r.gap.toString()).toBe('-1.7'); // 1 − 2.7
  });

  it('end of 2021: strategic emerging industries 20 % of above-scale (Inner Mongolia Daily 2022-02-16): "more than 20 percent" at the edge', () => {
    const more20: TargetSpec = { comparator: 'above', value: 20, unit: 'percent' };
    expect(evaluateShareTarget(more20, 20, 100).met).toBe(false);
    expect(evaluateShareTarget(more20, '20.1', 100).met).toBe(true);
  });

  it('converts the whole into the part’s unit exactly', () => {
    const r = evaluateShareTarget(about25, quantity(60, 'bn-yuan'), quantity(2400, '100m-yuan'));
    expect(r.whole.toString()).toBe('240');
    expect(r.share.toString()).toBe('0.25'); // 60 ÷ 240
    expect(r.met).toBe(true);
    expect(r.explanation.notes).toEqual([
      "whole converted exactly from 2400 '100m-yuan' to 240 'bn-yuan'",
      "'approximately' read two-sided: met from 24 % to 26 % (the target gives no direction of its indicator to read it in)",
    ]);
    // one side plain: read in the other's unit
    expect(evaluateShareTarget(about25, 60, quantity(240, 'bn-yuan')).share.toString()).toBe('0.25');
    expect(evaluateShareTarget(about25, quantity(60, 'bn-yuan'), 240).share.toString()).toBe('0.25');
  });

  it('refuses mixed measures, a non-percent target and a whole of 0', () => {
    const mixed = planError(() => evaluateShareTarget(about25, quantity(1, 'tce'), quantity(4, 'bn-yuan')));
    expect(mixed.code).toBe('UNIT_MISMATCH');
    expect(mixed.message).toBe(
      "whole: 'bn-yuan' (measure 'yuan') does not fit the part in 'tce' (measure 'tce'); only units of one measure convert",
    );
    expect(mixed.details).toEqual({ argument: 'whole', received: 'yuan', expected: 'tce' });
    expect(() => evaluateShareTarget({ ...about25, unit: 'ratio' }, 1, 4)).toThrowPlanError(
      'UNIT_MISMATCH',
      "target.unit: share targets must be in 'percent', got 'ratio'",
    );
    expect(() => evaluateShareTarget(about25, 1, 0)).toThrowPlanError('DOMAIN');
  });
});

describe('evaluateIntensityTarget', () => {
  // The report (II.b): "down to 1.3 tons of standard coal equivalent" per 10,000 yuan.
  const target: TargetSpec = { comparator: 'atMost', value: '1.3', unit: 'tce-per-10k-yuan' };

  it('30 million tce for 240 bn yuan = 30,000,000 ÷ 24,000,000 = 1.25', () => {
    const r = evaluateIntensityTarget(target, quantity(3000, '10k-tce'), quantity(240, 'bn-yuan'));
    expect(r.numerator.toString()).toBe('30000000');
    expect(r.denominator.toString()).toBe('24000000');
    expect(r.value.toString()).toBe('1.25');
    expect(r.met).toBe(true);
    expect(r.explanation.notes).toEqual([
      "numerator converted exactly from 3000 '10k-tce' to 30000000 'tce'",
      "denominator converted exactly from 240 'bn-yuan' to 24000000 '10k-yuan'",
    ]);
  });

  it('quantities already in tce and 10⁴ yuan need no conversion', () => {
    const r = evaluateIntensityTarget(target, quantity(13, 'tce'), quantity(10, '10k-yuan'));
    expect(r.value.toString()).toBe('1.3');
    expect(r.met).toBe(true);
    expect(r.explanation.notes).toEqual([]);
  });

  it('plain decimals are tce and 10⁴ yuan', () => {
    const r = evaluateIntensityTarget(target, 4, 3);
    expect(r.value.toString()).toBe('1.333333333333333333333333333333333'); // 4 ÷ 3 at 34 digits
    expect(r.met).toBe(false);
  });

  it('refuses a numerator that is not energy, a target in another unit, and a zero denominator', () => {
    expect(() => evaluateIntensityTarget(target, quantity(1, 'bn-yuan'), 1)).toThrowPlanError(
      'UNIT_MISMATCH',
      "numerator: 'bn-yuan' (measure 'yuan') does not fit 'tce' (measure 'tce'); only units of one measure convert",
    );
    expect(() => evaluateIntensityTarget(target, 1, quantity(1, 'tce'))).toThrowPlanError(
      'UNIT_MISMATCH',
      "denominator: 'tce' (measure 'tce') does not fit '10k-yuan' (measure 'yuan'); only units of one measure convert",
    );
    expect(() => evaluateIntensityTarget({ ...target, unit: 'tce' }, 1, 1)).toThrowPlanError(
      'UNIT_MISMATCH',
      "target.unit: energy-intensity targets must be in 'tce-per-10k-yuan', got 'tce'",
    );
    expect(() => evaluateIntensityTarget(target, 1, 0)).toThrowPlanError('DOMAIN');
  });
});
