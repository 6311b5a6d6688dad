import { cagr } from '../calc/cagr.js';
import { EXACT, dec, type Decimal } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Year } from '../plan/types.js';
import { plain, text, type Step } from './explain.js';
import { evaluationOf, readTarget, verdict } from './judge.js';
import { pointAt, readSeries } from './series.js';
import type { RateTargetEvaluation, RateTargetOptions, SeriesPoint, TargetSpec } from './types.js';

const ONE = /* @__PURE__ */ dec(1);
const HUNDRED = /* @__PURE__ */ dec(100);
const HUNDREDTH = /* @__PURE__ */ dec('0.01');

/**
 * Does a series meet a rate target ("an annual average increase above 8 percent")?
 *
 * The annual average runs over the target's `period`, from the base year `period.start − 1`
 * to `period.end` (2016–2020 runs from 2015 over n = 5 years), and is geometric (水平法):
 *
 * - level series: `average = (v_end ÷ v_base)^(1/n) − 1`, the CAGR (`calc/cagr`);
 * - `isGrowthRate` series (each value is a year's growth in percent, as bulletins report
 *   them at comparable prices): `average = (Π(1 + gᵢ/100))^(1/n) − 1` over the years
 *   `period.start … end`.
 *
 * The average, in percent a year (`× 100`), is then judged by {@link evaluateTarget}: a
 * rate target must be in `percent-per-annum`. With `through`, the average runs to that year
 * instead of `period.end`: progress so far.
 *
 * Note the price basis: levels are usually at current prices, growth rates at comparable
 * prices (DOMAIN.md), so the two series can give different verdicts on the same target.
 *
 * @param target - A rate target with `period`, in `percent-per-annum`.
 * @param series - `{ year, value }` points (levels, or rates with `isGrowthRate`).
 * @param options - `through`, `isGrowthRate`, `tolerance`.
 * @returns The {@link evaluateTarget} verdict plus `fromYear`, `toYear`, `years` and
 *   `averageGrowth` (a ratio).
 * @throws {@link PlanError} `UNIT_MISMATCH` when the target is not in `percent-per-annum`;
 *   `INVALID_ARGUMENT` when `period` is missing or bad, `through` is outside the period, or
 *   a needed year has no value; `DOMAIN` for a base level ≤ 0, a negative end level, or a
 *   rate ≤ −100 %; `VALIDATION` for a malformed series.
 *
 * @example
 * ```ts
 * const target = { comparator: 'above', value: 8, unit: 'percent-per-annum', period: { start: 2016, end: 2020 } } as const;
 * // 120 bn yuan in 2015, 176.31 bn in 2020 (8 % a year would give 176.319…)
 * const r = evaluateRateTarget(target, [{ year: 2015, value: 120 }, { year: 2020, value: '176.3' }]);
 * r.met;                        // → false
 * r.value.toFixed(4);           // → '7.9976' (percent a year)
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

/**
 * {@link evaluateRateTarget}, given the annual average of a level series when it is already
 * known (`known`: `calc/cagr` of the same two levels over the same years, as a projection's
 * growth indicator computed it), so that it is not computed twice. Everything else is read
 * and checked as without it.
 *
 * @internal
 */
export function rateEvaluation(
  target: TargetSpec,
  series: readonly SeriesPoint[],
  options: RateTargetOptions,
  known: Decimal | undefined,
): RateTargetEvaluation {
  const t = readTarget(target, options);
  if (t.unitId !== 'percent-per-annum') {
    throw new PlanError('UNIT_MISMATCH', messages.progressTargetUnit('target.unit', 'rate', 'percent-per-annum', `'${t.unitId}'`), {
      argument: 'target.unit',
      received: t.unitId,
    });
  }
  const period = (target as { period?: unknown }).period;
  const { start, end } = readPeriod(period);
  const fromYear = start - 1;
  let toYear = end;
  const steps: Step[] = [];
  if (options.through !== undefined) {
    const through = options.through as unknown;
    if (typeof through !== 'number' || !Number.isInteger(through) || through < start || through > end) {
      throw new PlanError('INVALID_ARGUMENT', messages.notInteger('options.through', through, start, end), {
        argument: 'options.through',
        received: through,
      });
    }
    toYear = through;
    if (toYear < end) steps.push((d) => d.notes.push(text.throughNote(toYear, end)));
  }
  const isGrowthRate = options.isGrowthRate === true;
  if (options.isGrowthRate !== undefined && typeof options.isGrowthRate !== 'boolean') {
    throw new PlanError('INVALID_ARGUMENT', messages.notBoolean('options.isGrowthRate', options.isGrowthRate), {
      argument: 'options.isGrowthRate',
      received: options.isGrowthRate,
    });
  }
  const { points } = readSeries(series, 'series');
  const years = toYear - fromYear;
  steps.push((d) => {
    d.inputs.period = `${start}-${end}`;
    d.inputs.fromYear = String(fromYear);
    d.inputs.toYear = String(toYear);
    d.inputs.isGrowthRate = String(isGrowthRate);
  });
  const periodText = `${start}–${end}`;
  let average: Decimal;
  if (isGrowthRate) {
    let product = new EXACT(1);
    const rates: Decimal[] = [];
    for (let year = start; year <= toYear; year += 1) {
      const point = pointAt(points, year);
      if (point === undefined) {
        throw new PlanError(
          'INVALID_ARGUMENT',
          messages.progressSeriesMissingYear('series', year, `a year of the period ${periodText}; a growth-rate series needs every year`),
          { argument: 'series', year },
        );
      }
      if (point.value.lte(-100)) {
        throw new PlanError('DOMAIN', messages.progressRatePercent(`series (${year})`, plain(point.value)), {
          argument: 'series',
          year,
          received: plain(point.value),
        });
      }
      rates.push(point.value);
      product = product.times(new EXACT(point.value).times(HUNDREDTH).plus(ONE));
    }
    const factor = product;
    const mean = cagr(ONE, dec(factor), years);
    average = mean;
    steps.push((d) => {
      rates.forEach((rate, i) => (d.inputs[`rate${start + i}`] = plain(rate)));
      d.values.growthFactor = factor.toFixed();
      d.working.push(text.chainLine(rates.map(plain), years, plain(mean)));
    });
  } else {
    const from = pointAt(points, fromYear);
    const to = pointAt(points, toYear);
    if (from === undefined) {
      throw new PlanError(
        'INVALID_ARGUMENT',
        messages.progressSeriesMissingYear('series', fromYear, `the base year of the period ${periodText}`),
        { argument: 'series', year: fromYear },
      );
    }
    if (to === undefined) {
      throw new PlanError(
        'INVALID_ARGUMENT',
        messages.progressSeriesMissingYear('series', toYear, `the last year averaged over (${periodText})`),
        { argument: 'series', year: toYear },
      );
    }
    if (!from.value.isPositive() || from.value.isZero()) {
      throw new PlanError(
        'DOMAIN',
        messages.mustBePositive(`series (${fromYear})`, plain(from.value), 'for an annual average growth rate'),
        { argument: 'series', year: fromYear, received: plain(from.value) },
      );
    }
    if (to.value.isNegative() && !to.value.isZero()) {
      throw new PlanError(
        'DOMAIN',
        messages.mustNotBeNegative(`series (${toYear})`, plain(to.value), 'for an annual average growth rate'),
        { argument: 'series', year: toYear, received: plain(to.value) },
      );
    }
    const mean = known ?? cagr(from.value, to.value, years);
    average = mean;
    steps.push((d) => {
      d.inputs.fromValue = plain(from.value);
      d.inputs.toValue = plain(to.value);
      d.working.push(text.cagrLine('annual average', plain(to.value), plain(from.value), years, plain(mean)));
    });
  }
  const value = average.times(HUNDRED);
  const averageGrowth = average;
  steps.push((d) => {
    d.values.averageGrowth = plain(averageGrowth);
    d.working.push(text.toPercentLine(plain(averageGrowth), plain(value)));
  });
  return Object.freeze(Object.assign(evaluationOf(verdict(t, value, steps)), { fromYear, toYear, years, averageGrowth }));
}

function readPeriod(period: unknown): { start: Year; end: Year } {
  const bad = (): PlanError =>
    new PlanError('INVALID_ARGUMENT', messages.progressPeriodRequired('target.period', period), {
      argument: 'target.period',
      received: period,
    });
  if (typeof period !== 'object' || period === null || Array.isArray(period)) throw bad();
  const { start, end } = period as { start?: unknown; end?: unknown };
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 2 || start > 9999) {
    throw new PlanError('INVALID_ARGUMENT', messages.notInteger('target.period.start', start, 2, 9999), {
      argument: 'target.period.start',
      received: start,
    });
  }
  if (typeof end !== 'number' || !Number.isInteger(end) || end < start || end > 9999) {
    throw new PlanError('INVALID_ARGUMENT', messages.notInteger('target.period.end', end, start, 9999), {
      argument: 'target.period.end',
      received: end,
    });
  }
  return { start, end };
}
