/**
 * One scorecard row on observations: the target judged on the figure that counts for its
 * year (or period), on a bound from a whole that contains its indicator, or not at all — with
 * what is known and every caveat. The rules:
 * [docs/scenarios.md, "Judging what happened"](../../docs/scenarios.md#judging-what-happened).
 *
 * @internal
 * @module
 */
import { D, EXACT, HUNDRED, freezeValues } from '../decimal.js';
import type { Observation, Period, Year } from '../plan/types.js';
import { evaluateTarget } from '../progress/evaluateTarget.js';
import { percent, show, withUnit } from '../progress/explain.js';
import { evaluateRateTarget, rateEvaluation } from '../progress/rateTarget.js';
import type { EvaluateTargetOptions, TargetEvaluation } from '../progress/types.js';
import { UNITS, valueIn } from '../units/index.js';
import { afterBreak, Caveats, describeBreaks, describeReading, figureCaveats, readingCaveats } from './caveats.js';
import type { Reading } from './observations.js';
import type { Figure, Observed } from './observed.js';
import type { TargetNode } from './planGraph.js';
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
  const baseYear = observed.model.plan.baseYear;
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
    case 'rate':
      return judgeRate(j);
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
  return j.observed
    .of(id)
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

/**
 * A rate over a period: an average over exactly the period; else the growth rates of every
 * year; else levels at both ends on one basis (no break between them); else `incomplete`
 * (or `no_data` when nothing is known), with the years missing and what is known.
 */
function judgeRate(j: Judging): Judged {
  const { t, observed, year } = j;
  const id = t.node.id;
  const period = t.period as Period;
  const from = period.start - 1;
  const to = Math.min(year, period.end);
  if (to < period.start) return { ...NOTHING, reason: reasons.notYet(year, period.start) };
  if (to === period.end) {
    const f = observed.span(id, period.start, period.end);
    if (f !== undefined) return verdict(evaluateValue(t, use(j, f).reading.value, j.opts));
  }
  const figures: Figure[] = [];
  const missing: Year[] = [];
  for (let y = period.start; y <= to; y++) {
    const f = observed.annual(id, y);
    if (f === undefined) missing.push(y);
    else figures.push(f);
  }
  const options = rateOptions(t, to, j.opts);
  if (missing.length === 0) {
    for (const f of figures) use(j, f);
    j.caveats.add('derived', caveatText.derivedRates(period.start, to));
    const breaks = observed.breaks(t.levels ?? id, from, to);
    if (breaks.length > 0) j.caveats.add('break', caveatText.breakBridged(describeBreaks(breaks)));
    const ratio = t.node.unit.measure === 'ratio';
    const points = figures.map((f, i) => ({ year: period.start + i, value: ratio ? f.reading.value.times(HUNDRED) : f.reading.value }));
    return verdict(evaluateRateTarget(t.spec, points, Object.assign(options, { isGrowthRate: true })));
  }
  const ends: Reading[] = [];
  let levels: string | null = null;
  if (t.levels !== null) {
    const a = observed.annual(t.levels, from);
    const b = observed.annual(t.levels, to);
    if (a !== undefined && b !== undefined) {
      const breaks = observed.breaks(t.levels, from, to);
      if (breaks.length === 0) {
        use(j, a);
        use(j, b);
        j.caveats.add('derived', caveatText.derivedLevels(from, to));
        const points = [
          { year: from, value: a.reading.value },
          { year: to, value: b.reading.value },
        ];
        return verdict(rateEvaluation(t.spec, points, options, undefined));
      }
      j.caveats.add('break', caveatText.afterBreak(describeReading(b.reading), describeBreaks(breaks), from));
      levels = reasons.levelsAcrossBreak(t.levels, from, to, describeBreaks(breaks));
    } else levels = reasons.noLevels(t.levels, from, to);
    for (const f of [a, b]) if (f !== undefined) ends.push(f.reading);
  }
  const growthKnown = [
    ...figures.map((f) => {
      figureCaveats(j.caveats, f);
      return reasons.knownFigure(describeReading(f.reading));
    }),
    ...partials(j, id, period.start, to),
    ...spans(j, id, period, to),
  ];
  const levelsKnown = ends.map((r) => {
    readingCaveats(j.caveats, r);
    return reasons.knownFigure(describeReading(r));
  });
  const what = [reasons.incomplete(id, missing, period.start, period.end), ...(levels === null ? [] : [levels])].join('; ');
  // Incomplete: some of the period's growth is known, not all; levels alone say nothing of the years between.
  const incomplete = growthKnown.length > 0;
  return {
    ...NOTHING,
    reason: reasons.known(what, [...growthKnown, ...levelsKnown]),
    missing: incomplete ? Object.freeze(missing) : NO_YEARS,
    absent: incomplete ? 'incomplete' : 'no_data',
  };
}

/** Averages of `id` over other spans that overlap the period up to `to`, in words. */
function spans(j: Judging, id: string, period: Period, to: Year): string[] {
  return j.observed
    .of(id)
    .filter((r) => !r.partial && r.start < r.end && r.start <= to && r.end >= period.start && !(r.start === period.start && r.end === period.end))
    .map((r) => {
      readingCaveats(j.caveats, r);
      return reasons.knownSpan(describeReading(r));
    });
}
