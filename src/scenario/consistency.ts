import { compound } from '../calc/compound.js';
import { impliedBase } from '../calc/impliedBase.js';
import { requiredGrowth } from '../calc/requiredGrowth.js';
import { share as shareOf } from '../calc/share.js';
import { D, EXACT, HUNDRED, ONE, dec, finish, isDecimal, shift, type Decimal, type DecimalInput } from '../decimal.js';
import { domainError, invalidArgument, notFoundError } from '../errors.js';
import { messages } from '../messages.js';
import type { Plan, Year } from '../plan/types.js';
import { evaluateTarget } from '../progress/evaluateTarget.js';
import { draft, explanation, percent, plain, withUnit } from '../progress/explain.js';
import type { EvaluateTargetOptions } from '../progress/types.js';
import { isObject, optional, readOptions, readYear, reading } from '../read.js';
import { readQuantity, valueIn } from '../units/index.js';
import { breakFindings, excessFinding, excesses, freezeFinding } from './breaks.js';
import { readObservations } from './observations.js';
import { indexObservations, type Observed } from './observed.js';
import { projectionTable, valueAt } from './projectionTable.js';
import { levelTargets, readPlanWith, thresholdIn, type IndicatorNode, type PlanModel, type TargetNode } from './planGraph.js';
import { evaluationOptions, readDefaultTolerance } from './rows.js';
import { findings as text } from './text.js';
import type { Baseline, ConsistencyFinding, ConsistencyOptions, Reconciliation } from './types.js';

/**
 * Where the plan's targets contradict each other, given a baseline (the figures of the base
 * year): a level target against a rate target of one series (`level-rate`), a share or an
 * intensity target against its parts (`share-parts`, `intensity-parts`), each exact and
 * with its working, and for a contradiction what would reconcile the two (scope, prices, a
 * different base). On observations, also every break in a series with its evidence (`break`:
 * the first value after it against the last level before it chained at the published growth
 * rates, and the revision factor that implies), and with `options.projection` every year a
 * projection puts a part above its whole (`part-whole`). The formulas and the verdicts:
 * [docs/scenarios.md, "Where the targets disagree"](../../docs/scenarios.md#where-the-targets-disagree).
 *
 * @param plan - The plan.
 * @param baseline - Observations (the figures of the baseline year are used; all of them for
 *   breaks), or values of that year by indicator id (decimals in the indicator's unit, or
 *   quantities).
 * @param options - `year`: the baseline's year (default: the plan's base year);
 *   `defaultTolerance` for `approximately` targets without one; `indicators` the observations
 *   use that the plan does not define (growth rates to chain); `projection` to check against
 *   the figures of wholes.
 * @returns The findings, frozen: those of the targets in plan order, then the breaks, then a
 *   projection's parts above their wholes.
 * @throws {@link PlanError} `NOT_FOUND` for a baseline key that is not an indicator;
 *   `INVALID_ARGUMENT` for bad shapes or an unknown option key; `VALIDATION` naming duplicate
 *   observations; `INVALID_DECIMAL` for a bad value; `UNIT_MISMATCH`
 *   for a value in a unit of another measure; `DOMAIN` for a baseline ≤ 0.
 *
 * @example
 * ```ts
 * const [f] = consistency(baotou13, { 'industrial-value-added': { value: 120, unit: 'bn-yuan' } });
 * f.verdict;                                  // → 'contradiction'
 * f.values.requiredGrowth.toString();         // → '0.1486983549970350067986269467779276'
 * f.values.levelAtStatedGrowth.toString();    // → '176.319369216'
 * f.reconciliations.map((r) => r.scope);      // → ['coverage', 'prices', 'base']
 * const gdp = consistency(baotou13, baotouReported, { indicators: baotouReportedIndicators }).find((x) => x.kind === 'break');
 * gdp?.values.chainedLevel.toString();        // → '483.1147128209328'
 * consistency(baotou13, { 'industrial-value-added': 0 }); // throws PlanError DOMAIN
 * ```
 *
 * @category Scenarios
 */
export function consistency(plan: Plan, baseline: Baseline, options?: ConsistencyOptions): readonly ConsistencyFinding[] {
  const o = readOptions(options, 'options', ['year', 'defaultTolerance', 'projection', 'indicators']);
  const model = readPlanWith(plan, o.indicators, 'options.indicators');
  const year = optional(o.year, (x) => readYear(x, 'options.year'), model.baseYear);
  const tolerance = readDefaultTolerance(o);
  const observed = Array.isArray(baseline) ? indexObservations(readObservations(baseline, model, 'baseline'), model) : null;
  const { values: base, scopes } = observed === null ? reading('baseline', () => readBaselineValues(baseline, model)) : baselineOf(observed, year);
  const findings: ConsistencyFinding[] = [];
  const optsFor = (t: TargetNode): EvaluateTargetOptions | undefined => evaluationOptions(t.target, { tolerance, approximately: undefined });
  for (const rate of model.targets) {
    if (rate.mode !== 'rate' || rate.levels === null || rate.period === null) continue;
    const series = model.nodes.get(rate.levels) as IndicatorNode;
    for (const level of levelTargets(model, series, rate.period.end)) {
      findings.push(levelRate(rate, level, series, base.get(series.id), scopes.get(series.id), year, optsFor(level)));
    }
  }
  for (const t of model.targets) {
    if (t.mode === 'share' || t.mode === 'intensity') findings.push(parts(t, base, year, model, optsFor));
  }
  if (observed !== null) {
    findings.push(...breakFindings(model, observed));
    if (o.projection !== undefined) {
      const table = projectionTable(o.projection, model);
      const years: Year[] = [];
      for (let y = table.baseYear; y <= table.horizon; y++) years.push(y);
      const id = isObject(o.projection) && typeof o.projection.scenarioId === 'string' ? o.projection.scenarioId : '';
      for (const e of excesses(model, observed, years, (i, y) => valueAt(table, i, y))) findings.push(excessFinding(model, id, e));
    }
  }
  return Object.freeze(findings);
}

/** The baseline values of `year` from observations (the figure that counts, see `observed.ts`), and the scope each states. */
function baselineOf(observed: Observed, year: Year): { values: Map<string, Decimal>; scopes: Map<string, string> } {
  const values = new Map<string, Decimal>();
  const scopes = new Map<string, string>();
  for (const id of observed.model.nodes.keys()) {
    const f = observed.annual(id, year);
    if (f === undefined) continue;
    values.set(id, f.reading.value);
    const scope = f.reading.definition?.scope;
    if (typeof scope === 'string') scopes.set(id, scope);
  }
  return { values, scopes };
}

/** The baseline values given by indicator id, in the indicators' units. */
function readBaselineValues(baseline: unknown, model: PlanModel): { values: Map<string, Decimal>; scopes: Map<string, string> } {
  const values = new Map<string, Decimal>();
  if (!isObject(baseline)) {
    throw invalidArgument('baseline', 'observations, or an object of values by indicator id', baseline);
  }
  for (const [id, raw] of Object.entries(baseline)) {
    const node = model.nodes.get(id);
    if (node === undefined) {
      const ids = [...model.nodes.keys()];
      throw notFoundError('baseline', messages.scenarioBaselineIndicator(`baseline.${id}`, id, model.id, ids), id, ids);
    }
    if (isObject(raw) && !isDecimal(raw)) {
      const q = readQuantity(raw, `baseline.${id}`);
      values.set(id, valueIn(q.value, q.unit, node.unit, `baseline.${id}.unit`, `indicator '${id}'`));
    } else values.set(id, dec(raw as DecimalInput, `baseline.${id}`));
  }
  return { values, scopes: new Map() };
}

function requirePositive(value: Decimal, id: string): void {
  if (!value.isPositive() || value.isZero()) {
    const name = `baseline.${id}`;
    throw domainError(name, messages.mustBePositive(name, value.toFixed(), 'for a growth rate from the baseline'), value.toFixed());
  }
}

function levelRate(
  rate: TargetNode,
  level: TargetNode,
  series: IndicatorNode,
  b: Decimal | undefined,
  baselineScope: string | undefined,
  year: Year,
  opts: EvaluateTargetOptions | undefined,
): ConsistencyFinding {
  const d = draft();
  const unit = series.unitId;
  const v = thresholdIn(level, series);
  const years = level.target.year - year;
  const r = rate.target.value.div(HUNDRED);
  d.inputs.levelTarget = plain(v);
  d.inputs.unit = unit;
  d.inputs.statedGrowth = plain(r);
  d.inputs.years = String(years);
  const values: Record<string, Decimal> = { levelTarget: v, statedGrowth: r };
  const implied = impliedBase(v, r, years);
  values.impliedBase = implied;
  const ids = [level.target.id, rate.target.id];
  const base = {
    kind: 'level-rate' as const,
    targetIds: ids,
    indicatorIds: [series.id, rate.node.id],
    baselineYear: year,
  };
  if (b === undefined) {
    d.working.push(text.impliedBaseLine(plain(v), plain(r), years, plain(implied)));
    d.notes.push(text.noBaseline([series.id]));
    const summary = text.levelRateImplication(withUnit(v, unit), level.target.year, percent(r), withUnit(implied, unit), year);
    return freezeFinding({ ...base, verdict: 'implication', values, explanation: explanation(d, summary) });
  }
  requirePositive(b, series.id);
  d.inputs.baseline = plain(b);
  values.baseline = b;
  const required = requiredGrowth(b, v, years);
  const reached = compound(b, r, years);
  values.requiredGrowth = required;
  values.levelAtStatedGrowth = reached;
  values.shortfall = finish(EXACT.sub(v, reached));
  d.working.push(text.requiredLine(plain(v), plain(b), years, plain(required)));
  d.working.push(text.reachedLine(plain(b), plain(r), years, plain(reached)));
  d.working.push(text.impliedBaseLine(plain(v), plain(r), years, plain(implied)));
  const met = evaluateTarget(level.target, { value: reached, unit }, opts).met;
  // (1 + required) ÷ (1 + r) − 1 = (required − r) ÷ (1 + r): one rounding.
  const rise = new D(EXACT.sub(required, r)).div(EXACT.add(ONE, r));
  const index = new D(v).div(reached).times(HUNDRED);
  const baselineShare = shareOf(b, implied);
  values.impliedPriceRise = rise;
  values.impliedPriceIndex = index;
  values.baselineShareOfImpliedBase = baselineShare;
  d.working.push(text.priceRiseLine(plain(required), plain(r), plain(rise)));
  d.working.push(text.priceIndexLine(plain(v), plain(reached), plain(index)));
  d.working.push(text.baselineShareLine(plain(b), plain(implied), plain(baselineShare)));
  for (const [key, value] of Object.entries(values)) d.values[key] = plain(value);
  d.values.levelMetAtStatedGrowth = String(met);
  const definition = series.indicator.definition ?? {};
  const rateDefinition = rate.node.indicator.definition ?? {};
  let reconciliations: Reconciliation[] = [];
  let summary: string;
  const words = {
    level: withUnit(v, unit),
    levelTarget: `${level.target.id} (${withUnit(v, unit)} in ${level.target.year})`,
    year: level.target.year,
    baseline: withUnit(b, unit),
    baseYear: year,
    required: percent(required),
    stated: percent(r),
    reached: withUnit(reached, unit),
  };
  if (met) {
    summary = text.levelRateConsistent(words);
  } else {
    summary = text.levelRateContradiction(words);
    reconciliations = [
      {
        scope: 'coverage',
        value: implied,
        unit,
        explanation: text.coverage(withUnit(implied, unit), year, percent(baselineShare), definition.scope ?? null, baselineScope ?? null),
      },
      {
        scope: 'prices',
        value: rise.times(HUNDRED),
        unit: 'percent-per-annum',
        explanation: text.prices(percent(rise), show2(index), level.target.year, definition.priceBasis, rateDefinition.priceBasis),
      },
      { scope: 'base', value: implied, unit, explanation: text.base(withUnit(implied, unit), year) },
    ].map((x) => Object.freeze(x) as Reconciliation);
  }
  return freezeFinding({ ...base, verdict: met ? 'consistent' : 'contradiction', values, reconciliations, explanation: explanation(d, summary) });
}

const show2 = (x: Decimal): string => withUnit(x, 'ratio', 2);

/** The whole of a share or intensity in the target year, from a level target and from the baseline at a stated rate. */
function wholes(
  model: PlanModel,
  whole: IndicatorNode,
  year: Year,
  targetYear: Year,
  base: ReadonlyMap<string, Decimal>,
): { key: string; value: Decimal; source: string }[] {
  const result: { key: string; value: Decimal; source: string }[] = [];
  for (const t of levelTargets(model, whole, targetYear)) {
    result.push({ key: 'wholeAtLevelTarget', value: thresholdIn(t, whole), source: text.sourceLevelTarget(t.target.id) });
    break;
  }
  const b = base.get(whole.id);
  if (b !== undefined && b.isPositive() && !b.isZero()) {
    const rate = model.targets.find(
      (t) => t.mode === 'rate' && t.levels === whole.id && t.period !== null && t.period.start <= targetYear && targetYear <= t.period.end,
    );
    if (rate !== undefined) {
      const r = rate.target.value.div(HUNDRED);
      result.push({ key: 'wholeAtStatedGrowth', value: compound(b, r, targetYear - year), source: text.sourceStatedRate(percent(r)) });
    }
  }
  return result;
}

function parts(
  t: TargetNode,
  base: ReadonlyMap<string, Decimal>,
  year: Year,
  model: PlanModel,
  optsFor: (t: TargetNode) => EvaluateTargetOptions | undefined,
): ConsistencyFinding {
  const d = draft();
  const { numerator, denominator } = t.parts as NonNullable<TargetNode['parts']>;
  const targetYear = t.target.year;
  const years = targetYear - year;
  const threshold = t.target.value;
  const values: Record<string, Decimal> = { target: threshold };
  d.inputs.target = plain(threshold);
  d.inputs.unit = t.target.unit;
  const sentences: string[] = [];
  const nb = base.get(numerator.id);
  const db = base.get(denominator.id);
  let verdict: ConsistencyFinding['verdict'] = 'implication';
  if (t.mode === 'share') {
    // part = share ÷ 100 × whole, the whole converted exactly into the part's unit.
    for (const w of wholes(model, denominator, year, targetYear, base)) {
      const wholeInPart = shift(w.value, denominator.unit.multiplier - numerator.unit.multiplier);
      const part = finish(EXACT.mul(threshold, wholeInPart).div(HUNDRED));
      const key = w.key === 'wholeAtLevelTarget' ? 'partAtLevelTarget' : 'partAtStatedGrowth';
      values[w.key] = w.value;
      values[key] = part;
      d.working.push(text.partLine(plain(threshold), plain(wholeInPart), plain(part)));
      sentences.push(text.sharePart(`${show4(threshold)} %`, withUnit(part, numerator.unitId), withUnit(w.value, denominator.unitId), w.source));
      if (nb !== undefined && nb.isPositive() && !nb.isZero() && years > 0) {
        const g = requiredGrowth(nb, part, years);
        values[key === 'partAtLevelTarget' ? 'partGrowthAtLevelTarget' : 'partGrowthAtStatedGrowth'] = g;
        d.working.push(text.requiredLine(plain(part), plain(nb), years, plain(g)));
        sentences.push(text.sharePartGrowth(numerator.id, withUnit(nb, numerator.unitId), percent(g)));
      }
      // A level target of the part decides the share outright.
      for (const p of levelTargets(model, numerator, targetYear)) {
        const s = shareOf(thresholdIn(p, numerator), wholeInPart).times(HUNDRED);
        values.shareAtLevelTargets = s;
        const met = evaluateTarget(t.target, { value: s, unit: t.target.unit }, optsFor(t)).met;
        verdict = met ? 'consistent' : 'contradiction';
        break;
      }
    }
    if (nb !== undefined && db !== undefined && !db.isZero()) {
      const s = shareOf(nb, shift(db, denominator.unit.multiplier - numerator.unit.multiplier)).times(HUNDRED);
      values.baselineShare = s;
      const met = evaluateTarget(t.target, { value: s, unit: t.target.unit }, optsFor(t)).met;
      sentences.push(text.shareBaseline(`${show4(s)} %`, `${show4(threshold)} %`, met));
    }
  } else {
    // energy cap (tce) = intensity (tce per 10⁴ yuan) × whole (10⁴ yuan).
    for (const w of wholes(model, denominator, year, targetYear, base)) {
      const whole10k = shift(w.value, denominator.unit.multiplier - 4);
      const capTce = finish(EXACT.mul(threshold, whole10k));
      const cap = shift(capTce, -numerator.unit.multiplier);
      const key = w.key === 'wholeAtLevelTarget' ? 'numeratorCapAtLevelTarget' : 'numeratorCapAtStatedGrowth';
      values[w.key] = w.value;
      values[key] = cap;
      d.working.push(text.capLine(plain(threshold), plain(whole10k), plain(capTce)));
      sentences.push(text.intensityCap(withUnit(cap, numerator.unitId), withUnit(w.value, denominator.unitId), w.source));
    }
    if (nb !== undefined && db !== undefined && !db.isZero() && years > 0) {
      const intensityNow = new D(shift(nb, numerator.unit.multiplier)).div(shift(db, denominator.unit.multiplier - 4));
      values.baselineIntensity = intensityNow;
      if (intensityNow.isPositive() && !intensityNow.isZero()) {
        const change = requiredGrowth(intensityNow, threshold, years);
        values.requiredIntensityChange = change;
        d.working.push(text.requiredLine(plain(threshold), plain(intensityNow), years, plain(change)));
        sentences.push(text.intensityBaseline(withUnit(intensityNow, 'tce-per-10k-yuan'), percent(change)));
      }
    }
  }
  const missing = [numerator.id, denominator.id].filter((id) => !base.has(id));
  if (missing.length > 0) d.notes.push(text.noBaseline(missing));
  for (const [key, value] of Object.entries(values)) d.values[key] = plain(value);
  const summary = `${t.target.id}: ${sentences.length === 0 ? text.nothingImplied(missing) : sentences.join('; ')}`;
  return freezeFinding({
    kind: t.mode === 'share' ? 'share-parts' : 'intensity-parts',
    verdict,
    targetIds: [t.target.id],
    indicatorIds: [t.node.id, numerator.id, denominator.id],
    baselineYear: year,
    values,
    explanation: explanation(d, summary),
  });
}

const show4 = (x: Decimal): string => withUnit(x, 'ratio', 4);
