/**
 * The annual average of a series whose values are themselves yearly growth rates.
 *
 * @internal
 * @module
 */
import { cagr } from '../calc/cagr.js';
import { EXACT, ONE, shift, type Decimal } from '../decimal.js';

/**
 * The geometric annual average of yearly growth rates in percent, as Chinese plans define an
 * annual average (水平法): `(Π(1 + gᵢ/100))^(1/n) − 1`.
 *
 * @param rates - The rates in percent (`10` = +10 % over the year before), each −100 or more; not empty.
 * @returns `factor`, the exact growth over all the years `Π(1 + gᵢ/100)`, and `average`, the
 *   annual average as a ratio (`0.1` = 10 % a year; −1 when a rate is −100).
 */
export function averageOfRates(rates: readonly Decimal[]): { readonly factor: Decimal; readonly average: Decimal } {
  let factor: Decimal = new EXACT(ONE);
  for (const rate of rates) factor = factor.times(new EXACT(shift(rate, -2)).plus(ONE));
  return { factor, average: cagr(ONE, factor, rates.length) };
}
