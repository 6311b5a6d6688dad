/**
 * Reading a series of `{ year, value }` points.
 *
 * @internal
 * @module
 */
import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { isPlanError, validationError, type PlanIssue } from '../errors.js';
import { DECIMAL_ACCEPTED, messages } from '../messages.js';
import type { Year } from '../plan/types.js';
import { isObject, isYear, readArray } from '../read.js';
import { MAX_YEAR, MIN_YEAR } from '../vocabulary.js';

/** A point with data. */
export interface Point {
  readonly year: Year;
  readonly value: Decimal;
}

/** A series read and checked: points with data in year order, and the years given as `null`. */
interface Series {
  readonly points: readonly Point[];
  readonly empty: readonly Year[];
}

const YEAR = /* @__PURE__ */ messages.expected.year(MIN_YEAR, MAX_YEAR);

/**
 * Read a series: an array of `{ year | period, value }` (a `period` counts as its first
 * year; a `null` value is a year without data). The input is not changed: a sorted copy is made.
 *
 * @param input - The series.
 * @param name - Its name in messages and paths (`'observations'`, `'series'`).
 * @returns The points with data in year order, and the years without.
 * @throws {@link PlanError} `INVALID_ARGUMENT` when `input` is not an array; `VALIDATION`
 *   listing every problem of its points (paths from `name`: `['observations', 3, 'year']`).
 */
export function readSeries(input: unknown, name: string): Series {
  const list = readArray(input, name);
  const issues: PlanIssue[] = [];
  const seen = new Map<Year, number>();
  const points: Point[] = [];
  const empty: Year[] = [];
  list.forEach((entry: unknown, index: number) => {
    if (!isObject(entry)) {
      issues.push({ path: [name, index], message: messages.schemaExpected('an object { year, value }', entry) });
      return;
    }
    const { year, period, value } = entry;
    let y: Year | undefined;
    if (year !== undefined) {
      if (isYear(year)) y = year;
      else issues.push({ path: [name, index, 'year'], message: messages.schemaExpected(YEAR, year) });
    } else if (period !== undefined) {
      y = readPeriodStart(period, [name, index, 'period'], issues);
    } else {
      issues.push({ path: [name, index], message: messages.yearOrPeriod });
    }
    const v = readValue(value, [name, index, 'value'], issues);
    if (y === undefined) return;
    const first = seen.get(y);
    if (first !== undefined) {
      issues.push({ path: [name, index, 'year'], message: messages.progressDuplicateYear(y, `${name}[${first}]`) });
      return;
    }
    seen.set(y, index);
    if (v === null) empty.push(y);
    else if (v !== undefined) points.push({ year: y, value: v });
  });
  if (issues.length > 0) throw validationError(name, issues);
  points.sort((a, b) => a.year - b.year);
  empty.sort((a, b) => a - b);
  return { points, empty };
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
    issues.push({ path, message: messages.schemaExpected(DECIMAL_ACCEPTED, value) });
    return undefined;
  }
}

function readPeriodStart(period: unknown, path: readonly (string | number)[], issues: PlanIssue[]): Year | undefined {
  if (!isObject(period)) {
    issues.push({ path, message: messages.schemaExpected('a period { start, end }', period) });
    return undefined;
  }
  const { start, end } = period;
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
  return start;
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
