import { HUNDRED, type Decimal } from '../decimal.js';
import type { Observation, ObservationInput, Plan, Year } from '../plan/types.js';
import { isObject } from '../read.js';
import { readObservations, type Reading } from './observations.js';
import { horizonOf, readPlan, type IndicatorNode } from './planGraph.js';
import { readBuilderOptions } from './readScenario.js';
import { reportedTrend as text } from './text.js';
import type { Scenario, SeriesDriver } from './types.js';

/** Where an observation comes from, for the scenario's description. */
function sourceName(o: Readonly<Record<string, unknown>>): string {
  const s = o.source;
  if (isObject(s)) {
    if (typeof s.publication === 'string') {
      return typeof s.date === 'string' && !s.publication.includes(s.date) ? `${s.publication}, ${s.date}` : s.publication;
    }
    if (typeof s.section === 'string') return `report ${s.section}`;
  }
  return text.unsourced;
}

/**
 * A scenario from reported figures: every series the plan drives that has an observation in
 * the plan's base year starts there and grows at the reported annual rates of its growth
 * indicator; nothing is invented, and the `description` lists every figure used with its
 * source. The rules and what the figures measure:
 * [docs/scenarios.md, "The reported trend"](../../docs/scenarios.md#the-reported-trend).
 *
 * @param plan - The plan.
 * @param observations - Reported figures (`baotouReported`).
 * @param options - `id` of the scenario (default `'reported-trend'`).
 * @returns A frozen {@link Scenario} from the plan's base year to its last target year.
 * @throws {@link PlanError} `INVALID_ARGUMENT` when `observations` is not an array or an
 *   entry is malformed; `INVALID_DECIMAL` for a bad value; `UNIT_MISMATCH` for a value in a
 *   unit of another measure.
 *
 * @example
 * ```ts
 * const s = reportedTrendScenario(baotou13, baotouReported);
 * s.series['industrial-value-added']?.base.toString(); // → '120'
 * reportedTrendScenario(baotou13, 'figures'); // throws PlanError INVALID_ARGUMENT
 * // → "observations: expected an array, got 'figures'"
 * ```
 *
 * @category Scenarios
 */
export function reportedTrendScenario(
  plan: Plan,
  observations: readonly (Observation | ObservationInput)[],
  options?: { readonly id?: string },
): Scenario {
  const model = readPlan(plan);
  const { id } = readBuilderOptions(options, 'reported-trend');
  const readings = new Map<string, Reading[]>();
  for (const r of readObservations(observations, model, 'observations')) {
    let list = readings.get(r.node.id);
    if (list === undefined) readings.set(r.node.id, (list = []));
    list.push(r);
  }
  const baseYear = model.plan.baseYear;
  const horizon = horizonOf(model);
  const lines: string[] = [];
  const series: Record<string, SeriesDriver> = {};
  for (const node of model.nodes.values()) {
    if (!node.drivable) continue;
    const base = readings.get(node.id)?.find((r) => r.start === baseYear && r.end === baseYear);
    if (base === undefined) continue;
    const growth = growthIndicator(model.nodes, node.id);
    const rates = growth === undefined ? [] : (readings.get(growth.id) ?? []);
    const perYear: Record<Year, Decimal> = {};
    const used: string[] = [];
    let missing = false;
    for (let year = baseYear + 1; year <= horizon; year++) {
      const own = rates.find((r) => r.start === year && r.end === year);
      const covering = rates.find((r) => r.start < r.end && r.start <= year && year <= r.end);
      const before = rates.filter((r) => r.start === r.end && r.end < year).sort((a, b) => b.end - a.end)[0];
      const pick = own ?? covering ?? before;
      if (pick === undefined) {
        missing = true;
        break;
      }
      perYear[year] = pick.value.div(HUNDRED);
      const why = own !== undefined ? text.reported : covering !== undefined ? text.average(pick.start, pick.end) : text.carried(pick.end);
      used.push(text.rateLine(year, pick.value.toFixed(), why, sourceName(pick.entry)));
    }
    if (growth === undefined || missing) {
      lines.push(text.leftOut(node.id, base.value.toFixed(), baseYear));
      continue;
    }
    series[node.id] = Object.freeze({ base: base.value, growth: Object.freeze(perYear) });
    lines.push(text.series(node.id, base.value.toFixed(), node.unitId, baseYear, sourceName(base.entry), growth.id, used));
  }
  return Object.freeze({
    id,
    name: Object.freeze({ en: text.name }),
    description: text.description(model.id, baseYear, horizon, lines),
    baseYear,
    horizon,
    series: Object.freeze(series),
  });
}

/** The growth indicator (annual average, percent a year) of a series. */
function growthIndicator(nodes: ReadonlyMap<string, IndicatorNode>, id: string): IndicatorNode | undefined {
  for (const node of nodes.values()) {
    const d = node.derivation;
    if (d !== null && d.kind === 'growth' && d.of === id && d.measure === 'annual' && node.unit.measure === 'percent-per-annum') return node;
  }
  return undefined;
}
