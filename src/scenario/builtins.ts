import { baotou13, baotouReported } from '../data/baotou13/index.js';
import { planPathScenario } from './planPath.js';
import { reportedTrendScenario } from './reportedTrend.js';
import type { Scenario } from './types.js';

/**
 * The built-in scenarios of the embedded plan `baotou13`, frozen all through (every Decimal
 * with its digits: no one can change a rate that later projections read): `planPath` (id
 * `'plan-path'`, {@link planPathScenario}: every 2020 target met on its boundary) and
 * `reportedTrend` (id `'reported-trend'`, {@link reportedTrendScenario}: about 120 bn yuan in
 * 2015 growing at the reported rates). What each holds:
 * [docs/scenarios.md, "The built-in scenarios"](../../docs/scenarios.md#the-built-in-scenarios).
 *
 * @example
 * ```ts
 * const rows = scorecard(baotou13, project(baotou13, scenarios.reportedTrend));
 * rows.find((r) => r.targetId === 'industrial-value-added-2020')?.met; // → false
 * scenarios.planPath.id; // → 'plan-path'
 * ```
 *
 * @category Scenarios
 */
export const scenarios: Readonly<{ planPath: Scenario; reportedTrend: Scenario }> = /* @__PURE__ */ builtIns();

/**
 * The built-ins, each made when it is first read (the plan path takes about 9 ms to find, which
 * an import of the root need not pay) and then kept: enumerable getters on a frozen object.
 */
function builtIns(): Readonly<{ planPath: Scenario; reportedTrend: Scenario }> {
  let planPath: Scenario | undefined;
  let reportedTrend: Scenario | undefined;
  return Object.freeze({
    get planPath(): Scenario {
      return (planPath ??= planPathScenario(baotou13));
    },
    get reportedTrend(): Scenario {
      return (reportedTrend ??= reportedTrendScenario(baotou13, baotouReported));
    },
  });
}
