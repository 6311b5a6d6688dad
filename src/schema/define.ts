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
import type { IndicatorIdOf, Plan, PlanLiteral, TargetIdOf } from '../plan/types.js';
import { parsePlan } from './plan.js';

/**
 * Validate a plan and return it deeply frozen.
 *
 * A plan needs only `id`, `title`, `period`, `indicators` and `targets`; every other section may
 * be left out and is then empty in the result (`baseYear` is the year before the period, the
 * lists are `[]`, `region` and `document` are absent). First the structure ({@link parsePlan}:
 * every key, type and enum; decimals read exactly as `Decimal`; periods as `{ start, end }`),
 * then the integrity of the whole (`checkIntegrity`: unique ids, references that exist, units
 * that fit their indicator and the target's form, named members ≤ count, targets inside the
 * plan period …). The input is not changed; the result is a new, deeply frozen `Plan`
 * (mutating it throws in strict mode).
 *
 * Written in TypeScript, the input is a {@link PlanLiteral}, so an editor completes it; written
 * `as const` (or inline), the plan returned is typed with its ids, and the look-ups
 * (`indicator`, `target`, `targetsOf`, `factsOf`) accept only those. Anything else (parsed
 * JSON) is checked the same way and gives a `Plan<string, string>`.
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
 * const minimal = definePlan({
 *   id: 'city-15', title: { en: 'A city plan' }, period: { start: 2026, end: 2030 },
 *   indicators: [{ id: 'gdp', name: { en: 'GDP' }, unit: 'bn-yuan', direction: 'increase', kind: 'level', nature: 'anticipatory', definition: {} }],
 *   targets: [{ id: 'gdp-2030', indicator: 'gdp', year: 2030, comparator: 'atLeast', value: '500', unit: 'bn-yuan', source: { kind: 'report', section: 'II', quote: 'GDP of 500 billion yuan' } }],
 * });
 * [minimal.baseYear, minimal.layout.length]; // → [2025, 0]
 * targetsOf(minimal, 'gdp')[0]?.id; // → 'gdp-2030'
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
export function definePlan<const P extends PlanLiteral>(input: P): Plan<IndicatorIdOf<P>, TargetIdOf<P>>;
/**
 * Validate a plan from anywhere (parsed JSON, any value) and return it deeply frozen, its ids
 * as plain strings: see the first signature.
 *
 * @param input - Anything; checked as a plan.
 * @returns The plan, frozen.
 * @throws `PlanError` `VALIDATION` listing every problem.
 */
export function definePlan(input: unknown): Plan;
export function definePlan(input: unknown): Plan {
  const plan = parsePlan(input);
  const issues = checkIntegrity(plan).map((issue) => ({ ...issue, path: ['plan', ...issue.path] }));
  if (issues.length > 0) throw validationError('plan', issues);
  // A copy, so that no Decimal the caller passed in is frozen with the plan.
  return deepFreeze(cloneData(plan, 'plan'));
}
