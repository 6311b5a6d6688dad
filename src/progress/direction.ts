/**
 * Comparisons in the direction of progress.
 *
 * @internal
 * @module
 */
import type { Decimal } from '../decimal.js';
import type { ProgressDirection } from '../vocabulary.js';

/**
 * Whether `value` meets `target`: `≥` when higher is better, `≤` when lower is better.
 *
 * @param value - The value.
 * @param target - The target.
 * @param direction - Which way is better.
 * @returns Whether the target is met.
 */
export function meets(value: Decimal, target: Decimal, direction: ProgressDirection): boolean {
  return direction === 'increase' ? value.gte(target) : value.lte(target);
}

/**
 * Whether `target` lies strictly beyond `base` in the good direction (so there is progress to make).
 *
 * @param target - The target.
 * @param base - The base value.
 * @param direction - Which way is better.
 * @returns Whether the target is beyond the base.
 */
export function beyond(target: Decimal, base: Decimal, direction: ProgressDirection): boolean {
  return direction === 'increase' ? target.gt(base) : target.lt(base);
}

/**
 * Open SDG's `direction` as a number.
 *
 * @param direction - Which way is better.
 * @returns `1` when higher is better, `-1` when lower is better.
 */
export function sign(direction: ProgressDirection): 1 | -1 {
  return direction === 'increase' ? 1 : -1;
}
