/**
 * The one reader of observations for the scenario functions (`scorecard`, `consistency`,
 * `reportedTrendScenario`): each observation of an indicator of the plan, its year or period
 * checked, its value converted exactly into the indicator's unit.
 *
 * @internal
 * @module
 */
import { dec, type Decimal, type DecimalInput } from '../decimal.js';
import { invalidArgument } from '../errors.js';
import type { Year } from '../plan/types.js';
import { isObject, isYear, readArray, readYear } from '../read.js';
import { readUnit, valueIn } from '../units/index.js';
import type { IndicatorNode, PlanModel } from './planGraph.js';

/** One observation read against a plan. */
export interface Reading {
  readonly node: IndicatorNode;
  /** The year, or the first and last year of the period. */
  readonly start: Year;
  readonly end: Year;
  /** The value, in the indicator's unit. */
  readonly value: Decimal;
  /** The observation as given (its source, its definition). */
  readonly entry: Readonly<Record<string, unknown>>;
}

const OBSERVATION = 'an observation { indicator, year | period, value }';

/**
 * Read observations (`Observation`s, or the same as JSON input) against a plan, in order.
 * Observations of indicators the plan does not have are left out.
 *
 * @param name - The argument, for errors (`'observations'`, `'baseline'`).
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a value that is not an array, an entry
 *   without an indicator, a bad year or period (years from 1900 to 2100);
 *   `INVALID_DECIMAL` for a bad value; `UNIT_MISMATCH` for a unit of another measure than
 *   the indicator's.
 */
export function readObservations(observations: unknown, model: PlanModel, name: string): Reading[] {
  const readings: Reading[] = [];
  readArray(observations, name).forEach((entry, index) => {
    const at = `${name}[${index}]`;
    if (!isObject(entry) || typeof entry.indicator !== 'string') throw invalidArgument(at, OBSERVATION, entry);
    const node = model.nodes.get(entry.indicator);
    if (node === undefined) return;
    let start: Year;
    let end: Year;
    if (entry.year !== undefined) {
      start = end = readYear(entry.year, `${at}.year`);
    } else {
      const p = entry.period;
      if (!isObject(p) || !isYear(p.start) || !isYear(p.end) || p.end < p.start) {
        throw invalidArgument(`${at}.period`, "a period { start, end } (or give 'year')", p);
      }
      start = p.start;
      end = p.end;
    }
    const unit = entry.unit === undefined ? node.unit : readUnit(entry.unit, `${at}.unit`);
    const value = valueIn(dec(entry.value as DecimalInput, `${at}.value`), unit, node.unit, `${at}.unit`, `indicator '${node.id}'`);
    readings.push({ node, start, end, value, entry });
  });
  return readings;
}
