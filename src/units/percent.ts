/**
 * Percentages and ratios: 8 % a year is the ratio 0.08.
 *
 * @module
 */
import { dec, shift, type Decimal, type DecimalInput } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { describeUnit, make, readQuantity, readUnit } from './read.js';
import {
  PERCENT_MEASURES,
  isPercentMeasure,
  type MeasureOf,
  type PercentMeasure,
  type Quantity,
  type Unit,
  type UnitOf,
} from './registry.js';

/** `UNIT_MISMATCH` unless `unit` (the argument `name` of `operation`) is a percentage. */
function requirePercent(unit: Unit, operation: string, name: string): void {
  if (!isPercentMeasure(unit.measure)) {
    throw new PlanError(
      'UNIT_MISMATCH',
      messages.notPercentMeasure(operation, name, describeUnit(unit), unit.measure, PERCENT_MEASURES),
      { operation, received: unit.measure, allowed: PERCENT_MEASURES },
    );
  }
}

/**
 * A percentage as a ratio, the form the formulas take: `value × 10^multiplier ÷ 100`,
 * exactly. 8 (percent a year) → 0.08; 25 (percent) → 0.25; 3.5 (percentage points) →
 * 0.035.
 *
 * @param q - A quantity in `percent`, `percent-per-annum` or `percentage-points`.
 * @returns The ratio, exact.
 * @throws {@link PlanError} `UNIT_MISMATCH` for any other measure; `INVALID_ARGUMENT` when
 *   `q` is not a quantity.
 *
 * @example
 * ```ts
 * toRatio(quantity(8, 'percent-per-annum')).toString(); // → '0.08'
 * toRatio(quantity('-37.5', 'percent')).toString();     // → '-0.375'
 * toRatio(quantity(1, 'bn-yuan'));                      // throws PlanError UNIT_MISMATCH
 * // → "toRatio: q must be in a percentage measure (one of 'percent', 'percent-per-annum', 'percentage-points'), got 'bn-yuan' (measure 'yuan')"
 * ```
 *
 * @category Units
 */
export function toRatio(q: Quantity<PercentMeasure>): Decimal {
  const x = readQuantity(q, 'q');
  requirePercent(x.unit, 'toRatio', 'q');
  return shift(x.value, x.unit.multiplier - 2, 'q.value');
}

/**
 * A ratio as a percentage quantity: `x × 100` (÷ the unit's multiplier), exactly. The
 * inverse of {@link toRatio}: 0.08 → 8 % a year.
 *
 * @param x - The ratio (0.08 for 8 %).
 * @param unit - A unit of `percent`, `percent-per-annum` or `percentage-points`.
 * @returns The percentage quantity, frozen.
 * @throws {@link PlanError} `INVALID_DECIMAL` for a bad `x`; `UNIT_MISMATCH` for a unit of
 *   another measure; `UNKNOWN_UNIT` for an unknown unit.
 *
 * @example
 * ```ts
 * fromRatio('0.08', 'percent-per-annum').value.toString(); // → '8'
 * fromRatio('0.149', 'percent').value.toString();         // → '14.9'
 * ```
 *
 * @category Units
 */
export function fromRatio<const U extends UnitOf<PercentMeasure>>(x: DecimalInput, unit: U): Quantity<MeasureOf<U>> {
  const u = readUnit(unit, 'unit');
  requirePercent(u, 'fromRatio', 'unit');
  return make(shift(dec(x, 'x'), 2 - u.multiplier, 'x'), u) as Quantity<MeasureOf<U>>;
}
