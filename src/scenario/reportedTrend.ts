import { D, EXACT, HUNDRED, freezeValues, type Decimal } from '../decimal.js';
import type { Observation, ObservationInput, Plan, Year } from '../plan/types.js';
import { isObject } from '../read.js';
import { describeExcess, excesses } from './breaks.js';
import { Caveats, describeBreaks, describeReading, figureCaveats } from './caveats.js';
import { readObservations, type Reading } from './observations.js';
import { indexObservations, type Figure, type Observed } from './observed.js';
import { growthIndicatorOf, horizonOf, readPlan, type PlanModel } from './planGraph.js';
import { project } from './project.js';
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
 * source. Its `caveats` say what the start cannot give: a base that is an estimate, of another
 * scope or price basis than the plan's indicator, or on a basis that a later break in the
 * series (a revision, status `B`) replaced — with the levels after the break it cannot be
 * compared with, and any projected level above a whole that contains it. The rules and what
 * the figures measure:
 * [docs/scenarios.md, "The reported trend"](../../docs/scenarios.md#the-reported-trend).
 *
 * @param plan - The plan.
 * @param observations - Reported figures (`baotouReported`).
 * @param options - `id` of the scenario (default `'reported-trend'`).
 * @returns A frozen {@link Scenario} from the plan's base year to its last target year.
 * @throws {@link PlanError} `INVALID_ARGUMENT` when `observations` is not an array or an
 *   entry is malformed, or for bad options (`id` an id, as `parseScenario` reads it);
 *   `VALIDATION` naming duplicate observations; `INVALID_DECIMAL` for a bad value; `UNIT_MISMATCH` for a value in a
 *   unit of another measure.
 *
 * @example
 * ```ts
 * const s = reportedTrendScenario(baotou13, baotouReported);
 * s.series['industrial-value-added']?.base.toString(); // → '120'
 * s.caveats?.map((c) => c.code).includes('break'); // → true
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
  const observed = indexObservations(readObservations(observations, model, 'observations'), model);
  const baseYear = model.baseYear;
  const horizon = horizonOf(model);
  const lines: string[] = [];
  const series: Record<string, SeriesDriver> = {};
  const caveats = new Caveats();
  for (const node of model.nodes.values()) {
    if (!node.drivable) continue;
    const base = observed.annual(node.id, baseYear);
    if (base === undefined) continue;
    const rates = rateReadings(observed, model, node.id);
    const perYear: Record<Year, Decimal> = {};
    const used: string[] = [];
    const assumed: Year[] = [];
    let missing: Year | null = null;
    for (let year = baseYear + 1; year <= horizon && rates !== null; year++) {
      const pick = rateFor(rates, year);
      if (pick === undefined) {
        missing = year;
        break;
      }
      perYear[year] = pick.reading.value.div(HUNDRED);
      const r = pick.reading;
      const why = pick.how === 'reported' ? text.reported : pick.how === 'average' ? text.average(r.start, r.end) : text.carried(r.end);
      if (pick.how !== 'reported') assumed.push(year);
      used.push(text.rateLine(year, r.value.toFixed(), why, sourceName(r.entry)));
    }
    if (rates === null || missing !== null) {
      // Why no rates drive it: none reported, or none for a year (with nothing to carry forward to it).
      const noRates = rates === null || missing === null ? text.noRates : text.ratesShort(rates.name, missing);
      const levels = levelPath(observed, node.id, baseYear, horizon);
      if (levels === null) {
        lines.push(text.leftOut(node.id, base.reading.value.toFixed(), baseYear, noRates));
        continue;
      }
      series[node.id] = Object.freeze(freezeValues({ base: base.reading.value, values: Object.freeze(freezeValues(levels.values)) }));
      lines.push(text.levels(node.id, base.reading.value.toFixed(), node.unitId, baseYear, sourceName(base.reading.entry), levels.used, noRates));
      figureCaveats(caveats, base);
      for (const f of levels.figures) figureCaveats(caveats, f);
      if (levels.filled.length > 0) caveats.add('derived', text.filledLevels(node.id, levels.filled));
      const breaks = observed.breaks(node.id, baseYear, horizon);
      if (breaks.length > 0) caveats.add('break', text.levelsAcrossBreak(node.id, describeBreaks(breaks)));
      continue;
    }
    series[node.id] = Object.freeze(freezeValues({ base: base.reading.value, growth: Object.freeze(freezeValues(perYear)) }));
    lines.push(text.series(node.id, base.reading.value.toFixed(), node.unitId, baseYear, sourceName(base.reading.entry), rates.name, used));
    figureCaveats(caveats, base);
    caveats.add('price-basis', text.atBasePrices(node.id, baseYear));
    if (assumed.length > 0) caveats.add('derived', text.assumedRates(node.id, assumed));
    const breaks = observed.breaks(node.id, baseYear, horizon);
    if (breaks.length > 0) caveats.add('break', text.oldBasis(describeReading(base.reading), describeBreaks(breaks)));
  }
  const scenario = {
    id,
    name: Object.freeze({ en: text.name }),
    description: text.description(model.id, baseYear, horizon, lines),
    baseYear,
    horizon,
    series: Object.freeze(series),
  };
  // A projected level above a whole that contains it is the break seen from the other side.
  const projection = project(plan, scenario);
  const levelAt = (i: string, y: Year): Decimal | undefined => projection.series[i]?.[y];
  for (const e of excesses(model, observed, projection.years, levelAt)) caveats.add('break', text.aboveWhole(describeExcess(e)));
  const found = caveats.done();
  return Object.freeze(found.length === 0 ? scenario : { ...scenario, caveats: found });
}

/**
 * The growth rates reported for a series: the figures of its annual growth indicator, if the
 * plan has one, and its own growth rates and yearly changes in percent; `null` when no rate is reported.
 */
interface RateReadings {
  /** What the rates are of, for the description: the growth indicator, the series' own changes, or both. */
  readonly name: string;
  /** The figure of a year. */
  annual(year: Year): Reading | undefined;
  /** Every rate, in the order given: yearly ones, and averages a year over spans. */
  readonly all: readonly Reading[];
}

function rateReadings(observed: Observed, model: PlanModel, id: string): RateReadings | null {
  const growth = growthIndicatorOf(model, id);
  const own = observed.changes(id).filter((r) => r.unit.measure === 'percent-per-annum' || (r.unit.measure === 'percent' && r.start === r.end));
  const ofGrowth = growth === undefined ? [] : observed.of(growth.id);
  const all = [...ofGrowth, ...own];
  if (all.length === 0) return null;
  // Named for the figures there are: a growth indicator without figures is not where the rates come from.
  const names = [...(growth === undefined || ofGrowth.length === 0 ? [] : [growth.id]), ...(own.length === 0 ? [] : [text.ownChanges(id)])];
  return {
    name: names.join(' and '),
    annual: (year) =>
      (growth === undefined ? undefined : observed.annual(growth.id, year))?.reading ??
      (observed.annual(id, year, 'percent-per-annum') ?? observed.annual(id, year, 'percent'))?.reading,
    all,
  };
}

/** The rate of a year: reported for it, else an average over a span that covers it, else the last reported before it. */
function rateFor(rates: RateReadings, year: Year): { reading: Reading; how: 'reported' | 'average' | 'carried' } | undefined {
  const own = rates.annual(year);
  if (own !== undefined) return { reading: own, how: 'reported' };
  const covering = rates.all.find((r) => !r.partial && r.start < r.end && r.start <= year && year <= r.end);
  if (covering !== undefined) return { reading: covering, how: 'average' };
  const before = rates.all.filter((r) => !r.partial && r.start === r.end && r.end < year);
  if (before.length === 0) return undefined;
  const last = Math.max(...before.map((r) => r.end));
  const f = rates.annual(last);
  return f === undefined ? undefined : { reading: f, how: 'carried' };
}

/**
 * A series with no reported rate, from the levels reported after its base year: each year's
 * figure where there is one, a straight line between two, the last carried forward after it;
 * `null` when no later level is reported.
 */
function levelPath(
  observed: Observed,
  id: string,
  baseYear: Year,
  horizon: Year,
): { values: Record<Year, Decimal>; figures: Figure[]; used: string[]; filled: Year[] } | null {
  const known = new Map<Year, Figure>();
  for (let y = baseYear; y <= horizon; y++) {
    const f = observed.annual(id, y);
    if (f !== undefined) known.set(y, f);
  }
  if (known.size < 2) return null;
  const years = [...known.keys()];
  const values: Record<Year, Decimal> = {};
  const filled: Year[] = [];
  const used: string[] = [];
  for (let y = baseYear + 1; y <= horizon; y++) {
    const f = known.get(y);
    if (f !== undefined) {
      values[y] = f.reading.value;
      used.push(text.levelLine(y, f.reading.value.toFixed(), sourceName(f.reading.entry)));
      continue;
    }
    filled.push(y);
    const before = years.filter((k) => k < y).pop() as Year;
    const after = years.find((k) => k > y);
    const a = (known.get(before) as Figure).reading.value;
    if (after === undefined) values[y] = a;
    else {
      const b = (known.get(after) as Figure).reading.value;
      values[y] = new D(EXACT.add(a, EXACT.mul(EXACT.sub(b, a), new EXACT(y - before)).div(after - before)));
    }
  }
  const figures = years.filter((y) => y > baseYear).map((y) => known.get(y) as Figure);
  return { values, figures, used, filled };
}
