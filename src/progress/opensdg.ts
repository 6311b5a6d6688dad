/**
 * The Open SDG / Statistics Canada progress measure.
 *
 * Read in: open-sdg `docs/progress-methodology.md` (as summarised in DOMAIN.md) and
 * sdg-build `sdg/ProgressMeasure.py`, two versions: commit 27c0bf0 (functions
 * `measure_indicator_progress`, `methodology_1`, `methodology_2`, `get_progress_status`
 * with statuses `on_track` / `progress_needs_acceleration` / `limited_progress` /
 * `deterioration` — the version DOMAIN.md describes) and commit 139fede (class
 * `SeriesProgress`, statuses renamed `substantial_progress` / `moderate_progress`, a score
 * from −5 to 5). We follow DOMAIN.md and the first; where they differ:
 *
 * - R: the first computes `observed ÷ required`; the second `d · observed ÷ |required|`
 *   (d = +1 positive, −1 negative). The two agree whenever the target lies beyond the base
 *   value in the good direction (the normal case). Where it does not (the base value already
 *   met the target, the current value no longer does), the plain ratio would call a fall
 *   away from the target `on_track`; we use the second form there, and the explanation says so.
 * - A base value of 0: the second replaces it with 0.001; the first (and DOMAIN.md) say
 *   nothing and would divide by 0. We return `not_assessable`, as for a negative base value
 *   (the second flips the sign of negative series; DOMAIN.md does not).
 * - A required CAGR of 0 (target equals the base value): both divide by 0. We return
 *   `deterioration`: the target is not met, so the value has moved away from it.
 *
 * @module
 */
import { cagr } from '../calc/cagr.js';
import { dec, type Decimal } from '../decimal.js';
import type { SeriesPoint, OpenSdgOptions, OpenSdgResult, OpenSdgStatus } from './types.js';
import { LABELS, draft, explanation, percent, plain, show, text, type Draft } from './explain.js';
import { meets, sign } from './direction.js';
import { readBaseOptions, readThresholds } from './options.js';
import { pointFields, summaryDetail } from './result.js';
import { baseAndCurrent, readSeries, type Point } from './series.js';

const RATIO_THRESHOLDS = /* @__PURE__ */ Object.freeze({ high: /* @__PURE__ */ dec('0.95'), med: /* @__PURE__ */ dec('0.6'), low: /* @__PURE__ */ dec(0) });
const GROWTH_THRESHOLDS = /* @__PURE__ */ Object.freeze({ high: /* @__PURE__ */ dec('0.015'), med: /* @__PURE__ */ dec('0.005'), low: /* @__PURE__ */ dec(0) });
const TARGET_ZERO = /* @__PURE__ */ dec('0.001');

/**
 * Progress by the Open SDG / Statistics Canada method, exactly as DOMAIN.md gives it.
 *
 * With a target (`T` = target year, `t₀` = base year, `t` = current year):
 *
 * 1. If the current value already meets the target (`≥` when higher is better, `≤` when
 *    lower is better): `target_achieved`.
 * 2. observed CAGR = `(current ÷ base)^(1/(t − t₀)) − 1`;
 *    required CAGR = `(target ÷ base)^(1/(T − t₀)) − 1`;
 *    R = observed ÷ required (as `d · observed ÷ |required|`, see the module note).
 * 3. R ≥ 0.95 → `on_track`; 0.6 ≤ R < 0.95 → `progress_needs_acceleration`;
 *    0 ≤ R < 0.6 → `limited_progress`; R < 0 → `deterioration`.
 *
 * Without a target: the observed CAGR (negated when lower is better) against 0.015 / 0.005
 * / 0, with the same four statuses.
 *
 * Edge rules: a target of 0 becomes 0.001 (also for step 1); the current year is the latest
 * year with data; if the base year has no data, the next year with data is the base; a
 * `period` point counts as its first year; `null` values are skipped. `not_assessable` when
 * no year has data, the base year is after the latest data, fewer than two years of data
 * remain from the base year on, or a growth rate cannot be computed (base value ≤ 0, a
 * negative current value or target, a base year moved to or past the target year).
 * `thresholds` replaces any of the defaults of the branch in use.
 *
 * @param observations - `{ year, value }` points (a plan `Observation` fits); not changed.
 * @param options - `baseYear`, `targetYear`, `direction`, optional `target` and `thresholds`.
 * @returns Status, label, the values used (`baseYear` … `progressValue`), thresholds and
 *   an explanation with every input and intermediate value.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for bad options (years not integers,
 *   `baseYear ≥ targetYear`, unknown direction, thresholds out of order);
 *   `VALIDATION` for malformed observations or duplicate years; `INVALID_DECIMAL` for a
 *   bad number.
 *
 * @example
 * ```ts
 * // Above-scale industrial value added: ≈120 bn yuan in 2015, +10 % a year; target 240 bn in 2020
 * const r = assessOpenSdg(
 *   [{ year: 2015, value: 120 }, { year: 2016, value: 132 }, { year: 2017, value: '145.2' }],
 *   { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' },
 * );
 * r.status;                       // → 'progress_needs_acceleration'
 * r.observedCagr?.toString();     // → '0.1'
 * r.ratio?.toFixed(4);            // → '0.6725' (0.1 ÷ 0.148698…)
 * ```
 *
 * @category Progress
 */
export function assessOpenSdg(observations: readonly SeriesPoint[], options: OpenSdgOptions): OpenSdgResult {
  const o = readBaseOptions(options, 'opensdg', false);
  const withTarget = o.target !== null;
  const { values: thresholds, overridden } = readThresholds(
    (options as { thresholds?: unknown }).thresholds,
    withTarget ? RATIO_THRESHOLDS : GROWTH_THRESHOLDS,
  );
  const { points, empty } = readSeries(observations, 'observations');
  const d = draft();
  d.inputs.method = 'opensdg';
  d.inputs.direction = o.direction;
  d.inputs.baseYear = String(o.baseYear);
  d.inputs.targetYear = String(o.targetYear);
  d.inputs.target = o.target === null ? 'none' : plain(o.target);
  d.inputs.thresholdHigh = plain(thresholds.high);
  d.inputs.thresholdMed = plain(thresholds.med);
  d.inputs.thresholdLow = plain(thresholds.low);
  d.inputs.thresholdsSource = overridden ? 'given' : withTarget ? 'default ratio thresholds' : 'default growth thresholds';
  if (empty.length > 0) d.notes.push(text.skippedNull(empty));

  let target = o.target;
  if (target !== null && target.isZero()) {
    target = TARGET_ZERO;
    d.notes.push(text.targetZero);
  }

  const result = (
    status: OpenSdgStatus,
    fields: {
      reason?: string;
      base?: Point | undefined;
      current?: Point | undefined;
      observed?: Decimal;
      required?: Decimal;
      ratio?: Decimal;
      progressValue?: Decimal;
      detail?: string;
    },
  ): OpenSdgResult => finishResult(d, o.direction, o.targetYear, target, thresholds, status, fields);

  const picked = baseAndCurrent(points, o.baseYear);
  if (!picked.ok) {
    const reason =
      picked.why === 'no-data'
        ? text.noData
        : picked.why === 'base-after-data'
          ? text.baseAfterData(o.baseYear, (picked.current as Point).year)
          : text.tooFewYears((picked.current as Point).year);
    if (picked.base !== undefined && picked.base.year !== o.baseYear) {
      d.notes.push(text.baseMoved(o.baseYear, picked.base.year));
    }
    return result('not_assessable', { reason, base: picked.base, current: picked.current });
  }
  const { base, current } = picked;
  if (picked.moved) d.notes.push(text.baseMoved(o.baseYear, base.year));
  const t = current.year - base.year;

  if (target !== null) {
    const met = meets(current.value, target, o.direction);
    d.working.push(text.meetsLine(plain(current.value), o.direction, plain(target), met));
    if (met) return result('target_achieved', { base, current });
  }
  if (!base.value.isPositive() || base.value.isZero()) {
    return result('not_assessable', { reason: text.baseNotPositive(plain(base.value)), base, current });
  }
  if (current.value.isNegative() && !current.value.isZero()) {
    return result('not_assessable', { reason: text.currentNegative(plain(current.value)), base, current });
  }
  const observed = cagr(base.value, current.value, t);
  d.working.push(text.cagrLine('observed CAGR', plain(current.value), plain(base.value), t, plain(observed)));
  const d1 = sign(o.direction);

  if (target === null) {
    const progressValue = d1 === 1 ? observed : observed.neg();
    d.working.push(text.signedGrowthLine(String(d1), plain(observed), plain(progressValue)));
    const status = classify(progressValue, thresholds);
    d.working.push(text.statusLine('progress value', plain(progressValue), status));
    return result(status, { base, current, observed, progressValue, detail: `: observed CAGR ${percent(observed)}` });
  }

  const T = o.targetYear - base.year;
  if (T <= 0) {
    return result('not_assessable', { reason: text.baseAtOrAfterTarget(base.year, o.targetYear), base, current, observed });
  }
  if (target.isNegative()) {
    return result('not_assessable', { reason: text.targetNegative(plain(target)), base, current, observed });
  }
  const required = cagr(base.value, target, T);
  d.working.push(text.cagrLine('required CAGR', plain(target), plain(base.value), T, plain(required)));
  if (required.isZero()) {
    d.notes.push(text.requiredZero);
    d.working.push(text.statusLine('R', 'undefined', 'deterioration'));
    return result('deterioration', { base, current, observed, required, detail: ': required CAGR 0, target not met' });
  }
  if ((d1 === 1) !== required.isPositive()) d.notes.push(text.wrongSide(plain(target), plain(base.value), o.direction));
  const signed = d1 === 1 ? observed : observed.neg();
  const ratio = signed.div(required.abs());
  d.working.push(text.ratioLine(String(d1), plain(observed), plain(required), plain(ratio)));
  const status = classify(ratio, thresholds);
  d.working.push(text.statusLine('R', plain(ratio), status));
  return result(status, {
    base,
    current,
    observed,
    required,
    ratio,
    progressValue: ratio,
    detail: `: observed CAGR ${percent(observed)} vs required ${percent(required)}, R = ${show(ratio)}`,
  });
}

/** The four statuses by thresholds, as `get_progress_status`. */
function classify(value: Decimal, t: { readonly high: Decimal; readonly med: Decimal; readonly low: Decimal }): OpenSdgStatus {
  if (value.gte(t.high)) return 'on_track';
  if (value.gte(t.med)) return 'progress_needs_acceleration';
  if (value.gte(t.low)) return 'limited_progress';
  return 'deterioration';
}

function finishResult(
  d: Draft,
  direction: OpenSdgResult['direction'],
  targetYear: number,
  target: Decimal | null,
  thresholds: OpenSdgResult['thresholds'],
  status: OpenSdgStatus,
  f: {
    reason?: string;
    base?: Point | undefined;
    current?: Point | undefined;
    observed?: Decimal;
    required?: Decimal;
    ratio?: Decimal;
    progressValue?: Decimal;
    detail?: string;
  },
): OpenSdgResult {
  const current = f.current ?? null;
  const points = pointFields(d, f.base ?? null, current);
  if (target !== null) d.values.target = plain(target);
  if (f.observed !== undefined) d.values.observedCagr = plain(f.observed);
  if (f.required !== undefined) d.values.requiredCagr = plain(f.required);
  if (f.ratio !== undefined) d.values.ratio = plain(f.ratio);
  if (f.progressValue !== undefined) d.values.progressValue = plain(f.progressValue);
  d.values.status = status;
  const detail = summaryDetail(status, f.reason, status === 'target_achieved' ? targetDetail(current, target) : f.detail);
  return Object.freeze({
    method: 'opensdg',
    status,
    label: LABELS[status],
    direction,
    reason: f.reason ?? null,
    ...points,
    targetYear,
    target,
    observedCagr: f.observed ?? null,
    requiredCagr: f.required ?? null,
    ratio: f.ratio ?? null,
    progressValue: f.progressValue ?? null,
    thresholds,
    explanation: explanation(d, text.openSdgSummary(status, detail)),
  });
}

function targetDetail(current: Point | null, target: Decimal | null): string {
  return current === null || target === null ? '' : `: ${show(current.value)} in ${current.year} meets the target ${show(target)}`;
}
