import { inPercent } from '../calc/_lib/exact.js';
import { share } from '../calc/share.js';
import { HUNDRED, type Decimal } from '../decimal.js';
import { isObject, readDecimal } from '../read.js';
import { readQuantity } from '../units/index.js';
import { plain, text, type Step } from './explain.js';
import { judge, readTargetIn, readValue } from './judge.js';
import type { EvaluateTargetOptions, ShareTargetEvaluation, TargetSpec, ValueInput } from './types.js';

/**
 * Does a part make up the target share of a whole ("strategic emerging industries
 * accounting for about 25 percent")? `share = part ÷ whole` (`calc/share`), judged in
 * percent (`× 100`) by {@link evaluateTarget}; a share target must be in `percent`.
 *
 * `part` and `whole` are decimals in one unit, or quantities of one measure (the whole is
 * converted exactly into the part's unit: 22.3 亿元 of 100 亿元 and 2.23 billion yuan of 10
 * billion are the same share). One plain decimal next to a quantity is read in the
 * quantity's unit.
 *
 * @param target - A share target in `percent`.
 * @param part - The numerator (the strategic emerging industries' value added).
 * @param whole - The denominator (above-scale industrial value added).
 * @param options - `tolerance` and `approximately` for an `approximately` target.
 * @returns The {@link evaluateTarget} verdict plus `share` (a ratio), `part` and `whole`
 *   (in the part's unit).
 * @throws {@link PlanError} `UNIT_MISMATCH` when the target is not in `percent` or part and
 *   whole are of different measures; `DOMAIN` when the whole is 0 or the share in percent is
 *   beyond the bounds of the library's decimals; `INVALID_DECIMAL`,
 *   `UNKNOWN_UNIT`, `INVALID_ARGUMENT` for bad inputs.
 *
 * @example
 * ```ts
 * const target = { comparator: 'approximately', value: 25, unit: 'percent', tolerance: { absolute: 1 }, direction: 'increase' } as const;
 * // Jan–Sep 2019: strategic emerging industries 22.3 % of above-scale industrial value added
 * const r = evaluateShareTarget(target, '22.3', '100');
 * r.met;                     // → false (22.3 < 25 − 1)
 * r.share.toString();        // → '0.223'
 * evaluateShareTarget(target, 27, 100).met; // → true (overshooting a share that is to rise meets "about 25 %")
 * evaluateShareTarget(target, 1, 0); // throws PlanError DOMAIN
 * ```
 *
 * @category Progress
 */
export function evaluateShareTarget(
  target: TargetSpec,
  part: ValueInput,
  whole: ValueInput,
  options?: EvaluateTargetOptions,
): ShareTargetEvaluation {
  const t = readTargetIn(target, options, 'percent', 'share');
  const { p, w, steps } = alignedPair(part, whole);
  const s = share(p, w);
  const value = inPercent(s, 'the share in percent');
  steps.push((d) => {
    d.inputs.part = plain(p);
    d.inputs.whole = plain(w);
    d.working.push(text.shareLine(plain(p), plain(w), plain(s)));
    d.values.share = plain(s);
    d.working.push(text.toPercentLine(plain(s), plain(value)));
  });
  return judge(t, value, steps, { share: s, part: p, whole: w });
}

/** Part and whole in one unit (the whole converted into the part's unit), and the note of a conversion. */
function alignedPair(part: ValueInput, whole: ValueInput): { p: Decimal; w: Decimal; steps: Step[] } {
  const steps: Step[] = [];
  if (!isObject(part)) {
    const w = isObject(whole) ? readQuantity(whole, 'whole').value : readDecimal(whole, 'whole');
    return { p: readDecimal(part, 'part'), w, steps };
  }
  const p = readQuantity(part, 'part');
  return { p: p.value, w: readValue(whole, p.unit, 'whole', steps, 'the part'), steps };
}
