/**
 * The Chinese mid-term rule 时间过半、任务过半 ("half the time gone, half the task done").
 *
 * @module
 */
import { taskProgress } from '../calc/taskProgress.js';
import { timeProgress } from '../calc/timeProgress.js';
import { dec, type Decimal } from '../decimal.js';
import { beyond, meets } from './direction.js';
import { LABELS, draft, explanation, percent, plain, show, text, type Draft } from './explain.js';
import { readBaseOptions, readThresholds } from './options.js';
import { pointFields, summaryDetail } from './result.js';
import { baseAndCurrent, readSeries, type Point } from './series.js';
import type { SeriesPoint, TimeProgressOptions, TimeProgressResult, TimeProgressStatus } from './types.js';

/**
 * The library's default thresholds on `taskProgress ÷ timeProgress`: 1.1 and 0.9. No
 * numeric threshold is official (DOMAIN.md); override them with `thresholds`.
 *
 * @category Progress
 */
export const TIME_PROGRESS_THRESHOLDS = /* @__PURE__ */ Object.freeze({ ahead: /* @__PURE__ */ dec('1.1'), asExpected: /* @__PURE__ */ dec('0.9') });

/**
 * Progress by the mid-term rule 时间过半、任务过半: the share of the task done against the
 * share of the time gone, grouped as mid-term evaluations do.
 *
 * - time progress = `(t − t₀) ÷ (T − t₀)` (`calc/timeProgress`), t the latest year with data;
 * - task progress = `(v_t − v_t₀) ÷ (target − v_t₀)` (`calc/taskProgress`);
 * - the current value already meets the target (`≥` / `≤`) → `achieved_early` (提前实现);
 * - otherwise ratio = task progress ÷ time progress: ≥ `ahead` (default 1.1) → `ahead`
 *   (快于预期); ≥ `asExpected` (default 0.9) → `as_expected` (基本符合预期); below →
 *   `lagging` (滞后).
 *
 * The thresholds are the library's defaults, not official figures (none is published);
 * pass `thresholds: { ahead, asExpected }` to use others. A target that is not beyond the
 * base value in the good direction and is not met gives `lagging` (task progress undefined).
 *
 * Shared rules (those of Open SDG, for side-by-side comparison): `null` values are
 * skipped; a `period` point counts as its first year; if the base year has no data the
 * next year with data is the base, and time progress runs from it; observations after the
 * target year are not used. `not_assessable` when there is no usable data or fewer than
 * two years from the base year on.
 *
 * Labels are bilingual: `{ en: 'ahead of expectations', zh: '快于预期' }`.
 *
 * @param observations - `{ year, value }` points; not changed.
 * @param options - `baseYear`, `targetYear`, `direction`, `target` (required), `thresholds`.
 * @returns Status, bilingual label, `timeProgress`, `taskProgress`, `ratio`, thresholds
 *   and an explanation.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for bad options or a missing target;
 *   `VALIDATION` for malformed observations; `INVALID_DECIMAL` for a bad number.
 *
 * @example
 * ```ts
 * // 120 bn (2015) → 145.2 bn (2017) toward 240 bn in 2020: task 0.21, time 0.4
 * const r = assessTimeProgress(
 *   [{ year: 2015, value: 120 }, { year: 2017, value: '145.2' }],
 *   { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' },
 * );
 * r.taskProgress?.toString(); // → '0.21'
 * r.ratio?.toString();        // → '0.525'
 * r.status;                   // → 'lagging'
 * r.label;                    // → { en: 'lagging', zh: '滞后' }
 * ```
 *
 * @category Progress
 */
export function assessTimeProgress(observations: readonly SeriesPoint[], options: TimeProgressOptions): TimeProgressResult {
  const o = readBaseOptions(options, 'time-progress', true);
  const target = o.target as Decimal;
  const { values: thresholds, overridden } = readThresholds(
    (options as { thresholds?: unknown }).thresholds,
    TIME_PROGRESS_THRESHOLDS,
  );
  const series = readSeries(observations, 'observations');
  const d = draft();
  d.inputs.method = 'time-progress';
  d.inputs.direction = o.direction;
  d.inputs.baseYear = String(o.baseYear);
  d.inputs.targetYear = String(o.targetYear);
  d.inputs.target = plain(target);
  d.inputs.thresholdAhead = plain(thresholds.ahead);
  d.inputs.thresholdAsExpected = plain(thresholds.asExpected);
  d.inputs.thresholdsSource = overridden ? 'given' : 'library default';
  if (!overridden) d.notes.push(text.defaultThresholds);
  if (series.empty.length > 0) d.notes.push(text.skippedNull(series.empty));
  const later = series.points.filter((p) => p.year > o.targetYear).map((p) => p.year);
  if (later.length > 0) d.notes.push(text.afterTargetIgnored(later, o.targetYear));
  const points = series.points.filter((p) => p.year <= o.targetYear);
  const ctx: Context = { d, direction: o.direction, targetYear: o.targetYear, target, thresholds };

  const picked = baseAndCurrent(points, o.baseYear);
  if (!picked.ok) {
    const reason =
      picked.why === 'no-data'
        ? text.noDataUpToTarget(o.targetYear)
        : picked.why === 'base-after-data'
          ? text.baseAfterData(o.baseYear, (picked.current as Point).year)
          : text.tooFewYears((picked.current as Point).year);
    if (picked.base !== undefined && picked.base.year !== o.baseYear) d.notes.push(text.baseMoved(o.baseYear, picked.base.year));
    return finishResult(ctx, 'not_assessable', { reason, base: picked.base, current: picked.current });
  }
  const { base, current } = picked;
  if (picked.moved) d.notes.push(text.baseMoved(o.baseYear, base.year));
  const time = timeProgress(current.year, base.year, o.targetYear);
  d.working.push(text.timeLine(current.year, base.year, o.targetYear, plain(time)));
  const met = meets(current.value, target, o.direction);
  d.working.push(text.meetsLine(plain(current.value), o.direction, plain(target), met));
  const isBeyond = beyond(target, base.value, o.direction);
  const task = isBeyond ? taskProgress(base.value, current.value, target) : undefined;
  if (task !== undefined) d.working.push(text.taskLine(plain(current.value), plain(base.value), plain(target), plain(task)));
  if (met) {
    return finishResult(ctx, 'achieved_early', {
      base,
      current,
      time,
      task,
      detail: `: ${show(current.value)} in ${current.year} meets the target ${show(target)}`,
    });
  }
  if (task === undefined) {
    d.notes.push(text.notBeyondBaseLagging(plain(target), plain(base.value), o.direction));
    return finishResult(ctx, 'lagging', { base, current, time, detail: ': target not met' });
  }
  const ratio = task.div(time);
  d.working.push(text.ratioTimeLine(plain(task), plain(time), plain(ratio)));
  const status: TimeProgressStatus = ratio.gte(thresholds.ahead)
    ? 'ahead'
    : ratio.gte(thresholds.asExpected)
      ? 'as_expected'
      : 'lagging';
  d.working.push(text.statusLine('ratio', plain(ratio), status));
  return finishResult(ctx, status, {
    base,
    current,
    time,
    task,
    ratio,
    detail: `: task ${percent(task)} done, time ${percent(time)} gone, ratio ${show(ratio)}`,
  });
}

interface Context {
  readonly d: Draft;
  readonly direction: TimeProgressResult['direction'];
  readonly targetYear: number;
  readonly target: Decimal;
  readonly thresholds: TimeProgressResult['thresholds'];
}

function finishResult(
  ctx: Context,
  status: TimeProgressStatus,
  f: {
    reason?: string;
    base?: Point | undefined;
    current?: Point | undefined;
    time?: Decimal;
    task?: Decimal | undefined;
    ratio?: Decimal;
    detail?: string;
  },
): TimeProgressResult {
  const { d } = ctx;
  const points = pointFields(d, f.base ?? null, f.current ?? null);
  if (f.time !== undefined) d.values.timeProgress = plain(f.time);
  if (f.task !== undefined) d.values.taskProgress = plain(f.task);
  if (f.ratio !== undefined) d.values.ratio = plain(f.ratio);
  d.values.status = status;
  const label = LABELS[status];
  const detail = summaryDetail(status, f.reason, f.detail);
  return Object.freeze({
    method: 'time-progress',
    status,
    label,
    direction: ctx.direction,
    reason: f.reason ?? null,
    ...points,
    targetYear: ctx.targetYear,
    target: ctx.target,
    timeProgress: f.time ?? null,
    taskProgress: f.task ?? null,
    ratio: f.ratio ?? null,
    thresholds: ctx.thresholds,
    explanation: explanation(d, text.timeSummary(status, 'zh' in label ? label.zh : undefined, detail)),
  });
}
