import type { Plan } from '../plan/types.js';
import { readArray, readDecimal } from '../read.js';
import { judgeRow } from './scorecard.js';
import type { ScenarioLike, ScorecardRow, SweepOptions, SweepPoint, SweepResult, SweepRow } from './types.js';
import { prepare } from './vary.js';

/** A scorecard row without its evaluation and reason. */
function compact(row: ScorecardRow): SweepRow {
  return Object.freeze({
    targetId: row.targetId,
    indicatorId: row.indicatorId,
    year: row.year,
    valueYear: row.valueYear,
    value: row.value,
    met: row.met,
    gap: row.gap,
    attainment: row.attainment,
    status: row.status,
  }) as SweepRow;
}

/**
 * Vary one driver over a list of values and judge every target at each: one compact
 * scorecard per value. The plan and the scenario are read once and projected once; at each
 * value only what the driver changes is recomputed
 * ([docs/scenarios.md, "Sweeping a driver"](../../docs/scenarios.md#sweeping-a-driver)).
 *
 * @param plan - The plan.
 * @param scenario - The scenario; it must drive `driver.series`.
 * @param options - `driver` `{ series, field: 'growth' | 'additions' | 'base' }`, `values`,
 *   and as for `project` and `scorecard`: `prices`, `asOf`, `defaultTolerance`, `approximately`.
 * @returns `{ driver, points }`, one point `{ value, rows, met, notMet }` per value, in
 *   order, with one compact row per target; frozen.
 * @throws {@link PlanError} `NOT_FOUND` when the scenario does not drive `driver.series`;
 *   `INVALID_ARGUMENT` for a bad field or a `values` that is not an array;
 *   `INVALID_DECIMAL` for a bad value (naming its index); `DOMAIN` for a growth ≤ −1 or a
 *   negative base; and what {@link project} and {@link scorecard} throw.
 *
 * @example
 * ```ts
 * const r = sweep(baotou13, scenarios.reportedTrend, {
 *   driver: { series: 'industrial-value-added', field: 'growth' },
 *   values: ['0.07', '0.12', '0.16'],
 * });
 * r.points.map((p) => p.met); // → [0, 1, 2] (at 12 % the rate is met, at 16 % the 240 bn too)
 * sweep(baotou13, scenarios.reportedTrend, { driver: { series: 'gdp', field: 'growth' }, values: [] }); // throws PlanError NOT_FOUND
 * ```
 *
 * @category Scenarios
 */
export function sweep(plan: Plan, scenario: ScenarioLike, options: SweepOptions): SweepResult {
  const { varied, o } = prepare(plan, scenario, options, ['values']);
  const values = readArray(o.values, 'options.values').map((v, i) => readDecimal(v, `options.values[${i}]`));
  const { model, rowOptions } = varied;
  const base = varied.baseSource;
  const fixed: (SweepRow | null)[] = model.targets.map((t) => (varied.dependsOn(t) ? null : compact(judgeRow(t, base, rowOptions))));
  const points: SweepPoint[] = values.map((value, i) => {
    const source = varied.sourceAt(value, `options.values[${i}]`);
    let met = 0;
    let notMet = 0;
    const rows = model.targets.map((t, k) => {
      const row = fixed[k] ?? compact(judgeRow(t, source, rowOptions));
      if (row.status === 'met') met++;
      else if (row.status === 'not_met') notMet++;
      return row;
    });
    return Object.freeze({ value, rows: Object.freeze(rows), met, notMet });
  });
  return Object.freeze({ driver: varied.ref, points: Object.freeze(points) });
}
