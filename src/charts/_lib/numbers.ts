/**
 * Where exact decimals become chart numbers: the one place floats appear, at the edge.
 *
 * @internal
 * @module
 */
import { round, type Decimal } from '../../decimal.js';
import { formatDecimal } from '../../format/number.js';
import type { ChartLocale } from '../types.js';

/**
 * The nearest double to an exact decimal, for plotting only.
 *
 * @param x - The exact value.
 * @returns The number a chart plots.
 *
 * @example
 * ```ts
 * plotted(dec('203.2841395728')); // → 203.2841395728
 * ```
 */
export function plotted(x: Decimal): number {
  return Number(x.toString());
}

/**
 * A value for a label or tooltip: exact when it has at most `places` decimals, else rounded
 * half-up to `places` (2 for values of 1 or more; 4 significant digits below 1), with digit
 * grouping.
 *
 * @param x - The exact value.
 * @param locale - `'en'` or `'zh-CN'`.
 * @returns The value as people read it.
 *
 * @example
 * ```ts
 * shown(dec('1203.2841'), 'en');  // → '1,203.28'
 * shown(dec('0.012345'), 'en');   // → '0.01235'
 * ```
 */
export function shown(x: Decimal, locale: ChartLocale): string {
  const small = x.abs().lt(1) && !x.isZero();
  const places = small ? Math.max(2, 3 - x.abs().e) : 2;
  const value = x.decimalPlaces() > places ? round(x, places) : x;
  return formatDecimal(value, { locale });
}

/**
 * An attainment ratio in percent, with one decimal.
 *
 * @param ratio - The ratio (`1` is 100 %).
 * @param locale - `'en'` or `'zh-CN'`.
 * @returns The percentage as people read it.
 *
 * @example
 * ```ts
 * percent(dec('1.0234'), 'en'); // → '102.3 %'
 * ```
 */
export function percent(ratio: Decimal, locale: ChartLocale): string {
  return `${formatDecimal(ratio.times(100), { locale, places: 1 })} %`;
}
