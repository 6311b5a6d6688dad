import { inPercent, namedResult } from '../calc/_lib/exact.js';
import { cagr } from '../calc/cagr.js';
import { shift, type Decimal } from '../decimal.js';
import { argumentError, domainError } from '../errors.js';
import { messages } from '../messages.js';
import type { Year } from '../plan/types.js';
import { optional, readBoolean, readInteger, readOptions } from '../read.js';
import { plain, text, type Step } from './explain.js';
import { averageOfRates } from './growthRates.js';
import { TARGET_OPTION_KEYS, judge, readTargetIn } from './judge.js';
import { readPartialPeriods } from './options.js';
import { breaksBetween, describeBreaks, readSeries, requirePoint, seriesCaveats, seriesNotes, type Point, type Series } from './series.js';
import { periodFigureValue, readTargetForm, readTargetPeriod } from './targetPeriod.js';
import type { Caveat, RateTargetEvaluation, RateTargetOptions, SeriesPoint, TargetSpec } from './types.js';

/**
 * Does a series meet a rate target ("an annual average increase above 8 percent")?
 *
 * The annual average runs over the target's `period`, from the base year `period.start − 1`
 * to `period.end` (2016–2020 runs from 2015 over n = 5 years), and is geometric (水平法): the
 * CAGR of a level series, or `(Π(1 + gᵢ/100))^(1/n) − 1` of a series of yearly rates
 * (`isGrowthRate`). In percent a year it is judged by {@link evaluateTarget}. With `through`,
 * the average runs to that year instead: progress so far. Points in units are converted
 * exactly into the unit of the earliest that has one; a point for part of a year is skipped
 * (or, with `partialPeriods: 'use'`, taken as the year of its end, with a caveat). Levels are
 * never chained across a break in the series (a point with status `B`): that throws
 * `SERIES_BREAK`; growth rates published like-for-like bridge it, with a `break` caveat. The
 * rules, and why levels and rates can disagree: [docs/progress.md, "Rate, share and intensity targets"](../../docs/progress.md#rate-share-and-intensity-targets).
 *
 * @param target - A rate target with `period`, in `percent-per-annum` (and optionally
 *   `wording`, `direction`).
 * @param series - `{ year | period, value, unit?, status? }` points (levels, or rates in
 *   percent with `isGrowthRate`); not changed.
 * @param options - `through`, `isGrowthRate`, `partialPeriods`, `tolerance`, `approximately`.
 * @returns The {@link evaluateTarget} verdict plus `fromYear`, `toYear`, `years` and
 *   `averageGrowth` (a ratio).
 * @throws {@link PlanError} `UNIT_MISMATCH` when the target is not in `percent-per-annum`
 *   or the points are of different measures; `SERIES_BREAK` when a break lies between the
 *   two levels; `INVALID_ARGUMENT` when `period` is missing or bad, `through` is outside the
 *   period, or a needed year has no value; `DOMAIN` for a base level ≤ 0, a negative end
 *   level, a rate ≤ −100 %, or an average (or its difference from the target) beyond the
 *   bounds of the library's decimals; `VALIDATION` for a malformed series.
 *
 * @example
 * ```ts
 * // "an annual average increase above 8 percent": the English "above" renders 以上, which includes 8
 * const target = { comparator: 'atLeast', wording: 'above', value: 8, unit: 'percent-per-annum', period: { start: 2016, end: 2020 } } as const;
 * // 120 bn yuan in 2015, 176.3 bn in 2020 (8 % a year would give 176.319…)
 * const r = evaluateRateTarget(target, [{ year: 2015, value: 120 }, { year: 2020, value: '176.3' }]);
 * r.met;                        // → false
 * r.value.toFixed(4);           // → '7.9976' (percent a year)
 * r.caveats[0].code;            // → 'reading'
 * evaluateRateTarget(target, [{ year: 2015, value: 120 }, { year: 2017, value: 70, status: 'B' }, { year: 2020, value: 90 }]); // throws PlanError SERIES_BREAK
 * evaluateRateTarget(target, [{ year: 2020, value: 240 }]); // throws PlanError INVALID_ARGUMENT
 * // → 'series: has no value for 2015, the base year of the period 2016–2020'
 * ```
 *
 * @category Progress
 */
export function evaluateRateTarget(
  target: TargetSpec,
  series: readonly SeriesPoint[],
  options: RateTargetOptions = {},
): RateTargetEvaluation {
  return rateEvaluation(target, series, options, undefined);
}

/** The keys of {@link RateTargetOptions}. */
const RATE_OPTION_KEYS: readonly string[] = /* @__PURE__ */ TARGET_OPTION_KEYS.concat(['through', 'isGrowthRate', 'partialPeriods']);

/**
 * {@link evaluateRateTarget}, given the annual average of a level series when it is already
 * known, so that it is not computed twice. Everything else is read and checked as without it.
 *
 * @param target - As for {@link evaluateRateTarget}.
 * @param series - As for {@link evaluateRateTarget}.
 * @param options - As for {@link evaluateRateTarget}.
 * @param known - `calc/cagr` of the same two levels over the same years (as a projection's
 *   growth indicator computed it), or `undefined`.
 * @returns As {@link evaluateRateTarget}.
 * @throws As {@link evaluateRateTarget}.
 *
 * @internal
 */
export function rateEvaluation(
  target: TargetSpec,
  series: readonly SeriesPoint[],
  options: RateTargetOptions,
  known: Decimal | undefined,
): RateTargetEvaluation {
  const t = readTargetIn(target, options, 'percent-per-annum', 'rate', RATE_OPTION_KEYS);
  const o = readOptions(options, 'options', RATE_OPTION_KEYS);
  const given = target as { period?: unknown; form?: unknown };
  readTargetForm(given.form, ['annual-average'], 'annual-average', messages.progressRateForm);
  const period = readTargetPeriod(given.period, 'annual-average');
  const { start, end } = period;
  const fromYear = start - 1;
  const toYear = optional(o.through, (x) => readInteger(x, 'options.through', start, end), end);
  const isGrowthRate = optional(o.isGrowthRate, (x) => readBoolean(x, 'options.isGrowthRate'), false);
  const partialPeriods = readPartialPeriods(o.partialPeriods, 'options.partialPeriods');
  const read = readSeries(series, 'series', { partialPeriods, unit: null, period });
  const years = toYear - fromYear;
  const steps: Step[] = [];
  const notes = seriesNotes(read);
  if (notes.length > 0) steps.push((d) => d.notes.push(...notes));
  if (toYear < end) steps.push((d) => d.notes.push(text.throughNote(toYear, end)));
  steps.push((d) => {
    d.inputs.period = `${start}-${end}`;
    d.inputs.fromYear = String(fromYear);
    d.inputs.toYear = String(toYear);
    d.inputs.isGrowthRate = String(isGrowthRate);
  });
  const periodText = `${start}–${end}`;
  const used: Point[] = [];
  const caveats: Caveat[] = [];
  const figure = read.periodFigures[0];
  let averageGrowth: Decimal;
  let value: Decimal | undefined;
  if (figure !== undefined && toYear === end) {
    value = periodFigureValue(figure, t.unit, 'annual-average', period, steps, caveats);
    averageGrowth = shift(value, -2);
  } else {
    if (figure !== undefined) steps.push((d) => d.notes.push(text.periodFigureUnused(figure.at, periodText, toYear)));
    averageGrowth = isGrowthRate
      ? averageOfYearlyRates(read, start, toYear, steps, caveats, used)
      : averageOfLevels(read, fromYear, toYear, steps, used, known);
  }
  value ??= inPercent(averageGrowth, 'the annual average in percent');
  const percentValue = value;
  steps.push((d) => {
    d.values.averageGrowth = plain(averageGrowth);
    d.working.push(text.toPercentLine(plain(averageGrowth), plain(percentValue)));
  });
  caveats.push(...seriesCaveats(read, used));
  return judge(t, percentValue, steps, { fromYear, toYear, years, averageGrowth }, Object.freeze(caveats.map((c) => Object.freeze(c))));
}

/** The geometric annual average of the rates of every year from `start` to `to` (a ratio); a break between them is bridged, with a caveat. */
function averageOfYearlyRates(read: Series, start: Year, to: Year, steps: Step[], caveats: Caveat[], used: Point[]): Decimal {
  const periodText = `${start}–${to}`;
  const rates: Decimal[] = [];
  for (let year = start; year <= to; year += 1) {
    const rate = requirePoint(read, year, `a year of the period ${periodText}; a growth-rate series needs every year`, used);
    if (rate.lte(-100)) throw domainError(`series (${year})`, messages.progressRatePercent(`series (${year})`, plain(rate)), plain(rate));
    rates.push(rate);
  }
  const crossed = breaksBetween(read, start - 1, to);
  if (crossed.length > 0) {
    const bridged = text.breakBridged(describeBreaks(crossed));
    steps.push((d) => d.notes.push(bridged));
    caveats.push({ code: 'break', message: bridged });
  }
  const { factor, average } = averageOfRates(rates, `the annual average of the rates of series from ${start} to ${to}`);
  steps.push((d) => {
    rates.forEach((rate, i) => (d.inputs[`rate${start + i}`] = plain(rate)));
    d.values.growthFactor = factor === null ? text.beyondBounds : plain(factor);
    d.working.push(text.chainLine(rates.map(plain), rates.length, plain(average)));
  });
  return average;
}

/** The CAGR of the levels of `from` and `to` (a ratio), never across a break; `known` when already computed. */
function averageOfLevels(read: Series, fromYear: Year, toYear: Year, steps: Step[], used: Point[], known: Decimal | undefined): Decimal {
  const periodText = `${fromYear + 1}–${toYear}`;
  const from = requirePoint(read, fromYear, `the base year of the period ${periodText}`, used);
  const to = requirePoint(read, toYear, `the last year averaged over (${periodText})`, used);
  const crossed = breaksBetween(read, fromYear, toYear);
  if (crossed.length > 0) {
    throw argumentError('SERIES_BREAK', 'series', messages.progressSeriesBreak('series', describeBreaks(crossed), fromYear, toYear), undefined, {
      breaks: crossed.map((b) => ({ year: b.year, at: b.at })),
    });
  }
  if (!from.isPositive() || from.isZero()) {
    const name = `series (${fromYear})`;
    throw domainError(name, messages.mustBePositive(name, plain(from), 'for an annual average growth rate'), plain(from));
  }
  if (to.isNegative()) {
    const name = `series (${toYear})`;
    throw domainError(name, messages.mustNotBeNegative(name, plain(to), 'for an annual average growth rate'), plain(to));
  }
  const years = toYear - fromYear;
  const average = known ?? namedResult(`the annual average of series from ${fromYear} to ${toYear}`, () => cagr(from, to, years));
  steps.push((d) => {
    d.inputs.fromValue = plain(from);
    d.inputs.toValue = plain(to);
    d.working.push(text.cagrLine('annual average', plain(to), plain(from), years, plain(average)));
  });
  return average;
}
