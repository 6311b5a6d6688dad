import type { Decimal, DecimalInput } from '../decimal.js';
import { multiply, result } from './_lib/exact.js';
import { alongConstantRate } from './_lib/power.js';

/**
 * A value grown at a constant annual rate: `compound = base · (1 + rate)^years`.
 *
 * With an integer number of years the power is exact (for any power of up to 10,000 digits)
 * and the product is rounded once, so the result is correctly rounded to 34 significant
 * digits; fractional years use exp/ln and are correct within one unit of the 34th digit.
 * `years = 0` gives `base`.
 *
 * @param base - The starting value (any sign).
 * @param rate - The annual growth rate, greater than −1.
 * @param years - The number of years, a finite number, 0 or more (fractions allowed).
 * @returns The value after `years`.
 * @throws {@link PlanError} `DOMAIN` when `rate` ≤ −1 or `years` < 0, or when the result is
 *   beyond the range of a Decimal; `INVALID_ARGUMENT` when `years` is not a finite number;
 *   `INVALID_DECIMAL` for `base` or `rate` that is not a decimal.
 *
 * @example
 * ```ts
 * // About 120 bn yuan in 2015 growing 8 % a year, in 2020:
 * compound('120', '0.08', 5).toString();  // → '176.319369216'
 * compound('100', '0.1', 0.5).toString(); // → '104.8808848170151546991453513679938'
 * compound('100', '-1', 5);               // throws PlanError DOMAIN
 * // → "rate: a growth rate must be greater than -1 for compounding, got -1"
 * ```
 *
 * @category Formulas
 */
export function compound(base: DecimalInput, rate: DecimalInput, years: number): Decimal {
  return alongConstantRate(base, 'base', rate, years, 'for compounding', (b, power) =>
    result(multiply(b, power), 'compound', true),
  );
}
