import type { Decimal, DecimalInput } from '../decimal.js';
import { chainedGrowth, readRates } from './_lib/chain.js';

/**
 * The growth over several periods from the growth of each: `chainGrowth = Π(1 + rᵢ) − 1`,
 * correctly rounded to 34 significant digits, in time linear in the number of rates (the
 * product is enclosed between two bounds that round alike rather than carried with all its
 * digits: 10⁵ rates take a few tenths of a second; only a product within 10^−1,950 of its size
 * of a halfway point, which takes rates made for it, is rounded within one unit instead).
 * An empty list gives 0 (no growth); a rate of −1 (a total loss) gives −1.
 *
 * @param rates - The growth rate of each period, as fractions, each −1 or more.
 * @returns The growth over all periods as a fraction.
 * @throws {@link PlanError} `DOMAIN` when a rate is below −1 (naming it, `rates[3]`), or when
 *   the growth is beyond the range of the library's decimals (exponents up to 10,000);
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
  return chainedGrowth(readRates(rates), 'chainGrowth');
}
