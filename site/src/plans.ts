/**
 * The plans the page can show: the embedded ones (`baotou13`, `china13`), or a plan file the
 * user opens, validated by
 * `definePlan`. Each comes with the figures reported for it and the scenario the editor
 * starts from.
 */
import {
  baotou13,
  baotouReported,
  china13,
  china13Reported,
  planPathScenario,
  reportedTrendScenario,
  scenarios,
  type Observation,
  type Plan,
  type Scenario,
} from 'baotou-plan';
import type { PlanKey } from './state.js';

/** A plan with what the page judges it on. */
export interface PlanSource {
  readonly key: PlanKey;
  readonly plan: Plan;
  /** The figures reported for the plan (none for a plan file). */
  readonly reported: readonly Observation[];
  /** The scenario the editor starts from, made when first asked for; `null` when the plan has none. */
  readonly scenario: () => Scenario | null;
}

/**
 * The scenario a plan's editor starts from: the reported trend where the reported figures
 * drive a series, else the plan path (every target met on its boundary); `null` when neither
 * drives anything.
 *
 * @param plan - The plan.
 * @param reported - Its reported figures.
 * @returns The scenario, or `null`.
 */
function startingScenario(plan: Plan, reported: readonly Observation[]): Scenario | null {
  const candidates: (() => Scenario)[] = [];
  if (reported.length > 0) candidates.push(() => reportedTrendScenario(plan, reported));
  candidates.push(() => planPathScenario(plan));
  for (const make of candidates) {
    try {
      const s = make();
      if (Object.keys(s.series).length > 0) return s;
    } catch {
      // this plan has no such scenario: try the next
    }
  }
  return null;
}

/** Remember what a function gives the first time it is called. */
function once<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

/**
 * A plan source for a plan and its figures.
 *
 * @param key - Which plan.
 * @param plan - The plan.
 * @param reported - The figures reported for it.
 * @returns The source.
 */
export function sourceOf(key: PlanKey, plan: Plan, reported: readonly Observation[]): PlanSource {
  const scenario = plan === baotou13 ? () => scenarios.reportedTrend : once(() => startingScenario(plan, reported));
  return { key, plan, reported, scenario };
}

/**
 * The embedded plans of this build, in the order of the plan menu.
 *
 * @returns `baotou13`, then `china13`.
 */
export function embeddedPlans(): PlanSource[] {
  return [sourceOf('baotou13', baotou13, baotouReported), sourceOf('china13', china13, china13Reported)];
}
