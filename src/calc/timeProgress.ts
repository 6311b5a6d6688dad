import { dec, type Decimal } from '../decimal.js';
import { domainError } from '../errors.js';
import { describeValue, messages } from '../messages.js';
import { readFiniteNumber } from '../read.js';
import { quotient, subtract } from './_lib/exact.js';

/**
 * The share of a plan period that has elapsed (时间进度): `timeProgress = (asOfYear −
 * baseYear) / (targetYear − baseYear)`, correctly rounded to 34 significant digits. Years
 * are plain numbers and may be fractional (`2018.5` for mid-2018).
 *
 * The result is not clamped: it is below 0 before the base year and above 1 after the
 * target year.
 *
 * @param asOfYear - The year of the assessment.
 * @param baseYear - The plan's base year (2015 for the 13th FYP).
 * @param targetYear - The plan's target year (2020), different from `baseYear`.
 * @returns The elapsed share of the period (`0.6` is 60 %).
 * @throws {@link PlanError} `DOMAIN` when `targetYear` equals `baseYear`;
 *   `INVALID_ARGUMENT` when a year is not a finite number.
 *
 * @example
 * ```ts
 * timeProgress(2018, 2015, 2020).toString();   // → '0.6'
 * timeProgress(2017.5, 2015, 2020).toString(); // → '0.5'
 * timeProgress(2018, 2015, 2015);              // throws PlanError DOMAIN
 * // → "baseYear and targetYear: must differ for time progress, both are 2015"
 * ```
 *
 * @category Formulas
 */
export function timeProgress(asOfYear: number, baseYear: number, targetYear: number): Decimal {
  const asOf = dec(readFiniteNumber(asOfYear, 'asOfYear'));
  const base = dec(readFiniteNumber(baseYear, 'baseYear'));
  const target = dec(readFiniteNumber(targetYear, 'targetYear'));
  const span = subtract(target, base);
  if (span.isZero()) {
    throw domainError(
      'targetYear',
      messages.mustDiffer('baseYear', 'targetYear', describeValue(baseYear), 'for time progress'),
      targetYear,
    );
  }
  return quotient(subtract(asOf, base), span, 'timeProgress');
}
