/**
 * The shared body of `intensityChange` and `realGrowth`: one growth relative to another.
 *
 * @internal
 * @module
 */
import { dec, ONE, type Decimal, type DecimalInput } from '../../decimal.js';
import { requireRateAboveMinusOne } from './checks.js';
import { add, quotient, subtract } from './exact.js';

/**
 * `(1 + a) / (1 + b) − 1`, computed as `(a − b) / (1 + b)` with exact differences and one
 * rounding, with the caller's argument names; `b > −1` (else `DOMAIN` "… {what}").
 */
export function relativeGrowth(
  a: DecimalInput,
  b: DecimalInput,
  names: { readonly a: string; readonly b: string; readonly what: string; readonly formula: string },
): Decimal {
  const x = dec(a, names.a);
  const y = dec(b, names.b);
  requireRateAboveMinusOne(y, names.b, names.what);
  return quotient(subtract(x, y), add(ONE, y), names.formula);
}
