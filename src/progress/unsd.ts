/**
 * The UN Progress Chart 2023 (UNSD) projection method.
 *
 * @module
 */
import { cagr } from '../calc/cagr.js';
import { compound } from '../calc/compound.js';
import { D, EXACT, dec, type Decimal } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import type { Year } from '../plan/types.js';
import { beyond, meets } from './direction.js';
import { LABELS, draft, explanation, percent, plain, show, text, type Draft } from './explain.js';
import { readBaseOptions, readThresholds } from './options.js';
import { pointFields, summaryDetail } from './result.js';
import { baseAndCurrent, pointAt, readSeries, type Point } from './series.js';
import type { SeriesPoint, UnsdOptions, UnsdResult, UnsdStatus } from './types.js';

const THRESHOLDS = /* @__PURE__ */ Object.freeze({ onTrack: /* @__PURE__ */ dec('0.95'), fair: /* @__PURE__ */ dec('0.10') });
const ONE = /* @__PURE__ */ dec(1);
const HUNDRED = /* @__PURE__ */ dec(100);
const HUNDREDTH = /* @__PURE__ */ dec('0.01');

/**
 * Progress by the UN Progress Chart 2023 (UNSD) method: project the observed trend to the
 * target year and score the projected change against the change the target asks for.
 *
 * Level series (`t₀` = base year, `t` = current year, `T` = target year):
 *
 * - observed CAGR = `(v_t ÷ v_t₀)^(1/(t − t₀)) − 1`;
 * - projected value `v̂_T = v_t · (1 + CAGR)^(T − t)` (`calc/compound` with the 34-digit CAGR);
 * - score = `(v̂_T − v_t₀) ÷ (v_T − v_t₀)`, where `v_T` is the target;
 * - score ≥ 0.95 → `on_track`; 0.10 ≤ score < 0.95 → `fair_progress`;
 *   score < 0.10 → `limited_or_regression`.
 *
 * Where the target is not beyond the base value in the good direction (equal to it, or on
 * the other side) the score is undefined (`null`): the status is `on_track` when the
 * projected value meets the target (`≥` / `≤`), else `limited_or_regression`.
 *
 * Growth-rate series (`isGrowthRate: true`: each value is a year's growth in percent): the
 * UN rule is that such a series is not put through a CAGR. Its rates for the years after
 * the base year up to the target year are averaged geometrically, as Chinese plans define
 * an annual average (水平法): `average = ((Π(1 + gᵢ/100))^(1/n) − 1) × 100` over the n
 * years with data (years without data are listed in the notes), and compared with the
 * target rate directly: score = `average ÷ target` with the same thresholds. Where the
 * target rate is not beyond 0 in the good direction (0, or a fall allowed for an increase)
 * the score is undefined and the status says whether the average meets the target.
 *
 * Shared rules (those of Open SDG, so the methods are comparable side by side): `null`
 * values are skipped; a `period` point counts as its first year; if the base year has no
 * data the next year with data is the base; the current year is the latest year with data
 * up to the target year (later observations are listed in the notes and not used).
 * `not_assessable` when there is no usable data, fewer than two years from the base year
 * on, a base value ≤ 0 or a negative current value (no CAGR), or a rate below −100 %.
 *
 * @param observations - `{ year, value }` points; not changed.
 * @param options - `baseYear`, `targetYear`, `direction`, `target` (required),
 *   `thresholds` (`onTrack`, `fair`), `isGrowthRate`.
 * @returns Status, label, the values used, `observedCagr`, `projectedValue`,
 *   `averageRate`, `score`, thresholds and an explanation.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for bad options or a missing target;
 *   `VALIDATION` for malformed observations; `INVALID_DECIMAL` for a bad number.
 *
 * @example
 * ```ts
 * // ≈120 bn yuan in 2015, +10 % a year to 2017; target 240 bn in 2020
 * const r = assessUnsd(
 *   [{ year: 2015, value: 120 }, { year: 2016, value: 132 }, { year: 2017, value: '145.2' }],
 *   { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' },
 * );
 * r.projectedValue?.toString(); // → '193.2612' (145.2 × 1.1³)
 * r.score?.toString();          // → '0.61051' ((193.2612 − 120) ÷ (240 − 120))
 * r.status;                     // → 'fair_progress'
 * ```
 *
 * @category Progress
 */
export function assessUnsd(observations: readonly SeriesPoint[], options: UnsdOptions): UnsdResult {
  const o = readBaseOptions(options, 'unsd', true);
  const target = o.target as Decimal;
  const { values: thresholds, overridden } = readThresholds((options as { thresholds?: unknown }).thresholds, THRESHOLDS);
  const rawGrowth = (options as { isGrowthRate?: unknown }).isGrowthRate;
  if (rawGrowth !== undefined && typeof rawGrowth !== 'boolean') {
    throw new PlanError('INVALID_ARGUMENT', messages.notBoolean('isGrowthRate', rawGrowth), {
      argument: 'isGrowthRate',
      received: rawGrowth,
    });
  }
  const isGrowthRate = rawGrowth === true;
  const series = readSeries(observations, 'observations');
  const d = draft();
  d.inputs.method = 'unsd';
  d.inputs.direction = o.direction;
  d.inputs.baseYear = String(o.baseYear);
  d.inputs.targetYear = String(o.targetYear);
  d.inputs.target = plain(target);
  d.inputs.isGrowthRate = String(isGrowthRate);
  d.inputs.thresholdOnTrack = plain(thresholds.onTrack);
  d.inputs.thresholdFair = plain(thresholds.fair);
  d.inputs.thresholdsSource = overridden ? 'given' : 'default';
  if (series.empty.length > 0) d.notes.push(text.skippedNull(series.empty));
  const later = series.points.filter((p) => p.year > o.targetYear).map((p) => p.year);
  if (later.length > 0) d.notes.push(text.afterTargetIgnored(later, o.targetYear));
  const points = series.points.filter((p) => p.year <= o.targetYear);

  const ctx: Context = { d, direction: o.direction, targetYear: o.targetYear, target, thresholds, isGrowthRate };
  return isGrowthRate ? growthRateSeries(points, o.baseYear, ctx) : levelSeries(points, o.baseYear, ctx);
}

interface Context {
  readonly d: Draft;
  readonly direction: UnsdResult['direction'];
  readonly targetYear: Year;
  readonly target: Decimal;
  readonly thresholds: UnsdResult['thresholds'];
  readonly isGrowthRate: boolean;
}

function levelSeries(points: readonly Point[], baseYear: Year, ctx: Context): UnsdResult {
  const { d, direction, target, targetYear } = ctx;
  const picked = baseAndCurrent(points, baseYear);
  if (!picked.ok) {
    const reason =
      picked.why === 'no-data'
        ? text.noDataUpToTarget(targetYear)
        : picked.why === 'base-after-data'
          ? text.baseAfterData(baseYear, (picked.current as Point).year)
          : text.tooFewYears((picked.current as Point).year);
    if (picked.base !== undefined && picked.base.year !== baseYear) d.notes.push(text.baseMoved(baseYear, picked.base.year));
    return finishResult(ctx, 'not_assessable', { reason, base: picked.base, current: picked.current });
  }
  const { base, current } = picked;
  if (picked.moved) d.notes.push(text.baseMoved(baseYear, base.year));
  if (!base.value.isPositive() || base.value.isZero()) {
    return finishResult(ctx, 'not_assessable', { reason: text.baseNotPositive(plain(base.value)), base, current });
  }
  if (current.value.isNegative() && !current.value.isZero()) {
    return finishResult(ctx, 'not_assessable', { reason: text.currentNegative(plain(current.value)), base, current });
  }
  const t = current.year - base.year;
  const observed = cagr(base.value, current.value, t);
  d.working.push(text.cagrLine('observed CAGR', plain(current.value), plain(base.value), t, plain(observed)));
  const ahead = targetYear - current.year;
  const projected = ahead === 0 ? current.value : compound(current.value, observed, ahead);
  d.working.push(text.projectionLine(plain(current.value), plain(observed), ahead, plain(projected)));
  if (!beyond(target, base.value, direction)) {
    d.notes.push(text.notBeyondBase(plain(target), plain(base.value), direction));
    const status: UnsdStatus = meets(projected, target, direction) ? 'on_track' : 'limited_or_regression';
    d.working.push(text.meetsLine(plain(projected), direction, plain(target), status === 'on_track'));
    return finishResult(ctx, status, { base, current, observed, projected, detail: `: projected ${show(projected)} for ${targetYear} vs target ${show(target)}` });
  }
  const score = new D(new EXACT(projected).minus(base.value)).div(new EXACT(target).minus(base.value));
  d.working.push(text.scoreLine(plain(projected), plain(base.value), plain(target), plain(score)));
  const status = classify(score, ctx.thresholds);
  d.working.push(text.statusLine('score', plain(score), status));
  return finishResult(ctx, status, {
    base,
    current,
    observed,
    projected,
    score,
    detail: `: observed CAGR ${percent(observed)}, projected ${show(projected)} for ${targetYear} vs target ${show(target)}, score ${show(score)}`,
  });
}

function growthRateSeries(points: readonly Point[], baseYear: Year, ctx: Context): UnsdResult {
  const { d, direction, target, targetYear } = ctx;
  d.notes.push(text.growthRateSeries);
  const base = pointAt(points, baseYear);
  const rates = points.filter((p) => p.year > baseYear);
  const current = rates[rates.length - 1];
  if (current === undefined) {
    return finishResult(ctx, 'not_assessable', { reason: text.noRates(baseYear, targetYear), base });
  }
  const gaps: Year[] = [];
  for (let year = baseYear + 1; year < current.year; year += 1) if (pointAt(rates, year) === undefined) gaps.push(year);
  if (gaps.length > 0) d.notes.push(text.rateGaps(gaps));
  let product = new EXACT(1);
  for (const r of rates) {
    if (r.value.lt(-100)) {
      return finishResult(ctx, 'not_assessable', { reason: text.rateBelowMinus100(r.year, plain(r.value)), base, current });
    }
    product = product.times(new EXACT(r.value).times(HUNDREDTH).plus(ONE));
  }
  const average = cagr(ONE, dec(product), rates.length).times(HUNDRED);
  d.working.push(text.chainLine(rates.map((r) => plain(r.value)), rates.length, `${plain(average)} %`));
  if (!beyond(target, dec(0), direction)) {
    d.notes.push(text.rateTargetNotBeyondZero(plain(target), direction));
    const met = meets(average, target, direction);
    d.working.push(text.meetsLine(plain(average), direction, plain(target), met));
    return finishResult(ctx, met ? 'on_track' : 'limited_or_regression', {
      base,
      current,
      average,
      detail: `: average rate ${show(average)} vs target ${show(target)}`,
    });
  }
  const score = average.div(target);
  d.working.push(text.rateScoreLine(plain(average), plain(target), plain(score)));
  const status = classify(score, ctx.thresholds);
  d.working.push(text.statusLine('score', plain(score), status));
  return finishResult(ctx, status, {
    base,
    current,
    average,
    score,
    detail: `: average rate ${show(average)} vs target ${show(target)}, score ${show(score)}`,
  });
}

function classify(score: Decimal, t: UnsdResult['thresholds']): UnsdStatus {
  if (score.gte(t.onTrack)) return 'on_track';
  if (score.gte(t.fair)) return 'fair_progress';
  return 'limited_or_regression';
}

function finishResult(
  ctx: Context,
  status: UnsdStatus,
  f: {
    reason?: string;
    base?: Point | undefined;
    current?: Point | undefined;
    observed?: Decimal;
    projected?: Decimal;
    average?: Decimal;
    score?: Decimal;
    detail?: string;
  },
): UnsdResult {
  const { d } = ctx;
  const points = pointFields(d, f.base ?? null, f.current ?? null);
  if (f.observed !== undefined) d.values.observedCagr = plain(f.observed);
  if (f.projected !== undefined) d.values.projectedValue = plain(f.projected);
  if (f.average !== undefined) d.values.averageRate = plain(f.average);
  if (f.score !== undefined) d.values.score = plain(f.score);
  d.values.status = status;
  const detail = summaryDetail(status, f.reason, f.detail);
  return Object.freeze({
    method: 'unsd',
    status,
    label: LABELS[status],
    direction: ctx.direction,
    reason: f.reason ?? null,
    ...points,
    targetYear: ctx.targetYear,
    target: ctx.target,
    isGrowthRate: ctx.isGrowthRate,
    observedCagr: f.observed ?? null,
    projectedValue: f.projected ?? null,
    averageRate: f.average ?? null,
    score: f.score ?? null,
    thresholds: ctx.thresholds,
    explanation: explanation(d, text.unsdSummary(status, detail)),
  });
}
