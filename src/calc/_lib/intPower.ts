/**
 * Integer powers by repeated squaring.
 *
 * @internal
 * @module
 */
import type { Decimal } from '../../decimal.js';

/**
 * xᵏ for an integer k ≥ 1, by repeated squaring in x's own context (exact in `EXACT`,
 * rounded to the context's precision at each product otherwise).
 */
export function intPower(x: Decimal, k: number): Decimal {
  let result: Decimal | undefined;
  let square = x;
  for (let e = k; ; ) {
    if (e % 2 === 1) result = result === undefined ? square : result.times(square);
    e = Math.floor(e / 2);
    if (e === 0) break;
    square = square.times(square);
  }
  return result ?? square;
}
