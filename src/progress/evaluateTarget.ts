import type { Step } from './explain.js';
import { judge, readTarget, readValue } from './judge.js';
import type { EvaluateTargetOptions, TargetEvaluation, TargetSpec, ValueInput } from './types.js';

/**
 * Does a value meet a target? Exact, with the working shown: met or not, the gap, the
 * attainment ratio, the caveats and an explanation, for every comparator (`atLeast`, `above`,
 * `atMost`, `below`, `approximately` with a tolerance).
 *
 * A target may keep its source's `wording` (`'以上'`, `'above'`, `'左右'` …) beside the
 * comparator it means: 以上 and the English "above" / "more than" that render it are
 * inclusive (`atLeast`, by the Civil Code of the PRC, art. 1259), 超过 is strict (`above`).
 * An `approximately` target (左右, "about") is judged in its indicator's `direction` by
 * default: met at the value minus the tolerance or beyond for an increase, so overshooting
 * meets it; `options.approximately: 'two-sided'` asks for the band. A positive `gap` always
 * means "beyond the target in the good direction"; `attainment` is `null` (never `NaN`)
 * where the ratio means nothing. The rules of each comparator and wording:
 * [docs/progress.md, "One target, one value"](../../docs/progress.md#one-target-one-value).
 *
 * @param target - A plan `Target` or any `{ comparator, value, unit, tolerance?, wording?, direction? }`.
 * @param value - The value to judge: a decimal in the target's unit, or a quantity
 *   (`{ value, unit }` or `quantity(…)`) of the same measure, converted exactly.
 * @param options - `tolerance` for an `approximately` target, used instead of the target's
 *   (a `tolerance` caveat); `approximately`: `'directional'` (default) or `'two-sided'`.
 * @returns `{ met, comparator, unit, value, threshold, difference, gap, attainment, allowed,
 *   reading, caveats, explanation }`.
 * @throws {@link PlanError} `INVALID_ARGUMENT` for an unknown comparator, wording, direction
 *   or reading, a wording that means another comparator, a missing or bad tolerance on an
 *   `approximately` target, or a target that is not an object; `INVALID_DECIMAL` for a bad
 *   number; `UNKNOWN_UNIT` for an unknown unit; `UNIT_MISMATCH` when the value's measure
 *   differs from the target's; `DOMAIN` when the difference, gap, attainment or tolerance is
 *   beyond the bounds of the library's decimals (exponents up to ±10,000), naming which.
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
 * // "more than 20 percent" renders 以上: 20 meets it, with a caveat on the reading
 * evaluateTarget({ comparator: 'atLeast', wording: 'more than', value: 20, unit: 'percent' }, 20).met; // → true
 * // "about 25 percent" (左右) for a share that is to rise: 27 meets it; the band 24–26 does not
 * const about25 = { comparator: 'approximately', wording: '左右', value: 25, unit: 'percent', tolerance: { absolute: 1 }, direction: 'increase' } as const;
 * evaluateTarget(about25, 27).reading;                                 // → 'directional'
 * evaluateTarget(about25, 27).met;                                     // → true
 * evaluateTarget(about25, 27, { approximately: 'two-sided' }).met;     // → false
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
