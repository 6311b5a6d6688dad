import { dec, shift, type Decimal, type DecimalInput } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Observation, ObservationInput, Plan, Year } from '../plan/types.js';
import { readUnit } from '../units/index.js';
import { isObject, readOptions } from './checks.js';
import { describe, readPlan, type IndicatorNode } from './planGraph.js';
import { reportedTrend as text } from './text.js';
import type { Scenario, SeriesDriver } from './types.js';

const HUNDRED = 100;

/** One observation, read: its single year or period, its value in the indicator's unit, its source. */
interface Reading {
  readonly start: Year;
  readonly end: Year;
  readonly value: Decimal;
  readonly source: string;
}

function sourceName(o: Record<string, unknown>): string {
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
 * the plan's base year starts there, and grows at the reported annual rates of its growth
 * indicator (a `growth` indicator in `percent-per-annum` whose `growthOf` it is). For each
 * year after the base year, the rate is, in this order:
 * 1. the rate reported for that year;
 * 2. an annual average reported over a period that covers the year (the first such);
 * 3. the last rate reported before it (carried forward, the base year's own included).
 *
 * A series with no observation in the base year, or no reported rate at all, is left out:
 * nothing is invented. Every figure used and its source is listed in the `description`.
 *
 * Mind what the figures measure (DOMAIN.md): levels are at current prices and growth rates
 * at comparable prices, so the projected levels are at base-year prices; and a reported
 * figure may have another scope than the plan's indicator (above-scale industry, 规模以上).
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
  const o = readOptions(options);
  const id = typeof o.id === 'string' && o.id !== '' ? o.id : 'reported-trend';
  if (!Array.isArray(observations)) {
    throw new PlanError('INVALID_ARGUMENT', messages.notArray('observations', observations), {
      argument: 'observations',
      received: observations,
    });
  }
  const baseYear = model.plan.baseYear;
  const horizon = model.targets.reduce<Year>((y, t) => Math.max(y, t.target.year), model.plan.period.end);
  const readings = new Map<string, Reading[]>();
  observations.forEach((entry: unknown, index) => {
    const at = `observations[${index}]`;
    if (!isObject(entry) || typeof entry.indicator !== 'string') {
      throw new PlanError('INVALID_ARGUMENT', messages.expectedGot(at, 'an observation { indicator, year | period, value }', entry), {
        argument: at,
        received: entry,
      });
    }
    const node = model.nodes.get(entry.indicator);
    if (node === undefined) return;
    const p = entry.period;
    const span = typeof entry.year === 'number' ? { start: entry.year, end: entry.year } : isObject(p) ? (p as { start: Year; end: Year }) : null;
    if (span === null || typeof span.start !== 'number' || typeof span.end !== 'number') return;
    const unit = entry.unit === undefined ? node.unit : readUnit(entry.unit, `${at}.unit`);
    if (unit.measure !== node.unit.measure) {
      throw new PlanError(
        'UNIT_MISMATCH',
        messages.scenarioValueUnit(`${at}.unit`, describe(unit), unit.measure, node.id, node.unit.measure),
        { argument: `${at}.unit`, received: unit.measure, expected: node.unit.measure },
      );
    }
    const raw = dec(entry.value as DecimalInput, `${at}.value`);
    const value = unit.multiplier === node.unit.multiplier ? raw : shift(raw, unit.multiplier - node.unit.multiplier);
    let list = readings.get(node.id);
    if (list === undefined) readings.set(node.id, (list = []));
    list.push({ start: span.start, end: span.end, value, source: sourceName(entry) });
  });
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
      used.push(text.rateLine(year, pick.value.toFixed(), why, pick.source));
    }
    if (growth === undefined || missing) {
      lines.push(text.leftOut(node.id, base.value.toFixed(), baseYear));
      continue;
    }
    series[node.id] = Object.freeze({ base: base.value, growth: Object.freeze(perYear) });
    lines.push(text.series(node.id, base.value.toFixed(), node.unitId, baseYear, base.source, growth.id, used));
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
