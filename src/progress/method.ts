/**
 * What the three progress methods share: reading the observations and options, the
 * explanation's inputs, choosing the base and current points by the Open SDG rules, and
 * finishing a result with its label and summary.
 *
 * @internal
 * @module
 */
import { freezeValues, isDecimal, type Decimal } from '../decimal.js';
import type { Year } from '../plan/types.js';
import { describeUnit, unitIdOf } from '../units/index.js';
import { PROGRESS_STATUS_WORDS, type ProgressDirection, type ProgressMethod, type ProgressStatus } from '../vocabulary.js';
import { draft, explanation, plain, text, type Draft } from './explain.js';
import { readBaseOptions, readMethodOptions, readThresholds } from './options.js';
import { breaksBetween, describeBreaks, readSeries, seriesCaveats, seriesNotes, type Point, type Series } from './series.js';
import type { Caveat, ProgressResultBase, SeriesPoint, StatusLabel } from './types.js';

/** Each status's label, `{ en, zh }`, made once. */
const LABELS = /* @__PURE__ */ (() =>
  Object.freeze(
    Object.fromEntries(
      Object.entries(PROGRESS_STATUS_WORDS).map(([status, words]) => [status, Object.freeze({ en: words.en, zh: words['zh-CN'] })]),
    ),
  ) as Readonly<Record<ProgressStatus, StatusLabel>>)();

/** How a method reads its inputs. */
interface MethodSpec<M extends ProgressMethod, K extends string> {
  readonly method: M;
  /** Whether a missing or `null` target is refused. */
  readonly targetRequired: boolean;
  /** The default thresholds (highest first) for a target or none, and their `thresholdsSource` in the explanation. */
  readonly defaults: (target: Decimal | null) => { readonly thresholds: Readonly<Record<K, Decimal>>; readonly source: string };
  /** A note when the defaults are used. */
  readonly defaultsNote?: string;
  /** Whether observations after the target year are set aside (and listed in the notes). */
  readonly upToTarget: boolean;
  /** The method's own inputs, written after the target. */
  readonly inputs?: Readonly<Record<string, string>>;
}

/** A method at work: its options read, the points it uses, and the draft of its explanation. */
export interface Frame<M extends ProgressMethod, K extends string> {
  readonly method: M;
  readonly d: Draft;
  readonly direction: ProgressDirection;
  readonly baseYear: Year;
  readonly targetYear: Year;
  /** The target, in the series' unit. */
  readonly target: Decimal | null;
  readonly thresholds: Readonly<Record<K, Decimal>>;
  /** The points with data, in year order, in the series' unit. */
  readonly points: readonly Point[];
  /** The series as read: its unit, conversions, partial periods and breaks. */
  readonly series: Series;
  /** Caveats the method adds (a break), before those of the points used. */
  readonly caveats: Caveat[];
}

/**
 * Read a method's options and observations (each converted exactly into the target's unit,
 * or the series' when the target is a bare decimal), and start its explanation with the
 * inputs and the notes on conversions, partial periods, years without data and years after
 * the target year.
 *
 * @param observations - The series.
 * @param options - The method's options.
 * @param spec - How the method reads them.
 * @returns The frame of the method.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for bad options, `VALIDATION` for malformed
 *   observations, `INVALID_DECIMAL` for a bad number, `UNIT_MISMATCH` for an observation in
 *   another measure than the target's (or the series').
 */
export function begin<M extends ProgressMethod, K extends string>(
  observations: readonly SeriesPoint[],
  options: unknown,
  spec: MethodSpec<M, K>,
): Frame<M, K> {
  const o = readMethodOptions(options, spec.method);
  const { baseYear, targetYear, direction, target: given, partialPeriods } = readBaseOptions(o, spec.method, spec.targetRequired);
  const target = given?.value ?? null;
  const defaults = spec.defaults(target);
  const { values: thresholds, overridden } = readThresholds(o.thresholds, defaults.thresholds);
  const owner = given === null || given.unit === null ? undefined : `the target in ${describeUnit(given.unit)}`;
  const series = readSeries(observations, 'observations', { partialPeriods, unit: given?.unit ?? null, ...(owner === undefined ? {} : { owner }) });
  const d = draft();
  d.inputs.method = spec.method;
  d.inputs.direction = direction;
  d.inputs.baseYear = String(baseYear);
  d.inputs.targetYear = String(targetYear);
  d.inputs.target = target === null ? 'none' : plain(target);
  if (series.unit !== null) d.inputs.unit = unitName(series.unit);
  if (series.skipped.length + series.partial.length > 0) d.inputs.partialPeriods = partialPeriods;
  Object.assign(d.inputs, spec.inputs);
  for (const key of Object.keys(thresholds) as K[]) d.inputs[`threshold${key[0]?.toUpperCase()}${key.slice(1)}`] = plain(thresholds[key]);
  d.inputs.thresholdsSource = overridden ? 'given' : defaults.source;
  if (!overridden && spec.defaultsNote !== undefined) d.notes.push(spec.defaultsNote);
  if (target !== null && given?.unit === null && series.unit !== null) d.notes.push(text.targetInSeriesUnit(plain(target), describeUnit(series.unit)));
  d.notes.push(...seriesNotes(series));
  if (series.empty.length > 0) d.notes.push(text.skippedNull(series.empty));
  let points = series.points;
  if (spec.upToTarget) {
    const later = points.filter((p) => p.year > targetYear).map((p) => p.year);
    if (later.length > 0) {
      d.notes.push(text.afterTargetIgnored(later, targetYear));
      points = points.filter((p) => p.year <= targetYear);
    }
  }
  return { method: spec.method, d, direction, baseYear, targetYear, target, thresholds, points, series, caveats: [] };
}

/** A unit for a result and an explanation: its id, else the unit object. */
function unitName(unit: NonNullable<Series['unit']>): string {
  return unitIdOf(unit) ?? describeUnit(unit);
}

/** How a result came about: the points used, why there is no verdict, the end of the summary. */
export interface Outcome {
  readonly base?: Point | undefined;
  readonly current?: Point | undefined;
  /** Why the status is `not_assessable`. */
  readonly reason?: string;
  /** The points the verdict rests on, for their caveats; default `base` and `current`. */
  readonly used?: readonly Point[];
  /** The end of the summary after the status (`': observed CAGR 10 %'`). */
  readonly detail?: string;
}

/**
 * The base and current points of a level series by the Open SDG rules: the current point is
 * the latest with data; the base point is the one of the base year, or if that year has no
 * data the next year with data (noted in the explanation). Levels are never compared across
 * a break in the series: a break after the base point up to the current point makes the
 * series `not_assessable` (with a `break` caveat); the reason says from which base year the
 * values after the break can be assessed.
 *
 * @param frame - The method's frame.
 * @param noData - The reason when no point has data.
 * @returns Both points, or the outcome of `not_assessable` (no data, a base year after the
 *   latest data, fewer than two years of data from the base year on, or a break between them).
 */
export function pick(
  frame: Frame<ProgressMethod, string>,
  noData: string,
): { readonly ok: true; readonly base: Point; readonly current: Point } | ({ readonly ok: false } & Outcome) {
  const { d, baseYear, points } = frame;
  const current = points[points.length - 1];
  if (current === undefined) return { ok: false, reason: noData };
  if (baseYear > current.year) return { ok: false, reason: text.baseAfterData(baseYear, current.year), current };
  const base = points.find((p) => p.year >= baseYear) as Point; // exists: current.year ≥ baseYear
  if (base.year !== baseYear) d.notes.push(text.baseMoved(baseYear, base.year));
  if (current.year === base.year) return { ok: false, reason: text.tooFewYears(current.year), base, current };
  const crossed = breaksBetween(frame.series, base.year, current.year);
  const last = crossed[crossed.length - 1];
  if (last !== undefined) {
    const breaks = describeBreaks(crossed);
    const after = points.filter((p) => p.year >= last.year).length;
    d.notes.push(text.breakCaveat(breaks));
    frame.caveats.push({ code: 'break', message: text.breakCaveat(breaks) });
    return { ok: false, reason: text.breakAcross(breaks, base.year, current.year, after >= 2 ? last.year : null), base, current };
  }
  return { ok: true, base, current };
}

/** The fields every method's result shares. */
type Common<M extends ProgressMethod, S extends ProgressStatus> = ProgressResultBase & { readonly method: M; readonly status: S };

/**
 * Finish a result: write the points, the method's decimal `fields` and the status into the
 * explanation's values, and freeze the result with its label and summary.
 *
 * @param frame - The method's frame.
 * @param status - The verdict.
 * @param outcome - The points used, the reason or the end of the summary.
 * @param fields - The method's own fields, in the order of the result (a `target` here
 *   replaces the frame's, as Open SDG's 0 → 0.001).
 * @param summary - The method's summary line from the status and the end of the summary.
 * @returns The frozen result.
 */
export function finish<M extends ProgressMethod, K extends string, S extends ProgressStatus, F extends object>(
  frame: Frame<M, K>,
  status: S,
  outcome: Outcome,
  fields: F,
  summary: (status: S, detail: string) => string,
): Common<M, S> & F & { readonly thresholds: Readonly<Record<K, Decimal>> } {
  const { d, series } = frame;
  const base = outcome.base ?? null;
  const current = outcome.current ?? null;
  const caveats = [...frame.caveats, ...seriesCaveats(series, outcome.used ?? [outcome.base, outcome.current])];
  if (base !== null) {
    d.values.baseYear = String(base.year);
    d.values.baseValue = plain(base.value);
  }
  if (current !== null) {
    d.values.currentYear = String(current.year);
    d.values.currentValue = plain(current.value);
  }
  for (const [key, value] of Object.entries(fields)) if (isDecimal(value)) d.values[key] = plain(value);
  d.values.status = status;
  const detail = status === 'not_assessable' ? `: ${outcome.reason ?? ''}` : (outcome.detail ?? '');
  return Object.freeze(freezeValues({
    method: frame.method,
    status,
    label: LABELS[status],
    direction: frame.direction,
    reason: outcome.reason ?? null,
    baseYear: base?.year ?? null,
    baseValue: base?.value ?? null,
    currentYear: current?.year ?? null,
    currentValue: current?.value ?? null,
    targetYear: frame.targetYear,
    target: frame.target,
    unit: series.unit === null ? null : (unitIdOf(series.unit) ?? series.unit),
    ...fields,
    thresholds: frame.thresholds,
    caveats: Object.freeze(caveats.map((c) => Object.freeze(c))),
    explanation: explanation(d, summary(status, detail)),
  }));
}
