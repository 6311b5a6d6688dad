import type { Decimal, DecimalInput } from '../decimal.js';
import { relativeGrowth } from './_lib/relativeGrowth.js';

const NAMES = { a: 'nominalGrowth', b: 'inflation', what: 'for a real growth rate', formula: 'realGrowth' } as const;

/**
 * Growth at constant prices from growth at current prices and inflation (the Fisher
 * relation): `realGrowth = (1 + g) / (1 + π) − 1`, computed as `(g − π) / (1 + π)` with
 * exact differences and one rounding (correctly rounded to 34 significant digits).
 *
 * @param nominalGrowth - Growth `g` at current prices, as a fraction.
 * @param inflation - Price growth `π` (the deflator's rate), greater than −1.
 * @returns Real growth as a fraction.
 * @throws {@link PlanError} `DOMAIN` when `inflation` ≤ −1; `INVALID_DECIMAL` for an input
 *   that is not a decimal.
 *
 * @example
 * ```ts
 * realGrowth('0.1', '0.02').toString(); // → '0.07843137254901960784313725490196078'
 * realGrowth('0.05', '0.05').toString(); // → '0'
 * realGrowth('0.1', '-1');               // throws PlanError DOMAIN
 * // → "inflation: a growth rate must be greater than -1 for a real growth rate, got -1"
 * ```
 *
 * @category Formulas
 */
export function realGrowth(nominalGrowth: DecimalInput, inflation: DecimalInput): Decimal {
  return relativeGrowth(nominalGrowth, inflation, NAMES);
}
