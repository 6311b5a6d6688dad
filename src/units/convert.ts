/**
 * Converting a quantity, or a bare value, to another unit of its measure: an exact shift of
 * the decimal point.
 *
 * @module
 */
import { shift, type Decimal } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { describeUnit, make, readQuantity, readUnit } from './read.js';
import { isPercentMeasure, type Measure, type Quantity, type Unit, type UnitOf } from './registry.js';

/**
 * The `UNIT_MISMATCH` error for converting between measures, with a hint for percent ↔ ratio.
 *
 * @param operation - The function that converts (`'convert'`), first in the message.
 * @param from - The unit converted from.
 * @param to - The unit asked for.
 * @returns The error, to throw.
 *
 * @example
 * ```ts
 * conversionError('convert', UNITS.tce, UNITS.yuan).message;
 * // → "convert: cannot convert 'tce' (measure 'tce') to 'yuan' (measure 'yuan'); units convert only within one measure"
 * ```
 *
 * @internal
 */
export function conversionError(operation: string, from: Unit, to: Unit): PlanError {
  const percentRatio =
    (from.measure === 'ratio' && isPercentMeasure(to.measure)) ||
    (to.measure === 'ratio' && isPercentMeasure(from.measure));
  const message = messages.cannotConvert(operation, describeUnit(from), from.measure, describeUnit(to), to.measure);
  return new PlanError('UNIT_MISMATCH', percentRatio ? `${message}${messages.percentRatioHint}` : message, {
    operation,
    from: from.measure,
    to: to.measure,
  });
}

/**
 * Express `q` in another unit of the same measure, exactly: the value is shifted by the
 * difference of the multipliers, `value × 10^(from − to)`, and never rounded.
 *
 * Percent and ratio are different measures and do not convert (25 % is not 25); use
 * {@link toRatio} and {@link fromRatio}.
 *
 * @param q - The quantity.
 * @param unit - The target unit, of the same measure.
 * @returns The quantity in `unit`, frozen (`q` itself when it is a quantity of the library in `unit` already).
 * @throws {@link PlanError} `UNIT_MISMATCH` when the measures differ; `UNKNOWN_UNIT` for a
 *   bad unit; `INVALID_ARGUMENT` when `q` is not a quantity; `DOMAIN` when the value in `unit`
 *   is beyond the bounds of the library's decimals (exponents up to ±10,000).
 *
 * @example
 * ```ts
 * convert(quantity(240, 'bn-yuan'), '100m-yuan').value.toString(); // → '2400'
 * convert(quantity(240, 'bn-yuan'), '10k-yuan').value.toString();  // → '24000000'
 * convert(quantity(1, 'yuan'), 'bn-yuan').value.toString();        // → '1e-9'
 * convert(quantity(1, 'tce'), 'yuan');                             // throws PlanError UNIT_MISMATCH
 * // → "convert: cannot convert 'tce' (measure 'tce') to 'yuan' (measure 'yuan'); units convert only within one measure"
 * ```
 *
 * @category Units
 */
export function convert<M extends Measure>(q: Quantity<M>, unit: NoInfer<UnitOf<M>>): Quantity<M> {
  const from = readQuantity(q, 'q');
  const to = readUnit(unit, 'unit');
  if (from.unit.measure !== to.measure) throw conversionError('convert', from.unit, to);
  if (from.unit === to) return from as Quantity<M>;
  return make(shift(from.value, from.unit.multiplier - to.multiplier, 'q.value'), to) as Quantity<M>;
}

/**
 * A bare value in unit `from` expressed in unit `to` of the same measure, exactly (the one
 * conversion of values that are not quantities: observations, baselines, series points).
 *
 * @param value - The value, in `from`.
 * @param from - Its unit.
 * @param to - The unit wanted.
 * @param name - The argument the value came from, for the error (`'observations[3].unit'`).
 * @param subject - What `to` is the unit of, for the error (`"indicator 'gdp'"`); default: the unit itself.
 * @returns The value in `to`, exact (never rounded to 34 digits).
 * @throws {@link PlanError} `UNIT_MISMATCH` when the measures differ, naming both; `DOMAIN`
 *   (naming `name`) when the value in `to` is beyond the bounds of the library's decimals.
 *
 * @example
 * ```ts
 * valueIn(dec('240'), UNITS['bn-yuan'], UNITS['100m-yuan'], 'value').toString(); // → '2400'
 * valueIn(dec('1'), UNITS.tce, UNITS.yuan, 'observations[3].unit', "indicator 'gdp'"); // throws PlanError UNIT_MISMATCH
 * ```
 *
 * @internal
 */
export function valueIn(value: Decimal, from: Unit, to: Unit, name: string, subject?: string): Decimal {
  if (from.measure !== to.measure) {
    throw new PlanError(
      'UNIT_MISMATCH',
      messages.valueUnit(name, describeUnit(from), from.measure, subject ?? describeUnit(to), to.measure),
      { argument: name, received: from.measure, expected: to.measure },
    );
  }
  return shift(value, from.multiplier - to.multiplier, name);
}
