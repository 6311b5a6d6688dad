/**
 * Reading a series of `{ year, value }` points, and the Open SDG rules for choosing the base
 * and current points.
 *
 * @internal
 * @module
 */
import { dec, type Decimal } from '../decimal.js';
import { PlanError, type PlanIssue } from '../errors.js';
import { messages } from '../messages.js';
import type { Year } from '../plan/types.js';
import type { SeriesPoint } from './types.js';

/** Smallest and largest year accepted. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** A point with data. */
export interface Point {
  readonly year: Year;
  readonly value: Decimal;
}

/** A series read and checked: points with data in year order, and the years given as `null`. */
export interface Series {
  readonly points: readonly Point[];
  readonly empty: readonly Year[];
}

const isYear = (x: unknown): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= MIN_YEAR && x <= MAX_YEAR;

/**
 * Read a series: an array of `{ year | period, value }`. Every problem is collected and
 * thrown together as a `VALIDATION` error; the input is not changed (a sorted copy is made).
 */
export function readSeries(input: unknown, name: string): Series {
  if (!Array.isArray(input)) {
    throw new PlanError('INVALID_ARGUMENT', messages.notArray(name, input), { argument: name, received: input });
  }
  const issues: PlanIssue[] = [];
  const seen = new Map<Year, number>();
  const points: Point[] = [];
  const empty: Year[] = [];
  input.forEach((entry: unknown, index: number) => {
    const at = `${name}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      issues.push({ path: [name, index], message: messages.expectedGot(at, 'an object { year, value }', entry) });
      return;
    }
    const { year, period, value } = entry as { year?: unknown; period?: unknown; value?: unknown };
    let y: Year | undefined;
    if (year !== undefined) {
      if (isYear(year)) y = year;
      else issues.push({ path: [name, index, 'year'], message: messages.notInteger(`${at}.year`, year, MIN_YEAR, MAX_YEAR) });
    } else if (period !== undefined) {
      y = readPeriodStart(period, `${at}.period`, [name, index, 'period'], issues);
    } else {
      issues.push({ path: [name, index], message: messages.progressNoYear(at) });
    }
    let v: Decimal | null | undefined;
    if (value === null) v = null;
    else if (value === undefined) {
      issues.push({ path: [name, index, 'value'], message: messages.progressNoValue(`${at}.value`) });
    } else {
      try {
        v = dec(value as never, `${at}.value`);
      } catch (error) {
        issues.push({ path: [name, index, 'value'], message: (error as Error).message });
      }
    }
    if (y === undefined) return;
    const first = seen.get(y);
    if (first !== undefined) {
      issues.push({ path: [name, index, 'year'], message: messages.progressDuplicateYear(at, y, `${name}[${first}]`) });
      return;
    }
    seen.set(y, index);
    if (v === null) empty.push(y);
    else if (v !== undefined) points.push({ year: y, value: v });
  });
  if (issues.length > 0) {
    throw new PlanError(
      'VALIDATION',
      messages.validationSummary(
        issues.slice(0, 5).map((i) => i.message),
        issues.length,
      ),
      { argument: name },
      issues,
    );
  }
  points.sort((a, b) => a.year - b.year);
  empty.sort((a, b) => a - b);
  return { points, empty };
}

function readPeriodStart(
  period: unknown,
  name: string,
  path: readonly (string | number)[],
  issues: PlanIssue[],
): Year | undefined {
  if (typeof period !== 'object' || period === null || Array.isArray(period)) {
    issues.push({ path, message: messages.expectedGot(name, 'a period { start, end }', period) });
    return undefined;
  }
  const { start, end } = period as { start?: unknown; end?: unknown };
  if (!isYear(start)) {
    issues.push({ path: [...path, 'start'], message: messages.notInteger(`${name}.start`, start, MIN_YEAR, MAX_YEAR) });
    return undefined;
  }
  if (!isYear(end)) {
    issues.push({ path: [...path, 'end'], message: messages.notInteger(`${name}.end`, end, MIN_YEAR, MAX_YEAR) });
    return undefined;
  }
  if (end < start) {
    issues.push({ path, message: messages.progressPeriodReversed(name, start, end) });
    return undefined;
  }
  return start;
}

/** The point of `year`, if it has data. */
export function pointAt(points: readonly Point[], year: Year): Point | undefined {
  return points.find((p) => p.year === year);
}

/**
 * The base and current points by the Open SDG rules: the current point is the latest with
 * data; the base point is the one of `baseYear`, or if that year has no data, the next year
 * with data; there is none when no point has data or `baseYear` is after the latest.
 */
export type BaseAndCurrent =
  | { readonly ok: true; readonly base: Point; readonly current: Point; readonly moved: boolean }
  | { readonly ok: false; readonly why: 'no-data' | 'base-after-data' | 'one-year'; readonly current?: Point; readonly base?: Point };

export function baseAndCurrent(points: readonly Point[], baseYear: Year): BaseAndCurrent {
  const current = points[points.length - 1];
  if (current === undefined) return { ok: false, why: 'no-data' };
  if (baseYear > current.year) return { ok: false, why: 'base-after-data', current };
  const base = points.find((p) => p.year >= baseYear) as Point; // exists: current.year ≥ baseYear
  if (current.year - base.year < 1) return { ok: false, why: 'one-year', current, base };
  return { ok: true, base, current, moved: base.year !== baseYear };
}
