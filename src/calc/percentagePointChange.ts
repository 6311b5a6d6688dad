import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { result, subtract } from './_lib/exact.js';

/**
 * The change between two shares or rates in percentage points: `percentagePointChange =
 * to − from`, exact and then rounded once to 34 significant digits. The result is in the
 * unit of the inputs: percentages give percentage points (`22.3` → `25` is `2.7`),
 * fractions give fractions of one (`0.223` → `0.25` is `0.027`, i.e. 2.7 points).
 *
 * @param from - The earlier share or rate.
 * @param to - The later share or rate.
 * @returns The difference `to − from`.
 * @throws {@link PlanError} `INVALID_DECIMAL` for an input that is not a decimal.
 *
 * @example
 * ```ts
 * percentagePointChange('22.3', '25').toString();   // → '2.7'
 * percentagePointChange('0.08', '0.055').toString(); // → '-0.025'
 * percentagePointChange('x', '1');                   // throws PlanError INVALID_DECIMAL
 * ```
 *
 * @category Formulas
 */
export function percentagePointChange(from: DecimalInput, to: DecimalInput): Decimal {
  const f = dec(from, 'from');
  const t = dec(to, 'to');
  return result(subtract(t, f), 'percentagePointChange');
}
