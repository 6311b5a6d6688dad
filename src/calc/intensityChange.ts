import type { Decimal, DecimalInput } from '../decimal.js';
import { relativeGrowth } from './_lib/relativeGrowth.js';

const NAMES = { a: 'numeratorGrowth', b: 'denominatorGrowth', what: 'for an intensity change', formula: 'intensityChange' } as const;

/**
 * The rate of change of an intensity from the growth of its numerator and of its
 * denominator: `intensityChange = (1 + a) / (1 + b) − 1`, computed as `(a − b) / (1 + b)`
 * with exact differences and one rounding (correctly rounded to 34 significant digits).
 *
 * @param numeratorGrowth - Growth `a` of the numerator (energy use), as a fraction.
 * @param denominatorGrowth - Growth `b` of the denominator (value added), greater than −1.
 * @returns The change of the intensity as a fraction (negative when it falls).
 * @throws {@link PlanError} `DOMAIN` when `denominatorGrowth` ≤ −1; `INVALID_DECIMAL` for an
 *   input that is not a decimal.
 *
 * @example
 * ```ts
 * // Energy use +2 %, value added +8 %: energy intensity falls by 5.555… %.
 * intensityChange('0.02', '0.08').toString(); // → '-0.05555555555555555555555555555555556'
 * intensityChange('0.1', '0.1').toString();   // → '0'
 * intensityChange('0.02', '-1');              // throws PlanError DOMAIN
 * // → "denominatorGrowth: a growth rate must be greater than -1 for an intensity change, got -1"
 * ```
 *
 * @category Formulas
 */
export function intensityChange(numeratorGrowth: DecimalInput, denominatorGrowth: DecimalInput): Decimal {
  return relativeGrowth(numeratorGrowth, denominatorGrowth, NAMES);
}
