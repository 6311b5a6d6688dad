/**
 * Units, SDMX-style: a measure (`UNIT_MEASURE`) plus a power-of-ten multiplier
 * (`UNIT_MULT`). 亿元 is yuan × 10⁸; billion yuan is yuan × 10⁹.
 *
 * @module
 */

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
export const MEASURES: readonly Measure[] = Object.freeze([
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
 * | `percent-per-annum` | percent-per-annum | 10⁰ | % a year | %/年 |
 * | `percentage-points` | percentage-points | 10⁰ | percentage points | 个百分点 |
 * | `count` | count | 10⁰ | (none) | 个 |
 * | `rank` | rank | 10⁰ | (ordinal) | 位 |
 * | `ratio` | ratio | 10⁰ | (none) | (none) |
 *
 * @category Units
 */
export const UNITS = Object.freeze({
  yuan: Object.freeze({ measure: 'yuan', multiplier: 0 }),
  '10k-yuan': Object.freeze({ measure: 'yuan', multiplier: 4 }),
  '100m-yuan': Object.freeze({ measure: 'yuan', multiplier: 8 }),
  'bn-yuan': Object.freeze({ measure: 'yuan', multiplier: 9 }),
  tce: Object.freeze({ measure: 'tce', multiplier: 0 }),
  '10k-tce': Object.freeze({ measure: 'tce', multiplier: 4 }),
  'tce-per-10k-yuan': Object.freeze({ measure: 'tce-per-10k-yuan', multiplier: 0 }),
  percent: Object.freeze({ measure: 'percent', multiplier: 0 }),
  'percent-per-annum': Object.freeze({ measure: 'percent-per-annum', multiplier: 0 }),
  'percentage-points': Object.freeze({ measure: 'percentage-points', multiplier: 0 }),
  count: Object.freeze({ measure: 'count', multiplier: 0 }),
  rank: Object.freeze({ measure: 'rank', multiplier: 0 }),
  ratio: Object.freeze({ measure: 'ratio', multiplier: 0 }),
} as const satisfies Record<string, Unit>);

/**
 * The id of a named unit (`'bn-yuan'`, `'tce-per-10k-yuan'`, `'percent'` …).
 *
 * @category Units
 */
export type UnitId = keyof typeof UNITS;

/** Every unit id, in a fixed order. @category Units */
export const UNIT_IDS = Object.freeze(Object.keys(UNITS)) as readonly UnitId[];
