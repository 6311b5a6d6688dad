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
import { D, EXACT, dec, type Decimal, type DecimalInput } from './decimal.js';
import { PlanError } from './errors.js';
import { messages } from './messages.js';

/**
 * What a quantity measures. Quantities of different measures never mix.
 *
 * - `yuan`: money, Chinese yuan (CNY).
 * - `tce`: energy, tonnes of standard coal equivalent (吨标准煤).
 * - `tce-per-10k-yuan`: energy intensity, tce per 10⁴ yuan of value added (吨标准煤/万元).
 * - `percent`: a share or a level in percent (25 means 25 %).
 * - `percent-per-annum`: an annual average rate in percent (8 means 8 % a year).
 * - `percentage-points`: a difference of two percentages.
 * - `count`: a number of things (institutes, enterprises, parks).
 * - `rank`: a position in a ranking (4 means 4th).
 * - `ratio`: a pure number (0.25 means a quarter).
 *
 * @category Units
 */
export type Measure =
  | 'yuan'
  | 'tce'
  | 'tce-per-10k-yuan'
  | 'percent'
  | 'percent-per-annum'
  | 'percentage-points'
  | 'count'
  | 'rank'
  | 'ratio';

/** Every measure, in a fixed order. @category Units */
export const MEASURES: readonly Measure[] = /* @__PURE__ */ Object.freeze([
  'yuan',
  'tce',
  'tce-per-10k-yuan',
  'percent',
  'percent-per-annum',
  'percentage-points',
  'count',
  'rank',
  'ratio',
]);

/**
 * A unit: a measure and a power-of-ten multiplier (SDMX `UNIT_MULT`): the value `v` in
 * this unit is `v × 10^multiplier` of the measure. 亿元 is `{ measure: 'yuan',
 * multiplier: 8 }`.
 *
 * @category Units
 */
export interface Unit<M extends Measure = Measure> {
  readonly measure: M;
  readonly multiplier: number;
}

/**
 * The named units, by id. These ids are what JSON, CSV and the schemas use.
 *
 * The labels are those of {@link unitLabel} (column headings); {@link formatQuantity}
 * writes values inline (`240 billion yuan`, `2,400 亿元`, `8% a year`, `年均8%`, `4th`,
 * `第4位`).
 *
 * | id | measure | × | en | zh-CN |
 * |---|---|---|---|---|
 * | `yuan` | yuan | 10⁰ | yuan | 元 |
 * | `10k-yuan` | yuan | 10⁴ | 10,000 yuan | 万元 |
 * | `100m-yuan` | yuan | 10⁸ | 100 million yuan | 亿元 |
 * | `bn-yuan` | yuan | 10⁹ | billion yuan | 十亿元 |
 * | `tce` | tce | 10⁰ | tce | 吨标准煤 |
 * | `10k-tce` | tce | 10⁴ | 10,000 tce | 万吨标准煤 |
 * | `tce-per-10k-yuan` | tce-per-10k-yuan | 10⁰ | tce per 10,000 yuan | 吨标准煤/万元 |
 * | `percent` | percent | 10⁰ | % | % |
 * | `percent-per-annum` | percent-per-annum | 10⁰ | % a year | 年均% |
 * | `percentage-points` | percentage-points | 10⁰ | percentage points | 个百分点 |
 * | `count` | count | 10⁰ | count | 个 |
 * | `rank` | rank | 10⁰ | rank | 位次 |
 * | `ratio` | ratio | 10⁰ | ratio | 比值 |
 *
 * @category Units
 */
export const UNITS = /* @__PURE__ */ Object.freeze({
  yuan: /* @__PURE__ */ Object.freeze({ measure: 'yuan', multiplier: 0 }),
  '10k-yuan': /* @__PURE__ */ Object.freeze({ measure: 'yuan', multiplier: 4 }),
  '100m-yuan': /* @__PURE__ */ Object.freeze({ measure: 'yuan', multiplier: 8 }),
  'bn-yuan': /* @__PURE__ */ Object.freeze({ measure: 'yuan', multiplier: 9 }),
  tce: /* @__PURE__ */ Object.freeze({ measure: 'tce', multiplier: 0 }),
  '10k-tce': /* @__PURE__ */ Object.freeze({ measure: 'tce', multiplier: 4 }),
  'tce-per-10k-yuan': /* @__PURE__ */ Object.freeze({ measure: 'tce-per-10k-yuan', multiplier: 0 }),
  percent: /* @__PURE__ */ Object.freeze({ measure: 'percent', multiplier: 0 }),
  'percent-per-annum': /* @__PURE__ */ Object.freeze({ measure: 'percent-per-annum', multiplier: 0 }),
  'percentage-points': /* @__PURE__ */ Object.freeze({ measure: 'percentage-points', multiplier: 0 }),
  count: /* @__PURE__ */ Object.freeze({ measure: 'count', multiplier: 0 }),
  rank: /* @__PURE__ */ Object.freeze({ measure: 'rank', multiplier: 0 }),
  ratio: /* @__PURE__ */ Object.freeze({ measure: 'ratio', multiplier: 0 }),
} as const satisfies Record<string, Unit>);

/**
 * The id of a named unit (`'bn-yuan'`, `'tce-per-10k-yuan'`, `'percent'` …).
 *
 * @category Units
 */
export type UnitId = keyof typeof UNITS;

/** Every unit id, in a fixed order. @category Units */
export const UNIT_IDS = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.keys(UNITS)) as readonly UnitId[];

/** Smallest power of ten a {@link Unit} may carry as its multiplier (SI quecto, 10⁻³⁰). @category Units */
export const MIN_MULTIPLIER = -30;

/** Largest power of ten a {@link Unit} may carry as its multiplier (SI quetta, 10³⁰). @category Units */
export const MAX_MULTIPLIER = 30;

/**
 * A unit given by its id (`'bn-yuan'`) or as an object (`{ measure: 'yuan', multiplier: 9 }`).
 *
 * @category Units
 */
export type UnitLike = UnitId | Unit;

/**
 * The measure of a unit id or unit object, at the type level:
 * `MeasureOf<'bn-yuan'>` is `'yuan'`, `MeasureOf<Unit<'tce'>>` is `'tce'`.
 *
 * @category Units
 */
export type MeasureOf<U extends UnitLike> = U extends UnitId
  ? MeasureById[U]
  : U extends Unit<infer M>
    ? M
    : never;

/** The measure of each named unit id. @category Units */
export type MeasureById = { readonly [K in UnitId]: (typeof UNITS)[K]['measure'] };

/**
 * The ids of the named units of measure `M`: `UnitIdOf<'yuan'>` is
 * `'yuan' | '10k-yuan' | '100m-yuan' | 'bn-yuan'`.
 *
 * @category Units
 */
export type UnitIdOf<M extends Measure> = {
  [K in UnitId]: MeasureById[K] extends M ? K : never;
}[UnitId];

/**
 * A unit of measure `M`, by id or as an object.
 *
 * @category Units
 */
export type UnitOf<M extends Measure> = UnitIdOf<M> | Unit<M>;

/**
 * An exact value in a unit: `240` in `bn-yuan`. Made by {@link quantity}, frozen.
 *
 * The measure is part of the type, so a function that takes `Quantity<'yuan'>` does not
 * compile with a `Quantity<'tce'>`.
 *
 * @category Units
 */
export interface Quantity<M extends Measure = Measure> {
  /** The exact value, in `unit` (never rounded to 34 digits). */
  readonly value: Decimal;
  /** The unit: a measure and a power-of-ten multiplier. */
  readonly unit: Unit<M>;
}

/**
 * The measures that are percentages, which {@link toRatio} turns into ratios (÷ 100).
 *
 * @category Units
 */
export type PercentMeasure = 'percent' | 'percent-per-annum' | 'percentage-points';

const PERCENT_MEASURES: readonly PercentMeasure[] = /* @__PURE__ */ Object.freeze([
  'percent',
  'percent-per-annum',
  'percentage-points',
]);

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

const unitKey = (measure: string, multiplier: number): string => `${measure}:${multiplier}`;

const ID_BY_KEY: ReadonlyMap<string, UnitId> = /* @__PURE__ */ new Map(
  UNIT_IDS.map((id) => [unitKey(UNITS[id].measure, UNITS[id].multiplier), id] as const),
);

/** Quantities made here: frozen, checked, and safe to read without checking again. */
const OWN_QUANTITIES = new WeakSet<object>();

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
  if (typeof q === 'object' && q !== null && OWN_QUANTITIES.has(q)) return q as Quantity;
  if (typeof q !== 'object' || q === null || Array.isArray(q) || D.isDecimal(q)) {
    const bare = D.isDecimal(q) ? (q as Decimal).toString() : undefined;
    throw new PlanError('INVALID_ARGUMENT', messages.notQuantity(name, q, bare), { argument: name, received: q });
  }
  const { value, unit } = q as { value?: unknown; unit?: unknown };
  return make(dec(value as DecimalInput, `${name}.value`), readUnit(unit, `${name}.unit`));
}

function make<M extends Measure>(value: Decimal, unit: Unit<M>): Quantity<M> {
  const q: Quantity<M> = Object.freeze({ value: value.isZero() ? new D(0) : value, unit });
  OWN_QUANTITIES.add(q);
  return q;
}

/**
 * `value × 10^places`, exactly: a shift of the decimal point, never rounded.
 *
 * @internal
 */
export function shift(value: Decimal, places: number): Decimal {
  if (places === 0 || value.isZero()) return value;
  return new D(new EXACT(value).times(new EXACT(`1e${places}`)));
}

/** A unit for a message: its id if it has one, else its measure and multiplier. */
function describeUnit(unit: Unit): string {
  return messages.unitName(unitIdOf(unit), unit.measure, unit.multiplier);
}

function mismatch(operation: string, a: Unit, b: Unit): PlanError {
  return new PlanError(
    'UNIT_MISMATCH',
    messages.unitMismatch(operation, describeUnit(a), a.measure, describeUnit(b), b.measure),
    { operation, a: a.measure, b: b.measure },
  );
}

/**
 * The error for converting between measures, with a hint for percent ↔ ratio.
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

function isPercentMeasure(measure: Measure): measure is PercentMeasure {
  return (PERCENT_MEASURES as readonly Measure[]).includes(measure);
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
 * The id of a unit in the registry, or `undefined` if it has none (`{ measure: 'yuan',
 * multiplier: 6 }`).
 *
 * @example
 * ```ts
 * unitIdOf({ measure: 'yuan', multiplier: 8 }); // → '100m-yuan'
 * unitIdOf({ measure: 'yuan', multiplier: 6 }); // → undefined
 * ```
 *
 * @category Units
 */
export function unitIdOf(unit: Unit): UnitId | undefined {
  if (typeof unit !== 'object' || unit === null) return undefined;
  return ID_BY_KEY.get(unitKey(unit.measure, unit.multiplier + 0));
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
  if (OWN_QUANTITIES.has(x)) return true;
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

/**
 * Express `q` in another unit of the same measure, exactly: the value is shifted by the
 * difference of the multipliers, `value × 10^(from − to)`, and never rounded.
 *
 * Percent and ratio are different measures and do not convert (25 % is not 25); use
 * {@link toRatio} and {@link fromRatio}.
 *
 * @param q - The quantity.
 * @param unit - The target unit, of the same measure.
 * @throws {@link PlanError} `UNIT_MISMATCH` when the measures differ; `UNKNOWN_UNIT` for a
 *   bad unit; `INVALID_ARGUMENT` when `q` is not a quantity.
 *
 * @example
 * ```ts
 * convert(quantity(240, 'bn-yuan'), '100m-yuan').value.toString(); // → '2400'
 * convert(quantity(240, 'bn-yuan'), '10k-yuan').value.toString();  // → '24000000'
 * convert(quantity(1, 'yuan'), 'bn-yuan').value.toString();        // → '1e-9'
 * convert(quantity(1, 'tce'), 'yuan');
 * // throws PlanError UNIT_MISMATCH: "convert: cannot convert 'tce' (measure 'tce') to 'yuan' (measure 'yuan'); …"
 * ```
 *
 * @category Units
 */
export function convert<M extends Measure>(q: Quantity<M>, unit: NoInfer<UnitOf<M>>): Quantity<M> {
  const from = readQuantity(q, 'q');
  const to = readUnit(unit, 'unit');
  if (from.unit.measure !== to.measure) throw conversionError('convert', from.unit, to);
  if (from.unit === to) return from as Quantity<M>;
  return make(shift(from.value, from.unit.multiplier - to.multiplier), to) as Quantity<M>;
}

function aligned(operation: string, a: unknown, b: unknown): [Decimal, Decimal, Unit] {
  const x = readQuantity(a, 'a');
  const y = readQuantity(b, 'b');
  if (x.unit.measure !== y.unit.measure) throw mismatch(operation, x.unit, y.unit);
  const unit = y.unit.multiplier < x.unit.multiplier ? y.unit : x.unit;
  return [
    shift(x.value, x.unit.multiplier - unit.multiplier),
    shift(y.value, y.unit.multiplier - unit.multiplier),
    unit,
  ];
}

/**
 * `a + b`, exactly, in the finer of the two units (the smaller multiplier; `a`'s unit when
 * they are equal). The inputs are not changed.
 *
 * @throws {@link PlanError} `UNIT_MISMATCH` when the measures differ (the message names
 *   both); `INVALID_ARGUMENT` when an argument is not a quantity.
 *
 * @example
 * ```ts
 * const sum = add(quantity(240, 'bn-yuan'), quantity(5, '100m-yuan'));
 * sum.value.toString(); // → '2405'
 * sum.unit;             // → { measure: 'yuan', multiplier: 8 } (亿元)
 * add(quantity(1, 'tce'), quantity(1, 'yuan'));
 * // throws PlanError UNIT_MISMATCH: "add: a is in 'tce' (measure 'tce') and b is in 'yuan' (measure 'yuan'); …"
 * ```
 *
 * @category Units
 */
export function add<M extends Measure>(a: Quantity<M>, b: Quantity<NoInfer<M>>): Quantity<M> {
  const [x, y, unit] = aligned('add', a, b);
  return make(new D(new EXACT(x).plus(y)), unit) as Quantity<M>;
}

/**
 * `a − b`, exactly, in the finer of the two units (the smaller multiplier; `a`'s unit when
 * they are equal). The inputs are not changed.
 *
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
  return make(new D(new EXACT(x).minus(y)), unit) as Quantity<M>;
}

/**
 * Compare two quantities of one measure across multipliers, exactly: `-1` when `a < b`,
 * `0` when they are equal, `1` when `a > b`.
 *
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

function percentQuantity(q: unknown, operation: string): Quantity {
  const x = readQuantity(q, 'q');
  if (!isPercentMeasure(x.unit.measure)) {
    throw new PlanError(
      'UNIT_MISMATCH',
      messages.notPercentMeasure(operation, 'q', describeUnit(x.unit), x.unit.measure, PERCENT_MEASURES),
      { operation, received: x.unit.measure, allowed: PERCENT_MEASURES },
    );
  }
  return x;
}

/**
 * A percentage as a ratio, the form the formulas take: `value × 10^multiplier ÷ 100`,
 * exactly. 8 (percent a year) → 0.08; 25 (percent) → 0.25; 3.5 (percentage points) →
 * 0.035.
 *
 * @param q - A quantity in `percent`, `percent-per-annum` or `percentage-points`.
 * @returns The ratio, exact.
 * @throws {@link PlanError} `UNIT_MISMATCH` for any other measure.
 *
 * @example
 * ```ts
 * toRatio(quantity(8, 'percent-per-annum')).toString(); // → '0.08'
 * toRatio(quantity('-37.5', 'percent')).toString();     // → '-0.375'
 * ```
 *
 * @category Units
 */
export function toRatio(q: Quantity<PercentMeasure>): Decimal {
  const x = percentQuantity(q, 'toRatio');
  return shift(x.value, x.unit.multiplier - 2);
}

/**
 * A ratio as a percentage quantity: `x × 100` (÷ the unit's multiplier), exactly. The
 * inverse of {@link toRatio}: 0.08 → 8 % a year.
 *
 * @param x - The ratio (0.08 for 8 %).
 * @param unit - A unit of `percent`, `percent-per-annum` or `percentage-points`.
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
  if (!isPercentMeasure(u.measure)) {
    throw new PlanError(
      'UNIT_MISMATCH',
      messages.notPercentMeasure('fromRatio', 'unit', describeUnit(u), u.measure, PERCENT_MEASURES),
      { operation: 'fromRatio', received: u.measure, allowed: PERCENT_MEASURES },
    );
  }
  return make(shift(dec(x, 'x'), 2 - u.multiplier), u) as Quantity<MeasureOf<U>>;
}
