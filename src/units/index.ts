/**
 * Units, SDMX-style: a measure (`UNIT_MEASURE`) plus a power-of-ten multiplier
 * (`UNIT_MULT`). 亿元 is yuan × 10⁸; billion yuan is yuan × 10⁹.
 *
 * Quantities pair an exact decimal with a unit. Conversion between multipliers of one
 * measure is an exact shift of the decimal point; quantities of different measures never
 * mix (`UNIT_MISMATCH`), also not percent and ratio: use {@link toRatio} and
 * {@link fromRatio} between those. Formatting lives in `format/` ({@link formatQuantity}).
 *
 * @module
 */
export { MEASURES, UNITS, UNIT_IDS, MIN_MULTIPLIER, MAX_MULTIPLIER, unitIdOf } from './registry.js';
export type { Measure, Unit, UnitId, UnitLike, MeasureOf, MeasureById, UnitIdOf, UnitOf, Quantity, PercentMeasure } from './registry.js';
export { toUnit, isQuantity, quantity } from './read.js';
export { convert } from './convert.js';
export { add, subtract, compare } from './arithmetic.js';
export { toRatio, fromRatio } from './percent.js';

// For the library's other modules only (each is marked `@internal`; the package root does not
// export them, and the declarations leave them out).
/** @internal */
export { PERCENT_MEASURES, isPercentMeasure } from './registry.js';
/** @internal */
export { readUnit, readQuantity, make, describeUnit } from './read.js';
/** @internal */
export { conversionError, valueIn } from './convert.js';
