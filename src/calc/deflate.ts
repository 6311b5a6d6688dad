import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { requirePositive } from './_lib/checks.js';
import { multiply, quotient } from './_lib/exact.js';

/**
 * A value at current prices expressed at the prices of the index's base period:
 * `deflate = nominal · base / priceIndex`, with an exact product and one rounding
 * (correctly rounded to 34 significant digits).
 *
 * @param nominal - The value at current prices.
 * @param priceIndex - The price index of the value's period, greater than 0.
 * @param base - The index value of the base period, greater than 0 (default 100).
 * @returns The value at base-period prices.
 * @throws {@link PlanError} `DOMAIN` when `priceIndex` or `base` is 0 or negative;
 *   `INVALID_DECIMAL` for an input that is not a decimal.
 *
 * @example
 * ```ts
 * deflate('2787.4', '112.5').toString();     // → '2477.688888888888888888888888888889'
 * deflate('110', '1.1', '1').toString();     // → '100'
 * deflate('110', '0');                       // throws PlanError DOMAIN
 * // → "priceIndex: must be greater than 0 for deflating, got 0"
 * ```
 *
 * @category Formulas
 */
export function deflate(nominal: DecimalInput, priceIndex: DecimalInput, base: DecimalInput = 100): Decimal {
  const n = dec(nominal, 'nominal');
  const p = dec(priceIndex, 'priceIndex');
  const b = dec(base, 'base');
  requirePositive(p, 'priceIndex', 'for deflating');
  requirePositive(b, 'base', 'for a price index base');
  return quotient(multiply(n, b), p, 'deflate');
}
