import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { assessOpenSdg } from './opensdg.js';
import { readOptionsObject } from './options.js';
import { assessTimeProgress } from './timeProgressMethod.js';
import type {
  AssessOptions,
  OpenSdgOptions,
  OpenSdgResult,
  ProgressMethod,
  ProgressResult,
  SeriesPoint,
  TimeProgressOptions,
  TimeProgressResult,
  UnsdOptions,
  UnsdResult,
} from './types.js';
import { assessUnsd } from './unsd.js';

/** The progress methods, in a fixed order. @category Progress */
export const PROGRESS_METHODS: readonly ProgressMethod[] = /* @__PURE__ */ Object.freeze(['opensdg', 'unsd', 'time-progress']);

/**
 * Is the plan on track? Assess a series against a target by one of the methods the world
 * already uses, exactly, with every input and intermediate value in `explanation`:
 *
 * - `'opensdg'`: Open SDG / Statistics Canada, the ratio of the observed to the required
 *   CAGR (thresholds 0.95 / 0.6 / 0), or without a target the observed CAGR (0.015 / 0.005
 *   / 0) → `target_achieved`, `on_track`, `progress_needs_acceleration`,
 *   `limited_progress`, `deterioration`, `not_assessable`. See {@link assessOpenSdg}.
 * - `'unsd'`: UN Progress Chart 2023, the trend projected to the target year and scored by
 *   `(v̂_T − v_base) ÷ (v_T − v_base)` (0.95 / 0.10) → `on_track`, `fair_progress`,
 *   `limited_or_regression`, `not_assessable`; growth-rate series compared directly. See
 *   {@link assessUnsd}.
 * - `'time-progress'`: 时间过半、任务过半, task progress against time progress →
 *   `achieved_early` 提前实现, `ahead` 快于预期, `as_expected` 基本符合预期, `lagging` 滞后,
 *   `not_assessable`. See {@link assessTimeProgress}.
 *
 * Run the three side by side on the same series to see where they agree.
 *
 * @param observations - `{ year, value }` points (a plan `Observation` fits; `null` values
 *   are years without data); sorted internally on a copy, never changed.
 * @param options - `method`, `baseYear`, `targetYear`, `direction` (`'increase'` or
 *   `'decrease'`), `target` (optional for `opensdg` only), `thresholds`, and for `unsd`
 *   `isGrowthRate`.
 * @returns The method's result; `status` is always set, `not_assessable` with a `reason`
 *   where the method gives no verdict.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for an unknown method or bad options;
 *   `VALIDATION` for malformed observations (every problem listed in `issues`);
 *   `INVALID_DECIMAL` for a bad number.
 *
 * @example
 * ```ts
 * const series = [{ year: 2015, value: 120 }, { year: 2016, value: 132 }, { year: 2017, value: '145.2' }];
 * const common = { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' } as const;
 * assessProgress(series, { method: 'opensdg', ...common }).status;       // → 'progress_needs_acceleration'
 * assessProgress(series, { method: 'unsd', ...common }).status;          // → 'fair_progress'
 * assessProgress(series, { method: 'time-progress', ...common }).status; // → 'lagging'
 * ```
 *
 * @category Progress
 */
export function assessProgress(
  observations: readonly SeriesPoint[],
  options: { readonly method: 'opensdg' } & OpenSdgOptions,
): OpenSdgResult;
export function assessProgress(
  observations: readonly SeriesPoint[],
  options: { readonly method: 'unsd' } & UnsdOptions,
): UnsdResult;
export function assessProgress(
  observations: readonly SeriesPoint[],
  options: { readonly method: 'time-progress' } & TimeProgressOptions,
): TimeProgressResult;
export function assessProgress(observations: readonly SeriesPoint[], options: AssessOptions): ProgressResult;
export function assessProgress(observations: readonly SeriesPoint[], options: AssessOptions): ProgressResult {
  const method = readOptionsObject(options).method;
  switch (method) {
    case 'opensdg':
      return assessOpenSdg(observations, options as OpenSdgOptions);
    case 'unsd':
      return assessUnsd(observations, options as UnsdOptions);
    case 'time-progress':
      return assessTimeProgress(observations, options as TimeProgressOptions);
    default:
      throw new PlanError('INVALID_ARGUMENT', messages.unknownOption('method', method, PROGRESS_METHODS), {
        argument: 'method',
        received: method,
      });
  }
}
