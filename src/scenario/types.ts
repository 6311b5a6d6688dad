/**
 * The scenario driver model: base-year levels of a few series plus an assumption of how
 * each evolves, year by year, to a horizon.
 *
 * @module
 */
import type { Decimal, DecimalInput } from '../decimal.js';
import type { LocalizedText, Year } from '../plan/types.js';
import type { UnitId } from '../units.js';

/**
 * How one series evolves from its base-year level. Exactly one of:
 * - `growth`: a constant rate as a ratio (`0.08` = 8 % a year), or one rate per year
 *   (`{ 2016: 0.1, 2017: 0.09, … }`, every year from base + 1 to the horizon);
 * - `additions`: an amount added each year, constant or per year (counts, and rates in
 *   percent that rise by points);
 * - `values`: the level for every year from base + 1 to the horizon, given outright.
 *
 * With none of them the series stays at its base level.
 *
 * @category Scenarios
 */
export interface SeriesDriver {
  /** The level in the base year, in `unit`. */
  readonly base: Decimal;
  /** Unit of `base` (and of `additions`, `values`); defaults to the indicator's unit. */
  readonly unit?: UnitId;
  readonly growth?: Decimal | Readonly<Record<Year, Decimal>>;
  readonly additions?: Decimal | Readonly<Record<Year, Decimal>>;
  readonly values?: Readonly<Record<Year, Decimal>>;
}

/**
 * A scenario: base year, horizon, and a driver per series. Series are keyed by the id of
 * the plan's indicator they feed (a `level`, `count` or `rate` indicator); shares,
 * intensities and growth indicators are derived from them by `project`.
 *
 * `deflator` (optional) is a price index per year (base year = 100) for projecting at
 * comparable prices.
 *
 * @category Scenarios
 */
export interface Scenario {
  readonly id: string;
  readonly name?: LocalizedText;
  readonly description?: string;
  readonly baseYear: Year;
  readonly horizon: Year;
  readonly series: Readonly<Record<string, SeriesDriver>>;
  readonly deflator?: Readonly<Record<Year, Decimal>>;
}

/** A driver as JSON input: numbers as {@link DecimalInput}, years as object keys. @category Scenarios */
export interface SeriesDriverInput {
  base: DecimalInput;
  unit?: UnitId;
  growth?: DecimalInput | Record<string, DecimalInput>;
  additions?: DecimalInput | Record<string, DecimalInput>;
  values?: Record<string, DecimalInput>;
}

/** A scenario as JSON input. @category Scenarios */
export interface ScenarioInput {
  id: string;
  name?: LocalizedText;
  description?: string;
  baseYear: Year;
  horizon: Year;
  series: Record<string, SeriesDriverInput>;
  deflator?: Record<string, DecimalInput>;
}
