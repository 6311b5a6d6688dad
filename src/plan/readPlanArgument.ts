/**
 * Reading a plan passed to a public function: the one check, and the one message, for
 * "this is not a plan".
 *
 * @internal
 * @module
 */
import { argumentError } from '../errors.js';
import { messages } from '../messages.js';
import { isObject } from '../read.js';
import type { Plan } from './types.js';

/** The lists every plan has (possibly empty), in the order of a plan. @internal */
export const PLAN_LISTS = [
  'principles',
  'strategies',
  'goals',
  'layout',
  'commitments',
  'indicators',
  'targets',
  'facts',
  'tasks',
  'milestones',
  'errata',
] as const satisfies readonly (keyof Plan)[];

/** The objects every plan has. */
const OBJECTS = ['title', 'region', 'period', 'document'] as const satisfies readonly (keyof Plan)[];

/**
 * `x` as a plan: an object with an `id`, its lists (`indicators`, `targets` … as arrays) and
 * its `title`, `region`, `period` and `document`. Only the shape of the whole is checked; the
 * records in it are trusted (a plan comes from `definePlan`, which validated it, or is the
 * embedded dataset).
 *
 * @param x - The argument; `name` is its name in the message (default `'plan'`).
 * @returns `x`, as a plan.
 * @throws `PlanError` `INVALID_ARGUMENT` "plan: expected a plan (what definePlan returns, or
 *   baotou13), got …".
 * @internal
 */
export function readPlanArgument(x: unknown, name = 'plan'): Plan {
  if (
    !isObject(x) ||
    typeof x.id !== 'string' ||
    !PLAN_LISTS.every((key) => Array.isArray(x[key])) ||
    !OBJECTS.every((key) => isObject(x[key]))
  ) {
    throw argumentError('INVALID_ARGUMENT', name, messages.planNotPlan(name, x), x);
  }
  return x as unknown as Plan;
}
