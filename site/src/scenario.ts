/**
 * The scenario editor's model: each series the starting scenario drives keeps that scenario's
 * own path until the user sets its rate; from then on it grows at that constant rate a year
 * (percent, an exact decimal as typed) from its base-year level. The projection, its verdicts
 * and the break-even rate of each target that depends on a series follow.
 */
import {
  breakEven,
  cagr,
  fromRatio,
  isDecimal,
  isPlanError,
  project,
  quantity,
  round,
  scorecard,
  toRatio,
  type BreakEvenResult,
  type Decimal,
  type Plan,
  type Projection,
  type Scenario,
  type ScenarioInput,
  type ScenarioLike,
  type ScorecardRow,
  type UnitId,
} from 'baotou-plan';

/** A series the editor drives. */
export interface Driver {
  /** The indicator id of the series. */
  readonly series: string;
  readonly base: Decimal;
  readonly unit: UnitId | undefined;
  /**
   * The rate the editor shows before the user sets one, percent a year: the scenario's own
   * constant rate, else its average over the years (rounded to 0.01), else 0. Until a rate is
   * set the series keeps the scenario's own path, so that the starting verdicts are the
   * scenario's exactly, not those of a rounded rate.
   */
  readonly start: string;
}

/**
 * The series of a scenario, each with the constant rate the editor starts from.
 *
 * @param plan - The plan.
 * @param scenario - The starting scenario.
 * @returns One driver a series, in the scenario's order.
 */
export function driversOf(plan: Plan, scenario: Scenario): Driver[] {
  let projection: Projection | null = null;
  try {
    projection = project(plan, scenario);
  } catch {
    // no average to start from: 0
  }
  const years = scenario.horizon - scenario.baseYear;
  return Object.entries(scenario.series).map(([series, d]) => {
    let start = '0';
    if (d.growth !== undefined && isDecimal(d.growth)) {
      start = fromRatio(d.growth, 'percent-per-annum').value.toFixed();
    } else if (projection !== null && years > 0) {
      const from = projection.indicators[series]?.[scenario.baseYear];
      const to = projection.indicators[series]?.[scenario.horizon];
      if (from !== undefined && to !== undefined && from.gt(0) && to.gt(0)) {
        start = round(fromRatio(cagr(from, to, years), 'percent-per-annum').value, 2).toFixed();
      }
    }
    return { series, base: d.base, unit: d.unit, start };
  });
}

/**
 * The scenario of the editor's rates: the starting scenario's own path for a series without a
 * rate set, a constant rate for the others.
 *
 * @param base - The starting scenario (years, levels, paths, deflator, caveats).
 * @param drivers - Its series.
 * @param rates - The rate of each series the user set, percent a year.
 * @returns The scenario.
 * @throws What `quantity` throws for a rate beyond the library's bounds.
 */
export function scenarioOf(base: Scenario, drivers: readonly Driver[], rates: ReadonlyMap<string, string>): ScenarioLike {
  const edited = drivers.some((d) => rates.has(d.series));
  if (!edited) return base;
  const series: ScenarioInput['series'] = {};
  for (const d of drivers) {
    const percent = rates.get(d.series);
    const own = base.series[d.series];
    if (percent === undefined && own !== undefined) {
      series[d.series] = own as unknown as ScenarioInput['series'][string];
      continue;
    }
    series[d.series] = {
      base: d.base,
      ...(d.unit === undefined ? {} : { unit: d.unit }),
      growth: toRatio(quantity(percent ?? d.start, 'percent-per-annum')),
    };
  }
  return {
    id: 'edited',
    baseYear: base.baseYear,
    horizon: base.horizon,
    series,
    ...(base.deflator === undefined ? {} : { deflator: base.deflator as NonNullable<ScenarioInput['deflator']> }),
    ...(base.caveats === undefined ? {} : { caveats: [...base.caveats] }),
  };
}

/** The projection of a scenario and the verdicts on it. */
export interface Outcome {
  readonly projection: Projection;
  readonly rows: readonly ScorecardRow[];
}

/**
 * Project a plan under a scenario and judge its targets on the projection.
 *
 * @param plan - The plan.
 * @param scenario - The scenario.
 * @returns The projection and the scorecard on it.
 */
export function outcomeOf(plan: Plan, scenario: ScenarioLike): Outcome {
  const projection = project(plan, scenario);
  return { projection, rows: scorecard(plan, projection) };
}

/** The break-even of one target on one series: the rate, or the error that says why there is none. */
export type BreakEvenCell = { readonly result: BreakEvenResult } | { readonly error: unknown };

/**
 * The break-even rate of a target on a series, or why there is none; `null` when the target
 * does not depend on the series.
 *
 * @param plan - The plan.
 * @param scenario - The scenario (the other series at their rates).
 * @param series - The series varied.
 * @param targetId - The target.
 * @returns The cell, or `null`.
 */
export function breakEvenOf(plan: Plan, scenario: ScenarioLike, series: string, targetId: string): BreakEvenCell | null {
  try {
    return { result: breakEven(plan, scenario, { driver: { series, field: 'growth' }, targetId }) };
  } catch (error) {
    if (isPlanError(error) && error.code === 'INVALID_ARGUMENT') return null;
    return { error };
  }
}
