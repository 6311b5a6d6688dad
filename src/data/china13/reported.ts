/**
 * The figures reported for the nation against the Outline's main indicators: the 2015 values
 * (the Outline's baseline, as the sources quote it) and what was reported of 2016–2020, each
 * with its source (every one read in a copy: confidence `'secondary'`).
 *
 * How the sources' codes are carried, as far as SDMX allows:
 *
 * - a preliminary figure (初步核算) has status `P`; an expected one (预计, before the accounts
 *   closed) `E`;
 * - a figure derived by arithmetic from published ones (D), which no source publishes as such,
 *   has status `E` (an estimate by derivation: a verdict on it carries the `estimate` caveat,
 *   and a published figure of the same year is preferred to it) and a note beginning
 *   "Derived (D)";
 * - a figure from a single secondary source that is not an official statement (S) says so in its
 *   note, and an estimate by others than the statistical offices (Enerdata's fall of energy per
 *   unit of GDP) has status `E`;
 * - a figure that differs in method or basis from the Outline's says so in its `definition`
 *   (`scope`): the broadband figures on the Ministry of Industry and Information Technology's
 *   basis, the good-air days on the method of 2020, dwellings started rather than rebuilt;
 * - the first value on a new basis (the third national land survey) has status `B`.
 *
 * Figures over a span of years are what the source gives for the span: the average of a rate
 * (income growth 2016–2019), the relative change of a level from 2015 (CO₂ per unit of GDP
 * −18.8 % over 2016–2020), or the sum of a flow (new urban jobs up to October 2020). Where the
 * sources disagree both figures are kept (non-fossil energy 15.9 against 15.4 in 2020;
 * schooling 10.8 against a derived 10.75); where a value was not found there is none, and the
 * indicator's notes say so (registered urbanisation, pension coverage and arable land in 2015).
 *
 * @internal
 * @module
 */
import type { MonthPeriod, Period } from '../../plan/types.js';
import type { UnitId } from '../../units/index.js';
import type { ObsStatus, Qualifier } from '../../vocabulary.js';
import { observation } from '../baotou13/defined.js';
import type { ExternalSourceInput, ObservationInput } from '../baotou13/types.js';
import * as src from './sources.js';

/** What a figure may say beyond its value: how it is qualified, its status, price basis or scope, and a note. */
interface Details {
  readonly qualifier?: Qualifier;
  readonly status?: ObsStatus;
  readonly definition?: ObservationInput['definition'];
  readonly note?: string;
}

/**
 * A reported figure.
 *
 * @param indicator - The indicator of `china13` it measures.
 * @param when - A year, a span of years, or a span of months.
 * @param value - The value as published.
 * @param unit - Its unit as published.
 * @param source - The publication.
 * @param details - Qualifier (default exact), status (default `A`), definition and note.
 * @returns The observation, its keys in the order of `materializeObservations` (`value` last).
 */
function figure(indicator: string, when: number | Period | MonthPeriod, value: string, unit: UnitId, source: ExternalSourceInput, details: Details = {}): ObservationInput {
  const { qualifier = 'exact', status = 'A', definition, note } = details;
  return observation(indicator, when, value, unit, qualifier, status, source, definition, undefined, note);
}

/** 2016–2019: the first four years of the plan, from the base year 2015. */
const FIRST_FOUR: Period = { start: 2016, end: 2019 };
/** 2016–2020: the plan's period, from the base year 2015. */
const PLAN: Period = { start: 2016, end: 2020 };
const CURRENT = { priceBasis: 'current' } as const;
const COMPARABLE = { priceBasis: 'comparable' } as const;
const PRELIMINARY = { status: 'P' } as const;
const SINGLE = 'Single secondary source (S), not an official statement.';
const BY_2019 = 'The relative change from 2015 to 2019, four of the five years (the Ministry of Ecology and Environment, 2021-01-26).';
/** The basis of the Ministry of Industry and Information Technology's broadband figures, not the Outline's. */
const MIIT_BASIS = (y2015: string, outline: string) => ({
  scope: `the basis of the Ministry of Industry and Information Technology, on which 2015 was ${y2015} % (the Outline's baseline: ${outline} %)`,
});

/** The observations: 2015, then the years between, then 2020, in the Outline's order within each. */
export const reportedObservations: ObservationInput[] = [
  // ---- 2015: the baseline ----
  /* @__PURE__ */ figure('gdp', 2015, '677000', '100m-yuan', src.WORK_REPORT_2016_REVIEW, {
    qualifier: 'about',
    definition: CURRENT,
    note: '67.7万亿元, rounded to 0.1 × 10¹² yuan: about 677,000 亿元, at current prices.',
  }),
  /* @__PURE__ */ figure('gdp-growth', 2015, '6.9', 'percent-per-annum', src.WORK_REPORT_2016_REVIEW, { definition: COMPARABLE }),
  /* @__PURE__ */ figure('labour-productivity', 2015, '8.7', '10k-yuan-per-person', src.OUTLINE_SSN),
  /* @__PURE__ */ figure('urbanisation-permanent', 2015, '56.1', 'percent', src.OUTLINE_REUTERS),
  /* @__PURE__ */ figure('services-share', 2015, '50.5', 'percent', src.WORK_REPORT_2016_REVIEW),
  /* @__PURE__ */ figure('rd-intensity', 2015, '2.06', 'percent', src.S36B, {
    note: 'The Ministry of Science and Technology’s figure (2020-10-21). The Outline’s 2015 column is reported as 2.1, which no source with an address read here gives.',
  }),
  /* @__PURE__ */ figure('invention-patents-per-10k', 2015, '6.3', 'count-per-10k-people', src.OUTLINE_CCTV),
  /* @__PURE__ */ figure('science-technology-contribution', 2015, '55.3', 'percent', src.OUTLINE_CCTV),
  /* @__PURE__ */ figure('fixed-broadband-household-penetration', 2015, '40', 'percent', src.S7, {
    status: 'E',
    note: 'Derived (D): 56.6 % in Q2 2016 “16.6 points above the end of 2015” gives 56.6 − 16.6 = 40; it fits the 2016 target of 46 % on the way from 40 to 70. The Ministry of Industry and Information Technology’s late-2020 report uses another basis, on which 2015 was 52.6 %.',
  }),
  /* @__PURE__ */ figure('mobile-broadband-user-penetration', 2015, '57', 'percent', src.S7, {
    status: 'E',
    note: 'Derived (D): 63.8 % in Q2 2016 “6.8 points above the end of 2015” gives 63.8 − 6.8 = 57; it fits the 2016 target of 62.5 % on the way from 57 to 85. The Ministry of Industry and Information Technology’s late-2020 report uses another basis, on which 2015 was 57.4 %.',
  }),
  /* @__PURE__ */ figure('schooling-years', 2015, '10.23', 'years', src.WORK_REPORT_2016),
  /* @__PURE__ */ figure('life-expectancy', 2015, '76.34', 'years', src.S17),
  /* @__PURE__ */ figure('non-fossil-energy-share', 2015, '12', 'percent', src.S46, {
    qualifier: 'about',
    status: 'E',
    note: '“About 12 %”, an estimate of late 2015, before the year’s energy accounts; NRDC (March 2016) gives the same 12 % as the Outline’s baseline.',
  }),
  /* @__PURE__ */ figure('forest-coverage', 2015, '21.66', 'percent', src.S27),
  /* @__PURE__ */ figure('good-air-days-share', 2015, '76.7', 'percent', src.ECO_PLAN),
  /* @__PURE__ */ figure('surface-water-grade-iii-share', 2015, '66', 'percent', src.ECO_PLAN),
  /* @__PURE__ */ figure('surface-water-below-grade-v-share', 2015, '9.7', 'percent', src.ECO_PLAN),
  // ---- the years between ----
  /* @__PURE__ */ figure('forest-stock', 2013, '151.37', '100m-cubic-metres', src.S29, {
    note: 'The eighth national forest inventory, 2009–2013 (published 2014-02-25), dated by its last year: the stock the Outline’s 2015 baseline of 151 rests on (the inventory is made every five years).',
  }),
  /* @__PURE__ */ figure('urbanisation-registered', 2017, '42.35', 'percent', src.S44, { note: 'End of 2017. No 2015 value was found.' }),
  /* @__PURE__ */ figure('disposable-income-growth', FIRST_FOUR, '6.5', 'percent-per-annum', src.S38, {
    definition: COMPARABLE,
    note: 'The annual average over 2016–2019 (from 2015), real (实际增长): four of the five years. No figure for 2020 was found.',
  }),
  /* @__PURE__ */ figure('shantytown-renovation', FIRST_FOUR, '21570000', 'count', src.S16, {
    definition: { scope: 'dwellings started (开工), not finished' },
    note: '21.57 million (2,157 × 10⁴) dwellings started in 2016–2019, the sum of the four years.',
  }),
  /* @__PURE__ */ figure('life-expectancy', 2019, '77.3', 'years', src.S17, {
    note: 'The 2019 figure. Secondary copies of the 2021 Government Work Report also give 77.3 for the end of the 13th FYP; the 2020 figure is 77.93.',
  }),
  /* @__PURE__ */ figure('arable-land', 2019, '19.18', '100m-mu', src.S21, {
    status: 'B',
    note: 'End of 2019, by the third national land survey, on a new basis (status B): not comparable with the targets’ basis or with earlier surveys.',
  }),
  /* @__PURE__ */ figure('co2-intensity-gdp', FIRST_FOUR, '-18.2', 'percent', src.S31, { note: BY_2019 }),
  /* @__PURE__ */ figure('pm25-non-attaining-cities', FIRST_FOUR, '-23.1', 'percent', src.S31, { note: BY_2019 }),
  /* @__PURE__ */ figure('cod-emissions', FIRST_FOUR, '-11.5', 'percent', src.S31, { note: BY_2019 }),
  /* @__PURE__ */ figure('ammonia-nitrogen-emissions', FIRST_FOUR, '-11.9', 'percent', src.S31, { note: BY_2019 }),
  /* @__PURE__ */ figure('so2-emissions', FIRST_FOUR, '-22.5', 'percent', src.S31, { note: BY_2019 }),
  /* @__PURE__ */ figure('nox-emissions', FIRST_FOUR, '-16.3', 'percent', src.S31, { note: BY_2019 }),
  // ---- 2020 and the whole period ----
  /* @__PURE__ */ figure('gdp', 2020, '1015986', '100m-yuan', src.S34, { ...PRELIMINARY, definition: CURRENT, note: '初步核算 (preliminary), 101.6 × 10¹² yuan at current prices.' }),
  /* @__PURE__ */ figure('gdp-growth', 2020, '2.3', 'percent-per-annum', src.S34, { ...PRELIMINARY, definition: COMPARABLE }),
  /* @__PURE__ */ figure('labour-productivity', 2020, '117746', 'yuan-per-person', src.S34, {
    status: 'E',
    definition: CURRENT,
    note: '预计 (expected): 117,746 yuan per person, 11.77 × 10⁴, at current prices; below the target of 12 even before prices are taken out.',
  }),
  /* @__PURE__ */ figure('labour-productivity-growth', 2020, '2.5', 'percent-per-annum', src.S34, { status: 'E', definition: COMPARABLE, note: '预计 (expected).' }),
  /* @__PURE__ */ figure('urbanisation-permanent', 2020, '60', 'percent', src.S6, { qualifier: 'moreThan', note: '60%以上 at the end of 2020.' }),
  /* @__PURE__ */ figure('urbanisation-registered', 2020, '45.4', 'percent', src.S6, { note: 'End of 2020.' }),
  /* @__PURE__ */ figure('services-share', 2020, '54.5', 'percent', src.S34, PRELIMINARY),
  /* @__PURE__ */ figure('rd-intensity', 2020, '2.40', 'percent', src.S35, PRELIMINARY),
  /* @__PURE__ */ figure('invention-patents-per-10k', 2020, '15.8', 'count-per-10k-people', src.S35, PRELIMINARY),
  /* @__PURE__ */ figure('science-technology-contribution', 2020, '60', 'percent', src.S36, { qualifier: 'moreThan', status: 'E', note: 'Expected to exceed 60 %: an estimate given before the year’s figure.' }),
  /* @__PURE__ */ figure('fixed-broadband-household-penetration', 2020, '91.5', 'percent', src.S10, {
    definition: MIIT_BASIS('52.6', '40'),
    note: 'Late 2020 (the month is not recorded), on the Ministry’s basis, on which 2015 was 52.6 % (against the Outline’s 40 %): the target of 70 % was passed in 2017–2018 on either basis (Broadband Development Alliance, Q1 2018).',
  }),
  /* @__PURE__ */ figure('mobile-broadband-user-penetration', 2020, '96', 'percent', src.S10, {
    qualifier: 'moreThan',
    definition: MIIT_BASIS('57.4', '57'),
    note: 'Late 2020 (the month is not recorded), on the Ministry’s basis, on which 2015 was 57.4 % (against the Outline’s 57 %).',
  }),
  /* @__PURE__ */ figure('schooling-years', 2020, '10.8', 'years', src.S12),
  /* @__PURE__ */ figure('schooling-years', 2020, '10.75', 'years', src.S40, {
    status: 'E',
    note: 'Derived (D): 11.21 years in 2024 “0.46 more than in 2020” gives 11.21 − 0.46 = 10.75, against the 10.8 of the Ministry of Education; 10.75 rounds to 10.8.',
  }),
  /* @__PURE__ */ figure('new-urban-jobs', { start: '2016-01', end: '2020-10' }, '60000000', 'count', src.S37, {
    qualifier: 'moreThan',
    note: 'Over 60 million (6,000 × 10⁴) new urban jobs from January 2016 to October 2020: the sum of those months, already above the five-year target.',
  }),
  /* @__PURE__ */ figure('rural-poverty-reduction', PLAN, '55750000', 'count', src.S39, {
    status: 'E',
    note: `Derived (D): all the rural poor by the current standard lifted out by the end of 2020, that is all 55.75 million (5,575 × 10⁴) of the end of 2015, the figure of the target (Xu Shaoshi, 2016-03-06): at least the target, stated in words, not as a count. ${SINGLE}`,
  }),
  /* @__PURE__ */ figure('basic-pension-coverage', 2020, '90', 'percent', src.S15, { qualifier: 'moreThan', note: `Over 90 %; 999 million people insured at the end of 2020. ${SINGLE}` }),
  /* @__PURE__ */ figure('shantytown-renovation', { start: '2016-01', end: '2020-08' }, '23000000', 'count', src.S16, {
    qualifier: 'moreThan',
    definition: { scope: 'dwellings started (开工), not finished' },
    note: 'Over 23 million (2,300 × 10⁴) dwellings started from January 2016 to August 2020.',
  }),
  /* @__PURE__ */ figure('life-expectancy', 2020, '77.93', 'years', src.S19, {
    note: 'The 2020 figure, presumably revised after the seventh census; 77.3 is the figure of 2019.',
  }),
  /* @__PURE__ */ figure('energy-intensity-gdp', PLAN, '-12', 'percent', src.S41, {
    qualifier: 'about',
    status: 'E',
    note: `About −12 % over 2016–2020 (from 2015): Enerdata's estimate, not an official figure (status E). ${SINGLE}`,
  }),
  /* @__PURE__ */ figure('non-fossil-energy-share', 2020, '15.9', 'percent', src.S25, { note: 'The National Energy Administration’s figure; TechNode gives 15.4 %.' }),
  /* @__PURE__ */ figure('non-fossil-energy-share', 2020, '15.4', 'percent', src.S26, { note: `Against the National Energy Administration’s 15.9 %. ${SINGLE}` }),
  /* @__PURE__ */ figure('co2-intensity-gdp', PLAN, '-18.8', 'percent', src.MEE_2021, { note: 'The relative change from 2015 to 2020, as the Minister of Ecology and Environment gave it; −18.2 % had been reached by 2019.' }),
  /* @__PURE__ */ figure('forest-coverage', 2020, '23.04', 'percent', src.S30),
  /* @__PURE__ */ figure('forest-stock', 2020, '175', '100m-cubic-metres', src.S30, { qualifier: 'moreThan', note: 'Over 17.5 × 10⁹ cubic metres (175亿立方米).' }),
  /* @__PURE__ */ figure('good-air-days-share', 2020, '87.0', 'percent', src.S33, {
    definition: { scope: 'the method of evaluation of 2020, after a change of method, on which the Ministry of Ecology and Environment cites the target as 84.5 % (Xinhua, 2020-10-21)' },
    note: 'After a change of method the Ministry cites the target as 84.5 % (Xinhua, 2020-10-21) instead of the Outline’s 80 %; 87.0 % meets both.',
  }),
  /* @__PURE__ */ figure('pm25-non-attaining-cities', PLAN, '-28.8', 'percent', src.MEE_2021, { note: 'The relative change from 2015 to 2020 (to 37 μg/m³), as the Minister of Ecology and Environment gave it; −23.1 % had been reached by 2019.' }),
  /* @__PURE__ */ figure('surface-water-grade-iii-share', 2020, '83.4', 'percent', src.S33),
  /* @__PURE__ */ figure('surface-water-below-grade-v-share', 2020, '0.6', 'percent', src.S33),
  /* @__PURE__ */ figure('so2-emissions', PLAN, '-25.5', 'percent', src.S42, { note: `The relative change from 2015 to 2020. ${SINGLE}` }),
  /* @__PURE__ */ figure('nox-emissions', PLAN, '-19.7', 'percent', src.S42, { note: `The relative change from 2015 to 2020. ${SINGLE}` }),
];
