import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { requireNotZero } from './_lib/checks.js';
import { quotient } from './_lib/exact.js';

/**
 * The share of a part in a whole: `share = part / whole`, correctly rounded to 34
 * significant digits.
 *
 * @param part - The part (any sign).
 * @param whole - The whole, not 0.
 * @returns The share as a fraction (`0.25` is 25 %).
 * @throws {@link PlanError} `DOMAIN` when `whole` is 0; `INVALID_DECIMAL` for an input that
 *   is not a decimal.
 *
 * @example
 * ```ts
 * // Strategic emerging industries: 22.3 of every 100 yuan of above-scale value added.
 * share('22.3', '100').toString(); // → '0.223'
 * share('1', '3').toString();      // → '0.3333333333333333333333333333333333'
 * share('5', 0);                   // throws PlanError DOMAIN
 * // → "whole: must not be 0 for a share"
 * ```
 *
 * @category Formulas
 */
export function share(part: DecimalInput, whole: DecimalInput): Decimal {
  const p = dec(part, 'part');
  const w = dec(whole, 'whole');
  requireNotZero(w, 'whole', 'for a share');
  return quotient(p, w, 'share');
}
