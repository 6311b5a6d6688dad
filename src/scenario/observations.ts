/**
 * The one reader of observations for the scenario functions (`scorecard`, `consistency`,
 * `reportedTrendScenario`) and the charts fed from a plan: each observation of an indicator
 * of the plan, its year or period checked (years, or months `'YYYY-MM'`), its value
 * converted exactly into the indicator's unit (or, for a change of it, into the unit of the
 * change: see {@link changeUnit}), its status and vintage read.
 *
 * @internal
 * @module
 */
import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { formatPath, invalidArgument, validationError } from '../errors.js';
import { parseYearMonth, wholeYears, type MonthPeriod, type Period } from '../period.js';
import { findDuplicates, type ObservationKey } from '../plan/duplicates.js';
import type { IndicatorDefinition, ObsStatus, Year } from '../plan/types.js';
import { isObject, isYear, optional, readArray, readChoice, readYear, reading } from '../read.js';
import { UNITS, readUnit, valueIn, type Unit } from '../units/index.js';
import { OBS_STATUSES } from '../vocabulary.js';
import type { IndicatorNode, PlanModel } from './planGraph.js';

/** One observation read against a plan. */
export interface Reading {
  readonly node: IndicatorNode;
  /** Its place in the list given: the order breaks ties. */
  readonly index: number;
  /** The year, or the first and last year the period touches. */
  readonly start: Year;
  readonly end: Year;
  /** A span of months that is not whole years (January–September 2019): not the year. */
  readonly partial: boolean;
  /** The period as given (a span of years or of months); `null` for a year. */
  readonly period: Period | MonthPeriod | null;
  /** The value, in `unit`. */
  readonly value: Decimal;
  /**
   * The unit of `value`: the indicator's, or for a change of it (see {@link changeUnit}) the
   * named unit of the change (`percent`, `percent-per-annum`, `percentage-points`).
   */
  readonly unit: Unit;
  /** Whether it is a change of the indicator rather than a figure in its own measure. */
  readonly change: boolean;
  /** SDMX OBS_STATUS (`B`: the first value after a break in the series); `undefined` when not given. */
  readonly status: ObsStatus | undefined;
  /** When it was published (`'YYYY[-MM[-DD]]'`), where given. */
  readonly vintage: string | undefined;
  /** Its own scope and price basis, where it states them. */
  readonly definition: IndicatorDefinition | undefined;
  /** The observation as given (its source, its qualifier, its note). */
  readonly entry: Readonly<Record<string, unknown>>;
}

const OBSERVATION = 'an observation { indicator, year | period, value }';
const VINTAGE = /^(19[0-9]{2}|20[0-9]{2}|2100)(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;
const PERIOD = "a period { start, end } of years, or of months 'YYYY-MM' (or give 'year')";

/**
 * Read observations (`Observation`s, or the same as JSON input) against a plan, in order.
 * Observations of indicators the plan does not have are left out. Duplicates (one indicator
 * and period, the same vintage and source: `plan/duplicates.ts`) are refused.
 *
 * @param name - The argument, for errors (`'observations'`, `'baseline'`).
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a value that is not an array, an entry
 *   without an indicator, a bad year or period (years from 1900 to 2100, months
 *   `'YYYY-MM'`), status or vintage; `INVALID_DECIMAL` for a bad value; `UNIT_MISMATCH` for
 *   a unit of another measure than the indicator's; `VALIDATION` naming every duplicate.
 */
export function readObservations(observations: unknown, model: PlanModel, name: string): Reading[] {
  const readings: Reading[] = [];
  readArray(observations, name).forEach((item, index) => {
    const at = `${name}[${index}]`;
    const entry = reading(at, () => (isObject(item) ? { ...item } : item)); // read once
    if (!isObject(entry) || typeof entry.indicator !== 'string') throw invalidArgument(at, OBSERVATION, entry);
    const node = model.nodes.get(entry.indicator);
    if (node === undefined) return;
    const when = entry.year !== undefined ? yearOf(readYear(entry.year, `${at}.year`)) : periodOf(entry.period, `${at}.period`);
    const given = entry.unit === undefined ? node.unit : readUnit(entry.unit, `${at}.unit`);
    const unit = changeUnit(node, given) ?? node.unit;
    const value = valueIn(dec(entry.value as DecimalInput, `${at}.value`), given, unit, `${at}.unit`, `indicator '${node.id}'`);
    const status = optional(entry.status, (x) => readChoice(x, `${at}.status`, OBS_STATUSES));
    const vintage = optional(entry.vintage, (x) => {
      if (typeof x !== 'string' || !VINTAGE.test(x)) throw invalidArgument(`${at}.vintage`, "a publication date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'", x);
      return x;
    });
    const definition = isObject(entry.definition) ? (entry.definition as IndicatorDefinition) : undefined;
    readings.push({ node, index, ...when, value, unit, change: unit !== node.unit, status, vintage, definition, entry });
  });
  const { issues } = findDuplicates(readings.length, (i) => keyOf(readings[i] as Reading), (i) => [name, (readings[i] as Reading).index], formatPath, 'error');
  if (issues.length > 0) throw validationError(name, issues);
  return readings;
}

/**
 * The unit of a change of `node` that an observation in `unit` gives, when `unit` is not of
 * the indicator's measure: `percent-per-annum` (a growth rate: of a year, over the year before;
 * over a span, its annual average), `percent` for an indicator not in percent (a relative
 * change: over the year before, or over the span from the year before it), `percentage-points`
 * for an indicator in percent (a change in points, likewise). A growth indicator's figures are
 * already changes: they are in its own measure. `undefined` otherwise (the unit must then be
 * of the indicator's measure).
 */
export function changeUnit(node: IndicatorNode, unit: Unit): Unit | undefined {
  const measure = unit.measure;
  if (measure === node.unit.measure || node.indicator.kind === 'growth') return undefined;
  if (measure === 'percent-per-annum' || measure === 'percent') return UNITS[measure];
  return measure === 'percentage-points' && node.unit.measure === 'percent' ? UNITS['percentage-points'] : undefined;
}

/** What makes a reading the same observation as another (see `plan/duplicates.ts`); a change is another figure than a level. */
function keyOf(r: Reading): ObservationKey {
  const months = r.partial ? (r.period as MonthPeriod) : undefined;
  return {
    indicator: r.change ? `${r.node.id} (${r.unit.measure})` : r.node.id,
    start: months?.start ?? r.start,
    end: months?.end ?? r.end,
    vintage: r.vintage,
    source: r.entry.source,
    definition: r.definition,
  };
}

type When = Pick<Reading, 'start' | 'end' | 'partial' | 'period'>;

const yearOf = (year: Year): When => ({ start: year, end: year, partial: false, period: null });

/** A span of years, or of months (whole years when it runs from January to December). */
function periodOf(p: unknown, at: string): When {
  if (!isObject(p)) throw invalidArgument(at, PERIOD, p);
  if (isYear(p.start) && isYear(p.end) && p.start <= p.end) return { start: p.start, end: p.end, partial: false, period: p as unknown as Period };
  const start = parseYearMonth(p.start);
  const end = parseYearMonth(p.end);
  if (start === undefined || end === undefined || (p.end as string) < (p.start as string)) throw invalidArgument(at, PERIOD, p);
  const months = p as unknown as MonthPeriod;
  const whole = wholeYears(months);
  return whole === null
    ? { start: start.year, end: end.year, partial: true, period: months }
    : { start: whole.start, end: whole.end, partial: false, period: months };
}
