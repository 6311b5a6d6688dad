/**
 * Verdicts at the bounds of the library's decimals (exponents ±10,000): every quotient,
 * difference and product a verdict computes is checked, so a value that would overflow to ∞ or
 * underflow to 0 is a `DOMAIN` error naming what it is, never a verdict on ∞ or a silent 0; and
 * values within the bounds still get their verdict. (The same in child processes with memory
 * and time limits: tests/hostile/bounds.test.ts.)
 *
 * Oracles: hand calculations, written beside each value.
 */
import { describe, expect, it } from 'vitest';
import { assessProgress, evaluateRateTarget, evaluateShareTarget, evaluateTarget } from '../../src/progress/index.js';
import { planError } from '../_lib/errors.js';

const OUT = "the result is outside the range of the library's decimals (exponents from -10000 to 10000)";
const BN = (value: string) => ({ comparator: 'atLeast', value, unit: 'bn-yuan' }) as const;

describe('evaluateTarget at the bounds', () => {
  it('a difference, gap or attainment beyond the bounds is DOMAIN naming it', () => {
    // 9e10000 − (−9e10000) = 1.8e10001
    expect(planError(() => evaluateTarget(BN('-9e10000'), '9e10000')).message).toBe(`the difference value − threshold: ${OUT}`);
    // 1e-10000 − 1.0000000001e-10000 = −1e-10010: an underflow, not a difference of 0
    expect(planError(() => evaluateTarget(BN('1.0000000001e-10000'), '1e-10000')).message).toBe(`the difference value − threshold: ${OUT}`);
    // 9e10000 ÷ 1e-10000 = 9e20000
    expect(planError(() => evaluateTarget(BN('1e-10000'), '9e10000')).message).toBe(`attainment (value ÷ threshold): ${OUT}`);
    // ceilings divide the other way: 9e10000 ÷ 1e-10000
    expect(planError(() => evaluateTarget({ ...BN('9e10000'), comparator: 'atMost' }, '1e-10000')).message).toBe(
      `attainment (threshold ÷ value): ${OUT}`,
    );
  });

  it('values at the edge keep their verdict', () => {
    const r = evaluateTarget(BN('1e-5000'), '1e5000');
    expect(r.met).toBe(true);
    expect(r.difference.toString()).toBe('1e+5000'); // 10^5000 − 10^-5000, rounded to 34 digits
    // 10^5000 ÷ 10^-5000 = 10^10000: the largest power of ten within the bounds
    expect(r.attainment?.toString()).toBe('1e+10000');
    expect(evaluateTarget(BN('1e10000'), '1e9999').gap.toString()).toBe('-9e+9999'); // 10^9999 − 10^10000
  });

  it("an 'approximately' target: the tolerance allowed and the band's edge are checked", () => {
    const about = (tolerance: string) =>
      ({ comparator: 'approximately', value: '9e10000', unit: 'bn-yuan', tolerance: { relative: tolerance }, direction: 'increase' }) as const;
    expect(planError(() => evaluateTarget(about('2'), '9e10000')).message).toBe(`the tolerance allowed (tolerance × |threshold|): ${OUT}`);
    // allowed 4.5e10000; edge 9e10000 − 4.5e10000 = 4.5e10000; met
    const r = evaluateTarget(about('0.5'), '9e10000');
    expect(r.met).toBe(true);
    expect(r.allowed?.toString()).toBe('4.5e+10000');
    // The two-sided band 4.5e10000 to 1.35e10001 is written out although its top is beyond the bounds.
    const twoSided = evaluateTarget(about('0.5'), '9e10000', { approximately: 'two-sided' });
    expect(twoSided.explanation.notes.join(' ')).toContain(`to 1${'3'}5${'0'.repeat(9999)} billion yuan`);
    expect(JSON.stringify(twoSided.explanation)).not.toContain('Infinity');
  });
});

describe('derived evaluations at the bounds', () => {
  it('a share in percent beyond the bounds is DOMAIN; a rate average beyond them too', () => {
    const share = { comparator: 'atLeast', value: '20', unit: 'percent' } as const;
    // 9e10000 ÷ 1 × 100
    expect(planError(() => evaluateShareTarget(share, '9e10000', '1')).message).toBe(`the share in percent: ${OUT}`);
    const rate = { comparator: 'atLeast', value: '8', unit: 'percent-per-annum', period: { start: 2016, end: 2020 } } as const;
    // (9e10000 ÷ 1)^(1/5) − 1 ≈ 6.3e2000, × 100 within the bounds; from 1e-10000 to 9e10000 in 5 years: 10^4000 · 9^(1/5), too.
    expect(evaluateRateTarget(rate, [{ year: 2015, value: '1e-10000' }, { year: 2020, value: '9e10000' }]).met).toBe(true);
    // over one year (through 2016), 9e20000 − 1: beyond
    expect(
      planError(() => evaluateRateTarget(rate, [{ year: 2015, value: '1e-10000' }, { year: 2016, value: '9e10000' }], { through: 2016 })).message,
    ).toBe(`the annual average of series from 2015 to 2016: ${OUT}`);
  });

  it('a point beyond the bounds is refused naming it and the bounds', () => {
    const error = planError(() => assessProgress([{ year: 2015, value: '1e10001' }, { year: 2016, value: 1 }], { method: 'opensdg', baseYear: 2015, targetYear: 2020, direction: 'increase' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues[0]).toEqual({
      path: ['observations', 0, 'value'],
      message: "expected a decimal of at most 1000 significant digits with an exponent from -10000 to 10000, got '1e10001'",
    });
  });

  it('Open SDG and time progress name the ratio beyond the bounds', () => {
    const series = [{ year: 2015, value: '1' }, { year: 2016, value: '1.0000000000000000000000000000000001' }];
    // observed CAGR 1e-34, required (1e10000 ÷ 1)^(1/5) − 1 = 1e2000 − 1: R = 1e-2034, within the bounds
    const r = assessProgress(series, { method: 'opensdg', baseYear: 2015, targetYear: 2020, target: '1e10000', direction: 'increase' });
    expect(r.ratio?.toString()).toBe('1e-2034');
    // task progress (1e-10000 − 0) ÷ (9e10000 − 0) ≈ 1.1e-20001: below the bounds
    const time = () =>
      assessProgress([{ year: 2015, value: '0' }, { year: 2016, value: '1e-10000' }], { method: 'time-progress', baseYear: 2015, targetYear: 2020, target: '9e10000', direction: 'increase' });
    expect(planError(time).message).toBe(`the task progress from 2015 (observations[0]) to 2016 (observations[1]): ${OUT}`);
  });
});
