/**
 * Numbers as the page shows them: the library's `formatQuantity` in the page's language,
 * rounded for reading as the command line's tables round them (the exact values are in the
 * explanations).
 */
import {
  COMPARATOR_SYMBOLS,
  TARGET_FORM_WORDS,
  formatDecimal,
  formatQuantity,
  fromRatio,
  quantity,
  type Comparator,
  type Decimal,
  type Locale,
  type TargetForm,
  type UnitId,
} from 'baotou-plan';
// The places the command line's tables show, so the page rounds as they do.
import { displayPlaces } from '../../src/cli/places.js';

/**
 * A value with its unit, rounded for reading; `–` without a value.
 *
 * @param value - The value, or `null`.
 * @param unit - Its unit.
 * @param locale - The page's language.
 * @param exact - Write every digit instead of rounding.
 * @returns The text.
 */
export function qty(value: Decimal | null | undefined, unit: UnitId, locale: Locale, exact = false): string {
  if (value === null || value === undefined) return '–';
  return formatQuantity(quantity(value, unit), exact ? { locale } : { locale, places: displayPlaces(unit) });
}

/**
 * A bare value in `unit`, rounded for reading (for a column or row that names the unit);
 * `–` without a value.
 *
 * @param value - The value, or `undefined`.
 * @param unit - Its unit.
 * @param locale - The page's language.
 * @returns The text.
 */
export function num(value: Decimal | undefined, unit: UnitId, locale: Locale): string {
  return value === undefined ? '–' : formatDecimal(value, { locale, places: displayPlaces(unit) });
}

/**
 * A target's goal: its comparator's symbol and its value (`≥ 240 billion yuan`), and what the
 * value is when it is not a level or an annual average (which its unit says): `≥ 1 years
 * (change over the period)`.
 *
 * @param comparator - The comparator.
 * @param value - The threshold.
 * @param unit - Its unit.
 * @param locale - The page's language.
 * @param form - The target's form, when it has one.
 * @returns The text.
 */
export function goal(comparator: Comparator, value: Decimal, unit: UnitId, locale: Locale, form?: TargetForm): string {
  const text = `${COMPARATOR_SYMBOLS[comparator]} ${formatQuantity(quantity(value, unit), { locale })}`;
  return form === undefined || form === 'level' || form === 'annual-average' ? text : `${text} (${TARGET_FORM_WORDS[form][locale]})`;
}

/**
 * A growth rate given as a ratio (`0.08`), in percent a year (`8.00% a year`, `年均8.00%`).
 *
 * @param ratio - The rate as a ratio.
 * @param locale - The page's language.
 * @returns The text.
 */
export function rate(ratio: Decimal, locale: Locale): string {
  return formatQuantity(fromRatio(ratio, 'percent-per-annum'), { locale, places: 2 });
}
