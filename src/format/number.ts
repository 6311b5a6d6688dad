/**
 * Plain numbers for people: exact decimals with digit grouping, rounded only when asked.
 *
 * @module
 */
import { MAX_PLACES, dec, round, type Decimal, type DecimalInput, type RoundingMode } from '../decimal.js';
import { optional, readBoolean, readChoice, readInteger, readOptions } from '../read.js';
import { LOCALES, type Locale } from '../vocabulary.js';

/**
 * Options of {@link formatDecimal} (and of {@link formatQuantity}).
 *
 * @example
 * ```ts
 * const options: FormatDecimalOptions = { locale: 'zh-CN', places: 2, rounding: 'half-even', grouping: true };
 * formatDecimal('2787.445', options); // → '2,787.44'
 * ```
 *
 * @category Units
 */
export interface FormatDecimalOptions {
  /** `'en'` (default) or `'zh-CN'`. */
  readonly locale?: Locale;
  /**
   * Decimal places, an integer from 0 to 1000. Without it the value is written exactly
   * (no rounding, no trailing zeros added); with it, rounded by `rounding` and padded with
   * zeros to exactly `places` places.
   */
  readonly places?: number;
  /** How to round when `places` is given: `'half-up'` (四舍五入, default) or `'half-even'`. */
  readonly rounding?: RoundingMode;
  /** Group the integer digits by thousands with commas (default `true`). */
  readonly grouping?: boolean;
}

/**
 * Number options, read and checked (what {@link readNumberStyle} returns).
 *
 * @example
 * ```ts
 * const style: NumberStyle = { locale: 'en', places: 2, rounding: 'half-up', grouping: true };
 * ```
 *
 * @internal
 */
export interface NumberStyle {
  readonly locale: Locale;
  readonly places: number | undefined;
  readonly rounding: RoundingMode;
  readonly grouping: boolean;
}

const ROUNDINGS: readonly RoundingMode[] = ['half-up', 'half-even'];

/** The keys of {@link FormatDecimalOptions}. @internal */
export const NUMBER_STYLE_KEYS = ['locale', 'places', 'rounding', 'grouping'] as const;

/**
 * Read and check the options shared by the format functions, with their defaults.
 *
 * @param options - `{ locale?, places?, rounding?, grouping? }` or `undefined`.
 * @param allowed - The keys allowed (default those of {@link FormatDecimalOptions}); another
 *   is an error with a suggestion.
 * @returns The options with every default filled in.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for options that are not an object, and for
 *   a bad locale, number of places, rounding or grouping.
 *
 * @example
 * ```ts
 * readNumberStyle(undefined); // → { locale: 'en', places: undefined, rounding: 'half-up', grouping: true }
 * readNumberStyle({ places: 2.5 }); // throws PlanError INVALID_ARGUMENT
 * // → 'places: expected an integer from 0 to 1000, got 2.5'
 * ```
 *
 * @internal
 */
export function readNumberStyle(options: unknown, allowed: readonly string[] = NUMBER_STYLE_KEYS): NumberStyle {
  const o = readOptions(options, 'options', allowed);
  return {
    locale: optional(o.locale, (x) => readChoice(x, 'locale', LOCALES), 'en' as const),
    places: optional(o.places, (x) => readInteger(x, 'places', 0, MAX_PLACES)),
    rounding: optional(o.rounding, (x) => readChoice(x, 'rounding', ROUNDINGS), 'half-up' as const),
    grouping: optional(o.grouping, (x) => readBoolean(x, 'grouping'), true),
  };
}

/** Digits grouped by three from the right, joined with commas: `'2400000'` → `'2,400,000'`. */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let start = head; start < digits.length; start += 3) groups.push(digits.slice(start, start + 3));
  return groups.join(',');
}

/**
 * Write a decimal in plain notation by `style`: exact without `places`, rounded and padded
 * with them; never `-0`. Every decimal of the library is within the bounds of
 * `MAX_EXPONENT` and `MAX_SIGNIFICANT_DIGITS`, so it takes at most about 21,000
 * characters (12,000 with `places`).
 *
 * @param value - The decimal.
 * @param style - The options, as {@link readNumberStyle} reads them.
 * @returns The number as people read it: `'2,400.00'`.
 *
 * @example
 * ```ts
 * renderDecimal(dec('-0.004'), readNumberStyle({ places: 2 })); // → '0.00'
 * ```
 *
 * @internal
 */
export function renderDecimal(value: Decimal, style: NumberStyle): string {
  if (value.isZero()) value = value.abs();
  const plain =
    style.places === undefined ? value.toFixed() : round(value, style.places, style.rounding).toFixed(style.places);
  if (!style.grouping) return plain;
  const negative = plain.startsWith('-');
  const unsigned = negative ? plain.slice(1) : plain;
  const point = unsigned.indexOf('.');
  const integer = point === -1 ? unsigned : unsigned.slice(0, point);
  const fraction = point === -1 ? '' : unsigned.slice(point);
  return `${negative ? '-' : ''}${groupThousands(integer)}${fraction}`;
}

/**
 * Write a number for people: plain notation (never an exponent), the integer digits grouped
 * by thousands with commas, `.` as the decimal mark and `-` for negatives. Both locales
 * write numbers the same way: modern Chinese statistical publications also group with
 * commas (`2,787.4 亿元`).
 *
 * Without `places` the value is written exactly, every digit kept. With `places` it is
 * rounded with {@link round} (`'half-up'`, 四舍五入, by default) and padded with zeros.
 * A value that rounds to zero is written without a sign (`0.00`, not `-0.00`).
 *
 * @param x - The number.
 * @param options - `locale` (`'en'` default, `'zh-CN'`), `places` (0–1000), `rounding`
 *   (`'half-up'` default, `'half-even'`), `grouping` (default `true`).
 * @returns The number as people read it.
 * @throws {@link PlanError} `INVALID_DECIMAL` for a bad `x` (a decimal beyond the bounds,
 *   `MAX_EXPONENT` and `MAX_SIGNIFICANT_DIGITS`, included); `INVALID_ARGUMENT` for
 *   bad options.
 *
 * @example
 * ```ts
 * formatDecimal('240000000000');                    // → '240,000,000,000'
 * formatDecimal('-1234567.891');                    // → '-1,234,567.891'
 * formatDecimal('14.8698355', { places: 2 });       // → '14.87'
 * formatDecimal('0.125', { places: 2, rounding: 'half-even' }); // → '0.12'
 * formatDecimal('2.4e3', { places: 1 });            // → '2,400.0'
 * formatDecimal('2787.4', { locale: 'zh-CN' });     // → '2,787.4'
 * formatDecimal('1234567', { grouping: false });    // → '1234567'
 * ```
 *
 * @category Units
 */
export function formatDecimal(x: DecimalInput, options?: FormatDecimalOptions): string {
  const value = dec(x, 'x');
  return renderDecimal(value, readNumberStyle(options));
}
