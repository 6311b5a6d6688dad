/** The algebra of the formulas, with fast-check: inverses, monotonicity, bounds, purity. */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageGrowth, cagr, chainGrowth, compound, impliedBase, share, yearsToReach } from '../../src/calc/index.js';
import { planError } from '../_lib/errors.js';
import { dec } from '../../src/decimal.js';

/** A positive decimal string with up to 20 significant digits, from 1e-6 to 1e9. */
const positive = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 20n - 1n }), fc.integer({ min: -26, max: -11 }))
  .map(([digits, exponent]) => `${digits}e${exponent + 20}`);
const years = fc.integer({ min: 1, max: 30 });
const rate = fc.integer({ min: -9_000, max: 30_000 }).map((n) => `${n}e-4`); // −0.9 … 3

/** |a − b| ≤ b × 10^-30: agreement to 30 of the 34 digits after two roundings. */
function close(a: Decimal, b: Decimal): boolean {
  return a.minus(b).abs().lte(b.abs().times('1e-30'));
}

describe('inverses', () => {
  it('compound(b, cagr(b, x, n), n) ≈ x, within the condition number of the round trip', () => {
    // cagr is rounded to 34 digits; compounding multiplies its relative error by
    // n / (1 + rate), which is large when x is far below b (rate near −1).
    fc.assert(
      fc.property(positive, positive, years, (b, x, n) => {
        const r = cagr(b, x, n);
        const condition = dec(n).times(Decimal.max(1, dec(1).div(r.plus(1))));
        const error = compound(b, r, n).minus(x).abs();
        return error.lte(dec(x).times(condition).times('1e-32'));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
  it('impliedBase undoes compound', () => {
    fc.assert(
      fc.property(positive, rate, years, (b, r, n) => close(impliedBase(compound(b, r, n), r, n), dec(b))),
      { numRuns: 300 },
    );
  }, 60_000);
  it('chainGrowth of n equal rates equals compound(1, r, n) − 1', () => {
    fc.assert(
      fc.property(rate, years, (r, n) => {
        const chained = chainGrowth(Array.from({ length: n }, () => r));
        const compounded = compound(1, r, n).minus(1);
        return chained.minus(compounded).abs().lte(compounded.abs().plus(1).times('1e-32'));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
  it('yearsToReach undoes compound: n years at r from b reach compound(b, r, n)', () => {
    // the round trip loses to rounding about n / |ln(1 + r)| units of the 34th digit of the
    // logarithm; rates of at least 0.1 % in size keep that within 10^-26 of n.
    const away = rate.filter((r) => dec(r).abs().gte('0.001'));
    fc.assert(
      fc.property(positive, away, years, (b, r, n) => yearsToReach(b, compound(b, r, n), r).minus(n).abs().lte('1e-26')),
      { numRuns: 300 },
    );
  }, 60_000);
  it('yearsToReach: a rate of the other sign than target − current never reaches it (DOMAIN on rate)', () => {
    fc.assert(
      fc.property(positive, positive, rate, (c, t, r) => {
        const gap = dec(t).minus(c);
        fc.pre(!gap.isZero() && (dec(r).isZero() || dec(r).isNegative() !== gap.isNegative()));
        const error = planError(() => yearsToReach(c, t, r));
        return error.code === 'DOMAIN' && error.details.argument === 'rate';
      }),
      { numRuns: 300 },
    );
  }, 60_000);
  it('averageGrowth of n equal rates is the rate', () => {
    fc.assert(
      fc.property(rate, years, (r, n) => close(averageGrowth(Array.from({ length: n }, () => r)), dec(r)) || dec(r).isZero()),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('bounds and monotonicity', () => {
  it('shares of parts sum to 1 (within a unit of the 34th digit each)', () => {
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 8 }), (parts) => {
        const whole = parts.reduce((sum, p) => sum.plus(p), new (Decimal.clone({ precision: 1000 }))(0));
        const total = parts.reduce((sum, p) => sum.plus(share(p, whole.toFixed())), new (Decimal.clone({ precision: 100 }))(0));
        return total.minus(1).abs().lte(`${parts.length}e-33`);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
  it('cagr never falls as `to` rises', () => {
    fc.assert(
      fc.property(positive, positive, positive, years, (from, a, b, n) => {
        const [lo, hi] = dec(a).lte(b) ? [a, b] : [b, a];
        return cagr(from, lo, n).lte(cagr(from, hi, n));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
  it('cagr is above −1 for a positive `to` and never NaN', () => {
    fc.assert(
      fc.property(positive, positive, years, (from, to, n) => {
        const r = cagr(from, to, n);
        return !r.isNaN() && r.gt(-1);
      }),
    );
  }, 60_000);
});

describe('purity', () => {
  it('mutates no input: Decimals and arrays come back as they were', () => {
    const from = new Decimal('120');
    const to = new Decimal('240');
    const rates = [new Decimal('0.1'), '0.2', 0.3];
    const copy = [...rates];
    cagr(from, to, 5);
    chainGrowth(rates);
    averageGrowth(rates);
    expect(from.toString()).toBe('120');
    expect(to.toString()).toBe('240');
    expect(rates).toEqual(copy);
    expect(rates[0]!.toString()).toBe('0.1');
  });
  it("a caller's Decimal.set({ precision: 5 }) changes none of our results", () => {
    const before = [cagr('120', '240', 5), compound('120', '0.08', 5), share('1', '3')].map(String);
    const saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    try {
      Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
      const after = [cagr('120', '240', 5), compound('120', '0.08', 5), share('1', '3')].map(String);
      expect(after).toEqual(before);
      // Python: (Decimal(2) ** (Decimal(1) / 5) - 1), Decimal(120) * Decimal('1.08') ** 5, Decimal(1) / 3 at prec 34
      expect(after).toEqual(['0.1486983549970350067986269467779276', '176.319369216', '0.3333333333333333333333333333333333']);
    } finally {
      Decimal.set(saved);
    }
  });
});
