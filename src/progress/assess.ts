import { readChoice, readObject } from '../read.js';
import { PROGRESS_METHODS } from '../vocabulary.js';
import { assessOpenSdg } from './opensdg.js';
import { assessTimeProgress } from './timeProgressMethod.js';
import type {
  AssessOptions,
  OpenSdgOptions,
  OpenSdgResult,
  ProgressResult,
  SeriesPoint,
  TimeProgressOptions,
  TimeProgressResult,
  UnsdOptions,
  UnsdResult,
} from './types.js';
import { assessUnsd } from './unsd.js';

/**
 * Is the plan on track? Assess a series against a target by one of three methods the world
 * already uses, exactly, with every input and intermediate value in `explanation`:
 * `'opensdg'` ({@link assessOpenSdg}: observed against required growth), `'unsd'`
 * ({@link assessUnsd}: where the trend ends up) or `'time-progress'`
 * ({@link assessTimeProgress}: 时间过半、任务过半). Run the three side by side on the same
 * series to see where they agree, and why they do not: [docs/progress.md](../../docs/progress.md#why-they-disagree).
 *
 * Every method converts each point exactly into the target's unit (or, for a bare decimal
 * target, the series'), skips a point for part of a year unless `partialPeriods: 'use'`,
 * and never compares levels across a break in the series (a point with status `B`): the
 * verdict is then `not_assessable`, naming the break. [docs/progress.md, "Units, partial
 * periods and breaks"](../../docs/progress.md#units-partial-periods-and-breaks).
 *
 * @param observations - `{ year | period, value, unit?, status? }` points (a plan
 *   `Observation` fits; `null` values are years without data); sorted internally on a copy,
 *   never changed.
 * @param options - `method`, `baseYear`, `targetYear` (years from 1900 to 2100),
 *   `direction` (`'increase'` or `'decrease'`), `target` (a decimal in the series' unit or a
 *   quantity; optional for `opensdg` only), `thresholds`, `partialPeriods` (`'skip'` or
 *   `'use'`), and for `unsd` `isGrowthRate`.
 * @returns The method's result; `status` is always set, `not_assessable` with a `reason`
 *   where the method gives no verdict; `label` names it in English and Chinese; `unit` the
 *   unit of its values; `caveats` what a reader must know (a break, a partial period used,
 *   an estimate).
 * @throws {@link PlanError} `INVALID_ARGUMENT` for an unknown method or bad options;
 *   `VALIDATION` for malformed observations (every problem listed in `issues`);
 *   `INVALID_DECIMAL` for a bad number; `UNIT_MISMATCH` for an observation in another
 *   measure, naming it.
 *
 * @example
 * ```ts
 * const series = [{ year: 2015, value: 120 }, { year: 2016, value: 132 }, { year: 2017, value: '145.2' }];
 * const common = { baseYear: 2015, targetYear: 2020, target: 240, direction: 'increase' } as const;
 * assessProgress(series, { method: 'opensdg', ...common }).status;       // → 'progress_needs_acceleration'
 * assessProgress(series, { method: 'unsd', ...common }).status;          // → 'fair_progress'
 * assessProgress(series, { method: 'time-progress', ...common }).label;  // → { en: 'lagging', zh: '滞后' }
 * assessProgress(series, { method: 'sdg', ...common } as never);         // throws PlanError INVALID_ARGUMENT
 * // → "method: expected one of 'opensdg', 'unsd', 'time-progress', got 'sdg'"
 * // a CSV in 亿元 (100m-yuan) against 240 billion yuan: 1500 亿 is 150 bn, converted exactly
 * const yi = [{ year: 2015, value: 1200, unit: '100m-yuan' }, { year: 2018, value: 1500, unit: '100m-yuan' }] as const;
 * assessProgress(yi, { method: 'opensdg', ...common, target: quantity(240, 'bn-yuan') }).status; // → 'limited_progress'
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
  const method = readChoice(readObject(options, 'options', 'an options object').method, 'method', PROGRESS_METHODS);
  switch (method) {
    case 'opensdg':
      return assessOpenSdg(observations, options as OpenSdgOptions);
    case 'unsd':
      return assessUnsd(observations, options as UnsdOptions);
    case 'time-progress':
      return assessTimeProgress(observations, options as TimeProgressOptions);
  }
}
