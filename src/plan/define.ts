/**
 * `definePlan`: validate a plan from anywhere (JSON, a literal) and return it frozen.
 *
 * This module uses the schema layer (zod); the embedded dataset does not import it.
 *
 * @module
 */
import { validationError } from '../schema/issues.js';
import { parsePlan } from '../schema/plan.js';
import { cloneData, deepFreeze } from './freeze.js';
import { checkIntegrity } from './integrity.js';
import type { Plan } from './types.js';

/**
 * Validate a plan and return it deeply frozen.
 *
 * First the structure (the schema layer's `parsePlan`: every key, type and enum; decimals
 * read exactly as `Decimal`; periods as `{ start, end }`), then the integrity of the whole
 * ({@link checkIntegrity}: unique ids, references that exist, units that fit their
 * indicator, named members ≤ count, targets inside the plan period …). The input is not
 * changed; the result is a new, deeply frozen {@link Plan} (mutating it throws in strict
 * mode).
 *
 * @param input - A plan: a {@link PlanInput} literal or parsed JSON (decimals as strings
 *   such as `'240'` or as numbers).
 * @returns The plan, frozen.
 * @throws {@link PlanError} `VALIDATION` listing every problem in `issues`, each with its
 *   path from `plan` (`['plan', 'targets', 2, 'indicator']`) and a message naming the bad
 *   value and what is allowed; the message quotes the first five
 *   (`"plan.targets[2].indicator: 'iva' is not an indicator of this plan; did you mean
 *   'industrial-value-added' or 'industrial-value-added-growth'?"`). Structural problems
 *   are reported first; the integrity checks run only on a structurally valid plan.
 *
 * @example
 * ```ts
 * const plan = definePlan(JSON.parse(text));
 * targetsOf(plan, 'industrial-value-added')[0]?.value.toFixed(); // → '240'
 * ```
 *
 * @category Plan
 */
export function definePlan(input: unknown): Plan {
  const plan = parsePlan(input);
  const issues = checkIntegrity(plan).map((issue) => ({ ...issue, path: ['plan', ...issue.path] }));
  if (issues.length > 0) throw validationError('plan', issues);
  // A copy, so that no Decimal the caller passed in is frozen with the plan.
  return deepFreeze(cloneData(plan, 'plan'));
}
