/**
 * The Open SDG / Statistics Canada progress measure (open-sdg `docs/progress-methodology.md`,
 * sdg-build `sdg/ProgressMeasure.py`). Where the two versions of sdg-build differ, and what
 * this library does where neither says: [docs/progress.md, "Open SDG: edge rules"](../../docs/progress.md#open-sdg-edge-rules).
 *
 * @module
 */
import { namedResult, quotient } from '../calc/_lib/exact.js';
import { cagr } from '../calc/cagr.js';
import { dec, type Decimal } from '../decimal.js';
import { meets, sign } from './direction.js';
import { percent, plain, show, text } from './explain.js';
import { begin, finish, pick, type Outcome } from './method.js';
import type { OpenSdgOptions, OpenSdgResult, OpenSdgStatus, SeriesPoint } from './types.js';

const RATIO_THRESHOLDS = /* @__PURE__ */ Object.freeze({ high: /* @__PURE__ */ dec('0.95'), med: /* @__PURE__ */ dec('0.6'), low: /* @__PURE__ */ dec(0) });
const GROWTH_THRESHOLDS = /* @__PURE__ */ Object.freeze({ high: /* @__PURE__ */ dec('0.015'), med: /* @__PURE__ */ dec('0.005'), low: /* @__PURE__ */ dec(0) });
const TARGET_ZERO = /* @__PURE__ */ dec('0.001');

type Thresholds = OpenSdgResult['thresholds'];

/** The method's own numbers, as far as they were computed. */
interface Numbers {
  readonly observed?: Decimal;
  readonly required?: Decimal;
  readonly ratio?: Decimal;
  readonly progressValue?: Decimal;
}

/**
 * Progress by the Open SDG / Statistics Canada method: the observed growth against the
 * growth the target requires.
 *
 * With a target: `target_achieved` when the current value already meets it; otherwise
 * R = observed CAGR ÷ required CAGR, with R ≥ 0.95 → `on_track`, ≥ 0.6 →
 * `progress_needs_acceleration`, ≥ 0 → `limited_progress`, below → `deterioration`. Without
 * a target, the observed CAGR (negated when lower is better) against 0.015 / 0.005 / 0.
 * `not_assessable` (with a `reason`) where no growth rate can be computed. The formulas and
 * every edge rule: [docs/progress.md, "Open SDG"](../../docs/progress.md#open-sdg-the-ratio-of-growth-rates).
 *
 * Units, partial periods and breaks as {@link assessProgress}: a break between the base
 * and the current value makes the series `not_assessable`.
 *
 * @param observations - `{ year | period, value, unit?, status? }` points (a plan
 *   `Observation` fits); not changed.
 * @param options - `baseYear`, `targetYear`, `direction`, optional `target` (a decimal or a
 *   quantity), `thresholds` (`high`, `med`, `low`: any of them replaces the default of the
 *   branch in use) and `partialPeriods`.
 * @returns Status, label, the values used (`baseYear` … `progressValue`), `unit`,
 *   thresholds, `caveats` and an explanation with every input and intermediate value.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for bad options (a year that is not an
 *   integer from 1900 to 2100, `baseYear ≥ targetYear`, an unknown direction, thresholds out
 *   of order); `VALIDATION` for malformed observations or duplicate years;
 *   `INVALID_DECIMAL` for a bad number; `UNIT_MISMATCH` for an observation in another measure;
 *   `DOMAIN` when a CAGR or R is beyond the bounds of the library's decimals (naming which).
 *
 * @example
 * ```ts
 * // Above-scale industrial value added: ≈120 bn yuan in 2015, +10 % a year; target 240 bn in 2020
 * const series = [{ year: 2015, value: 120 }, { year: 2016, value: 132 }, { year: 2017, value: '145.2' }];
 * const r = assessOpenSdg(series, { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' });
 * r.status;                       // → 'progress_needs_acceleration'
 * r.observedCagr?.toString();     // → '0.1'
 * r.ratio?.toFixed(4);            // → '0.6725' (0.1 ÷ 0.148698…)
 * // a revision cut the level in 2018 (status 'B'): 2015 and 2018 are not comparable
 * assessOpenSdg([...series, { year: 2018, value: 80, status: 'B' }], { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' }).status; // → 'not_assessable'
 * assessOpenSdg(series, { baseYear: 2015, targetYear: 2101, direction: 'increase' }); // throws PlanError INVALID_ARGUMENT
 * // → 'targetYear: expected an integer year from 1900 to 2100, got 2101'
 * ```
 *
 * @category Progress
 */
export function assessOpenSdg(observations: readonly SeriesPoint[], options: OpenSdgOptions): OpenSdgResult {
  const frame = begin(observations, options, {
    method: 'opensdg',
    targetRequired: false,
    defaults: (target) =>
      target === null
        ? { thresholds: GROWTH_THRESHOLDS, source: 'default growth thresholds' }
        : { thresholds: RATIO_THRESHOLDS, source: 'default ratio thresholds' },
    upToTarget: false,
  });
  const { d, direction, targetYear, thresholds } = frame;
  let target = frame.target;
  if (target !== null && target.isZero()) {
    target = TARGET_ZERO;
    d.notes.push(text.targetZero);
  }
  const result = (status: OpenSdgStatus, outcome: Outcome, n: Numbers = {}): OpenSdgResult =>
    finish(
      frame,
      status,
      outcome,
      {
        target,
        observedCagr: n.observed ?? null,
        requiredCagr: n.required ?? null,
        ratio: n.ratio ?? null,
        progressValue: n.progressValue ?? null,
      },
      text.openSdgSummary,
    ) as OpenSdgResult;

  const picked = pick(frame, text.noData);
  if (!picked.ok) return result('not_assessable', picked);
  const { base, current } = picked;
  if (target !== null) {
    const met = meets(current.value, target, direction);
    d.working.push(text.meetsLine(plain(current.value), direction, plain(target), met));
    if (met) {
      return result('target_achieved', { base, current, detail: `: ${show(current.value)} in ${current.year} meets the target ${show(target)}` });
    }
  }
  if (!base.value.isPositive() || base.value.isZero()) {
    return result('not_assessable', { reason: text.baseNotPositive(plain(base.value)), base, current });
  }
  if (current.value.isNegative()) {
    return result('not_assessable', { reason: text.currentNegative(plain(current.value)), base, current });
  }
  const observed = namedResult(`the observed CAGR from ${base.year} (${base.at}) to ${current.year} (${current.at})`, () =>
    cagr(base.value, current.value, current.year - base.year),
  );
  d.working.push(text.cagrLine('observed CAGR', plain(current.value), plain(base.value), current.year - base.year, plain(observed)));
  const d1 = sign(direction);
  const signed = d1 === 1 ? observed : observed.neg();

  if (target === null) {
    d.working.push(text.signedGrowthLine(String(d1), plain(observed), plain(signed)));
    const status = classify(signed, thresholds);
    d.working.push(text.statusLine('progress value', plain(signed), status));
    return result(status, { base, current, detail: `: observed CAGR ${percent(observed)}` }, { observed, progressValue: signed });
  }

  const T = targetYear - base.year;
  if (T <= 0) {
    return result('not_assessable', { reason: text.baseAtOrAfterTarget(base.year, targetYear), base, current }, { observed });
  }
  if (target.isNegative()) {
    return result('not_assessable', { reason: text.targetNegative(plain(target)), base, current }, { observed });
  }
  const required = namedResult(`the CAGR required from ${base.year} (${base.at}) to ${targetYear}`, () => cagr(base.value, target, T));
  d.working.push(text.cagrLine('required CAGR', plain(target), plain(base.value), T, plain(required)));
  if (required.isZero()) {
    d.notes.push(text.requiredZero);
    d.working.push(text.statusLine('R', 'undefined', 'deterioration'));
    return result('deterioration', { base, current, detail: ': required CAGR 0, target not met' }, { observed, required });
  }
  if ((d1 === 1) !== required.isPositive()) d.notes.push(text.wrongSide(plain(target), plain(base.value), direction));
  const ratio = quotient(signed, required.abs(), 'R');
  d.working.push(text.ratioLine(String(d1), plain(observed), plain(required), plain(ratio)));
  const status = classify(ratio, thresholds);
  d.working.push(text.statusLine('R', plain(ratio), status));
  return result(
    status,
    { base, current, detail: `: observed CAGR ${percent(observed)} vs required ${percent(required)}, R = ${show(ratio)}` },
    { observed, required, ratio, progressValue: ratio },
  );
}

/** The four statuses by thresholds, as sdg-build's `get_progress_status`. */
function classify(value: Decimal, t: Thresholds): OpenSdgStatus {
  if (value.gte(t.high)) return 'on_track';
  if (value.gte(t.med)) return 'progress_needs_acceleration';
  if (value.gte(t.low)) return 'limited_progress';
  return 'deterioration';
}
