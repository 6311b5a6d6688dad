import type { Decimal, DecimalInput } from '../decimal.js';
import { quotient } from './_lib/exact.js';
import { alongConstantRate } from './_lib/power.js';

/**
 * The starting value that grows to `target` at a constant annual rate (the inverse of
 * {@link compound}): `impliedBase = target / (1 + rate)^years`.
 *
 * With an integer number of years the power is exact (for any power of up to 10,000 digits)
 * and the quotient is rounded once, so the result is correctly rounded to 34 significant
 * digits; fractional years use exp/ln and are correct within one unit of the 34th digit.
 * `years = 0` gives `target`.
 *
 * @param target - The value after `years` (any sign).
 * @param rate - The annual growth rate, greater than −1.
 * @param years - The number of years, a finite number, 0 or more (fractions allowed).
 * @returns The starting value.
 * @throws {@link PlanError} `DOMAIN` when `rate` ≤ −1 or `years` < 0, or when the result is
 *   beyond the range of a Decimal; `INVALID_ARGUMENT` when `years` is not a finite number;
 *   `INVALID_DECIMAL` for `target` or `rate` that is not a decimal.
 *
 * @example
 * ```ts
 * // The 2015 level from which 8 % a year reaches 240 bn in 2020:
 * impliedBase('240', '0.08', 5).toString(); // → '163.3399672881007591728066813730133'
 * impliedBase('121', '0.1', 2).toString();  // → '100'
 * impliedBase('240', '0.08', -1);           // throws PlanError DOMAIN
 * // → "years: must not be negative for discounting, got -1"
 * ```
 *
 * @category Formulas
 */
export function impliedBase(target: DecimalInput, rate: DecimalInput, years: number): Decimal {
  return alongConstantRate(target, 'target', rate, years, 'for discounting', (t, power) =>
    quotient(t, power, 'impliedBase'),
  );
}
