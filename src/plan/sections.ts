/**
 * The sections of a plan, and what a plan that leaves some out has in their place: the one
 * rule for `definePlan` (through the schema), `materializePlan` and the reader of plans.
 *
 * @internal
 * @module
 */
import { invalidArgument } from '../errors.js';
import { isObject, isYear } from '../read.js';
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

/** The keys of a plan, in order. */
const PLAN_KEYS = ['id', 'title', 'region', 'period', 'baseYear', 'document', ...PLAN_LISTS] as const satisfies readonly (keyof Plan)[];

/**
 * A plan with every section it left out in its place: `baseYear` the year before the period,
 * every list empty (`region` and `document` stay absent). The keys are in the order of a plan,
 * then any other key as it was; the values are the plan's own (not copied).
 *
 * @param plan - A plan, its period read (`{ start, end }`); `name` names it in an error.
 * @returns A new object.
 * @throws `PlanError` `INVALID_ARGUMENT` when `baseYear` is absent and `period.start` is not a
 *   year (only a plan that was not validated can have such a period).
 * @internal
 */
export function withSections<P extends object>(plan: P, name: string): P & Pick<Plan, 'baseYear' | (typeof PLAN_LISTS)[number]> {
  const given = plan as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of PLAN_KEYS) {
    if (given[key] !== undefined) out[key] = given[key];
    else if (key === 'baseYear') out[key] = baseYearOf(given.period, `${name}.period`);
    else if (key !== 'region' && key !== 'document') out[key] = [];
  }
  for (const key of Object.keys(given)) if (!(key in out) && given[key] !== undefined) out[key] = given[key];
  return out as P & Pick<Plan, 'baseYear' | (typeof PLAN_LISTS)[number]>;
}

/** The year before a period `{ start, end }`. */
function baseYearOf(period: unknown, name: string): number {
  if (!isObject(period) || !isYear(period.start)) throw invalidArgument(name, 'a period { start, end } of years (the base year is the year before it)', period);
  return period.start - 1;
}
