/**
 * Projecting a plan under a built-in scenario derived from it: loaded with `import()` only by
 * a command that projects, so that a scorecard of what happened never loads the projection
 * machinery nor builds a scenario.
 *
 * @module
 */
import { baotou13, planPathScenario, reportedTrendScenario, scenarios } from '../internal/library.js';
import type { Observation, Plan } from '../plan/types.js';
import type { Scenario } from '../scenario/types.js';

/**
 * A built-in scenario of a plan, by the name `--scenario` takes: `reported-trend` (the trend
 * of the figures given: `reportedTrendScenario`) or `plan-path` (the plan's own path:
 * `planPathScenario`). For `baotou13` on the library's figures, the ones `scenarios` keeps.
 *
 * @param name - `'reported-trend'` or `'plan-path'`.
 * @param plan - The plan.
 * @param figures - For `reported-trend`: the observations, and whether they are the
 *   library's reported figures for the plan.
 * @returns The scenario.
 * @throws `PlanError` for figures that do not fit the plan.
 *
 * @example
 * ```ts
 * builtInScenario('plan-path', baotou13, undefined).id; // → 'plan-path'
 * ```
 */
export function builtInScenario(
  name: string,
  plan: Plan,
  figures: { readonly observations: readonly Observation[]; readonly reported: boolean } | undefined,
): Scenario {
  const embedded = plan === baotou13;
  if (name === 'plan-path' || figures === undefined) return embedded ? scenarios.planPath : planPathScenario(plan);
  return embedded && figures.reported ? scenarios.reportedTrend : reportedTrendScenario(plan, figures.observations);
}
