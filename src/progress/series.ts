/**
 * Reading a series of `{ year | period, value, unit?, status? }` points: their years (a span
 * of months for part of a year is skipped or used as the year of its end), their values in
 * one unit (converted exactly), and the breaks in the series (OBS_STATUS `B`).
 *
 * @internal
 * @module
 */
import { DECIMAL_PATTERN, MAX_EXPONENT, MAX_SIGNIFICANT_DIGITS, dec, isDecimal, type Decimal, type DecimalInput } from '../decimal.js';
import { ISSUE_LIMIT, argumentError, isPlanError, validationError, type PlanIssue } from '../errors.js';
import { DECIMAL_ACCEPTED, messages } from '../messages.js';
import { describePeriod, parseYearMonth, wholeYears, type MonthPeriod, type YearMonth } from '../period.js';
import type { ObsStatus, Year } from '../plan/types.js';
import { isObject, isYear, readArray, reading } from '../read.js';
import { UNIT_IDS, describeUnit, readUnit, valueIn, type Unit } from '../units/index.js';
import { MAX_YEAR, MIN_YEAR, OBS_STATUSES, OBS_STATUS_WORDS, type PartialPeriodPolicy } from '../vocabulary.js';
import { plain, text } from './explain.js';
import type { Caveat } from './types.js';

/** A point with data, its value in the series' unit. */
export interface Point {
  readonly year: Year;
  readonly value: Decimal;
  /** Where it is in the input, for messages: `'observations[3]'`. */
  readonly at: string;
  readonly status: ObsStatus | undefined;
}

/** A point for part of a year (January–September 2019). */
interface PartialPoint {
  readonly at: string;
  readonly period: MonthPeriod;
  /** The year of its end, the year it counts as when used. */
  readonly year: Year;
}

/** A break in the series: the first value after it is at `at`, for `year`. */
interface Break {
  readonly year: Year;
  readonly at: string;
}

/** A point whose value was converted into the series' unit. */
interface Conversion {
  readonly at: string;
  readonly year: Year;
  readonly from: Decimal;
  readonly fromUnit: Unit;
  readonly to: Decimal;
}

/**
 * A figure for exactly a target's period (`{ period: { start: 2016, end: 2020 }, … }`), set
 * aside in its own unit: a figure for the span, never a year's.
 */
export interface PeriodFigure {
  readonly at: string;
  readonly value: Decimal;
  /** Its unit, if it has one. */
  readonly unit: Unit | undefined;
  readonly status: ObsStatus | undefined;
}

/** How to read a series. */
interface SeriesOptions {
  readonly partialPeriods: PartialPeriodPolicy;
  /**
   * A target's period: points given with exactly this `period` (a span of years, or of months
   * that are those whole years) are set aside as {@link PeriodFigure}s, not read as their first year.
   */
  readonly period?: { readonly start: Year; readonly end: Year };
  /** The unit to convert into (the target's), or `null` for the unit of the earliest point that has one. */
  readonly unit: Unit | null;
  /** What `unit` is the unit of, for the error of a point of another measure (`"the target in 'bn-yuan'"`). */
  readonly owner?: string;
}

/** A series read and checked. */
export interface Series {
  /** The points with data, in year order, in `unit`. */
  readonly points: readonly Point[];
  /** The series' unit: the one asked for, else the unit of the earliest point that has one; `null` when no point has one. */
  readonly unit: Unit | null;
  /** The years given as `null`. */
  readonly empty: readonly Year[];
  /** The points whose values were converted into `unit`. */
  readonly converted: readonly Conversion[];
  /** Points for part of a year, set aside (policy `'skip'`). */
  readonly skipped: readonly PartialPoint[];
  /** Points for part of a year, used as the year of their end (policy `'use'`). */
  readonly partial: readonly PartialPoint[];
  /** Every break in the series (points with status `B`), in year order. */
  readonly breaks: readonly Break[];
  /** Figures for exactly the period of `options.period` (at most one), in the order given. */
  readonly periodFigures: readonly PeriodFigure[];
}

const YEAR = /* @__PURE__ */ messages.expected.year(MIN_YEAR, MAX_YEAR);
const BOUNDED = /* @__PURE__ */ messages.expected.decimalInBounds(MAX_SIGNIFICANT_DIGITS, MAX_EXPONENT);

/** A point's year (a span's first, and `end` its last), or the part of a year it covers. */
type When = { readonly year: Year; readonly end?: Year; readonly partial?: MonthPeriod };

/** A point read, before the unit of the series is known. */
interface Raw {
  readonly point: { readonly year: Year; readonly value: Decimal; readonly at: string; readonly status: ObsStatus | undefined };
  readonly unit: Unit | undefined;
}

/**
 * Read a series: an array of `{ year | period, value, unit?, status? }`. A span of years
 * counts as its first year (as in Open SDG); a span of months that is whole years, as its
 * first year; a span of months that is part of a year is skipped or, with policy `'use'`,
 * taken as the year of its end. A `null` value is a year without data. Values are converted
 * exactly into one unit. The input is not changed.
 *
 * @param input - The series.
 * @param name - Its name in messages and paths (`'observations'`, `'series'`).
 * @param options - The policy for partial periods and the unit to convert into.
 * @returns The series, read.
 * @throws {@link PlanError} `INVALID_ARGUMENT` when `input` is not an array; `VALIDATION`
 *   listing every problem of its points (paths from `name`: `['observations', 3, 'year']`);
 *   `UNIT_MISMATCH` for a point in another measure, naming it.
 */
export function readSeries(input: unknown, name: string, options: SeriesOptions): Series {
  const list = readArray(input, name);
  const issues: PlanIssue[] = [];
  const seen = new Map<Year, number>();
  const raws: Raw[] = [];
  const empty: Year[] = [];
  const skipped: PartialPoint[] = [];
  const partial: PartialPoint[] = [];
  const breaks: Break[] = [];
  const periodFigures: PeriodFigure[] = [];
  const target = options.period;
  let stopped = -1;
  list.forEach((item: unknown, index: number) => {
    if (stopped >= 0) return;
    if (issues.length >= ISSUE_LIMIT) {
      stopped = index;
      return;
    }
    const at = `${name}[${index}]`;
    // Read once: what a getter or a Proxy throws is a PlanError naming the point.
    const entry = reading(at, () => (isObject(item) ? { year: item.year, period: item.period, value: item.value, unit: item.unit, status: item.status } : undefined));
    if (entry === undefined) {
      issues.push({ path: [name, index], message: messages.schemaExpected('an object { year, value }', item) });
      return;
    }
    const { year, period, value, unit, status } = entry;
    let when: When | undefined;
    if (year !== undefined) {
      if (isYear(year)) when = { year };
      else issues.push({ path: [name, index, 'year'], message: messages.schemaExpected(YEAR, year) });
    } else if (period !== undefined) {
      when = readPeriod(period, [name, index, 'period'], issues);
    } else {
      issues.push({ path: [name, index], message: messages.yearOrPeriod });
    }
    const v = readValue(value, [name, index, 'value'], issues);
    const u = readPointUnit(unit, [name, index, 'unit'], issues);
    const s = readStatus(status, [name, index, 'status'], issues);
    if (when === undefined) return;
    if (target !== undefined && period !== undefined && when.year === target.start && when.end === target.end) {
      const first = periodFigures[0];
      if (first !== undefined) issues.push({ path: [name, index, 'period'], message: messages.progressDuplicatePeriod(target.start, target.end, first.at) });
      else if (v !== null && v !== undefined) periodFigures.push({ at, value: v, unit: u, status: s });
      return;
    }
    if (s === 'B') breaks.push({ year: when.year, at });
    if (when.partial !== undefined) {
      const p = { at, period: when.partial, year: when.year };
      if (options.partialPeriods === 'skip') {
        skipped.push(p);
        return;
      }
      partial.push(p);
    }
    const first = seen.get(when.year);
    if (first !== undefined) {
      issues.push({ path: [name, index, 'year'], message: messages.progressDuplicateYear(when.year, `${name}[${first}]`) });
      return;
    }
    seen.set(when.year, index);
    if (v === null) empty.push(when.year);
    else if (v !== undefined) raws.push({ point: { year: when.year, value: v, at, status: s }, unit: u });
  });
  if (stopped >= 0) issues.push({ path: [name], message: messages.stoppedReading(issues.length, stopped, list.length) });
  if (issues.length > 0) throw validationError(name, issues);
  raws.sort((a, b) => a.point.year - b.point.year);
  empty.sort((a, b) => a - b);
  breaks.sort((a, b) => a.year - b.year);
  const first = raws.find((r) => r.unit !== undefined);
  const unit = options.unit ?? first?.unit ?? null;
  const owner = options.owner ?? (first === undefined ? '' : text.seriesUnitOwner(describeUnit(unit as Unit), first.point.at));
  const converted: Conversion[] = [];
  const points = raws.map(({ point, unit: from }): Point => {
    if (from === undefined || unit === null || (from.measure === unit.measure && from.multiplier === unit.multiplier)) return point;
    const to = valueIn(point.value, from, unit, `${point.at}.unit`, owner);
    converted.push({ at: point.at, year: point.year, from: point.value, fromUnit: from, to });
    return { ...point, value: to };
  });
  return { points, empty, unit, converted, skipped, partial, breaks, periodFigures };
}

/** A point's value: a decimal, `null` (no data), or `undefined` after an issue. */
function readValue(value: unknown, path: readonly (string | number)[], issues: PlanIssue[]): Decimal | null | undefined {
  if (value === null) return null;
  if (value === undefined) {
    issues.push({ path, message: messages.schemaMissing('a decimal, or null for a year without data') });
    return undefined;
  }
  try {
    return dec(value as DecimalInput);
  } catch (error) {
    if (!isPlanError(error)) throw error;
    // A decimal of the grammar (or a bigint or Decimal) refused for its size: say what the bounds are.
    const outOfBounds = (typeof value === 'string' && DECIMAL_PATTERN.test(value)) || typeof value === 'bigint' || isDecimal(value);
    issues.push({ path, message: messages.schemaExpected(outOfBounds ? BOUNDED : DECIMAL_ACCEPTED, value) });
    return undefined;
  }
}

/** A point's unit, if it has one. */
function readPointUnit(unit: unknown, path: readonly (string | number)[], issues: PlanIssue[]): Unit | undefined {
  if (unit === undefined) return undefined;
  try {
    return readUnit(unit, 'unit');
  } catch (error) {
    if (!isPlanError(error)) throw error;
    issues.push({ path, message: messages.schemaExpected(messages.expected.unit(UNIT_IDS), unit) });
    return undefined;
  }
}

/** A point's OBS_STATUS, if it has one. */
function readStatus(status: unknown, path: readonly (string | number)[], issues: PlanIssue[]): ObsStatus | undefined {
  if (status === undefined) return undefined;
  if ((OBS_STATUSES as readonly unknown[]).includes(status)) return status as ObsStatus;
  issues.push({ path, message: messages.schemaExpected(messages.expected.oneOf(OBS_STATUSES), status) });
  return undefined;
}

/** The year a period counts as: the first year of a span of years (or of whole years of months); the end of part of a year. */
function readPeriod(period: unknown, path: readonly (string | number)[], issues: PlanIssue[]): When | undefined {
  if (!isObject(period)) {
    issues.push({ path, message: messages.schemaExpected('a period { start, end }', period) });
    return undefined;
  }
  const { start, end } = period;
  if (typeof start === 'string' && typeof end === 'string') return readMonths(start, end, path, issues);
  if (!isYear(start)) {
    issues.push({ path: [...path, 'start'], message: messages.schemaExpected(YEAR, start) });
    return undefined;
  }
  if (!isYear(end)) {
    issues.push({ path: [...path, 'end'], message: messages.schemaExpected(YEAR, end) });
    return undefined;
  }
  if (end < start) {
    issues.push({ path, message: messages.periodReversed(start, end) });
    return undefined;
  }
  return { year: start, end };
}

/** A span of months `{ start: 'YYYY-MM', end: 'YYYY-MM' }`. */
function readMonths(start: string, end: string, path: readonly (string | number)[], issues: PlanIssue[]): When | undefined {
  const from = parseYearMonth(start);
  const to = parseYearMonth(end);
  if (from === undefined) issues.push({ path: [...path, 'start'], message: messages.schemaExpected(messages.expected.yearMonth, start) });
  if (to === undefined) issues.push({ path: [...path, 'end'], message: messages.schemaExpected(messages.expected.yearMonth, end) });
  if (from === undefined || to === undefined) return undefined;
  if (end < start) {
    issues.push({ path, message: messages.monthPeriodReversed(start, end) });
    return undefined;
  }
  const months = { start: start as YearMonth, end: end as YearMonth };
  const whole = wholeYears(months);
  return whole === null ? { year: to.year, partial: months } : { year: whole.start, end: whole.end };
}

/**
 * The point of `year`, if it has data.
 *
 * @param points - Points with data.
 * @param year - The year.
 * @returns Its point, or `undefined`.
 */
export function pointAt(points: readonly Point[], year: Year): Point | undefined {
  return points.find((p) => p.year === year);
}

/**
 * The value of `year`, which a verdict needs: recorded in `used`, or an error that names the
 * year, its `role`, and a point for part of that year that was skipped.
 *
 * @param series - The series.
 * @param year - The year.
 * @param role - What the year is to the verdict (`'the base year of the period 2016–2020'`).
 * @param used - Where the point is recorded.
 * @returns Its value.
 * @throws {@link PlanError} `INVALID_ARGUMENT` when the year has no value.
 */
export function requirePoint(series: Series, year: Year, role: string, used: Point[]): Decimal {
  const point = pointAt(series.points, year);
  if (point === undefined) {
    const skipped = series.skipped.find((p) => p.year === year);
    const hint = skipped === undefined ? '' : `; ${messages.progressPartialSkipped(skipped.at, describePeriod(skipped.period), year)}`;
    throw argumentError('INVALID_ARGUMENT', 'series', `${messages.progressSeriesMissingYear('series', year, role)}${hint}`);
  }
  used.push(point);
  return point.value;
}

/**
 * The breaks after `from` up to `to`: those a comparison of the levels of the two years would cross.
 *
 * @param series - The series.
 * @param from - The earlier year.
 * @param to - The later year.
 * @returns The breaks `b` with `from < b.year ≤ to`.
 */
export function breaksBetween(series: Series, from: Year, to: Year): readonly Break[] {
  return series.breaks.filter((b) => b.year > from && b.year <= to);
}

/**
 * The notes every reading of a series writes: values converted, partial periods skipped or used.
 *
 * @param series - The series.
 * @returns The notes, in that order.
 */
export function seriesNotes(series: Series): string[] {
  const notes: string[] = [];
  if (series.converted.length > 0 && series.unit !== null) {
    const unit = describeUnit(series.unit);
    const items = series.converted.map((c) => text.convertedPoint(c.at, c.year, `${plain(c.from)} ${describeUnit(c.fromUnit)}`, plain(c.to)));
    notes.push(text.convertedSeries(unit, items));
  }
  for (const p of series.skipped) notes.push(messages.progressPartialSkipped(p.at, describePeriod(p.period), p.year));
  for (const p of series.partial) notes.push(text.partialUsed(p.at, describePeriod(p.period), p.year));
  return notes;
}

/**
 * The caveats of the points a verdict rests on: a partial period used as a year, and an
 * estimated, provisional or forecast value (OBS_STATUS `E`, `P`, `F`).
 *
 * @param series - The series.
 * @param used - The points the verdict rests on.
 * @returns The caveats, in that order.
 */
export function seriesCaveats(series: Series, used: readonly (Point | undefined)[]): Caveat[] {
  const caveats: Caveat[] = [];
  for (const p of series.partial) {
    if (used.some((u) => u?.at === p.at)) caveats.push({ code: 'partial-period', message: text.partialUsed(p.at, describePeriod(p.period), p.year) });
  }
  for (const u of used) {
    if (u !== undefined && (u.status === 'E' || u.status === 'P' || u.status === 'F')) {
      caveats.push({ code: 'estimate', message: text.estimateCaveat(u.at, u.year, u.status, OBS_STATUS_WORDS[u.status].en) });
    }
  }
  return caveats;
}

/**
 * Breaks for a message: `'a break in the series at 2017 (observations[3])'`.
 *
 * @param breaks - At least one break.
 * @returns The words.
 */
export function describeBreaks(breaks: readonly Break[]): string {
  const list = breaks.map((b) => `${b.year} (${b.at}, status 'B')`);
  return breaks.length === 1 ? `a break in the series at ${list[0] ?? ''}` : `breaks in the series at ${list.join(' and ')}`;
}
