/**
 * The chart builders fed from a plan: what the `chart` command draws. They look up names,
 * units and targets in the plan and hand plain data to {@link trajectoryChart},
 * {@link scorecardChart} and {@link layoutChart}.
 *
 * @module
 */
import { dec, type DecimalInput } from '../decimal.js';
import { argumentError } from '../errors.js';
import { messages } from '../messages.js';
import { indicator as indicatorOf, targetsOf } from '../plan/query.js';
import { readPlanArgument } from '../plan/readPlanArgument.js';
import type { Observation, ObservationInput, Plan, Target, Year } from '../plan/types.js';
import { isObject, readObject, readOptions, readText, reading } from '../read.js';
import { CHART_OPTION_KEYS, readStyle } from './_lib/checks.js';
import { readObservations } from '../scenario/observations.js';
import { indexObservations, type Figure } from '../scenario/observed.js';
import { readPlan } from '../scenario/planGraph.js';
import type { Projection } from '../scenario/types.js';
import { UNITS, valueIn } from '../units/index.js';
import { layoutChart } from './layout.js';
import { scorecardChart } from './scorecard.js';
import { trajectoryChart } from './trajectory.js';
import type { ChartOptions, ScorecardChartRow, VegaLiteSpec, YearValue } from './types.js';

/**
 * Options of {@link planTrajectoryChart}.
 *
 * @example
 * ```ts
 * const options: PlanTrajectoryOptions = { indicator: 'industrial-value-added', observations: baotouReported, locale: 'zh-CN' };
 * ```
 *
 * @category Charts
 */
export interface PlanTrajectoryOptions extends ChartOptions {
  /** The indicator to draw, an id of the plan. */
  readonly indicator: string;
  /**
   * Observed values (such as `baotouReported`), converted exactly to the indicator's unit
   * (another measure is a `UNIT_MISMATCH`); those of other indicators, figures for part of a
   * year (January–September) and averages over several years are left out. Of several
   * figures of one year, the one the scorecard counts is drawn (the latest vintage, or by
   * its rule for sources that disagree); a year with a figure of status `B` (the first after
   * a break in the series) is drawn after a gap. Default: the projection's base-year value,
   * as the one known point, labelled "Base year (scenario)" (基年（情景）), not "Observed".
   */
  readonly observations?: readonly (Observation | ObservationInput)[];
}

/**
 * A trajectory chart of one indicator of a plan under a scenario: the projection (dashed),
 * the observations, the indicator's target (the latest one, converted to the indicator's
 * unit) and, for indicators that are not growth rates, the geometric path required from the
 * last observed year before the target to the target.
 *
 * Without `observations`, the projection's base-year value is drawn as the point the
 * projection and the required path start from, labelled "Base year (scenario)" (基年（情景）)
 * in the legend and the description: a scenario's starting value, which may never have been
 * observed (a plan path of a plan without figures). With them, a year whose figure is the
 * first after a break in the series (status `B`) is drawn after a gap, with the break marked.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param projection - What `project(plan, scenario)` returns.
 * @param options - `indicator` (required), `observations`, and the options of
 *   {@link trajectoryChart}.
 * @returns A Vega-Lite spec, as {@link trajectoryChart} returns it.
 * @throws {@link baotou-plan!PlanError} `NOT_FOUND` for an indicator the plan does not have;
 *   `INVALID_ARGUMENT` when the projection has no values for it and no observation is given,
 *   or for a malformed observation; `UNIT_MISMATCH` for an observation in a unit of another
 *   measure; and the errors of {@link trajectoryChart}.
 *
 * @example
 * ```ts
 * import { baotou13, project, scenarios } from 'baotou-plan';
 * const spec = planTrajectoryChart(baotou13, project(baotou13, scenarios.reportedTrend), {
 *   indicator: 'industrial-value-added',
 * });
 * (spec.data as { values: { series: string }[] }).values[0]?.series; // → 'Base year (scenario)'
 * ```
 *
 * @category Charts
 */
export function planTrajectoryChart(plan: Plan, projection: Projection, options: PlanTrajectoryOptions): VegaLiteSpec {
  readObject(options, 'options');
  const o = readOptions(options, 'options', [...CHART_OPTION_KEYS, 'indicator', 'observations']);
  const id = readText(o.indicator, 'options.indicator');
  const ind = indicatorOf(plan, id);
  const p = readObject(projection, 'projection');
  const byYear = isObject(p.indicators) ? p.indicators[id] : undefined;
  const projected: YearValue[] = isObject(byYear)
    ? Object.keys(byYear)
        .map((year) => ({ year: Number(year), value: byYear[year] as DecimalInput }))
        .sort((a, b) => a.year - b.year)
    : [];

  let observations: YearValue[];
  if (o.observations === undefined) {
    const baseYear = p.baseYear as Year;
    const base = projected.find((v) => v.year === baseYear);
    observations = base === undefined ? [] : [base];
  } else {
    observations = observationsOf(plan, o.observations, id);
  }
  if (observations.length === 0) {
    const scenarioId = typeof p.scenarioId === 'string' ? p.scenarioId : '?';
    const [name, message] =
      o.observations !== undefined
        ? ['options.observations', messages.chartNoObservations('options.observations', id)]
        : projected.length === 0
          ? ['options.indicator', messages.chartNotProjected('options.indicator', id, scenarioId)]
          : ['projection', messages.chartNoBaseValue('projection', id, p.baseYear as Year)];
    throw argumentError('INVALID_ARGUMENT', name, message);
  }

  const target = latestTarget(targetsOf(plan, id));
  const targetValue =
    target === undefined ? undefined : valueIn(target.value, UNITS[target.unit], UNITS[ind.unit], `target '${target.id}'`);
  const lastObserved = observations.filter((v) => target !== undefined && v.year < target.year).at(-1);
  const geometric =
    target !== undefined &&
    targetValue !== undefined &&
    ind.kind !== 'growth' &&
    lastObserved !== undefined &&
    dec(lastObserved.value).gt(0) &&
    targetValue.gt(0);

  const { indicator: _indicator, observations: _observations, ...chartOptions } = o as unknown as PlanTrajectoryOptions;
  return trajectoryChart(
    {
      indicator: { id: ind.id, name: ind.name, unit: ind.unit },
      observations,
      ...(target === undefined || targetValue === undefined
        ? {}
        : { target: { year: target.year, value: targetValue, comparator: target.comparator } }),
      ...(geometric ? { requiredPath: 'geometric' as const } : {}),
      ...(projected.length === 0 ? {} : { projection: projected }),
      ...(o.observations === undefined ? { observationsAre: 'scenario-base' as const } : {}),
    },
    chartOptions,
  );
}

/** The target drawn: the one of the latest year (the first of them in plan order). */
function latestTarget(targets: readonly Target[]): Target | undefined {
  let latest: Target | undefined;
  for (const t of targets) if (latest === undefined || t.year > latest.year) latest = t;
  return latest;
}

/**
 * The observations of one indicator, as year values in its unit: for each whole year the
 * figure that counts, with status `B` where a figure of that year is the first after a break.
 */
function observationsOf(plan: Plan, list: unknown, id: string): YearValue[] {
  const model = readPlan(plan);
  const observed = indexObservations(readObservations(list, model, 'options.observations'), model);
  const years = [...new Set(observed.of(id).filter((r) => !r.partial && r.start === r.end).map((r) => r.start))].sort((a, b) => a - b);
  return years.map((year) => {
    const value = (observed.annual(id, year) as Figure).reading.value;
    const broken = observed.of(id).some((r) => r.status === 'B' && !r.partial && r.start === year && r.end === year);
    return broken ? { year, value, status: 'B' as const } : { year, value };
  });
}

/**
 * A scorecard chart of a plan's targets: the rows of `scorecard(plan, projection)` (or of
 * observations), each labelled with its indicator's name and year in the chosen language.
 *
 * @param plan - The plan the rows were judged on.
 * @param rows - What `scorecard` returns.
 * @param options - The options of {@link scorecardChart}.
 * @returns A Vega-Lite spec, as {@link scorecardChart} returns it.
 * @throws {@link baotou-plan!PlanError} `NOT_FOUND` for a row whose indicator the plan does not have;
 *   the errors of {@link scorecardChart}.
 *
 * @example
 * ```ts
 * import { baotou13, project, scorecard, scenarios } from 'baotou-plan';
 * const rows = scorecard(baotou13, project(baotou13, scenarios.reportedTrend));
 * const spec = planScorecardChart(baotou13, rows, { locale: 'zh-CN' });
 * ```
 *
 * @category Charts
 */
export function planScorecardChart(
  plan: Plan,
  rows: readonly ScorecardChartRow[],
  options?: ChartOptions,
): VegaLiteSpec {
  const zh = readStyle(options, { width: 640, height: 360 }).locale === 'zh-CN';
  const labelled = reading('rows', () =>
    Array.isArray(rows)
      ? rows.map((row: unknown, index) => {
          const r = readObject(row, `rows[${index}]`);
          if (r.label !== undefined || typeof r.indicatorId !== 'string') return r as unknown as ScorecardChartRow;
          const name = indicatorOf(plan, r.indicatorId).name;
          const text = zh && name.zh !== undefined ? `${name.zh}（${String(r.year)}年）` : `${name.en} (${String(r.year)})`;
          return { ...r, label: text } as unknown as ScorecardChartRow;
        })
      : rows,
  );
  return scorecardChart(labelled, options);
}

/**
 * A layout chart of a plan's industrial layout (`plan.layout`): see {@link layoutChart}. A plan
 * without a layout (a plan may leave it out) has nothing to draw: that is an error, not an
 * empty chart.
 *
 * @param plan - A plan (`baotou13`, or what `definePlan` returns).
 * @param options - The options of {@link layoutChart}.
 * @returns A Vega-Lite spec, as {@link layoutChart} returns it.
 * @throws {@link baotou-plan!PlanError} `INVALID_ARGUMENT` when `plan` is not a plan, or its layout
 *   is empty; the errors of {@link layoutChart} (a zone whose direction is not one of
 *   `ZONE_DIRECTIONS` cannot be placed).
 *
 * @example
 * ```ts
 * import { baotou13 } from 'baotou-plan';
 * const spec = planLayoutChart(baotou13, { locale: 'en' });
 * // six zones: east aluminum, west steel, south technology, north equipment, …
 * planLayoutChart({ ...baotou13, layout: [] }); // throws PlanError INVALID_ARGUMENT
 * // → "plan: plan 'baotou13' has no layout (its layout is empty), so there is nothing to draw; planLayoutChart draws the zones of plan.layout"
 * ```
 *
 * @category Charts
 */
export function planLayoutChart(plan: Plan, options?: ChartOptions): VegaLiteSpec {
  const { id, layout } = readPlanArgument(plan);
  if (layout.length === 0) throw argumentError('INVALID_ARGUMENT', 'plan', messages.chartNoLayout('plan', id));
  return layoutChart(layout, options);
}
