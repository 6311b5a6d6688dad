/**
 * The readers only charts need, built on the library's argument readers (`read.ts`): a
 * localized name, a list of year values, the style options every builder shares, and the
 * positive values a geometric path runs through. Every bad input becomes a
 * {@link PlanError} that names it.
 *
 * @internal
 * @module
 */
import type { Decimal } from '../../decimal.js';
import { argumentError, domainError } from '../../errors.js';
import { messages } from '../../messages.js';
import type { LocalizedText, ObsStatus, Year } from '../../plan/types.js';
import { optional, readArray, readChoice, readDecimal, readInteger, readObject, readOptions, readText, readYear } from '../../read.js';
import { describeUnit, readUnit, valueIn, type Unit } from '../../units/index.js';
import { LOCALES, OBS_STATUSES } from '../../vocabulary.js';
import type { ChartLocale } from '../types.js';

/** Smallest width or height of a chart, in pixels. */
const MIN_SIZE = 50;
/** Largest width or height of a chart, in pixels. */
const MAX_SIZE = 4000;

/**
 * The options every builder shares, read and checked (what {@link readStyle} returns).
 *
 * @example
 * ```ts
 * const style: ChartStyle = { locale: 'en', width: 640, height: 360, title: undefined };
 * ```
 */
export interface ChartStyle {
  readonly locale: ChartLocale;
  readonly width: number;
  readonly height: number;
  readonly title: string | undefined;
}

/**
 * Read a name in two languages: `{ en, zh? }` with a non-empty `en` (and a non-empty `zh`
 * when given).
 *
 * @param x - The name.
 * @param name - The argument, for the error (`'input.indicator.name'`).
 * @returns `{ en }` or `{ en, zh }`, a new object.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * ```ts
 * readLocalized({ en: 'steel', zh: '钢铁' }, 'label'); // → { en: 'steel', zh: '钢铁' }
 * readLocalized({ zh: '钢铁' }, 'label'); // throws PlanError INVALID_ARGUMENT
 * // → 'label.en: expected a non-empty string, got undefined'
 * ```
 */
export function readLocalized(x: unknown, name: string): LocalizedText {
  const o = readObject(x, name);
  const en = readText(o.en, `${name}.en`);
  if (o.zh === undefined) return { en };
  return { en, zh: readText(o.zh, `${name}.zh`) };
}

/**
 * A value of a year, with the name of where it was given (`input.observations[2]`).
 *
 * @example
 * ```ts
 * const point: NamedYearValue = { year: 2015, value: dec('120'), name: 'input.observations[0]' };
 * ```
 */
export interface NamedYearValue {
  readonly year: Year;
  readonly value: Decimal;
  readonly name: string;
  /** SDMX OBS_STATUS, where given (`B`: the first value after a break in the series). */
  readonly status?: ObsStatus;
}

/**
 * Read a list of year values: `{ year, value, unit?, status? }[]`, at least one, one a year;
 * a value in another unit of the chart's measure is converted exactly into the chart's unit.
 *
 * @param x - The list.
 * @param name - The argument, for the errors (`'input.observations'`).
 * @param what - What an item is, for the error of an empty list (`'observation'`).
 * @param unit - The chart's unit, that every value is converted into.
 * @returns The values sorted by year, each with where it was given (a new array).
 * @throws {@link PlanError} `INVALID_ARGUMENT` for an empty list, a bad year, status or a
 *   year given twice; `INVALID_DECIMAL` for a value that is not a decimal; `UNKNOWN_UNIT`
 *   for a bad unit; `UNIT_MISMATCH` for a unit of another measure.
 *
 * @example
 * ```ts
 * readYearValues([{ year: 2016, value: '2' }, { year: 2015, value: 1 }], 'points', 'point', UNITS['bn-yuan']).map((p) => p.name); // → ['points[1]', 'points[0]']
 * readYearValues([{ year: 2020, value: '1153.0', unit: '100m-yuan' }], 'points', 'point', UNITS['bn-yuan'])[0]?.value.toString(); // → '115.3'
 * readYearValues([], 'points', 'point', UNITS['bn-yuan']); // throws PlanError INVALID_ARGUMENT
 * ```
 */
export function readYearValues(x: unknown, name: string, what: string, unit: Unit): NamedYearValue[] {
  const seen = new Map<Year, number>();
  const points = readArray(x, name, what).map((item, index) => {
    const at = `${name}[${index}]`;
    const o = readObject(item, at);
    const year = readYear(o.year, `${at}.year`);
    const given = readDecimal(o.value, `${at}.value`);
    const value = o.unit === undefined ? given : valueIn(given, readUnit(o.unit, `${at}.unit`), unit, `${at}.unit`, describeUnit(unit));
    const status = optional(o.status, (s) => readChoice(s, `${at}.status`, OBS_STATUSES));
    const first = seen.get(year);
    if (first !== undefined) {
      throw argumentError('INVALID_ARGUMENT', `${at}.year`, messages.chartDuplicateYear(`${at}.year`, year, `${name}[${first}]`), year);
    }
    seen.set(year, index);
    return status === undefined ? { year, value, name: at } : { year, value, name: at, status };
  });
  return points.sort((a, b) => a.year - b.year);
}

/** The keys of `ChartOptions`, which every builder takes. */
export const CHART_OPTION_KEYS: readonly string[] = ['locale', 'width', 'height', 'title'];

/**
 * Read the `options` of a builder: locale, width, height and title; another key is an error
 * with a suggestion.
 *
 * @param options - `{ locale?, width?, height?, title? }` or `undefined`.
 * @param size - The builder's default width and height.
 * @returns The options with every default filled in.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for options that are not an object, an unknown key, a locale
 *   other than `'en'` and `'zh-CN'`, a size that is not an integer from 50 to 4000, an
 *   empty title.
 *
 * @example
 * ```ts
 * readStyle({ locale: 'zh-CN' }, { width: 640, height: 360 }); // → { locale: 'zh-CN', width: 640, height: 360, title: undefined }
 * readStyle({ width: 10 }, { width: 640, height: 360 }); // throws PlanError INVALID_ARGUMENT
 * // → 'options.width: expected an integer from 50 to 4000, got 10'
 * ```
 */
export function readStyle(options: unknown, size: { width: number; height: number }): ChartStyle {
  const o = readOptions(options, 'options', CHART_OPTION_KEYS);
  const readSize = (x: unknown, name: string, fallback: number): number =>
    optional(x, (v) => readInteger(v, name, MIN_SIZE, MAX_SIZE), fallback);
  return {
    locale: optional(o.locale, (x) => readChoice(x, 'options.locale', LOCALES), 'en' as const),
    width: readSize(o.width, 'options.width', size.width),
    height: readSize(o.height, 'options.height', size.height),
    title: optional(o.title, (x) => readText(x, 'options.title')),
  };
}

/**
 * Check a value a geometric path runs through: it must be greater than 0.
 *
 * @param value - The value.
 * @param name - The argument it came from, for the error.
 * @returns `value`.
 * @throws {@link PlanError} `DOMAIN` for a value that is not greater than 0.
 *
 * @example
 * ```ts
 * positive(dec('120'), 'from.value').toString(); // → '120'
 * positive(dec('0'), 'from.value'); // throws PlanError DOMAIN
 * // → 'from.value: must be greater than 0 for a geometric path, got 0'
 * ```
 */
export function positive(value: Decimal, name: string): Decimal {
  if (!value.gt(0)) throw domainError(name, messages.mustBePositive(name, value.toFixed(), 'for a geometric path'), value.toFixed());
  return value;
}
