/**
 * Comparisons in the direction of progress.
 *
 * @internal
 * @module
 */
import type { Decimal } from '../decimal.js';
import type { ProgressDirection } from './types.js';

/** Whether `value` meets `target`: `≥` when higher is better, `≤` when lower is better. */
export function meets(value: Decimal, target: Decimal, direction: ProgressDirection): boolean {
  return direction === 'increase' ? value.gte(target) : value.lte(target);
}

/** Whether `target` lies strictly beyond `base` in the good direction (so there is progress to make). */
export function beyond(target: Decimal, base: Decimal, direction: ProgressDirection): boolean {
  return direction === 'increase' ? target.gt(base) : target.lt(base);
}

/** `1` when higher is better, `-1` when lower is better (Open SDG's `direction`). */
export function sign(direction: ProgressDirection): 1 | -1 {
  return direction === 'increase' ? 1 : -1;
}
