import type { Decimal, DecimalInput } from '../decimal.js';
import { annualRate } from './_lib/annualRate.js';

const NAMES = { from: 'from', to: 'to', years: 'years', formula: 'cagr' } as const;

/**
 * The compound annual growth rate (年均增长, geometric): `cagr = (to / from)^(1 / years) − 1`,
 * correct to 34 significant digits (within one unit of the last), also near zero.
 *
 * With an integer number of years (up to 1,000) the root is found by Newton's method in
 * decimal from a float seed, about ten times faster than decimal.js's `pow`; fractional
 * years use exp/ln. `to = 0` gives −1 (a total loss).
 *
 * @param from - The value at the start, greater than 0.
 * @param to - The value after `years`, 0 or more.
 * @param years - The number of years, a finite number greater than 0 (fractions allowed).
 * @returns The annual rate as a fraction (`0.08` is 8 % a year).
 * @throws {@link PlanError} `DOMAIN` when `from` ≤ 0, `to` < 0 (a root of a negative ratio)
 *   or `years` ≤ 0; `INVALID_ARGUMENT` when `years` is not a finite number;
 *   `INVALID_DECIMAL` for `from` or `to` that is not a decimal.
 *
 * @example
 * ```ts
 * cagr('120', '240', 5).toString();        // → '0.1486983549970350067986269467779276'
 * cagr('100', '121', 2).toString();        // → '0.1'
 * cagr('1', '1.0000001', 1).toString();    // → '1e-7'
 * cagr(0, 240, 5);                          // throws PlanError DOMAIN
 * // → "from: must be greater than 0 for a growth rate, got 0"
 * ```
 *
 * @category Formulas
 */
export function cagr(from: DecimalInput, to: DecimalInput, years: number): Decimal {
  return annualRate(from, to, years, NAMES);
}
