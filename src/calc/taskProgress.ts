import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { domainError } from '../errors.js';
import { messages } from '../messages.js';
import { quotient, subtract } from './_lib/exact.js';

/**
 * The share of the planned change achieved so far (任务进度): `taskProgress = (current −
 * base) / (target − base)`, with exact differences and one rounding (correctly rounded to 34
 * significant digits). It works for targets below the base too (a falling intensity): the
 * signs cancel.
 *
 * The result is not clamped: it is negative when the value moved away from the target and
 * above 1 when the target is passed.
 *
 * @param base - The value in the base year.
 * @param current - The value now.
 * @param target - The target value, different from `base`.
 * @returns The achieved share of the planned change (`0.5` is half the task done).
 * @throws {@link PlanError} `DOMAIN` when `target` equals `base`; `INVALID_DECIMAL` for an
 *   input that is not a decimal.
 *
 * @example
 * ```ts
 * taskProgress('120', '180', '240').toString();   // → '0.5'
 * taskProgress('1.0', '0.95', '0.85').toString(); // → '0.3333333333333333333333333333333333'
 * taskProgress('120', '180', '120');              // throws PlanError DOMAIN
 * // → "base and target: must differ for task progress, both are 120"
 * ```
 *
 * @category Formulas
 */
export function taskProgress(base: DecimalInput, current: DecimalInput, target: DecimalInput): Decimal {
  const b = dec(base, 'base');
  const c = dec(current, 'current');
  const t = dec(target, 'target');
  const span = subtract(t, b);
  if (span.isZero()) {
    throw domainError('target', messages.mustDiffer('base', 'target', b.toString(), 'for task progress'), t.toString());
  }
  return quotient(subtract(c, b), span, 'taskProgress');
}
