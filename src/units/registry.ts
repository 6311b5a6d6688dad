/**
 * The registry of units, SDMX-style: a measure (`UNIT_MEASURE`) plus a power-of-ten
 * multiplier (`UNIT_MULT`). 亿元 is yuan × 10⁸; billion yuan is yuan × 10⁹.
 *
 * @module
 */
import type { Decimal } from '../decimal.js';

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
 * - `yuan-per-person`: money per person (labour productivity, 元/人).
 * - `count-per-10k-people`: things per 10⁴ people (invention patents, 件/万人).
 * - `years`: a duration in years (schooling, life expectancy: 年, 岁).
 * - `mu`: land area in mu (亩, 1/15 hectare).
 * - `cubic-metre`: volume (forest stock, 立方米).
 * - `cubic-metre-per-10k-yuan`: water use per 10⁴ yuan of value added (立方米/万元).
 * - `tonne`: mass (emissions of a pollutant, 吨).
 * - `tonne-per-10k-yuan`: mass per 10⁴ yuan of value added (CO₂ per unit of GDP, 吨/万元).
 * - `microgram-per-cubic-metre`: a concentration in air (PM2.5, 微克/立方米).
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
  | 'ratio'
  | 'yuan-per-person'
  | 'count-per-10k-people'
  | 'years'
  | 'mu'
  | 'cubic-metre'
  | 'cubic-metre-per-10k-yuan'
  | 'tonne'
  | 'tonne-per-10k-yuan'
  | 'microgram-per-cubic-metre';

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
  'yuan-per-person',
  'count-per-10k-people',
  'years',
  'mu',
  'cubic-metre',
  'cubic-metre-per-10k-yuan',
  'tonne',
  'tonne-per-10k-yuan',
  'microgram-per-cubic-metre',
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
 * | `yuan-per-person` | yuan-per-person | 10⁰ | yuan per person | 元/人 |
 * | `10k-yuan-per-person` | yuan-per-person | 10⁴ | 10,000 yuan per person | 万元/人 |
 * | `count-per-10k-people` | count-per-10k-people | 10⁰ | per 10,000 people | 每万人 |
 * | `years` | years | 10⁰ | years | 年 |
 * | `mu` | mu | 10⁰ | mu | 亩 |
 * | `10k-mu` | mu | 10⁴ | 10,000 mu | 万亩 |
 * | `100m-mu` | mu | 10⁸ | 100 million mu | 亿亩 |
 * | `cubic-metre` | cubic-metre | 10⁰ | cubic metres | 立方米 |
 * | `100m-cubic-metres` | cubic-metre | 10⁸ | 100 million cubic metres | 亿立方米 |
 * | `cubic-metre-per-10k-yuan` | cubic-metre-per-10k-yuan | 10⁰ | cubic metres per 10,000 yuan | 立方米/万元 |
 * | `tonne` | tonne | 10⁰ | tonnes | 吨 |
 * | `10k-tonnes` | tonne | 10⁴ | 10,000 tonnes | 万吨 |
 * | `tonne-per-10k-yuan` | tonne-per-10k-yuan | 10⁰ | tonnes per 10,000 yuan | 吨/万元 |
 * | `microgram-per-cubic-metre` | microgram-per-cubic-metre | 10⁰ | μg/m³ | 微克/立方米 |
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
  'yuan-per-person': /* @__PURE__ */ Object.freeze({ measure: 'yuan-per-person', multiplier: 0 }),
  '10k-yuan-per-person': /* @__PURE__ */ Object.freeze({ measure: 'yuan-per-person', multiplier: 4 }),
  'count-per-10k-people': /* @__PURE__ */ Object.freeze({ measure: 'count-per-10k-people', multiplier: 0 }),
  years: /* @__PURE__ */ Object.freeze({ measure: 'years', multiplier: 0 }),
  mu: /* @__PURE__ */ Object.freeze({ measure: 'mu', multiplier: 0 }),
  '10k-mu': /* @__PURE__ */ Object.freeze({ measure: 'mu', multiplier: 4 }),
  '100m-mu': /* @__PURE__ */ Object.freeze({ measure: 'mu', multiplier: 8 }),
  'cubic-metre': /* @__PURE__ */ Object.freeze({ measure: 'cubic-metre', multiplier: 0 }),
  '100m-cubic-metres': /* @__PURE__ */ Object.freeze({ measure: 'cubic-metre', multiplier: 8 }),
  'cubic-metre-per-10k-yuan': /* @__PURE__ */ Object.freeze({ measure: 'cubic-metre-per-10k-yuan', multiplier: 0 }),
  tonne: /* @__PURE__ */ Object.freeze({ measure: 'tonne', multiplier: 0 }),
  '10k-tonnes': /* @__PURE__ */ Object.freeze({ measure: 'tonne', multiplier: 4 }),
  'tonne-per-10k-yuan': /* @__PURE__ */ Object.freeze({ measure: 'tonne-per-10k-yuan', multiplier: 0 }),
  'microgram-per-cubic-metre': /* @__PURE__ */ Object.freeze({ measure: 'microgram-per-cubic-metre', multiplier: 0 }),
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

/** The percentage measures, in a fixed order (see {@link PercentMeasure}). @internal */
export const PERCENT_MEASURES: readonly PercentMeasure[] = /* @__PURE__ */ Object.freeze([
  'percent',
  'percent-per-annum',
  'percentage-points',
]);

/** The key of a unit in {@link ID_BY_KEY}: `'yuan:8'`. @internal */
export const unitKey = (measure: string, multiplier: number): string => `${measure}:${multiplier}`;

/** The id of each named unit, by {@link unitKey}. @internal */
export const ID_BY_KEY: ReadonlyMap<string, UnitId> = /* @__PURE__ */ new Map(
  UNIT_IDS.map((id) => [unitKey(UNITS[id].measure, UNITS[id].multiplier), id] as const),
);

/**
 * The id of a unit in the registry, or `undefined` if it has none (`{ measure: 'yuan',
 * multiplier: 6 }`).
 *
 * @param unit - A unit object.
 * @returns Its id, or `undefined` for a unit without one (or a value that is no object).
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
  try {
    const { measure, multiplier } = unit;
    return typeof measure === 'string' && typeof multiplier === 'number' ? ID_BY_KEY.get(unitKey(measure, multiplier + 0)) : undefined;
  } catch {
    return undefined; // a getter or a Proxy's trap threw: no unit
  }
}

/**
 * Whether a measure is a percentage (see {@link PercentMeasure}).
 *
 * @example
 * ```ts
 * isPercentMeasure('percent-per-annum'); // → true
 * isPercentMeasure('ratio');             // → false
 * ```
 *
 * @internal
 */
export function isPercentMeasure(measure: Measure): measure is PercentMeasure {
  return (PERCENT_MEASURES as readonly Measure[]).includes(measure);
}

