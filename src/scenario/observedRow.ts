/**
 * One scorecard row on observations: the target judged on the figure that counts for its
 * year (or period), on a bound from a whole that contains its indicator, or not at all — with
 * what is known and every caveat. The rules:
 * [docs/scenarios.md, "Judging what happened"](../../docs/scenarios.md#judging-what-happened).
 *
 * @internal
 * @module
 */
import { D, EXACT, HUNDRED, freezeValues, type Decimal } from '../decimal.js';
import type { Observation, Period, Year } from '../plan/types.js';
import { evaluateTarget } from '../progress/evaluateTarget.js';
import { percent, show, withUnit } from '../progress/explain.js';
import { evaluatePeriodTarget } from '../progress/periodTarget.js';
import { evaluateRateTarget } from '../progress/rateTarget.js';
import type { EvaluateTargetOptions, RateTargetOptions, SeriesPoint, TargetEvaluation } from '../progress/types.js';
import { UNITS, unitIdOf, valueIn, type UnitId } from '../units/index.js';
import { afterBreak, Caveats, describeBreaks, describeReading, figureCaveats, readingCaveats } from './caveats.js';
import type { Reading } from './observations.js';
import type { Figure, Observed } from './observed.js';
import { growthIndicatorOf, type IndicatorNode, type TargetNode } from './planGraph.js';
import { NOTHING, NO_YEARS, evaluateParts, evaluateValue, judgeTarget, rateOptions, type Judged, type RowOptions } from './rows.js';
import { caveatText, reasons } from './text.js';
import type { ScorecardBound, ScorecardRow } from './types.js';

/** What judging one target reads and writes. */
interface Judging {
  readonly t: TargetNode;
  readonly observed: Observed;
  /** The year judged: the target's, or `asOf`. */
  readonly year: Year;
  /** The plan's base year: the basis its targets were set on. */
  readonly baseYear: Year;
  readonly opts: EvaluateTargetOptions | undefined;
  readonly caveats: Caveats;
}

/**
 * One row: the target judged on observations at its year (or as of `asOf`).
 *
 * @internal
 */
export function judgeObserved(t: TargetNode, observed: Observed, o: RowOptions): ScorecardRow {
  const caveats = new Caveats();
  const baseYear = observed.model.baseYear;
  return judgeTarget(
    t,
    o,
    'no_data',
    (year, opts) => judgeMode({ t, observed, year, baseYear, opts, caveats }),
    (evaluation) => {
      caveats.addAll(evaluation?.caveats);
      return caveats.done();
    },
  );
}

function judgeMode(j: Judging): Judged {
  switch (j.t.mode) {
    case 'value':
      return judgeValue(j);
    case 'share':
    case 'intensity':
      return judgeParts(j);
    default:
      return judgePeriod(j);
  }
}

const verdict = (evaluation: TargetEvaluation): Judged => ({ ...NOTHING, evaluation, basis: 'observed' });

/** Use a figure: its caveats, and a break after the plan's base year up to it. */
function use(j: Judging, f: Figure): Figure {
  figureCaveats(j.caveats, f);
  afterBreak(j.caveats, f.reading, j.observed, j.baseYear);
  return f;
}

/** Figures for part of a year within `start–end`, each with its `partial-period` caveat, in words. */
function partials(j: Judging, id: string, start: Year, end: Year): string[] {
  return [...j.observed.of(id), ...j.observed.changes(id)]
    .filter((r) => r.partial && r.start <= end && r.end >= start)
    .map((r) => {
      readingCaveats(j.caveats, r);
      j.caveats.add('partial-period', caveatText.partial(describeReading(r), r.end));
      return reasons.knownPartial(describeReading(r));
    });
}

function judgeValue(j: Judging): Judged {
  const { t, observed, year } = j;
  const f = observed.annual(t.node.id, year);
  if (f !== undefined) return verdict(evaluateValue(t, use(j, f).reading.value, j.opts));
  const { judged, undecided } = judgeBound(j);
  if (judged !== null) return judged;
  const known = [...partials(j, t.node.id, year, year), ...undecided];
  return { ...NOTHING, reason: reasons.known(reasons.noObservation(`'${t.node.id}' for ${year}`), known) };
}

/**
 * A verdict from a whole that contains the indicator (`partOf`, nearest first): an `atLeast`
 * or `above` target is not met when a whole is below it (at or below for `above`), an
 * `atMost` or `below` target is met when a whole is within it. Wholes that decide nothing
 * are said in words.
 */
function judgeBound(j: Judging): { judged: Judged | null; undecided: string[] } {
  const { t, observed, year, baseYear } = j;
  const target = t.target;
  const unit = UNITS[target.unit];
  const undecided: string[] = [];
  if (target.comparator === 'approximately' || unit.measure !== t.node.unit.measure) return { judged: null, undecided };
  const floor = target.comparator === 'atLeast' || target.comparator === 'above';
  for (const wholeId of t.node.wholes) {
    const f = observed.annual(wholeId, year);
    if (f === undefined) continue;
    const r = f.reading;
    const value = valueIn(r.value, r.node.unit, unit, `observation of '${wholeId}'`);
    const evaluation = evaluateTarget(t.spec, value, j.opts);
    if (evaluation.met === floor) {
      undecided.push(reasons.undecided(wholeId, describeReading(r), year));
      continue;
    }
    figureCaveats(j.caveats, f);
    let flipFactor = null;
    if (afterBreak(j.caveats, r, observed, baseYear).length > 0) {
      if (target.value.isPositive() && !target.value.isZero()) {
        // The whole on the earlier basis is value ÷ factor: the verdict turns where it reaches the threshold.
        flipFactor = new D(value).div(target.value);
        const cut = new D(EXACT.sub(target.value, value)).div(target.value);
        j.caveats.add('break', caveatText.breakFlip(year, percent(cut, 4), show(flipFactor, 6), show(value), show(target.value), evaluation.met));
      }
    }
    const bound: ScorecardBound = Object.freeze(freezeValues({
      indicatorId: wholeId,
      year: r.start,
      period: r.period,
      value,
      unit: target.unit,
      observation: r.entry as unknown as Observation,
      flipFactor,
    }));
    const reason = reasons.bound(t.node.id, year, wholeId, withUnit(value, target.unit), withUnit(target.value, target.unit), evaluation.met);
    return { judged: { ...NOTHING, evaluation, reason, basis: 'bound', bound }, undecided };
  }
  return { judged: null, undecided };
}

function judgeParts(j: Judging): Judged {
  const { t, observed, year } = j;
  const { numerator, denominator } = t.parts as NonNullable<TargetNode['parts']>;
  const n = observed.annual(numerator.id, year);
  const m = observed.annual(denominator.id, year);
  if (n !== undefined && m !== undefined) {
    use(j, n);
    use(j, m);
    j.caveats.add('derived', caveatText.derivedParts(numerator.id, denominator.id));
    return verdict(evaluateParts(t, n.reading.value, m.reading.value, j.opts));
  }
  const f = observed.annual(t.node.id, year);
  if (f !== undefined) return verdict(evaluateValue(t, use(j, f).reading.value, j.opts));
  return { ...NOTHING, reason: reasons.known(reasons.noObservation(`'${t.node.id}' for ${year}`), partials(j, t.node.id, year, year)) };
}

/** A figure of the period's years as the progress evaluations take it: a year, a value, its unit. */
interface YearFigure {
  readonly figure: Figure;
  readonly point: { readonly year: Year; readonly value: Decimal; readonly unit: UnitId };
}

/**
 * A target over a period (an annual average, a change, a relative change, a cumulative sum),
 * judged in this order: on a figure for exactly the period (the one rule:
 * docs/progress.md, "A figure for the whole period"); on a figure of every year of the period
 * (growth rates, changes, or the yearly values a cumulative target sums); on the levels of the
 * base year and the last year, on one basis and not at another price basis than the target's
 * indicator states (not for a cumulative target); else `incomplete`
 * (some of the years are known) or `no_data`, with the years missing and what is known.
 */
function judgePeriod(j: Judging): Judged {
  const { t, observed, year } = j;
  const period = t.period as Period;
  const from = period.start - 1;
  const to = Math.min(year, period.end);
  if (to < period.start) return { ...NOTHING, reason: reasons.notYet(year, period.start) };
  const options = rateOptions(t, to, j.opts);
  if (to === period.end) {
    const f = periodFigure(j, period);
    if (f !== undefined) {
      use(j, f);
      const r = f.reading;
      return verdict(evaluateOver(t, [{ period, value: r.value, unit: unitOf(r) }], options, false));
    }
  }
  const yearly = yearlyFigureOf(j);
  const figures: YearFigure[] = [];
  const missing: Year[] = [];
  for (let y = period.start; y <= to; y++) {
    const f = yearly?.(y);
    if (f === undefined) missing.push(y);
    else figures.push(f);
  }
  const series = t.levels ?? t.node.id;
  if (yearly !== undefined && missing.length === 0) {
    for (const f of figures) use(j, f.figure);
    j.caveats.add('derived', t.mode === 'rate' ? caveatText.derivedRates(period.start, to) : caveatText.derivedYears(period.start, to, t.mode === 'cumulative'));
    const breaks = observed.breaks(series, from, to);
    if (breaks.length > 0) {
      const words = describeBreaks(breaks);
      j.caveats.add('break', t.mode === 'cumulative' ? caveatText.breakSummed(words) : caveatText.breakBridged(words));
    }
    return verdict(evaluateOver(t, figures.map((f) => f.point), options, true));
  }
  if (t.mode === 'cumulative') {
    const bound = partialSum(j, period, to);
    if (bound !== null) return bound;
  }
  const ends: Reading[] = [];
  let levels: string | null = null;
  if (t.levels !== null && t.mode !== 'cumulative') {
    const a = observed.annual(t.levels, from);
    const b = observed.annual(t.levels, to);
    if (a !== undefined && b !== undefined) {
      const breaks = observed.breaks(t.levels, from, to);
      const prices = breaks.length === 0 ? levelPrices(j, t.levels, [a.reading, b.reading]) : null;
      const apart = prices === null || prices === 'unspecified' ? null : prices;
      if (breaks.length === 0 && apart === null) {
        use(j, a);
        use(j, b);
        j.caveats.add('derived', caveatText.derivedLevels(from, to, t.mode === 'rate'));
        if (prices !== null) j.caveats.add('price-basis', caveatText.levelsPrices(t.node.id, t.node.indicator.definition?.priceBasis as string, t.levels));
        const points = [a, b].map((f) => ({ year: f.reading.start, value: f.reading.value, unit: unitOf(f.reading) }));
        return verdict(evaluateOver(t, points, options, false));
      }
      if (apart !== null) levels = reasons.levelsAtOtherPrices(t.levels, from, to, apart, t.node.id, t.node.indicator.definition?.priceBasis);
      else {
        j.caveats.add('break', caveatText.afterBreak(describeReading(b.reading), describeBreaks(breaks), from));
        levels = reasons.levelsAcrossBreak(t.levels, from, to, describeBreaks(breaks));
      }
    } else levels = reasons.noLevels(t.levels, from, to);
    for (const f of [a, b]) if (f !== undefined) ends.push(f.reading);
  }
  const related = relatedIds(j);
  const yearsKnown = [
    ...figures.map((f) => {
      figureCaveats(j.caveats, f.figure);
      return reasons.knownFigure(describeReading(f.figure.reading));
    }),
    ...related.flatMap((id) => partials(j, id, period.start, to)),
    ...related.flatMap((id) => spans(j, id, period, to)),
  ];
  const levelsKnown = ends.map((r) => {
    readingCaveats(j.caveats, r);
    return reasons.knownFigure(describeReading(r));
  });
  const what = [reasons.incomplete(t.node.id, missing, period.start, period.end, t.mode), ...(levels === null ? [] : [levels])].join('; ');
  // Incomplete: some of the period's years are known, not all; levels alone say nothing of the years between.
  const incomplete = yearsKnown.length > 0;
  return {
    ...NOTHING,
    reason: reasons.known(what, [...yearsKnown, ...levelsKnown]),
    missing: incomplete ? Object.freeze(missing) : NO_YEARS,
    absent: incomplete ? 'incomplete' : 'no_data',
  };
}

/**
 * How the price basis of the levels a rate or change would be computed from stands against the
 * one its indicator states (GDP growth at comparable prices from GDP at current prices): `null`
 * when they agree or the indicator states none; `'unspecified'` when a level's basis is not
 * stated (the levels are used, with a `price-basis` caveat); else the other basis, known to
 * differ: a value computed from them would include the change in prices, so it is not computed.
 */
function levelPrices(j: Judging, levelsId: string, readings: readonly Reading[]): string | null {
  const own = j.t.node.indicator.definition?.priceBasis;
  if (own === undefined || own === 'unspecified' || levelsId === j.t.node.id) return null;
  const levelsNode = j.observed.model.nodes.get(levelsId) as IndicatorNode;
  const bases = new Set(readings.map((r) => r.definition?.priceBasis ?? levelsNode.indicator.definition?.priceBasis ?? 'unspecified'));
  bases.delete(own);
  return [...bases].find((basis) => basis !== 'unspecified') ?? (bases.size > 0 ? 'unspecified' : null);
}

/**
 * A cumulative target of a count decided by a figure for part of its period: a count is never
 * negative, so the total over the period is at least the sum of any part of it (given exactly
 * or as "more than"). Such a figure proves a floor met when it reaches it, and a ceiling missed
 * when it passes it; otherwise it decides nothing. The first figure that decides, in the order
 * given, is the bound.
 */
function partialSum(j: Judging, period: Period, to: Year): Judged | null {
  const { t, observed } = j;
  if (t.node.unit.measure !== 'count' || t.target.comparator === 'approximately') return null;
  const floor = t.target.comparator === 'atLeast' || t.target.comparator === 'above';
  const unit = UNITS[t.target.unit];
  for (const r of observed.of(t.node.id)) {
    const q = r.entry.qualifier;
    if (r.start < period.start || r.end > to || (r.start === period.start && r.end === period.end && !r.partial)) continue;
    if (q !== undefined && q !== 'exact' && q !== 'moreThan') continue;
    const value = valueIn(r.value, r.node.unit, unit, `observation of '${t.node.id}'`);
    const evaluation = evaluateTarget(t.spec, value, j.opts);
    if (evaluation.met !== floor) continue;
    readingCaveats(j.caveats, r);
    const figure = describeReading(r);
    j.caveats.add('partial-period', caveatText.partialSum(figure, `${period.start}–${period.end}`));
    const bound: ScorecardBound = Object.freeze(freezeValues({
      indicatorId: t.node.id,
      year: r.start,
      period: r.period,
      value,
      unit: t.target.unit,
      observation: r.entry as unknown as Observation,
      flipFactor: null,
    }));
    const reason = reasons.partialSum(t.node.id, period.start, period.end, figure, withUnit(t.target.value, t.target.unit), evaluation.met);
    return { ...NOTHING, evaluation, reason, basis: 'bound', bound };
  }
  return null;
}

/** The unit of a reading's value, by id. */
const unitOf = (r: Reading): UnitId => (r.change ? (unitIdOf(r.unit) as UnitId) : r.node.unitId);

/**
 * Judge a target over a period on `points` by its progress evaluation: an annual average by
 * `evaluateRateTarget` (of yearly rates with `yearly`), any other form by
 * `evaluatePeriodTarget` (of yearly changes with `yearly`, a cumulative target's yearly values
 * as they are).
 *
 * @internal
 */
export function evaluateOver(t: TargetNode, points: readonly SeriesPoint[], options: RateTargetOptions, yearly: boolean): TargetEvaluation {
  if (t.mode === 'rate') return evaluateRateTarget(t.spec, points, yearly ? { ...options, isGrowthRate: true } : options);
  return evaluatePeriodTarget(t.spec, points, yearly && t.mode !== 'cumulative' ? { ...options, yearlyChanges: true } : options);
}

/**
 * The figure for exactly the period, by the one rule: an observation over the period in the
 * target's measure, of its indicator (as a figure in its own measure, or as a change of it), of
 * the indicator whose levels it is judged on, or of that one's annual growth indicator.
 */
function periodFigure(j: Judging, period: Period): Figure | undefined {
  const { t, observed } = j;
  const measure = UNITS[t.target.unit].measure;
  for (const id of relatedIds(j)) {
    const node = observed.model.nodes.get(id) as IndicatorNode;
    const f = observed.span(id, period.start, period.end, node.unit.measure === measure ? undefined : measure);
    if (f !== undefined) return f;
  }
  return undefined;
}

/**
 * The indicators whose figures bear on a target over a period: its own, the one whose levels
 * it is judged on, and for an annual average that one's annual growth indicator.
 */
function relatedIds(j: Judging): string[] {
  const { t, observed } = j;
  const ids = new Set([t.node.id, ...(t.levels === null ? [] : [t.levels])]);
  if (t.mode === 'rate' && t.levels !== null) {
    const growth = growthIndicatorOf(observed.model, t.levels);
    if (growth !== undefined) ids.add(growth.id);
  }
  return [...ids];
}

/**
 * Where the figure of each year of a target's period comes from, or `undefined` where no
 * yearly figures add up to it (a change of a level not in percent): for an annual average or a
 * relative change, the year's growth in percent (a figure of the indicator itself when it is a
 * growth indicator, else of the annual growth indicator of its levels, else a growth rate or
 * relative change of the levels); for a change in points, the year's change in points of the
 * levels; for a cumulative target, the year's value.
 */
function yearlyFigureOf(j: Judging): ((year: Year) => YearFigure | undefined) | undefined {
  const { t, observed } = j;
  const levels = t.levels;
  const at = (f: Figure | undefined, year: Year, unit: UnitId, times100 = false): YearFigure | undefined =>
    f === undefined ? undefined : { figure: f, point: { year, value: times100 ? f.reading.value.times(HUNDRED) : f.reading.value, unit } };
  switch (t.mode) {
    case 'cumulative':
      return (year) => at(observed.annual(t.node.id, year), year, t.node.unitId);
    case 'change':
      if (UNITS[t.target.unit].measure !== 'percentage-points' || levels === null) return undefined;
      return (year) => at(observed.annual(levels, year, 'percentage-points'), year, 'percentage-points');
    default: {
      const own = t.node.indicator.kind === 'growth' ? t.node : undefined;
      const growth = levels === null ? undefined : growthIndicatorOf(observed.model, levels);
      const other = growth === own ? undefined : growth;
      return (year) => {
        for (const node of [own, other]) {
          const f = node === undefined ? undefined : observed.annual(node.id, year);
          // A ratio (0.08) is in percent × 100; a rate in percent a year is the year's change in percent.
          if (f !== undefined) return at(f, year, 'percent', node?.unit.measure === 'ratio');
        }
        if (levels === null) return undefined;
        return at(observed.annual(levels, year, 'percent-per-annum') ?? observed.annual(levels, year, 'percent'), year, 'percent');
      };
    }
  }
}

/** Figures of `id` over other spans that overlap the period up to `to`, in words. */
function spans(j: Judging, id: string, period: Period, to: Year): string[] {
  return [...j.observed.of(id), ...j.observed.changes(id)]
    .filter((r) => !r.partial && r.start < r.end && r.start <= to && r.end >= period.start && !(r.start === period.start && r.end === period.end))
    .map((r) => {
      readingCaveats(j.caveats, r);
      return reasons.knownSpan(describeReading(r), j.t.mode === 'rate');
    });
}
