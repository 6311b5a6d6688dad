/**
 * Projecting the plan under a built-in scenario: loaded with `import()` only by a command that
 * projects, so that the default scorecard (on the reported figures) never loads the projection
 * machinery nor builds a scenario.
 *
 * @module
 */
import { baotou13, baotouReported } from '../data/baotou13/index.js';
import type { Plan } from '../plan/types.js';
import { scenarios } from '../scenario/builtins.js';
import { planPathScenario } from '../scenario/planPath.js';
import { project } from '../scenario/project.js';
import { reportedTrendScenario } from '../scenario/reportedTrend.js';
import type { ProjectOptions, Projection, Scenario } from '../scenario/types.js';

/**
 * The built-in scenarios by the name `--scenario` takes (`BUILT_IN_SCENARIO_NAMES`), for a
 * plan: `reported-trend` (the default of the commands that project: the figures reported for
 * Baotou) and `plan-path` (the plan's own path); for the embedded plan the ones `scenarios`
 * holds.
 */
const BUILT_IN_SCENARIOS: Readonly<Record<string, (plan: Plan) => Scenario>> = {
  'reported-trend': (plan) => (plan === baotou13 ? scenarios.reportedTrend : reportedTrendScenario(plan, baotouReported)),
  'plan-path': (plan) => (plan === baotou13 ? scenarios.planPath : planPathScenario(plan)),
};

/**
 * Project a plan under a scenario: a built-in by name, or one read from a file.
 *
 * @param plan - The plan.
 * @param scenario - The name of a built-in scenario, or a scenario.
 * @param options - The options of `project`.
 * @returns The projection.
 * @throws `PlanError` for a scenario that does not fit the plan.
 *
 * @example
 * ```ts
 * projectUnder(baotou13, 'plan-path', {}).scenarioId; // → 'plan-path'
 * projectUnder(baotou13, 'reported-trend', {}).caveats?.length; // → 6
 * ```
 */
export function projectUnder(plan: Plan, scenario: string | Scenario, options: ProjectOptions): Projection {
  return project(plan, typeof scenario === 'string' ? (BUILT_IN_SCENARIOS[scenario] as (plan: Plan) => Scenario)(plan) : scenario, options);
}
