/**
 * Unit labels for column headings and axis titles.
 *
 * @module
 */
import { readUnit, unitIdOf, type UnitLike } from '../units/index.js';
import { AUTO_UNITS, HEADER_LABELS, MEASURE_LABELS, scaledLabel } from './labels.js';
import type { Locale } from '../vocabulary.js';
import { readNumberStyle } from './number.js';

/**
 * Options of {@link unitLabel}.
 *
 * @example
 * ```ts
 * const options: UnitLabelOptions = { locale: 'zh-CN' };
 * unitLabel('percent-per-annum', options); // → '年均%'
 * ```
 *
 * @category Units
 */
export interface UnitLabelOptions {
  /** `'en'` (default) or `'zh-CN'`. */
  readonly locale?: Locale;
}

/**
 * The label of a unit for a column heading or an axis title, as statistical yearbooks head
 * their columns: `100 million yuan` / `亿元`, `tce per 10,000 yuan` / `吨标准煤/万元`,
 * `%`, `% a year` / `年均%`. A unit without an id is labelled by its measure and power of
 * ten (`yuan (× 10^5)`), except million yuan and million tce in English.
 *
 * | id | en | zh-CN |
 * |---|---|---|
 * | `yuan` | yuan | 元 |
 * | `10k-yuan` | 10,000 yuan | 万元 |
 * | `100m-yuan` | 100 million yuan | 亿元 |
 * | `bn-yuan` | billion yuan | 十亿元 |
 * | `tce` | tce | 吨标准煤 |
 * | `10k-tce` | 10,000 tce | 万吨标准煤 |
 * | `tce-per-10k-yuan` | tce per 10,000 yuan | 吨标准煤/万元 |
 * | `percent` | % | % |
 * | `percent-per-annum` | % a year | 年均% |
 * | `percentage-points` | percentage points | 个百分点 |
 * | `count` | count | 个 |
 * | `rank` | rank | 位次 |
 * | `ratio` | ratio | 比值 |
 *
 * @param unit - A unit id or unit object.
 * @param options - `locale`: `'en'` (default) or `'zh-CN'`.
 * @returns The label.
 * @throws {@link PlanError} `UNKNOWN_UNIT` for a bad unit; `INVALID_ARGUMENT` for a bad
 *   locale.
 *
 * @example
 * ```ts
 * unitLabel('100m-yuan');                         // → '100 million yuan'
 * unitLabel('100m-yuan', { locale: 'zh-CN' });    // → '亿元'
 * unitLabel({ measure: 'yuan', multiplier: 6 });  // → 'million yuan'
 * unitLabel({ measure: 'yuan', multiplier: 5 });  // → 'yuan (× 10^5)'
 * ```
 *
 * @category Units
 */
export function unitLabel(unit: UnitLike, options?: UnitLabelOptions): string {
  const u = readUnit(unit, 'unit');
  const { locale } = readNumberStyle(options, ['locale']);
  const id = unitIdOf(u);
  if (id !== undefined) return HEADER_LABELS[id][locale];
  const named = AUTO_UNITS[u.measure][locale].find((c) => c.multiplier === u.multiplier);
  if (named !== undefined) return named.word;
  return scaledLabel(MEASURE_LABELS[u.measure][locale], u.multiplier);
}
