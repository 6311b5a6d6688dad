import { share } from '../calc/share.js';
import { dec, isDecimal, type Decimal, type DecimalInput } from '../decimal.js';
import { PlanError } from '../errors.js';
import { messages } from '../messages.js';
import { convert, readQuantity, unitIdOf, type Quantity } from '../units/index.js';
import { plain, text, type Step } from './explain.js';
import { evaluationOf, readTarget, verdict } from './judge.js';
import type { EvaluateTargetOptions, ShareTargetEvaluation, TargetSpec, ValueInput } from './types.js';

const HUNDRED = /* @__PURE__ */ dec(100);

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
 * @param options - `tolerance` for an `approximately` target.
 * @returns The {@link evaluateTarget} verdict plus `share` (a ratio), `part` and `whole`.
 * @throws {@link PlanError} `UNIT_MISMATCH` when the target is not in `percent` or part and
 *   whole are of different measures; `DOMAIN` when the whole is 0; `INVALID_DECIMAL`,
 *   `UNKNOWN_UNIT`, `INVALID_ARGUMENT` for bad inputs.
 *
 * @example
 * ```ts
 * const target = { comparator: 'approximately', value: 25, unit: 'percent', tolerance: { absolute: 1 } } as const;
 * // Jan–Sep 2019: strategic emerging industries 22.3 % of above-scale industrial value added
 * const r = evaluateShareTarget(target, '22.3', '100');
 * r.met;                     // → false (|22.3 − 25| = 2.7 > 1)
 * r.share.toString();        // → '0.223'
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
  const t = readTarget(target, options);
  if (t.unitId !== 'percent') {
    throw new PlanError('UNIT_MISMATCH', messages.progressTargetUnit('target.unit', 'share', 'percent', `'${t.unitId}'`), {
      argument: 'target.unit',
      received: t.unitId,
    });
  }
  const steps: Step[] = [];
  const [p, w] = alignedPair(part, whole, steps);
  const s = share(p, w);
  const value = s.times(HUNDRED);
  steps.push((d) => {
    d.inputs.part = plain(p);
    d.inputs.whole = plain(w);
    d.working.push(text.shareLine(plain(p), plain(w), plain(s)));
    d.values.share = plain(s);
    d.working.push(text.toPercentLine(plain(s), plain(value)));
  });
  return Object.freeze(Object.assign(evaluationOf(verdict(t, value, steps)), { share: s, part: p, whole: w }));
}

const isQuantityLike = (x: unknown): boolean => typeof x === 'object' && x !== null && !isDecimal(x);

/** Part and whole in one unit: the whole converted into the part's unit. */
function alignedPair(part: ValueInput, whole: ValueInput, steps: Step[]): [Decimal, Decimal] {
  const pq = isQuantityLike(part) ? readQuantity(part, 'part') : null;
  const wq = isQuantityLike(whole) ? readQuantity(whole, 'whole') : null;
  const p = pq === null ? dec(part as DecimalInput, 'part') : pq.value;
  if (wq === null) return [p, dec(whole as DecimalInput, 'whole')];
  if (pq === null || pq.unit === wq.unit || (pq.unit.measure === wq.unit.measure && pq.unit.multiplier === wq.unit.multiplier)) {
    return [p, wq.value];
  }
  if (pq.unit.measure !== wq.unit.measure) {
    const name = (q: Quantity): string => messages.unitName(unitIdOf(q.unit), q.unit.measure, q.unit.multiplier);
    throw new PlanError('UNIT_MISMATCH', messages.progressPartWholeUnits(name(pq), pq.unit.measure, name(wq), wq.unit.measure), {
      argument: 'whole',
      received: wq.unit.measure,
      expected: pq.unit.measure,
    });
  }
  const w = convert(wq, pq.unit as never).value;
  const unitName = (q: Quantity): string => messages.unitName(unitIdOf(q.unit), q.unit.measure, q.unit.multiplier);
  steps.push((d) => d.notes.push(text.wholeConverted(`${plain(wq.value)} ${unitName(wq)}`, `${plain(w)} ${unitName(pq)}`)));
  return [p, w];
}
