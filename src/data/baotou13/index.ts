/**
 * Baotou's industrial plan for the 13th Five-Year Plan (2016–2020), as data: everything the
 * report says and nothing it does not, each piece with the section and exact words it comes
 * from; plus the figures reported since (`baotouReported`).
 *
 * The dataset is written as plain literals and turned into the frozen domain model in place by
 * `embedPlan` (as `materializePlan` would, without copying), without zod; a test proves that
 * `definePlan` accepts the same input and returns an equal plan. The calls are marked pure, so a bundler drops the dataset from a
 * build that does not use it.
 *
 * @module
 */
import { embedObservations, embedPlan } from '../../plan/materialize.js';
import { freezeData } from '../../plan/freeze.js';
import type { Indicator, Observation, Plan } from '../../plan/types.js';
import type { Baotou13IndicatorId, Baotou13TargetId } from './ids.js';
import { indicators } from './indicators.js';
import type { PlanInput } from './types.js';
import { reportedIndicators, reportedObservations } from './reported.js';
import { facts } from './review12.js';
import { document, errata } from './sources.js';
import { commitments, goals, layout, principles, strategies } from './structure.js';
import { targets } from './targets.js';
import { milestones, tasks } from './tasks2016.js';

/** The plan as literals (decimals as strings): what `baotou13` is made from, in place. */
const literals: PlanInput = {
  id: 'baotou13',
  title: { en: 'Baotou industrial development under the 13th Five-Year Plan (2016–2020)' },
  region: { en: 'Baotou, Inner Mongolia', zh: '包头' },
  period: { start: 2016, end: 2020 },
  baseYear: 2015,
  document,
  // the report's sections, grouped as it orders them: aims, layout, numbers, work to do
  principles, strategies, goals,
  layout, commitments,
  indicators, targets, facts,
  tasks, milestones, errata,
};

/**
 * Baotou's industrial plan for the 13th Five-Year Plan (2016–2020), read from the abridged
 * work report of 2016-03-22 (Kang Shicun, municipal economic and information technology
 * commission), deeply frozen.
 *
 * - `document`, `period` (2016–2020, base year 2015) and `errata` (the report dates the
 *   12th FYP "2016-20"; it is 2011–2015);
 * - `principles` (innovation, coordination, greenness, opening up, sharing), `strategies`
 *   ("8337" of the region, "6521" of the city, undescribed), `goals`;
 * - `layout`: six zones (east → aluminum, west → steel, south → technology, north →
 *   equipment, two sides → coal chemicals, a mountain to the north → new energy);
 * - `commitments`: 6 bases, 8 chains, 9 rare-earth industries, 10 clusters, 9 parks, with
 *   members only where a source names them;
 * - `indicators`, `targets` (2020 and 2016, with the report's comparators and quotes),
 *   `facts` (the 12th FYP review, I.a–f), `tasks` and `milestones` (2016, III.a–d).
 *
 * It is typed with its ids: `indicator(baotou13, 'industrial-value-add')` does not compile,
 * and `IndicatorIdOf<typeof baotou13>` lists them.
 *
 * @example
 * ```ts
 * import { baotou13, targetsOf } from 'baotou-plan';
 * targetsOf(baotou13, 'industrial-value-added')[0]?.value.toFixed(); // → '240'
 * baotou13.commitments.map((c) => c.count); // → [6, 8, 9, 10, 9]
 * ```
 *
 * @category Plan
 */
// The dataset's literals are written with string ids; tests/data/baotou13.test.ts checks they are these.
export const baotou13: Plan<Baotou13IndicatorId, Baotou13TargetId> = /* @__PURE__ */ embedPlan(literals as PlanInput<Baotou13IndicatorId, Baotou13TargetId>);

/**
 * The literals `baotou13` is made from, as a new mutable copy with decimals as strings (a JSON
 * copy: every decimal of the plan is written as JSON writes it, tests/data/literals.test.ts
 * checks), for the tests of `definePlan` and `materializePlan`.
 *
 * @returns A new copy of the plan's literals on every call.
 * @internal
 */
export function baotou13Literals(): PlanInput {
  return JSON.parse(JSON.stringify(literals)) as PlanInput;
}

/**
 * The figures reported for Baotou before and after the plan (2012–2021, and a revision of 2020
 * published in 2025): GDP, its sectors and their growth, above-scale industrial value added
 * and its growth, fiscal revenue across the revision of January 2018, the strategic emerging
 * industries' share, rare-earth output value, and Inner Mongolia's cut of its 2016 figures.
 * Each observation has its period (a year; a span of years for an average; a span of months
 * for part of a year), its value and unit as published (亿元 as `'100m-yuan'`), its SDMX
 * status (`E` 预计, `P` 初步核算, `F` a forecast, `B` the first value after the revision), its
 * `vintage` (when it was first published), scope and price basis, and its source: the
 * publication and its publisher, its date, the address of the copy that was read (`url`), the
 * passage relied on, and a confidence (`'secondary'`: read in a copy, or in a news report).
 * Observations of series the plan defines use its indicator ids, with their own `definition`
 * where the scope differs (above designated size, 规模以上); the other series are in
 * {@link baotouReportedIndicators}. How the sources were read, and the conventions they
 * follow: [docs/provenance.md](../../../docs/provenance.md#figures-reported-since).
 *
 * @example
 * ```ts
 * const iva2015 = baotouReported.find((o) => o.indicator === 'industrial-value-added' && o.year === 2015);
 * [iva2015?.value.toFixed(), iva2015?.unit, iva2015?.qualifier, iva2015?.status]; // → ['1200', '100m-yuan', 'about', 'E']
 * iva2015?.definition?.scope?.startsWith('industrial enterprises above designated size (规模以上工业企业'); // → true
 * iva2015?.source?.kind === 'external' ? iva2015.source.url : undefined;
 * // → 'http://district.ce.cn/newarea/roll/201602/04/t20160204_8752834.shtml'
 * baotouReported.find((o) => o.indicator === 'strategic-emerging-industries-share' && o.period !== undefined)?.period;
 * // → { start: '2019-01', end: '2019-09' }
 * ```
 *
 * @category Plan
 */
export const baotouReported: readonly Observation[] = /* @__PURE__ */ embedObservations(reportedObservations);

/**
 * The indicators of {@link baotouReported} that `baotou13` does not define: growth of the primary
 * and tertiary sectors, the primary and tertiary sectors (each `partOf` GDP) and the three sectors'
 * shares, GDP per head, energy use per 10⁴ yuan of GDP, rare-earth output value, the strategic
 * emerging and five pillar industries, general public budget revenue (with its tax part), and
 * Inner Mongolia's revenue, industry and the cuts of January 2018.
 *
 * @example
 * ```ts
 * baotouReportedIndicators.map((i) => i.id).includes('primary-sector-value-added-growth'); // → true
 * baotouReportedIndicators.find((i) => i.id === 'tertiary-sector-value-added')?.partOf; // → 'gdp'
 * baotouReportedIndicators.every((i) => i.nature === 'unspecified'); // → true
 * ```
 *
 * @category Plan
 */
export const baotouReportedIndicators: readonly Indicator[] = /* @__PURE__ */ freezeData(reportedIndicators as Indicator[]);
