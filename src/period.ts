/**
 * Periods of observations: a year (`2019`), a span of years (`{ start: 2018, end: 2021 }`),
 * or a span of months (`{ start: '2019-01', end: '2019-09' }`, January–September 2019).
 *
 * A figure for part of a year is not a figure for the year: the annual methods skip it unless
 * asked to use it. A span of months that runs from January to December of one year is that
 * year. A level at the end of a year is that year; an average over a span is the span.
 *
 * @module
 */
import { invalidArgument } from './errors.js';
import { messages } from './messages.js';
import type { Year } from './plan/types.js';
import { isObject, isYear, reading } from './read.js';
import { MAX_YEAR, MIN_YEAR } from './vocabulary.js';

/**
 * A year and a month, `'YYYY-MM'` (`'2019-09'`).
 *
 * @category Plan
 */
export type YearMonth = `${number}-${number}`;

/**
 * A span of months, both ends included: `{ start: '2019-01', end: '2019-09' }` is
 * January–September 2019.
 *
 * @category Plan
 */
export interface MonthPeriod {
  readonly start: YearMonth;
  readonly end: YearMonth;
}

/**
 * A span of years, both ends included: `{ start: 2016, end: 2020 }`.
 *
 * @category Plan
 */
export interface Period {
  readonly start: Year;
  readonly end: Year;
}

/**
 * The text of a {@link YearMonth} inside a larger pattern (a span of months): the year and the
 * month as capture groups.
 *
 * @internal
 */
export const YEAR_MONTH_TEXT = '(19[0-9]{2}|20[0-9]{2}|2100)-(0[1-9]|1[0-2])';

/**
 * The grammar of a {@link YearMonth}: a year from 1900 to 2100 and a month from 01 to 12. It
 * ends with `(?![\s\S])`, not `$`, so that it means the same in Python's `re` (where `$` also
 * matches before a final line break) as in ECMAScript.
 *
 * @category Plan
 */
export const YEAR_MONTH_PATTERN = /* @__PURE__ */ new RegExp(`^${YEAR_MONTH_TEXT}(?![\\s\\S])`);

/** A year and a month as numbers. */
interface Month {
  readonly year: Year;
  readonly month: number;
}

/**
 * The year and month of `'YYYY-MM'`, or `undefined` when it is not one.
 *
 * @internal
 */
export function parseYearMonth(text: unknown): Month | undefined {
  if (typeof text !== 'string') return undefined;
  const m = YEAR_MONTH_PATTERN.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  return year < MIN_YEAR || year > MAX_YEAR ? undefined : { year, month: Number(m[2]) };
}

/**
 * Whether `period` is a span of months (its ends are `'YYYY-MM'` strings).
 *
 * @example
 * ```ts
 * isMonthPeriod({ start: '2019-01', end: '2019-09' }); // → true
 * isMonthPeriod({ start: 2016, end: 2020 });           // → false
 * ```
 *
 * @category Plan
 */
export function isMonthPeriod(period: Period | MonthPeriod): period is MonthPeriod {
  try {
    return typeof period === 'object' && period !== null && typeof period.start === 'string';
  } catch {
    return false; // a getter or a Proxy's trap threw: no period
  }
}

/**
 * `x` as a period for the functions of this module, which take one from anyone: `{ start,
 * end }` of years from 1900 to 2100 or of months `'YYYY-MM'`, the end not before the start.
 */
function readPeriodArgument(x: unknown): Period | MonthPeriod {
  const p = reading('period', () => (isObject(x) ? { start: x.start, end: x.end } : undefined));
  if (p !== undefined) {
    const { start, end } = p;
    if (isYear(start) && isYear(end) && start <= end) return { start, end };
    if (parseYearMonth(start) !== undefined && parseYearMonth(end) !== undefined && (start as string) <= (end as string)) {
      return { start: start as YearMonth, end: end as YearMonth };
    }
  }
  throw invalidArgument('period', messages.expected.periodObject, x);
}

/**
 * The whole years a period covers, as a span of years, or `null` for a span of months that
 * is not whole years (January–September 2019). A span of months from January of one year to
 * December of another is those years.
 *
 * @param period - A span of years or of months.
 * @returns The span of years, or `null` when the period covers part of a year.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything but a period `{ start, end }`.
 *
 * @example
 * ```ts
 * wholeYears({ start: '2019-01', end: '2019-12' }); // → { start: 2019, end: 2019 }
 * wholeYears({ start: '2019-01', end: '2019-09' }); // → null
 * wholeYears({ start: 2018, end: 2021 });           // → { start: 2018, end: 2021 }
 * ```
 *
 * @category Plan
 */
export function wholeYears(period: Period | MonthPeriod): Period | null {
  period = readPeriodArgument(period);
  if (!isMonthPeriod(period)) return period;
  const start = parseYearMonth(period.start);
  const end = parseYearMonth(period.end);
  if (start === undefined || end === undefined) return null;
  return start.month === 1 && end.month === 12 ? { start: start.year, end: end.year } : null;
}

/**
 * Whether a span of months covers only part of a year (or of several years).
 *
 * @example
 * ```ts
 * isPartialPeriod({ start: '2019-01', end: '2019-09' }); // → true
 * isPartialPeriod({ start: 2016, end: 2020 });           // → false
 * ```
 *
 * @category Plan
 */
export function isPartialPeriod(period: Period | MonthPeriod): boolean {
  try {
    return isMonthPeriod(period) && wholeYears(period) === null;
  } catch {
    return false; // no period at all
  }
}

/**
 * A period for people: `2019`, `2016–2020`, `2019-01–2019-09`.
 *
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything but a period `{ start, end }`.
 *
 * @example
 * ```ts
 * describePeriod({ start: '2019-01', end: '2019-09' }); // → '2019-01–2019-09'
 * describePeriod({ start: 2020, end: 2020 });           // → '2020'
 * ```
 *
 * @category Plan
 */
export function describePeriod(period: Period | MonthPeriod): string {
  period = readPeriodArgument(period);
  return period.start === period.end ? String(period.start) : `${period.start}–${period.end}`;
}

/**
 * The last year a period touches: the year of its end.
 *
 * @throws {@link PlanError} `INVALID_ARGUMENT` for anything but a period `{ start, end }`.
 *
 * @example
 * ```ts
 * endYear({ start: '2019-01', end: '2019-09' }); // → 2019
 * endYear({ start: 2018, end: 2021 });           // → 2021
 * ```
 *
 * @category Plan
 */
export function endYear(period: Period | MonthPeriod): Year {
  period = readPeriodArgument(period);
  return isMonthPeriod(period) ? Number(period.end.slice(0, 4)) : period.end;
}

/**
 * Whether a period runs forwards: its end is not before its start.
 *
 * @internal
 */
export function isOrdered(period: Period | MonthPeriod): boolean {
  return isMonthPeriod(period) ? period.start <= period.end : period.start <= period.end;
}
