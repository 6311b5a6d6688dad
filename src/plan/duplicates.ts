/**
 * Duplicate observations: the one rule, for every reader of observations.
 *
 * Two observations are duplicates when they give the same indicator for the same period with
 * the same vintage, source and definition (scope and price basis): the same figure written
 * twice, or two figures of which nothing says which counts. Observations that differ in
 * vintage (a first release and its revision), in source (sources that disagree, as Baotou
 * News and China Daily on GDP 2014) or in definition (a growth rate as published and
 * like-for-like) are not duplicates: the scorecard chooses among them by its rules and says
 * so in a caveat
 * ([docs/scenarios.md, "Which figure counts"](../../docs/scenarios.md#which-figure-counts)).
 *
 * @internal
 * @module
 */
import type { PlanIssue } from '../errors.js';
import { messages } from '../messages.js';
import { wholeYears, type MonthPeriod, type Period } from '../period.js';
import type { Observation } from './types.js';

/**
 * What to do with duplicate observations: `'error'` (default) refuses them, naming both;
 * `'first'` keeps the first of each set, `'last'` the last.
 *
 * @category Schemas
 */
export type DuplicatePolicy = 'error' | 'first' | 'last';

/** The duplicate policies, `'error'` first (the default). @internal */
export const DUPLICATE_POLICIES: readonly DuplicatePolicy[] = ['error', 'first', 'last'];

/** What makes an observation the same as another, read from it (it may be an input). */
export interface ObservationKey {
  readonly indicator: string;
  /** The period, or its start: a year or a month `'YYYY-MM'`. */
  readonly start: string | number;
  readonly end: string | number;
  readonly vintage: unknown;
  readonly source: unknown;
  readonly definition: unknown;
}

/**
 * The key of a parsed observation: a year is the span of that year, and a span of months that
 * is whole years (January to December) the span of those years.
 */
export function observationKey(o: Observation): ObservationKey {
  let start: string | number;
  let end: string | number;
  if (o.year !== undefined) start = end = o.year;
  else {
    const period = o.period as Period | MonthPeriod;
    const years = wholeYears(period) ?? period;
    start = years.start;
    end = years.end;
  }
  return { indicator: o.indicator, start, end, vintage: o.vintage, source: o.source, definition: o.definition };
}

/** A source and a definition as a key: the source's kind and the fields that name it, the definition's scope and price basis. */
function provenanceKey(source: unknown, definition: unknown): string {
  const s = (typeof source === 'object' && source !== null ? source : {}) as Record<string, unknown>;
  const d = (typeof definition === 'object' && definition !== null ? definition : {}) as Record<string, unknown>;
  return [s.kind, s.publication, s.date, s.url, s.section, s.quote, d.scope, d.priceBasis].map((part) => (typeof part === 'string' ? part : '')).join('\u0000');
}

/**
 * Find the duplicates among observations, and apply `policy`.
 *
 * @param count - How many observations there are.
 * @param keyOf - The key of the `i`-th, or `undefined` for one that is never a duplicate (of
 *   an indicator the reader leaves out).
 * @param where - Where the `i`-th is, as an issue's path (`['observations', 3]`, `[4]` for a CSV line).
 * @param describe - Writes a path for a message (`observations[3]`, `line 4`).
 * @param policy - What to do with duplicates.
 * @returns The indices to keep, in order, and an issue for each duplicate under `'error'`
 *   (at the later one, naming the first).
 */
export function findDuplicates(
  count: number,
  keyOf: (i: number) => ObservationKey | undefined,
  where: (i: number) => (string | number)[],
  describe: (path: readonly (string | number)[]) => string,
  policy: DuplicatePolicy,
): { readonly keep: readonly number[] | null; readonly issues: readonly PlanIssue[] } {
  // Keys in two levels (indicator, then the rest with source and definition as a small number), so that a
  // long file holds no long string per row.
  const sources = new Map<string, number>();
  const seen = new Map<string, Map<string, number>>();
  const dropped = new Set<number>();
  const issues: PlanIssue[] = [];
  for (let i = 0; i < count; i++) {
    const k = keyOf(i);
    if (k === undefined) continue;
    const provenance = provenanceKey(k.source, k.definition);
    let s = sources.get(provenance);
    if (s === undefined) sources.set(provenance, (s = sources.size));
    const rest = `${k.start}\u0000${k.end}\u0000${typeof k.vintage === 'string' ? k.vintage : ''}\u0000${s}`;
    let byRest = seen.get(k.indicator);
    if (byRest === undefined) seen.set(k.indicator, (byRest = new Map()));
    const first = byRest.get(rest);
    if (first === undefined) {
      byRest.set(rest, i);
      continue;
    }
    if (policy === 'error') {
      issues.push({ path: where(i), message: messages.duplicateObservation(describe(where(first)), k.indicator, k.start === k.end ? String(k.start) : `${k.start}–${k.end}`) });
    } else if (policy === 'first') dropped.add(i);
    else {
      dropped.add(first);
      byRest.set(rest, i);
    }
  }
  if (dropped.size === 0) return { keep: null, issues };
  const keep: number[] = [];
  for (let i = 0; i < count; i++) if (!dropped.has(i)) keep.push(i);
  return { keep, issues };
}
