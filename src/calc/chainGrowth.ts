import type { Decimal, DecimalInput } from '../decimal.js';
import { chained, readRates } from './_lib/chain.js';
import { result } from './_lib/exact.js';

/**
 * The growth over several periods from the growth of each: `chainGrowth = Π(1 + rᵢ) − 1`,
 * exact and then rounded once (correctly rounded to 34 significant digits). An empty list
 * gives 0 (no growth); a rate of −1 (a total loss) gives −1.
 *
 * @param rates - The growth rate of each period, as fractions, each −1 or more.
 * @returns The growth over all periods as a fraction.
 * @throws {@link PlanError} `DOMAIN` when a rate is below −1 (naming it, `rates[3]`);
 *   `INVALID_ARGUMENT` when `rates` is not an array; `INVALID_DECIMAL` for an element that is
 *   not a decimal.
 *
 * @example
 * ```ts
 * // Baotou's GDP growth 2017–2019: 5.5 %, 6.8 %, 6 %.
 * chainGrowth(['0.055', '0.068', '0.06']).toString(); // → '0.1943444'
 * chainGrowth([]).toString();                         // → '0'
 * chainGrowth(['0.1', '-1.5']);                       // throws PlanError DOMAIN
 * // → "rates[1]: a growth rate must be at least -1 (a fall of 100 %), got -1.5"
 * ```
 *
 * @category Formulas
 */
export function chainGrowth(rates: readonly DecimalInput[]): Decimal {
  return result(chained(readRates(rates)), 'chainGrowth');
}
