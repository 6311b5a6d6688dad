/**
 * The national plan: the main indicators of the Outline of the 13th Five-Year Plan of the
 * People's Republic of China (2016–2020), as data, each figure with the publication that
 * quotes it; plus the figures reported since (`china13Reported`).
 *
 * Written as plain literals and turned into the frozen domain model in place by `embedPlan`
 * (as `materializePlan` would, without copying), without zod; a test proves that `definePlan`
 * accepts the same input and returns an equal plan.
 *
 * @module
 */
import { embedObservations, embedPlan } from '../../plan/materialize.js';
import type { Observation, Plan, PlanInput } from '../../plan/types.js';
import type { China13IndicatorId, China13TargetId } from './ids.js';
import { indicators } from './indicators.js';
import { reportedObservations } from './reported.js';
import { document } from './sources.js';
import { facts } from './structure.js';
import { targets } from './targets.js';

/**
 * The plan as literals (decimals as strings): only the sections it has (no principles,
 * layout, commitments, tasks …), what `china13` is made from, in place.
 */
const literals: PlanInput = {
  id: 'china13',
  title: {
    en: 'Outline of the 13th Five-Year Plan for National Economic and Social Development of the People’s Republic of China (2016–2020): main indicators',
    zh: '中华人民共和国国民经济和社会发展第十三个五年规划纲要：主要指标',
  },
  region: { en: 'People’s Republic of China', zh: '中华人民共和国' },
  period: { start: 2016, end: 2020 },
  baseYear: 2015,
  document,
  indicators, targets, facts,
};

/**
 * The Outline of the 13th Five-Year Plan of the People's Republic of China (2016–2020): its 25
 * main indicators, 33 with sub-indicators (and the growth rates of GDP and labour productivity
 * beside their levels: 35), each with its unit, Chinese and English names, direction, kind,
 * nature (13 binding main indicators; `unspecified` for the five livelihood indicators of
 * which two are binding but no source says which), price basis where known and a `concept`
 * shared across plans; and 36 targets for 2020 or 2016–2020 (levels, annual averages, a
 * change, relative changes, five-year sums), each with the publication that quotes it. The
 * Outline's table itself was not read: [docs/plans.md](../../../docs/plans.md) tells how the
 * figures were found, and the notes say what remains unknown.
 *
 * It is typed with its ids: `indicator(china13, 'gpd')` does not compile.
 *
 * @example
 * ```ts
 * import { china13, target } from 'baotou-plan';
 * const growth = target(china13, 'gdp-growth-2020');
 * [growth.form, growth.comparator, growth.wording, growth.value.toFixed()]; // → ['annual-average', 'atLeast', '以上', '6.5']
 * target(china13, 'energy-intensity-gdp-2020').value.toFixed(); // → '-15'
 * china13.indicators.filter((i) => i.nature === 'binding').length; // → 17
 * ```
 *
 * @category Plan
 */
// The dataset's literals are written with string ids; tests/data/china13.test.ts checks they are these.
export const china13: Plan<China13IndicatorId, China13TargetId> = /* @__PURE__ */ embedPlan(literals as PlanInput<China13IndicatorId, China13TargetId>);

/**
 * The literals `china13` is made from, as a new mutable copy with decimals as strings (a JSON
 * copy: every decimal of the plan is written as JSON writes it, tests/data/literals.test.ts
 * checks), for the tests of `definePlan`.
 *
 * @returns A new copy of the plan's literals on every call.
 * @internal
 */
export function china13Literals(): PlanInput {
  return JSON.parse(JSON.stringify(literals)) as PlanInput;
}

/**
 * The figures reported against the Outline's main indicators: the 2015 values as the sources
 * give the Outline's baseline, and the outcomes of 2016–2020 (levels of 2020, changes and sums
 * over the period or part of it), each with its source (publication, date, the address of the
 * copy read, the passage relied on, confidence `'secondary'`). Preliminary figures have status
 * `P`, expected ones `E`; figures derived by arithmetic (D) have status `E` and say so in their
 * note, as do figures from a single secondary source (S); where the sources disagree both
 * figures are kept (non-fossil energy in 2020: 15.9 against 15.4 %; life expectancy: 77.3 in
 * 2019, 77.93 in 2020). Values that were not found are absent: registered urbanisation,
 * pension coverage and arable land in 2015.
 *
 * @example
 * ```ts
 * import { china13Reported } from 'baotou-plan';
 * const gdp2020 = china13Reported.find((o) => o.indicator === 'gdp' && o.year === 2020);
 * [gdp2020?.value.toFixed(), gdp2020?.unit, gdp2020?.status]; // → ['1015986', '100m-yuan', 'P']
 * china13Reported.filter((o) => o.indicator === 'non-fossil-energy-share' && o.year === 2020).map((o) => o.value.toFixed()); // → ['15.9', '15.4']
 * china13Reported.some((o) => o.indicator === 'urbanisation-registered' && o.year === 2015); // → false
 * ```
 *
 * @category Plan
 */
export const china13Reported: readonly Observation[] = /* @__PURE__ */ embedObservations(reportedObservations);
