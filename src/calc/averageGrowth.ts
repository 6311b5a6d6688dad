import type { Decimal, DecimalInput } from '../decimal.js';
import { domainError } from '../errors.js';
import { messages } from '../messages.js';
import { chainedAverage, readRates } from './_lib/chain.js';

/**
 * The average annual growth of a run of annual rates (geometric mean):
 * `averageGrowth = (Π(1 + rᵢ))^(1/n) − 1`, correct to 34 significant digits (within one
 * unit of the last), also near zero, in time linear in the number of rates. The product is
 * enclosed as for {@link chainGrowth} (it may go far beyond the range of a result: 10⁵ rates of
 * 1,000 % make 10^104139); the root is found as in {@link cagr}. A rate of −1 (a total loss)
 * gives −1.
 *
 * @param rates - The growth rate of each year, as fractions, each −1 or more; not empty.
 * @returns The average annual rate as a fraction.
 * @throws {@link PlanError} `DOMAIN` when `rates` is empty or a rate is below −1 (naming it,
 *   `rates[3]`); `INVALID_ARGUMENT` when `rates` is not an array; `INVALID_DECIMAL` for an
 *   element that is not a decimal.
 *
 * @example
 * ```ts
 * averageGrowth(['0.1', '0.1']).toString();        // → '0.1'
 * averageGrowth(['0.21', '0']).toString();         // → '0.1'
 * averageGrowth(['0.055', '0.068', '0.06']).toString();
 * // → '0.06098650299679293760263671118948593'
 * averageGrowth([]);                                // throws PlanError DOMAIN
 * // → "rates: must not be empty for an average growth rate"
 * ```
 *
 * @category Formulas
 */
export function averageGrowth(rates: readonly DecimalInput[]): Decimal {
  const list = readRates(rates);
  if (list.length === 0) throw domainError('rates', messages.emptyList('rates', 'for an average growth rate'), []);
  return chainedAverage(list, 'averageGrowth');
}
