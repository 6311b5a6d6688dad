/**
 * Series breaks. A point with OBS_STATUS `B` is the first value after a break (a statistical
 * revision): levels before and after it are not comparable, so no method chains a level
 * across it. Growth rates published like-for-like bridge it, and say so.
 *
 * The Baotou case: in January 2018 Baotou revised its main indicators down ("fake additions";
 * 2018 work report, 2018-01-13); GDP was 3,636.3 亿 in 2014 on the old basis (Baotou News
 * English) and 2,787.4 亿 in 2020 on the revised one (Baotou statistical communiqué,
 * 2021-04-06). Chained, the two give a fall of 4.3 % a year that no year's reported growth shows.
 */
import { describe, expect, it } from 'vitest';
import { assessProgress } from '../../src/progress/assess.js';
import { evaluateRateTarget } from '../../src/progress/rateTarget.js';
import type { SeriesPoint } from '../../src/progress/types.js';
import { PROGRESS_METHODS } from '../../src/vocabulary.js';
import { planError } from '../_lib/errors.js';

const common = { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' } as const;
/** 120 and 132 on the old basis; 70 and 77 after a revision that cut the level by about 47 %. */
const broken: readonly SeriesPoint[] = [
  { year: 2015, value: 120 },
  { year: 2016, value: 132 },
  { year: 2017, value: 70, status: 'B' },
  { year: 2018, value: 77 },
];
const BREAK = "a break in the series at 2017 (observations[2], status 'B')";
const REASON = `${BREAK}, between the base value (2015) and the current value (2018): levels across a break are not comparable; give baseYear 2017 to assess from the values after it`;

describe('assessProgress: no level across a break', () => {
  it('every method answers not_assessable, naming the break; the explanation and the caveats say so', () => {
    for (const method of PROGRESS_METHODS) {
      const r = assessProgress(broken, { method, ...common } as never);
      expect(r.status).toBe('not_assessable');
      expect(r.reason).toBe(REASON);
      expect([r.baseYear, r.currentYear]).toEqual([2015, 2018]);
      expect(r.explanation.summary.endsWith(`not_assessable: ${REASON}`)).toBe(true);
      expect(r.explanation.notes).toContain(`${BREAK}: levels before and after it are not comparable`);
      expect(r.caveats).toEqual([{ code: 'break', message: `${BREAK}: levels before and after it are not comparable` }]);
    }
  });

  it('assesses from a base year at or after the break', () => {
    // 70 → 77 is +10 %: above Open SDG's 1.5 % without a target
    const r = assessProgress(broken, { method: 'opensdg', baseYear: 2017, targetYear: 2020, direction: 'increase' });
    expect(r.status).toBe('on_track');
    expect(r.observedCagr?.toString()).toBe('0.1');
    expect(r.caveats).toEqual([]);
    // the base year without data moves to the first value after the break: no break crossed
    const moved = assessProgress(broken.slice(2), { method: 'opensdg', baseYear: 2015, targetYear: 2020, direction: 'increase' });
    expect(moved.baseYear).toBe(2017);
    expect(moved.status).toBe('on_track');
  });

  it('Baotou GDP, 2014 against 2020: −4.3 % a year chained silently, not assessable with the break marked', () => {
    const gdp: SeriesPoint[] = [
      { year: 2014, value: '3636.3', unit: '100m-yuan' },
      { year: 2020, value: '2787.4', unit: '100m-yuan' },
    ];
    const options = { method: 'opensdg', baseYear: 2014, targetYear: 2020, direction: 'increase' } as const;
    const chained = assessProgress(gdp, options);
    // (2787.4 ÷ 3636.3)^(1/6) − 1, Python decimal
    expect(chained.observedCagr?.toString()).toBe('-0.04334224082790336761308635144703526');
    expect(chained.status).toBe('deterioration');
    const marked = assessProgress([gdp[0] as SeriesPoint, { ...gdp[1], status: 'B' } as SeriesPoint], options);
    expect(marked.status).toBe('not_assessable');
    expect(marked.observedCagr).toBeNull();
    expect(marked.reason).toBe(
      "a break in the series at 2020 (observations[1], status 'B'), between the base value (2014) and the current value (2020): levels across a break are not comparable; too few values follow it to assess from",
    );
  });

  it('names every break crossed; a break on a year without data counts too', () => {
    const two = assessProgress(
      [{ year: 2015, value: 120 }, { year: 2016, value: 60, status: 'B' }, { year: 2017, value: 30, status: 'B' }, { year: 2018, value: 33 }],
      { method: 'unsd', ...common },
    );
    expect(two.reason).toMatch(/^breaks in the series at 2016 \(observations\[1\], status 'B'\) and 2017 \(observations\[2\], status 'B'\), between the base value/);
    expect(two.reason).toMatch(/give baseYear 2017 to assess from the values after it$/);
    const empty = assessProgress([{ year: 2015, value: 120 }, { year: 2016, value: null, status: 'B' }, { year: 2017, value: '145.2' }], {
      method: 'time-progress',
      ...common,
    });
    expect(empty.status).toBe('not_assessable');
    expect(empty.reason).toMatch(/^a break in the series at 2016 \(observations\[1\], status 'B'\)/);
  });

  it('unsd over growth rates published like-for-like bridges the break, with a note and a caveat', () => {
    // Baotou general public budget revenue: +6.1 % in 2017 like-for-like after removing the
    // fake additions (2018 work report), +6.2 % (2018), +6.4 % (2019)
    const revenue: SeriesPoint[] = [
      { year: 2017, value: '6.1', status: 'B' },
      { year: 2018, value: '6.2' },
      { year: 2019, value: '6.4' },
    ];
    const r = assessProgress(revenue, { method: 'unsd', baseYear: 2016, targetYear: 2020, target: 6, direction: 'increase', isGrowthRate: true });
    // ((1.061 × 1.062 × 1.064)^(1/3) − 1) × 100, Python decimal
    expect(r.averageRate?.toString()).toBe('6.233260141062754961524846255920164');
    expect(r.status).toBe('on_track'); // 6.2333 ÷ 6 ≥ 0.95
    const bridged = "a break in the series at 2017 (observations[0], status 'B'): growth rates published like-for-like bridge it, so they are used; levels across it would not compare";
    expect(r.explanation.notes).toContain(bridged);
    expect(r.caveats).toEqual([{ code: 'break', message: bridged }]);
    // the levels of the same revenue (234.3 in 2014, 271.2 in 2016, 137.6 in 2017) are not assessable
    const levels = assessProgress(
      [{ year: 2014, value: '234.3' }, { year: 2016, value: '271.2' }, { year: 2017, value: '137.6', status: 'B' }],
      { method: 'opensdg', baseYear: 2014, targetYear: 2020, direction: 'increase' },
    );
    expect(levels.status).toBe('not_assessable');
  });
});

describe('evaluateRateTarget: levels across a break throw SERIES_BREAK; rates bridge it', () => {
  const target = { comparator: 'atLeast', wording: 'above', value: 8, unit: 'percent-per-annum', period: { start: 2016, end: 2020 } } as const;

  it('throws SERIES_BREAK naming the break, for levels', () => {
    const e = planError(() =>
      evaluateRateTarget(target, [
        { year: 2015, value: 120 },
        { year: 2017, value: 70, status: 'B' },
        { year: 2020, value: 90 },
      ]),
    );
    expect(e.code).toBe('SERIES_BREAK');
    expect(e.message).toBe(
      "series: a break in the series at 2017 (series[1], status 'B'), between 2015 and 2020: levels across a break are not comparable, so no annual average can be computed from them; give growth rates published like-for-like (options.isGrowthRate) or a period that starts after the break",
    );
    expect(e.details).toEqual({ argument: 'series', breaks: [{ year: 2017, at: 'series[1]' }] });
    // through 2016 the break is not crossed: (132 ÷ 120) − 1 = 10 %
    const before = evaluateRateTarget(target, [{ year: 2015, value: 120 }, { year: 2016, value: 132 }, { year: 2017, value: 70, status: 'B' }], { through: 2016 });
    expect(before.value.toString()).toBe('10');
    // a break at the base year itself is not between the two levels
    const atBase = evaluateRateTarget(target, [{ year: 2015, value: 100, status: 'B' }, { year: 2020, value: '146.9328077' }]);
    expect(atBase.met).toBe(true);
  });

  it('bridges it with growth rates, with a note and a break caveat before the reading caveat', () => {
    const rates: SeriesPoint[] = [2016, 2017, 2018, 2019, 2020].map((year) => ({ year, value: 8, ...(year === 2017 ? { status: 'B' as const } : {}) }));
    const r = evaluateRateTarget(target, rates, { isGrowthRate: true });
    expect(r.value.toString()).toBe('8');
    expect(r.met).toBe(true);
    expect(r.caveats.map((c) => c.code)).toEqual(['break', 'reading']);
    expect(r.explanation.notes).toContain(
      "a break in the series at 2017 (series[1], status 'B'): growth rates published like-for-like bridge it, so they are used; levels across it would not compare",
    );
  });
});

describe('estimates among the values used are caveats', () => {
  it('an estimated base value (the 2016 work report\'s "预计" for 2015)', () => {
    const r = assessProgress([{ year: 2015, value: 120, status: 'E' }, { year: 2016, value: 132 }, { year: 2017, value: '145.2', status: 'P' }], {
      method: 'opensdg',
      ...common,
    });
    expect(r.status).toBe('progress_needs_acceleration');
    expect(r.caveats).toEqual([
      { code: 'estimate', message: "observations[0] (2015) is estimated (OBS_STATUS 'E')" },
      { code: 'estimate', message: "observations[2] (2017) is provisional (OBS_STATUS 'P')" },
    ]);
    // a value not used (2016) adds nothing; an unknown status is refused
    expect(assessProgress([{ year: 2015, value: 120 }, { year: 2016, value: 132, status: 'F' }, { year: 2017, value: '145.2' }], { method: 'unsd', ...common }).caveats).toEqual([]);
    expect(() => assessProgress([{ year: 2015, value: 120, status: 'X' as never }], { method: 'unsd', ...common })).toThrowPlanError(
      'VALIDATION',
      "observations[0].status: expected one of 'A', 'B', 'E', 'F', 'I', 'M', 'P', 'S', got 'X'",
    );
  });
});
