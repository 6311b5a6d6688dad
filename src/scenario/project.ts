import type { Decimal } from '../decimal.js';
import type { Plan, Year } from '../plan/types.js';
import type { UnitId } from '../units/index.js';
import { readOptions } from './checks.js';
import { computeTable, constantRates, knownGrowth, type KnownGrowth, type Notes, type ValueTable } from './model.js';
import { readPlan, type PlanModel } from './planGraph.js';
import { readPrices, readScenario, type ScenarioModel } from './readScenario.js';
import type { ProjectOptions, Projection, ProjectionPrices, ScenarioLike, YearValues } from './types.js';

/** What a projection was computed from, for `scorecard` (projections made here only). */
export interface ProjectionSource {
  readonly model: PlanModel;
  readonly scenario: ScenarioModel;
  readonly table: ValueTable;
  readonly growth: KnownGrowth;
}

/**
 * Where a projection made by {@link project} keeps what it was computed from: a property that
 * is not enumerable (not in JSON, spreads or deep equality) and only this module can name. (A
 * WeakMap from projections would cost a full garbage collection every few thousand calls.)
 */
const SOURCE = /* @__PURE__ */ Symbol('projection source');

/** The table behind a projection made by {@link project}, if it was. @internal */
export function sourceOf(projection: unknown): ProjectionSource | undefined {
  return typeof projection === 'object' && projection !== null
    ? (projection as { readonly [SOURCE]?: ProjectionSource })[SOURCE]
    : undefined;
}

/**
 * Project a plan under a scenario: every driven series and every indicator derived from
 * them, for every year from the scenario's base year to its horizon.
 *
 * Driven series (`level`, `count` and `rate` indicators) evolve from their base level:
 * - `growth` g (constant or per year): `level_k = base · Π(1 + gᵢ)`;
 * - `additions` a: `level_k = base + Σaᵢ`;
 * - `values`: as given; none of them: the base level every year.
 *
 * Levels are exact when they have at most 50 significant digits (8 % a year from 120 gives
 * exactly 176.319369216 in the fifth year) and rounded half-even to 50 digits beyond: 16
 * guard digits over the 34 of every result, so that the growth, shares and intensities
 * measured on them are right to 34 digits, and a rate driven at 8 % measures exactly 8 %.
 *
 * A driver's `unit` may differ from the indicator's in its multiplier (`100m-yuan` for an
 * indicator in `bn-yuan`): values are converted exactly into the indicator's unit.
 *
 * Derived indicators (the plan's `share`, `intensity` and `growth` indicators that name
 * their inputs), 34 significant digits:
 * - share `= numerator ÷ denominator` (× 100 in percent), the two in one unit (`calc/share`);
 * - intensity `= numerator (tce) ÷ denominator (10⁴ yuan)` (`calc/intensity`): 240
 *   `bn-yuan` is 24,000,000 × 10⁴ yuan;
 * - growth in `percent-per-annum`: `(level_y ÷ level_base)^(1/(y − base)) − 1`
 *   (`calc/cagr`, × 100) for every year after the base year; growth in `percent`: the
 *   change since the base year, `level_y ÷ level_base − 1` (`calc/growthRate`, × 100).
 *
 * A derived indicator whose inputs are not driven is absent; a year where it is undefined
 * (a whole of 0, a growth from a base of 0) is absent and `notes` says why.
 *
 * Prices: with `{ prices: 'comparable' }` money levels (measure `yuan`) are divided by the
 * scenario's `deflator` (base year = 100): `level · index_base ÷ index_y`, the formula of
 * `calc/deflate`, to 50 digits like every level; then shares, intensities and growth are
 * derived from them, so that growth is real growth (statistical bulletins report growth at
 * comparable prices and levels at current prices) and intensities are at base-year prices.
 * The default `'current'` leaves the scenario's figures as they are.
 *
 * A deeply frozen scenario (the built-in ones) is read and checked once per plan; others on
 * every call.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param scenario - A scenario (decoded, or JSON input with decimal strings).
 * @param options - `prices`: `'current'` (default) or `'comparable'`.
 * @returns A deeply frozen {@link Projection}.
 * @throws {@link PlanError} `NOT_FOUND` for a series that is not an indicator of the plan,
 *   `INVALID_ARGUMENT` for a driver of a derived indicator (both list the drivable ids), a
 *   malformed scenario, or `'comparable'` without a deflator; `UNIT_MISMATCH` for a
 *   driver unit of another measure; `DOMAIN` for a growth rate ≤ −1 or a negative base;
 *   `VALIDATION` for a broken plan.
 *
 * @example
 * ```ts
 * const p = project(baotou13, {
 *   id: 'eight-percent', baseYear: 2015, horizon: 2020,
 *   series: { 'industrial-value-added': { base: '120', unit: 'bn-yuan', growth: '0.08' } },
 * });
 * p.indicators['industrial-value-added']?.[2020]?.toString(); // → '176.319369216'
 * ```
 *
 * @category Scenarios
 */
export function project(plan: Plan, scenario: ScenarioLike, options?: ProjectOptions): Projection {
  const model = readPlan(plan);
  const s = readScenario(scenario, model);
  const o = readOptions(options);
  const prices = readPrices(o.prices, s);
  const notes: Notes = new Set();
  const growth = knownGrowth(constantRates(s, prices));
  const table = computeTable(model, s, prices, notes, growth);
  return toProjection(model, s, prices, table, notes, { model, scenario: s, table, growth });
}

/** Freeze a table into a {@link Projection}. @internal */
export function toProjection(
  model: PlanModel,
  scenario: ScenarioModel,
  prices: ProjectionPrices,
  table: ValueTable,
  notes: Notes,
  source: ProjectionSource,
): Projection {
  const indicators: Record<string, YearValues> = {};
  const series: Record<string, YearValues> = {};
  const units: Record<string, UnitId> = {};
  // Plan order, so that the keys read like the plan.
  for (const [id, node] of model.nodes) {
    const values = table.get(id);
    if (values === undefined) continue;
    const byYear: Record<Year, Decimal> = {};
    values.forEach((v, k) => {
      if (v !== undefined) byYear[scenario.baseYear + k] = v;
    });
    const frozen = Object.freeze(byYear);
    indicators[id] = frozen;
    units[id] = node.unitId;
    if (scenario.drivers.has(id)) series[id] = frozen;
  }
  const projection = {
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
  };
  Object.defineProperty(projection, SOURCE, { value: source });
  return Object.freeze(projection);
}
