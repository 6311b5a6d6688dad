/**
 * `ln(1 + x)` and `eˣ − 1` with a relative accuracy that does not degrade near zero: a
 * growth rate of `1e-20` keeps all its digits.
 *
 * @internal
 * @module
 */
import { ONE, type Decimal, working } from '../../decimal.js';
import { add } from './exact.js';

/** Below `10^SERIES_BELOW` in magnitude, the Taylor series converges in a few terms. */
const SERIES_BELOW = -20;

/**
 * Σ sign(k) · xᵏ / c(k) for k ≥ 1, with a relative error of a few units in the last of
 * `precision` digits; |x| < 10⁻²⁰, so about `precision / 20` terms.
 */
function series(x: Decimal, precision: number, alternate: boolean, factorial: boolean): Decimal {
  const W = working(precision + 3);
  const xw = new W(x).toSignificantDigits(precision + 3);
  let sum = xw;
  let power = xw;
  let denominator = new W(1);
  for (let k = 2; ; k++) {
    power = power.times(xw);
    denominator = factorial ? denominator.times(k) : new W(k);
    const term = power.div(denominator);
    if (term.isZero() || term.e < sum.e - precision - 3) break;
    sum = alternate && k % 2 === 0 ? sum.minus(term) : sum.plus(term);
  }
  return sum;
}

/**
 * ln(1 + x) for x > −1, to `precision` significant digits (within a few units of the last),
 * as a Decimal of `working(precision)` or a wider context.
 */
export function log1p(x: Decimal, precision: number): Decimal {
  const W = working(precision);
  if (x.isZero()) return new W(0);
  if (x.e < SERIES_BELOW) return series(x, precision, true, false);
  // Next to −1 (x ≤ −1/2), 1 + x is exact, so the cancellation costs nothing (decimal.js's ln is
  // correctly rounded for an exact argument). Elsewhere 1 + x is rounded to 25 digits more than
  // the result: its relative error, below 10^−(precision + 24), is an absolute error of ln(1 + x)
  // far below a unit of its last digit (|x| ≥ 10⁻²⁰ here). An exact 1 + 10^20000 would take
  // 20,001 digits, and decimal.js's ln multiplies them out (seconds).
  const nearMinusOne = x.s < 0 && x.e === -1 && (x.d[0] as number) >= 5e6;
  return new W(nearMinusOne ? add(ONE, x) : working(precision + 25).add(ONE, x)).ln();
}

/**
 * eʷ − 1 to `precision` significant digits (within a few units of the last). The absolute
 * error of `w` itself is the caller's: it becomes a relative error of the result.
 */
export function expm1(w: Decimal, precision: number): Decimal {
  if (w.isZero()) return new (working(precision))(0);
  if (w.e < SERIES_BELOW) return series(w, precision, false, true);
  // eʷ to precision + (digits lost in the subtraction of 1).
  const W = working(precision + Math.max(0, -w.e));
  return new W(w).exp().minus(1);
}
