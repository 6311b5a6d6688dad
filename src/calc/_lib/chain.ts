/**
 * Reading a list of growth rates and chaining them.
 *
 * @internal
 * @module
 */
import { dec, type Decimal, ZERO } from '../../decimal.js';
import { readArray } from '../../read.js';
import { requireRateAtLeastMinusOne } from './checks.js';
import { add, multiply } from './exact.js';

/**
 * The rates of `rates` as Decimals, each named `rates[i]` in errors: an array (else
 * `INVALID_ARGUMENT`) of decimals (else `INVALID_DECIMAL`) of at least −1 (else `DOMAIN`).
 * The caller's array is only read.
 */
export function readRates(rates: unknown, name = 'rates'): Decimal[] {
  const list = readArray(rates, name);
  const out: Decimal[] = [];
  for (let i = 0; i < list.length; i++) {
    const element = `${name}[${i}]`;
    const rate = dec(list[i] as never, element);
    requireRateAtLeastMinusOne(rate, element);
    out.push(rate);
  }
  return out;
}

/**
 * Π(1 + rᵢ) − 1, exactly, accumulated as s ← s + r + s·r so that small rates never meet a
 * "1 +" that would need their digits padded out to the units place.
 */
export function chained(rates: readonly Decimal[]): Decimal {
  let s: Decimal = ZERO;
  for (const r of rates) s = add(add(s, r), multiply(s, r));
  return s;
}
