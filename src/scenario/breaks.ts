/**
 * The evidence of breaks in series, for `consistency`: each first value after a break (an
 * observation with status `B`) set against the last level before it grown at the growth rates
 * published across, with the revision factor that implies; and a projection's levels that
 * exceed a whole that contains them. The formulas:
 * [docs/scenarios.md, "Breaks in series"](../../docs/scenarios.md#breaks-in-series).
 *
 * @internal
 * @module
 */
import { D, EXACT, ONE, finish, freezeValues, shift, type Decimal } from '../decimal.js';
import type { Observation, Year } from '../plan/types.js';
import { draft, explanation, percent, plain, show, withUnit } from '../progress/explain.js';
import { valueIn } from '../units/index.js';
import { describeReading } from './caveats.js';
import type { Reading } from './observations.js';
import type { Observed } from './observed.js';
import { growthIndicatorOf, type IndicatorNode, type PlanModel } from './planGraph.js';
import { findings as text } from './text.js';
import type { ConsistencyFinding } from './types.js';

/** The targets whose verdicts a series bears on: of it, of a part of it, or of its growth. */
function targetsOn(model: PlanModel, id: string): string[] {
  return model.targets.filter((t) => t.node.id === id || t.levels === id || t.node.wholes.includes(id)).map((t) => t.target.id);
}

const entryOf = (r: Reading): Observation => r.entry as unknown as Observation;

/**
 * One finding per first value after a break (status `B`, a whole year) and per figure of the
 * last level before it (several sources of that year each give one): the level chained
 * across at the published growth rates (no growth assumed for a year without one), the
 * revision factor `reported ÷ chained` and the level the rates imply for the last year before
 * the break on the new basis, `reported ÷ Π(1 + gᵢ)`.
 */
export function breakFindings(model: PlanModel, observed: Observed): ConsistencyFinding[] {
  const out: ConsistencyFinding[] = [];
  for (const node of model.nodes.values()) {
    // Levels and counts: a share, a rate or a growth indicator is not chained by growth rates.
    if (node.indicator.kind !== 'level' && node.indicator.kind !== 'count') continue;
    const growth = growthIndicatorOf(model, node.id);
    for (const after of observed.of(node.id)) {
      if (after.status !== 'B' || after.partial || after.start !== after.end) continue;
      const before = lastLevelBefore(observed, node, after.start);
      if (before === undefined) continue;
      for (const base of before) out.push(chained(model, observed, node, growth, base, after));
    }
  }
  return out;
}

/** The figures of the last whole year before `year` with a level of `node` (every source; the latest vintage only). */
function lastLevelBefore(observed: Observed, node: IndicatorNode, year: Year): readonly Reading[] | undefined {
  const years = observed
    .of(node.id)
    .filter((r) => !r.partial && r.start === r.end && r.start < year)
    .map((r) => r.start);
  if (years.length === 0) return undefined;
  const f = observed.annual(node.id, Math.max(...years));
  if (f === undefined) return undefined;
  return f.choice === 'latest-vintage' ? [f.reading] : [...f.others, f.reading].sort((a, b) => a.index - b.index);
}

function chained(
  model: PlanModel,
  observed: Observed,
  node: IndicatorNode,
  growth: IndicatorNode | undefined,
  base: Reading,
  after: Reading,
): ConsistencyFinding {
  const d = draft();
  const unit = node.unitId;
  const from = base.start;
  const to = after.start;
  const used: Reading[] = [base];
  const factors: string[] = [];
  let product: Decimal = new EXACT(1);
  let assumed = 0;
  for (let year = from + 1; year <= to; year++) {
    const f = growth === undefined ? undefined : observed.annual(growth.id, year);
    if (f === undefined) {
      assumed++;
      factors.push(text.breakNoRate(year));
      d.notes.push(text.breakAssumed(growth === undefined ? text.noGrowthIndicator(node.id) : `'${growth.id}'`, year));
      continue;
    }
    const rate = f.reading.value;
    used.push(f.reading);
    d.inputs[`rate${year}`] = plain(rate);
    factors.push(text.breakFactor(plain(rate)));
    product = EXACT.mul(product, EXACT.add(ONE, shift(rate, -2)));
    if (f.reading.status !== undefined && f.reading.status !== 'A' && f.reading.status !== 'B') d.notes.push(text.breakEstimate(describeReading(f.reading)));
  }
  used.push(after);
  const growthFactor = finish(product);
  const level = finish(EXACT.mul(base.value, product));
  const reported = after.value;
  const factor = new D(reported).div(level);
  const cut = new D(EXACT.sub(level, reported)).div(level);
  const impliedBase = new D(reported).div(product);
  const values = { levelBefore: base.value, growthFactor, chainedLevel: level, reported, revisionFactor: factor, revisionCut: cut, impliedBase };
  d.inputs.levelBefore = plain(base.value);
  d.inputs.reported = plain(reported);
  d.inputs.unit = unit;
  for (const [key, value] of Object.entries(values)) d.values[key] = plain(value);
  d.working.push(text.breakChainLine(plain(base.value), factors, plain(level)));
  d.working.push(text.breakFactorLine(plain(reported), plain(level), plain(factor)));
  d.working.push(text.breakBaseLine(from, plain(reported), plain(growthFactor), plain(impliedBase)));
  if (base.status !== undefined && base.status !== 'A' && base.status !== 'B') d.notes.push(text.breakEstimate(describeReading(base)));
  if (assumed > 0) d.notes.push(text.breakFlatYears);
  const levelPrices = after.definition?.priceBasis ?? node.indicator.definition?.priceBasis;
  if (growth?.indicator.definition?.priceBasis === 'comparable' && levelPrices === 'current') d.notes.push(text.breakPrices(from));
  const summary = text.breakSummary({
    id: node.id,
    year: to,
    reported: withUnit(reported, unit),
    chained: withUnit(level, unit),
    before: withUnit(base.value, unit),
    beforeYear: from,
    factor: show(factor),
    cut: percent(cut),
  });
  return freezeFinding({
    kind: 'break',
    verdict: reported.lt(level) ? 'contradiction' : 'implication',
    targetIds: targetsOn(model, node.id),
    indicatorIds: growth === undefined ? [node.id] : [node.id, growth.id],
    baselineYear: from,
    values,
    observations: used.map(entryOf),
    explanation: explanation(d, summary),
  });
}

/** A projected level above the figure of a whole that contains it. */
interface Excess {
  readonly part: IndicatorNode;
  readonly year: Year;
  /** The projected level, in the part's unit. */
  readonly level: Decimal;
  readonly whole: Reading;
  /** The whole's figure, in the part's unit. */
  readonly wholeValue: Decimal;
}

/**
 * Where projected levels exceed the figure of the nearest whole that contains them (`partOf`)
 * with a figure of that year: a part cannot exceed its whole, so the projection and the
 * figures are not on one basis or scope.
 *
 * @param levelAt - The projected level of an indicator in a year, in its unit.
 */
export function excesses(model: PlanModel, observed: Observed, years: readonly Year[], levelAt: (id: string, year: Year) => Decimal | undefined): Excess[] {
  const out: Excess[] = [];
  for (const part of model.nodes.values()) {
    if (part.wholes.length === 0) continue;
    for (const year of years) {
      const level = levelAt(part.id, year);
      if (level === undefined) continue;
      const whole = part.wholes.map((id) => observed.annual(id, year)).find((f) => f !== undefined);
      if (whole === undefined) continue;
      const wholeValue = valueIn(whole.reading.value, whole.reading.node.unit, part.unit, `observation of '${whole.reading.node.id}'`);
      if (level.gt(wholeValue)) out.push({ part, year, level, whole: whole.reading, wholeValue });
    }
  }
  return out;
}

/** An excess in words: the part's level, the whole's figure. */
export function describeExcess(e: Excess): string {
  return text.excess(e.part.id, withUnit(e.level, e.part.unitId), e.year, describeReading(e.whole));
}

/** A `part-whole` finding: a projection's level above a whole that contains it. */
export function excessFinding(model: PlanModel, scenarioId: string, e: Excess): ConsistencyFinding {
  const d = draft();
  const excess = finish(EXACT.sub(e.level, e.wholeValue));
  const ratio = new D(e.level).div(e.wholeValue);
  const values = { level: e.level, whole: e.wholeValue, excess, ratio };
  for (const [key, value] of Object.entries(values)) d.values[key] = plain(value);
  d.inputs.unit = e.part.unitId;
  d.working.push(text.excessLine(plain(e.level), plain(e.wholeValue), plain(excess)));
  return freezeFinding({
    kind: 'part-whole',
    verdict: 'contradiction',
    targetIds: model.targets.filter((t) => t.node === e.part && t.target.year === e.year).map((t) => t.target.id),
    indicatorIds: [e.part.id, e.whole.node.id],
    baselineYear: e.year,
    values,
    observations: [entryOf(e.whole)],
    explanation: explanation(d, text.excessSummary(scenarioId, describeExcess(e))),
  });
}

/** A finding, frozen with its lists and values. @internal */
export function freezeFinding(
  f: Omit<ConsistencyFinding, 'values' | 'reconciliations' | 'targetIds' | 'indicatorIds' | 'observations'> & {
    values: Record<string, Decimal>;
    reconciliations?: ConsistencyFinding['reconciliations'];
    targetIds: readonly string[];
    indicatorIds: readonly string[];
    observations?: readonly Observation[];
  },
): ConsistencyFinding {
  return Object.freeze({
    ...f,
    targetIds: Object.freeze([...f.targetIds]),
    indicatorIds: Object.freeze([...f.indicatorIds]),
    values: Object.freeze(freezeValues({ ...f.values })),
    reconciliations: Object.freeze((f.reconciliations ?? []).map(freezeValues)),
    observations: Object.freeze([...(f.observations ?? [])]),
  });
}
