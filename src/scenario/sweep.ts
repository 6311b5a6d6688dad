import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Plan } from '../plan/types.js';
import { judgeRow } from './scorecard.js';
import type { ScenarioLike, ScorecardRow, SweepOptions, SweepPoint, SweepResult, SweepRow } from './types.js';
import { prepare, readValue } from './vary.js';

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
  });
}

/**
 * Vary one driver over a list of values and judge every target at each: one scorecard per
 * value.
 *
 * `driver.field` is `'growth'` (a constant annual rate as a ratio, `0.08`, replacing the
 * series' evolution), `'additions'` (a constant amount a year in the driver's unit) or
 * `'base'` (the base-year level in the driver's unit, keeping the evolution). Everything
 * else is the scenario as given.
 *
 * The plan and the scenario are read once and projected once; at each value only the driven
 * series and the indicators derived from it are recomputed, and only the targets that read
 * them are judged again. The rows of the other targets are the same objects at every point.
 *
 * @param plan - The plan.
 * @param scenario - The scenario; it must drive `driver.series`.
 * @param options - `driver` `{ series, field }`, `values`, and as for `project` and
 *   `scorecard`: `prices`, `asOf`, `defaultTolerance`.
 * @returns `{ driver, points }`, one point `{ value, rows, met, notMet }` per value, in
 *   order, with one compact row per target; frozen.
 * @throws {@link PlanError} `NOT_FOUND` when the scenario does not drive `driver.series`
 *   (listing what it drives); `INVALID_ARGUMENT` for a bad field or a `values` that is not
 *   an array; `INVALID_DECIMAL` for a bad value (naming its index); `DOMAIN` for a growth
 *   ≤ −1 or a negative base; and what {@link project} and {@link scorecard} throw.
 *
 * @example
 * ```ts
 * const r = sweep(baotou13, scenarios.reportedTrend, {
 *   driver: { series: 'industrial-value-added', field: 'growth' },
 *   values: ['0.08', '0.12', '0.16'],
 * });
 * r.points.map((p) => p.met); // → [0, 1, 2] (at 12 % the rate is met, at 16 % the 240 bn too)
 * ```
 *
 * @category Scenarios
 */
export function sweep(plan: Plan, scenario: ScenarioLike, options: SweepOptions): SweepResult {
  const { varied, o } = prepare(plan, scenario, options);
  if (!Array.isArray(o.values)) {
    throw new PlanError('INVALID_ARGUMENT', messages.notArray('options.values', o.values), {
      argument: 'options.values',
      received: o.values,
    });
  }
  const values = (o.values as readonly unknown[]).map((v, i) => readValue(v, `options.values[${i}]`));
  const { model, scenario: s, rowOptions } = varied;
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
