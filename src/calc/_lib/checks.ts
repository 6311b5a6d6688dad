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
  if (rate.lt(-1)) throw domainError(name, messages.rateAtLeastMinusOne(name, rate.toString()), rate.toString());
}

/** A number of years: `years > 0`, else `DOMAIN` "must be greater than 0 {what}". */
export function requireYearsPositive(years: number, name: string, what: string): void {
  if (years <= 0) throw domainError(name, messages.mustBePositive(name, describeValue(years), what), years);
}

/** A number of years: `years ≥ 0`, else `DOMAIN` "must not be negative {what}". */
export function requireYearsNotNegative(years: number, name: string, what: string): void {
  if (years < 0) throw domainError(name, messages.mustNotBeNegative(name, describeValue(years), what), years);
}
