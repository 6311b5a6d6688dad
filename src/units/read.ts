/**
 * Reading units and quantities: unit ids and `{ measure, multiplier }` objects, and
 * quantities made by {@link quantity} or given as `{ value, unit }`.
 *
 * @module
 */
import { D, dec, type Decimal, type DecimalInput } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { markOwn, ownPayload } from '../own.js';
import { hasOwn } from '../read.js';
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

/**
 * Read a unit id or unit object; returns the registry object for a named unit, else a
 * frozen copy.
 *
 * @internal
 */
export function readUnit(unit: unknown, name: string): Unit {
  if (typeof unit === 'string') {
    if (hasOwn(UNITS, unit)) return UNITS[unit as UnitId];
    throw new PlanError('UNKNOWN_UNIT', messages.unknownUnitId(name, unit, UNIT_IDS), {
      argument: name,
      received: unit,
      known: UNIT_IDS,
    });
  }
  if (typeof unit !== 'object' || unit === null || Array.isArray(unit)) {
    throw new PlanError('UNKNOWN_UNIT', messages.unknownUnitId(name, unit, UNIT_IDS), {
      argument: name,
      received: unit,
      known: UNIT_IDS,
    });
  }
  const { measure, multiplier } = unit as { measure?: unknown; multiplier?: unknown };
  if (typeof measure !== 'string' || !(MEASURES as readonly string[]).includes(measure)) {
    throw new PlanError('UNKNOWN_UNIT', messages.unknownMeasure(`${name}.measure`, measure, MEASURES), {
      argument: `${name}.measure`,
      received: measure,
      known: MEASURES,
    });
  }
  if (
    typeof multiplier !== 'number' ||
    !Number.isInteger(multiplier) ||
    multiplier < MIN_MULTIPLIER ||
    multiplier > MAX_MULTIPLIER
  ) {
    throw new PlanError(
      'UNKNOWN_UNIT',
      messages.notInteger(`${name}.multiplier`, multiplier, MIN_MULTIPLIER, MAX_MULTIPLIER),
      { argument: `${name}.multiplier`, received: multiplier },
    );
  }
  const normalised = multiplier + 0; // -0 → 0
  const id = ID_BY_KEY.get(unitKey(measure, normalised));
  return id === undefined ? Object.freeze({ measure: measure as Measure, multiplier: normalised }) : UNITS[id];
}

/**
 * Read a quantity made by {@link quantity}, or any `{ value, unit }` object whose value is
 * a finite decimal and whose unit is valid.
 *
 * @internal
 */
export function readQuantity(q: unknown, name: string): Quantity {
  const own = ownPayload<Quantity>(q, 'quantity');
  if (own !== undefined) return own;
  if (typeof q !== 'object' || q === null || Array.isArray(q) || D.isDecimal(q)) {
    const bare = D.isDecimal(q) ? (q as Decimal).toString() : undefined;
    throw new PlanError('INVALID_ARGUMENT', messages.notQuantity(name, q, bare), { argument: name, received: q });
  }
  const { value, unit } = q as { value?: unknown; unit?: unknown };
  return make(dec(value as DecimalInput, `${name}.value`), readUnit(unit, `${name}.unit`));
}

/**
 * A quantity of the library: frozen and marked, so that it is read back without checks.
 *
 * @internal
 */
export function make<M extends Measure>(value: Decimal, unit: Unit<M>): Quantity<M> {
  const q: Quantity<M> = { value: value.isZero() ? new D(0) : value, unit };
  return Object.freeze(markOwn(q, 'quantity'));
}

/**
 * A unit for a message: its id if it has one, else its measure and multiplier.
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
 * @throws {@link PlanError} `UNKNOWN_UNIT` for an unknown id, an unknown measure or a bad
 *   multiplier; the message lists what is known.
 *
 * @example
 * ```ts
 * toUnit('bn-yuan');                              // → { measure: 'yuan', multiplier: 9 }
 * toUnit({ measure: 'yuan', multiplier: 8 }) === UNITS['100m-yuan']; // → true
 * toUnit('bn-yaun');  // throws PlanError UNKNOWN_UNIT: "unit: expected a unit id (one of 'yuan', …"
 * ```
 *
 * @category Units
 */
export function toUnit<const U extends UnitLike>(unit: U): Unit<MeasureOf<U>> {
  return readUnit(unit, 'unit') as Unit<MeasureOf<U>>;
}

/**
 * Whether `x` is a valid quantity: an object with a finite Decimal `value` and a valid
 * `unit`.
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
  if (typeof x !== 'object' || x === null) return false;
  if (ownPayload(x, 'quantity') !== undefined) return true;
  const { value, unit } = x as { value?: unknown; unit?: unknown };
  if (!D.isDecimal(value) || !(value as Decimal).isFinite()) return false;
  if (typeof unit !== 'object' || unit === null) return false;
  try {
    readUnit(unit, 'unit');
    return true;
  } catch {
    return false;
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
