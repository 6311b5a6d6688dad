/**
 * Quantities for people, in English and Simplified Chinese: `240 billion yuan`,
 * `2,400 亿元`, `1.3 吨标准煤/万元`, `8% a year`, `年均8%`.
 *
 * @module
 */
import { shift } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import {
  UNITS,
  UNIT_IDS,
  conversionError,
  readQuantity,
  type Measure,
  type Quantity,
  type UnitId,
  type UnitIdOf,
} from '../units/index.js';
import { AUTO_UNITS, INLINE_LABELS, PATTERNS, type DisplayUnit } from './labels.js';
import { hasOwn, readOptions } from '../read.js';
import type { Locale } from '../vocabulary.js';
import { NUMBER_STYLE_KEYS, readNumberStyle, renderDecimal, type FormatDecimalOptions } from './number.js';

/**
 * Options of {@link formatQuantity}: those of {@link formatDecimal} and the display unit.
 *
 * @example
 * ```ts
 * const options: FormatQuantityOptions<'yuan'> = { unit: '100m-yuan', locale: 'zh-CN' };
 * formatQuantity(quantity(240, 'bn-yuan'), options); // → '2,400 亿元'
 * ```
 *
 * @category Units
 */
export interface FormatQuantityOptions<M extends Measure = Measure> extends FormatDecimalOptions {
  /**
   * `'auto'` (default): the natural unit for the size of the value and the language
   * (billion / million / yuan; 亿元 / 万元 / 元). A unit id of the same measure: show the
   * value in that unit (`'100m-yuan'` → `2,400 hundred million yuan`, `2,400 亿元`).
   */
  readonly unit?: 'auto' | UnitIdOf<M>;
}

/** The largest candidate the value reaches (|value| ≥ 10^multiplier); zero keeps its own scale. */
function autoUnit(q: Quantity, locale: Locale): DisplayUnit {
  const candidates = AUTO_UNITS[q.unit.measure][locale];
  const smallest = candidates[candidates.length - 1] as DisplayUnit;
  if (q.value.isZero()) return candidates.find((c) => c.multiplier <= q.unit.multiplier) ?? smallest;
  // value × 10^m ≥ 10^k exactly when the leading digit's exponent e satisfies e + m ≥ k.
  const magnitude = q.value.e + q.unit.multiplier;
  return candidates.find((c) => magnitude >= c.multiplier) ?? smallest;
}

function namedUnit(q: Quantity, requested: unknown, locale: Locale): DisplayUnit {
  if (typeof requested !== 'string' || !hasOwn(UNITS, requested)) {
    throw new PlanError('UNKNOWN_UNIT', messages.unknownDisplayUnit('unit', requested, UNIT_IDS), {
      argument: 'unit',
      received: requested,
      known: UNIT_IDS,
    });
  }
  const target = UNITS[requested as UnitId];
  if (target.measure !== q.unit.measure) throw conversionError('formatQuantity', q.unit, target);
  return { multiplier: target.multiplier, word: INLINE_LABELS[requested as UnitId][locale] };
}

/** The keys of {@link FormatQuantityOptions}. */
const QUANTITY_KEYS: readonly string[] = /* @__PURE__ */ (NUMBER_STYLE_KEYS as readonly string[]).concat('unit');

/**
 * Write a quantity for people, in English (`'en'`, default) or Simplified Chinese
 * (`'zh-CN'`).
 *
 * The number is written as {@link formatDecimal} writes it: exact without `places` (every
 * digit, grouped by thousands with commas in both languages), rounded half-up (四舍五入)
 * with `places` (after conversion to the display unit). With `unit: 'auto'` (default)
 * money is shown in billion / million / yuan (en) or 亿元 / 万元 / 元 (zh-CN), energy in
 * million tce / tce or 万吨标准煤 / 吨标准煤 — the largest unit the value reaches — and
 * every other measure in its own unit. The conversion is exact.
 *
 * | measure | en | zh-CN |
 * |---|---|---|
 * | yuan | `240 billion yuan`, `15 million yuan` | `2,400 亿元`, `1,500 万元` |
 * | tce | `1.2 million tce` | `120 万吨标准煤` |
 * | tce-per-10k-yuan | `1.3 tce per 10,000 yuan` | `1.3 吨标准煤/万元` |
 * | percent | `25%` | `25%` |
 * | percent-per-annum | `8% a year` | `年均8%` |
 * | percentage-points | `3.5 percentage points`, `1 percentage point` | `3.5个百分点` |
 * | count | `120` | `120` |
 * | rank | `4th`, `rank 2.5` | `第4位` |
 * | ratio | `0.25` | `0.25` |
 *
 * Counts are bare numbers: the counted noun belongs to the indicator's name, and its
 * Chinese measure word (个, 家, 项) depends on that noun. Named display units, written
 * inline: `yuan`, `ten thousand yuan`, `hundred million yuan`, `billion yuan`, `tce`,
 * `ten thousand tce` (元, 万元, 亿元, 十亿元, 吨标准煤, 万吨标准煤); for column headings use
 * {@link unitLabel}.
 *
 * @param q - The quantity.
 * @param options - `locale`, `places`, `rounding`, `grouping` as for {@link formatDecimal};
 *   `unit`: `'auto'` or a unit id of the same measure.
 * @returns The quantity as people read it.
 * @throws {@link PlanError} `INVALID_ARGUMENT` when `q` is not a quantity or an option is
 *   bad; `UNKNOWN_UNIT` for an unknown `unit`; `UNIT_MISMATCH` for a `unit` of another
 *   measure; `DOMAIN` when the value in the display unit is beyond the bounds of the
 *   library's decimals (10^10000 billion yuan in yuan).
 *
 * @example
 * ```ts
 * formatQuantity(quantity(240, 'bn-yuan'));                       // → '240 billion yuan'
 * formatQuantity(quantity(240, 'bn-yuan'), { locale: 'zh-CN' });  // → '2,400 亿元'
 * formatQuantity(quantity('1.3', 'tce-per-10k-yuan'));            // → '1.3 tce per 10,000 yuan'
 * formatQuantity(quantity('1.3', 'tce-per-10k-yuan'), { locale: 'zh-CN' }); // → '1.3 吨标准煤/万元'
 * formatQuantity(quantity('14.8698', 'percent-per-annum'), { places: 1 });   // → '14.9% a year'
 * formatQuantity(quantity(8, 'percent-per-annum'), { locale: 'zh-CN' });    // → '年均8%'
 * formatQuantity(quantity(4, 'rank'));                            // → '4th'
 * formatQuantity(quantity(240, 'bn-yuan'), { unit: '10k-yuan', locale: 'zh-CN' }); // → '24,000,000 万元'
 * ```
 *
 * @category Units
 */
export function formatQuantity<M extends Measure>(q: Quantity<M>, options?: FormatQuantityOptions<NoInfer<M>>): string {
  const x = readQuantity(q, 'q');
  const style = readNumberStyle(options, QUANTITY_KEYS);
  const requested = readOptions(options, 'options', QUANTITY_KEYS).unit;
  const display =
    requested === undefined || requested === 'auto'
      ? autoUnit(x, style.locale)
      : namedUnit(x, requested, style.locale);
  const written = renderDecimal(shift(x.value, x.unit.multiplier - display.multiplier, 'q.value'), style);
  return PATTERNS[x.unit.measure][style.locale](written, display.word);
}
