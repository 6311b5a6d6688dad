import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/decimal.js';
import { evaluateTarget } from '../../src/progress/evaluateTarget.js';
import type { TargetSpec } from '../../src/progress/types.js';
import { quantity } from '../../src/units/index.js';
import { planError } from '../_lib/errors.js';
import { deepFreeze } from '../_lib/freeze.js';

// The report (II.a): "an industrial added value of 240-billion yuan".
const level: TargetSpec = { comparator: 'atLeast', value: '240', unit: 'bn-yuan' };
// The report (II.b): energy per 10,000 yuan of industrial added value "down to 1.3" tce.
const intensityTarget: TargetSpec = { comparator: 'atMost', value: '1.3', unit: 'tce-per-10k-yuan' };

describe('evaluateTarget: comparators', () => {
  // ≈120 bn yuan in 2015 (Baotou government work report 2016, 杜学军, 2016-01-12) growing 8 % a year gives ≈176 bn in 2020.
  it('atLeast: 176 against 240 bn yuan', () => {
    const r = evaluateTarget(level, 176);
    expect(r.met).toBe(false);
    expect(r.difference.toString()).toBe('-64'); // 176 − 240
    expect(r.gap.toString()).toBe('-64'); // value − threshold
    // 176 ÷ 240 = 0.7333… (python: Decimal(176) / Decimal(240) at prec 34)
    expect(r.attainment?.toString()).toBe('0.7333333333333333333333333333333333');
    expect(r.allowed).toBeNull();
    expect(r.explanation.summary).toBe(
      '176 billion yuan ≥ 240 billion yuan: not met (attainment 73.33 %, gap -64 billion yuan)',
    );
  });

  it('atLeast is met at equality; above is not', () => {
    expect(evaluateTarget(level, 240).met).toBe(true);
    expect(evaluateTarget(level, 240).attainment?.toString()).toBe('1');
    expect(evaluateTarget({ ...level, comparator: 'above' }, 240).met).toBe(false);
    expect(evaluateTarget({ ...level, comparator: 'above' }, '240.01').met).toBe(true);
    expect(evaluateTarget({ ...level, comparator: 'above' }, '240.01').gap.toString()).toBe('0.01');
  });

  it('atMost: 1.25 tce per 10⁴ yuan against 1.3 → met, gap = 1.3 − 1.25, attainment = 1.3 ÷ 1.25', () => {
    const r = evaluateTarget(intensityTarget, '1.25');
    expect(r.met).toBe(true);
    expect(r.difference.toString()).toBe('-0.05');
    expect(r.gap.toString()).toBe('0.05');
    expect(r.attainment?.toString()).toBe('1.04');
    expect(r.explanation.summary).toBe(
      '1.25 tce per 10,000 yuan ≤ 1.3 tce per 10,000 yuan: met (attainment 104 %, gap 0.05 tce per 10,000 yuan)',
    );
  });

  it('atMost is met at equality; below is not', () => {
    expect(evaluateTarget(intensityTarget, '1.3').met).toBe(true);
    expect(evaluateTarget({ ...intensityTarget, comparator: 'below' }, '1.3').met).toBe(false);
    const r = evaluateTarget({ ...intensityTarget, comparator: 'below' }, '1.4');
    expect(r.met).toBe(false);
    expect(r.gap.toString()).toBe('-0.1'); // 1.3 − 1.4
  });

  it('compares exactly beyond 34 digits', () => {
    const justAbove = '240.0000000000000000000000000000000000001'; // 40 significant digits
    expect(evaluateTarget({ ...level, comparator: 'above' }, justAbove).met).toBe(true);
    expect(evaluateTarget({ ...level, comparator: 'atMost' }, justAbove).met).toBe(false);
    expect(evaluateTarget(level, justAbove).difference.toString()).toBe('1e-37');
  });
});

describe('evaluateTarget: approximately', () => {
  // The report (II.a): strategic emerging industries "about 25-percent".
  const about25: TargetSpec = { comparator: 'approximately', value: 25, unit: 'percent', tolerance: { relative: '0.05' } };

  it('relative tolerance: allowed = 0.05 × 25 = 1.25; the band edges are inside', () => {
    const edge = evaluateTarget(about25, '26.25');
    expect(edge.met).toBe(true);
    expect(edge.allowed?.toString()).toBe('1.25');
    expect(edge.gap.toString()).toBe('0'); // 1.25 − |26.25 − 25|
    expect(edge.attainment?.toString()).toBe('0.95'); // 1 − 1.25 ÷ 25
    expect(evaluateTarget(about25, '23.75').met).toBe(true);
    const out = evaluateTarget(about25, '26.26');
    expect(out.met).toBe(false);
    expect(out.gap.toString()).toBe('-0.01');
  });

  it('24.5 against about 25: attainment (25 − 0.5) ÷ 25 = 0.98, summary', () => {
    const r = evaluateTarget(about25, '24.5');
    expect(r.attainment?.toString()).toBe('0.98');
    expect(r.difference.toString()).toBe('-0.5');
    expect(r.gap.toString()).toBe('0.75'); // 1.25 − 0.5
    expect(r.explanation.summary).toBe('24.5 % ≈ 25 % ± 1.25 %: met (attainment 98 %)');
    expect(r.explanation.inputs).toEqual({
      comparator: 'approximately',
      threshold: '25',
      unit: 'percent',
      value: '24.5',
      toleranceRelative: '0.05',
      reading: 'two-sided',
    });
  });

  it('absolute tolerance, and options.tolerance overrides the target', () => {
    const absolute: TargetSpec = { comparator: 'approximately', value: 25, unit: 'percent', tolerance: { absolute: 2 } };
    expect(evaluateTarget(absolute, 27).met).toBe(true);
    expect(evaluateTarget(absolute, '27.001').met).toBe(false);
    const r = evaluateTarget(absolute, 27, { tolerance: { absolute: 1 } });
    expect(r.met).toBe(false);
    expect(r.allowed?.toString()).toBe('1');
    expect(r.explanation.notes).toContain('tolerance taken from options, not from the target');
  });

  it('needs a tolerance', () => {
    expect(() => evaluateTarget({ comparator: 'approximately', value: 25, unit: 'percent' }, 25)).toThrowPlanError(
      'INVALID_ARGUMENT',
      "target.tolerance: an 'approximately' target needs a tolerance { relative } or { absolute } (on the target or in options.tolerance), got undefined",
    );
    expect(() => evaluateTarget(about25, 25, { tolerance: { relative: 1, absolute: 1 } as never })).toThrowPlanError(
      'INVALID_ARGUMENT',
      'options.tolerance: expected { relative } or { absolute } with one decimal that is not negative, got an object',
    );
    expect(() => evaluateTarget(about25, 25, { tolerance: { absolute: -1 } })).toThrowPlanError(
      'INVALID_ARGUMENT',
      'options.tolerance.absolute: must not be negative for a tolerance, got -1',
    );
  });

  it('a threshold of 0 has no attainment, but met and gap are still exact', () => {
    const r = evaluateTarget({ comparator: 'approximately', value: 0, unit: 'percentage-points', tolerance: { absolute: '0.5' } }, '-0.2');
    expect(r.met).toBe(true);
    expect(r.gap.toString()).toBe('0.3');
    expect(r.attainment).toBeNull();
    expect(r.explanation.notes).toContain('attainment is not defined: the threshold is 0');
  });
});

describe('evaluateTarget: attainment where the ratio means nothing', () => {
  it('is null, never NaN, for a threshold ≤ 0', () => {
    const zero = evaluateTarget({ comparator: 'atLeast', value: 0, unit: 'percent' }, 5);
    expect(zero.met).toBe(true);
    expect(zero.attainment).toBeNull();
    expect(zero.explanation.notes).toEqual(['attainment is not defined: the threshold 0 is not greater than 0']);
    expect(evaluateTarget({ comparator: 'atMost', value: -3, unit: 'percent' }, -4).attainment).toBeNull();
  });
  it('is null for atMost/below with a value ≤ 0', () => {
    const r = evaluateTarget(intensityTarget, 0);
    expect(r.met).toBe(true);
    expect(r.attainment).toBeNull();
    expect(r.explanation.notes).toEqual([
      'attainment is not defined: threshold ÷ value needs a value greater than 0, got 0',
    ]);
  });
});

describe('evaluateTarget: units', () => {
  it('converts a quantity of the same measure exactly', () => {
    const r = evaluateTarget(level, quantity(2400, '100m-yuan'));
    expect(r.value.toString()).toBe('240');
    expect(r.met).toBe(true);
    expect(r.explanation.notes).toEqual(["value converted exactly from 2400 '100m-yuan' to 240 'bn-yuan'"]);
    expect(evaluateTarget(level, { value: '23999999.999', unit: '10k-yuan' }).value.toString()).toBe('239.99999999') // 10⁴ ÷ 10⁹ = 10⁻⁵;
    expect(evaluateTarget(level, { value: 240, unit: 'bn-yuan' }).explanation.notes).toEqual([]);
  });

  it('refuses another measure with UNIT_MISMATCH, percent against percent a year included', () => {
    const e = planError(() => evaluateTarget(level, quantity(240, 'tce')));
    expect(e.code).toBe('UNIT_MISMATCH');
    expect(e.message).toBe(
      "value: 'tce' (measure 'tce') does not fit the target in 'bn-yuan' (measure 'yuan'); only units of one measure convert",
    );
    expect(e.details).toEqual({ argument: 'value', received: 'tce', expected: 'yuan' });
    const rate = { comparator: 'above', value: 8, unit: 'percent-per-annum' } as const;
    expect(planError(() => evaluateTarget(rate, quantity(8, 'percent'))).code).toBe('UNIT_MISMATCH');
  });

  it('refuses unknown units, comparators and bad numbers with the input named', () => {
    const unit = planError(() => evaluateTarget({ ...level, unit: 'bn-yaun' as never }, 1));
    expect(unit.code).toBe('UNKNOWN_UNIT');
    expect(unit.message.startsWith("target.unit: expected a unit id (one of 'yuan'")).toBe(true);
    const unnamed = planError(() => evaluateTarget({ ...level, unit: { measure: 'yuan', multiplier: 6 } as never }, 1));
    expect(unnamed.code).toBe('UNKNOWN_UNIT'); // a target's unit must be a named unit id
    expect(evaluateTarget({ ...level, unit: { measure: 'yuan', multiplier: 9 } as never }, 240).unit).toBe('bn-yuan');
    const comparator = planError(() => evaluateTarget({ ...level, comparator: 'atleast' as never }, 1));
    expect(comparator.code).toBe('INVALID_ARGUMENT');
    expect(comparator.message).toBe(
      "target.comparator: expected one of 'atLeast', 'above', 'atMost', 'below', 'approximately', got 'atleast'",
    );
    const value = planError(() => evaluateTarget(level, '1,000'));
    expect(value.code).toBe('INVALID_DECIMAL');
    expect(value.message).toBe(
      "value: expected a decimal string like '240', '-0.08' or '1.3e2', a finite number, a bigint, or a Decimal, got '1,000'",
    );
    expect(planError(() => evaluateTarget({ ...level, value: Number.NaN }, 1)).message.startsWith('target.value:')).toBe(true);
    expect(planError(() => evaluateTarget(null as never, 1)).message).toBe(
      'target: expected a target { comparator, value, unit }, got null',
    );
    expect(planError(() => evaluateTarget(level, 1, 'x' as never)).message).toBe(
      "options: expected an options object or undefined, got 'x'",
    );
  });
});

describe('evaluateTarget: purity and results', () => {
  it('does not change its input and returns frozen results with plain strings', () => {
    const target = deepFreeze({ comparator: 'approximately', value: '25', unit: 'percent', tolerance: { relative: '0.05' } } as const);
    const value = deepFreeze({ value: '2.4e1', unit: 'percent' } as const);
    const r = evaluateTarget(target, value);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.explanation.values)).toBe(true);
    expect(r.explanation.inputs.value).toBe('24');
    expect(target.value).toBe('25');
  });

  it('serialises decimals in plain notation', () => {
    const r = evaluateTarget({ comparator: 'atLeast', value: '2.4e11', unit: 'yuan' }, '1e-9');
    expect(r.explanation.inputs.threshold).toBe('240000000000');
    expect(r.explanation.inputs.value).toBe('0.000000001');
  });
});

describe('evaluateTarget: properties', () => {
  const decimal = fc
    .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }))
    .map(([n, scale]) => dec(n).div(10 ** scale).toString());
  const comparator = fc.constantFrom('atLeast', 'above', 'atMost', 'below' as const);

  it('met follows the comparator exactly', () => {
    fc.assert(
      fc.property(comparator, decimal, decimal, (c, t, v) => {
        const r = evaluateTarget({ comparator: c, value: t, unit: 'percent' }, v);
        const cmp = dec(v).cmp(dec(t));
        const expected = { atLeast: cmp >= 0, above: cmp > 0, atMost: cmp <= 0, below: cmp < 0 }[c];
        expect(r.met).toBe(expected);
        // atLeast/atMost: met ⇔ gap ≥ 0; above/below: met ⇔ gap > 0
        const gapOk = c === 'atLeast' || c === 'atMost' ? !r.gap.isNegative() || r.gap.isZero() : r.gap.gt(0);
        expect(gapOk).toBe(r.met);
      }),
    );
  }, 60_000);

  it('atLeast with a positive threshold: attainment ≥ 1 ⇔ met', () => {
    const positive = decimal.filter((x) => dec(x).gt(0));
    fc.assert(
      fc.property(positive, decimal, (t, v) => {
        const r = evaluateTarget({ comparator: 'atLeast', value: t, unit: 'bn-yuan' }, v);
        expect(r.attainment?.gte(1)).toBe(r.met);
      }),
    );
  }, 60_000);

  it('approximately: met ⇔ gap ≥ 0, and a value inside the band for a wider tolerance stays inside', () => {
    const tol = fc.integer({ min: 0, max: 100 }).map((n) => dec(n).div(100).toString());
    fc.assert(
      fc.property(decimal, decimal, tol, (t, v, r) => {
        const narrow = evaluateTarget({ comparator: 'approximately', value: t, unit: 'percent', tolerance: { relative: r } }, v);
        expect(narrow.met).toBe(!narrow.gap.isNegative() || narrow.gap.isZero());
        const wide = evaluateTarget({ comparator: 'approximately', value: t, unit: 'percent', tolerance: { relative: dec(r).plus(1).toString() } }, v);
        if (narrow.met) expect(wide.met).toBe(true);
      }),
    );
  }, 60_000);
});
