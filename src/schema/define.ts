/**
 * `definePlan`: validate a plan from anywhere (JSON, a literal) and return it frozen. It lives
 * in the schema entry (`baotou-plan/schema`) because it needs zod; the root entry and the
 * embedded dataset do not load zod.
 *
 * @module
 */
import { validationError } from '../errors.js';
import { cloneData, deepFreeze } from '../plan/freeze.js';
import { checkIntegrity } from '../plan/integrity.js';
import type { Plan } from '../plan/types.js';
import { parsePlan } from './plan.js';

/**
 * Validate a plan and return it deeply frozen.
 *
 * First the structure ({@link parsePlan}: every key, type and enum; decimals read exactly as
 * `Decimal`; periods as `{ start, end }`), then the integrity of the whole (`checkIntegrity`:
 * unique ids, references that exist, units that fit their indicator, named members ≤ count,
 * targets inside the plan period …). The input is not changed; the result is a new, deeply
 * frozen `Plan` (mutating it throws in strict mode).
 *
 * @param input - A plan: a `PlanInput` literal or parsed JSON (decimals as strings such as
 *   `'240'` or as numbers).
 * @returns The plan, frozen.
 * @throws `PlanError` `VALIDATION` listing every problem in `issues`, each with its path from
 *   `plan` (`['plan', 'targets', 2, 'indicator']`) and a message naming the bad value and
 *   what is allowed; the message quotes the first five. Structural problems are reported
 *   first; the integrity checks run only on a structurally valid plan.
 *
 * @example
 * ```ts
 * import { definePlan } from 'baotou-plan/schema';
 * import { baotou13, targetsOf } from 'baotou-plan';
 *
 * const input = JSON.parse(JSON.stringify(baotou13)); // a plan as a JSON file holds it
 * const plan = definePlan(input);
 * targetsOf(plan, 'industrial-value-added')[0]?.value.toFixed(); // → '240'
 * Object.isFrozen(plan.targets); // → true
 * input.targets[2].indicator = 'iva';
 * definePlan(input); // throws PlanError VALIDATION
 * // → "plan.targets[2].indicator: 'iva' is not an indicator of this plan; did you mean 'industrial-value-added' or 'industrial-value-added-growth'?"
 * ```
 *
 * @category Schemas
 */
export function definePlan(input: unknown): Plan {
  const plan = parsePlan(input);
  const issues = checkIntegrity(plan).map((issue) => ({ ...issue, path: ['plan', ...issue.path] }));
  if (issues.length > 0) throw validationError('plan', issues);
  // A copy, so that no Decimal the caller passed in is frozen with the plan.
  return deepFreeze(cloneData(plan, 'plan'));
}
