import { chainedGrowth } from '../calc/_lib/chain.js';
import { add, inPercent, multiply, namedResult, quotient, result, subtract } from '../calc/_lib/exact.js';
import { EXACT, ZERO, type Decimal } from '../decimal.js';
import { argumentError, domainError } from '../errors.js';
import { messages } from '../messages.js';
import { describePeriod } from '../period.js';
import type { Year } from '../plan/types.js';
import { optional, readBoolean, readInteger, readOptions } from '../read.js';
import { UNITS, describeUnit, type Unit } from '../units/index.js';
import { plain, text, type Step } from './explain.js';
import { TARGET_OPTION_KEYS, judge, readTarget } from './judge.js';
import { readPartialPeriods } from './options.js';
import { breaksBetween, describeBreaks, pointAt, readSeries, requirePoint, seriesCaveats, seriesNotes, type Point, type Series } from './series.js';
import { periodFigureValue, readTargetForm, readTargetPeriod } from './targetPeriod.js';
import type { Caveat, PeriodTargetEvaluation, PeriodTargetInput, PeriodTargetOptions, SeriesPoint, TargetSpec } from './types.js';

/** The forms {@link evaluatePeriodTarget} judges. */
type PeriodForm = PeriodTargetEvaluation['form'];

const PERIOD_FORMS: readonly PeriodForm[] = ['change', 'relative-change', 'cumulative'];

/** The keys of {@link PeriodTargetOptions}. */
const PERIOD_OPTION_KEYS: readonly string[] = /* @__PURE__ */ TARGET_OPTION_KEYS.concat(['through', 'yearlyChanges', 'partialPeriods']);

const ONE_HUNDREDTH = /* @__PURE__ */ new EXACT('0.01');

/**
 * Does a series meet a target over a period: a `change` ("urbanisation +3.9 percentage points
 * over 2016–2020"), a `relative-change` ("energy use per unit of GDP −15 %") or a `cumulative`
 * sum ("50 million new urban jobs over 2016–2020")?
 *
 * The period runs from its base year `period.start − 1` to `period.end`. A `change` is the level
 * at the end minus the level of the base year (in percentage points for levels in percent); a
 * `relative-change` is `end ÷ base − 1` in percent, or from yearly changes in percent
 * (`yearlyChanges`: an intensity's yearly fall) `Π(1 + rᵢ/100) − 1`; a `cumulative` target is
 * the sum of the yearly values of every year of the period. A point given for exactly the
 * target's period is a figure for the span and is the value itself (the change, the relative
 * change, the sum). Exact to 34 digits; points in units are converted exactly; levels are never
 * compared across a break (status `B`): `SERIES_BREAK`; yearly changes published
 * like-for-like bridge it, with a `break` caveat. With `through`, the period is judged to that
 * year: progress so far. The rules: [docs/progress.md, "Targets over a period"](../../docs/progress.md#targets-over-a-period).
 *
 * @param target - A target with `form` (`'change'`, `'relative-change'` or `'cumulative'`) and
 *   `period`; a relative change in `percent`, a change in the levels' unit or, for levels in
 *   percent, in `percentage-points`; a cumulative target in the unit of the yearly values.
 * @param series - `{ year | period, value, unit?, status? }` points: levels, yearly changes
 *   (`yearlyChanges`), yearly values (`cumulative`), or one figure for the whole period; not changed.
 * @param options - `through`, `yearlyChanges`, `partialPeriods`, `tolerance`, `approximately`.
 * @returns The {@link evaluateTarget} verdict plus `form`, `fromYear`, `toYear`, `years`,
 *   `judgedOn` (`'levels'`, `'yearly-changes'`, `'yearly-values'` or `'period-figure'`) and,
 *   from levels, `baseLevel` and `endLevel`.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for a target without one of these forms or
 *   without a period, `through` outside the period, a year needed without a value (every
 *   missing year is named), or `yearlyChanges` on a cumulative target; `UNIT_MISMATCH` for a
 *   relative change not in `percent` or points of another measure; `SERIES_BREAK` when a break
 *   lies between the two levels; `DOMAIN` for a base level ≤ 0 of a relative change, a yearly
 *   change ≤ −100 %, or a value beyond the bounds of the library's decimals; `VALIDATION` for a
 *   malformed series.
 *
 * @example
 * ```ts
 * const period = { start: 2016, end: 2020 };
 * // urbanisation of permanent residents: +3.9 points over 2016–2020, from 56.1 % in 2015
 * const points = { form: 'change', comparator: 'atLeast', value: '3.9', unit: 'percentage-points', period } as const;
 * evaluatePeriodTarget(points, [{ year: 2015, value: '56.1' }, { year: 2020, value: '63.89' }]).value.toString(); // → '7.79'
 * // energy use per unit of GDP −15 %: yearly falls of 5 %, 3.7 %, 3.1 %, 2.6 %, 0.1 %
 * const energy = { form: 'relative-change', comparator: 'atMost', value: -15, unit: 'percent', period } as const;
 * const falls = [2016, 2017, 2018, 2019, 2020].map((year, i) => ({ year, value: ['-5', '-3.7', '-3.1', '-2.6', '-0.1'][i] ?? '0' }));
 * evaluatePeriodTarget(energy, falls, { yearlyChanges: true }).value.toString(); // → '-13.74225218191'
 * // 50 million new urban jobs (5,000 × 10⁴) over 2016–2020: one year is missing
 * const jobs = { form: 'cumulative', comparator: 'atLeast', value: 5000, unit: 'count', period } as const;
 * evaluatePeriodTarget(jobs, [{ year: 2016, value: 1314 }, { year: 2017, value: 1351 }]); // throws PlanError INVALID_ARGUMENT
 * // → 'series: has no value for 2018, 2019, 2020 of the period 2016–2020; a cumulative target sums the value of every year'
 * ```
 *
 * @category Progress
 */
export function evaluatePeriodTarget(
  target: TargetSpec,
  series: readonly SeriesPoint[],
  options: PeriodTargetOptions = {},
): PeriodTargetEvaluation {
  const t = readTarget(target, options, PERIOD_OPTION_KEYS);
  const o = readOptions(options, 'options', PERIOD_OPTION_KEYS);
  const given = target as { period?: unknown; form?: unknown };
  const form = readTargetForm(given.form, PERIOD_FORMS, undefined, messages.progressPeriodForm);
  const period = readTargetPeriod(given.period, form);
  const { start, end } = period;
  const fromYear = start - 1;
  const toYear = optional(o.through, (x) => readInteger(x, 'options.through', start, end), end);
  const yearlyChanges = optional(o.yearlyChanges, (x) => readBoolean(x, 'options.yearlyChanges'), false);
  if (yearlyChanges && form === 'cumulative') {
    throw argumentError('INVALID_ARGUMENT', 'options.yearlyChanges', messages.progressYearlyChangesCumulative('options.yearlyChanges'), true);
  }
  if (form === 'relative-change' && t.unitId !== 'percent') {
    throw argumentError('UNIT_MISMATCH', 'target.unit', messages.progressTargetUnit('target.unit', 'relative-change', 'percent', `'${t.unitId}'`), t.unitId);
  }
  const unit = seriesUnit(form, t.unit, yearlyChanges);
  const owner = unit === null ? undefined : unit === t.unit ? `the target in ${describeUnit(t.unit)}` : text.levelsOfPoints;
  const read = readSeries(series, 'series', { partialPeriods: readPartialPeriods(o.partialPeriods, 'options.partialPeriods'), unit, period, ...(owner === undefined ? {} : { owner }) });
  const steps: Step[] = [];
  const notes = seriesNotes(read);
  if (notes.length > 0) steps.push((d) => d.notes.push(...notes));
  if (toYear < end) steps.push((d) => d.notes.push(text.throughPeriodNote(toYear, end)));
  steps.push((d) => {
    d.inputs.form = form;
    d.inputs.period = `${start}-${end}`;
    d.inputs.fromYear = String(fromYear);
    d.inputs.toYear = String(toYear);
    d.inputs.yearlyChanges = String(yearlyChanges);
  });
  const caveats: Caveat[] = [];
  const used: Point[] = [];
  const figure = read.periodFigures[0];
  let value: Decimal;
  let judgedOn: PeriodTargetInput;
  let levels: { base: Decimal; end: Decimal } | null = null;
  if (figure !== undefined && toYear === end) {
    value = periodFigureValue(figure, t.unit, form, period, steps, caveats);
    judgedOn = 'period-figure';
  } else {
    if (figure !== undefined) steps.push((d) => d.notes.push(text.periodFigureUnused(figure.at, `${start}–${end}`, toYear)));
    const span: Span = { read, start, to: toYear, steps, caveats, used };
    if (form === 'cumulative' || yearlyChanges) {
      value = form === 'relative-change' ? chainedChanges(span) : summed(span, form);
      judgedOn = form === 'cumulative' ? 'yearly-values' : 'yearly-changes';
    } else {
      levels = levelsAtEnds(span);
      value = form === 'change' ? pointsBetween(levels, steps) : relativeBetween(levels, fromYear, steps);
      judgedOn = 'levels';
    }
  }
  caveats.push(...seriesCaveats(read, used));
  const extra = { form, fromYear, toYear, years: toYear - fromYear, judgedOn, baseLevel: levels?.base ?? null, endLevel: levels?.end ?? null };
  return judge(t, value, steps, extra, Object.freeze(caveats.map((c) => Object.freeze(c))));
}

/**
 * The unit the series is read in: a cumulative sum and yearly changes in the target's unit,
 * yearly relative changes in percent, levels whose change is in points in percent, other levels
 * of a change in the target's unit, levels of a relative change in their own (the earliest
 * point's).
 */
function seriesUnit(form: PeriodForm, unit: Unit, yearlyChanges: boolean): Unit | null {
  if (form === 'relative-change') return yearlyChanges ? UNITS.percent : null;
  if (form === 'change' && !yearlyChanges && unit.measure === 'percentage-points') return UNITS.percent;
  return unit;
}

/** What the yearly computations read and write. */
interface Span {
  readonly read: Series;
  readonly start: Year;
  readonly to: Year;
  readonly steps: Step[];
  readonly caveats: Caveat[];
  readonly used: Point[];
}

/** The value of every year from `start` to `to`, or an error naming every year missing. */
function everyYear(span: Span, cumulative: boolean): Decimal[] {
  const { read, start, to } = span;
  const missing: Year[] = [];
  for (let year = start; year <= to; year += 1) if (pointAt(read.points, year) === undefined) missing.push(year);
  if (missing.length > 0) {
    const skipped = read.skipped.filter((p) => missing.includes(p.year)).map((p) => messages.progressPartialSkipped(p.at, describePeriod(p.period), p.year));
    const message = [messages.progressPeriodYears('series', missing, start, to, cumulative), ...skipped].join('; ');
    throw argumentError('INVALID_ARGUMENT', 'series', message, undefined, { missing });
  }
  const values: Decimal[] = [];
  for (let year = start; year <= to; year += 1) values.push(requirePoint(read, year, '', span.used));
  return values;
}

/** A break among the yearly figures: bridged by changes published like-for-like, or summed across. */
function yearlyBreaks(span: Span, bridged: boolean): void {
  const crossed = breaksBetween(span.read, span.start - 1, span.to);
  if (crossed.length === 0) return;
  const message = bridged ? text.breakBridged(describeBreaks(crossed)) : text.breakSummed(describeBreaks(crossed));
  span.steps.push((d) => d.notes.push(message));
  span.caveats.push({ code: 'break', message });
}

/** The sum of every year's value (a cumulative target) or change (a change target), exact, rounded once. */
function summed(span: Span, form: PeriodForm): Decimal {
  const values = everyYear(span, form === 'cumulative');
  yearlyBreaks(span, form !== 'cumulative');
  const total = result(values.reduce<Decimal>((sum, v) => add(sum, v), ZERO), `the sum of series from ${span.start} to ${span.to}`);
  span.steps.push((d) => {
    values.forEach((v, i) => (d.inputs[`value${span.start + i}`] = plain(v)));
    d.working.push(text.sumLine(form === 'cumulative' ? 'cumulative' : 'change', values.map(plain), plain(total)));
  });
  return total;
}

/** The relative change in percent chained from every year's change in percent: `(Π(1 + rᵢ/100) − 1) × 100`. */
function chainedChanges(span: Span): Decimal {
  const rates = everyYear(span, false);
  rates.forEach((rate, i) => {
    const name = `series (${span.start + i})`;
    if (rate.lte(-100)) throw domainError(name, messages.progressRatePercent(name, plain(rate)), plain(rate));
  });
  yearlyBreaks(span, true);
  const formula = `the relative change chained from the changes of series from ${span.start} to ${span.to}`;
  const growth = chainedGrowth(rates.map((r) => multiply(r, ONE_HUNDREDTH)), formula);
  const value = inPercent(growth, formula);
  span.steps.push((d) => {
    rates.forEach((rate, i) => (d.inputs[`change${span.start + i}`] = plain(rate)));
    d.working.push(text.chainedChangeLine(rates.map(plain), plain(value)));
  });
  return value;
}

/** The levels of the base year and of the last year judged, on one basis (no break between them). */
function levelsAtEnds(span: Span): { base: Decimal; end: Decimal } {
  const { read, start, to } = span;
  const periodText = `${start}–${to}`;
  const base = requirePoint(read, start - 1, `the base year of the period ${periodText}`, span.used);
  const last = requirePoint(read, to, `the last year of the period judged (${periodText})`, span.used);
  const crossed = breaksBetween(read, start - 1, to);
  if (crossed.length > 0) {
    throw argumentError('SERIES_BREAK', 'series', messages.progressPeriodBreak('series', describeBreaks(crossed), start - 1, to), undefined, {
      breaks: crossed.map((b) => ({ year: b.year, at: b.at })),
    });
  }
  span.steps.push((d) => {
    d.inputs.baseLevel = plain(base);
    d.inputs.endLevel = plain(last);
  });
  return { base, end: last };
}

/** `end − base`, exact, rounded once. */
function pointsBetween(levels: { base: Decimal; end: Decimal }, steps: Step[]): Decimal {
  const change = result(subtract(levels.end, levels.base), 'the change of series over the period');
  steps.push((d) => d.working.push(text.changeLine(plain(levels.end), plain(levels.base), plain(change))));
  return change;
}

/** `(end ÷ base − 1) × 100`, correctly rounded: the base must be greater than 0. */
function relativeBetween(levels: { base: Decimal; end: Decimal }, fromYear: Year, steps: Step[]): Decimal {
  const { base, end } = levels;
  if (!base.isPositive() || base.isZero()) {
    const name = `series (${fromYear})`;
    throw domainError(name, messages.mustBePositive(name, plain(base), 'for a relative change'), plain(base));
  }
  const formula = 'the relative change of series over the period';
  const value = namedResult(formula, () => inPercent(quotient(subtract(end, base), base, formula), formula));
  steps.push((d) => d.working.push(text.relativeLine(plain(end), plain(base), plain(value))));
  return value;
}

