import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { assessOpenSdg } from '../../src/progress/opensdg.js';
import { assessUnsd } from '../../src/progress/unsd.js';
import type { UnsdStatus } from '../../src/progress/types.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';

// ≈120 bn yuan in 2015 (Baotou government work report 2016, 杜学军, 2016-01-12), +10 % a year to 2017.
const baotou = [
  { year: 2015, value: 120 },
  { year: 2016, value: 132 },
  { year: 2017, value: '145.2' },
];
const towards240 = { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' } as const;

describe('assessUnsd: level series', () => {
  it('Baotou 2015–2017: 145.2 × 1.1³ = 193.2612, score 73.2612 ÷ 120 = 0.61051 → fair_progress', () => {
    const r = assessUnsd(deepFreeze(baotou), towards240);
    expect(r.method).toBe('unsd');
    expect(r.observedCagr?.toString()).toBe('0.1');
    expect(r.projectedValue?.toString()).toBe('193.2612');
    expect(r.score?.toString()).toBe('0.61051');
    expect(r.status).toBe('fair_progress');
    expect(r.label).toEqual({ en: 'fair progress, acceleration needed', zh: '有一定进展，需加快' });
    expect(r.isGrowthRate).toBe(false);
    expect(r.averageRate).toBeNull();
    expect(r.explanation.working).toEqual([
      'observed CAGR = (145.2 ÷ 120)^(1/2) − 1 = 0.1',
      'projected value = 145.2 × (1 + 0.1)^3 = 193.2612',
      'score = (193.2612 − 120) ÷ (240 − 120) = 0.61051',
      'score 0.61051 → fair_progress',
    ]);
    expect(r.explanation.summary).toBe(
      'UN Progress Chart: fair_progress: observed CAGR 10 %, projected 193.2612 for 2020 vs target 240, score 0.6105',
    );
  });

  it('a root: 120 (2015) → 150 (2018), projected with the 34-digit CAGR', () => {
    const r = assessUnsd([{ year: 2015, value: 120 }, { year: 2018, value: 150 }], towards240);
    // python (tests/progress/oracle.py): c = cagr(120, 150, 3); p = 150·(1 + c)² rounded once; (p − 120) ÷ 120
    expect(r.observedCagr?.toString()).toBe('0.07721734501594186087964678325967525');
    expect(r.projectedValue?.toString()).toBe('174.0595812604792084653778631594792');
    expect(r.score?.toString()).toBe('0.4504965105039934038781488596623267');
    expect(r.status).toBe('fair_progress');
  });

  // base 100, target 200; current 100·(1+g) in 2019, projected one more year at g:
  // v̂ = 100 (1 + g)², so score = (1 + g)² − 1 (hand calculation).
  const score = (current: string): UnsdStatus =>
    assessUnsd([{ year: 2018, value: 100 }, { year: 2019, value: current }], {
      baseYear: 2018, targetYear: 2020, target: 200, direction: 'increase',
    }).status;

  it('thresholds 0.95 and 0.10 are inclusive from below', () => {
    // (1 + g)² = 1.95 has no terminating root; use a one-year horizon instead:
    const oneYear = (current: string): UnsdStatus =>
      assessUnsd([{ year: 2019, value: 100 }, { year: 2020, value: current }], {
        baseYear: 2019, targetYear: 2020, target: 200, direction: 'increase',
      }).status;
    expect(oneYear('195')).toBe('on_track'); // (195 − 100) ÷ 100 = 0.95
    expect(oneYear('194.99')).toBe('fair_progress');
    expect(oneYear('110')).toBe('fair_progress'); // 0.10
    expect(oneYear('109.99')).toBe('limited_or_regression');
    expect(oneYear('90')).toBe('limited_or_regression'); // regression: −0.1
    expect(score('121')).toBe('fair_progress'); // 1.21² − 1 = 0.4641
    expect(score('140')).toBe('on_track'); // 1.4² − 1 = 0.96
  });

  it('lower is better: the score formula needs no sign flip', () => {
    // hypothetical intensity 1.6 (2015) → 1.52 (2016), target 1.3 in 2020: 1.52 × 0.95⁴
    const r = assessUnsd([{ year: 2015, value: '1.6' }, { year: 2016, value: '1.52' }], {
      baseYear: 2015, targetYear: 2020, target: '1.3', direction: 'decrease',
    });
    expect(r.projectedValue?.toString()).toBe('1.2380495'); // 1.52 × 0.95⁴ = 1.52 × 0.81450625
    // (1.2380495 − 1.6) ÷ (1.3 − 1.6) = −0.3619505 ÷ −0.3 = 1.2065016666… (python, prec 34)
    expect(r.score?.toString()).toBe('1.206501666666666666666666666666667');
    expect(r.status).toBe('on_track');
  });

  it('a target not beyond the base: score undefined, status from the projected value', () => {
    const r = assessUnsd([{ year: 2015, value: 120 }, { year: 2017, value: '145.2' }], { ...towards240, target: 100 });
    expect(r.score).toBeNull();
    expect(r.status).toBe('on_track'); // 193.2612 ≥ 100
    expect(r.explanation.notes).toEqual([
      'the target 100 is not beyond the base value 120 in the increase direction: score undefined; status from whether the value meets the target',
    ]);
    const falling = assessUnsd([{ year: 2015, value: 120 }, { year: 2016, value: 108 }], { ...towards240, target: 120 });
    expect(falling.score).toBeNull();
    expect(falling.status).toBe('limited_or_regression'); // 108 × 0.9⁴ < 120
  });

  it('observations after the target year are not used; at the target year the projection is the value', () => {
    const r = assessUnsd([...baotou, { year: 2020, value: 250 }, { year: 2021, value: 10 }], towards240);
    expect(r.currentYear).toBe(2020);
    expect(r.projectedValue?.toString()).toBe('250');
    expect(r.score?.toString()).toBe('1.083333333333333333333333333333333'); // 130 ÷ 120
    expect(r.status).toBe('on_track');
    expect(r.explanation.notes).toEqual(['observations after the target year 2020 are not used: 2021']);
  });

  it('shares the Open SDG data rules: base moved, not_assessable cases', () => {
    const moved = assessUnsd(baotou.slice(1), towards240);
    expect(moved.baseYear).toBe(2016);
    expect(moved.explanation.notes).toEqual(['base year 2015 has no data: used 2016, the next year with data']);
    expect(assessUnsd([], towards240).reason).toBe('there is no data up to the target year 2020');
    expect(assessUnsd([{ year: 2021, value: 1 }], towards240).reason).toBe('there is no data up to the target year 2020');
    expect(assessUnsd([{ year: 2014, value: 1 }], towards240).reason).toBe(
      'the base year 2015 is after the latest year with data 2014',
    );
    expect(assessUnsd([{ year: 2017, value: 1 }], towards240).reason).toBe(
      'fewer than two years of data from the base year on (only 2017)',
    );
    expect(assessUnsd([{ year: 2015, value: 0 }, { year: 2016, value: 1 }], towards240).status).toBe('not_assessable');
    expect(assessUnsd([{ year: 2015, value: 1 }, { year: 2016, value: -1 }], towards240).reason).toBe(
      'the current value -1 is negative, so no growth rate can be computed',
    );
  });

  it('thresholds can be overridden', () => {
    const r = assessUnsd(baotou, { ...towards240, thresholds: { onTrack: '0.6' } });
    expect(r.status).toBe('on_track');
    expect(r.explanation.inputs.thresholdsSource).toBe('given');
    expect(() => assessUnsd(baotou, { ...towards240, thresholds: { fair: 1 } })).toThrowPlanError(
      'INVALID_ARGUMENT',
      'thresholds: expected onTrack ≥ fair, got onTrack 0.95, fair 1',
    );
  });

  it('needs a target', () => {
    const e = planError(() => assessUnsd(baotou, { baseYear: 2015, targetYear: 2020, direction: 'increase' } as never));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe("target: method 'unsd' needs a target value, got undefined");
  });
});

describe('assessUnsd: growth-rate series are compared directly', () => {
  // Hypothetical yearly growth rates in percent (not Baotou figures); target: 8 % a year.
  const rates = [
    { year: 2015, value: 10 },
    { year: 2016, value: 10 },
    { year: 2017, value: 8 },
    { year: 2018, value: 6 },
  ];
  const rate8 = { baseYear: 2015, targetYear: 2020, target: 8, direction: 'increase', isGrowthRate: true } as const;

  it('averages the years after the base year geometrically and scores average ÷ target', () => {
    const r = assessUnsd(rates, rate8);
    expect(r.isGrowthRate).toBe(true);
    expect(r.observedCagr).toBeNull();
    expect(r.projectedValue).toBeNull();
    // python: cagr(1, 1.10·1.08·1.06, 3) × 100; avg ÷ 8
    expect(r.averageRate?.toString()).toBe('7.987652909461403091604101206173365');
    expect(r.score?.toString()).toBe('0.9984566136826753864505126507716706');
    expect(r.status).toBe('on_track'); // 0.998 ≥ 0.95
    expect(r.currentYear).toBe(2018);
    expect(r.baseValue?.toString()).toBe('10'); // the base year's own rate, not averaged
    expect(r.explanation.notes).toEqual([
      'the series is itself a growth rate: not put through a CAGR; its geometric annual average is compared with the target directly',
    ]);
  });

  it('a rate equal to the target scores 1 (a CAGR of the rates would not)', () => {
    const r = assessUnsd([{ year: 2016, value: 8 }, { year: 2017, value: 8 }], rate8);
    expect(r.averageRate?.toString()).toBe('8');
    expect(r.score?.toString()).toBe('1');
  });

  it('lists years without a rate and averages over those with one', () => {
    // 2018: above-scale industrial value added +11 % (Baotou government work report 2019, as reported
    // by chinaservicesinfo 2019-04-25); 2016 and 2017 left as gaps
    const r = assessUnsd([{ year: 2018, value: 11 }], rate8);
    expect(r.averageRate?.toString()).toBe('11');
    expect(r.explanation.notes).toContain('no rate for 2016, 2017: averaged over the years with data');
  });

  it('a target of 0 (or a fall allowed) has no score: the average is compared with it', () => {
    const r = assessUnsd([{ year: 2016, value: 1 }], { ...rate8, target: 0 });
    expect(r.score).toBeNull();
    expect(r.status).toBe('on_track');
    expect(assessUnsd([{ year: 2016, value: -1 }], { ...rate8, target: 0 }).status).toBe('limited_or_regression');
    // lower is better: a target of −3 % a year, an average of −6 % scores 2
    const falling = assessUnsd([{ year: 2016, value: -6 }], { ...rate8, target: -3, direction: 'decrease' });
    expect(falling.score?.toString()).toBe('2');
  });

  it('not_assessable without rates after the base year or with a fall beyond −100 %', () => {
    expect(assessUnsd([{ year: 2015, value: 10 }], rate8).reason).toBe(
      'no growth rate after the base year 2015 up to 2020',
    );
    expect(assessUnsd([{ year: 2016, value: -101 }], rate8).reason).toBe(
      'the rate for 2016 is -101 %, a fall of more than 100 %, so no average can be computed',
    );
    expect(() => assessUnsd(rates, { ...rate8, isGrowthRate: 1 as never })).toThrowPlanError(
      'INVALID_ARGUMENT',
      'isGrowthRate: expected true or false, got 1',
    );
  });
});

describe('assessUnsd properties', () => {
  const rank: Record<UnsdStatus, number> = { not_assessable: -1, limited_or_regression: 0, fair_progress: 1, on_track: 2 };
  const money = fc.integer({ min: 1, max: 1_000_000 }).map((n) => dec(n).div(100));

  it('a higher current value never worsens an increase status when the target is above the base', () => {
    fc.assert(
      fc.property(money, money, money, money, fc.integer({ min: 2016, max: 2020 }), (base, current, bump, extra, year) => {
        const target = base.plus(extra);
        const options = { baseYear: 2015, targetYear: 2020, direction: 'increase' as const, target };
        const low = assessUnsd([{ year: 2015, value: base }, { year, value: current }], options);
        const high = assessUnsd([{ year: 2015, value: base }, { year, value: current.plus(bump) }], options);
        expect(rank[high.status]).toBeGreaterThanOrEqual(rank[low.status]);
        expect(high.score?.gte(low.score ?? 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('assessUnsd: a level that fell to 0', () => {
  it('5 in 2015, 0 in 2017: the trend ends at 0, score (0 − 5) ÷ (10 − 5) = −1 → limited_or_regression (Open SDG: deterioration)', () => {
    const fell = [
      { year: 2015, value: '5' },
      { year: 2017, value: '0' },
    ];
    const options = { baseYear: 2015, targetYear: 2020, target: '10', direction: 'increase' } as const;
    const r = assessUnsd(fell, options);
    expect([r.status, r.observedCagr?.toString(), r.projectedValue?.toString(), r.score?.toString()]).toEqual(['limited_or_regression', '-1', '0', '-1']);
    expect(assessOpenSdg(fell, options).status).toBe('deterioration');
  });
});
