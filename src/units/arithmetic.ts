/**
 * Sums, differences and comparisons of quantities of one measure, exact across multipliers.
 *
 * @module
 */
import { EXACT, shift, type Decimal } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { describeUnit, make, readQuantity } from './read.js';
import type { Measure, Quantity, Unit } from './registry.js';

function mismatch(operation: string, a: Unit, b: Unit): PlanError {
  return new PlanError(
    'UNIT_MISMATCH',
    messages.unitMismatch(operation, describeUnit(a), a.measure, describeUnit(b), b.measure),
    { operation, a: a.measure, b: b.measure },
  );
}

function aligned(operation: string, a: unknown, b: unknown): [Decimal, Decimal, Unit] {
  const x = readQuantity(a, 'a');
  const y = readQuantity(b, 'b');
  if (x.unit.measure !== y.unit.measure) throw mismatch(operation, x.unit, y.unit);
  const unit = y.unit.multiplier < x.unit.multiplier ? y.unit : x.unit;
  return [
    shift(x.value, x.unit.multiplier - unit.multiplier, 'a.value'),
    shift(y.value, y.unit.multiplier - unit.multiplier, 'b.value'),
    unit,
  ];
}

/**
 * `a + b`, exactly, in the finer of the two units (the smaller multiplier; `a`'s unit when
 * they are equal). The inputs are not changed.
 *
 * @param a - A quantity.
 * @param b - A quantity of the same measure.
 * @returns The sum, frozen, never rounded to 34 digits.
 * @throws {@link PlanError} `UNIT_MISMATCH` when the measures differ (the message names
 *   both); `INVALID_ARGUMENT` when an argument is not a quantity; `DOMAIN` when the sum is
 *   beyond the bounds of the library's decimals (exponents up to ±10,000).
 *
 * @example
 * ```ts
 * const sum = add(quantity(240, 'bn-yuan'), quantity(5, '100m-yuan'));
 * sum.value.toString(); // → '2405'
 * sum.unit;             // → { measure: 'yuan', multiplier: 8 } (亿元)
 * add(quantity(1, 'tce'), quantity(1, 'yuan')); // throws PlanError UNIT_MISMATCH
 * // → "add: a is in 'tce' (measure 'tce') and b is in 'yuan' (measure 'yuan'); only quantities of the same measure can be combined"
 * ```
 *
 * @category Units
 */
export function add<M extends Measure>(a: Quantity<M>, b: Quantity<NoInfer<M>>): Quantity<M> {
  const [x, y, unit] = aligned('add', a, b);
  // Exact, and checked against the bounds (a sum of two values near 10^10000 is beyond them).
  return make(shift(EXACT.add(x, y), 0, 'a + b'), unit) as Quantity<M>;
}

/**
 * `a − b`, exactly, in the finer of the two units (the smaller multiplier; `a`'s unit when
 * they are equal). The inputs are not changed.
 *
 * @param a - A quantity.
 * @param b - A quantity of the same measure.
 * @returns The difference, frozen, never rounded to 34 digits.
 * @throws {@link PlanError} `UNIT_MISMATCH` when the measures differ (the message names
 *   both); `INVALID_ARGUMENT` when an argument is not a quantity.
 *
 * @example
 * ```ts
 * const gap = subtract(quantity(240, 'bn-yuan'), quantity(1200, '100m-yuan'));
 * gap.value.toString(); // → '1200' (亿元, i.e. 120 billion yuan)
 * ```
 *
 * @category Units
 */
export function subtract<M extends Measure>(a: Quantity<M>, b: Quantity<NoInfer<M>>): Quantity<M> {
  const [x, y, unit] = aligned('subtract', a, b);
  return make(shift(EXACT.sub(x, y), 0, 'a - b'), unit) as Quantity<M>;
}

/**
 * Compare two quantities of one measure across multipliers, exactly: `-1` when `a < b`,
 * `0` when they are equal, `1` when `a > b`.
 *
 * @param a - A quantity.
 * @param b - A quantity of the same measure.
 * @returns `-1`, `0` or `1`.
 * @throws {@link PlanError} `UNIT_MISMATCH` when the measures differ (the message names
 *   both); `INVALID_ARGUMENT` when an argument is not a quantity.
 *
 * @example
 * ```ts
 * compare(quantity(240, 'bn-yuan'), quantity(2400, '100m-yuan')); // → 0
 * compare(quantity(1, 'bn-yuan'), quantity(9999, '10k-yuan'));    // → 1
 * ```
 *
 * @category Units
 */
export function compare<M extends Measure>(a: Quantity<M>, b: Quantity<NoInfer<M>>): -1 | 0 | 1 {
  const [x, y] = aligned('compare', a, b);
  return x.cmp(y) as -1 | 0 | 1;
}

