import { dec, type Decimal, type DecimalInput, working, ZERO } from '../decimal.js';
import { domainError } from '../errors.js';
import { messages } from '../messages.js';
import { requirePositive, requireRateAboveMinusOne } from './_lib/checks.js';
import { result, subtract, WORKING_PRECISION } from './_lib/exact.js';
import { log1p } from './_lib/log.js';

/**
 * The number of years a constant annual rate takes to go from `current` to `target`:
 * `yearsToReach = ln(target / current) / ln(1 + rate)`, correct to 34 significant digits
 * (within one unit of the last), also for rates and gaps near zero.
 *
 * It is 0 when `target` equals `current`, whatever the rate. A rate that moves away from the
 * target (a fall towards a higher target, a rise towards a lower one) never reaches it, as a
 * rate of 0 never does: that is an error, not a negative number of years.
 *
 * @param current - The value now, greater than 0.
 * @param target - The value to reach, greater than 0.
 * @param rate - The annual growth rate, greater than −1, with the sign of `target − current`
 *   (any rate when `target` equals `current`).
 * @returns The number of years (fractional, greater than 0; 0 at the target).
 * @throws {@link PlanError} `DOMAIN` when `current` ≤ 0, `target` ≤ 0, `rate` ≤ −1, or when
 *   the target is never reached: `rate` = 0, or a rate that moves away from the target;
 *   `INVALID_DECIMAL` for an input that is not a decimal.
 *
 * @example
 * ```ts
 * yearsToReach('120', '240', '0.08').toString(); // → '9.006468342000595600016800502267797'
 * yearsToReach('100', '121', '0.1').toString();  // → '2'
 * yearsToReach('240', '120', '-0.08').toString(); // → '8.312950414120826557504899572448229'
 * yearsToReach('120', '240', '-0.05');           // throws PlanError DOMAIN
 * // → "rate: is -0.05, so 240 is never reached from 120: a fall moves away from a higher target"
 * ```
 *
 * @category Formulas
 */
export function yearsToReach(current: DecimalInput, target: DecimalInput, rate: DecimalInput): Decimal {
  const c = dec(current, 'current');
  const t = dec(target, 'target');
  const r = dec(rate, 'rate');
  const what = 'for a logarithm of target / current';
  requirePositive(c, 'current', what);
  requirePositive(t, 'target', what);
  requireRateAboveMinusOne(r, 'rate', 'for a number of years to reach a target');
  const d = subtract(t, c);
  if (d.isZero()) return ZERO;
  // a rate of 0 stays put, and one of the other sign than the gap moves away from the target
  if (r.isZero() || r.isNegative() !== d.isNegative()) throw domainError('rate', messages.neverReached(c.toString(), t.toString(), r.toString()), r.toString());
  const W = working(WORKING_PRECISION);
  // ln(target / current): from the relative gap when the ratio is near 1 (no cancellation),
  // from the ratio itself otherwise.
  const lnRatio = t.e >= c.e - 1 ? log1p(W.div(d, c), WORKING_PRECISION) : W.div(t, c).ln();
  return result(W.div(lnRatio, log1p(r, WORKING_PRECISION)), 'yearsToReach', true);
}
