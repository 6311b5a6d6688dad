/**
 * (1 + rate)^years for compounding and discounting.
 *
 * @internal
 * @module
 */
import { D, EXACT, type Decimal, PRECISION, working } from '../../decimal.js';
import { add, MAX_EXACT_DIGITS, WORKING_PRECISION } from './exact.js';
import { floatLn, LN_BEYOND_RANGE, toFloat } from './float.js';
import { intPower } from './intPower.js';
import { log1p } from './log.js';

const ONE = /* @__PURE__ */ new D(1);

/** Integer years up to this use repeated squaring; above it, exp/ln. */
const MAX_SQUARING_YEARS = 2 ** 31;

/**
 * (1 + rate)^years for rate > −1 and a finite years ≥ 0.
 *
 * Integer years: exact whenever the exact power has at most 10,000 digits (`exact: true`, so
 * one rounding of the caller's product or quotient is a correct rounding); otherwise by
 * repeated squaring with enough guard digits for every squaring. Other years:
 * exp(years · ln(1 + rate)) with a precision that grows with the magnitude of the exponent.
 */
export function onePlusPower(rate: Decimal, years: number): { value: Decimal; exact: boolean } {
  if (years === 0 || rate.isZero()) return { value: ONE, exact: true };
  const base = add(ONE, rate);
  if (Number.isInteger(years) && years <= MAX_SQUARING_YEARS) {
    if (base.sd() * years <= MAX_EXACT_DIGITS) return { value: intPower(new EXACT(base), years), exact: true };
    const W = working(PRECISION + 16 + 2 * String(years).length);
    return { value: intPower(new W(base).toSignificantDigits(W.precision), years), exact: false };
  }
  // exp(w), w = years · ln(1 + rate): eʷ's relative error is w's absolute error, so w needs
  // digits for its integer part too.
  const lnBase = rate.e < -1 || rate.s > 0 ? Math.log1p(toFloat(rate)) : floatLn(base);
  const wf = years * (Number.isFinite(lnBase) ? lnBase : floatLn(base));
  // Beyond the range of a Decimal: ∞ or 0, which the caller reports as out of range.
  if (!(Math.abs(wf) < LN_BEYOND_RANGE)) return { value: new D(wf > 0 ? Infinity : 0), exact: false };
  const precision = WORKING_PRECISION + (Math.abs(wf) > 1 ? Math.ceil(Math.log10(Math.abs(wf))) + 1 : 0);
  const W = working(precision);
  return { value: new W(log1p(rate, precision)).times(years).exp(), exact: false };
}
