/**
 * The domain checks of the formulas: each throws a `DOMAIN` {@link PlanError} (built by
 * {@link domainError}) that names the argument and says what is allowed. Reading the
 * arguments themselves (a finite number, an array) is `read.ts`'s.
 *
 * @internal
 * @module
 */
import type { Decimal } from '../../decimal.js';
import { domainError } from '../../errors.js';
import { describeValue, messages } from '../../messages.js';

/** `x > 0`, else `DOMAIN` "must be greater than 0 {what}". */
export function requirePositive(x: Decimal, name: string, what: string): void {
  if (x.s !== 1 || x.isZero()) throw domainError(name, messages.mustBePositive(name, x.toString(), what), x.toString());
}

/** `x ≥ 0`, else `DOMAIN` "must not be negative {what}". */
export function requireNotNegative(x: Decimal, name: string, what: string): void {
  if (x.isNegative() && !x.isZero()) {
    throw domainError(name, messages.mustNotBeNegative(name, x.toString(), what), x.toString());
  }
}

/** `x ≠ 0`, else `DOMAIN` "must not be 0 {what}". */
export function requireNotZero(x: Decimal, name: string, what: string): void {
  if (x.isZero()) throw domainError(name, messages.mustNotBeZero(name, what), '0');
}

/** A rate whose `1 + rate` is a base or a divisor: `rate > −1`. */
export function requireRateAboveMinusOne(rate: Decimal, name: string, what: string): void {
  if (rate.lte(-1)) throw domainError(name, messages.rateAboveMinusOne(name, rate.toString(), what), rate.toString());
}

/** A rate in a product of growth factors: `rate ≥ −1` (a total loss is allowed). */
export function requireRateAtLeastMinusOne(rate: Decimal, name: string): void {
  // rate < −1, read from its fields (a list of 10⁵ rates is checked without 10⁵ comparisons'
  // copies): negative, and 10 or more in size, or from 1 to 10 and not exactly 1.
  if (rate.s < 0 && (rate.e > 0 || (rate.e === 0 && (rate.d.length > 1 || rate.d[0] !== 1)))) {
    throw domainError(name, messages.rateAtLeastMinusOne(name, rate.toString()), rate.toString());
  }
}

/**
 * The most years the formulas compound, discount or average over (`years` of `compound`,
 * `impliedBase`, `cagr` and `requiredGrowth`): 10,000. A power of a growth
 * factor over more years than that is beyond any use, and its digits and time are not worth
 * spending (`compound('1', '1e15', 2 ** 31)` would be a number of 32 billion digits).
 *
 * @example
 * ```ts
 * MAX_YEARS;                       // → 10000
 * compound('120', '0.08', 10_001); // throws PlanError DOMAIN
 * // → 'years: must be at most 10000 for compounding, got 10001'
 * ```
 *
 * @category Formulas
 */
export const MAX_YEARS = 10_000;

/** A number of years: `years ≤ MAX_YEARS`, else `DOMAIN` "must be at most 10000 {what}". */
export function requireYearsAtMost(years: number, name: string, what: string): void {
  if (years > MAX_YEARS) throw domainError(name, messages.yearsAtMost(name, describeValue(years), MAX_YEARS, what), years);
}

/** A number of years: `years > 0`, else `DOMAIN` "must be greater than 0 {what}". */
export function requireYearsPositive(years: number, name: string, what: string): void {
  if (years <= 0) throw domainError(name, messages.mustBePositive(name, describeValue(years), what), years);
}

/** A number of years: `years ≥ 0`, else `DOMAIN` "must not be negative {what}". */
export function requireYearsNotNegative(years: number, name: string, what: string): void {
  if (years < 0) throw domainError(name, messages.mustNotBeNegative(name, describeValue(years), what), years);
}
