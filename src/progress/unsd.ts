/**
 * The UN Progress Chart 2023 (UNSD) projection method.
 *
 * @module
 */
import { inPercent, namedResult, quotient, subtract } from '../calc/_lib/exact.js';
import { cagr } from '../calc/cagr.js';
import { compound } from '../calc/compound.js';
import { HUNDRED, ZERO, dec, type Decimal } from '../decimal.js';
import type { Year } from '../plan/types.js';
import { optional, readBoolean } from '../read.js';
import { beyond, meets } from './direction.js';
import { percent, plain, show, text } from './explain.js';
import { averageOfRates } from './growthRates.js';
import { begin, finish, pick, type Frame, type Outcome } from './method.js';
import { readMethodOptions } from './options.js';
import { breaksBetween, describeBreaks, pointAt } from './series.js';
import type { SeriesPoint, UnsdOptions, UnsdResult, UnsdStatus } from './types.js';

const THRESHOLDS = /* @__PURE__ */ Object.freeze({ onTrack: /* @__PURE__ */ dec('0.95'), fair: /* @__PURE__ */ dec('0.10') });

/**
 * Progress by the UN Progress Chart 2023 (UNSD) method: project the observed trend to the
 * target year and score the projected change against the change the target asks for.
 *
 * Level series: the current value projected at the observed CAGR, `v̂_T = v_t · (1 + CAGR)^(T − t)`,
 * scored `(v̂_T − v_base) ÷ (target − v_base)`: ≥ 0.95 → `on_track`, ≥ 0.10 →
 * `fair_progress`, below → `limited_or_regression`. Growth-rate series (`isGrowthRate`) are
 * not put through a CAGR: their geometric average rate is scored against the target rate,
 * `average ÷ target`. The formulas and every edge rule: [docs/progress.md, "UN Progress Chart"](../../docs/progress.md#un-progress-chart-where-the-trend-ends-up).
 *
 * Units, partial periods and breaks as {@link assessProgress}: a level series is
 * `not_assessable` across a break; growth rates published like-for-like bridge it (a note
 * and a `break` caveat).
 *
 * @param observations - `{ year | period, value, unit?, status? }` points; not changed.
 * @param options - `baseYear`, `targetYear`, `direction`, `target` (required; a decimal or a
 *   quantity), `thresholds` (`onTrack`, `fair`), `isGrowthRate`, `partialPeriods`.
 * @returns Status, label, the values used, `unit`, `observedCagr`, `projectedValue`,
 *   `averageRate`, `score`, thresholds, `caveats` and an explanation.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for bad options or a missing target;
 *   `VALIDATION` for malformed observations; `INVALID_DECIMAL` for a bad number;
 *   `UNIT_MISMATCH` for an observation in another measure; `DOMAIN` when the observed CAGR,
 *   the projected value or the score is beyond the bounds of the library's decimals (it
 *   names which, and the years).
 *
 * @example
 * ```ts
 * // ≈120 bn yuan in 2015, +10 % a year to 2017; target 240 bn in 2020
 * const series = [{ year: 2015, value: 120 }, { year: 2016, value: 132 }, { year: 2017, value: '145.2' }];
 * const r = assessUnsd(series, { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' });
 * r.projectedValue?.toString(); // → '193.2612' (145.2 × 1.1³)
 * r.score?.toString();          // → '0.61051' (73.2612 ÷ 120)
 * r.status;                     // → 'fair_progress'
 * r.label;                      // → { en: 'fair progress, acceleration needed', zh: '有一定进展，需加快' }
 * // revenue growth like-for-like across Baotou's 2017 revision (+6.1 %, +6.2 %): used, with a caveat
 * const rates = [{ year: 2017, value: '6.1', status: 'B' }, { year: 2018, value: '6.2' }] as const;
 * assessUnsd(rates, { baseYear: 2016, targetYear: 2020, target: 6, direction: 'increase', isGrowthRate: true }).caveats[0]?.code; // → 'break'
 * assessUnsd(series, { baseYear: 2015, targetYear: 2020, direction: 'increase' } as never); // throws PlanError INVALID_ARGUMENT
 * // → "target: method 'unsd' needs a target value, got undefined"
 * ```
 *
 * @category Progress
 */
export function assessUnsd(observations: readonly SeriesPoint[], options: UnsdOptions): UnsdResult {
  const o = readMethodOptions(options, 'unsd');
  const isGrowthRate = optional(o.isGrowthRate, (x) => readBoolean(x, 'isGrowthRate'), false);
  const frame = begin(observations, o, {
    method: 'unsd',
    targetRequired: true,
    defaults: () => ({ thresholds: THRESHOLDS, source: 'default' }),
    upToTarget: true,
    inputs: { isGrowthRate: String(isGrowthRate) },
  });
  const ctx: Context = { frame, target: frame.target as Decimal, isGrowthRate };
  return isGrowthRate ? growthRateSeries(ctx) : levelSeries(ctx);
}

interface Context {
  readonly frame: Frame<'unsd', keyof typeof THRESHOLDS>;
  readonly target: Decimal;
  readonly isGrowthRate: boolean;
}

/** The method's own numbers, as far as they were computed. */
interface Numbers {
  readonly observed?: Decimal;
  readonly projected?: Decimal;
  readonly average?: Decimal;
  readonly score?: Decimal;
}

function result(ctx: Context, status: UnsdStatus, outcome: Outcome, n: Numbers = {}): UnsdResult {
  const fields = {
    isGrowthRate: ctx.isGrowthRate,
    observedCagr: n.observed ?? null,
    projectedValue: n.projected ?? null,
    averageRate: n.average ?? null,
    score: n.score ?? null,
  };
  return finish(ctx.frame, status, outcome, fields, text.unsdSummary) as UnsdResult;
}

/** The verdict on a score: its status by the thresholds, and the working that says so. */
function scored(ctx: Context, score: Decimal, outcome: Outcome, n: Numbers): UnsdResult {
  const { onTrack, fair } = ctx.frame.thresholds;
  const status: UnsdStatus = score.gte(onTrack) ? 'on_track' : score.gte(fair) ? 'fair_progress' : 'limited_or_regression';
  ctx.frame.d.working.push(text.statusLine('score', plain(score), status));
  return result(ctx, status, { ...outcome, detail: `${outcome.detail ?? ''}, score ${show(score)}` }, { ...n, score });
}

function levelSeries(ctx: Context): UnsdResult {
  const { frame, target } = ctx;
  const { d, direction, targetYear } = frame;
  const picked = pick(frame, text.noDataUpToTarget(targetYear));
  if (!picked.ok) return result(ctx, 'not_assessable', picked);
  const { base, current } = picked;
  if (!base.value.isPositive() || base.value.isZero()) {
    return result(ctx, 'not_assessable', { reason: text.baseNotPositive(plain(base.value)), base, current });
  }
  if (current.value.isNegative()) {
    return result(ctx, 'not_assessable', { reason: text.currentNegative(plain(current.value)), base, current });
  }
  const t = current.year - base.year;
  const observed = namedResult(`the observed CAGR from ${base.year} (${base.at}) to ${current.year} (${current.at})`, () =>
    cagr(base.value, current.value, t),
  );
  d.working.push(text.cagrLine('observed CAGR', plain(current.value), plain(base.value), t, plain(observed)));
  const ahead = targetYear - current.year;
  // A level that fell to 0 (an observed CAGR of −1) stays 0: nothing to compound.
  const projected =
    ahead === 0 || current.value.isZero()
      ? current.value
      : namedResult(`the value projected for ${targetYear}`, () => compound(current.value, observed, ahead));
  d.working.push(text.projectionLine(plain(current.value), plain(observed), ahead, plain(projected)));
  const vs = `projected ${show(projected)} for ${targetYear} vs target ${show(target)}`;
  if (!beyond(target, base.value, direction)) {
    d.notes.push(text.notBeyondBase(plain(target), plain(base.value), direction));
    const met = meets(projected, target, direction);
    d.working.push(text.meetsLine(plain(projected), direction, plain(target), met));
    return result(ctx, met ? 'on_track' : 'limited_or_regression', { base, current, detail: `: ${vs}` }, { observed, projected });
  }
  const score = quotient(subtract(projected, base.value), subtract(target, base.value), 'the score');
  d.working.push(text.scoreLine(plain(projected), plain(base.value), plain(target), plain(score)));
  return scored(ctx, score, { base, current, detail: `: observed CAGR ${percent(observed)}, ${vs}` }, { observed, projected });
}

function growthRateSeries(ctx: Context): UnsdResult {
  const { frame, target } = ctx;
  const { d, direction, baseYear, targetYear, points } = frame;
  d.notes.push(text.growthRateSeries);
  const base = pointAt(points, baseYear);
  const rates = points.filter((p) => p.year > baseYear);
  const current = rates[rates.length - 1];
  if (current === undefined) return result(ctx, 'not_assessable', { reason: text.noRates(baseYear, targetYear), base });
  const gaps: Year[] = [];
  for (let year = baseYear + 1; year < current.year; year += 1) if (pointAt(rates, year) === undefined) gaps.push(year);
  if (gaps.length > 0) d.notes.push(text.rateGaps(gaps));
  const fall = rates.find((r) => r.value.lt(-100));
  if (fall !== undefined) {
    return result(ctx, 'not_assessable', { reason: text.rateBelowMinus100(fall.year, plain(fall.value)), base, current, used: rates });
  }
  const crossed = breaksBetween(frame.series, baseYear, current.year);
  if (crossed.length > 0) {
    const bridged = text.breakBridged(describeBreaks(crossed));
    d.notes.push(bridged);
    frame.caveats.push({ code: 'break', message: bridged });
  }
  const rateAverage = averageOfRates(
    rates.map((r) => r.value),
    `the average of the rates from ${rates[0]?.year ?? current.year} to ${current.year}`,
  ).average;
  const average = inPercent(rateAverage, 'the average rate in percent');
  d.working.push(text.chainLine(rates.map((r) => plain(r.value)), rates.length, `${plain(average)} %`));
  const vs = `: average rate ${show(average)} vs target ${show(target)}`;
  if (!beyond(target, ZERO, direction)) {
    d.notes.push(text.rateTargetNotBeyondZero(plain(target), direction));
    const met = meets(average, target, direction);
    d.working.push(text.meetsLine(plain(average), direction, plain(target), met));
    return result(ctx, met ? 'on_track' : 'limited_or_regression', { base, current, detail: vs, used: rates }, { average });
  }
  const score = quotient(average, target, 'the score');
  d.working.push(text.rateScoreLine(plain(average), plain(target), plain(score)));
  return scored(ctx, score, { base, current, detail: vs, used: rates }, { average });
}
