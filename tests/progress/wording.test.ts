/**
 * Comparators with their wording, at their boundaries. By the Civil Code of the PRC, art.
 * 1259, 以上、以下、以内 include the figure and 超过、不满 do not; the report's English
 * "above" and "more than" render 以上. "About" (左右) is judged in the indicator's direction
 * by default. Every expected value is worked by hand in the test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { evaluateTarget } from '../../src/progress/evaluateTarget.js';
import { evaluateRateTarget } from '../../src/progress/rateTarget.js';
import { evaluateShareTarget } from '../../src/progress/shareTarget.js';
import { evaluateIntensityTarget } from '../../src/progress/intensityTarget.js';
import type { TargetSpec } from '../../src/progress/types.js';
import { WORDINGS, type Wording } from '../../src/vocabulary.js';
import { planError } from '../_lib/errors.js';

const ART_1259 = 'Civil Code of the PRC, art. 1259';

describe('以上 and its English renderings include the figure', () => {
  // 2016 (III.c): "more than 20 percent"; 2020 (II.a): "above 8 percent", "more than 100"
  it('atLeast 20 is met by exactly 20, whatever the wording', () => {
    for (const wording of ['以上', '不低于', '达到', 'above', 'more than', 'over', 'at least'] as const) {
      const r = evaluateTarget({ comparator: 'atLeast', wording, value: 20, unit: 'percent' }, 20);
      expect(r.met).toBe(true);
      expect(r.gap.toString()).toBe('0');
      expect(r.reading).toBeNull();
    }
    expect(evaluateTarget({ comparator: 'atLeast', wording: 'above', value: 20, unit: 'percent' }, '19.999').met).toBe(false);
  });

  it('an English wording carries a reading caveat citing the convention; a Chinese one a note only', () => {
    const english = evaluateTarget({ comparator: 'atLeast', wording: 'more than', value: 100, unit: 'count' }, 100);
    expect(english.caveats).toEqual([
      {
        code: 'reading',
        message: `'more than' renders 以上, which includes the figure (${ART_1259}): atLeast (≥); an English rendering, read as the Chinese word it stands for`,
      },
    ]);
    expect(Object.isFrozen(english.caveats)).toBe(true);
    expect(english.explanation.summary).toBe('100 ≥ 100 ("more than" as 以上): met (attainment 100 %, gap 0)');
    expect(english.explanation.inputs.wording).toBe('more than');
    expect(english.explanation.notes).toEqual([`wording 'more than' renders 以上, which includes the figure (${ART_1259}): atLeast (≥)`]);
    const chinese = evaluateTarget({ comparator: 'atLeast', wording: '以上', value: 20, unit: 'percent' }, 20);
    expect(chinese.caveats).toEqual([]);
    expect(chinese.explanation.notes).toEqual([`wording '以上' includes the figure (${ART_1259}): atLeast (≥)`]);
    expect(chinese.explanation.summary).toBe('20 % ≥ 20 % (以上): met (attainment 100 %, gap 0 %)');
    // words the article does not name are read by their plain meaning, without citing it
    expect(evaluateTarget({ comparator: 'atMost', wording: '不超过', value: '1.3', unit: 'tce-per-10k-yuan' }, '1.3').explanation.notes).toEqual([
      "wording '不超过' includes the figure: atMost (≤)",
    ]);
  });

  it('以下 and "down to" include the figure: atMost 1.3 is met by exactly 1.3', () => {
    for (const wording of ['以下', '以内', 'down to', 'within'] as const) {
      const r = evaluateIntensityTarget({ comparator: 'atMost', wording, value: '1.3', unit: 'tce-per-10k-yuan' }, 13, 10);
      expect(r.met).toBe(true);
    }
  });

  it('a rate of exactly 8 % a year meets "above 8 percent" (以上)', () => {
    const target = { comparator: 'atLeast', wording: 'above', value: 8, unit: 'percent-per-annum', period: { start: 2016, end: 2020 } } as const;
    // 100 × 1.08⁵ = 146.9328077, by hand
    expect(evaluateRateTarget(target, [{ year: 2015, value: 100 }, { year: 2020, value: '146.9328077' }]).met).toBe(true);
    const rates = [2016, 2017, 2018, 2019, 2020].map((year) => ({ year, value: 8 }));
    const r = evaluateRateTarget(target, rates, { isGrowthRate: true });
    expect(r.met).toBe(true);
    expect(r.caveats.map((c) => c.code)).toEqual(['reading']);
  });
});

describe('超过 and 不满 exclude the figure', () => {
  it("'above' (strict, for 超过) is not met by exactly 20", () => {
    for (const wording of ['超过', '高于', 'exceeding', undefined] as const) {
      const target: TargetSpec = wording === undefined ? { comparator: 'above', value: 20, unit: 'percent' } : { comparator: 'above', wording, value: 20, unit: 'percent' };
      expect(evaluateTarget(target, 20).met).toBe(false);
      expect(evaluateTarget(target, '20.001').met).toBe(true);
    }
    const r = evaluateTarget({ comparator: 'above', wording: '超过', value: 20, unit: 'percent' }, 20);
    expect(r.explanation.notes).toEqual([`wording '超过' excludes the figure (${ART_1259}): above (>)`]);
    expect(r.explanation.summary).toBe('20 % > 20 % (超过): not met (attainment 100 %, gap 0 %)');
    expect(evaluateTarget({ comparator: 'above', wording: 'exceeding', value: 20, unit: 'percent' }, 21).caveats[0]?.code).toBe('reading');
  });

  it("'below' (不满) is not met by exactly the figure", () => {
    expect(evaluateTarget({ comparator: 'below', wording: '不满', value: 5, unit: 'count' }, 5).met).toBe(false);
    expect(evaluateTarget({ comparator: 'below', wording: '不满', value: 5, unit: 'count' }, 4).met).toBe(true);
  });

  it('every wording means one comparator, and a target that says another is refused', () => {
    for (const [wording, reading] of Object.entries(WORDINGS) as [Wording, (typeof WORDINGS)[Wording]][]) {
      const target = { comparator: reading.comparator, wording, value: 20, unit: 'percent', tolerance: { absolute: 1 } } as const;
      if (reading.comparator !== 'approximately') {
        const { tolerance: _, ...plain } = target;
        expect(evaluateTarget(plain, 20).met).toBe(reading.comparator === 'atLeast' || reading.comparator === 'atMost');
      } else {
        expect(evaluateTarget(target, 20).met).toBe(true);
      }
    }
    const e = planError(() => evaluateTarget({ comparator: 'above', wording: 'above', value: 8, unit: 'percent' }, 9));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(e.message).toBe(
      "target.wording: wording 'above' (rendering 以上) means comparator 'atLeast', got comparator 'above'; by the Civil Code of the PRC, art. 1259, 以上、以下、以内 include the figure and 超过、不满、以外 do not",
    );
    expect(() => evaluateTarget({ comparator: 'atLeast', wording: '至少' as never, value: 8, unit: 'percent' }, 9)).toThrowPlanError(
      'INVALID_ARGUMENT',
      /^target\.wording: expected one of '以上', .*, got '至少'$/,
    );
  });
});

describe('左右 ("about") in the direction of the indicator', () => {
  // 2020 (II.a): strategic emerging industries "about 25 percent"; the data reads "about" as ± 1 point
  const rising = { comparator: 'approximately', wording: '左右', value: 25, unit: 'percent', tolerance: { absolute: 1 }, direction: 'increase' } as const;
  const falling = { ...rising, direction: 'decrease' } as const;

  it('rising: met at 25 − 1 = 24 and above; overshooting meets it', () => {
    const edge = evaluateTarget(rising, 24);
    expect(edge.met).toBe(true);
    expect(edge.reading).toBe('directional');
    expect(edge.gap.toString()).toBe('0'); // 24 − (25 − 1)
    expect(edge.attainment?.toString()).toBe('0.96'); // 24 ÷ 25
    expect(edge.allowed?.toString()).toBe('1');
    expect(edge.difference.toString()).toBe('-1');
    const below = evaluateTarget(rising, '23.99999999999999999999999999999999999999');
    expect(below.met).toBe(false);
    expect(below.gap.toString()).toBe('-1e-38');
    const over = evaluateTarget(rising, 27); // not met by the two-sided band before
    expect(over.met).toBe(true);
    expect(over.gap.toString()).toBe('3'); // 27 − 24
    expect(over.attainment?.toString()).toBe('1.08'); // 27 ÷ 25
    expect(over.explanation.summary).toBe('27 % ≥ 24 % (左右 25 % ± 1 %, read as an increase): met (attainment 108 %, gap 3 %)');
    expect(over.explanation.inputs).toEqual({
      comparator: 'approximately',
      wording: '左右',
      threshold: '25',
      unit: 'percent',
      value: '27',
      toleranceAbsolute: '1',
      direction: 'increase',
      reading: 'directional',
    });
    expect(over.explanation.values).toEqual({ met: 'true', difference: '2', gap: '3', attainment: '1.08', allowed: '1', limit: '24' });
    expect(over.explanation.notes).toEqual([
      "wording '左右' states a level to aim at: approximately (≈)",
      "'approximately' read in the direction of the indicator (increase): met at 24 % or more, since overshooting a level aimed at is no failure; options.approximately 'two-sided' asks for the band 24 % to 26 %",
    ]);
    expect(over.caveats).toEqual([]);
  });

  it('two-sided on request: the band 24 to 26', () => {
    const two = { approximately: 'two-sided' } as const;
    expect(evaluateTarget(rising, 26, two).met).toBe(true);
    const out = evaluateTarget(rising, '26.0001', two);
    expect(out.met).toBe(false);
    expect(out.reading).toBe('two-sided');
    expect(out.gap.toString()).toBe('-0.0001'); // 1 − 1.0001
    expect(evaluateTarget(rising, 27, two).met).toBe(false);
    expect(evaluateTarget(rising, 24, two).met).toBe(true);
    expect(evaluateTarget(rising, '23.9999', two).met).toBe(false);
    expect(out.explanation.notes).toContain("'approximately' read two-sided: met from 24 % to 26 % (options.approximately asks so)");
  });

  it('falling: mirrored, met at 25 + 1 = 26 and below', () => {
    expect(evaluateTarget(falling, 26).met).toBe(true);
    expect(evaluateTarget(falling, 26).gap.toString()).toBe('0');
    expect(evaluateTarget(falling, '26.0001').met).toBe(false);
    expect(evaluateTarget(falling, '26.0001').gap.toString()).toBe('-0.0001');
    const under = evaluateTarget(falling, 20);
    expect(under.met).toBe(true);
    expect(under.gap.toString()).toBe('6'); // 26 − 20
    expect(under.attainment?.toString()).toBe('1.25'); // 25 ÷ 20
    // 25 ÷ 25.5, Python decimal at 34 digits
    expect(evaluateTarget(falling, '25.5').attainment?.toString()).toBe('0.9803921568627450980392156862745098');
    expect(evaluateTarget(falling, 0).attainment).toBeNull();
    expect(evaluateTarget(falling, 0).explanation.notes).toContain('attainment is not defined: threshold ÷ value needs a value greater than 0, got 0');
    expect(evaluateTarget(falling, 20).explanation.summary).toBe('20 % ≤ 26 % (左右 25 % ± 1 %, read as a decrease): met (attainment 125 %, gap 6 %)');
    expect(evaluateTarget(falling, '23.9999', { approximately: 'two-sided' }).met).toBe(false);
  });

  it('two-sided without a direction, or for an indicator aimed at a value', () => {
    const { direction: _, ...none } = rising;
    for (const target of [none, { ...rising, direction: 'target' } as const]) {
      const r = evaluateTarget(target, 27);
      expect(r.met).toBe(false);
      expect(r.reading).toBe('two-sided');
      expect(r.gap.toString()).toBe('-1'); // 1 − |27 − 25|
    }
    expect(evaluateTarget({ ...rising, direction: 'target' }, 27).explanation.notes[1]).toBe(
      "'approximately' read two-sided: met from 24 % to 26 % (the indicator is aimed at a value, direction 'target')",
    );
    // a relative tolerance: 5 % of 25 = 1.25, so the floor is 23.75
    const relative = evaluateTarget({ ...rising, tolerance: { relative: '0.05' } }, '23.75');
    expect(relative.met).toBe(true);
    expect(relative.explanation.values.limit).toBe('23.75');
  });

  it('a tolerance from the options is a caveat; the target\'s own is not', () => {
    expect(evaluateTarget(rising, 25).caveats).toEqual([]);
    const r = evaluateTarget(rising, 25, { tolerance: { relative: '0.1' } });
    expect(r.caveats).toEqual([
      { code: 'tolerance', message: "the tolerance of 'approximately' (relative 0.1) is the caller's (options.tolerance), not the target's" },
    ]);
    expect(r.allowed?.toString()).toBe('2.5');
    const english = evaluateTarget({ ...rising, wording: 'about' }, 25, { tolerance: { absolute: 2 } });
    expect(english.caveats.map((c) => c.code)).toEqual(['reading', 'tolerance']);
  });

  it('share targets read "about" the same way: Jan–Sep 2019, 22.3 %, is below 24; 27 % meets it', () => {
    // 22.3 % of above-scale industrial value added (Baotou News English, 2019-11-11)
    expect(evaluateShareTarget(rising, '22.3', 100).met).toBe(false);
    expect(evaluateShareTarget(rising, '22.3', 100).gap.toString()).toBe('-1.7'); // 22.3 − 24
    expect(evaluateShareTarget(rising, 27, 100).met).toBe(true);
  });

  it('refuses an unknown direction or reading', () => {
    expect(() => evaluateTarget({ ...rising, direction: 'up' as never }, 25)).toThrowPlanError(
      'INVALID_ARGUMENT',
      "target.direction: expected one of 'increase', 'decrease', 'target', got 'up'",
    );
    expect(() => evaluateTarget(rising, 25, { approximately: 'band' as never })).toThrowPlanError(
      'INVALID_ARGUMENT',
      "options.approximately: expected one of 'directional', 'two-sided', got 'band'",
    );
  });
});

describe('approximately: properties of the two readings', () => {
  const decimal = fc
    .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }))
    .map(([n, scale]) => dec(n).div(10 ** scale).toString());
  const tolerance = fc.integer({ min: 0, max: 500 }).map((n) => dec(n).div(100).toString());
  const direction = fc.constantFrom('increase' as const, 'decrease' as const);

  it('directional: met ⇔ gap ≥ 0 ⇔ the value is at or beyond the near edge, worked by hand', () => {
    fc.assert(
      fc.property(decimal, decimal, tolerance, direction, (t, v, a, d) => {
        const r = evaluateTarget({ comparator: 'approximately', value: t, unit: 'percent', tolerance: { absolute: a }, direction: d }, v);
        const edge = d === 'increase' ? dec(t).minus(a) : dec(t).plus(a);
        const beyond = d === 'increase' ? dec(v).gte(edge) : dec(v).lte(edge);
        expect(r.reading).toBe('directional');
        expect(r.met).toBe(beyond);
        expect(r.met).toBe(!r.gap.isNegative() || r.gap.isZero());
      }),
    );
  }, 60_000);

  it('two-sided met implies directional met; they differ only beyond the far edge', () => {
    fc.assert(
      fc.property(decimal, decimal, tolerance, direction, (t, v, a, d) => {
        const target = { comparator: 'approximately', value: t, unit: 'percent', tolerance: { absolute: a }, direction: d } as const;
        const one = evaluateTarget(target, v);
        const two = evaluateTarget(target, v, { approximately: 'two-sided' });
        expect(two.reading).toBe('two-sided');
        if (two.met) expect(one.met).toBe(true);
        const farEdge = d === 'increase' ? dec(t).plus(a) : dec(t).minus(a);
        const pastFar = d === 'increase' ? dec(v).gt(farEdge) : dec(v).lt(farEdge);
        expect(one.met && !two.met).toBe(pastFar);
      }),
    );
  }, 60_000);
});
