import type { Step } from './explain.js';
import { judge, readTarget, valueIn } from './judge.js';
import type { EvaluateTargetOptions, TargetEvaluation, TargetSpec, ValueInput } from './types.js';

/**
 * Does a value meet a target? Exact, with the working shown.
 *
 * | comparator | met | gap | attainment |
 * |---|---|---|---|
 * | `atLeast` | `value ≥ threshold` | `value − threshold` | `value ÷ threshold` |
 * | `above` | `value > threshold` | `value − threshold` | `value ÷ threshold` |
 * | `atMost` | `value ≤ threshold` | `threshold − value` | `threshold ÷ value` |
 * | `below` | `value < threshold` | `threshold − value` | `threshold ÷ value` |
 * | `approximately` | `|value − threshold| ≤ allowed` | `allowed − |value − threshold|` | `1 − |value − threshold| ÷ |threshold|` |
 *
 * `allowed` is `relative × |threshold|` or the absolute tolerance. A positive `gap` always
 * means "beyond the target in the good direction" (for `approximately`: inside the band
 * with that much room). `attainment` is `null` where the ratio means nothing: a threshold
 * ≤ 0 for the first four comparators, a value ≤ 0 for `atMost`/`below`, a threshold of 0
 * for `approximately`; the explanation says which. It is never `NaN`.
 *
 * Percent targets compare percent values: `8` means 8 %. A value given as a quantity
 * (`{ value, unit }` or `quantity(…)`) in another unit of the same measure is converted
 * exactly (`quantity(2400, '100m-yuan')` against a target in `bn-yuan` is 240); a plain
 * decimal is read in the target's unit.
 *
 * @param target - A plan `Target` or any `{ comparator, value, unit, tolerance? }`.
 * @param value - The value to judge: a decimal in the target's unit, or a quantity.
 * @param options - `tolerance` for an `approximately` target, used instead of the target's.
 * @returns `{ met, gap, attainment, difference, allowed, value, threshold, comparator, unit, explanation }`.
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
  const v = valueIn(value, t.unit, t.unitId, 'value', steps);
  return judge(t, v, steps);
}
