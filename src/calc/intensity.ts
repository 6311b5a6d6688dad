import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { requireNotZero } from './_lib/checks.js';
import { quotient } from './_lib/exact.js';

/**
 * An intensity, a quantity per unit of another: `intensity = numerator / denominator`
 * (energy use per 10⁴ yuan of value added), correctly rounded to 34 significant digits.
 *
 * @param numerator - The quantity (tce, for energy intensity).
 * @param denominator - The reference quantity (10⁴ yuan of value added), not 0.
 * @returns The quantity per unit of the denominator.
 * @throws {@link PlanError} `DOMAIN` when `denominator` is 0; `INVALID_DECIMAL` for an input
 *   that is not a decimal.
 *
 * @example
 * ```ts
 * intensity('3', '2').toString();  // → '1.5'
 * intensity('2', '3').toString();  // → '0.6666666666666666666666666666666667'
 * intensity('2', '0');             // throws PlanError DOMAIN
 * // → "denominator: must not be 0 for an intensity"
 * ```
 *
 * @category Formulas
 */
export function intensity(numerator: DecimalInput, denominator: DecimalInput): Decimal {
  const n = dec(numerator, 'numerator');
  const d = dec(denominator, 'denominator');
  requireNotZero(d, 'denominator', 'for an intensity');
  return quotient(n, d, 'intensity');
}
