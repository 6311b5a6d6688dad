import type { Step } from './explain.js';
import { judge, readTarget, readValue } from './judge.js';
import type { EvaluateTargetOptions, TargetEvaluation, TargetSpec, ValueInput } from './types.js';

/**
 * Does a value meet a target? Exact, with the working shown: met or not, the gap, the
 * attainment ratio and an explanation, for every comparator (`atLeast`, `above`, `atMost`,
 * `below`, `approximately` with a tolerance).
 *
 * A positive `gap` always means "beyond the target in the good direction"; `attainment` is
 * `null` (never `NaN`) where the ratio means nothing. The rules of each comparator:
 * [docs/progress.md, "One target, one value"](../../docs/progress.md#one-target-one-value).
 *
 * @param target - A plan `Target` or any `{ comparator, value, unit, tolerance? }`.
 * @param value - The value to judge: a decimal in the target's unit, or a quantity
 *   (`{ value, unit }` or `quantity(…)`) of the same measure, converted exactly.
 * @param options - `tolerance` for an `approximately` target, used instead of the target's.
 * @returns `{ met, comparator, unit, value, threshold, difference, gap, attainment, allowed, explanation }`.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for an unknown comparator, a missing or bad
 *   tolerance on an `approximately` target, or a target that is not an object;
 *   `INVALID_DECIMAL` for a bad number; `UNKNOWN_UNIT` for an unknown unit; `UNIT_MISMATCH`
 *   when the value's measure differs from the target's.
 *
 * @example
 * ```ts
 * const target = { comparator: 'atLeast', value: '240', unit: 'bn-yuan' } as const;
 * const r = evaluateTarget(target, quantity(2400, '100m-yuan'));
 * r.met;                              // → true
 * r.attainment?.toString();           // → '1'
 * r.explanation.summary;
 * // → '240 billion yuan ≥ 240 billion yuan: met (attainment 100 %, gap 0 billion yuan)'
 * evaluateTarget(target, 176).gap.toString();  // → '-64'
 * evaluateTarget(target, quantity(240, 'tce')); // throws PlanError UNIT_MISMATCH
 * ```
 *
 * @category Progress
 */
export function evaluateTarget(
  target: TargetSpec,
  value: ValueInput,
  options?: EvaluateTargetOptions,
): TargetEvaluation {
  const t = readTarget(target, options);
  const steps: Step[] = [];
  const v = readValue(value, t.unit, 'value', steps, 'the target');
  return judge(t, v, steps);
}
