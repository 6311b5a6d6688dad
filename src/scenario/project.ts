import { freeze, type Decimal } from '../decimal.js';
import type { Plan, Year } from '../plan/types.js';
import { readOptions } from '../read.js';
import type { UnitId } from '../units/index.js';
import { readPlan, type PlanModel } from './planGraph.js';
import { attachTable, buildTable, type Notes, type ProjectionTable } from './projectionTable.js';
import { readPrices, readScenario, type ScenarioModel } from './readScenario.js';
import type { ProjectOptions, Projection, ProjectionPrices, ScenarioLike, YearValues } from './types.js';

/**
 * Project a plan under a scenario: every driven series and every indicator derived from them
 * (shares, intensities, growth), for every year from the scenario's base year to its
 * horizon, exactly. How levels evolve, their 50 digits, unit conversion, the derived
 * formulas and comparable prices: [docs/scenarios.md, "Projecting"](../../docs/scenarios.md#projecting).
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param scenario - A scenario, decoded or as JSON input with decimal strings.
 * @param options - `prices`: `'current'` (default) or `'comparable'` (divides money by the
 *   scenario's `deflator`).
 * @returns A deeply frozen {@link Projection}.
 * @throws {@link PlanError} `NOT_FOUND` for a series that is not an indicator of the plan;
 *   `INVALID_ARGUMENT` for a driver of a derived indicator, a malformed scenario (by the
 *   rules of `parseScenario`, which accepts exactly the same scenarios: ids, years from 1900 to
 *   2100, unit ids, name and description), an unknown option key, or `'comparable'` without
 *   a deflator; `UNIT_MISMATCH` for a driver
 *   unit of another measure; `DOMAIN` for a growth rate ≤ −1 or a negative base, or for a
 *   level or derived value beyond the bounds of the library's decimals (exponents up to
 *   ±10,000: `"the level of 'gdp' in 1905: …"`, naming the series and the year);
 *   `VALIDATION` for a broken plan.
 *
 * @example
 * ```ts
 * const p = project(baotou13, {
 *   id: 'eight-percent', baseYear: 2015, horizon: 2020,
 *   series: { 'industrial-value-added': { base: '120', unit: 'bn-yuan', growth: '0.08' } },
 * });
 * p.indicators['industrial-value-added']?.[2020]?.toString(); // → '176.319369216'
 * project(baotou13, { id: 'x', baseYear: 1899, horizon: 1905, series: {} }); // throws PlanError INVALID_ARGUMENT
 * ```
 *
 * @category Scenarios
 */
export function project(plan: Plan, scenario: ScenarioLike, options?: ProjectOptions): Projection {
  const model = readPlan(plan);
  const s = readScenario(scenario, model);
  const prices = readPrices(readOptions(options, 'options', ['prices']).prices, s);
  const notes: Notes = new Set();
  const table = buildTable(model, s, prices, notes);
  return Object.freeze(attachTable(toProjection(model, s, prices, table, notes), table));
}

/** The projection of a table (values by year, in plan order), deeply frozen but for itself: it is marked, then frozen. */
function toProjection(model: PlanModel, scenario: ScenarioModel, prices: ProjectionPrices, table: ProjectionTable, notes: Notes): Projection {
  const indicators: Record<string, YearValues> = {};
  const series: Record<string, YearValues> = {};
  const units: Record<string, UnitId> = {};
  // Plan order, so that the keys read like the plan.
  for (const [id, node] of model.nodes) {
    const values = table.values.get(id);
    if (values === undefined) continue;
    const byYear: Record<Year, Decimal> = {};
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      if (v !== undefined) byYear[scenario.baseYear + k] = freeze(v);
    }
    const frozen = Object.freeze(byYear);
    indicators[id] = frozen;
    units[id] = node.unitId;
    if (scenario.drivers.has(id)) series[id] = frozen;
  }
  return {
    scenarioId: scenario.id,
    planId: model.id,
    baseYear: scenario.baseYear,
    horizon: scenario.horizon,
    years: Object.freeze([...scenario.years]),
    prices,
    series: Object.freeze(series),
    indicators: Object.freeze(indicators),
    units: Object.freeze(units),
    notes: Object.freeze([...notes]),
    caveats: scenario.caveats,
  };
}
