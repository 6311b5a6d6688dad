import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { assessOpenSdg } from '../../src/progress/opensdg.js';
import type { OpenSdgStatus } from '../../src/progress/types.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';

// Above-scale industrial value added ≈ 120 bn yuan in 2015, +10 % a year (Baotou government
// work report 2016, 杜学军, 2016-01-12), continued at 10 % to 2017; the report's target: 240 bn in 2020.
const baotou = [
  { year: 2015, value: 120 },
  { year: 2016, value: 132 }, // 120 × 1.1
  { year: 2017, value: '145.2' }, // 132 × 1.1
];
const towards240 = { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' } as const;

describe('assessOpenSdg with a target', () => {
  it('Baotou 2015–2017 against 240 bn: R = 0.1 ÷ 0.1487 → progress_needs_acceleration', () => {
    const r = assessOpenSdg(deepFreeze(baotou), towards240);
    expect(r.method).toBe('opensdg');
    expect(r.status).toBe('progress_needs_acceleration');
    expect(r.label).toEqual({ en: 'progress needs acceleration', zh: '需加快进度' });
    expect(r.baseYear).toBe(2015);
    expect(r.currentYear).toBe(2017);
    expect(r.observedCagr?.toString()).toBe('0.1'); // √(145.2 ÷ 120) − 1 = √1.21 − 1
    // python (tests/progress/oracle.py): cagr(120, 240, 5) and obs / |req| at prec 34
    expect(r.requiredCagr?.toString()).toBe('0.1486983549970350067986269467779276');
    expect(r.ratio?.toString()).toBe('0.6725023958872575626792428754273505');
    expect(r.progressValue?.toString()).toBe(r.ratio?.toString());
    expect(r.thresholds).toEqual({ high: dec('0.95'), med: dec('0.6'), low: dec(0) });
    expect(r.reason).toBeNull();
    expect(r.explanation.values).toEqual({
      baseYear: '2015',
      baseValue: '120',
      currentYear: '2017',
      currentValue: '145.2',
      target: '240',
      observedCagr: '0.1',
      requiredCagr: '0.1486983549970350067986269467779276',
      ratio: '0.6725023958872575626792428754273505',
      progressValue: '0.6725023958872575626792428754273505',
      status: 'progress_needs_acceleration',
    });
    expect(r.explanation.inputs).toEqual({
      method: 'opensdg',
      direction: 'increase',
      baseYear: '2015',
      targetYear: '2020',
      target: '240',
      thresholdHigh: '0.95',
      thresholdMed: '0.6',
      thresholdLow: '0',
      thresholdsSource: 'default ratio thresholds',
    });
    expect(r.explanation.working).toEqual([
      'target met? 145.2 ≥ 240: no',
      'observed CAGR = (145.2 ÷ 120)^(1/2) − 1 = 0.1',
      'required CAGR = (240 ÷ 120)^(1/5) − 1 = 0.1486983549970350067986269467779276',
      'R = 1 × 0.1 ÷ |0.1486983549970350067986269467779276| = 0.6725023958872575626792428754273505',
      'R 0.6725023958872575626792428754273505 → progress_needs_acceleration',
    ]);
    expect(r.explanation.summary).toBe(
      'Open SDG: progress_needs_acceleration: observed CAGR 10 % vs required 14.87 %, R = 0.6725',
    );
  });

  // base 100 (2015), target 200 in 2016 would need 100 %; with targetYear 2016 the required
  // CAGR is exactly 1, so R = observed CAGR = current ÷ 100 − 1 (hand calculation).
  const oneYear = { baseYear: 2015, targetYear: 2016, target: 200, direction: 'increase' } as const;
  const at = (current: number | string): OpenSdgStatus =>
    assessOpenSdg([{ year: 2015, value: 100 }, { year: 2016, value: current }], oneYear).status;

  it('threshold boundaries are inclusive from below: R = 0.95, 0.6, 0 exactly', () => {
    expect(at(195)).toBe('on_track'); // R = 0.95
    expect(at('194.99')).toBe('progress_needs_acceleration'); // R = 0.9499
    expect(at(160)).toBe('progress_needs_acceleration'); // R = 0.6
    expect(at('159.99')).toBe('limited_progress');
    expect(at(100)).toBe('limited_progress'); // R = 0
    expect(at('99.99')).toBe('deterioration'); // R = −0.0001
    expect(at(200)).toBe('target_achieved'); // checked first
  });

  it('target_achieved is checked first, before any growth rate', () => {
    // a base of 0 has no CAGR, but the target is met
    const r = assessOpenSdg([{ year: 2015, value: 0 }, { year: 2018, value: 250 }], towards240);
    expect(r.status).toBe('target_achieved');
    expect(r.observedCagr).toBeNull();
    expect(r.explanation.summary).toBe('Open SDG: target_achieved: 250 in 2018 meets the target 240');
  });

  it('lower is better: a falling energy intensity (hypothetical 1.6 → 1.52, target 1.3)', () => {
    const r = assessOpenSdg(
      [{ year: 2015, value: '1.6' }, { year: 2016, value: '1.52' }],
      { baseYear: 2015, targetYear: 2020, target: '1.3', direction: 'decrease' },
    );
    expect(r.observedCagr?.toString()).toBe('-0.05'); // 1.52 ÷ 1.6 − 1
    // python: cagr(1.6, 1.3, 5); -obs / |req|
    expect(r.requiredCagr?.toString()).toBe('-0.04067740418734687606786071640713346');
    expect(r.ratio?.toString()).toBe('1.229183646274877417366639123314416');
    expect(r.status).toBe('on_track');
    expect(assessOpenSdg([{ year: 2015, value: '1.6' }, { year: 2016, value: '1.2' }], {
      baseYear: 2015, targetYear: 2020, target: '1.3', direction: 'decrease',
    }).status).toBe('target_achieved');
  });

  it('target 0 becomes 0.001, also for the achieved check', () => {
    const decrease0 = { baseYear: 2015, targetYear: 2020, target: 0, direction: 'decrease' } as const;
    const r = assessOpenSdg([{ year: 2015, value: 1 }, { year: 2017, value: '0.5' }], decrease0);
    expect(r.target?.toString()).toBe('0.001');
    expect(r.explanation.notes).toContain('target 0 replaced by 0.001 (Open SDG rule)');
    // python: cagr(1, 0.5, 2), cagr(1, 0.001, 5), -obs / |req|
    expect(r.observedCagr?.toString()).toBe('-0.292893218813452475599155637895151');
    expect(r.requiredCagr?.toString()).toBe('-0.7488113568490419888914967932200673');
    expect(r.ratio?.toString()).toBe('0.3911441995830985053086576215506773');
    expect(r.status).toBe('limited_progress');
    const achieved = assessOpenSdg([{ year: 2015, value: 1 }, { year: 2017, value: '0.0009' }], decrease0);
    expect(achieved.status).toBe('target_achieved'); // 0.0009 ≤ 0.001
  });

  it('a target the base already met: R keeps the sign of the movement (sdg-build 2.x form)', () => {
    // increase, base 120, target 100 (below the base), current 90 after 2 years
    const r = assessOpenSdg([{ year: 2015, value: 120 }, { year: 2017, value: 90 }], {
      baseYear: 2015, targetYear: 2020, target: 100, direction: 'increase',
    });
    // python: cagr(120, 90, 2) / |cagr(120, 100, 5)|; the plain ratio would be +3.74 (on_track)
    expect(r.ratio?.toString()).toBe('-3.741523736409579933083354119385253');
    expect(r.status).toBe('deterioration');
    expect(r.explanation.notes).toEqual([
      'the target 100 is not beyond the base value 120 in the increase direction; R = d · observed ÷ |required| keeps the sign of the movement (sdg-build 2.x)',
    ]);
  });

  it('a target equal to the base value and not met: deterioration, R undefined', () => {
    const r = assessOpenSdg([{ year: 2015, value: 120 }, { year: 2017, value: 110 }], {
      ...towards240, target: 120,
    });
    expect(r.status).toBe('deterioration');
    expect(r.requiredCagr?.toString()).toBe('0');
    expect(r.ratio).toBeNull();
  });

  it('thresholds can be overridden one at a time', () => {
    const r = assessOpenSdg(baotou, { ...towards240, thresholds: { med: '0.7' } });
    expect(r.status).toBe('limited_progress'); // 0.6725 < 0.7
    expect(r.thresholds.high.toString()).toBe('0.95');
    expect(r.explanation.inputs.thresholdsSource).toBe('given');
    expect(() => assessOpenSdg(baotou, { ...towards240, thresholds: { med: 1 } })).toThrowPlanError(
      'INVALID_ARGUMENT',
      'thresholds: expected high ≥ med ≥ low, got high 0.95, med 1, low 0',
    );
    const key = planError(() => assessOpenSdg(baotou, { ...towards240, thresholds: { hi: 1 } as never }));
    expect(key.code).toBe('INVALID_ARGUMENT');
    expect(key.message).toContain("thresholds: unknown key 'hi'");
    expect(key.message).toContain("did you mean 'high'?");
    expect(key.message).toContain('allowed keys: high, med, low');
  });
});

describe('assessOpenSdg without a target', () => {
  const noTarget = { baseYear: 2015, targetYear: 2020, direction: 'increase' } as const;
  const grow = (current: string): OpenSdgStatus =>
    assessOpenSdg([{ year: 2015, value: 100 }, { year: 2016, value: current }], noTarget).status;

  it('the observed CAGR against 0.015 / 0.005 / 0', () => {
    const r = assessOpenSdg(baotou, noTarget);
    expect(r.status).toBe('on_track'); // 0.1 ≥ 0.015
    expect(r.target).toBeNull();
    expect(r.requiredCagr).toBeNull();
    expect(r.ratio).toBeNull();
    expect(r.progressValue?.toString()).toBe('0.1');
    expect(r.thresholds).toEqual({ high: dec('0.015'), med: dec('0.005'), low: dec(0) });
    expect(r.explanation.inputs.target).toBe('none');
    expect(grow('101.5')).toBe('on_track'); // 0.015
    expect(grow('101.49')).toBe('progress_needs_acceleration');
    expect(grow('100.5')).toBe('progress_needs_acceleration'); // 0.005
    expect(grow('100.49')).toBe('limited_progress');
    expect(grow('100')).toBe('limited_progress'); // 0
    expect(grow('99.99')).toBe('deterioration');
  });

  it('negated when lower is better', () => {
    const r = assessOpenSdg([{ year: 2015, value: 100 }, { year: 2016, value: 98 }], { ...noTarget, direction: 'decrease' });
    expect(r.observedCagr?.toString()).toBe('-0.02');
    expect(r.progressValue?.toString()).toBe('0.02');
    expect(r.status).toBe('on_track');
    expect(assessOpenSdg(baotou, { ...noTarget, direction: 'decrease' }).status).toBe('deterioration');
  });

  it('a null target is the no-target method', () => {
    expect(assessOpenSdg(baotou, { ...noTarget, target: null }).thresholds.high.toString()).toBe('0.015');
  });
});

describe('assessOpenSdg edge rules', () => {
  it('base year without data → the next year with data', () => {
    const r = assessOpenSdg([{ year: 2016, value: 132 }, { year: 2017, value: '145.2' }], towards240);
    expect(r.baseYear).toBe(2016);
    expect(r.observedCagr?.toString()).toBe('0.1'); // 145.2 ÷ 132 − 1
    expect(r.explanation.notes).toEqual(['base year 2015 has no data: used 2016, the next year with data']);
    // required CAGR now runs from 2016: (240 ÷ 132)^(1/4) − 1
    expect(r.explanation.working[2]).toMatch(/^required CAGR = \(240 ÷ 132\)\^\(1\/4\) − 1 = /);
  });

  it('null values are years without data', () => {
    const r = assessOpenSdg([{ year: 2015, value: null }, { year: 2016, value: 132 }, { year: 2017, value: '145.2' }], towards240);
    expect(r.baseYear).toBe(2016);
    expect(r.explanation.notes[0]).toBe('no data (null) for 2015: skipped');
  });

  it('the current year is the latest with data, also after the target year', () => {
    const r = assessOpenSdg([...baotou, { year: 2021, value: 250 }], towards240);
    expect(r.currentYear).toBe(2021);
    expect(r.status).toBe('target_achieved');
  });

  it('a period counts as its first year ("2015-16" → 2015)', () => {
    const r = assessOpenSdg(
      [{ period: { start: 2015, end: 2016 }, value: 120 }, { period: { start: 2017, end: 2017 }, value: '145.2' }],
      towards240,
    );
    expect(r.baseYear).toBe(2015);
    expect(r.currentYear).toBe(2017);
    expect(r.observedCagr?.toString()).toBe('0.1');
  });

  it('not_assessable: no data, base year after the data, one year only', () => {
    const none = assessOpenSdg([{ year: 2016, value: null }], towards240);
    expect(none.status).toBe('not_assessable');
    expect(none.reason).toBe('there is no data');
    expect(none.label).toEqual({ en: 'not assessable', zh: '无法评估' });
    const after = assessOpenSdg([{ year: 2013, value: 100 }, { year: 2014, value: 110 }], towards240);
    expect(after.reason).toBe('the base year 2015 is after the latest year with data 2014');
    expect(after.currentYear).toBe(2014);
    const one = assessOpenSdg([{ year: 2014, value: 100 }, { year: 2016, value: 110 }], towards240);
    expect(one.status).toBe('not_assessable');
    expect(one.reason).toBe('fewer than two years of data from the base year on (only 2016)');
    expect(one.explanation.summary).toBe(
      'Open SDG: not_assessable: fewer than two years of data from the base year on (only 2016)',
    );
  });

  it('not_assessable where no growth rate exists: base ≤ 0, negative current, negative target, base moved to the target year', () => {
    expect(assessOpenSdg([{ year: 2015, value: 0 }, { year: 2016, value: 5 }], towards240).reason).toBe(
      'the base value 0 is not greater than 0, so no growth rate can be computed',
    );
    expect(assessOpenSdg([{ year: 2015, value: -5 }, { year: 2016, value: -4 }], { ...towards240, target: null }).status).toBe(
      'not_assessable',
    );
    expect(
      assessOpenSdg([{ year: 2015, value: 5 }, { year: 2016, value: -1 }], { ...towards240, direction: 'decrease', target: -2 }).reason,
    ).toBe('the current value -1 is negative, so no growth rate can be computed');
    expect(
      assessOpenSdg([{ year: 2015, value: 5 }, { year: 2016, value: 4 }], { ...towards240, direction: 'decrease', target: -2 }).reason,
    ).toBe('the target -2 is negative, so no required growth rate can be computed');
    expect(assessOpenSdg([{ year: 2020, value: 100 }, { year: 2021, value: 110 }], towards240).reason).toBe(
      'the base year used (2020) is not before the target year 2020',
    );
  });

  it('sorts a copy and refuses duplicate years', () => {
    const shuffled = deepFreeze([baotou[2], baotou[0], baotou[1]]);
    expect(assessOpenSdg(shuffled as never, towards240).ratio?.toString()).toBe('0.6725023958872575626792428754273505');
    const e = planError(() => assessOpenSdg([...baotou, { year: 2016, value: 1 }], towards240));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toBe('observations[3].year: year 2016 appears more than once (also at observations[1])');
    expect(e.issues).toEqual([
      { path: ['observations', 3, 'year'], message: 'year 2016 appears more than once (also at observations[1])' },
    ]);
    expect(e.details).toEqual({ input: 'observations', count: 1 });
  });
});

describe('assessOpenSdg properties', () => {
  const rank: Record<OpenSdgStatus, number> = {
    not_assessable: -1,
    deterioration: 0,
    limited_progress: 1,
    progress_needs_acceleration: 2,
    on_track: 3,
    target_achieved: 4,
  };
  const money = fc.integer({ min: 1, max: 10_000_000 }).map((n) => dec(n).div(1000));

  it('a higher current value never worsens an increase status (with and without a target)', () => {
    fc.assert(
      fc.property(
        money,
        money,
        money,
        money,
        fc.integer({ min: 2016, max: 2019 }),
        fc.boolean(),
        (base, lowCurrent, bump, target, year, withTarget) => {
          const highCurrent = lowCurrent.plus(bump);
          const options = {
            baseYear: 2015,
            targetYear: 2020,
            direction: 'increase' as const,
            target: withTarget ? target : null,
          };
          const low = assessOpenSdg([{ year: 2015, value: base }, { year, value: lowCurrent }], options);
          const high = assessOpenSdg([{ year: 2015, value: base }, { year, value: highCurrent }], options);
          expect(rank[high.status]).toBeGreaterThanOrEqual(rank[low.status]);
        },
      ),
    );
  }, 60_000);

  it('a lower current value never worsens a decrease status', () => {
    fc.assert(
      fc.property(money, money, money, money, (base, current, cut, target) => {
        const lower = current.minus(cut);
        fc.pre(lower.gt(0));
        const options = { baseYear: 2015, targetYear: 2020, direction: 'decrease' as const, target };
        const a = assessOpenSdg([{ year: 2015, value: base }, { year: 2017, value: current }], options);
        const b = assessOpenSdg([{ year: 2015, value: base }, { year: 2017, value: lower }], options);
        expect(rank[b.status]).toBeGreaterThanOrEqual(rank[a.status]);
      }),
    );
  }, 60_000);
});
