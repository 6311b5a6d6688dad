import { baotou13, baotouReported } from '../data/baotou13/index.js';
import { planPathScenario } from './planPath.js';
import { reportedTrendScenario } from './reportedTrend.js';
import type { Scenario } from './types.js';

/**
 * The built-in scenarios of the embedded plan `baotou13`, frozen:
 *
 * - `planPath` (id `'plan-path'`): the plan's own path ({@link planPathScenario}): every 2020
 *   target met on its boundary. Industrial value added grows at the smallest rate above
 *   8 % a year (`0.08000000000000000000000000000000001`, the next 34-digit decimal: the
 *   target says "above") from the 2015 base that this rate takes to 240 bn yuan in 2020,
 *   `240 ÷ (1 + g)^5` rounded up (about 163.34 bn); the shares of strategic emerging and
 *   high-tech industries are 25 % and 35 % of it and energy use 1.3 tce per 10⁴ yuan of it,
 *   every year; producer services are just above 25 % of a GDP that no target or figure
 *   gives, an index of 100; counts and utilisation rates stay at their targets (101
 *   institutes: "more than 100"; 120 enterprises; 92 %; 85 %).
 * - `reportedTrend` (id `'reported-trend'`): the reported figures ({@link reportedTrendScenario}):
 *   above-scale industrial value added of about 120 bn yuan in 2015 (Baotou government work
 *   report, 2016), growing 10 % in 2016 (the 2015 rate carried forward: no 2016 figure is
 *   reported), 11.8 % in 2017 and 2019 (the 2017–2021 annual average, Inner Mongolia Daily
 *   2022-02-16), 11 % in 2018 and 2020 (work report 2019, statistical bulletin 2020). No other
 *   series of the plan has a reported 2015 level, so none is projected. Its levels are at
 *   2015 prices and of above-scale industry, the plan's 240 bn is at current prices with its
 *   scope not stated: the scorecard shows the gap, `consistency` explains it.
 *
 * @example
 * ```ts
 * const rows = scorecard(baotou13, project(baotou13, scenarios.reportedTrend));
 * rows.find((r) => r.targetId === 'industrial-value-added-2020')?.met; // → false
 * ```
 *
 * @category Scenarios
 */
export const scenarios: Readonly<{ planPath: Scenario; reportedTrend: Scenario }> = /* @__PURE__ */ Object.freeze({
  planPath: /* @__PURE__ */ planPathScenario(baotou13),
  reportedTrend: /* @__PURE__ */ reportedTrendScenario(baotou13, baotouReported),
});

/**
 * The scenario used where none is given (the command line): `scenarios.reportedTrend`,
 * real data.
 *
 * @category Scenarios
 */
// A function call annotated pure, not a property read, so that a bundle that imports only a
// formula from the root entry can leave the dataset and the scenarios out (tests/size.test.ts).
export const DEFAULT_SCENARIO: Scenario = /* @__PURE__ */ reportedTrendOf(scenarios);

function reportedTrendOf(s: typeof scenarios): Scenario {
  return s.reportedTrend;
}
