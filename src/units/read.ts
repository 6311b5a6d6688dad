/**
 * Reading units and quantities: unit ids and `{ measure, multiplier }` objects, and
 * quantities made by {@link quantity} or given as `{ value, unit }`.
 *
 * @module
 */
import { D, dec, freeze, isDecimal, type Decimal, type DecimalInput, ZERO } from '../decimal.js';
import { argumentError, PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { markOwn, ownPayload } from '../own.js';
import { hasOwn, isObject, reading } from '../read.js';
import {
  ID_BY_KEY,
  MAX_MULTIPLIER,
  MEASURES,
  MIN_MULTIPLIER,
  UNITS,
  UNIT_IDS,
  unitIdOf,
  unitKey,
  type Measure,
  type MeasureOf,
  type Quantity,
  type Unit,
  type UnitId,
  type UnitLike,
} from './registry.js';

/** An `UNKNOWN_UNIT` error whose `details` also list what is `known`. */
function unknownUnit(name: string, message: string, received: unknown, known: readonly string[]): PlanError {
  return new PlanError('UNKNOWN_UNIT', message, { argument: name, received, known });
}

/**
 * Read a unit id or unit object.
 *
 * @param unit - A unit id or `{ measure, multiplier }`.
 * @param name - The argument's name, for the message (`'unit'`, `'observations[3].unit'`).
 * @returns The registry object for a named unit (also given as an object), else a frozen copy.
 * @throws {@link PlanError} `UNKNOWN_UNIT` for an unknown id, an unknown measure or a bad
 *   multiplier; the message lists what is known.
 *
 * @example
 * ```ts
 * readUnit({ measure: 'yuan', multiplier: 9 }, 'unit') === UNITS['bn-yuan']; // → true
 * readUnit({ measure: 'yuan', multiplier: 2.5 }, 'unit');                    // throws PlanError UNKNOWN_UNIT
 * // → 'unit.multiplier: expected an integer from -30 to 30, got 2.5'
 * ```
 *
 * @internal
 */
export function readUnit(unit: unknown, name: string): Unit {
  if (typeof unit === 'string' && hasOwn(UNITS, unit)) return UNITS[unit as UnitId];
  if (typeof unit !== 'object' || unit === null || Array.isArray(unit)) {
    throw unknownUnit(name, messages.unknownUnitId(name, unit, UNIT_IDS), unit, UNIT_IDS);
  }
  const { measure, multiplier } = reading(name, () => ({ measure: (unit as { measure?: unknown }).measure, multiplier: (unit as { multiplier?: unknown }).multiplier }));
  if (typeof measure !== 'string' || !(MEASURES as readonly string[]).includes(measure)) {
    throw unknownUnit(`${name}.measure`, messages.unknownMeasure(`${name}.measure`, measure, MEASURES), measure, MEASURES);
  }
  if (
    typeof multiplier !== 'number' ||
    !Number.isInteger(multiplier) ||
    multiplier < MIN_MULTIPLIER ||
    multiplier > MAX_MULTIPLIER
  ) {
    throw argumentError(
      'UNKNOWN_UNIT',
      `${name}.multiplier`,
      messages.expectedGot(`${name}.multiplier`, messages.expected.integer(MIN_MULTIPLIER, MAX_MULTIPLIER), multiplier),
      multiplier,
    );
  }
  const normalised = multiplier + 0; // -0 → 0
  const id = ID_BY_KEY.get(unitKey(measure, normalised));
  return id === undefined ? Object.freeze({ measure: measure as Measure, multiplier: normalised }) : UNITS[id];
}

/**
 * Read a quantity: one made by {@link quantity} is trusted as it is; any other `{ value, unit }`
 * object is read part by part.
 *
 * @param q - The argument.
 * @param name - Its name, for the message (`'a'`, `'q'`).
 * @returns A quantity of the library (frozen and marked).
 * @throws {@link PlanError} `INVALID_ARGUMENT` when `q` is no object (a bare decimal is named
 *   as such); `INVALID_DECIMAL` for a bad `value`; `UNKNOWN_UNIT` for a bad `unit`.
 *
 * @example
 * ```ts
 * readQuantity({ value: '240', unit: 'bn-yuan' }, 'q').value.toString(); // → '240'
 * readQuantity(dec('240'), 'q');                                        // throws PlanError INVALID_ARGUMENT
 * // → "q: expected a quantity { value, unit } such as quantity(240, 'bn-yuan'), got the bare decimal 240"
 * ```
 *
 * @internal
 */
export function readQuantity(q: unknown, name: string): Quantity {
  const own = ownPayload<Quantity>(q, 'quantity');
  if (own !== undefined) return own;
  if (!isObject(q)) {
    let bare: string | undefined;
    try {
      bare = isDecimal(q) ? dec(q as DecimalInput, name).toString() : undefined;
    } catch {
      bare = undefined; // a Decimal out of bounds, or only claiming to be one
    }
    throw argumentError('INVALID_ARGUMENT', name, messages.notQuantity(name, q, bare), q);
  }
  const { value, unit } = reading(name, () => ({ value: q.value, unit: q.unit }));
  return make(dec(value as DecimalInput, `${name}.value`), readUnit(unit, `${name}.unit`));
}

/**
 * A quantity of the library, frozen and marked (so that it is read back without checks),
 * from parts already read.
 *
 * @param value - A Decimal of the library (from {@link dec} or {@link shift}); `-0` becomes 0.
 * @param unit - A unit from {@link readUnit}.
 * @returns The quantity.
 *
 * @example
 * ```ts
 * isQuantity(make(dec('240'), UNITS['bn-yuan'])); // → true
 * ```
 *
 * @internal
 */
export function make<M extends Measure>(value: Decimal, unit: Unit<M>): Quantity<M> {
  const q: Quantity<M> = { value: value.isZero() ? ZERO : freeze(value), unit };
  return Object.freeze(markOwn(q, 'quantity'));
}

/**
 * A unit for a message: its id if it has one, else its measure and multiplier.
 *
 * @param unit - A unit object.
 * @returns The words for a message.
 *
 * @example
 * ```ts
 * describeUnit(UNITS['bn-yuan']); // → "'bn-yuan'"
 * ```
 *
 * @internal
 */
export function describeUnit(unit: Unit): string {
  return messages.unitName(unitIdOf(unit), unit.measure, unit.multiplier);
}

/**
 * The unit for a unit id or unit object: the registry's frozen object for a named unit
 * (also when given as an object with the same measure and multiplier), else a frozen copy.
 *
 * @param unit - A unit id (`'bn-yuan'`) or `{ measure, multiplier }` with a known measure
 *   and an integer multiplier from -30 to 30.
 * @returns The unit, frozen.
 * @throws {@link PlanError} `UNKNOWN_UNIT` for an unknown id, an unknown measure or a bad
 *   multiplier; the message lists what is known.
 *
 * @example
 * ```ts
 * toUnit('bn-yuan');                                                  // → { measure: 'yuan', multiplier: 9 }
 * toUnit({ measure: 'yuan', multiplier: 8 }) === UNITS['100m-yuan']; // → true
 * toUnit({ measure: 'usd', multiplier: 0 });                          // throws PlanError UNKNOWN_UNIT
 * // → "unit.measure: expected a measure, one of 'yuan', 'tce', 'tce-per-10k-yuan', 'percent', 'percent-per-annum', 'percentage-points', 'count', 'rank', 'ratio', 'yuan-per-person', 'count-per-10k-people', 'years', 'mu', 'cubic-metre', 'cubic-metre-per-10k-yuan', 'tonne', 'tonne-per-10k-yuan', 'microgram-per-cubic-metre', got 'usd'"
 * ```
 *
 * @category Units
 */
export function toUnit<const U extends UnitLike>(unit: U): Unit<MeasureOf<U>> {
  return readUnit(unit, 'unit') as Unit<MeasureOf<U>>;
}

/**
 * Whether `x` is a valid quantity: one made by {@link quantity}, or an object with a finite
 * Decimal `value` and a valid `unit` object.
 *
 * @param x - Anything.
 * @returns `true` for a quantity; never throws.
 *
 * @example
 * ```ts
 * isQuantity(quantity(240, 'bn-yuan'));                 // → true
 * isQuantity({ value: 240, unit: 'bn-yuan' });          // → false (value is not a Decimal)
 * ```
 *
 * @category Units
 */
export function isQuantity(x: unknown): x is Quantity {
  if (!isObject(x)) return false;
  if (ownPayload(x, 'quantity') !== undefined) return true;
  try {
    const { value, unit } = x as { value?: unknown; unit?: unknown };
    if (!isDecimal(value) || !isObject(unit)) return false;
    dec(value as DecimalInput); // a finite Decimal within bounds, read from its fields
    readUnit(unit, 'unit');
    return true;
  } catch {
    return false; // a bad value or unit, or a getter that threw
  }
}

/**
 * Make a quantity: an exact value in a unit. The value is read with {@link dec} (exact,
 * not rounded); the result is frozen.
 *
 * The measure is inferred from the unit: `quantity(240, 'bn-yuan')` is a
 * `Quantity<'yuan'>`.
 *
 * @param value - The value in `unit`.
 * @param unit - A unit id or a `{ measure, multiplier }` object.
 * @returns The quantity, frozen.
 * @throws {@link PlanError} `INVALID_DECIMAL` for a bad value; `UNKNOWN_UNIT` for a bad unit.
 *
 * @example
 * ```ts
 * const target = quantity(240, 'bn-yuan');
 * target.value.toString(); // → '240'
 * target.unit;             // → { measure: 'yuan', multiplier: 9 }
 * quantity('1.3', 'tce-per-10k-yuan').value.toString(); // → '1.3'
 * ```
 *
 * @category Units
 */
export function quantity<const U extends UnitLike>(value: DecimalInput, unit: U): Quantity<MeasureOf<U>> {
  const u = readUnit(unit, 'unit');
  return make(dec(value, 'value'), u) as Quantity<MeasureOf<U>>;
}
