/**
 * (1 + rate)^years for compounding and discounting, and the shared body of `compound` and
 * `impliedBase`.
 *
 * @internal
 * @module
 */
import { D, dec, EXACT, ONE, PRECISION, type Decimal, type DecimalInput, working, ZERO } from '../../decimal.js';
import { readFiniteNumber } from '../../read.js';
import { requireRateAboveMinusOne, requireYearsAtMost, requireYearsNotNegative } from './checks.js';
import { add, MAX_EXACT_DIGITS, WORKING_PRECISION } from './exact.js';
import { floatLn, LN_BEYOND_RANGE, toFloat } from './float.js';
import { intPower } from './intPower.js';
import { log1p } from './log.js';

/**
 * (1 + rate)^years for rate > −1 and years from 0 to MAX_YEARS.
 *
 * Integer years: exact whenever the exact power has at most 10,000 digits (so one rounding
 * of the caller's product or quotient is a correct rounding); otherwise by repeated squaring
 * with enough guard digits for every squaring. Other years: exp(years · ln(1 + rate)) with a
 * precision that grows with the magnitude of the exponent.
 */
function onePlusPower(rate: Decimal, years: number): Decimal {
  if (years === 0 || rate.isZero()) return ONE;
  const base = add(ONE, rate);
  if (Number.isInteger(years)) {
    if (base.sd() * years <= MAX_EXACT_DIGITS) return intPower(new EXACT(base), years);
    const W = working(PRECISION + 16 + 2 * String(years).length);
    return intPower(new W(base).toSignificantDigits(W.precision), years);
  }
  // exp(w), w = years · ln(1 + rate): eʷ's relative error is w's absolute error, so w needs
  // digits for its integer part too.
  const lnBase = rate.e < -1 || rate.s > 0 ? Math.log1p(toFloat(rate)) : floatLn(base);
  const wf = years * (Number.isFinite(lnBase) ? lnBase : floatLn(base));
  // Beyond the range of a Decimal: ∞ or 0, which the caller reports as out of range.
  if (!(Math.abs(wf) < LN_BEYOND_RANGE)) return new D(wf > 0 ? Infinity : 0);
  const precision = WORKING_PRECISION + (Math.abs(wf) > 1 ? Math.ceil(Math.log10(Math.abs(wf))) + 1 : 0);
  const W = working(precision);
  return new W(log1p(rate, precision)).times(years).exp();
}

/**
 * A value moved along a constant annual rate: reads `value` (named `name`, any sign), `rate`
 * (> −1) and `years` (a finite number ≥ 0), checks them (`what` completes the `DOMAIN`
 * messages: `'for compounding'`), and returns `apply(value, (1 + rate)^years)`, or 0 for a
 * value of 0.
 */
export function alongConstantRate(
  value: DecimalInput,
  name: string,
  rate: DecimalInput,
  years: number,
  what: string,
  apply: (value: Decimal, power: Decimal) => Decimal,
): Decimal {
  const v = dec(value, name);
  const r = dec(rate, 'rate');
  const n = readFiniteNumber(years, 'years');
  requireRateAboveMinusOne(r, 'rate', what);
  requireYearsNotNegative(n, 'years', what);
  requireYearsAtMost(n, 'years', what);
  return v.isZero() ? ZERO : apply(v, onePlusPower(r, n));
}
