/**
 * The Chinese mid-term rule 时间过半、任务过半 ("half the time gone, half the task done").
 *
 * @module
 */
import { namedResult, quotient } from '../calc/_lib/exact.js';
import { taskProgress } from '../calc/taskProgress.js';
import { timeProgress } from '../calc/timeProgress.js';
import { dec, type Decimal } from '../decimal.js';
import { PROGRESS_STATUS_WORDS } from '../vocabulary.js';
import { beyond, meets } from './direction.js';
import { percent, plain, show, text } from './explain.js';
import { begin, finish, pick, type Outcome } from './method.js';
import type { SeriesPoint, TimeProgressOptions, TimeProgressResult, TimeProgressStatus } from './types.js';

/**
 * The library's default thresholds on `taskProgress ÷ timeProgress`: 1.1 (`ahead`) and 0.9
 * (`asExpected`). Chinese mid-term evaluations name the categories but publish no numeric
 * threshold; pass `thresholds` to use others.
 *
 * @example
 * ```ts
 * TIME_PROGRESS_THRESHOLDS.ahead.toString(); // → '1.1'
 * ```
 *
 * @category Progress
 */
export const TIME_PROGRESS_THRESHOLDS = /* @__PURE__ */ Object.freeze({ ahead: /* @__PURE__ */ dec('1.1'), asExpected: /* @__PURE__ */ dec('0.9') });

/**
 * Progress by the mid-term rule 时间过半、任务过半 ("half the time gone, half the task
 * done"): the share of the task done against the share of the time gone.
 *
 * time progress = `(t − t₀) ÷ (T − t₀)`, task progress = `(v_t − v_t₀) ÷ (target − v_t₀)`;
 * a current value that already meets the target is `achieved_early` (提前实现); otherwise
 * their ratio, at least `ahead` (default 1.1) → `ahead` (快于预期), at least `asExpected`
 * (default 0.9) → `as_expected` (基本符合预期), below → `lagging` (滞后). No numeric threshold
 * is official: the defaults are the library's. The rules in full: [docs/progress.md, "Time progress"](../../docs/progress.md#time-progress-时间过半任务过半).
 *
 * Units, partial periods and breaks as {@link assessProgress}.
 *
 * @param observations - `{ year | period, value, unit?, status? }` points; not changed.
 * @param options - `baseYear`, `targetYear`, `direction`, `target` (required; a decimal or
 *   a quantity), `thresholds` (`ahead`, `asExpected`), `partialPeriods`.
 * @returns Status, label (`{ en, zh }`), `unit`, `timeProgress`, `taskProgress`, `ratio`,
 *   thresholds, `caveats` and an explanation.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for bad options or a missing target;
 *   `VALIDATION` for malformed observations; `INVALID_DECIMAL` for a bad number;
 *   `UNIT_MISMATCH` for an observation in another measure; `DOMAIN` when task progress or the
 *   ratio is beyond the bounds of the library's decimals.
 *
 * @example
 * ```ts
 * // 120 bn (2015) → 145.2 bn (2017) toward 240 bn in 2020: task 0.21, time 0.4
 * const series = [{ year: 2015, value: 120 }, { year: 2017, value: '145.2' }];
 * const r = assessTimeProgress(series, { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' });
 * r.taskProgress?.toString(); // → '0.21'
 * r.ratio?.toString();        // → '0.525'
 * r.status;                   // → 'lagging'
 * r.label;                    // → { en: 'lagging', zh: '滞后' }
 * // January–September is not the year: skipped unless asked for
 * const partial = [{ year: 2015, value: 120 }, { period: { start: '2017-01', end: '2017-09' }, value: 170 }] as const;
 * assessTimeProgress(partial, { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' }).status; // → 'not_assessable'
 * assessTimeProgress(partial, { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase', partialPeriods: 'use' }).caveats[0]?.code; // → 'partial-period'
 * assessTimeProgress(series, { baseYear: 1899, targetYear: 2020, target: 240, direction: 'increase' }); // throws PlanError INVALID_ARGUMENT
 * // → 'baseYear: expected an integer year from 1900 to 2100, got 1899'
 * ```
 *
 * @category Progress
 */
export function assessTimeProgress(observations: readonly SeriesPoint[], options: TimeProgressOptions): TimeProgressResult {
  const frame = begin(observations, options, {
    method: 'time-progress',
    targetRequired: true,
    defaults: () => ({ thresholds: TIME_PROGRESS_THRESHOLDS, source: 'library default' }),
    defaultsNote: text.defaultThresholds,
    upToTarget: true,
  });
  const { d, direction, targetYear, thresholds } = frame;
  const target = frame.target as Decimal;
  const result = (status: TimeProgressStatus, outcome: Outcome, n: Numbers = {}): TimeProgressResult =>
    finish(
      frame,
      status,
      outcome,
      { timeProgress: n.time ?? null, taskProgress: n.task ?? null, ratio: n.ratio ?? null },
      (s, detail) => text.timeSummary(s, s === 'not_assessable' ? undefined : PROGRESS_STATUS_WORDS[s]['zh-CN'], detail),
    ) as TimeProgressResult;

  const picked = pick(frame, text.noDataUpToTarget(targetYear));
  if (!picked.ok) return result('not_assessable', picked);
  const { base, current } = picked;
  const time = timeProgress(current.year, base.year, targetYear);
  d.working.push(text.timeLine(current.year, base.year, targetYear, plain(time)));
  const met = meets(current.value, target, direction);
  d.working.push(text.meetsLine(plain(current.value), direction, plain(target), met));
  const task = beyond(target, base.value, direction)
    ? namedResult(`the task progress from ${base.year} (${base.at}) to ${current.year} (${current.at})`, () => taskProgress(base.value, current.value, target))
    : undefined;
  if (task !== undefined) d.working.push(text.taskLine(plain(current.value), plain(base.value), plain(target), plain(task)));
  if (met) {
    const detail = `: ${show(current.value)} in ${current.year} meets the target ${show(target)}`;
    return result('achieved_early', { base, current, detail }, { time, task });
  }
  if (task === undefined) {
    d.notes.push(text.notBeyondBaseLagging(plain(target), plain(base.value), direction));
    return result('lagging', { base, current, detail: ': target not met' }, { time });
  }
  const ratio = quotient(task, time, 'the ratio of task to time progress');
  d.working.push(text.ratioTimeLine(plain(task), plain(time), plain(ratio)));
  const status: TimeProgressStatus = ratio.gte(thresholds.ahead) ? 'ahead' : ratio.gte(thresholds.asExpected) ? 'as_expected' : 'lagging';
  d.working.push(text.statusLine('ratio', plain(ratio), status));
  const detail = `: task ${percent(task)} done, time ${percent(time)} gone, ratio ${show(ratio)}`;
  return result(status, { base, current, detail }, { time, task, ratio });
}

/** The method's own numbers, as far as they were computed. */
interface Numbers {
  readonly time?: Decimal;
  readonly task?: Decimal | undefined;
  readonly ratio?: Decimal;
}
