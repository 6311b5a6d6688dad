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
 * The result is negative when the target lies behind (a target below `current` with a
 * positive rate, or above it with a negative rate): it is how many years ago the path was at
 * the target. It is 0 when `target` equals `current`, whatever the rate.
 *
 * @param current - The value now, greater than 0.
 * @param target - The value to reach, greater than 0.
 * @param rate - The annual growth rate, greater than −1 and not 0 (unless `target` equals
 *   `current`).
 * @returns The number of years (fractional, possibly negative).
 * @throws {@link PlanError} `DOMAIN` when `current` ≤ 0, `target` ≤ 0, `rate` ≤ −1, or
 *   `rate` = 0 with a target different from `current` (never reached); `INVALID_DECIMAL` for
 *   an input that is not a decimal.
 *
 * @example
 * ```ts
 * yearsToReach('120', '240', '0.08').toString(); // → '9.006468342000595600016800502267797'
 * yearsToReach('100', '121', '0.1').toString();  // → '2'
 * yearsToReach('240', '120', '0.08').toString(); // → '-9.006468342000595600016800502267797'
 * yearsToReach('120', '240', 0);                 // throws PlanError DOMAIN
 * // → "rate: is 0, so 240 is never reached from 120"
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
  if (r.isZero()) throw domainError('rate', messages.neverReached(c.toString(), t.toString()), '0');
  const W = working(WORKING_PRECISION);
  // ln(target / current): from the relative gap when the ratio is near 1 (no cancellation),
  // from the ratio itself otherwise.
  const lnRatio = t.e >= c.e - 1 ? log1p(W.div(d, c), WORKING_PRECISION) : W.div(t, c).ln();
  return result(W.div(lnRatio, log1p(r, WORKING_PRECISION)), 'yearsToReach', true);
}
