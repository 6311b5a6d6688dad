/**
 * The annual average of a series whose values are themselves yearly growth rates.
 *
 * @internal
 * @module
 */
import { chainedAverage, chainedGrowth } from '../calc/_lib/chain.js';
import { add, multiply } from '../calc/_lib/exact.js';
import { isPlanError } from '../errors.js';
import { EXACT, ONE, type Decimal } from '../decimal.js';

const ONE_HUNDREDTH = /* @__PURE__ */ new EXACT('0.01');

/**
 * The geometric annual average of yearly growth rates in percent, as Chinese plans define an
 * annual average (水平法): `(Π(1 + gᵢ/100))^(1/n) − 1`, in time linear in the number of rates
 * (`calc/averageGrowth`'s enclosure of the product).
 *
 * @param rates - The rates in percent (`10` = +10 % over the year before), each −100 or more; not empty.
 * @param formula - What the average is, for a `DOMAIN` error.
 * @returns `factor`, the growth over all the years `Π(1 + gᵢ/100)` (the exact `1 +` a
 *   correctly rounded `Π − 1`), or `null` when it is beyond the bounds of the library's
 *   decimals (the average may still be within them); and `average`, the annual average as a
 *   ratio (`0.1` = 10 % a year; −1 when a rate is −100).
 */
export function averageOfRates(rates: readonly Decimal[], formula: string): { readonly factor: Decimal | null; readonly average: Decimal } {
  // g / 100 exactly, in the wide context (a rate of 1e-10000 % is 1e-10002).
  const fractions = rates.map((rate) => multiply(rate, ONE_HUNDREDTH));
  let factor: Decimal | null;
  try {
    factor = add(ONE, chainedGrowth(fractions, formula));
  } catch (error) {
    if (!isPlanError(error) || error.code !== 'DOMAIN') throw error;
    factor = null;
  }
  return { factor, average: chainedAverage(fractions, formula) };
}
